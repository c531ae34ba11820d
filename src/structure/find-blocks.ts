import type { SourceBlock, SourceFormat } from '../article.js';
import { matchCaptionLine, matchMarkdownHeading } from './line-patterns.js';

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
      const caption = matchCaptionLine(line);
      const heading = markdown ? matchMarkdownHeading(line) : null;
      if (caption) {
        close();
        blocks.push({ kind: 'caption', start, end: start + caption.textEnd, credit: text.slice(start + caption.creditStart, end) });
      } else if (heading) {
        close();
        const { level } = heading;
        blocks.push({ kind: level === 1 ? 'headline' : 'heading', start: start + heading.titleStart, end: start + heading.titleEnd, level });
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
