/**
 * Character classes by code point, for the hand-written scanners that replace Unicode-property
 * regex tests per character (the sentence splitter, the quote extractor, the summarizer's word
 * scan): one table for all of them. ASCII is decided by ranges; other Basic Multilingual Plane
 * code points ask the regex once and remember the answer in a table filled lazily (so nothing is
 * built at module load); astral code points, rare in news, ask the regex each time.
 */

/** Bit flags of a code point's classes. */
const LETTER = 1;
/** `\p{N}`: a number character of any script, not only 0-9. */
const DIGIT = 2;
const UPPER = 4;
const SPACE = 8;
/** Set once a BMP entry of the table has been computed. */
const KNOWN = 16;
const LOWER = 32;

let table: Uint8Array | null = null;

function computeClasses(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let flags = KNOWN;
  if (/\p{L}/u.test(ch)) flags |= LETTER;
  if (/\p{N}/u.test(ch)) flags |= DIGIT;
  if (/\p{Lu}/u.test(ch)) flags |= UPPER;
  if (/\p{Ll}/u.test(ch)) flags |= LOWER;
  // `\s` of a JavaScript regex: Unicode white space plus line terminators and the BOM.
  if (/\s/u.test(ch)) flags |= SPACE;
  return flags;
}

function classesOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return LETTER | LOWER;
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 48 && cp <= 57) return DIGIT;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return SPACE;
    return 0;
  }
  if (cp > 0xffff) return computeClasses(cp);
  table ??= new Uint8Array(0x10000);
  let flags = table[cp]!;
  if (flags === 0) table[cp] = flags = computeClasses(cp);
  return flags;
}

/** `\p{L}`: a letter of any script. */
export function isLetterCode(cp: number): boolean {
  return (classesOf(cp) & LETTER) !== 0;
}

/** `[\p{L}\p{N}]`: a letter or a digit of any script. */
export function isAlnumCode(cp: number): boolean {
  return (classesOf(cp) & (LETTER | DIGIT)) !== 0;
}

/** `\p{Lu}`: an upper-case letter. */
export function isUpperCode(cp: number): boolean {
  return (classesOf(cp) & UPPER) !== 0;
}

/** `\s`: white space as a JavaScript regex reads it. */
export function isSpaceCode(cp: number): boolean {
  return (classesOf(cp) & SPACE) !== 0;
}

/** `\p{N}`: a number character of any script. */
export function isNumberCode(cp: number): boolean {
  return (classesOf(cp) & DIGIT) !== 0;
}

/** `\p{Ll}`: a lower-case letter. */
export function isLowerCode(cp: number): boolean {
  return (classesOf(cp) & LOWER) !== 0;
}

/** Length in UTF-16 units of the code point `cp`. */
export function codeUnits(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/**
 * `/^\p{Lu}/u.test(s)`: the string starts with an upper-case letter. One table look-up; each
 * regex literal of that test was compiled on its first use, a cost paid again by every cold run.
 */
export function startsUpper(s: string): boolean {
  return s.length > 0 && isUpperCode(s.codePointAt(0)!);
}

/** `/^\p{Ll}/u.test(s)`: the string starts with a lower-case letter. */
export function startsLower(s: string): boolean {
  return s.length > 0 && isLowerCode(s.codePointAt(0)!);
}

/** `/^\p{N}/u.test(s)`: starts with a number character of any script (`startsDigit` in facts/chars.ts is ASCII only). */
export function startsNumber(s: string): boolean {
  return s.length > 0 && isNumberCode(s.codePointAt(0)!);
}

/**
 * `word.toLowerCase()`, returning the word itself when it has no capital and is all ASCII (most
 * words): the check is cheaper than the call, which per token was a visible cost.
 */
export function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return word.toLowerCase();
  }
  return word;
}
