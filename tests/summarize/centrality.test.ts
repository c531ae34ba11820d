import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../src/summarize/article-model.js';
import { directedCentrality, normalise } from '../../src/summarize/rankers/centrality.js';

/** A model of n candidates whose band holds the given cosines (only what centrality reads). */
function bandModel(n: number, span: number, values: number[]): ArticleModel {
  const band = Float32Array.from({ length: n * span }, (_, k) => values[k % values.length]!);
  return {
    candidates: new Array(n).fill(null),
    band,
    span,
    similarity(i: number, j: number) {
      if (i === j) return 1;
      const distance = Math.abs(i - j);
      if (distance > span) return 0;
      return band[Math.min(i, j) * span + distance - 1]!;
    },
  } as unknown as ArticleModel;
}

/** PacSum's centrality over every pair through `similarity`, as it was written before it read the band. */
function referenceCentrality(model: ArticleModel, backwardWeight: number, window: number): number[] {
  const n = model.candidates.length;
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + window); j++) {
      sum += model.similarity(i, j);
      pairs++;
    }
  }
  const threshold = pairs > 0 ? sum / pairs : 0;
  const scores = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(n, i + window); j++) {
      if (j === i) continue;
      const edge = model.similarity(i, j) - threshold;
      if (edge <= 0) continue;
      scores[i]! += j > i ? edge : backwardWeight * edge;
    }
  }
  return normalise(scores);
}

describe('directed centrality', () => {
  it('reading the band directly gives the scores of the every-pair definition, to the bit', () => {
    const cosine = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 35 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(cosine, { minLength: 1, maxLength: 50 }),
        (n, span, window, backward, values) => {
          const model = bandModel(n, span, values);
          expect(directedCentrality(model, backward, window)).toEqual(referenceCentrality(model, backward, window));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
