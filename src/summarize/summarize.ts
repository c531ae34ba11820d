import type { Article, RankedSentence } from '../article.js';
import { buildModel } from './article-model.js';
import { scoreCandidates, toRanked, type RankerName } from './rankers/index.js';
import { selectSentences } from './select.js';
import { DEFAULT_SENTENCES } from './weights.js';

/** Options of `summarize`. */
export interface SummarizeOptions {
  /** Number of sentences (default 3). */
  sentences?: number | undefined;
  /** Word budget instead of a count: as many sentences as fit (at least one). */
  words?: number | undefined;
  /** Ranker to use (default `news`). */
  ranker?: RankerName | undefined;
}

/**
 * An extractive summary of an article: the best sentences under the ranker, chosen without
 * repeating each other (MMR), returned in article order with their scores and spans. Sentences
 * come from the body (and from the first line when it is the lead rather than a headline); a
 * leading dateline tag such as `(CNN)` is left out of the span. Deterministic; an article
 * without sentences gives an empty list.
 */
export function summarize(article: Article, options: SummarizeOptions = {}): RankedSentence[] {
  const model = buildModel(article);
  if (model.candidates.length === 0) return [];
  const { scores, leaning } = scoreCandidates(model, options.ranker ?? 'news');
  const chosen = selectSentences(model, scores, leaning, { sentences: Math.max(1, options.sentences ?? DEFAULT_SENTENCES), words: options.words });
  return chosen.map((i) => toRanked(model.candidates[i]!, scores[i]!));
}
