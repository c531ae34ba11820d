import type { ArticleModel } from '../article-model.js';

/**
 * Position-aware directed centrality (PacSum, Zheng & Lapata 2019): the summed similarity of each
 * sentence to the others, where similarity to later sentences counts fully and to earlier ones
 * only `backwardWeight`. Edges are thresholded at the mean similarity, as PacSum does, so that
 * the many weak overlaps of a long article do not drown the strong ones. Normalised to 0..1.
 */
export function directedCentrality(model: ArticleModel, backwardWeight: number, window = 100): number[] {
  const n = model.candidates.length;
  // Read straight from the band (the per-pair closure was most of this function's time). Pairs
  // beyond the band's span are 0: they add nothing to the sum and make no edge, as the threshold
  // is never negative, but they still count as pairs. Sums run in the same order as over every j.
  const { band, span } = model;
  const ahead = Math.min(span, window - 1);
  const behind = Math.min(span, window);
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    pairs += Math.max(0, Math.min(n, i + window) - i - 1);
    for (let d = 1; d <= ahead && i + d < n; d++) sum += band[i * span + d - 1]!;
  }
  const threshold = pairs > 0 ? sum / pairs : 0;
  const scores = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let score = 0;
    for (let d = Math.min(i, behind); d >= 1; d--) {
      const edge = band[(i - d) * span + d - 1]! - threshold;
      if (edge > 0) score += backwardWeight * edge;
    }
    for (let d = 1; d <= ahead && i + d < n; d++) {
      const edge = band[i * span + d - 1]! - threshold;
      if (edge > 0) score += edge;
    }
    scores[i] = score;
  }
  return normalise(scores);
}

/**
 * TextRank (Mihalcea & Tarau 2004) over the undirected similarity graph: PageRank by power
 * iteration, damping 0.85, 30 rounds (converged well before that on news-length graphs).
 */
export function textRank(model: ArticleModel, window = 100): number[] {
  const n = model.candidates.length;
  if (n === 0) return [];
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(n, i + window); j++) if (j !== i) out[i]! += model.similarity(i, j);
  }
  let rank = new Array<number>(n).fill(1 / n);
  for (let round = 0; round < 30; round++) {
    const next = new Array<number>(n).fill(0.15 / n);
    for (let i = 0; i < n; i++) {
      if (out[i] === 0) continue;
      for (let j = Math.max(0, i - window); j < Math.min(n, i + window); j++) {
        if (j !== i) next[j]! += (0.85 * rank[i]! * model.similarity(i, j)) / out[i]!;
      }
    }
    rank = next;
  }
  return normalise(rank);
}

/** Scales scores to 0..1 by the largest; all zeros stay zeros. */
export function normalise(scores: number[]): number[] {
  let max = 0;
  for (const score of scores) if (score > max) max = score; // no spread: inputs can have 100,000+ sentences
  return max > 0 ? scores.map((s) => s / max) : scores.map(() => 0);
}
