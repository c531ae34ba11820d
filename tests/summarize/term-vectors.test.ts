import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapCohesion } from '../../src/summarize/sections/cohesion.js';
import { beginArticle, termAt, type Term } from '../../src/summarize/term-cache.js';
import { cosinesWith, outsideVector, sentenceVectors, similarityBand } from '../../src/summarize/term-vectors.js';
import { cosine, countTerms, inverseFrequencies, weighTerms, type TermVector } from '../helpers/reference-terms.js';

/**
 * The numbered, flat TF-IDF vectors must give the figures the map-based functions in tests/helpers/reference-terms.ts
 * give: the same to the last bit where they add in the same order (headline overlap, section
 * cohesion), and to float precision for the stored similarity band.
 */
const VOCABULARY = ['troops', 'town', 'mosul', 'attack', 'attacks', 'bridge', 'council', 'river', 'city', 'fighters'];
const sentence = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 });
const article = fc.array(sentence, { minLength: 1, maxLength: 12 });

/** Terms of words as the summarizer reads them (one Term object per term). */
function termsOf(words: string[]): Term[] {
  const text = words.join(' ');
  const terms: Term[] = [];
  let at = 0;
  for (const word of words) {
    terms.push(termAt(text, at, at + word.length));
    at += word.length + 1;
  }
  return terms;
}

function mapVectors(sentences: string[][]): { counts: TermVector[]; idf: Map<string, number> } {
  const counts = sentences.map((words) => countTerms(termsOf(words).map((t) => t.text)));
  return { counts, idf: inverseFrequencies(counts) };
}

describe('sentence vectors', () => {
  it('give the cosine with the headline that the map-based cosine gives, bit for bit', () => {
    fc.assert(
      fc.property(article, sentence, (sentences, headline) => {
        const vectors = sentenceVectors(sentences.map(termsOf), beginArticle());
        const { counts, idf } = mapVectors(sentences);
        const mapHeadline = weighTerms(countTerms(termsOf(headline).map((t) => t.text)), idf);
        expect(cosinesWith(vectors, outsideVector(termsOf(headline), vectors))).toEqual(counts.map((c) => cosine(weighTerms(c, idf), mapHeadline)));
      }),
      { numRuns: 300 },
    );
  });

  it('give the similarity band of the map-based cosines', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 1, max: 4 }), (sentences, span) => {
        const vectors = sentenceVectors(sentences.map(termsOf), beginArticle());
        const band = similarityBand(vectors, span);
        const { counts, idf } = mapVectors(sentences);
        const weighted = counts.map((c) => weighTerms(c, idf));
        for (let i = 0; i < sentences.length; i++) {
          for (let j = i + 1; j <= Math.min(sentences.length - 1, i + span); j++) {
            expect(band[i * span + j - i - 1]).toBeCloseTo(cosine(weighted[i]!, weighted[j]!), 6);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('give the section cohesion of summed map-based counts, bit for bit', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const cohesion = gapCohesion(sentenceVectors(paragraphs.map(termsOf), beginArticle()));
        const { counts, idf } = mapVectors(paragraphs);
        const sum = (vectors: TermVector[]) => {
          const total: TermVector = new Map();
          for (const v of vectors) for (const [term, count] of v) total.set(term, (total.get(term) ?? 0) + count);
          return weighTerms(total, idf);
        };
        const expected = counts.slice(1).map((_, i) => cosine(sum(counts.slice(Math.max(0, i - 1), i + 1)), sum(counts.slice(i + 1, i + 3))));
        expect(cohesion).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
