import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanToken } from '../../src/extract/facts/scan-token.js';
import { textUnits, tokenize } from '../../src/extract/facts/tokens.js';
import { articleOf, seedArticle } from '../helpers/articles.js';

/**
 * The facts tokenizer reads ASCII by hand for speed; on any text it must cut exactly the tokens
 * the token regex cut with `matchAll`. Random texts over the characters its fast path turns on.
 */
const PATTERN = /\d+(?:[.,:]\d+)*|(?:\p{Lu}\.){2,}|\p{L}+(?:['’-]\p{L}+)*\.?|\S/gu;
const ALPHABET = ['a', 'z', 'A', 'Z', 'U', 's', '0', '9', '.', ',', ':', '-', "'", '’', ' ', '\n', '\t', '\u00a0', '\u2009', '$', '@', '"', 'é', 'É', 'ß', 'σ', '𝐀', '\ud800', 'Mr', 'Sept', 'St'];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }).map((parts) => parts.join(''));

function regexMatches(text: string): Array<[number, string]> {
  return [...text.matchAll(PATTERN)].map((match) => [match.index, match[0]]);
}

function scannedMatches(text: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  for (let at = 0; at < text.length; ) {
    const end = scanToken(text, at);
    if (end === at) at++;
    else {
      found.push([at, text.slice(at, end)]);
      at = end;
    }
  }
  return found;
}

describe('facts tokenizer', () => {
  it('scanToken finds the matches the token regex finds', () => {
    fc.assert(fc.property(texts, (text) => {
      expect(scannedMatches(text)).toEqual(regexMatches(text));
    }), { numRuns: 5000 });
  });

  it('scanToken with an end reads the text as if it were cut there', () => {
    fc.assert(fc.property(texts, texts, (text, rest) => {
      const whole = text + rest;
      for (let at = 0; at < text.length; at++) expect(scanToken(whole, at, text.length)).toBe(scanToken(text, at));
    }), { numRuns: 3000 });
  });

  it.each([
    ['1,200.5 people', ['1,200.5', 'people']],
    ['U.S. troops', ['U.S.', 'troops']],
    ['Mr. al-Abadi said.', ['Mr.', 'al-Abadi', 'said', '.']],
    ['O’Brien’s 3:30 talk', ['O’Brien’s', '3:30', 'talk']],
    ['café, naïve', ['café', ',', 'naïve']],
  ])('tokenize cuts %j into its words', (text, words) => {
    expect(tokenize(text, 0).map((token) => token.text)).toEqual(words);
  });

  it('tokenize keeps offsets into the article and marks spacing', () => {
    const tokens = tokenize('Up 5%.', 10);
    expect(tokens.map(({ text, start, end, spaced }) => [text, start, end, spaced])).toEqual([
      ['Up', 10, 12, true], ['5', 13, 14, true], ['%', 14, 15, false], ['.', 15, 16, false],
    ]);
  });

  it.each([
    ['the bundled article', seedArticle],
    ['sentences that end on a letter, a number or an initial', () => articleOf('Up 5%.\n\nTroops took 1,200.5 km in the U.S.A.\n\nIt ended at 3:30.Then at 4.\n\nCafé naïve’s end\n')],
  ])('textUnits cuts each sentence of %s into the tokens of its own text', async (_name, article) => {
    for (const unit of textUnits(await article())) expect(unit.tokens).toEqual(tokenize(unit.text, unit.start));
  });
});
