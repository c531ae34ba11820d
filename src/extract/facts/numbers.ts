import { FRACTIONS, NUMBER_IDIOMS, ORDINALS, SCALES, SMALL_NUMBERS, VAGUE_PLURALS } from '../lexicon/numbers.js';
import { TIME_UNITS } from '../lexicon/units.js';
import { beforeHyphen, startsDigit } from './chars.js';
import { AFTER_A_SECOND, PLURAL_FRACTIONS, TIME_AFTER_A_PERIOD } from './fraction-words.js';
import type { Token } from './tokens.js';

/** A number read at a token: exact (`value`), vague (`min` only) or a proportion. */
export interface ParsedNumber {
  /** Index of the first token after the number. */
  next: number;
  value: number | null;
  min: number | null;
  /** Set when the number was a vague plural or "a few": the approx word to report. */
  vague: string | null;
  /** True for fractions ("two-thirds", "half"): values are proportions. */
  fraction: boolean;
  /** A unit glued on by a hyphen ("12-mile", "two-year"): the unit word. */
  hyphenUnit: string | null;
  /** True when written in digits. */
  digits: boolean;
}

const DIGITS = /^\d+(?:[.,]\d+)*$/;

/** Reads "1,200" / "1.5" / "3,5" (decimal comma only when not a group of three). */
export function parseDigits(text: string): number | null {
  // Most tokens are words: a first-character check spares them the regex.
  if (!startsDigit(text) || !DIGITS.test(text)) return null;
  const groups = text.split(',');
  const thousands = groups.length > 1 && groups.slice(1).every((group) => /^\d{3}(?:\.\d+)?$/.test(group));
  const value = Number(thousands ? groups.join('') : text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Reads a number word, hyphenated tens included ("twenty-five"); null when it is not one. */
export function parseNumberWord(lower: string): number | null {
  const direct = SMALL_NUMBERS.get(lower);
  if (direct !== undefined) return direct;
  // Without a hyphen only the direct lookup can match: skip building the parts.
  if (!lower.includes('-')) return null;
  const [tens, ones, ...rest] = lower.split('-');
  if (rest.length > 0 || tens === undefined || ones === undefined) return null;
  const t = SMALL_NUMBERS.get(tens);
  const o = SMALL_NUMBERS.get(ones);
  return t !== undefined && o !== undefined && t >= 20 && t % 10 === 0 && o < 10 ? t + o : null;
}

/** An ordinal word or `22nd` written as digits and suffix; null otherwise. */
export function parseOrdinal(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const word = ORDINALS.get(beforeHyphen(token.lower));
  if (word !== undefined) return { value: word, next: i + 1 };
  const suffix = tokens[i + 1];
  if (startsDigit(token.text) && DIGITS.test(token.text) && suffix && !suffix.spaced && /^(?:st|nd|rd|th)$/.test(suffix.lower)) {
    return { value: Number(token.text), next: i + 2 };
  }
  return null;
}

const exact = (next: number, value: number, digits: boolean, hyphenUnit: string | null = null): ParsedNumber => ({
  next, value, min: null, vague: null, fraction: false, hyphenUnit, digits,
});

/**
 * Reads the number that starts at token `i`: digits with an optional scale ("1.5bn",
 * "3 million"), number words with scales ("two hundred", "a million"), "a dozen", vague plurals
 * ("dozens", "tens of thousands"), "a few thousand", and fractions ("two-thirds", "half").
 * Returns null when no number starts there. Looks ahead at most four tokens.
 */
export function parseNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  // The date finders, the quantity finder and its qualifiers all ask about the same positions:
  // the answers for the sentence last asked about are kept (tokens are never changed once made,
  // and no caller changes a ParsedNumber).
  if (tokens !== memoTokens) {
    memoTokens = tokens;
    memo.length = 0;
  }
  let parsed = memo[i];
  if (parsed === undefined) memo[i] = parsed = readNumber(tokens, i);
  return parsed;
}

let memoTokens: readonly Token[] | null = null;
const memo: Array<ParsedNumber | null | undefined> = [];

/** Words a number may start with besides the number words themselves (see readNumber); read by starts.ts too. */
export const NUMBER_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'several', 'half', ...VAGUE_PLURALS.keys()]);

/** Words between "a" and a unit of time that leave it one unit long ("a single year", "an extra week"). */
const ONE_UNIT_MODIFIERS: ReadonlySet<string> = new Set(['single', 'full', 'whole', 'extra', 'further']);

/**
 * False when no number can start at this token, so `parseNumber` there is null: not digits, not a
 * number word (nor one with something hyphenated to it), not "a", "several", "half" or a vague
 * plural. Most tokens are rejected with a character test and one or two lookups.
 */
function mayStartNumber(token: Token): boolean {
  return startsDigit(token.text) || NUMBER_OPENERS.has(token.lower) || SMALL_NUMBERS.has(beforeHyphen(token.lower));
}

function readNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  const token = tokens[i];
  if (!token || !mayStartNumber(token)) return null;
  const next = tokens[i + 1];
  const digits = parseDigits(token.text);
  if (digits !== null) return outOf(tokens, withScale(tokens, andAHalf(tokens, exact(i + 1, digits, true)), true));

  // "two-thirds", "twelve-mile", "two-year": a number word with something glued by a hyphen.
  const parts = token.lower.includes('-') ? token.lower.split('-') : null;
  if (parts && NUMBER_IDIOMS.has(token.lower)) return null;
  // "four-and-a-half": a number word and a half.
  if (parts?.length === 4 && token.lower.endsWith('-and-a-half')) {
    const whole = parseNumberWord(parts[0]!);
    if (whole !== null) return exact(i + 1, whole + 0.5, false);
  }
  if (parts?.length === 2) {
    const head = parseNumberWord(parts[0]!);
    const fraction = FRACTIONS.get(parts[1]!);
    if (head !== null && fraction !== undefined && head < 10) return { ...exact(i + 1, head * fraction, false), fraction: true };
    if (head !== null && parseNumberWord(token.lower) === null) return exact(i + 1, head, false, parts[1]!);
  }
  const word = parseNumberWord(token.lower);
  if (word !== null) return outOf(tokens, wordFraction(tokens, i, word) ?? withScale(tokens, andAHalf(tokens, exact(i + 1, word, false)), false));

  if (token.lower === 'a' || token.lower === 'an') {
    if (!next) return null;
    const scale = SCALES.get(next.lower);
    if (scale !== undefined && /^[a-z]{4,}$/.test(next.lower)) return exact(i + 2, scale, false);
    if (next.lower === 'dozen') return exact(i + 2, 12, false);
    // "a pair of students", "a couple of days": two, and the noun follows "of".
    if ((next.lower === 'pair' || next.lower === 'couple') && tokens[i + 2]?.lower === 'of') return exact(i + 3, 2, false);
    // "a single year", "an extra week": still one unit of time.
    const unit = tokens[i + 2];
    if (ONE_UNIT_MODIFIERS.has(next.lower) && unit && TIME_UNITS.has(unit.lower) && !unit.lower.endsWith('s')) return exact(i + 2, 1, false);
    // "a day", "a week before": one of a unit of time; the unit is read by the caller.
    // Not "a second week", "a second term": there "second" ranks the noun after it.
    if (TIME_UNITS.has(next.lower) && !next.lower.endsWith('s') && !(next.lower === 'second' && ranksNoun(tokens, i))) return exact(i + 1, 1, false);
    const fraction = FRACTIONS.get(next.lower);
    // "A quarter later": three months (see wordFraction), no proportion.
    if (next.lower === 'quarter' && TIME_AFTER_A_PERIOD.has(tokens[i + 2]?.lower ?? '')) return null;
    if (fraction !== undefined && next.lower !== 'second' && !(ORDINALS.has(next.lower) && ranksNoun(tokens, i))) return { ...exact(i + 2, fraction, false), fraction: true };
    if (next.lower === 'few') {
      const scaleAfter = tokens[i + 2] && SCALES.get(tokens[i + 2]!.lower);
      if (scaleAfter && scaleAfter >= 100) return { ...exact(i + 3, 0, false), value: null, min: 2 * scaleAfter, vague: 'a few' };
    }
    return null;
  }
  // "several hundred guests": at least three of the scale, as "a few thousand" is two.
  if (token.lower === 'several' && next && /^[a-z]{4,}$/.test(next.lower) && (SCALES.get(next.lower) ?? 0) >= 100) {
    return { ...exact(i + 2, 0, false), value: null, min: 3 * SCALES.get(next.lower)!, vague: 'several' };
  }
  if (token.lower === 'half') return { ...exact(i + 1, 0.5, false), fraction: true };
  // "another day", "another week": one more unit of time (a count after it is read on its own: "another 500").
  if (token.lower === 'another') return next && TIME_UNITS.has(next.lower) && !next.lower.endsWith('s') ? exact(i + 1, 1, false) : null;

  const vague = VAGUE_PLURALS.get(token.lower);
  if (vague !== undefined) {
    // "tens of thousands", "hundreds of millions": the second plural multiplies.
    const of = tokens[i + 1];
    const inner = tokens[i + 2] && VAGUE_PLURALS.get(tokens[i + 2]!.lower);
    if (of?.lower === 'of' && inner !== undefined && inner >= 2000) {
      return { ...exact(i + 3, 0, false), value: null, min: (vague / 2) * inner, vague: `${token.lower} of ${tokens[i + 2]!.lower}` };
    }
    if (token.lower === 'tens' || token.lower === 'scores') {
      if (of?.lower !== 'of') return null;
    }
    return { ...exact(i + 1, 0, false), value: null, min: vague, vague: token.lower };
  }
  return null;
}

/**
 * True when a singular noun follows "a second" or "a third", the article at `a` ("a second week",
 * "a third term"): the ordinal ranks it, and is no length of time or fraction. After "by" or
 * "than" it is a share whatever follows ("fell by a third nationally", "less than a fifth").
 */
export function ranksNoun(tokens: readonly Token[], a: number): boolean {
  const token = tokens[a + 2];
  if (token === undefined || !/^[a-z]+$/.test(token.text) || AFTER_A_SECOND.has(token.lower)) return false;
  const before = tokens[a - 1]?.lower;
  if (before === 'by' || before === 'than') return false;
  // A verb in -ed or -s ("a third said", "a third agrees") counts a share; the ranked noun is
  // singular ("a third term"; "a second class" ends in -ss).
  const { text } = token;
  return !text.endsWith('ed') && !(text.endsWith('s') && !text.endsWith('ss'));
}

/**
 * "one third", "two thirds", "three quarters": a small number word, then a fraction word (singular
 * after one, plural after more), is a proportion. "two quarters" is left alone: it may be time.
 */
function wordFraction(tokens: readonly Token[], i: number, word: number): ParsedNumber | null {
  const after = tokens[i + 1];
  if (!after || word < 1 || word > 9 || !Number.isInteger(word)) return null;
  const fraction = FRACTIONS.get(after.lower);
  if (fraction === undefined || after.lower === 'second') return null;
  // "One quarter later": a quarter is also three months, and a time word after it says so.
  if (after.lower.startsWith('quarter') && TIME_AFTER_A_PERIOD.has(tokens[i + 2]?.lower ?? '')) return null;
  const plural = after.lower.endsWith('s');
  if (word === 1 ? plural : !(PLURAL_FRACTIONS.has(after.lower) || (after.lower === 'quarters' && word === 3))) return null;
  return { ...exact(i + 2, word * fraction, false), fraction: true };
}

/** "Eight out of 10 (voters)": a count out of a whole is a proportion. */
function outOf(tokens: readonly Token[], parsed: ParsedNumber): ParsedNumber {
  const { next, value } = parsed;
  if (value === null || parsed.fraction || tokens[next]?.lower !== 'out' || tokens[next + 1]?.lower !== 'of') return parsed;
  const whole = tokens[next + 2];
  const total = whole ? (parseDigits(whole.text) ?? parseNumberWord(whole.lower)) : null;
  if (total === null || total === 0 || total < value) return parsed;
  return { ...parsed, next: next + 3, value: value / total, fraction: true, hyphenUnit: null };
}

/**
 * "seven and a half (years)": the half joins the whole number before it. Callers read it before
 * any scale word, so "two and a half million" is 2.5 million.
 */
function andAHalf(tokens: readonly Token[], parsed: ParsedNumber): ParsedNumber {
  const { next, value } = parsed;
  if (value === null || tokens[next]?.lower !== 'and' || tokens[next + 1]?.lower !== 'a' || tokens[next + 2]?.lower !== 'half') return parsed;
  return { ...parsed, next: next + 3, value: value + 0.5 };
}

/** Applies a scale after a number: "1.5bn" (glued) or "3 million" / "two hundred thousand". */
function withScale(tokens: readonly Token[], parsed: ParsedNumber, digits: boolean): ParsedNumber {
  let { next, value } = parsed;
  for (let step = 0; step < 2 && value !== null; step++) {
    const token = tokens[next];
    if (!token) break;
    const scale = SCALES.get(token.lower);
    if (scale === undefined) break;
    // Short suffixes (m, bn, k) only count glued to digits: "3.2m", not "3 m".
    const short = !/^[a-z]{4,}$/.test(token.lower);
    if (short && (!digits || token.spaced || step > 0)) break;
    value *= scale;
    next += 1;
  }
  return { ...parsed, next, value };
}
