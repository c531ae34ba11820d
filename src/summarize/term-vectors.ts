/**
 * TF-IDF vectors of an article's sentences over integer term ids, and the similarities the rankers
 * read. Terms are numbered once per article, so every later pass is array arithmetic instead of
 * string-keyed map look-ups. The sums add the same products in the same order as the map-based
 * `cosine` and `weighTerms` in terms.ts, so the scores are the same to the last bit.
 */

/** A bag of terms over an article's term ids, weighted by TF-IDF. */
export interface WeightedTerms {
  /** Distinct term ids in order of first use in the text; -1 for a term no sentence has. */
  ids: Int32Array;
  counts: Int32Array;
  weights: Float64Array;
  /** Euclidean norm of the weights, summed in the order of `ids`. */
  norm: number;
}

/** An article's terms numbered in order of first use, and each sentence's bag of them. */
export interface TermBags {
  vocabulary: Map<string, number>;
  bags: Array<{ ids: Int32Array; counts: Int32Array }>;
}

/**
 * Numbers the terms of the sentences in order of first use (sentence by sentence, word by word)
 * and counts each sentence's distinct terms, in the order each first appears in it.
 */
export function bagTerms(sentences: ReadonlyArray<readonly string[]>): TermBags {
  const vocabulary = new Map<string, number>();
  // Per term id: the last sentence it was seen in, and its slot in that sentence's bag.
  const lastSeen: number[] = [];
  const slot: number[] = [];
  const bags = sentences.map((terms, s) => {
    const ids: number[] = [];
    const counts: number[] = [];
    for (const term of terms) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
        lastSeen.push(-1);
        slot.push(0);
      }
      if (lastSeen[id] === s) counts[slot[id]!]!++;
      else {
        lastSeen[id] = s;
        slot[id] = ids.length;
        ids.push(id);
        counts.push(1);
      }
    }
    return { ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
  });
  return { vocabulary, bags };
}

/** The bag of a text outside the sentences (the headline): its terms the sentences lack get id -1. */
export function bagAgainst(terms: readonly string[], vocabulary: Map<string, number>): { ids: Int32Array; counts: Int32Array } {
  const slots = new Map<string, number>();
  const ids: number[] = [];
  const counts: number[] = [];
  for (const term of terms) {
    const slot = slots.get(term);
    if (slot !== undefined) counts[slot]!++;
    else {
      slots.set(term, ids.length);
      ids.push(vocabulary.get(term) ?? -1);
      counts.push(1);
    }
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
}

/** Inverse document frequency by term id, as `inverseFrequencies` in terms.ts. */
export function inverseFrequenciesById(bags: TermBags['bags'], vocabularySize: number): Float64Array {
  const df = new Int32Array(vocabularySize);
  for (const bag of bags) for (const id of bag.ids) df[id]!++;
  const idf = new Float64Array(vocabularySize);
  const n = bags.length;
  for (let id = 0; id < vocabularySize; id++) idf[id] = Math.log((n + 1) / (df[id]! + 0.5));
  return idf;
}

/** TF-IDF weights of a bag, as `weighTerms` in terms.ts (an unknown term, id -1, weighs log 2). */
export function weighBag(bag: { ids: Int32Array; counts: Int32Array }, idf: Float64Array): WeightedTerms {
  const weights = new Float64Array(bag.ids.length);
  let sum = 0;
  for (let k = 0; k < weights.length; k++) {
    const id = bag.ids[k]!;
    const weight = (1 + Math.log(bag.counts[k]!)) * (id < 0 ? Math.log(2) : idf[id]!);
    weights[k] = weight;
    sum += weight * weight;
  }
  return { ids: bag.ids, counts: bag.counts, weights, norm: Math.sqrt(sum) };
}

/**
 * Cosine of each vector with one other (the headline), 0 when either is empty. As `cosine` in
 * terms.ts, the dot product runs over the smaller bag in its own order.
 */
export function cosinesWith(vectors: readonly WeightedTerms[], other: WeightedTerms, vocabularySize: number): number[] {
  const otherWeight = scatter(other, new Float64Array(vocabularySize));
  const scratch = new Float64Array(vocabularySize);
  return vectors.map((vector) => {
    if (vector.ids.length === 0 || other.ids.length === 0) return 0;
    let dot = 0;
    if (vector.ids.length <= other.ids.length) {
      for (let k = 0; k < vector.ids.length; k++) dot += vector.weights[k]! * otherWeight[vector.ids[k]!]!;
    } else {
      scatter(vector, scratch);
      for (let k = 0; k < other.ids.length; k++) {
        const id = other.ids[k]!;
        if (id >= 0) dot += other.weights[k]! * scratch[id]!;
      }
      for (const id of vector.ids) scratch[id] = 0;
    }
    return dot === 0 ? 0 : dot / (vector.norm * other.norm);
  });
}

/** Writes a vector's weights into a dense array indexed by term id; returns the array. */
function scatter(vector: WeightedTerms, dense: Float64Array): Float64Array {
  for (let k = 0; k < vector.ids.length; k++) {
    const id = vector.ids[k]!;
    if (id >= 0) dense[id] = vector.weights[k]!;
  }
  return dense;
}

/**
 * Cosines of each sentence with the `span` sentences after it: row i of the result holds
 * cos(i, i + 1) .. cos(i, i + span). Each vector is put in term-id order first, and the dot
 * products add their terms in that order, as a merge of two sorted lists would.
 */
export function similarityBand(vectors: readonly WeightedTerms[], span: number, vocabularySize: number): Float32Array {
  const n = vectors.length;
  const sorted = vectors.map(sortById);
  const band = new Float32Array(n * span);
  const dense = new Float64Array(vocabularySize);
  for (let i = 0; i < n; i++) {
    const a = sorted[i]!;
    if (a.norm === 0) continue;
    for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]!] = a.weights[k]!;
    const last = Math.min(n - 1, i + span);
    for (let j = i + 1; j <= last; j++) {
      const b = sorted[j]!;
      if (b.norm === 0) continue;
      // Terms i lacks read 0 from `dense` and add nothing; the shared ones add in id order.
      let dot = 0;
      for (let k = 0; k < b.ids.length; k++) dot += dense[b.ids[k]!]! * b.weights[k]!;
      if (dot !== 0) band[i * span + j - i - 1] = dot / (a.norm * b.norm);
    }
    for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]!] = 0;
  }
  return band;
}

/** Longest bag sorted by insertion; longer ones (a run-on "sentence" of a whole page) sort by index. */
const MAX_INSERTION_SORT = 64;

/** A vector with its terms in id order and its norm summed in that order. */
function sortById(vector: WeightedTerms): { ids: Int32Array; weights: Float64Array; norm: number } {
  let ids: Int32Array;
  let weights: Float64Array;
  if (vector.ids.length > MAX_INSERTION_SORT) {
    const order = Array.from(vector.ids.keys()).sort((x, y) => vector.ids[x]! - vector.ids[y]!);
    ids = Int32Array.from(order, (k) => vector.ids[k]!);
    weights = Float64Array.from(order, (k) => vector.weights[k]!);
  } else {
    ids = Int32Array.from(vector.ids);
    weights = Float64Array.from(vector.weights);
    // A sentence's ids come nearly in order (new terms get the next ids), so this is quick.
    for (let k = 1; k < ids.length; k++) {
      const id = ids[k]!;
      const weight = weights[k]!;
      let m = k - 1;
      for (; m >= 0 && ids[m]! > id; m--) {
        ids[m + 1] = ids[m]!;
        weights[m + 1] = weights[m]!;
      }
      ids[m + 1] = id;
      weights[m + 1] = weight;
    }
  }
  let sum = 0;
  for (const weight of weights) sum += weight * weight;
  return { ids, weights, norm: Math.sqrt(sum) };
}
