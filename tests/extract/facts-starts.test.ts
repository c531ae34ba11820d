import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_PARTS, HOLIDAYS, MONTHS, PERIODS, RELATIVE_DAYS, SEASONS, WEEKDAYS } from '../../src/extract/lexicon/calendar.js';
import { ORDINALS, QUALIFIERS, SCALES, SMALL_NUMBERS, VAGUE_PLURALS } from '../../src/extract/lexicon/numbers.js';
import { CURRENCY_SIGNS, TIME_UNITS } from '../../src/extract/lexicon/units.js';
import { isAsciiMark } from '../../src/extract/facts/chars.js';
import { findDates } from '../../src/extract/facts/dates.js';
import { findQuantities } from '../../src/extract/facts/quantities.js';
import { DATE_START, QUANTITY_START } from '../../src/extract/facts/start-bits.js';
import { findStarts } from '../../src/extract/facts/starts.js';
import { tokenize } from '../../src/extract/facts/tokens.js';

/**
 * findStarts lets the finders skip tokens they cannot start at. Skipping must never change what
 * they find: on random sentences over the words the finders look for (in every case, with
 * possessives and hyphens), the facts are the same as with every finder tried at every token
 * (marks aside, which the date finders never started at).
 */
const CALENDAR = [...DAY_PARTS, ...MONTHS.keys(), ...WEEKDAYS.keys(), ...HOLIDAYS, ...SEASONS, ...PERIODS, ...RELATIVE_DAYS.keys(), 'weekend', 'noon', 'midnight', 'overnight'];
const NUMBERS = [...SMALL_NUMBERS.keys(), ...ORDINALS.keys(), ...SCALES.keys(), ...VAGUE_PLURALS.keys(), ...QUALIFIERS.flatMap((q) => q.words), 'a', 'an', 'several', 'half', 'twenty-five', 'fourth-placed', 'two-thirds', 'four-and-a-half', 'percent', 'per', 'cent'];
const WORDS = [...CALENDAR, ...NUMBERS, ...TIME_UNITS.keys(), 'the', 'that', 'this', 'last', 'next', 'coming', 'early', 'late', 'earlier', 'later', 'end', 'of', 'in', 'ago', 'from', 'now', 'before', 'after', 'many', 'few', 'hours', 'years', 'Day', "o'clock", 'pm', 'a.m.', 'st', 'th', 'century', 'people', 'Labor', 'Channel', 'US'];
const OTHERS = ['12', '2016', '3:30', '9/17/16', '1,200', '21st', '1990s', "'80s", '2004-05', '40%', '-', ',', '.', '(', '$', '£', 'US$5'];
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
// The short words the forms are built around, drawn more often so that they meet.
const GLUE = ['the', 'a', 'of', 'in', 'last', 'next', 'ago', 'before', 'after', 'day', 'morning', 'years', 'early', '12', 'Day'];
const word = fc.oneof(
  { arbitrary: fc.constantFrom(...GLUE), weight: 4 },
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map(capitalise),
  fc.constantFrom(...CALENDAR).map((w) => `${capitalise(w)}'s`),
  fc.constantFrom(...OTHERS),
);
const sentences = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const PUBLISHED = new Date(2016, 9, 20);

/** What a finder returns, or the error it throws: skipping must not change either. */
function outcome<T>(run: () => T): T | { threw: string } {
  try {
    return run();
  } catch (error) {
    return { threw: String(error) };
  }
}

describe('finder starts', () => {
  it('skipping tokens no finder starts at finds the same facts as trying every token', () => {
    fc.assert(fc.property(sentences, (text) => {
      const tokens = tokenize(text, 0);
      const every = Uint16Array.from(tokens, (token) => (isAsciiMark(token.text) ? QUANTITY_START : DATE_START | QUANTITY_START));
      const takenAll = tokens.map(() => false);
      const takenSome = tokens.map(() => false);
      const starts = findStarts(tokens);
      expect(outcome(() => findDates(tokens, PUBLISHED, takenSome, starts))).toEqual(outcome(() => findDates(tokens, PUBLISHED, takenAll, every)));
      expect(outcome(() => findQuantities(tokens, takenSome, starts))).toEqual(outcome(() => findQuantities(tokens, takenAll, every)));
    }), { numRuns: 6000 });
  });
});

describe('findStarts result', () => {
  const short = tokenize('On Monday 12 people left.', 0);
  const long = tokenize(Array.from({ length: 300 }, (_, k) => (k % 3 === 0 ? 'May' : k % 3 === 1 ? String(k) : 'the')).join(' '), 0);

  it.each([
    ['a long sentence, then a short one', long, short],
    ['a short sentence, then one longer than the reused array', short, long],
  ])('has one entry per token, and a copy of it outlives the next call: %s', (_, first, second) => {
    const kept = findStarts(first).slice();
    expect(kept).toHaveLength(first.length);
    expect(findStarts(second)).toHaveLength(second.length);
    // A fresh computation of the first sentence, after the second overwrote the array.
    expect(findStarts(first)).toEqual(kept);
  });
});
