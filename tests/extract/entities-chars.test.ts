import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsNegated, isAcronym, isAllCapitals, isSingleAcronym, particlePrefix, splitWords } from '../../src/extract/entities/name-chars.js';

/**
 * The name finder's char tests stand in for regular expressions: on any text they must answer
 * exactly as the regex did. Random texts over the characters their fast paths turn on.
 */
const ALPHABET = ['a', 'l', 'b', 'i', 'n', 'd', 'o', 'm', 'c', 's', 't', 'A', 'U', 'S', 'Z', '.', '-', "'", '’', ' ', 'é', 'É', 'al', 'bin', 'mac', "n't", '\ud800'];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }).map((chars) => chars.join(''));

describe('name finder char tests', () => {
  it.each([
    ['particlePrefix', particlePrefix, (text: string) => /^[a-z]/.test(text) && /^(?:al|el|ad|as|ash|ar|bin|ibn|abu|de|van|von|d|o|mc|mac)[-'’]\p{Lu}/u.test(text)],
    ['isAcronym', isAcronym, (text: string) => /^(?:\p{Lu}{2,6}s?|(?:\p{Lu}\.){2,})$/u.test(text)],
    ['isSingleAcronym', isSingleAcronym, (text: string) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u.test(text)],
    ['isAllCapitals', isAllCapitals, (text: string) => /^\p{Lu}{2,}$/u.test(text)],
    ['endsNegated', endsNegated, (text: string) => /n['’]t$/.test(text)],
  ] as const)('%s answers as its regular expression does', (_name, helper, regex) => {
    fc.assert(fc.property(texts, (text) => {
      expect(helper(text)).toBe(regex(text));
    }), { numRuns: 3000 });
  });

  it.each([
    ['al-Abadi', true], ["d'Estaing", true], ['bin-Laden', true], ['al-qaeda', false], ['alabama', false],
  ])('particlePrefix(%j) is %s', (text, expected) => {
    expect(particlePrefix(text)).toBe(expected);
  });

  it.each([
    ['al-Abadi', true], ["d'Estaing", true], ['o-A', true], ['a-', false], ['al-', false], ['ash-', false], ['mac-B', true],
  ])('particlePrefix(%j) is %s at the shortest lengths', (text, expected) => {
    expect(particlePrefix(text)).toBe(expected);
  });

  // Every character the regex's \s takes, a few it does not (zero-width space, next line), and letters.
  const SPACED = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085', 'a', 'B', '.', '&'];
  const spacedTexts = fc.array(fc.constantFrom(...SPACED), { maxLength: 10 }).map((chars) => chars.join(''));

  it('splitWords splits as text.split(/\\s+/) does', () => {
    fc.assert(fc.property(spacedTexts, (text) => {
      expect(splitWords(text)).toEqual(text.split(/\s+/));
    }), { numRuns: 3000 });
  });
});
