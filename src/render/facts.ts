import Table from 'cli-table3';
import type { Article, Fact, FactType, Mention } from '../article.js';
import { formatNumber } from './format-number.js';
import type { IO } from './io.js';
import { sanitizeForTerminal } from './sanitize.js';
import { themeFor } from './theme.js';
import { toWords, wrapCell, wrapText, wrapWords } from './wrap.js';

/** The order kinds are shown in: who and where first, then amounts, then time. */
const KIND_ORDER: readonly FactType[] = [
  'person', 'organization', 'place', 'count', 'number', 'money', 'percent', 'measure', 'duration', 'date', 'time', 'ordinal', 'rank',
];

/** One row of the view: entity mentions are folded into one row per entity. */
interface Row {
  kind: FactType;
  text: string;
  value: string;
  where: string;
}

/**
 * The facts of one article for a reader. On a terminal: a cli-table3 table (kind, fact as
 * written, normalised value, paragraph) grouped by kind and sized to `io.width`. In a pipe: the
 * same columns as tab-separated lines, one fact a line, so `cut`/`awk` work and nothing wraps.
 * Entities show once, with their mention count. Every article-derived string is sanitised.
 */
export function renderFacts(article: Article, facts: readonly Fact[], io: IO): string {
  const theme = themeFor(io);
  const rows = factRows(facts);
  if (!io.isTTY) return rows.map((row) => [row.kind, row.text, row.value, row.where].map(oneLine).join('\t') + '\n').join('');
  // Wrap first, style after: escape codes must not count towards the width.
  const head = wrapText(clean(article.headline?.text ?? article.source.name), io.width).map(theme.label).join('\n') + '\n';
  if (rows.length === 0) return head + theme.dim('No facts found.') + '\n';
  if (io.width < NARROW) return head + renderList(rows, io);
  // Four columns: borders take 5 columns and padding 8.
  const room = Math.max(io.width - 13, 28);
  // "organization" is the longest kind; narrower terminals cut it rather than the facts.
  const kindWidth = room >= 56 ? 12 : Math.max(5, Math.floor(room * 0.15));
  const whereWidth = Math.min(10, Math.max(4, Math.floor(room * 0.12)));
  const valueWidth = Math.max(6, Math.floor((room - kindWidth - whereWidth) * 0.45));
  const textWidth = Math.max(6, room - kindWidth - whereWidth - valueWidth);
  const table = new Table({
    head: ['kind', 'fact', 'value', '¶'],
    colWidths: [kindWidth + 2, textWidth + 2, valueWidth + 2, whereWidth + 2],
    style: { head: io.color ? ['bold'] : [], border: io.color ? ['grey'] : [], compact: true },
    wordWrap: false,
  });
  let previous: FactType | null = null;
  for (const row of rows) {
    table.push([
      row.kind === previous ? '' : theme.label(wrapCell(row.kind, kindWidth).join('\n')),
      wrapCell(row.text, textWidth).join('\n'),
      wrapCell(row.value, valueWidth).join('\n'),
      theme.dim(wrapCell(row.where, whereWidth).join('\n')),
    ]);
    previous = row.kind;
  }
  return head + table.toString() + '\n';
}

/** Below this width four columns get too narrow to read: the facts become a wrapped list. */
const NARROW = 56;

/** The narrow layout: one wrapped entry a fact, the kind as a heading over its group. */
function renderList(rows: readonly Row[], io: IO): string {
  const theme = themeFor(io);
  const lines: string[] = [];
  let previous: FactType | null = null;
  for (const row of rows) {
    if (row.kind !== previous) lines.push(...wrapText(row.kind, io.width).map(theme.label));
    previous = row.kind;
    lines.push(...wrapWords([...toWords(row.text), ...toWords(`— ${row.value}`), ...toWords(`¶ ${row.where}`, theme.dim)], io.width, '  '));
  }
  return lines.join('\n') + '\n';
}

/** Facts as rows, grouped by kind in KIND_ORDER, each group in document order. */
export function factRows(facts: readonly Fact[]): Row[] {
  const rows: Row[] = [];
  for (const kind of KIND_ORDER) {
    // An entity is one row however often it is named: its facts grouped by merged name.
    const entities = new Map<string, Fact[]>();
    for (const fact of facts) {
      if (fact.type !== kind) continue;
      if (!isEntity(kind)) {
        rows.push({ kind, text: clean(fact.text), value: clean(describeValue(fact)), where: paragraphs(fact.mentions) });
        continue;
      }
      const name = fact.entity ?? fact.text;
      const group = entities.get(name);
      if (group) group.push(fact);
      else entities.set(name, [fact]);
    }
    for (const [name, group] of entities) {
      const mentions = group.flatMap((fact) => fact.mentions);
      rows.push({ kind, text: clean(name), value: clean(describeEntity(group[0]!, name, mentions)), where: paragraphs(mentions) });
    }
  }
  return rows;
}

function isEntity(kind: FactType): boolean {
  return kind === 'person' || kind === 'place' || kind === 'organization';
}

/** An entity in words: its role or country, the other names it goes by, how often it is named. */
function describeEntity(fact: Fact, name: string, mentions: readonly Mention[]): string {
  const others = [...new Set(mentions.map((mention) => mention.text))].filter((text) => text !== name);
  const count = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
  const role = fact.role ? (fact.type === 'place' ? `in ${fact.role}` : fact.role) : null;
  return [role, others.length > 0 ? `= ${others.join(', ')}` : null, count].filter(Boolean).join(' · ');
}

/** A quantity's normalised value in words: "12 mi = 19.3 km (about)", "min 24 of civilians", "2016-10-20". */
export function describeValue(fact: Fact): string {
  if (fact.type === 'date' || fact.type === 'time') {
    const value = fact.date ?? (fact.normalized ? String(fact.normalized.value) : null);
    return value ?? 'unresolved';
  }
  const parts: string[] = [];
  const plural = fact.type === 'duration' && fact.value !== 1 ? 's' : '';
  const unit = fact.unit === '%' ? '%' : fact.unit ? ` ${fact.unit}${plural}` : '';
  if (fact.value !== null) parts.push(`${formatNumber(fact.value)}${unit}`);
  else if (fact.min !== null && fact.max !== null) parts.push(`${formatNumber(fact.min)}–${formatNumber(fact.max)}${unit}`);
  if (fact.min !== null && fact.value !== null && fact.min !== fact.value) parts.push(`min ${formatNumber(fact.min)}`);
  else if (fact.min !== null && fact.max === null) parts.push(`min ${formatNumber(fact.min)}${unit}`);
  if (fact.max !== null && fact.min === null && fact.max !== fact.value) parts.push(`max ${formatNumber(fact.max)}`);
  if (fact.type === 'measure' && fact.normalized && fact.normalized.unit !== fact.unit) parts.push(`= ${formatNumber(Number(fact.normalized.value))} ${fact.normalized.unit ?? ''}`.trim());
  if ((fact.type === 'rank' || fact.type === 'ordinal') && fact.value !== null) parts.splice(0, 1, `#${fact.value}`);
  if (parts.length === 0 && fact.unit) parts.push(fact.unit);
  if (fact.entity) parts.push(`of ${fact.entity}`);
  if (fact.approx) parts.push(`(${fact.approx})`);
  return parts.join(' ');
}

/** "0" is the headline or standfirst; several mentions list their paragraphs. */
function paragraphs(mentions: readonly Mention[]): string {
  const numbers = [...new Set(mentions.map((mention) => mention.paragraph))].sort((a, b) => a - b);
  return numbers.map((n) => (n === 0 ? 'top' : String(n))).join(', ');
}

function clean(text: string): string {
  return sanitizeForTerminal(text);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
