import { AMBIGUOUS_MONTHS, DAY_PARTS, MONTHS, PERIODS, RELATIVE_DAYS, WEEKDAYS } from '../lexicon/calendar.js';
import { TIME_UNITS } from '../lexicon/units.js';
import { barePeriod, besideEvent, century, dayPart, named, periodPart, slashDate, year } from './date-forms.js';
import { parseNumber } from './numbers.js';
import {
  BARE_PERIOD, BESIDE_EVENT, CENTURY, CLOCK, DATE_START, DAY_PART, DIGIT_FORMS, MONTH_DATE, NAMED, OFFSET, PERIOD_PART, RELATIVE, WEEKDAY,
} from './start-bits.js';
import { rawFact, type RawFact } from './raw-fact.js';
import { isoDay, isRealDay, partialIso, resolveMonthDay, resolveOffset, resolvePeriod, resolveWeekday } from './resolve-date.js';
import { addDays } from 'date-fns';
import { hasPossessive, startsDigit, startsUpper, withoutPossessive } from './chars.js';
import type { Token } from './tokens.js';

/** What a date finder returns: the fact and the index of the first token after it. */
interface Found {
  fact: RawFact;
  next: number;
}

const YEAR = /^(?:1[89]|20)\d\d$/;
/** Words before a calendar period that make it a date: "last week", "recent years", "the coming months". */
export const PERIOD_MODIFIERS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['recent', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['following', 1],
]);
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;

/**
 * Finds dates and times in a sentence's tokens, resolving them against the publication day when
 * it is known, at the tokens `starts` (see starts.ts) marks as possible starts. Returns the facts
 * and marks their tokens in `taken` so later finders skip them.
 */
export function findDates(tokens: readonly Token[], published: Date | null, taken: boolean[], starts: Uint16Array): RawFact[] {
  const facts: RawFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are words no date form starts with: passed over without running the dozen finders.
    const bits = starts[i]!;
    if (taken[i] || !(bits & DATE_START)) continue;
    const found = findDateAt(tokens, i, published, bits);
    if (!found) continue;
    facts.push(found.fact);
    for (let j = i; j < found.next; j++) taken[j] = true;
    i = found.next - 1;
  }
  return facts;
}

/** The first date form found at token `i`, in this order; a finder whose start bit is clear would find nothing and is not run. */
function findDateAt(tokens: readonly Token[], i: number, published: Date | null, bits: number): Found | null {
  const digits = (bits & DIGIT_FORMS) !== 0;
  return (digits ? isoDate(tokens, i) ?? slashDate(tokens, i) : null)
    ?? (bits & CENTURY ? century(tokens, i) : null)
    ?? (bits & CLOCK ? clockTime(tokens, i) : null)
    ?? (bits & PERIOD_PART ? periodPart(tokens, i) : null)
    ?? (bits & DAY_PART ? dayPart(tokens, i) : null)
    ?? (bits & BESIDE_EVENT ? besideEvent(tokens, i) : null)
    ?? (bits & MONTH_DATE ? monthDate(tokens, i, published) : null)
    ?? (bits & WEEKDAY ? weekday(tokens, i, published) : null)
    ?? (bits & RELATIVE ? relative(tokens, i, published) : null)
    ?? (bits & OFFSET ? offset(tokens, i, published) : null)
    ?? (bits & BARE_PERIOD ? barePeriod(tokens, i) : null)
    ?? (bits & NAMED ? named(tokens, i) : null)
    ?? (digits ? year(tokens, i) : null);
}

const span = (tokens: readonly Token[], from: number, next: number) => ({ start: tokens[from]!.start, end: tokens[next - 1]!.end });
const glued = (tokens: readonly Token[], i: number, text: string | RegExp) => {
  const token = tokens[i];
  return token !== undefined && !token.spaced && (typeof text === 'string' ? token.text === text : text.test(token.text));
};

/** 2016-10-20, and fiscal years 2004-05. */
function isoDate(tokens: readonly Token[], i: number): Found | null {
  if (!startsDigit(tokens[i]!.text) || !YEAR.test(tokens[i]!.text) || !glued(tokens, i + 1, '-') || !glued(tokens, i + 2, /^\d\d$/)) return null;
  if (glued(tokens, i + 3, '-') && glued(tokens, i + 4, /^\d\d$/)) {
    const { start, end } = span(tokens, i, i + 5);
    const iso = `${tokens[i]!.text}-${tokens[i + 2]!.text}-${tokens[i + 4]!.text}`;
    return { fact: rawFact('date', start, end, { date: iso, normalized: { value: iso, unit: null } }), next: i + 5 };
  }
  const { start, end } = span(tokens, i, i + 3);
  return { fact: rawFact('date', start, end, { date: tokens[i]!.text, normalized: { value: `${tokens[i]!.text}/${tokens[i + 2]!.text}`, unit: null } }), next: i + 3 };
}

/** 10:30, 3pm, 3 p.m., noon, midnight (with a time zone after it when given). */
function clockTime(tokens: readonly Token[], i: number): Found | null {
  const token = tokens[i]!;
  if (token.lower === 'noon' || token.lower === 'midnight') {
    const value = token.lower === 'noon' ? '12:00' : '00:00';
    return { fact: rawFact('time', token.start, token.end, { normalized: { value, unit: null } }), next: i + 1 };
  }
  // "three o'clock", "6 o’clock".
  const clockWord = tokens[i + 1]?.lower;
  const hours = clockWord === "o'clock" || clockWord === 'o’clock' ? parseNumber(tokens, i) : null;
  if (hours && hours.next === i + 1 && hours.value !== null && Number.isInteger(hours.value) && hours.value >= 1 && hours.value <= 12) {
    return { fact: rawFact('time', token.start, tokens[i + 1]!.end, { normalized: { value: `${String(hours.value).padStart(2, '0')}:00`, unit: null } }), next: i + 2 };
  }
  const clock = startsDigit(token.text) ? /^(\d{1,2})(?::(\d\d))?$/.exec(token.text) : null;
  if (!clock) return null;
  let next = i + 1;
  let meridiem: string | null = null;
  const after = tokens[next];
  if (after && /^(?:am|pm)$/.test(after.lower)) {
    meridiem = after.lower;
    next += 1;
  } else if (after && /^[ap]$/.test(after.lower) && tokens[next + 1]?.text === '.' && tokens[next + 2]?.lower === 'm') {
    meridiem = `${after.lower}m`;
    next += tokens[next + 3]?.text === '.' ? 4 : 3;
  }
  if (!meridiem && clock[2] === undefined) return null;
  let hour = Number(clock[1]);
  if (hour > 23 || Number(clock[2] ?? 0) > 59) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (/^(?:gmt|bst|utc|est|edt|pst|pdt|cet|et|pt)$/.test(tokens[next]?.lower ?? '')) next += 1;
  const { start, end } = span(tokens, i, next);
  return { fact: rawFact('time', start, end, { normalized: { value: `${String(hour).padStart(2, '0')}:${clock[2] ?? '00'}`, unit: null } }), next };
}

/** "17 October 2016", "October 17", "Oct. 17, 2016", "January 2015", "in March". */
function monthDate(tokens: readonly Token[], i: number, published: Date | null): Found | null {
  let next = i;
  let day: number | null = null;
  if (startsDigit(tokens[i]!.text) && DAY.test(tokens[i]!.text) && MONTHS.has(tokens[i + 1]?.lower ?? '')) {
    day = Number(tokens[i]!.text);
    next = i + 1;
  }
  const monthToken = tokens[next];
  const month = monthToken && MONTHS.get(withoutPossessive(monthToken.lower));
  if (!monthToken || month === undefined) return null;
  // "May" and "March" are also words; a capital is required, and a day or year beside it.
  if (!startsUpper(monthToken.text)) return null;
  next += 1;
  if (day === null && DAY.test(tokens[next]?.text ?? '') && !glued(tokens, next + 1, /^\d/)) {
    day = Number(tokens[next]!.text);
    next += 1;
    if (/^(?:st|nd|rd|th)$/.test(tokens[next]?.lower ?? '') && !tokens[next]!.spaced) next += 1;
  }
  let yearValue: number | null = null;
  const comma = tokens[next]?.text === ',' ? 1 : 0;
  if (YEAR.test(tokens[next + comma]?.text ?? '')) {
    yearValue = Number(tokens[next + comma]!.text);
    next += comma + 1;
  }
  if (day === null && yearValue === null && AMBIGUOUS_MONTHS.has(monthToken.lower)) {
    // "in May", "a May interview", "from March": the modal and the verb never follow these.
    if (!/^(?:in|since|until|by|early|late|mid|last|next|this|of|a|from|through|during|between|before|after)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  }
  const { start, end } = span(tokens, i, next);
  const written = partialIso(yearValue, month, day);
  // "31 April 2016" names no day: say so rather than give a date that does not exist.
  const real = day === null || yearValue === null || isRealDay(yearValue, month, day);
  const date = yearValue !== null ? (real ? written : null) : published ? resolveMonthDay(published, month, day) : null;
  return { fact: rawFact('date', start, end, { date, normalized: { value: date ?? written, unit: null } }), next };
}

/** "Thursday", "on Sunday morning", "next Monday": the latest such day on or before publication. */
function weekday(tokens: readonly Token[], i: number, published: Date | null): Found | null {
  const token = tokens[i]!;
  const possessive = hasPossessive(token.lower);
  const day = WEEKDAYS.get(withoutPossessive(token.lower));
  if (day === undefined || !startsUpper(token.text)) return null;
  let next = i + 1;
  const part = !possessive && tokens[next] !== undefined && DAY_PARTS.has(tokens[next]!.lower);
  if (part) next += 1;
  const before = tokens[i - 1]?.lower;
  const forward = before === 'next' || before === 'coming';
  const date = published ? resolveWeekday(published, day, forward) : null;
  const { start } = span(tokens, i, next);
  const end = possessive ? token.end - 2 : tokens[next - 1]!.end;
  return { fact: rawFact(part ? 'time' : 'date', start, end, { date, normalized: date ? { value: date, unit: null } : null }), next };
}

/** "yesterday", "last month", "this year", "next week", "last night". */
function relative(tokens: readonly Token[], i: number, published: Date | null): Found | null {
  const token = tokens[i]!;
  const ownerOf = hasPossessive(token.lower);
  const days = RELATIVE_DAYS.get(withoutPossessive(token.lower));
  // "USA Today", "Trending Today": a capitalised day word after a capitalised word is a name.
  if (days !== undefined && !(startsUpper(token.text) && startsUpper(tokens[i - 1]?.text ?? ''))) {
    // "today's earnings report", "Tonight's debate": the day, without the possessive.
    const date = published ? isoDay(addDays(published, days)) : null;
    const normalized = date ? { value: date, unit: null } : null;
    // "yesterday morning", "tomorrow night": a part of that day.
    const part = !ownerOf && DAY_PARTS.has(tokens[i + 1]?.lower ?? '') ? tokens[i + 1]! : null;
    if (part) return { fact: rawFact('time', token.start, part.end, { date, normalized }), next: i + 2 };
    return { fact: rawFact('date', token.start, token.end - (ownerOf ? 2 : 0), { date, normalized }), next: i + 1 };
  }
  const which = PERIOD_MODIFIERS.get(token.lower);
  if (which === undefined) return null;
  if (token.lower === 'this' && DAY_PARTS.has(tokens[i + 1]?.lower ?? '')) {
    // "this morning": a part of the publication day.
    const date = published ? isoDay(published) : null;
    return { fact: rawFact('time', token.start, tokens[i + 1]!.end, { date, normalized: date ? { value: date, unit: null } : null }), next: i + 2 };
  }
  if (tokens[i + 1]?.lower === 'night' && which === -1) {
    const date = published ? isoDay(addDays(published, -1)) : null;
    return { fact: rawFact('time', token.start, tokens[i + 1]!.end, { date, normalized: date ? { value: date, unit: null } : null }), next: i + 2 };
  }
  // "the next few months", "the past two years": a count between the modifier and the period.
  let at = i + 1;
  if (tokens[at]?.lower === 'few' || tokens[at]?.lower === 'several' || /^(?:two|three|four|five|six|ten|\d+)$/.test(tokens[at]?.lower ?? '')) at += 1;
  const possessive = hasPossessive(tokens[at]?.lower ?? '');
  const word = withoutPossessive(tokens[at]?.lower ?? '');
  const period = PERIODS.has(word) ? word : word.endsWith('s') && (PERIODS.has(word.slice(0, -1)) || word === 'days') ? word.slice(0, -1) : null;
  if (period === null || (at > i + 1 && period === word)) return null;
  const single = at === i + 1 && period === word;
  const end = tokens[at]!.end - (possessive ? 2 : 0);
  // "the coming weeks", "the next months": an unstated stretch ahead is a time to come, a date.
  if (!single && which === 1 && at === i + 1) return { fact: rawFact('date', token.start, end), next: at + 1 };
  if (!single) {
    // "recent weeks", "the past two years", "the next four years": a stretch of time, not a
    // calendar point — a duration, with its length when the text counts it.
    const count = at > i + 1 ? parseNumber(tokens, i + 1) : null;
    const value = count && count.value !== null && count.next === at ? count.value : null;
    const unit = TIME_UNITS.get(period);
    const normalized = unit && value !== null ? { value: value * unit.seconds, unit: 's' } : null;
    return { fact: rawFact('duration', token.start, end, { value, unit: unit?.unit ?? period, normalized }), next: at + 1 };
  }
  const date = published ? resolvePeriod(published, which, period) : null;
  return { fact: rawFact('date', token.start, end, { date, normalized: date ? { value: date, unit: null } : null }), next: at + 1 };
}

/** "two years ago", "a week before" (closing its clause): a date counted back from publication. */
function offset(tokens: readonly Token[], i: number, published: Date | null): Found | null {
  // "years ago", "weeks earlier": no number, no resolvable date, but still a point in time.
  const bare = TIME_UNITS.get(tokens[i]!.lower);
  if (bare && tokens[i]!.lower.endsWith('s') && /^(?:ago|earlier|later)$/.test(tokens[i + 1]?.lower ?? '')) {
    const { start, end } = span(tokens, i, i + 2);
    return { fact: rawFact('date', start, end, { unit: bare.unit }), next: i + 2 };
  }
  if (tokens[i]!.lower === 'weekend' && tokens[i - 1]?.lower === 'the') {
    return { fact: rawFact('date', tokens[i]!.start, tokens[i]!.end), next: i + 1 };
  }
  const number = parseNumber(tokens, i);
  if (!number || number.value === null || number.hyphenUnit) return null;
  const unit = TIME_UNITS.get(tokens[number.next]?.lower ?? '');
  const word = tokens[number.next + 1];
  if (!unit || !word) return null;
  const after = tokens[number.next + 2];
  const closes = !after || /^[.,;:!?)]$/.test(after.text) || after.lower === 'and';
  const fromNow = word.lower === 'from' && after?.lower === 'now';
  const later = word.lower === 'later' && closes;
  if (!(word.lower === 'ago' || fromNow || later || ((word.lower === 'before' || word.lower === 'earlier') && closes))) return null;
  // "two years later" counts from an event, not from publication: a date we cannot resolve.
  const date = published && !later ? resolveOffset(published, fromNow ? number.value : -number.value, unit.unit) : null;
  const { start, end } = span(tokens, i, number.next + (fromNow ? 3 : 2));
  return {
    fact: rawFact('date', start, end, { value: number.value, unit: unit.unit, date, normalized: date ? { value: date, unit: null } : null }),
    next: number.next + (fromNow ? 3 : 2),
  };
}
