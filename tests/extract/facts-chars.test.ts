import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beforeHyphen, hasPossessive, isAsciiMark, isCapitalisedWord, isLettersWord, isLowerWord, startsDigit, startsLower, startsUpper, withoutPossessive } from '../../src/extract/facts/chars.js';

/**
 * The char-code helpers of the facts extractor stand in for regular expressions: on any text they
 * must answer exactly as the regex did. Random texts over the characters their fast paths turn on
 * (ASCII edges, both apostrophes, accented, Greek, astral and title-case letters, a lone surrogate).
 */
const ALPHABET = ['a', 'z', 'A', 'Z', 's', '@', '[', '`', '{', '0', '9', '-', "'", '’', '.', ',', ' ', 'é', 'É', 'ß', 'ǅ', 'σ', 'Σ', '𝐀', '𝐚', '٣', '\ud800'];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }).map((chars) => chars.join(''));

describe('facts extractor char tests', () => {
  it.each([
    ['startsUpper', startsUpper, (text: string) => /^\p{Lu}/u.test(text)],
    ['startsLower', startsLower, (text: string) => /^\p{Ll}/u.test(text)],
    ['isLowerWord', isLowerWord, (text: string) => /^\p{Ll}+$/u.test(text)],
    ['hasPossessive', hasPossessive, (text: string) => /['’]s$/.test(text)],
    ['startsDigit', startsDigit, (text: string) => /^\d/.test(text)],
    ['isAsciiMark', isAsciiMark, (text: string) => text.length === 1 && /^[\x00-\x7f]$/.test(text) && !/^[0-9A-Za-z]$/.test(text)],
    ['isLettersWord', isLettersWord, (text: string) => /^\p{L}[\p{L}'’-]*$/u.test(text)],
    ['isCapitalisedWord', isCapitalisedWord, (text: string) => /^\p{Lu}[\p{L}]*$/u.test(text)],
  ] as const)('%s answers as its regular expression does', (_name, helper, regex) => {
    fc.assert(fc.property(texts, (text) => {
      expect(helper(text)).toBe(regex(text));
    }), { numRuns: 2000 });
  });

  it('withoutPossessive and beforeHyphen give what replace and split gave', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(withoutPossessive(text)).toBe(text.replace(/['’]s$/, ''));
        expect(beforeHyphen(text)).toBe(text.split('-')[0]);
      }),
      { numRuns: 2000 },
    );
  });
});
