import { codePointWithin, codeUnits, isAlnumCode, isSpaceCode, startsUpper } from './char-class.js';
import { lowerCased } from '../../structure/char-classes.js';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words.js';

/** A word or a punctuation mark of a block, with its place. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the marked span (within the block) holding this token, or -1 outside quotes. */
  quote: number;
  /** 0-based sentence of the block the token starts in. */
  sentence: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

/** Words keep inner hyphens, apostrophes, dots and ampersands: `al-Abadi`, `don't`, `U.S`, `AT&T`. */
const MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„']);

/** `[-'’.&]`: a character that joins two runs of letters and digits into one word. */
function isJoinerCode(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38;
}

/** `[A-Za-z0-9]`: the letters and digits most tokens are made of, decided without a table. */
export function isAsciiAlnumCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** End of the run of letters and digits from `i`; ASCII is read by char code alone. */
function alnumRunEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (!isAsciiAlnumCode(code)) return i;
      i++;
      continue;
    }
    const cp = codePointWithin(text, i, to);
    if (!isAlnumCode(cp)) return i;
    i += codeUnits(cp);
  }
  return i;
}

/**
 * End of the word starting at `i` (its first character a letter or digit), as the regex
 * `[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*` would match it. A hand-written scan: the regex with
 * its match objects was the tokeniser's main cost.
 */
export function wordEnd(text: string, i: number, to: number): number {
  let end = alnumRunEnd(text, i, to);
  // A joiner counts only with a letter or digit after it (`U.S.` ends before its last dot).
  while (end + 1 < to && isJoinerCode(text.charCodeAt(end)) && isAlnumCode(codePointWithin(text, end + 1, to))) end = alnumRunEnd(text, end + 1, to);
  return end;
}

/**
 * Tokenises `text.slice(from, to)` in one pass. `quoteAt` and `sentenceAt` are sorted span lists
 * walked alongside, so labelling each token costs nothing extra.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: readonly { open: number; close: number }[],
  sentences: readonly { start: number; end: number }[],
): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let s = 0;
  let start = from;
  while (start < to) {
    const code = text.charCodeAt(start);
    // ASCII decided by char code: a space, a letter or digit, or punctuation of one unit.
    const cp = code < 128 ? code : codePointWithin(text, start, to);
    if (code < 128 ? code === 32 || (code >= 9 && code <= 13) : isSpaceCode(cp)) {
      start += codeUnits(cp);
      continue;
    }
    const word = code < 128 ? isAsciiAlnumCode(code) : isAlnumCode(cp);
    const end = word ? wordEnd(text, start, to) : start + codeUnits(cp);
    const token = text.slice(start, end);
    while (q < quotes.length && quotes[q]!.close <= start) q++;
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= start) s++;
    const inQuote = q < quotes.length && quotes[q]!.open < start && start < quotes[q]!.close;
    // ASCII punctuation has no case, and of it only `"` and `'` are marks.
    const asciiMark = code === 34 || code === 39;
    const isMark = q < quotes.length && !word && (code < 128 ? asciiMark : MARKS.has(token)) && (start === quotes[q]!.open || end === quotes[q]!.close);
    const lower = !word && code < 128 ? token : lowerCased(token);
    tokens.push({ text: token, lower, start, end, quote: inQuote && !isMark ? q : -1, sentence: s, word });
    start = end;
  }
  return tokens;
}

/** True for a token that starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return startsUpper(token.text);
}

/**
 * True for a lower-case word that reads as a finite verb: an auxiliary, or a form in `-ed` or `-s`
 * (`visited`, `visits`). After a signature's closing comma it makes the line narration, where a
 * preposition, `and` or a relative (`, in a speech`, `, and chair of`) goes on with the signature.
 */
export function isFiniteVerb(token: Token | undefined): boolean {
  if (!token || !token.word || isCapitalised(token)) return false;
  const w = token.lower;
  return FINITE_AUXILIARIES.has(w) || w.endsWith('ed') || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'));
}
