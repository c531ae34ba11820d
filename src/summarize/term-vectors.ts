import type { Term } from './term-cache.js';

/**
 * TF-IDF vectors of an article's sentences over integer term ids, and the similarities the rankers
 * read. Terms are numbered once per article and every sentence's vector lives in the same few flat
 * arrays, so the later passes are array arithmetic, not string-keyed look-ups or many small
 * objects. Every sum adds the same products in the same order as the map-based functions in
 * tests/helpers/reference-terms.ts (or, for the similarity band, as a merge of id-sorted
 * vectors), so the scores are the same to the last bit; tests/summarize/term-vectors.test.ts
 * holds them to that.
 */

/**
 * The TF-IDF vectors of an article's sentences. Sentence s owns entries `start[s]` to
 * `start[s + 1]` of `ids`, `counts` and `weights`: its distinct terms in order of first use.
 */
export interface SentenceVectors {
  /** The article's stamp: a Term of this stamp has its `id` here (see `Term`). */
  stamp: number;
  /** Inverse document frequency by term id, as `inverseFrequencies` in tests/helpers/reference-terms.ts. */
  idf: Float64Array;
  start: Int32Array;
  ids: Int32Array;
  counts: Int32Array;
  weights: Float64Array;
  /** Euclidean norm of each sentence's weights, summed in the order of its entries. */
  norms: Float64Array;
}

/** A bag of terms outside the sentences (the headline), weighted by their TF-IDF. */
export interface WeightedTerms {
  /** Distinct term ids in order of first use; -1 for a term no sentence has. */
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * Numbers the sentences' terms in order of first use (sentence by sentence, word by word) and
 * weighs each sentence's distinct terms by TF-IDF. `stamp` is the article's (see `beginArticle`):
 * each Term carries its number for the article, so numbering needs no look-up.
 */
export function sentenceVectors(sentences: ReadonlyArray<readonly Term[]>, stamp: number): SentenceVectors {
  const n = sentences.length;
  let total = 0;
  for (const terms of sentences) total += terms.length;
  let vocabularySize = 0;
  // Per term id: the last sentence it was seen in, and where its entry is.
  const lastSeen: number[] = [];
  const entry: number[] = [];
  const start = new Int32Array(n + 1);
  const ids = new Int32Array(total);
  const counts = new Int32Array(total);
  let used = 0;
  for (let s = 0; s < n; s++) {
    start[s] = used;
    for (const term of sentences[s]!) {
      if (term.stamp !== stamp) {
        term.stamp = stamp;
        term.id = vocabularySize++;
        lastSeen.push(-1);
        entry.push(0);
      }
      const id = term.id;
      if (lastSeen[id] === s) counts[entry[id]!]!++;
      else {
        lastSeen[id] = s;
        entry[id] = used;
        ids[used] = id;
        counts[used++] = 1;
      }
    }
  }
  start[n] = used;
  const idf = inverseFrequencies(ids.subarray(0, used), n, vocabularySize);
  const weights = new Float64Array(used);
  const norms = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    let sum = 0;
    for (let k = start[s]!; k < start[s + 1]!; k++) {
      const weight = (1 + Math.log(counts[k]!)) * idf[ids[k]!]!;
      weights[k] = weight;
      sum += weight * weight;
    }
    norms[s] = Math.sqrt(sum);
  }
  return { stamp, idf, start, ids: ids.subarray(0, used), counts: counts.subarray(0, used), weights, norms };
}

/** `log((N + 1) / (df + 0.5))` by term id; `ids` holds each sentence's distinct terms. */
function inverseFrequencies(ids: Int32Array, n: number, vocabularySize: number): Float64Array {
  const df = new Int32Array(vocabularySize);
  for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
  const idf = new Float64Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) idf[id] = Math.log((n + 1) / (df[id]! + 0.5));
  return idf;
}

/** The TF-IDF vector of a text outside the sentences; its terms no sentence has weigh log 2. */
export function outsideVector(terms: readonly Term[], vectors: SentenceVectors): WeightedTerms {
  const slots = new Map<Term, number>();
  const ids: number[] = [];
  const counts: number[] = [];
  for (const term of terms) {
    const slot = slots.get(term);
    if (slot !== undefined) counts[slot]!++;
    else {
      slots.set(term, ids.length);
      ids.push(term.stamp === vectors.stamp ? term.id : -1);
      counts.push(1);
    }
  }
  const weights = new Float64Array(ids.length);
  let sum = 0;
  for (let k = 0; k < ids.length; k++) {
    const weight = (1 + Math.log(counts[k]!)) * (ids[k]! < 0 ? Math.log(2) : vectors.idf[ids[k]!]!);
    weights[k] = weight;
    sum += weight * weight;
  }
  return { ids: new Int32Array(ids), weights, norm: Math.sqrt(sum) };
}

/**
 * Cosine of each sentence with another vector (the headline), 0 when either is empty. As `cosine`
 * in tests/helpers/reference-terms.ts, the dot product runs over the smaller of the two, in its own order.
 */
export function cosinesWith(vectors: SentenceVectors, other: WeightedTerms): number[] {
  const size = vectors.idf.length;
  const otherWeight = new Float64Array(size);
  for (let k = 0; k < other.ids.length; k++) if (other.ids[k]! >= 0) otherWeight[other.ids[k]!] = other.weights[k]!;
  const scratch = new Float64Array(size);
  const { start, ids, weights, norms } = vectors;
  const cosines = new Array<number>(norms.length);
  for (let s = 0; s < norms.length; s++) {
    const from = start[s]!;
    const to = start[s + 1]!;
    let dot = 0;
    if (to - from <= other.ids.length) {
      for (let k = from; k < to; k++) dot += weights[k]! * otherWeight[ids[k]!]!;
    } else {
      for (let k = from; k < to; k++) scratch[ids[k]!] = weights[k]!;
      for (let k = 0; k < other.ids.length; k++) if (other.ids[k]! >= 0) dot += other.weights[k]! * scratch[other.ids[k]!]!;
      for (let k = from; k < to; k++) scratch[ids[k]!] = 0;
    }
    cosines[s] = from === to || other.ids.length === 0 || dot === 0 ? 0 : dot / (norms[s]! * other.norm);
  }
  return cosines;
}

/**
 * Cosines of each sentence with the `span` sentences after it: row i of the result holds
 * cos(i, i + 1) .. cos(i, i + span). Read term by term, in id order, from the list of sentences
 * each term occurs in: a pair's dot product then adds its shared terms in id order, as a merge of
 * two id-sorted vectors would, and the work is the pairs of sentences sharing a term, not every
 * pair times every term. Norms are summed in id order as well.
 */
export function similarityBand(vectors: SentenceVectors, span: number): Float32Array {
  const n = vectors.norms.length;
  const { sentence, weight, first } = postings(vectors);
  const dots = new Float64Array(n * span);
  const squares = new Float64Array(n);
  for (let id = 0; id + 1 < first.length; id++) {
    const end = first[id + 1]!;
    for (let a = first[id]!; a < end; a++) {
      const i = sentence[a]!;
      const w = weight[a]!;
      squares[i]! += w * w;
      // Postings are in sentence order: stop at the first sentence out of reach.
      for (let b = a + 1; b < end && sentence[b]! - i <= span; b++) dots[i * span + sentence[b]! - i - 1]! += w * weight[b]!;
    }
  }
  const norms = squares.map(Math.sqrt);
  const band = new Float32Array(n * span);
  for (let i = 0; i < n; i++) {
    const last = Math.min(n - 1, i + span);
    for (let j = i + 1; j <= last; j++) {
      const dot = dots[i * span + j - i - 1]!;
      if (dot !== 0) band[i * span + j - i - 1] = dot / (norms[i]! * norms[j]!);
    }
  }
  return band;
}

/** For each term id, the sentences it occurs in (in order) with its weight there: entries first[id] .. first[id + 1]. */
function postings(vectors: SentenceVectors): { sentence: Int32Array; weight: Float64Array; first: Int32Array } {
  const { start, ids, weights } = vectors;
  const first = new Int32Array(vectors.idf.length + 1);
  for (let k = 0; k < ids.length; k++) first[ids[k]! + 1]!++;
  for (let id = 0; id < vectors.idf.length; id++) first[id + 1]! += first[id]!;
  const next = first.slice(0, -1);
  const sentence = new Int32Array(ids.length);
  const weight = new Float64Array(ids.length);
  for (let s = 0; s + 1 < start.length; s++) {
    for (let k = start[s]!; k < start[s + 1]!; k++) {
      const slot = next[ids[k]!]!++;
      sentence[slot] = s;
      weight[slot] = weights[k]!;
    }
  }
  return { sentence, weight, first };
}
