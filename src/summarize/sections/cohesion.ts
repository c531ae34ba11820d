import type { SentenceVectors } from '../term-vectors.js';

/**
 * Lexical cohesion across each gap between paragraphs, for TextTiling: the cosine of the TF-IDF
 * vectors of the BLOCK_SIZE paragraphs before the gap and of those after it, each block read as
 * one text. Works on the paragraphs' numbered terms (see `sentenceVectors`, with paragraphs as
 * the documents), adding the same products in the same order as the map-based `weighTerms`,
 * `cosine` and summed counts in tests/helpers/reference-terms.ts, so the figures are the same to
 * the last bit.
 */

/** Paragraphs on each side of a gap compared by TextTiling: enough to smooth one-sentence paragraphs. */
const BLOCK_SIZE = 2;

interface BlockVector {
  /** Distinct term ids in order of first use in the block. */
  ids: number[];
  weights: number[];
  norm: number;
}

/** cohesion[g - 1] compares paragraphs (g - BLOCK_SIZE, g] with (g, g + BLOCK_SIZE], for gaps g = 1 .. n - 1. */
export function gapCohesion(paragraphs: SentenceVectors): number[] {
  const n = paragraphs.norms.length;
  const position = new Int32Array(paragraphs.idf.length).fill(-1);
  const dense = new Float64Array(paragraphs.idf.length);
  const cohesion: number[] = [];
  for (let g = 1; g < n; g++) {
    const left = blockVector(paragraphs, Math.max(0, g - BLOCK_SIZE), g, position);
    const right = blockVector(paragraphs, g, Math.min(n, g + BLOCK_SIZE), position);
    cohesion.push(cosine(left, right, dense));
  }
  return cohesion;
}

/** The TF-IDF vector of paragraphs from .. to - 1 as one text: their term counts summed. */
function blockVector(paragraphs: SentenceVectors, from: number, to: number, position: Int32Array): BlockVector {
  const { start, ids, counts, idf } = paragraphs;
  const blockIds: number[] = [];
  const blockCounts: number[] = [];
  for (let k = start[from]!; k < start[to]!; k++) {
    const id = ids[k]!;
    const at = position[id]!;
    if (at >= 0) blockCounts[at]! += counts[k]!;
    else {
      position[id] = blockIds.length;
      blockIds.push(id);
      blockCounts.push(counts[k]!);
    }
  }
  const weights: number[] = [];
  let sum = 0;
  for (let k = 0; k < blockIds.length; k++) {
    position[blockIds[k]!] = -1;
    const weight = (1 + Math.log(blockCounts[k]!)) * idf[blockIds[k]!]!;
    weights.push(weight);
    sum += weight * weight;
  }
  return { ids: blockIds, weights, norm: Math.sqrt(sum) };
}

/** Cosine of two block vectors, the dot product taken over the smaller in its own order; 0 when either is empty. */
function cosine(a: BlockVector, b: BlockVector, dense: Float64Array): number {
  if (a.ids.length === 0 || b.ids.length === 0) return 0;
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  for (let k = 0; k < large.ids.length; k++) dense[large.ids[k]!] = large.weights[k]!;
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) dot += small.weights[k]! * dense[small.ids[k]!]!;
  for (const id of large.ids) dense[id] = 0;
  return dot === 0 ? 0 : dot / (a.norm * b.norm);
}
