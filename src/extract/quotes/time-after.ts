/**
 * A time written right after an inverted cue's speaker (`said the mayor on Monday`, `a CBS poll
 * released Monday`): it ends the speaker phrase and is no part of the speaker's name.
 */
import { AMBIGUOUS_MONTHS, DAY_PARTS, MONTHS, PERIODS, RELATIVE_DAYS, WEEKDAYS } from '../lexicon/calendar.js';
import { TIME_OPENERS } from '../lexicon/clause-words.js';
import { isCapitalised, type Token } from './tokens.js';

/** Words after which a weekday qualifies a noun (`a Wednesday editorial`, `the Monday Club`). */
const DAY_NOUN_OPENERS = new Set(['a', 'an', 'the', 'of', 'this', 'that', 'its', 'his', 'her', 'their']);

/** `Monday`, `yesterday`, `on Monday`, `last week`: a time at `i`, after the speaker phrase, not in it. */
export function timeAt(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]!.lower;
  const after = tokens[i + 1];
  // `USA TODAY`, `the Monday Club`, `a Tuesday interview`: a day word in a name or before a noun is no time.
  if (RELATIVE_DAYS.has(lower) && lower === tokens[i]!.text) return true;
  if (WEEKDAYS.has(lower) && !(after?.word && isCapitalised(after)) && !DAY_NOUN_OPENERS.has(tokens[i - 1]?.lower ?? '')) return true;
  const next = after?.lower ?? '';
  return TIME_OPENERS.has(lower) && (WEEKDAYS.has(next) || RELATIVE_DAYS.has(next) || DAY_PARTS.has(next) || PERIODS.has(next) || (MONTHS.has(next) && !AMBIGUOUS_MONTHS.has(next)));
}
