import type { ArticleModel } from './article-model.js';
import { DUPLICATE_SIMILARITY, REDUNDANCY_WEIGHT } from './weights.js';

/** How many sentences to choose: a count, or a word budget (a budget wins when both are given). */
export interface Budget {
  sentences: number;
  words?: number | undefined;
}

/**
 * Chooses sentences by Maximal Marginal Relevance: repeatedly the candidate with the best score
 * minus its similarity to what is already chosen, skipping near-duplicates. With a word budget,
 * a sentence that would overrun it is skipped (a shorter one may still fit), but the first choice
 * is always taken so a summary is never empty. A sentence that leans on the one before it gets
 * its `leaning` penalty back once that one is chosen. Returns candidate indexes in reading order.
 */
export function selectSentences(model: ArticleModel, scores: number[], leaning: number[], budget: Budget): number[] {
  const chosen: number[] = [];
  const n = model.candidates.length;
  const limit = budget.words === undefined ? budget.sentences : n;
  let words = 0;
  const skipped = new Set<number>();
  while (chosen.length < limit) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (skipped.has(i) || chosen.includes(i)) continue;
      let redundancy = 0;
      for (const j of chosen) redundancy = Math.max(redundancy, model.similarity(i, j));
      if (redundancy >= DUPLICATE_SIMILARITY) continue;
      const refund = i > 0 && chosen.includes(i - 1) ? leaning[i]! : 0;
      const value = scores[i]! + refund - REDUNDANCY_WEIGHT * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    const size = model.candidates[best]!.words;
    if (budget.words !== undefined && chosen.length > 0 && words + size > budget.words) {
      skipped.add(best);
      continue;
    }
    chosen.push(best);
    words += size;
    if (budget.words !== undefined && words >= budget.words) break;
  }
  return chosen.sort((a, b) => a - b);
}
