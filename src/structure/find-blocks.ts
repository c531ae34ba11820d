import type { SourceBlock, SourceFormat } from '../article.js';

/**
 * `text | Photo: Credit`: a photo caption with its credit. The credit labels are the ones
 * picture desks use; a bare `a | b` is not a caption.
 */
const CAPTION_LINE = /^(.*?\S)\s*\|\s*(?:photo(?:graph)?s?|pictures?|images?|video|credit|source|illustration)\s*:\s*(\S.*?)\s*$/i;

/** A Markdown ATX heading: `#` to `######`, a space, the title. */
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Finds the blocks of a plain-text or Markdown article in one pass over its lines.
 * Blank lines separate blocks; a caption line or a Markdown heading is a block of its own even
 * without blank lines around it. Spans exclude surrounding whitespace and Markdown markers.
 */
export function findBlocks(text: string, format: SourceFormat): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const markdown = format === 'markdown';
  let open: SourceBlock | null = null;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const [start, end] = trimRange(text, lineStart, lineEnd);

    if (start === end) {
      close();
    } else {
      const line = text.slice(start, end);
      const caption = CAPTION_LINE.exec(line);
      const heading = markdown ? MARKDOWN_HEADING.exec(line) : null;
      if (caption) {
        close();
        const creditStart = start + line.lastIndexOf(caption[2]!);
        blocks.push({ kind: 'caption', start, end: start + caption[1]!.length, credit: text.slice(creditStart, end) });
      } else if (heading && heading[2]) {
        close();
        const titleStart = start + line.indexOf(heading[2], heading[1]!.length);
        const level = heading[1]!.length;
        blocks.push({ kind: level === 1 ? 'headline' : 'heading', start: titleStart, end: titleStart + heading[2].length, level });
      } else if (markdown && line.startsWith('>')) {
        const quoteStart = start + (/^>\s*/.exec(line)?.[0].length ?? 1);
        if (open?.kind === 'blockquote') open.end = end;
        else if (quoteStart < end) {
          close();
          open = { kind: 'blockquote', start: quoteStart, end };
        }
      } else if (open && open.kind === 'paragraph') {
        open.end = end;
      } else {
        close();
        open = { kind: 'paragraph', start, end };
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  close();
  return blocks;
}

/** The range [from, to) of `text` without leading and trailing white space. */
export function trimRange(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}
