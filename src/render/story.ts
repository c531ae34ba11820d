import type { Article, Block, Caption, Section, Span } from '../article.js';
import type { IO } from './io.js';
import { sanitizeForTerminal } from './sanitize.js';
import { themeFor, type Theme } from './theme.js';
import { appendLines, wrapText, wrapWords, type Word } from './wrap.js';
import { formatPublished } from './dates.js';

export interface StoryOptions {
  /** Spans of quotations to mark (quote marks included). */
  quoted?: Span[];
  /** Sections to show as titles inside the story; headings from the input show anyway. */
  sections?: Section[];
}

/**
 * The full story laid out for reading: headline, standfirst, dateline and date, then the body
 * wrapped to the width, captions dimmed with their credit where they stand, section titles, and
 * quotations marked in colour. Returns the text to print (ending in a newline).
 */
export function renderStory(article: Article, io: IO, options: StoryOptions = {}): string {
  const theme = themeFor(io);
  const width = io.width;
  const lines: string[] = [];
  const quoted = [...(options.quoted ?? [])].sort((a, b) => a.start - b.start);
  const sections = options.sections ?? article.sections;

  const headline = article.headline?.text ?? article.metadata.title;
  if (headline) lines.push(...wrapText(clean(headline), width).map(theme.headline));
  if (article.standfirst) lines.push(...wrapText(clean(article.standfirst.text), width).map(theme.standfirst));
  const byline = [article.dateline ? theme.dateline(clean(article.dateline.display)) : null, bylineOf(article)].filter(Boolean);
  if (byline.length > 0) lines.push(byline.join(theme.dim(' · ')));
  if (lines.length > 0) lines.push('');

  // Body paragraphs and captions in the order they stand in the text.
  const items: Array<{ start: number; caption?: Caption; paragraph?: Block }> = [
    ...article.captions.map((caption) => ({ start: caption.start, caption })),
    ...article.paragraphs.map((paragraph) => ({ start: paragraph.start, paragraph })),
  ].sort((a, b) => a.start - b.start);
  const titleAt = new Map(sections.filter((s) => s.title).map((s) => [s.firstParagraph, s.title!]));

  const cursor = { q: 0 };
  for (const item of items) {
    if (item.caption) {
      lines.push(...renderCaption(item.caption, width, theme), '');
      continue;
    }
    const paragraph = item.paragraph!;
    const title = titleAt.get(paragraph.paragraph);
    if (title) lines.push(...wrapText(clean(title), width).map(theme.heading), '');
    const indent = paragraph.blockquote ? '  │ ' : '';
    appendLines(lines, wrapWords(markQuotes(article.text, paragraph, quoted, theme, cursor), width, indent));
    lines.push('');
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}

function renderCaption(caption: Caption, width: number, theme: Theme): string[] {
  const credit = caption.credit ? ` — Photo: ${clean(caption.credit)}` : '';
  return wrapText(`▣ ${clean(caption.text)}${credit}`, width, '  ').map(theme.dim);
}

function bylineOf(article: Article): string | null {
  const parts = [article.metadata.byline, article.metadata.source, formatPublished(article.metadata.published)].filter(Boolean) as string[];
  return parts.length > 0 ? clean(parts.join(' · ')) : null;
}

/** Splits a paragraph into words, styling those inside a quotation. */
/**
 * `cursor.q` carries the first quotation not yet passed from one paragraph to the next (they come
 * in text order): starting at 0 in every paragraph made long articles quadratic.
 */
function markQuotes(text: string, block: Block, quoted: Span[], theme: Theme, cursor: { q: number }): Word[] {
  const words: Word[] = [];
  const pattern = /\S+/g;
  const body = text.slice(block.start, block.end);
  let q = cursor.q;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const start = block.start + match.index;
    while (q < quoted.length && quoted[q]!.end <= start) q++;
    const inQuote = q < quoted.length && quoted[q]!.start <= start;
    words.push({ text: clean(match[0]), style: inQuote ? theme.quote : undefined });
  }
  cursor.q = q;
  return words;
}

function clean(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}
