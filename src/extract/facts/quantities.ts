import { QUALIFIERS, WEIGHT_VERBS } from '../lexicon/numbers.js';
import { PHRASE_STOPS } from '../lexicon/phrase-stops.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_UNITS, TIME_UNITS } from '../lexicon/units.js';
import { parseNumber, parseOrdinal, ranksNoun, type ParsedNumber } from './numbers.js';
import { QUANTITY_START } from './start-bits.js';
import { rawFact, type RawFact } from './raw-fact.js';
import { isCapitalisedWord, isLettersWord, startsUpper } from './chars.js';
import { glued, phone } from './codes.js';
import type { Token } from './tokens.js';

const SUPERLATIVE = /^(?:\p{Ll}+est|most|least|best|worst|biggest|largest)$/u;
/** A token after which a capital is no sentence start: a word or a closing mark. */
const MID_SENTENCE = /^(?:\p{L}|[”’,);])/u;
/**
 * Number words that count only with a noun after them: "one" alone is a pronoun ("One
 * successfully hit", "the one who spoke"), never an amount.
 */
const WORD_ONLY_NUMBERS = new Set(['one']);

/**
 * Finds counts, numbers, money, percentages, measures, durations, ordinals and ranks in a
 * sentence's tokens, at the tokens `starts` (see starts.ts) marks as possible starts, skipping
 * tokens already `taken` by dates. One pass, bounded look-ahead.
 */
export function findQuantities(tokens: readonly Token[], taken: boolean[], starts: Uint16Array): RawFact[] {
  const facts: RawFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !(starts[i]! & QUANTITY_START)) continue;
    const found = quantityAt(tokens, i, taken);
    if (!found) continue;
    facts.push(found.fact);
    for (let j = found.from; j < found.next; j++) taken[j] = true;
    i = found.next - 1;
  }
  return facts;
}

interface Found {
  fact: RawFact;
  from: number;
  next: number;
}

function quantityAt(tokens: readonly Token[], i: number, taken: boolean[]): Found | null {
  const ordinal = rankAt(tokens, i);
  if (ordinal) return ordinal;
  // A qualifier ("up to", "about") and a currency sign may come first.
  const qualifier = qualifierAt(tokens, i);
  let at = qualifier ? qualifier.next : i;
  const sign = CURRENCY_SIGNS.get(tokens[at]?.text ?? '') ?? (tokens[at]?.text === 'US' && tokens[at + 1]?.text === '$' ? 'USD' : undefined);
  if (sign) at += tokens[at]?.text === 'US' ? 2 : 1;
  if (taken[at]) return null;
  const number = parseNumber(tokens, at);
  if (!number) return null;
  if (insideName(tokens, at, number)) return null;
  const from = i;
  const base = {
    approx: qualifier?.approx ?? number.vague,
    value: number.value,
    min: number.min,
    max: null as number | null,
  };
  if (qualifier?.bound === 'min' && number.value !== null) base.min = number.value;
  if (qualifier?.bound === 'max' && number.value !== null) base.max = number.value;
  let next = number.next;
  // "90-plus minutes": more than the number, then its unit.
  if (!qualifier && number.value !== null && tokens[next]?.text === '-' && !tokens[next]!.spaced && tokens[next + 1]?.lower === 'plus' && !tokens[next + 1]!.spaced) {
    Object.assign(base, { approx: 'more than', min: number.value });
    next += 2;
  }

  // A score: "won 2-1", "a 3-3 draw" — two small numbers joined by a hyphen, the second not
  // larger than the first or next to a word of sport or voting.
  const score = scoreAt(tokens, at, number);
  if (score && !qualifier && !sign) return { fact: rawFact('number', tokens[at]!.start, tokens[score]!.end, { unit: 'score' }), from: at, next: score + 1 };

  // A range: "10 to 15", "10-15", "between 10 and 15".
  const joiner = tokens[next];
  if (joiner && number.value !== null && (joiner.text === '-' || joiner.text === '–' || joiner.lower === 'to' || (joiner.lower === 'and' && tokens[from - 1]?.lower === 'between'))) {
    const upper = parseNumber(tokens, next + 1);
    if (upper?.value != null && upper.value > number.value && upper.digits === number.digits) {
      base.min = number.value;
      base.max = upper.value;
      base.value = null;
      next = upper.next;
    }
  }
  const make = (type: RawFact['type'], end: number, fields: Partial<RawFact>): Found => ({
    fact: rawFact(type, tokens[from]!.start, tokens[end - 1]!.end, { ...base, ...fields }),
    from,
    next: end,
  });
  const scaled = (factor: number) => ({ value: times(base.value, factor), min: times(base.min, factor), max: times(base.max, factor) });

  if (sign) return make('money', next, { unit: sign });
  const after = tokens[next];
  const unitWord = number.hyphenUnit ?? (after && !number.fraction ? after.lower : '');
  const unitEnd = number.hyphenUnit ? next : next + 1;
  // Percentages: "40%", "5.2 per cent", "3 percentage points".
  if (after?.text === '%' || unitWord === 'percent') return make('percent', unitEnd, { unit: '%' });
  if (unitWord === 'per' && tokens[next + 1]?.lower === 'cent') return make('percent', next + 2, { unit: '%' });
  if (unitWord === 'percentage' && tokens[next + 1]?.lower === 'points') return make('percent', next + 2, { unit: 'pp' });
  // "weighs 236 pounds": a weight, read below as a measure in lb.
  const weight = /^pounds?$/.test(unitWord) && WEIGHT_VERBS.has(tokens[from - 1]?.lower ?? '');
  const currency = weight ? undefined : CURRENCY_WORDS.get(unitWord);
  if (currency && (unitWord !== 'p' || (after && !after.spaced))) return make('money', unitEnd, { unit: currency.code, ...scaled(currency.factor) });
  // "22-year-old": an age, a number with its unit.
  if (after?.text === '-' && !after.spaced && /^(?:year|month|week)s?-old$/.test(tokens[next + 1]?.lower ?? '')) {
    return make('number', next + 2, { unit: tokens[next + 1]!.lower.replace(/s-/, '-') });
  }
  const hyphenated = !number.hyphenUnit && after?.text === '-' && !after.spaced ? tokens[next + 1]?.lower : undefined;
  const twoWord = `${unitWord} ${tokens[next + 1]?.lower ?? ''}`;
  const measureTwo = MEASURE_UNITS.get(twoWord);
  const measure = measureTwo ?? MEASURE_UNITS.get(weight ? 'lb' : hyphenated ?? unitWord);
  const singleLetter = (hyphenated ?? unitWord).length === 1;
  // One-letter units ("C", "F") only glued to digits: "20C", not "Group C".
  if (measure && (number.value !== null || base.min !== null)) {
    if (!singleLetter || (after && !after.spaced && number.digits)) {
      const end = measureTwo ? next + 2 : hyphenated ? next + 2 : unitEnd;
      // SI values keep the precision the text had: three significant digits at least ("12 miles" -> 19.3 km).
      const digits = Math.max(3, String(base.value ?? base.max ?? base.min ?? '').replace(/\D/g, '').length);
      const si = (v: number | null) => (v === null ? null : Number((v * measure!.factor + (measure!.offset ?? 0)).toPrecision(digits)));
      const normalizedValue = si(base.value ?? base.max ?? base.min);
      return make('measure', end, { unit: measure.symbol, normalized: normalizedValue === null ? null : { value: normalizedValue, unit: measure.si } });
    }
  }
  const time = TIME_UNITS.get(hyphenated ?? unitWord);
  if (time && !number.fraction) {
    if (number.value === 1 && ['once', 'twice', 'per'].includes(tokens[from - 1]?.lower ?? '')) return null;
    const end = hyphenated ? next + 2 : unitEnd;
    const seconds = base.value === null ? null : base.value * time.seconds;
    return make('duration', end, { unit: time.unit, normalized: seconds === null ? null : { value: seconds, unit: 's' } });
  }
  if (number.hyphenUnit) return make('number', next, { unit: number.hyphenUnit });
  if (number.fraction) return make('number', next, {});

  // What is counted: "dozens of X", "nine suicide car bombs".
  const ofAt = number.vague && after?.lower === 'of' ? next + 1 : next;
  const noun = nounPhrase(tokens, ofAt, ofAt === next && !number.vague);
  const wordOnly = !number.digits && WORD_ONLY_NUMBERS.has(tokens[at]!.lower);
  if (noun) {
    const entity = tokens.slice(noun.from, noun.next).map((token) => token.text).join(' ');
    return make('count', noun.next, { entity });
  }
  if (number.vague) return make('count', next, {});
  if (wordOnly) return null;
  return make('number', next, {});
}

const SCORE_CUES = /^(?:won|win|wins|winning|lost|lose|loses|beat|beats|drew|draw|victory|defeat|lead|led|trail|trailed|vote|votes|decision|margin|scoreline|thrashing|triumph)$/;

/** Index of the second number of a score starting at `at`, or null. */
function scoreAt(tokens: readonly Token[], at: number, number: ParsedNumber): number | null {
  const dash = tokens[at + 1];
  const second = tokens[at + 2];
  if (!number.digits || number.value === null || !Number.isInteger(number.value) || number.value > 200) return null;
  // "a 2-to-1 vote": the second number follows "-to-".
  if (dash && !dash.spaced && /^[-–]$/.test(dash.text) && tokens[at + 2]?.lower === 'to' && !tokens[at + 2]!.spaced && tokens[at + 3]?.text === dash.text && /^\d{1,3}$/.test(tokens[at + 4]?.text ?? '') && !tokens[at + 4]!.spaced) return at + 4;
  if (!dash || dash.spaced || !/^[-–]$/.test(dash.text) || !second || second.spaced || !/^\d{1,3}$/.test(second.text)) return null;
  const cue = [at - 3, at - 2, at - 1, at + 3, at + 4].some((k) => SCORE_CUES.test(tokens[k]?.lower ?? ''));
  return cue || Number(second.text) <= number.value ? at + 2 : null;
}

/** "second largest city" (rank), "22nd", "fourth-placed" (ordinal); not "a second" (time). */
function rankAt(tokens: readonly Token[], i: number): Found | null {
  const ordinal = parseOrdinal(tokens, i);
  if (!ordinal) return null;
  const before = tokens[i - 1]?.lower ?? '';
  // "a second week" ranks the week; "a second later" is time.
  if (tokens[i]!.lower === 'second' && /^(?:a|one|per|split)$/.test(before) && !(before === 'a' && ranksNoun(tokens, i - 1))) return null;
  if (startsUpper(tokens[i]!.text) && i > 0 && startsUpper(tokens[i - 1]?.text ?? '')) return null; // "World War Two", "Henry VIII"-like names
  const superlative = tokens[ordinal.next];
  if (superlative && SUPERLATIVE.test(superlative.lower)) {
    const noun = nounPhrase(tokens, ordinal.next + 1);
    const next = noun ? noun.next : ordinal.next + 1;
    const entity = noun ? tokens.slice(noun.from, noun.next).map((token) => token.text).join(' ') : null;
    return { fact: rawFact('rank', tokens[i]!.start, tokens[next - 1]!.end, { value: ordinal.value, entity }), from: i, next };
  }
  return { fact: rawFact('ordinal', tokens[i]!.start, tokens[ordinal.next - 1]!.end, { value: ordinal.value }), from: i, next: ordinal.next };
}

// The qualifiers by their first word, in lexicon order: one lookup per token instead of a walk
// over the whole list.
const QUALIFIERS_BY_FIRST = new Map<string, typeof QUALIFIERS>();
for (const qualifier of QUALIFIERS) QUALIFIERS_BY_FIRST.set(qualifier.words[0]!, [...(QUALIFIERS_BY_FIRST.get(qualifier.words[0]!) ?? []), qualifier]);
/** The words a qualifier starts with; read by starts.ts. */
export const QUALIFIER_FIRST_WORDS: ReadonlySet<string> = new Set(QUALIFIERS_BY_FIRST.keys());

function qualifierAt(tokens: readonly Token[], i: number): { approx: string; bound: 'min' | 'max' | null; next: number } | null {
  for (const qualifier of QUALIFIERS_BY_FIRST.get(tokens[i]?.lower ?? '') ?? []) {
    if (qualifier.words.every((word, k) => tokens[i + k]?.lower === word)) {
      const next = i + qualifier.words.length;
      // Only a qualifier when a number follows ("over 40", not "over the border").
      const sign = CURRENCY_SIGNS.has(tokens[next]?.text ?? '') ? 1 : 0;
      if (parseNumber(tokens, next + sign)) return { approx: qualifier.approx, bound: qualifier.bound, next };
    }
  }
  return null;
}

/** Digits right after a capitalised word mid-sentence are part of a name ("Channel 4", "Flight 370"). */
function insideName(tokens: readonly Token[], at: number, number: ParsedNumber): boolean {
  const before = tokens[at - 1];
  // "9/11", "24/7": numbers around a slash are dates or idioms, not amounts.
  if (tokens[at + 1]?.text === '/' && !tokens[at + 1]!.spaced) return true;
  if (before?.text === '/' && !tokens[at]!.spaced) return true;
  if (number.digits && (glued(tokens, at) || phone(tokens, at))) return true;
  // "EB-5", "F-16", "COVID-19": digits glued by a hyphen to a capitalised word are a name.
  if (before?.text === '-' && !before.spaced && !tokens[at]!.spaced && startsUpper(tokens[at - 2]?.text ?? '')) return true;
  // "Ground Zero", "Formula One": a capitalised number word after a capitalised word.
  // "Zero Hedge said", "in Round Two": mid-sentence, a capitalised number word next to a capitalised word.
  if (!number.digits && startsUpper(tokens[at]!.text) && at >= 1 && (startsUpper(before?.text ?? '') || (MID_SENTENCE.test(before!.text) && startsUpper(tokens[number.next]?.text ?? '')))) return true;
  // A decimal is an amount even after a name ("HuffPollster 4.3 points").
  if (!number.digits || !before || at - 1 === 0 || /\./.test(tokens[at]!.text)) return false;
  // "I 50 points ahead": the pronoun is no name.
  // A capitalised word of letters only is a name a number may belong to ("Channel 4").
  return isCapitalisedWord(before.text) && !/^(?:US|UK|EU|I)$/.test(before.text) && (tokens[at]!.text.length <= 3 || !before.spaced);
}

/**
 * The noun phrase a number counts: up to five words that are not function words or adverbs.
 * A word ending in -ed or -ing is kept only when another word of the phrase follows it
 * ("armoured vehicles"), so that "people killed in" stops at "people" — or, for -ing, when it
 * comes right after the number (`afterNumber`: "one shooting", not "tens of millions flowing").
 */
export function nounPhrase(tokens: readonly Token[], from: number, afterNumber = false): { from: number; next: number } | null {
  let next = from;
  // A counted noun phrase is made of words of letters, inner apostrophes and hyphens.
  const word = (token: Token | undefined) => token !== undefined && isLettersWord(token.text) && !PHRASE_STOPS.has(token.lower) && !token.lower.endsWith('ly') && !TIME_UNITS.has(token.lower);
  while (next < from + 5 && word(tokens[next])) {
    const token = tokens[next]!;
    // Right after the number a word in -ing is the noun itself ("one shooting", "one thing").
    if ((token.lower.endsWith('ed') || token.lower.endsWith('ing')) && !word(tokens[next + 1]) && !(afterNumber && next === from && token.lower.endsWith('ing'))) break;
    next += 1;
  }
  return next > from ? { from, next } : null;
}

function times(value: number | null, factor: number): number | null {
  return value === null ? null : round(value * factor);
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
