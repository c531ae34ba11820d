import type { Article, Fact, RankedSentence, Speaker } from '../article.js';
import { formatPublished } from './dates.js';
import type { IO } from './io.js';
import { sanitizeForTerminal } from './sanitize.js';
import { themeFor } from './theme.js';
import { appendLines, wrapText } from './wrap.js';

/** What the summary view shows besides the article itself. */
export interface SummaryView {
  /** The headline to show (null: none). */
  headline: string | null;
  /** The key sentences, in article order. */
  sentences: RankedSentence[];
  /** The most informative facts, already chosen and ordered; omitted: no "Key facts" line. */
  facts?: Fact[] | undefined;
  /** Speakers, most quoted first; omitted: no "Quoted" line. */
  speakers?: Speaker[] | undefined;
}

/** Bullet before each key sentence; continuation lines hang under its text. */
const BULLET = '• ';
const HANG = '  ';

/**
 * The summary as a reader sees it: headline, dateline and date, the key sentences as bullets
 * (wrapped to io.width, article text sanitised), then a "Key facts:" line and a
 * "Quoted: A (3), B (1)" line when facts and speakers are given and not empty.
 * Returns the text to print, ending in a newline.
 */
export function renderSummary(article: Article, view: SummaryView, io: IO): string {
  const theme = themeFor(io);
  const width = io.width;
  const lines: string[] = [];
  if (view.headline) lines.push(...wrapText(clean(view.headline), width).map(theme.headline));
  const place = article.dateline ? theme.dateline(clean(article.dateline.display)) : null;
  const date = formatPublished(article.metadata.published);
  const meta = [place, date ? clean(date) : null].filter(Boolean);
  if (meta.length > 0) lines.push(meta.join(theme.dim(' · ')));
  if (lines.length > 0) lines.push('');

  if (view.sentences.length === 0) lines.push(theme.dim('(no sentences to summarise)'));
  for (const sentence of view.sentences) {
    const wrapped = wrapText(clean(sentence.text), width, HANG);
    if (wrapped.length > 0) wrapped[0] = BULLET + wrapped[0]!.slice(HANG.length);
    appendLines(lines, wrapped);
  }

  const facts = (view.facts ?? []).map((fact) => clean(fact.text)).filter(Boolean);
  const speakers = (view.speakers ?? []).filter((s) => s.quotes > 0).map((s) => `${clean(s.name)} (${s.quotes})`);
  if (facts.length > 0 || speakers.length > 0) lines.push('');
  if (facts.length > 0) lines.push(...labelled('Key facts:', facts.join('; '), width, theme.label));
  if (speakers.length > 0) lines.push(...labelled('Quoted:', speakers.join(', '), width, theme.label));
  return lines.join('\n') + '\n';
}

/** `Label: text`, wrapped with continuation lines indented under the text. */
function labelled(label: string, text: string, width: number, style: (s: string) => string): string[] {
  const indent = ' '.repeat(label.length + 1);
  const wrapped = wrapText(text, width, indent);
  if (wrapped.length > 0) wrapped[0] = style(label) + ' ' + wrapped[0]!.slice(indent.length);
  return wrapped;
}

function clean(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}
