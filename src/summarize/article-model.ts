import type { Article } from '../article.js';
import { collectCandidates, headlineBlock, type Candidate } from './candidates.js';
import { outsideVector, sentenceVectors, similarityBand, type SentenceVectors, type WeightedTerms } from './term-vectors.js';
import { beginArticle, type Term } from './term-cache.js';
import { scanWords } from './word-scan.js';

/**
 * Sentences further apart than this are not compared: it bounds the similarity graph of a very
 * long input to a band (linear in its length) while covering news articles whole (CNN and BBC
 * stories run 20 to 60 sentences).
 */
const MAX_GRAPH_SPAN = 100;

/** What every ranker reads: the candidates, their TF-IDF vectors, and their similarities. */
export interface ArticleModel {
  candidates: Candidate[];
  /** TF-IDF vectors of the candidates over the article's term ids. */
  vectors: SentenceVectors;
  /** Headline plus standfirst, weighted like the sentences; empty when there is no headline. */
  headline: WeightedTerms;
  /** `similarity(i, j)`: cosine of candidates i and j (0 beyond MAX_GRAPH_SPAN). */
  similarity(i: number, j: number): number;
  /**
   * The similarities as stored, for loops over many pairs: `band[i * span + d - 1]` is the cosine
   * of candidates i and i + d for 1 <= d <= span; pairs further apart are 0.
   */
  band: Float32Array;
  span: number;
}

/** Builds the model of an article once; rankers and the selector share it. */
export function buildModel(article: Article): ArticleModel {
  // Before any word is read: the word table is emptied, when full, only between articles.
  const stamp = beginArticle();
  const candidates = collectCandidates(article);
  const vectors = sentenceVectors(candidates.map((c) => c.terms), stamp);
  const block = headlineBlock(article);
  const headlineText = [block?.text ?? article.metadata.title ?? '', block ? (article.standfirst?.text ?? '') : ''].join(' ').trim();
  const headlineTerms: Term[] = [];
  scanWords(headlineText, 0, headlineText.length, headlineTerms);
  const headline = outsideVector(headlineTerms, vectors);
  // No pair of a short article is further apart than its length: rows need no more room than that.
  const span = Math.min(MAX_GRAPH_SPAN, Math.max(1, candidates.length - 1));
  const band = similarityBand(vectors, span);
  return {
    candidates,
    vectors,
    headline,
    band,
    span,
    similarity(i, j) {
      if (i === j) return 1;
      const distance = Math.abs(i - j);
      if (distance > span) return 0;
      return band[Math.min(i, j) * span + distance - 1]!;
    },
  };
}
