import { isLetterCode, isNumberCode } from '../structure/char-classes.js';
import { finishHash, FNV_OFFSET, FNV_PRIME } from '../structure/word-bits.js';
import { NO_TERM, termAt, type Term } from './term-cache.js';

/**
 * The words of a text read by char code, as `WORD` in patterns.ts matches them (letters and digits
 * of any script, inner apostrophes followed by letters), without cutting each word out of the text.
 */

const LETTER = 2;
const NUMBER = 4;

function classOf(cp: number): number {
  return (isLetterCode(cp) ? LETTER : 0) | (isNumberCode(cp) ? NUMBER : 0);
}

/**
 * Width in code units (1 or 2) of the character at `i` when its class is in `mask`, else 0. A
 * surrogate pair counts only when both halves lie before `to`, as in the text cut at `to`.
 */
function widthIn(text: string, i: number, to: number, mask: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) {
    if (code >= 97 ? code <= 122 : code >= 65 ? code <= 90 : false) return mask & LETTER ? 1 : 0;
    return code >= 48 && code <= 57 && mask & NUMBER ? 1 : 0;
  }
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOf(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) & mask ? 2 : 0;
  }
  return classOf(code) & mask ? 1 : 0;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Width of the letter or digit at `i` (see `widthIn`), 0 if there is none. */
export function wordCharWidth(text: string, i: number, to: number): number {
  return widthIn(text, i, to, LETTER | NUMBER);
}

/**
 * End of the word opening at `start` as section titles read words (the regex
 * `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*`): hyphens and apostrophes join letters and digits
 * (`al-Abadi`, `O'Neill`, `F-16`).
 */
export function joinedWordEnd(text: string, start: number, to: number): number {
  let i = start;
  let width = widthIn(text, i, to, LETTER | NUMBER);
  for (;;) {
    while (width > 0) {
      i += width;
      width = i < to ? widthIn(text, i, to, LETTER | NUMBER) : 0;
    }
    if (i + 1 >= to || !isJoiner(text.charCodeAt(i))) return i;
    width = widthIn(text, i + 1, to, LETTER | NUMBER);
    if (width === 0) return i;
    i++;
  }
}

function isJoiner(code: number): boolean {
  return code === 45 || isApostrophe(code);
}

/** What one pass over a text's words counts. */
export interface WordCounts {
  words: number;
  /** Words after the first that open with a capital or a digit: names and numbers. */
  informative: number;
}

/**
 * Reads the words of `text.slice(from, to)` in one pass: counts them, counts the names and
 * numbers among them, and appends each content word's term (see `termAt`) to `terms` unless that
 * is null. `wordsBefore` says how many words of the same sentence came before `from`, so that a
 * sentence can be read in two pieces.
 */
export function scanWords(text: string, from: number, to: number, terms: Term[] | null, wordsBefore = 0): WordCounts {
  let words = 0;
  let informative = 0;
  let i = from;
  while (i < to) {
    let width = widthIn(text, i, to, LETTER | NUMBER);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    // The word's hash is taken as its characters are read, so that the term table need not read
    // them again: the same steps as hashOf (src/structure/word-bits.ts), or getHashed misses.
    let hash = FNV_OFFSET;
    do {
      hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += width;
      width = i < to ? widthIn(text, i, to, LETTER | NUMBER) : 0;
    } while (width > 0);
    // An apostrophe joins the word only when letters follow it: `Bartella's`, `don't`.
    while (i + 1 < to && isApostrophe(text.charCodeAt(i)) && (width = widthIn(text, i + 1, to, LETTER)) > 0) {
      hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
      i++;
      do {
        hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
        i += width;
        width = i < to ? widthIn(text, i, to, LETTER) : 0;
      } while (width > 0);
    }
    if (wordsBefore + words > 0 && opensInformative(text.charCodeAt(start))) informative++;
    words++;
    if (terms === null) continue;
    const term = termAt(text, start, i, finishHash(hash));
    if (term !== NO_TERM) terms.push(term);
  }
  return { words, informative };
}

/** The word's first code unit is a capital or a digit (of any script). */
function opensInformative(code: number): boolean {
  // ASCII answers by range; other characters by their case and class.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  const first = String.fromCharCode(code);
  return (first !== first.toLowerCase() && first === first.toUpperCase()) || NUMBER_START.test(first);
}

const NUMBER_START = /^\p{N}/u;
