import { HOLIDAYS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../lexicon/calendar.js';
import { ORDINALS, SMALL_NUMBERS } from '../lexicon/numbers.js';
import { CURRENCY_SIGNS } from '../lexicon/units.js';
import { beforeHyphen, isAsciiMark, startsDigit, startsUpper, withoutPossessive } from './chars.js';
import { DATE_OPENERS } from './dates.js';
import { NUMBER_OPENERS } from './numbers.js';
import { QUALIFIER_FIRST_WORDS } from './quantities.js';
import { DATE_START, QUANTITY_START } from './start-bits.js';
import type { Token } from './tokens.js';

/**
 * Which finders may start at each token, read once per token with one map lookup. The date
 * finders are a dozen functions and the quantity finder looks for ordinals, qualifiers, signs and
 * numbers; run at every token, their lookups were most of the facts extractor's time, while most
 * tokens are ordinary words none of them can start at. The bits are a superset: a finder whose bit
 * is set may still find nothing, but one whose bit is clear finds nothing there.
 */

/** A month, weekday or holiday word: a date start when capitalised. */
const CALENDAR_NAME = 4;
const NUMBER = DATE_START | QUANTITY_START;

// What each finder needs at its first token (see the finders): dates start at an opening word,
// a day word ("today"), an ordinal ("21st century") or a number ("two years ago", "three
// o'clock"); quantities at a number, an ordinal, a qualifier's first word or a currency sign.
const WORD_STARTS = new Map<string, number>();
const HEAD_STARTS = new Map<string, number>();
const BARE_STARTS = new Map<string, number>();
const add = (map: Map<string, number>, words: Iterable<string>, bits: number) => {
  for (const word of words) map.set(word, (map.get(word) ?? 0) | bits);
};
add(WORD_STARTS, DATE_OPENERS, DATE_START);
add(WORD_STARTS, NUMBER_OPENERS, NUMBER);
add(WORD_STARTS, QUALIFIER_FIRST_WORDS, QUANTITY_START);
// The lookups of the finders that read a word before its hyphen ("twenty-five", "fourth-placed")
// or without its possessive ("today's", "Monday's"); the word itself is in WORD_STARTS too.
for (const map of [WORD_STARTS, HEAD_STARTS]) {
  add(map, ORDINALS.keys(), NUMBER);
  add(map, SMALL_NUMBERS.keys(), NUMBER);
}
for (const map of [WORD_STARTS, BARE_STARTS]) {
  add(map, RELATIVE_DAYS.keys(), DATE_START);
  add(map, [...MONTHS.keys(), ...WEEKDAYS.keys(), ...HOLIDAYS], CALENDAR_NAME);
}

/** The start bits of every token of a sentence. */
export function findStarts(tokens: readonly Token[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) starts[i] = startsAt(tokens, i);
  return starts;
}

function startsAt(tokens: readonly Token[], i: number): number {
  const { text, lower } = tokens[i]!;
  if (startsDigit(text)) return NUMBER;
  let bits = WORD_STARTS.get(lower) ?? 0;
  const head = beforeHyphen(lower);
  if (head !== lower) bits |= HEAD_STARTS.get(head) ?? 0;
  const bare = withoutPossessive(lower);
  if (bare !== lower) bits |= BARE_STARTS.get(bare) ?? 0;
  if (CURRENCY_SIGNS.has(text) || text === 'US') bits |= QUANTITY_START;
  // A capitalised month, weekday or holiday, or a capital before "Day" ("Labor Day").
  if ((bits & CALENDAR_NAME || tokens[i + 1]?.text.startsWith('Day')) && startsUpper(text)) bits |= DATE_START;
  // The date finders never start at a punctuation mark.
  if (bits & DATE_START && isAsciiMark(text)) bits &= ~DATE_START;
  return bits;
}
