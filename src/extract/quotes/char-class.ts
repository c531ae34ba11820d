/**
 * Character tests of the quote extractor's scanners, on the shared class table of
 * src/structure/char-classes.ts (re-exported here for the scanners that read it directly).
 */
import { codeUnits, isLetterCode, isLowerCode, isUpperCode } from '../../structure/char-classes.js';

export { codeUnits, isAlnumCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, startsLower, startsNumber, startsUpper } from '../../structure/char-classes.js';

/** `/^\p{Ll}{1,3}-\p{Lu}/u.test(s)`: a short lower-case particle joined to a name (`al-Abadi`). */
export function startsWithParticle(s: string): boolean {
  let i = 0;
  let letters = 0;
  while (letters < 3 && i < s.length && isLowerCode(s.codePointAt(i)!)) {
    i += codeUnits(s.codePointAt(i)!);
    letters++;
  }
  return letters > 0 && s.charCodeAt(i) === 45 && i + 1 < s.length && isUpperCode(s.codePointAt(i + 1)!);
}

/** `/^\p{Ll}+ly$/u.test(s)`: an adverb-shaped word (`basically`), all lower-case letters. */
export function isLowerLyWord(s: string): boolean {
  if (!s.endsWith('ly')) return false;
  let letters = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (!isLowerCode(cp)) return false;
    i += codeUnits(cp);
    letters++;
  }
  return letters >= 3;
}

/**
 * The code point at `i` of a stretch of text ending at `to`: a surrogate pair cut by `to` reads as
 * its lone first half, as it would in `text.slice(from, to)`.
 */
export function codePointWithin(text: string, i: number, to: number): number {
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && i + 1 >= to ? text.charCodeAt(i) : cp;
}

/** A letter (of any script), a stop, an apostrophe or a hyphen: a UTF-16 unit of a name's words (`O'Neill`, `Gov.`). */
export function isNameChar(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 39 || code === 45;
  return code === 0x2019 || isLetterCode(code);
}

/** The last line break (`\n`) in `[from, to)`, or -1; the scan stays inside the range. */
export function lastLineBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i;
  return -1;
}
