/**
 * Whole-text word scans of speaker resolution, written over character codes: as Unicode regexes
 * with a match object per word they were most of the resolver's time.
 */
import { codeUnits, isLetterCode, isUpperCode } from './char-class.js';
import { countWordCases, hasUncountedAscii, isPlainWord, isWordCode, plainBalance, writtenPlain, type WordCaseTable } from './word-case-table.js';

/** Membership in a set of words; all the resolver asks of the common words. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * Words the article writes in lower case more often than capitalised (`both`, `when`, `year`):
 * capitalised at a sentence's start they are not part of a name, while `Bill` in an article that
 * names Bill Clinton often is. One pass over the text, one table update per word, made only
 * for a word the text also writes in lower case.
 */
export function lowerCaseWords(text: string): WordSet {
  // Counted at the first question that needs it: an article whose names are all single words never asks.
  let table: WordCaseTable | null = null;
  let searches = 0;
  // The same names are asked about again and again: each word is settled once.
  const answers = new Map<string, boolean>();
  const settle = (word: string): boolean => {
    // `sen.`, `u.s.`: a word with a stop, a digit or a capital is no counted word at all.
    if (hasUncountedAscii(word)) return false;
    // A plain word (`hillary`) the text never writes in lower case is written more often
    // otherwise: one search settles it, with no count. Most questions are such first names, so
    // most articles never count their words. Searches are capped, so the work stays linear.
    if (table === null && searches < MAX_SEARCHES && isPlainWord(word)) {
      searches++;
      if (!writtenPlain(text, word)) return false;
      // Written plain somewhere: one case-blind search weighs its writings, with no count.
      const balance = plainBalance(text, word);
      if (balance !== null) return balance > 0;
    }
    return (table ??= countWordCases(text)).balance(word) > 0;
  };
  return {
    has: (word) => {
      let answer = answers.get(word);
      if (answer === undefined) answers.set(word, (answer = settle(word)));
      return answer;
    },
  };
}

/** Questions settled by a search of the text before the words are counted instead. */
const MAX_SEARCHES = 8;

/** ASCII and not a capital: unchanged by toLowerCase. */
function isPlainLowerCode(cp: number): boolean {
  return cp < 128 && (cp < 65 || cp > 90);
}

/** An ASCII capital or any wider unit: the places the capital scan has to look at. */
const CAPITAL_OR_WIDE = /[A-Z\u0080-\uffff]/g;

/**
 * Offset of the first upper-case letter at or after `i` (or the text's length). The regex engine
 * passes the ASCII that is no capital (most of the text) faster than a loop over char codes, and
 * `test` makes no match object; a wider character found is tested here.
 */
function nextCapital(text: string, i: number): number {
  for (;;) {
    CAPITAL_OR_WIDE.lastIndex = i;
    if (!CAPITAL_OR_WIDE.test(text)) return text.length;
    const at = CAPITAL_OR_WIDE.lastIndex - 1;
    if (text.charCodeAt(at) < 128) return at;
    const cp = text.codePointAt(at)!;
    if (isUpperCode(cp)) return at;
    i = at + codeUnits(cp);
  }
}

/**
 * Calls `visit` with each match of the regex `(?<![\p{L}'’-])\p{L}[\p{L}'’-]*` (flags `gu`), scanning
 * character codes: such a match is exactly a maximal run of letters, apostrophes and hyphens that begins
 * with a letter. `plain` tells a word of ASCII with no capital, its own lower case, noted on the way.
 */
export function forEachWord(text: string, visit: (word: string, plain: boolean) => void): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordCode(cp)) {
      i += codeUnits(cp);
      continue;
    }
    const start = i;
    const startsWithLetter = isLetterCode(cp);
    let plain = isPlainLowerCode(cp);
    i += codeUnits(cp);
    while (i < text.length) {
      const next = text.codePointAt(i)!;
      if (!isWordCode(next)) break;
      plain &&= isPlainLowerCode(next);
      i += codeUnits(next);
    }
    if (startsWithLetter) visit(text.slice(start, i), plain);
  }
}

/** In a word of a name run: a letter, an apostrophe, a hyphen or a dot (`Jr.`, `U.S.`). */
function isNameRunCode(cp: number): boolean {
  return cp === 46 || isWordCode(cp);
}

/**
 * The code point at `i`, read by `charCodeAt` unless it opens a surrogate pair: the same number
 * as `codePointAt`, for less work on the ASCII most text is.
 */
function codeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code < 0xdc00 ? text.codePointAt(i)! : code;
}

/** End of the run of name-run characters from `i`. */
function nameWordEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = codeAt(text, i);
    if (!isNameRunCode(cp)) break;
    i += codeUnits(cp);
  }
  return i;
}

/**
 * Calls `visit` with the bounds of each match of the regex
 * `\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,3}` (flags `gu`), the runs of two to four
 * capitalised words that have the shape of a full name, scanning character codes. A capitalised
 * word with no second one after it cannot start a run anywhere inside it either (any capital
 * in it ends at the same place), so the scan goes on after it. Stops when `visit` returns true.
 */
export function forEachNameRun(text: string, visit: (start: number, end: number) => boolean): void {
  let i = nextCapital(text, 0);
  while (i < text.length) {
    const cp = codeAt(text, i);
    const start = i;
    let end = nameWordEnd(text, i + codeUnits(cp));
    let words = 1;
    while (words < 4 && text.charCodeAt(end) === 32 && end + 1 < text.length) {
      const next = codeAt(text, end + 1);
      if (!isUpperCode(next)) break;
      end = nameWordEnd(text, end + 1 + codeUnits(next));
      words++;
    }
    if (words >= 2 && visit(start, end)) return;
    i = nextCapital(text, end);
  }
}

/**
 * Calls `visit` with the bounds of each match of the regex `\p{Lu}[\p{L}'’-]*` (flags `gu`),
 * scanning character codes: an upper-case letter and the letters, apostrophes and hyphens after
 * it. Bounds, not the word, so a caller can rule a word out before paying for its slice.
 */
export function forEachCapitalised(text: string, visit: (start: number, end: number) => void): void {
  let i = nextCapital(text, 0);
  while (i < text.length) {
    const start = i;
    i += codeUnits(codeAt(text, i));
    while (i < text.length) {
      const next = codeAt(text, i);
      if (!isWordCode(next)) break;
      i += codeUnits(next);
    }
    visit(start, i);
    i = nextCapital(text, i);
  }
}

