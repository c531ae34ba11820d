import { DAY_PARTS, HOLIDAYS, MONTHS, PERIODS, SEASONS, YEAR_CUES } from '../lexicon/calendar.js';
import { TIME_UNITS } from '../lexicon/units.js';
import { parseNumber, parseOrdinal } from './numbers.js';
import { rawFact, type RawFact } from './raw-fact.js';
import { isRealDay, partialIso } from './resolve-date.js';
import { hasPossessive, isLowerWord, startsDigit, startsUpper, withoutPossessive } from './chars.js';
import type { Token } from './tokens.js';

/** Date forms read by dates.ts: digits and signs (9/17/16, centuries, bare years), holidays, parts of periods, parts of a day. */

/** Words that name a part of a period ("the end of the year"); read by starts.ts too. */
export const PERIOD_PARTS: ReadonlySet<string> = new Set(['end', 'middle', 'start', 'beginning', 'turn']);
/** The words dayPart's forms start with, after "overnight"; read by starts.ts too. */
export const DAY_PART_OPENERS: ReadonlySet<string> = new Set(['the', 'that', 'early', 'late']);
/** Plural periods a bare duration is made of ("for years"); read by starts.ts too. */
export const BARE_PERIODS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years', 'decades']);

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
  if (!startsDigit(tokens[i]!.text) || !part.test(tokens[i]!.text) || !glued(tokens, i + 1, '/') || !glued(tokens, i + 2, part) || !glued(tokens, i + 3, '/')) return null;
  if (!glued(tokens, i + 4, /^(?:\d\d|(?:19|20)\d\d)$/) || glued(tokens, i + 5, '/')) return null;
  const [a, b, y] = [Number(tokens[i]!.text), Number(tokens[i + 2]!.text), tokens[i + 4]!.text];
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
  const fullYear = y.length === 4 ? y : `${Number(y) < 50 ? '20' : '19'}${y}`;
  const [month, day] = a > 12 ? [b, a] : [a, b];
  const certain = (a > 12 || b > 12 || a === b) && isRealDay(Number(fullYear), month, day);
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
  if (startsDigit(tokens[i]!.text) && /^\d{1,2}$/.test(tokens[i]!.text) && Number(tokens[i]!.text) <= 21 && glued(tokens, i + 1, /^(?:st|nd|rd|th)-century$/i)) {
    const { start, end } = span(tokens, i, i + 2);
    return { fact: rawFact('date', start, end, { normalized: { value: `${String(Number(tokens[i]!.text) - 1).padStart(2, '0')}XX`, unit: null } }), next: i + 2 };
  }
  return null;
}

// The periods PERIOD_PARTS (at the top) take. "day" is left out on purpose: "at the end of the day" is an idiom far more often than a time.
const PART_PERIODS = new Set([...PERIODS, 'season', 'term', 'session', 'quarter']);

/**
 * "the end of the year", "the middle of next week", "the beginning of March": a point in calendar
 * time. Not resolved (how near the end is, the text does not say).
 */
export function periodPart(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  if (!PERIOD_PARTS.has(tokens[i]!.lower) || tokens[i - 1]?.lower !== 'the' || tokens[i + 1]?.lower !== 'of') return null;
  let at = i + 2;
  if (/^(?:the|this|last|next|that|each)$/.test(tokens[at]?.lower ?? '')) at += 1;
  const word = tokens[at];
  if (!word || !(PART_PERIODS.has(word.lower) || (MONTHS.has(word.lower) && startsUpper(word.text)))) return null;
  let next = at + 1;
  if (/^(?:1[89]|20)\d\d$/.test(tokens[next]?.text ?? '')) next += 1; // "the end of March 2017"
  const { start, end } = span(tokens, i - 1, next);
  return { fact: rawFact('date', start, end), next };
}

/** A capital then a lower-case letter: a holiday written as a name, not in capitals. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * "that afternoon", "the following morning", "early morning": a part of a day the story has already
 * placed. A time, not resolved; a bare "the night" stays unread ("throughout the night").
 */
export function dayPart(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  const one = tokens[i]!.lower;
  // "took to Twitter overnight", "the overnight test": the night just past.
  if (one === 'overnight') return { fact: rawFact('time', tokens[i]!.start, tokens[i]!.end), next: i + 1 };
  // Every form below starts with one of these words: the rest of the tokens are rejected at once.
  if (!DAY_PART_OPENERS.has(one)) return null;
  const second = tokens[i + 1]?.lower ?? '';
  // Two words before the part ("the following morning", "early in the morning"), or one ("that
  // night", "early morning"); "the" alone is not enough.
  const width = (one === 'the' && THE_PART_OPENERS.has(second)) || (one === 'early' && second === 'in') ? 2 : one === 'the' ? 0 : 1;
  const part = tokens[i + width];
  // "the early hours of Sunday" is a part of the day as well.
  const early = width > 0 && /^(?:early|late)$/.test(tokens[i + width - 1]!.lower) && part?.lower === 'hours';
  if (width === 0 || !part || !(DAY_PARTS.has(part.lower) || early)) return null;
  // "late night television": a part of the day used as a modifier names no time; "the early
  // morning hours" is still one.
  const hours = tokens[i + width + 1]?.lower === 'hours';
  if (hours) return { fact: rawFact('time', tokens[i]!.start, tokens[i + width + 1]!.end), next: i + width + 2 };
  if (isLowerWord(tokens[i + width + 1]?.text ?? '') && !/^(?:and|or|to|of|in|at|on|when|before|after|as|while)$/.test(tokens[i + width + 1]!.lower)) return null;
  const { start, end } = span(tokens, i, i + width + 1);
  return { fact: rawFact('time', start, end), next: i + width + 1 };
}

/** Words between "the" and a part of the day ("the following morning"). */
const THE_PART_OPENERS = new Set(['following', 'next', 'previous', 'early', 'late']);
/** Days and parts of one placed against an event ("the day before"), and the words that place them. */
const EVENT_DAYS = new Set(['day', 'night', 'morning', 'evening', 'afternoon', 'week']);
const BEFORE_AFTER = new Set(['before', 'after']);
/** Periods after "earlier in the" / "later in the". */
const IN_THE_PERIODS = new Set(['day', 'week', 'month', 'year']);

/**
 * "the day before", "the morning after", "earlier in the day": a day or part of one placed
 * against an event the story tells. A date (or time), not resolved.
 */
export function besideEvent(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  const word = tokens[i + 1]?.lower ?? '';
  if (tokens[i]!.lower === 'the' && EVENT_DAYS.has(word) && BEFORE_AFTER.has(tokens[i + 2]?.lower ?? '')) {
    const { start, end } = span(tokens, i, i + 3);
    return { fact: rawFact(DAY_PARTS.has(word) ? 'time' : 'date', start, end), next: i + 3 };
  }
  if ((tokens[i]!.lower === 'earlier' || tokens[i]!.lower === 'later') && tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.lower === 'the' && IN_THE_PERIODS.has(tokens[i + 3]?.lower ?? '')) {
    const { start, end } = span(tokens, i, i + 4);
    return { fact: rawFact('date', start, end), next: i + 4 };
  }
  return null;
}

/** Holidays and seasons: "Christmas", "Labor Day", "Election Day", "in summer". Not resolved. */
export function named(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  const token = tokens[i]!;
  // Every form below needs a capital first or a season word: the rest are rejected at once.
  if (!startsUpper(token.text) && !SEASONS.has(token.lower)) return null;
  const bare = withoutPossessive(token.lower);
  const capital = CAPITALISED.test(token.text);
  // "Easter Island", "Christmas Tree Lane": a holiday word leading a longer name is no date.
  const inName = bare === token.lower && startsUpper(tokens[i + 1]?.text ?? '');
  if (capital && HOLIDAYS.has(bare) && !inName) return { fact: rawFact('date', token.start, token.end - (bare === token.lower ? 0 : 2)), next: i + 1 };
  const day = tokens[i + 1];
  if (capital && !hasPossessive(token.lower) && day && /^Day(?:['’]s)?$/.test(day.text) && i > 0) {
    return { fact: rawFact('date', token.start, day.end - (day.text.length > 3 ? 2 : 0)), next: i + 2 };
  }
  if (SEASONS.has(token.lower) && /^(?:in|the|early|late|mid|during|since|until|by)$/.test(tokens[i - 1]?.lower ?? '')) {
    return { fact: rawFact('date', token.start, token.end), next: i + 1 };
  }
  return null;
}

/**
 * "for years", "several weeks", "a few months", "hours after", "years of war": an uncounted stretch
 * of time, a duration with no value. A period alone after "the" or "these" ("these days", "over
 * the years") is too vague and stays unread.
 */
export function barePeriod(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  const one = tokens[i]!.lower;
  const qualified = one === 'several' || one === 'many' || (one === 'few' && tokens[i - 1]?.lower === 'a');
  const at = qualified ? i + 1 : i;
  const word = tokens[at];
  if (!word || !BARE_PERIODS.has(word.lower)) return null;
  const before = tokens[i - 1]?.lower ?? '';
  const after = tokens[at + 1]?.lower ?? '';
  if (!qualified && !(/^(?:for|in)$/.test(before) || /^(?:after|before|of)$/.test(after))) return null;
  // "three days after": a counted period is the number finder's.
  const counted = i > 0 && parseNumber(tokens, i - 1);
  if (!qualified && counted && counted.next === i) return null;
  const from = one === 'few' ? i - 1 : i;
  // "a few days ago", "several weeks earlier", "many years from now": a point in time, unresolved.
  const point = /^(?:ago|earlier|later)$/.test(after) ? 1 : after === 'from' && tokens[at + 2]?.lower === 'now' ? 2 : 0;
  if (point > 0) {
    const { start, end } = span(tokens, from, at + 1 + point);
    return { fact: rawFact('date', start, end), next: at + 1 + point };
  }
  const { start, end } = span(tokens, from, at + 1);
  return { fact: rawFact('duration', start, end, { unit: TIME_UNITS.get(word.lower)!.unit }), next: at + 1 };
}

/** A year in full, 1800-2099. */
const FULL_YEAR = /^(?:1[89]|20)\d\d$/;
/** A lower-case word in -s: the plural noun a count would take ("2000 jobs"). */
const LOWER_PLURAL = /^\p{Ll}{3,}s$/u;

/** A bare year: "in 2014", "2014's", "the 1990s"; not "2000 people". */
export function year(tokens: readonly Token[], i: number): { fact: RawFact; next: number } | null {
  const token = tokens[i]!;
  if (!startsDigit(token.text)) return null;
  // "the '80s": a decade with its century left out, a period of time, not a count.
  if (token.text.length === 2 && /^\d0$/.test(token.text) && tokens[i + 1]?.text === 's' && !tokens[i + 1]!.spaced && !token.spaced && /^['’]$/.test(tokens[i - 1]?.text ?? '')) {
    return { fact: rawFact('date', tokens[i - 1]!.start, tokens[i + 1]!.end, {}), next: i + 2 };
  }
  if (!FULL_YEAR.test(token.text)) return null;
  const after = tokens[i + 1];
  if (after && !after.spaced && after.lower === 's') {
    return { fact: rawFact('date', token.start, after.end, { normalized: { value: `${token.text.slice(0, 3)}X`, unit: null } }), next: i + 2 };
  }
  const cue = YEAR_CUES.has(tokens[i - 1]?.lower ?? '') || MONTHS.has(tokens[i - 1]?.lower ?? '');
  // "2000 jobs" counts; "the 1995 tax filings", "the 2008 campaign" are dates.
  const nounAfter = after !== undefined && LOWER_PLURAL.test(after.text) && !/^(?:was|is|has|as|its|this|his)$/.test(after.lower);
  if (!cue && nounAfter) return null;
  return { fact: rawFact('date', token.start, token.end, { date: token.text, normalized: { value: token.text, unit: null } }), next: i + 1 };
}
