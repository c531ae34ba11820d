import type { Article } from '../article.js';
import { collectCandidates, headlineBlock, type Candidate } from './candidates.js';
import { contentTerms, cosine, countTerms, inverseFrequencies, weighTerms, type TermVector } from './terms.js';

/**
 * Sentences further apart than this are not compared: it bounds the similarity graph of a very
 * long input to a band (linear in its length) while covering every news article whole.
 */
const MAX_GRAPH_SPAN = 200;
/** A JavaScript Map holds at most 2^24 entries; past this many, similarities are recomputed instead. */
const MAX_CACHED_SIMILARITIES = 4_000_000;

/** What every ranker reads: the candidates, their TF-IDF vectors, and their similarities. */
export interface ArticleModel {
  candidates: Candidate[];
  vectors: TermVector[];
  /** Headline plus standfirst, weighted like the sentences; empty when there is no headline. */
  headline: TermVector;
  /** `similarity(i, j)`: cosine of candidates i and j (0 beyond MAX_GRAPH_SPAN). */
  similarity(i: number, j: number): number;
}

/** Builds the model of an article once; rankers and the selector share it. */
export function buildModel(article: Article): ArticleModel {
  const candidates = collectCandidates(article);
  const idf = inverseFrequencies(candidates.map((c) => c.terms));
  const vectors = candidates.map((c) => weighTerms(c.terms, idf));
  const headlineText = [headlineBlock(article)?.text ?? article.metadata.title ?? '', headlineBlock(article) ? (article.standfirst?.text ?? '') : '']
    .join(' ')
    .trim();
  const headline = weighTerms(countTerms(contentTerms(headlineText)), idf);
  const cache = new Map<number, number>();
  const n = candidates.length;
  return {
    candidates,
    vectors,
    headline,
    similarity(i, j) {
      if (i === j) return 1;
      if (Math.abs(i - j) > MAX_GRAPH_SPAN) return 0;
      const key = Math.min(i, j) * n + Math.max(i, j);
      let value = cache.get(key);
      if (value === undefined) {
        value = cosine(vectors[i]!, vectors[j]!);
        if (cache.size < MAX_CACHED_SIMILARITIES) cache.set(key, value);
      }
      return value;
    },
  };
}
