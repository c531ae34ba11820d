import Table from 'cli-table3';
import type { Quote, Speaker } from '../article.js';
import type { IO } from './io.js';
import { sanitizeForTerminal } from './sanitize.js';
import { themeFor, type Theme } from './theme.js';
import { displayWidth, toWords, wrapCell, wrapText, wrapWords } from './wrap.js';

/** Shown for quotes nobody could be named for; they come last. */
const UNATTRIBUTED = 'Unattributed';

function clean(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}

/**
 * Quotes grouped by speaker, the speaker with most quotes first and the unattributed last. A quote
 * of two signers is listed under each of them.
 */
export function groupBySpeaker(quotes: readonly Quote[]): Array<{ speaker: string | null; role: string | null; quotes: Quote[] }> {
  const groups = new Map<string | null, { speaker: string | null; role: string | null; quotes: Quote[] }>();
  const add = (speaker: string | null, role: string | null, quote: Quote): void => {
    let group = groups.get(speaker);
    if (!group) groups.set(speaker, (group = { speaker, role, quotes: [] }));
    group.role ??= role;
    group.quotes.push(quote);
  };
  for (const quote of quotes) {
    add(quote.speaker, quote.role, quote);
    if (quote.coSpeaker) add(quote.coSpeaker, null, quote);
  }
  return [...groups.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.quotes.length - a.quotes.length);
}

/** How a quote reads: quotation marks around direct and partial quotes, none around reported speech. */
function quoteBody(quote: Quote): string {
  const text = clean(quote.text);
  return quote.kind === 'reported' ? text : `“${text}”`;
}

/**
 * The quotes of one article grouped by speaker: a heading per speaker (name, role, count), then
 * each quote wrapped to the width with its kind and paragraph (`¶0` is the headline).
 * `source` names the article when several are listed.
 */
export function renderQuotes(quotes: readonly Quote[], io: IO, source: string | null = null): string {
  const theme = themeFor(io);
  const lines: string[] = [];
  if (source !== null) lines.push(theme.label(clean(source)), '');
  if (quotes.length === 0) return lines.join('\n') + (lines.length ? '\n' : '') + theme.dim('No quotes found.') + '\n';
  for (const group of groupBySpeaker(quotes)) {
    lines.push(heading(group.speaker, group.role, group.quotes.length, theme));
    for (const quote of group.quotes) lines.push(...renderQuote(quote, io.width, theme));
    lines.push('');
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}

function heading(speaker: string | null, role: string | null, count: number, theme: Theme): string {
  const name = speaker === null ? theme.dim(UNATTRIBUTED) : theme.speaker(clean(speaker));
  const roleText = role ? theme.dim(` · ${clean(role)}`) : '';
  return `${name}${roleText} ${theme.dim(`(${count})`)}`;
}

function renderQuote(quote: Quote, width: number, theme: Theme): string[] {
  const tag = `${quote.kind} ¶${quote.paragraph}`;
  const style = quote.kind === 'reported' ? undefined : theme.quote;
  const words = [...toWords(`[${tag}]`, theme.dim), ...toWords(quoteBody(quote), style)];
  return wrapWords(words, width, '  ');
}

/**
 * The quotes as a cli-table3 table (speaker, kind, quote), sized to the width, grouped like the
 * list. Falls back to wrapped lines when the width is too narrow for three columns.
 */
export function renderQuoteTable(quotes: readonly Quote[], io: IO, source: string | null = null): string {
  const theme = themeFor(io);
  const head = source === null ? '' : theme.label(clean(source)) + '\n';
  if (quotes.length === 0) return head + theme.dim('No quotes found.') + '\n';
  // Borders and padding take 10 columns for three columns.
  const room = Math.max(io.width - 10, 24);
  const speakerWidth = Math.min(24, Math.max(8, Math.floor(room * 0.25)));
  const kindWidth = 9;
  const quoteWidth = Math.max(8, room - speakerWidth - kindWidth);
  const table = new Table({
    head: ['speaker', 'kind', 'quote'],
    colWidths: [speakerWidth + 2, kindWidth + 2, quoteWidth + 2],
    style: { head: io.color ? ['bold'] : [], border: io.color ? ['grey'] : [] },
    wordWrap: false,
  });
  for (const group of groupBySpeaker(quotes)) {
    for (const quote of group.quotes) {
      table.push([
        wrapCell(group.speaker === null ? UNATTRIBUTED : clean(group.speaker), speakerWidth).join('\n'),
        quote.kind,
        wrapCell(quoteBody(quote), quoteWidth).join('\n'),
      ]);
    }
  }
  return head + table.toString() + '\n';
}

/** The speakers as a list: name, role, count, and the other ways the article named them. */
export function renderSpeakers(speakers: readonly Speaker[], io: IO, source: string | null = null): string {
  const theme = themeFor(io);
  const lines: string[] = [];
  if (source !== null) lines.push(theme.label(clean(source)), '');
  if (speakers.length === 0) return lines.join('\n') + (lines.length ? '\n' : '') + theme.dim('No speakers found.') + '\n';
  for (const speaker of speakers) {
    const count = `${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'}`;
    lines.push(...wrapWords([...toWords(clean(speaker.name), theme.speaker), ...(speaker.role ? toWords(`· ${clean(speaker.role)}`, theme.dim) : []), ...toWords(`(${count})`, theme.dim)], io.width));
    if (speaker.aliases.length > 0) lines.push(...wrapText(`also: ${speaker.aliases.map(clean).join('; ')}`, io.width, '  ').map(theme.dim));
  }
  return lines.join('\n') + '\n';
}

/** Widest display width of some lines; for tests that check wrapping. */
export function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}
