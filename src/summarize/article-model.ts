import type { Article } from '../article.js';
import { collectCandidates, headlineBlock, type Candidate } from './candidates.js';
import { contentTerms, countTerms, inverseFrequencies, weighTerms, type TermVector } from './terms.js';

/**
 * Sentences further apart than this are not compared: it bounds the similarity graph of a very
 * long input to a band (linear in its length) while covering news articles whole (CNN and BBC
 * stories run 20 to 60 sentences).
 */
const MAX_GRAPH_SPAN = 100;

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
  const band = similarityBand(vectors);
  return {
    candidates,
    vectors,
    headline,
    similarity(i, j) {
      if (i === j) return 1;
      const distance = Math.abs(i - j);
      if (distance > MAX_GRAPH_SPAN) return 0;
      return band[Math.min(i, j) * MAX_GRAPH_SPAN + distance - 1]!;
    },
  };
}

/**
 * Every similarity the rankers may ask for, computed once: row i holds the cosines of sentence i
 * with the MAX_GRAPH_SPAN sentences after it. Vectors become sorted arrays of term ids first, so
 * each cosine is a merge of two short arrays instead of map look-ups.
 */
function similarityBand(vectors: TermVector[]): Float32Array {
  const n = vectors.length;
  const ids = new Map<string, number>();
  const sparse = vectors.map((vector) => toSparse(vector, ids));
  const band = new Float32Array(n * MAX_GRAPH_SPAN);
  for (let i = 0; i < n; i++) {
    const a = sparse[i]!;
    if (a.norm === 0) continue;
    const last = Math.min(n - 1, i + MAX_GRAPH_SPAN);
    for (let j = i + 1; j <= last; j++) band[i * MAX_GRAPH_SPAN + j - i - 1] = sparseCosine(a, sparse[j]!);
  }
  return band;
}

interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

function toSparse(vector: TermVector, ids: Map<string, number>): SparseVector {
  const entries = [...vector].map(([term, weight]) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return [id, weight] as const;
  });
  entries.sort((x, y) => x[0] - y[0]);
  let sum = 0;
  for (const [, weight] of entries) sum += weight * weight;
  return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]), norm: Math.sqrt(sum) };
}

/** Same value as `cosine` in terms.ts, on sorted sparse vectors. */
function sparseCosine(a: SparseVector, b: SparseVector): number {
  if (b.norm === 0) return 0;
  let dot = 0;
  let x = 0;
  let y = 0;
  while (x < a.ids.length && y < b.ids.length) {
    const ax = a.ids[x]!;
    const by = b.ids[y]!;
    if (ax === by) dot += a.weights[x++]! * b.weights[y++]!;
    else if (ax < by) x++;
    else y++;
  }
  return dot === 0 ? 0 : dot / (a.norm * b.norm);
}
