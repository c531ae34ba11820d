import { WORD } from './patterns.js';
import { STOP_WORDS } from './stop-words.js';

/** A bag of stemmed content words with weights (TF-IDF once weighted). */
export type TermVector = Map<string, number>;

/**
 * The content words of a text, lower-cased and stemmed, stop words and one-letter words dropped.
 * Linear in the text.
 */
export function contentTerms(text: string): string[] {
  return termsOfWords(text.match(WORD) ?? []);
}

/** `contentTerms` of words already split off a text. */
export function termsOfWords(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (const raw of words) {
    const term = termOf(raw);
    if (term !== '') terms.push(term);
  }
  return terms;
}

/**
 * Distinct words remembered by `termOf` before it starts afresh: more than a news vocabulary
 * needs, and a bound on memory however many articles one process reads.
 */
const MAX_CACHED_WORDS = 50_000;
/**
 * Only words shorter than this are remembered: V8 makes a longer substring a view into the whole
 * text it was cut from, so caching it would keep every article it came from alive.
 */
const MAX_CACHED_WORD_LENGTH = 12;
const termCache = new Map<string, string>();

/**
 * The term of one word as it stands in the text: lower-cased, possessive dropped, stemmed; ''
 * for a stop word or a one-letter word. Remembered, since an article repeats its words and a
 * corpus its vocabulary, and stemming is the costly part of comparing sentences.
 */
export function termOf(raw: string): string {
  if (raw.length > MAX_CACHED_WORD_LENGTH) return computeTerm(raw);
  let term = termCache.get(raw);
  if (term === undefined) {
    term = computeTerm(raw);
    if (termCache.size >= MAX_CACHED_WORDS) termCache.clear();
    termCache.set(raw, term);
  }
  return term;
}

function computeTerm(raw: string): string {
  const lower = raw.toLowerCase();
  const word = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
  return word.length < 2 || STOP_WORDS.has(word) ? '' : stemWord(word);
}

/**
 * A light suffix stemmer: enough to make "attack", "attacks" and "attacked" one term. Porter's
 * full algorithm would conflate more, but similarity between sentences of one article needs only
 * the common inflections; derivational suffixes are left alone so that meanings stay apart.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** `stopp` -> `stop`, so the stems of "stopped" and "stop" meet; `fall` keeps its double l. */
function undouble(stem: string): string {
  const n = stem.length;
  if (n > 3 && stem[n - 1] === stem[n - 2] && !'lsz'.includes(stem[n - 1]!)) return stem.slice(0, -1);
  return stem;
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
