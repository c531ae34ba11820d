import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { Digest, DigestEntry, RecurringItem } from '../summarize/digest/index.js';
import type { IO } from './io.js';
import { sanitizeForTerminal } from './sanitize.js';
import { themeFor } from './theme.js';
import { appendLines, toWords, wrapWords } from './wrap.js';

/** How many recurring speakers and entities of each kind the terminal view lists. */
const TOP = 5;

/**
 * One article of a digest for reading: the headline in bold, then date · site · source dimmed,
 * then the summary wrapped and indented. The date is relative to `now` on a terminal
 * ("3 days ago") and ISO in a pipe, so scripts and diffs see a stable value.
 */
export function renderDigestEntry(entry: DigestEntry, io: IO, now: Date): string {
  const theme = themeFor(io);
  const lines: string[] = [];
  const headline = sanitizeForTerminal(entry.headline ?? entry.source);
  lines.push(...wrapWords(toWords(headline, theme.headline), io.width));
  const facts = [dateLabel(entry.published, io.isTTY, now), entry.site, entry.source].filter((part): part is string => Boolean(part));
  // Each part is one unbreakable word, so a wrap falls between parts, after a separator.
  const parts = facts.map((part, i) => ({ text: sanitizeForTerminal(part) + (i < facts.length - 1 ? ' ·' : ''), style: theme.dim }));
  lines.push(...wrapWords(parts, io.width));
  if (entry.summary) appendLines(lines, wrapWords(toWords(sanitizeForTerminal(entry.summary)), io.width, '  '));
  return lines.join('\n') + '\n';
}

/**
 * The end of a digest: who was quoted most and the most mentioned people, places and
 * organisations, each as one wrapped line of `name (count)`; sections with nothing are left out.
 */
export function renderDigestOverview(digest: Omit<Digest, 'articles'>, io: IO): string {
  const theme = themeFor(io);
  const sections: Array<[string, RecurringItem[]]> = [
    ['Most quoted', digest.speakers],
    ['People', digest.people],
    ['Places', digest.places],
    ['Organisations', digest.organizations],
  ];
  const lines: string[] = [];
  for (const [title, items] of sections) {
    if (items.length === 0) continue;
    const shown = items.slice(0, TOP).map((item) => `${sanitizeForTerminal(item.name)} (${item.count}${item.articles > 1 ? ` in ${item.articles} articles` : ''})`);
    const words = [...toWords(`${title}:`, theme.label), ...toWords(shown.join(', '))];
    lines.push(...wrapWords(words, io.width));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** "3 days ago" on a terminal, the ISO date as given in a pipe; null when unknown. */
export function dateLabel(published: string | null, relative: boolean, now: Date): string | null {
  if (!published) return null;
  if (!relative) return published;
  const date = parseISO(published);
  if (!isValid(date)) return published;
  return formatDistanceStrict(date, now, { addSuffix: true, roundingMethod: 'floor' });
}
