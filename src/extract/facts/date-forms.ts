import { parseOrdinal } from './numbers.js';
import { rawFact, type RawFact } from './raw-fact.js';
import { partialIso } from './resolve-date.js';
import type { Token } from './tokens.js';

/** Date forms written with digits and signs rather than words; read by dates.ts. */

const span = (tokens: readonly Token[], from: number, next: number) => ({ start: tokens[from]!.start, end: tokens[next - 1]!.end });
const glued = (tokens: readonly Token[], i: number, text: string | RegExp) => {
  const token = tokens[i];
  return token !== undefined && !token.spaced && (typeof text === 'string' ? token.text === text : text.test(token.text));
};

/**
 * 9/17/2016 or 9/17/16: three numbers joined by slashes. Month first as US papers write it, day
 * first when the first number cannot be a month; the ISO date is given only when the order is
 * certain (one of the two is above 12) or both are the same. Two numbers ("9/11") stay unread.
 */
export function slashDate(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  const part = /^\d{1,2}$/;
  if (!part.test(tokens[i]!.text) || !glued(tokens, i + 1, '/') || !glued(tokens, i + 2, part) || !glued(tokens, i + 3, '/')) return null;
  if (!glued(tokens, i + 4, /^(?:\d\d|(?:19|20)\d\d)$/) || glued(tokens, i + 5, '/')) return null;
  const [a, b, y] = [Number(tokens[i]!.text), Number(tokens[i + 2]!.text), tokens[i + 4]!.text];
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
  const fullYear = y.length === 4 ? y : `${Number(y) < 50 ? '20' : '19'}${y}`;
  const [month, day] = a > 12 ? [b, a] : [a, b];
  const certain = a > 12 || b > 12 || a === b;
  const date = certain ? partialIso(Number(fullYear), month, day) : fullYear;
  const { start, end } = span(tokens, i, i + 5);
  return { fact: rawFact('date', start, end, { date, normalized: { value: date, unit: null } }), next: i + 5 };
}

/** "the 21st century", "21st-century", "the nineteenth century": a period, not resolved further. */
export function century(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  const ordinal = parseOrdinal(tokens, i);
  if (ordinal && ordinal.value <= 21 && /^centur(?:y|ies)$/.test(tokens[ordinal.next]?.lower ?? '')) {
    const { start, end } = span(tokens, i, ordinal.next + 1);
    return { fact: rawFact('date', start, end, { normalized: { value: `${String(ordinal.value - 1).padStart(2, '0')}XX`, unit: null } }), next: ordinal.next + 1 };
  }
  // "21st-century" is read as "21" and "st-century".
  if (/^\d{1,2}$/.test(tokens[i]!.text) && Number(tokens[i]!.text) <= 21 && glued(tokens, i + 1, /^(?:st|nd|rd|th)-century$/i)) {
    const { start, end } = span(tokens, i, i + 2);
    return { fact: rawFact('date', start, end, { normalized: { value: `${String(Number(tokens[i]!.text) - 1).padStart(2, '0')}XX`, unit: null } }), next: i + 2 };
  }
  return null;
}
