import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { hashOf } from '../../src/structure/word-bits.js';
import { WORD } from '../../src/summarize/patterns.js';
import { termOfWord } from '../../src/summarize/stem.js';
import { endsLikeSentence, endsWithFullStop, endsWithQuestion } from '../../src/summarize/text-ends.js';
import { termAt, type Term } from '../../src/summarize/term-cache.js';
import { joinedWordEnd, scanWords, wordCharWidth } from '../../src/summarize/word-scan.js';

/**
 * scanWords hashes each word as it reads it and hands the hash to termAt. termAt is wrapped (it
 * still answers as before) to record the words and hashes it was given while `record` is on.
 */
const hashed = vi.hoisted(() => ({ record: false, calls: [] as Array<{ word: string; hash: number; expected: number }> }));
vi.mock('../../src/summarize/term-cache.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/summarize/term-cache.js')>();
  const termAt: typeof original.termAt = (text, start, end, hash) => {
    if (hashed.record) hashed.calls.push({ word: text.slice(start, end), hash: hash!, expected: hashOf(text, start, end) });
    return original.termAt(text, start, end, hash);
  };
  return { ...original, termAt };
});

/** The words scanWords reads in `text`, each with the hash it gave termAt and hashOf's. */
function scannedHashes(text: string) {
  hashed.calls = [];
  hashed.record = true;
  try {
    scanWords(text, 0, text.length, []);
  } finally {
    hashed.record = false;
  }
  return hashed.calls;
}

/**
 * The char-code scanners must answer exactly as the regexes they replaced: random texts over an
 * alphabet of the characters their rules turn on (both apostrophes, accented, upper-case, astral
 * and non-Latin letters and digits, closing marks, a lone surrogate).
 */
const ALPHABET = ['a', 'B', 's', 'é', 'Ž', 'ß', '7', '٣', 'Ⅻ', "'", '’', '.', '?', '!', '…', '"', '”', ')', ']', ' ', '\n', '-', '𝐀', '😀', '\ud800', 'İ', 'Σ'];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(''));

/** What the scan counted, computed from the regex's words as the summarizer once did. */
function expectedScan(text: string) {
  const words = text.match(WORD) ?? [];
  const informative = words.slice(1).filter((word) => {
    const first = word[0]!;
    return (first >= '0' && first <= '9') || (first !== first.toLowerCase() && first === first.toUpperCase()) || /^\p{N}/u.test(first);
  }).length;
  return { words: words.length, informative, terms: words.map(termOfWord).filter((term) => term !== '') };
}

describe('summarizer word scan', () => {
  it('scanWords finds the words WORD matches, with their terms and the names and numbers among them', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const terms: Term[] = [];
        const counts = scanWords(text, 0, text.length, terms);
        expect({ ...counts, terms: terms.map((t) => t.text) }).toEqual(expectedScan(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('scanWords reads a stretch of a text as the regex reads that stretch cut out', () => {
    fc.assert(
      fc.property(texts, fc.nat(5), fc.nat(5), (text, cutStart, cutEnd) => {
        const from = Math.min(cutStart, text.length);
        const to = Math.max(from, text.length - cutEnd);
        const terms: Term[] = [];
        const counts = scanWords(text, from, to, terms);
        expect({ ...counts, terms: terms.map((t) => t.text) }).toEqual(expectedScan(text.slice(from, to)));
      }),
      { numRuns: 1000 },
    );
  });

  it('joinedWordEnd reads the words the section-title regex matched', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found: Array<[string, number]> = [];
        for (let i = 0; i < text.length; ) {
          if (wordCharWidth(text, i, text.length) === 0) i++;
          else {
            const end = joinedWordEnd(text, i, text.length);
            found.push([text.slice(i, end), i]);
            i = end;
          }
        }
        expect(found).toEqual([...text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].map((m) => [m[0], m.index]));
      }),
      { numRuns: 1000 },
    );
  });

  it('termAt gives the term of the word at a place, one object per term', () => {
    const text = "The troops' attacks on Bartella's outskirts: attacks, ATTACKS, attacked, internationally-recognised";
    const seen = new Map<string, Term>();
    for (const match of [...text.matchAll(WORD), ...text.matchAll(WORD)]) {
      const term = termAt(text, match.index, match.index + match[0].length);
      expect(term.text).toBe(termOfWord(match[0]));
      if (seen.has(term.text)) expect(term).toBe(seen.get(term.text));
      seen.set(term.text, term);
    }
  });
});

describe('summarizer word hash', () => {
  it.each([
    ['mixed case', 'Bartella BARTELLA bartella iPhone McDonald', ['Bartella', 'BARTELLA', 'bartella', 'iPhone', 'McDonald']],
    ['astral letters and digits', '𝐀𝐁c x𝟕 😀', ['𝐀𝐁c', 'x𝟕']],
    ['apostrophes', "Bartella's don’t O'Neill troops'", ["Bartella's", 'don’t', "O'Neill", 'troops']],
    ['hyphens', 'al-Abadi F-16 internationally-recognised', ['al', 'Abadi', 'F', '16', 'internationally', 'recognised']],
    ['accented and non-Latin', 'Ždanov café Σίσυφος ٣٣', ['Ždanov', 'café', 'Σίσυφος', '٣٣']],
  ])('scanWords hashes words with %s as hashOf does', (_, text, words) => {
    const calls = scannedHashes(text);
    expect(calls.map((call) => call.word)).toEqual(words);
    for (const call of calls) expect(call.hash, call.word).toBe(call.expected);
  });

  it('scanWords hashes every word of random texts as hashOf does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const call of scannedHashes(text)) expect(call.hash, call.word).toBe(call.expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sentence ends', () => {
  it.each([
    [endsLikeSentence, /[.!?…]["'”’)\]]*$/],
    [endsWithFullStop, /[^.]\.["'”’)\]]*$/],
    [endsWithQuestion, /\?["'”’)]*$/],
  ])('%o answers as %s', (check, pattern) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(check(text)).toBe(pattern.test(text));
      }),
      { numRuns: 1000 },
    );
  });
});
