import type { Article, Section } from '../article.js';
import type { IO } from './io.js';
import { sanitizeForTerminal } from './sanitize.js';
import { themeFor } from './theme.js';
import { toWords, wrapText, wrapWords } from './wrap.js';

/** Longest first sentence shown in an outline, in characters; longer ones end in an ellipsis. */
const MAX_FIRST_SENTENCE = 160;

/**
 * The outline of an article: for each section its number, title and paragraph range
 * (`1. Bartella, suicide car bombs · ¶1–6`), then its first sentence, indented and wrapped to
 * io.width. Article text is sanitised. Returns the text to print, ending in a newline.
 */
export function renderSections(article: Article, sections: Section[], io: IO): string {
  const theme = themeFor(io);
  const lines: string[] = [];
  const headline = article.headline?.text ?? article.metadata.title;
  if (headline) lines.push(...wrapText(clean(headline), io.width).map(theme.headline), '');
  if (sections.length === 0) lines.push(theme.dim('(no body paragraphs)'));
  sections.forEach((section, i) => {
    const number = `${i + 1}. `;
    const range = section.firstParagraph === section.lastParagraph ? `¶${section.firstParagraph}` : `¶${section.firstParagraph}–${section.lastParagraph}`;
    const title = section.title ? clean(section.title) : '(untitled)';
    const words = [...toWords(title, section.title ? theme.label : theme.dim), ...toWords(`· ${range}`, theme.dim)];
    const titleLines = wrapWords(words, io.width, ' '.repeat(number.length));
    titleLines[0] = number + titleLines[0]!.slice(number.length);
    lines.push(...titleLines);
    const first = article.paragraphs[section.firstParagraph - 1]?.sentences[0]?.text;
    if (first) lines.push(...wrapText(shorten(clean(first)), io.width, ' '.repeat(number.length)).map(theme.dim));
  });
  return lines.join('\n') + '\n';
}

function shorten(text: string): string {
  if (text.length <= MAX_FIRST_SENTENCE) return text;
  const cut = text.lastIndexOf(' ', MAX_FIRST_SENTENCE - 1);
  return text.slice(0, cut > 0 ? cut : MAX_FIRST_SENTENCE - 1) + '…';
}

function clean(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}
