import { HOLIDAYS, MONTHS, RELATIVE_DAYS, SEASONS, WEEKDAYS } from '../lexicon/calendar.js';
import { ORDINALS, SMALL_NUMBERS } from '../lexicon/numbers.js';
import { CURRENCY_SIGNS, TIME_UNITS } from '../lexicon/units.js';
import { WordBits } from '../../structure/word-bits.js';
import { hasPossessive, isAsciiMark, startsUpper } from './chars.js';
import { BARE_PERIODS, DAY_PART_OPENERS, PERIOD_PARTS } from './date-forms.js';
import { PERIOD_MODIFIERS } from './dates.js';
import { NUMBER_OPENERS } from './numbers.js';
import { QUALIFIER_FIRST_WORDS } from './quantities.js';
import {
  BARE_PERIOD, BESIDE_EVENT, CENTURY, CLOCK, DAY_PART, DIGIT_FORMS, MONTH_DATE, NAMED, OFFSET, PERIOD_PART, QUANTITY_START, RELATIVE, WEEKDAY,
} from './start-bits.js';
import type { Token } from './tokens.js';

/**
 * Which finders may start at each token, read once per token with one table look-up. The date
 * finders are a dozen functions and the quantity finder looks for ordinals, qualifiers, signs and
 * numbers; run at every token, their lookups were most of the facts extractor's time, while most
 * tokens are ordinary words none of them can start at. The bits (start-bits.ts) are a superset:
 * a finder whose bit is set may still find nothing, but one whose bit is clear finds nothing
 * there. Each word list below is what the finder named tests its first token against.
 */

/** A holiday word: named's start when capitalised (cleared before the bits are returned). */
const HOLIDAY = 1 << 13;
/** A number may start here (parseNumber): clockTime's hours, offset's count, a quantity. */
const NUMBER = CLOCK | OFFSET | QUANTITY_START;
/** An ordinal (parseOrdinal): century, and a rank or ordinal quantity. */
const ORDINAL = CENTURY | QUANTITY_START;
/** What digits may start. */
const DIGITS = DIGIT_FORMS | CENTURY | CLOCK | MONTH_DATE | OFFSET | QUANTITY_START;

const WORD_STARTS = new Map<string, number>();
const HEAD_STARTS = new Map<string, number>();
const BARE_STARTS = new Map<string, number>();
const add = (map: Map<string, number>, words: Iterable<string>, bits: number) => {
  for (const word of words) map.set(word, (map.get(word) ?? 0) | bits);
};
add(WORD_STARTS, ['noon', 'midnight'], CLOCK);
add(WORD_STARTS, PERIOD_PARTS, PERIOD_PART);
add(WORD_STARTS, ['overnight', ...DAY_PART_OPENERS], DAY_PART);
add(WORD_STARTS, ['the', 'earlier', 'later'], BESIDE_EVENT);
add(WORD_STARTS, PERIOD_MODIFIERS.keys(), RELATIVE);
add(WORD_STARTS, [...TIME_UNITS.keys(), 'weekend'], OFFSET);
add(WORD_STARTS, ['several', 'many', 'few', ...BARE_PERIODS], BARE_PERIOD);
add(WORD_STARTS, SEASONS, NAMED);
add(WORD_STARTS, NUMBER_OPENERS, NUMBER);
add(WORD_STARTS, QUALIFIER_FIRST_WORDS, QUANTITY_START);
// A currency sign is its own lower case.
add(WORD_STARTS, CURRENCY_SIGNS.keys(), QUANTITY_START);
// Lookups of a word before its hyphen ("twenty-five", "fourth-placed") and without its
// possessive ("today's", "Monday's"); the word itself is looked up in WORD_STARTS.
for (const map of [WORD_STARTS, HEAD_STARTS]) {
  add(map, ORDINALS.keys(), ORDINAL);
  add(map, SMALL_NUMBERS.keys(), NUMBER);
}
for (const map of [WORD_STARTS, BARE_STARTS]) {
  add(map, RELATIVE_DAYS.keys(), RELATIVE);
  add(map, MONTHS.keys(), MONTH_DATE);
  add(map, WEEKDAYS.keys(), WEEKDAY);
  add(map, HOLIDAYS, HOLIDAY);
}

// Read by the characters of the token's lower case (WordBits): a string-keyed Map hashed every
// token's new string in a call of its own, and the word before a hyphen or a possessive had to be
// cut out first; most tokens are words none of the finders start at.
const WORD_BITS = new WordBits(WORD_STARTS);
const HEAD_BITS = new WordBits(HEAD_STARTS);
const BARE_BITS = new WordBits(BARE_STARTS);

/**
 * The start bits of every token of a sentence: entry i is token i's. The result is a view of one
 * reused array, valid only until the next call (copy it to keep it): allocating a typed array for
 * every sentence cost as much as filling it.
 */
export function findStarts(tokens: readonly Token[]): Uint16Array {
  if (scratch.length < tokens.length) scratch = new Uint16Array(Math.max(tokens.length, 2 * scratch.length));
  const starts = scratch.subarray(0, tokens.length);
  for (let i = 0; i < starts.length; i++) starts[i] = startsAt(tokens, i);
  return starts;
}

let scratch = new Uint16Array(256);

function startsAt(tokens: readonly Token[], i: number): number {
  const { text, lower } = tokens[i]!;
  // The first character decides most: digits, a punctuation mark, a capital.
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return DIGITS;
  // The date finders never start at a punctuation mark; a currency sign starts a quantity. Marks
  // are a sixth of the tokens: none of the word tests below applies to them.
  if (isAsciiMark(text)) return WORD_BITS.get(lower) & QUANTITY_START;
  let bits = WORD_BITS.get(lower);
  // A hyphen inside a word has a letter on each side ("twenty-five").
  const dash = lower.length < 3 ? -1 : hyphenAt(lower);
  if (dash >= 0) bits |= HEAD_BITS.get(lower, 0, dash);
  if (hasPossessive(lower)) bits |= BARE_BITS.get(lower, 0, lower.length - 2);
  // "US$5".
  if (first === CAPITAL_U && text === 'US') bits |= QUANTITY_START;
  // Months, weekdays and holidays count only capitalised ("May", not "may"); a capital before
  // "Day" may be a holiday ("Labor Day").
  if (first < 128 ? first >= 65 && first <= 90 : startsUpper(text)) {
    if (bits & HOLIDAY || tokens[i + 1]?.text.startsWith('Day')) bits |= NAMED;
  } else bits &= ~(MONTH_DATE | WEEKDAY);
  return bits & ~HOLIDAY;
}

/**
 * `word.indexOf('-')`, read by char code: at every token, the call to the string built-in cost
 * more than reading the word's few characters.
 */
function hyphenAt(word: string): number {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) === HYPHEN) return k;
  return -1;
}

const HYPHEN = 45;
const CAPITAL_U = 85;
