import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMention, possibleSurnameKeys, surnameKey, words } from '../../src/extract/quotes/names.js';
import { isLowerLyWord, isNameChar, lastLineBreak, startsNumber, startsLower, startsUpper, startsWithParticle } from '../../src/extract/quotes/char-class.js';
import { lowerCased } from '../../src/structure/char-classes.js';
import { titleWords } from '../../src/extract/quotes/titles-in-quotes.js';
import { tokenize } from '../../src/extract/quotes/tokens.js';
import { forEachCapitalised, forEachNameRun, forEachWord, lowerCaseWords } from '../../src/extract/quotes/text-words.js';

/**
 * The hand-written scanners must match exactly what the Unicode regexes they replaced matched:
 * random texts over an alphabet of the characters their rules turn on (joiners, both apostrophes,
 * accented and astral letters, digits, unusual white space, a lone surrogate).
 */
const ALPHABET = ['a', 'B', 'é', 'Ž', 'ß', '7', '٣', '-', "'", '’', '.', '&', ' ', '\u00a0', '\n', '"', '“', '”', ',', '𝐀', '😀', '\ud800', 'İ'];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(''));

function regexMatches(text: string, pattern: RegExp): Array<[string, number]> {
  return [...text.matchAll(pattern)].map((m) => [m[0], m.index]);
}

/** The oracle for lowerCaseWords: per lower-cased word, lower-case writings minus capitalised ones. */
function caseBalance(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of regexMatches(text, /(?<![\p{L}'’-])\p{L}[\p{L}'’-]*/gu)) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + (word === lower ? 1 : -1));
  }
  return counts;
}

describe('quote extractor scanners', () => {
  it('forEachWord finds the words the lookbehind regex found', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found: string[] = [];
        forEachWord(text, (word) => found.push(word));
        expect(found).toEqual(regexMatches(text, /(?<![\p{L}'’-])\p{L}[\p{L}'’-]*/gu).map(([w]) => w));
      }),
      { numRuns: 500 },
    );
  });

  it('forEachCapitalised finds the capitalised runs the regex found, at the same offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found: Array<[string, number]> = [];
        forEachCapitalised(text, (start, end) => found.push([text.slice(start, end), start]));
        expect(found).toEqual(regexMatches(text, /\p{Lu}[\p{L}'’-]*/gu));
      }),
      { numRuns: 500 },
    );
  });

  it('forEachNameRun finds the runs of capitalised words the name-run regex found, at the same offsets', () => {
    const nameTexts = fc.array(fc.constantFrom(...ALPHABET, 'B', 'Ž', ' ', ' ', '𝐀'), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(nameTexts, (text) => {
        const found: Array<[string, number]> = [];
        forEachNameRun(text, (start, end) => found.push([text.slice(start, end), start]) < 0);
        expect(found).toEqual(regexMatches(text, /\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,3}/gu));
      }),
      { numRuns: 1000 },
    );
  });

  it('tokenize cuts a stretch of text as the token regex did', () => {
    fc.assert(
      fc.property(texts, fc.nat(5), fc.nat(5), (text, cutStart, cutEnd) => {
        const from = Math.min(cutStart, text.length);
        const to = Math.max(from, text.length - cutEnd);
        const tokens = tokenize(text, from, to, [], [{ start: 0, end: text.length }]);
        const expected = regexMatches(text.slice(from, to), /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu);
        expect(tokens.map((t) => [t.text, t.start - from])).toEqual(expected);
        expect(tokens.map((t) => t.word)).toEqual(expected.map(([w]) => /[\p{L}\p{N}]/u.test(w)));
        expect(tokens.map((t) => t.lower)).toEqual(tokens.map((t) => t.text.toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });

  it('lowerCaseWords keeps the words written in lower case more often than capitalised', () => {
    const common = lowerCaseWords('When the vote came, Bill said when. Both bill and Bill Smith.');
    expect(['and', 'came', 'said', 'the', 'vote', 'when', 'bill', 'both', 'smith', 'Bill'].filter((w) => common.has(w))).toEqual(['and', 'came', 'said', 'the', 'vote']);
  });

  it('lowerCaseWords agrees with counting the regex matches one by one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const counts = caseBalance(text);
        const common = lowerCaseWords(text);
        for (const [word, n] of counts) expect(common.has(word)).toBe(n > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('lowerCaseWords answers as the regex count does, before and after it stops searching word by word', () => {
    const vocabulary = fc.constantFrom('the', 'The', 'THE', 'bill', 'Bill', 'don’t', "don't", 'don', 'al-Assad', 'al', 'élan', 'Élan', 'a', 'A', 'x-ray', '-ray', "'tis", 'né', '𝐀b', 'b');
    const separators = fc.constantFrom(' ', ', ', '. ', '\n', '7', '’', '-', '𝐀', '\ud800');
    const pieces = fc.array(fc.tuple(vocabulary, separators), { maxLength: 60 });
    const extra = fc.array(fc.constantFrom('w', 'q', 'z', 'k', 'v'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(pieces, fc.array(extra, { maxLength: 50 }), (parts, asked) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const counts = caseBalance(text);
        const common = lowerCaseWords(text);
        // Words the text never writes first, so the searches run out part-way through the real ones.
        for (const word of [...asked, ...counts.keys(), 'bill', 'don', 'al', 'ray', 'tis', 'b']) expect(common.has(word)).toBe((counts.get(word) ?? 0) > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('lowerCaseWords weighs a word by its case-blind search as the count would, Kelvin signs and repeated questions included', () => {
    const vocabulary = fc.constantFrom('king', 'King', 'KING', '\u212aing', 'kin', 'ſay', 'say', 'Say', "it's", "It's", 'sen', 'Sen.', 'u.s.', 'U.S.', 'well-known', 'Well-Known', '-king', 'kings');
    const separators = fc.constantFrom(' ', ', ', '. ', '\n', '7', '’', '-', "'");
    const asked = fc.constantFrom('king', 'kin', 'say', 'ſay', "it's", 'sen', 'sen.', 'u.s.', 'well-known', 'kings', 'King', '7', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(vocabulary, separators), { maxLength: 40 }), fc.array(asked, { maxLength: 30 }), (parts, questions) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const counts = caseBalance(text);
        const common = lowerCaseWords(text);
        // Each question twice: an answer kept for the second asking must be the first one.
        for (const word of [...questions, ...questions]) expect(common.has(word)).toBe((counts.get(word) ?? 0) > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('lowerCaseWords counts thousands of distinct words, as many as a long article holds', () => {
    const name = (n: number): string => (n < 26 ? 'w' : name(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
    const words = Array.from({ length: 5000 }, (_, n) => name(n));
    // Every third word is also written capitalised twice, so it counts as a name, not a common word.
    const text = words.map((w, n) => (n % 3 === 0 ? `${w} ${w[0]!.toUpperCase()}${w.slice(1)} ${w.toUpperCase()}` : w)).join(' ');
    const common = lowerCaseWords(text);
    expect(words.filter((w) => !common.has(w))).toEqual(words.filter((_, n) => n % 3 === 0));
    expect(common.has('absent')).toBe(false);
  });

  it('possibleSurnameKeys holds the surname key of every person name parseMention reads', () => {
    const word = fc.constantFrom('The', 'A', 'an', 'Mr.', 'President', 'John', 'al-Abadi', "O'Brien", 'U.S.', 'Smith', 'fighters', 'Clinton’s', 'de', 'Jr.');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' ')), (run) => {
        const parsed = parseMention(run);
        if (parsed.name && parsed.person) expect(possibleSurnameKeys(run)).toContain(surnameKey(parsed.name));
      }),
      { numRuns: 1000 },
    );
  });

  it('words splits a speaker phrase as the word regex did', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(words(text)).toEqual(regexMatches(text, /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?/gu).map(([w]) => w));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['startsUpper', startsUpper, /^\p{Lu}/u],
    ['startsLower', startsLower, /^\p{Ll}/u],
    ['startsNumber', startsNumber, /^\p{N}/u],
  ] as const)('%s is the test of its regex', (_, starts, pattern) => {
    fc.assert(fc.property(texts, (text) => {
        expect(starts(text)).toBe(pattern.test(text));
        expect(starts(text.slice(0, 1))).toBe(pattern.test(text.slice(0, 1)));
      }), { numRuns: 500 });
  });

  it.each([
    ['startsWithParticle', startsWithParticle, /^\p{Ll}{1,3}-\p{Lu}/u],
    ['isLowerLyWord', isLowerLyWord, /^\p{Ll}+ly$/u],
  ] as const)('%s is the test of its regex on word-like strings', (_, test, pattern) => {
    const wordLike = fc.array(fc.constantFrom('a', 'l', 'y', 'ly', '-', 'B', 'ß', 'Ž', '𝐚', '𝐀', 'é', '\ud800', "'", '7'), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(wordLike, (word) => {
        expect(test(word)).toBe(pattern.test(word));
      }), { numRuns: 2000 });
  });

  it('titleWords finds the words of a stretch the title regex found, up to its limit', () => {
    fc.assert(
      fc.property(texts, fc.nat(5), fc.nat(5), fc.nat(8), (text, cutStart, cutEnd, limit) => {
        const from = Math.min(cutStart, text.length);
        const to = Math.max(from, text.length - cutEnd);
        const expected = regexMatches(text.slice(from, to), /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu).map(([w]) => w);
        expect(titleWords(text, from, to, limit)).toEqual(expected.length > limit ? null : expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('lowerCased is toLowerCase', () => {
    fc.assert(fc.property(texts, (text) => {
        expect(lowerCased(text)).toBe(text.toLowerCase());
      }), { numRuns: 500 });
  });

  it('isNameChar is a letter, a stop, an apostrophe or a hyphen', () => {
    fc.assert(fc.property(texts, (text) => {
        for (let i = 0; i < text.length; i++) expect(isNameChar(text.charCodeAt(i))).toBe(/[\p{L}.'’-]/u.test(text[i]!));
      }), { numRuns: 500 });
  });

  it('lastLineBreak finds the last line break inside the range', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', '\n', 'é'), { maxLength: 20 }), fc.nat(20), fc.nat(20), (chars, a, b) => {
        const text = chars.join('');
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const found = text.slice(from, to).lastIndexOf('\n');
        expect(lastLineBreak(text, from, to)).toBe(found === -1 ? -1 : from + found);
      }), { numRuns: 500 });
  });
});
