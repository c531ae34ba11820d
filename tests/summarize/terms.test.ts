import { describe, expect, it } from 'vitest';
import { contentTerms, cosine, countTerms, stemWord } from '../helpers/reference-terms.js';

describe('stemWord', () => {
  it.each([
    ['attacks', 'attack'],
    ['attacked', 'attack'],
    ['attacking', 'attack'],
    ['cities', 'city'],
    ['stopped', 'stop'],
    ['falling', 'fall'],
    ['boxes', 'box'],
    ['news', 'new'],
    ['2016', '2016'],
    ['is', 'is'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('contentTerms', () => {
  it('drops stop words and reporting verbs and keeps names and numbers', () => {
    expect(contentTerms("The troops said they had taken Bartella's 12 villages")).toEqual(['troop', 'taken', 'bartella', '12', 'village']);
  });
});

describe('cosine', () => {
  it.each([
    ['same words', 'troops took the town', 'the town troops took', 1],
    ['no shared words', 'troops took the town', 'ferries cross rivers', 0],
  ])('scores %s', (_case, a, b, expected) => {
    expect(cosine(countTerms(contentTerms(a)), countTerms(contentTerms(b)))).toBeCloseTo(expected);
  });
});
