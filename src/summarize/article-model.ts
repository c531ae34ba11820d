import type { Article } from '../article.js';
import { collectCandidates, headlineBlock, type Candidate } from './candidates.js';
import { bagAgainst, bagTerms, inverseFrequenciesById, similarityBand, weighBag, type WeightedTerms } from './term-vectors.js';
import { contentTerms } from './terms.js';

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
  vectors: WeightedTerms[];
  /** Headline plus standfirst, weighted like the sentences; empty when there is no headline. */
  headline: WeightedTerms;
  /** Number of distinct terms in the candidates: the size of an array indexed by term id. */
  vocabularySize: number;
  /** `similarity(i, j)`: cosine of candidates i and j (0 beyond MAX_GRAPH_SPAN). */
  similarity(i: number, j: number): number;
}

/** Builds the model of an article once; rankers and the selector share it. */
export function buildModel(article: Article): ArticleModel {
  const candidates = collectCandidates(article);
  const { vocabulary, bags } = bagTerms(candidates.map((c) => c.terms));
  const idf = inverseFrequenciesById(bags, vocabulary.size);
  const vectors = bags.map((bag) => weighBag(bag, idf));
  const block = headlineBlock(article);
  const headlineText = [block?.text ?? article.metadata.title ?? '', block ? (article.standfirst?.text ?? '') : ''].join(' ').trim();
  const headline = weighBag(bagAgainst(contentTerms(headlineText), vocabulary), idf);
  const band = similarityBand(vectors, MAX_GRAPH_SPAN, vocabulary.size);
  return {
    candidates,
    vectors,
    headline,
    vocabularySize: vocabulary.size,
    similarity(i, j) {
      if (i === j) return 1;
      const distance = Math.abs(i - j);
      if (distance > MAX_GRAPH_SPAN) return 0;
      return band[Math.min(i, j) * MAX_GRAPH_SPAN + distance - 1]!;
    },
  };
}
