/**
 * Content terms and TF-IDF vectors as string-keyed maps: the plain statement of what the
 * summarizer computes, kept here as the reference for tests. The rankers run the same arithmetic
 * on numbered terms in flat arrays (src/summarize/term-vectors.ts, sections/cohesion.ts).
 */
import { beginArticle, type Term } from '../../src/summarize/term-cache.js';
import { scanWords } from '../../src/summarize/word-scan.js';

export { stemWord } from '../../src/summarize/stem.js';

/** A bag of stemmed content words with weights (TF-IDF once weighted). */
export type TermVector = Map<string, number>;

/**
 * The content words of a text, lower-cased and stemmed, stop words and one-letter words dropped.
 * Linear in the text.
 */
export function contentTerms(text: string): string[] {
  // A text of its own: the word tables may empty themselves first (see `beginArticle`).
  beginArticle();
  const terms: Term[] = [];
  scanWords(text, 0, text.length, terms);
  return terms.map((term) => term.text);
}

/** Term frequencies of a list of terms. */
export function countTerms(terms: string[]): TermVector {
  const counts: TermVector = new Map();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Inverse document frequency over the article's sentences: `log((N + 1) / (df + 0.5))`.
 * Terms in every sentence count little; a name that appears in three sentences counts a lot.
 */
export function inverseFrequencies(documents: TermVector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = documents.length;
  for (const [term, count] of df) idf.set(term, Math.log((n + 1) / (count + 0.5)));
  return idf;
}

/** TF-IDF weighting of term counts, with sub-linear TF so a repeated word does not dominate. */
export function weighTerms(counts: TermVector, idf: Map<string, number>): TermVector {
  const weighted: TermVector = new Map();
  for (const [term, count] of counts) weighted.set(term, (1 + Math.log(count)) * (idf.get(term) ?? Math.log(2)));
  return weighted;
}

/** Cosine similarity of two weighted vectors; 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

const norms = new WeakMap<TermVector, number>();
function norm(vector: TermVector): number {
  let value = norms.get(vector);
  if (value === undefined) {
    let sum = 0;
    for (const weight of vector.values()) sum += weight * weight;
    value = Math.sqrt(sum);
    norms.set(vector, value);
  }
  return value;
}
