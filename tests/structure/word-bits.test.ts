import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCased } from '../../src/structure/char-classes.js';
import { finishHash, FNV_OFFSET, FNV_PRIME, hashOf, WordBits } from '../../src/structure/word-bits.js';

/** Short words over a few letters, so that random words often are, or nearly are, the table's. */
const words = fc.array(fc.constantFrom('a', 'b', 'e', 'é', '-', "'", '𝐀', '\ud800'), { maxLength: 5 }).map((chars) => chars.join(''));

describe('WordBits', () => {
  it('answers as the Map it was built from, for whole strings and for stretches of them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words, fc.integer({ min: 0, max: 0xffff })), { maxLength: 40 }), words, words, (entries, word, padding) => {
        const map = new Map(entries);
        const bits = new WordBits(map);
        expect(bits.get(word)).toBe(map.get(word) ?? 0);
        const text = padding + word + padding;
        expect(bits.get(text, padding.length, padding.length + word.length)).toBe(map.get(word) ?? 0);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['the', 6],
    ['thE', 0],
    ['twenty', 1],
    ['', 0],
  ])('finds %j among a few words', (word, expected) => {
    const bits = new WordBits(new Map([['the', 6], ['twenty', 1], ['noon', 0]]));
    expect(bits.get(word)).toBe(expected);
  });
});

describe('hashOf', () => {
  // Published FNV-1a 32-bit values (ASCII text: one code unit per byte), then finishHash.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('is FNV-1a of %j, folded', (word, fnv) => {
    expect(hashOf(word, 0, word.length)).toBe(finishHash(fnv | 0));
    expect(hashOf(`x${word}y`, 1, word.length + 1)).toBe(finishHash(fnv | 0));
  });

  it('is FNV-1a over the code units from FNV_OFFSET, then finishHash', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'é', "'", '’', '-', '𝐀', '\ud800') }), (word) => {
      let hash = FNV_OFFSET;
      for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), FNV_PRIME);
      expect(hashOf(word, 0, word.length)).toBe(finishHash(hash));
    }), { numRuns: 500 });
  });
});

describe('lowerCased', () => {
  it('gives what toLowerCase gives', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'É', 'ß', 'İ', 'Σ', '1', '-', '𝐀') }), (text) => {
      expect(lowerCased(text)).toBe(text.toLowerCase());
    }), { numRuns: 2000 });
  });
});
