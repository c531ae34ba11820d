import { CUE_MODIFIERS, NEGATIONS, SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import { isHonorific } from '../lexicon/titles.js';
import { MODALS } from '../lexicon/clause-words.js';
import { CARRY_ON } from './cues.js';
import { isCapitalised, type Token } from './tokens.js';
import { startsLower } from './char-class.js';
import { isLyAdverb, isShare, refine } from './phrase-refine.js';

/** A run of tokens `[from, to]` (inclusive indices into the block's tokens). */
export interface TokenRange {
  from: number;
  to: number;
}

/** Most words a speaker phrase may have; keeps the look-back bounded. */
export const MAX_PHRASE_WORDS = 9;
/** In a headline every word is capitalised, so the speaker is taken short: `Former Mayor Jane Porter`. */
const MAX_HEADLINE_PHRASE_WORDS = 4;
/** How far back an appositive (`Smith, a spokesman for X, said`) may reach. */
const MAX_APPOSITIVE_TOKENS = 18;

/** Words that end a speaker phrase when met going backwards: clause openers and conjunctions. */
export const PHRASE_BOUNDARIES: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'but', 'as', 'when', 'while', 'because', 'since', 'after', 'before', 'if', 'so', 'than',
  'although', 'though', 'where', 'and', 'or', 'yet', 'what', 'how', 'why', 'whether', 'until', 'unless', 'once',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'not', 'also', 'has', 'have', 'had', 'would', 'will', 'could',
]);

/** Words that open a described speaker after an inverted cue: `said the mayor`, `added one aide`. */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'other']);

/** Prepositions after which a backwards-collected phrase is only a modifier (`fighters inside the city`). */
const TRAILING_MODIFIERS = new Set(['inside', 'in', 'at', 'near', 'on', 'from', 'during', 'with', 'outside', 'across', 'after']);

const PUNCT_IN_PHRASE = new Set(['.', '-', '’', "'"]);

/** Returns the index of the first modifier-skipped token before `cue`, or -1 when the cue is negated. */
function skipModifiers(tokens: readonly Token[], cue: number, floor: number): number {
  let i = cue - 1;
  let steps = 0;
  while (i >= floor && steps < 4 && (CUE_MODIFIERS.has(tokens[i]!.lower) || NEGATIONS.has(tokens[i]!.lower) || cueAdverb(tokens[i]!) || continuesTo(tokens, i, floor))) {
    if (NEGATIONS.has(tokens[i]!.lower)) return -1;
    i -= continuesTo(tokens, i, floor) ? (tokens[i - 1]!.lower === 'on' ? 3 : 2) : 1;
    steps++;
  }
  return i;
}

/** `clearly`, `plainly`: a lower-case -ly adverb of the cue, not an -ly noun of its subject (`the family`). */
function cueAdverb(token: Token): boolean {
  return token.quote === -1 && isLyAdverb(token);
}

/** True at the `to` of `continued to <cue>` or `went on to <cue>`. */
function continuesTo(tokens: readonly Token[], i: number, floor: number): boolean {
  if (tokens[i]!.lower !== 'to' || i - 1 < floor) return false;
  return CARRY_ON.has(tokens[i - 1]!.lower) || (tokens[i - 1]!.lower === 'on' && i - 2 >= floor && GO_FORMS.has(tokens[i - 2]!.lower));
}

const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);

/** True when the cue is negated (`did not say`, `declined to say`), which is not speech. */
export function isNegated(tokens: readonly Token[], cue: number, floor: number): boolean {
  for (let i = cue - 1; i >= Math.max(floor, cue - 3); i--) if (NEGATIONS.has(tokens[i]!.lower)) return true;
  return false;
}

/**
 * The speaker phrase ending just before a cue: `Prime Minister Haider al-Abadi (had) told`,
 * `He (also) said`, `Smith, a spokesman for the agency, said`. Goes back over outside-quote tokens
 * to a boundary (punctuation, clause word) at most MAX_PHRASE_WORDS words, never before `floor`.
 */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number, headline = false): TokenRange | null {
  const maxWords = headline ? MAX_HEADLINE_PHRASE_WORDS : MAX_PHRASE_WORDS;
  // `"Q," Will wrote.`: a capitalised modal right before a past tense is no modal but a name.
  const modal = tokens[cue - 1];
  if (cue - 1 >= floor && modal && MODALS.has(modal.lower) && isCapitalised(modal) && modal.quote === -1 && PAST_CUE.test(tokens[cue]!.lower) && !tokens[cue - 2]?.word) return { from: cue - 1, to: cue - 1 };
  let i = skipModifiers(tokens, cue, floor);
  if (i < floor) return null;
  let t = tokens[i]!;
  if (t.lower === 'who' && i - 1 >= floor && tokens[i - 1]!.text === ',') i -= 1;
  t = tokens[i]!;
  // `Gov. John Kasich (R-OH) said`: step over a short parenthesis.
  if (t.text === ')') {
    let j = i - 1;
    while (j >= floor && j > i - 8 && tokens[j]!.text !== '(') j--;
    if (j >= floor && tokens[j]!.text === '(') i = j - 1;
    if (i < floor) return null;
    t = tokens[i]!;
  }
  if (t.text === ',') {
    // An appositive or relative clause between the name and the cue: jump over it.
    let j = i - 1;
    while (j >= floor && j > i - MAX_APPOSITIVE_TOKENS && tokens[j]!.text !== ',' && tokens[j]!.quote === -1) j--;
    if (j < floor || tokens[j]!.text !== ',') return null;
    const inner = tokens[j + 1];
    // `Smith, a spokesman for X, said`, `Smith, 45, said`: a description or an age.
    if (!inner || !(inner.lower === 'who' || inner.lower === 'a' || inner.lower === 'an' || inner.lower === 'the' || startsLower(inner.text) || isCapitalised(inner) || /^\p{N}+$/u.test(inner.text))) return null;
    i = j - 1;
    // `Seaman, who lives outside the state capital, Sacramento, said`: a place closing the
    // appositive after its own comma; the name is one comma further back.
    if (isCapitalised(inner) && j + 1 < cue && i >= floor && startsLower(tokens[i]!.text) && capitalisedRunBeforeCue(tokens, j + 1, cue)) {
      let k = i - 1;
      while (k >= floor && k > j - MAX_APPOSITIVE_TOKENS && tokens[k]!.text !== ',' && tokens[k]!.quote === -1) k--;
      if (k >= floor && tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'who') i = k - 1;
    }
    // `Cory James, 22, of Flint, Mich., said`: a home town and an age before the place are stepped over too.
    for (let steps = 0; steps < MAX_TAIL_SEGMENTS && isCapitalised(inner) && i >= floor; steps++) {
      let k = i;
      while (k >= floor && i - k < MAX_SEGMENT_TOKENS && tokens[k]!.text !== ',' && tokens[k]!.quote === -1) k--;
      if (k < floor || tokens[k]!.text !== ',' || !homeOrAge(tokens, k + 1, i)) break;
      i = k - 1;
    }
  }
  if (i < floor || tokens[i]!.quote !== -1) return null;
  if (SPEAKER_PRONOUNS.has(tokens[i]!.lower)) return { from: i, to: i };
  const to = i;
  let words = 0;
  while (i >= floor) {
    const tok = tokens[i]!;
    if (tok.quote !== -1) break;
    if (!tok.word) {
      if (!PUNCT_IN_PHRASE.has(tok.text) || i === to) break;
      // The stop of an honorific, an initial or an initialism (`U.S.`) stays inside the phrase.
      if (tok.text === '.' && !(i > floor && (isHonorific(tokens[i - 1]!.text) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(tokens[i - 1]!.text)))) break;
      i--;
      continue;
    }
    if (PHRASE_BOUNDARIES.has(tok.lower) && !(tok.lower === 'and' && i > floor && isCapitalised(tokens[i - 1]!) && isCapitalised(tokens[i + 1]!))) break;
    if (SPEAKER_PRONOUNS.has(tok.lower) && !(tok.lower === 'it')) break;
    if (++words > maxWords) break;
    i--;
  }
  let from = i + 1;
  while (from <= to && !tokens[from]!.word) from++;
  if (from > to) return null;
  return refine(tokens, trimModifiers(tokens, from, to));
}

/** Past tenses of saying: after a capitalised modal they make it a name (`Will wrote`). */
const PAST_CUE = /^(?:[a-z]+ed|said|told|wrote)$/;

/** Most comma segments (home town, age) stepped over after a place. */
const MAX_TAIL_SEGMENTS = 2;
/** Most tokens of such a segment: `of Grand Rapids`. */
const MAX_SEGMENT_TOKENS = 5;

/** `22` or `of Flint` (`from`, `in`): an age or a home town in an appositive, `[from, to]`. */
function homeOrAge(tokens: readonly Token[], from: number, to: number): boolean {
  if (from === to && /^\p{N}+$/u.test(tokens[from]!.text)) return true;
  if (!['of', 'from'].includes(tokens[from]!.lower) || from === to) return false;
  for (let k = from + 1; k <= to; k++) if (!tokens[k]!.word || !isCapitalised(tokens[k]!)) return false;
  return true;
}

/**
 * True when tokens `[from, cue)` are one to three capitalised words and the comma before the cue
 * (`..., Sacramento, said`): read as a place only where it closes an appositive after a lower-case word.
 */
function capitalisedRunBeforeCue(tokens: readonly Token[], from: number, cue: number): boolean {
  let k = from;
  while (k < cue && k - from < 3 && tokens[k]!.word && isCapitalised(tokens[k]!)) k++;
  return k > from && tokens[k]?.text === ',' && skipToCue(tokens, k + 1, cue);
}

/** Only cue modifiers (`also`, `has`) between `from` and the cue. */
function skipToCue(tokens: readonly Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if (!CUE_MODIFIERS.has(tokens[k]!.lower)) return false;
  return true;
}

/** `Islamic State fighters inside the city` -> `Islamic State fighters`: drop a trailing place or time phrase. */
function trimModifiers(tokens: readonly Token[], from: number, to: number): TokenRange {
  for (let k = from + 1; k <= to; k++) {
    if (TRAILING_MODIFIERS.has(tokens[k]!.lower) && !isShare(tokens, k)) return { from, to: k - 1 };
  }
  return { from, to };
}

/** The text of a token range, as written. */
export function rangeText(text: string, tokens: readonly Token[], range: TokenRange): string {
  return text.slice(tokens[range.from]!.start, tokens[range.to]!.end);
}
