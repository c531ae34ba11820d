import type { Article, RankedSentence } from '../../article.js';
import { buildModel, type ArticleModel } from '../article-model.js';
import { BACKWARD_EDGE_WEIGHT } from '../weights.js';
import { directedCentrality, textRank } from './centrality.js';
import { scoreNews } from './news.js';

/** The rankers by name. `news` is the default; the others are the published baselines. */
export const RANKER_NAMES = ['news', 'lead', 'textrank', 'pacsum'] as const;

/** A ranker's name. */
export type RankerName = (typeof RANKER_NAMES)[number];

/**
 * Scores of every candidate of a model under one ranker (higher is better), in reading order,
 * and for each the part of the score it gets back when the sentence before it is chosen too.
 */
export function scoreCandidates(model: ArticleModel, ranker: RankerName): { scores: number[]; leaning: number[] } {
  const none = () => model.candidates.map(() => 0);
  switch (ranker) {
    case 'news':
      return scoreNews(model);
    case 'lead':
      return { scores: model.candidates.map((c) => 1 / (1 + c.position)), leaning: none() };
    case 'textrank':
      return { scores: textRank(model), leaning: none() };
    case 'pacsum':
      return { scores: directedCentrality(model, BACKWARD_EDGE_WEIGHT), leaning: none() };
  }
}

/**
 * Ranks every candidate sentence of an article with the named ranker. Returns all of them in
 * article order, each with its score (scores compare only within one article and one ranker).
 * Every ranker has this signature, so one test table checks them all.
 */
export function rankSentences(article: Article, ranker: RankerName = 'news'): RankedSentence[] {
  const model = buildModel(article);
  const { scores } = scoreCandidates(model, ranker);
  return model.candidates.map((c, i) => toRanked(c, scores[i] ?? 0));
}

/** The public form of a candidate with its score, rounded to keep JSON short and stable. */
export function toRanked(candidate: ArticleModel['candidates'][number], score: number): RankedSentence {
  return {
    text: candidate.text,
    paragraph: candidate.paragraph,
    sentence: candidate.sentence,
    score: Math.round(score * 1000) / 1000,
    start: candidate.start,
    end: candidate.end,
  };
}
