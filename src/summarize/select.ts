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
 * Each pick costs one pass over the candidates (redundancy is kept up to date, not recomputed).
 */
export function selectSentences(model: ArticleModel, scores: number[], leaning: number[], budget: Budget): number[] {
  const n = model.candidates.length;
  const limit = budget.words === undefined ? budget.sentences : n;
  const taken = new Array<boolean>(n).fill(false);
  // Closed: chosen, skipped for the budget, or a near-duplicate of a chosen sentence.
  const closed = new Array<boolean>(n).fill(false);
  const redundancy = new Array<number>(n).fill(0);
  const chosen: number[] = [];
  let words = 0;
  while (chosen.length < limit) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (closed[i]) continue;
      const refund = i > 0 && taken[i - 1] ? leaning[i]! : 0;
      const value = scores[i]! + refund - REDUNDANCY_WEIGHT * redundancy[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    closed[best] = true;
    const size = model.candidates[best]!.words;
    if (budget.words !== undefined && chosen.length > 0 && words + size > budget.words) continue;
    chosen.push(best);
    taken[best] = true;
    words += size;
    for (let i = 0; i < n; i++) {
      if (closed[i]) continue;
      const similarity = model.similarity(i, best);
      if (similarity >= DUPLICATE_SIMILARITY) closed[i] = true;
      else if (similarity > redundancy[i]!) redundancy[i] = similarity;
    }
    if (budget.words !== undefined && words >= budget.words) break;
  }
  return chosen.sort((a, b) => a - b);
}
