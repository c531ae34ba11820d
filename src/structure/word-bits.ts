/**
 * A fixed map from words to bit flags, looked up by the characters of a string or of a stretch of
 * it: no substring is cut, and a word that is not in it (most words) is usually told apart by its
 * hash alone, without reading a string. Built once from a Map; open addressing, linear probing,
 * at most a quarter full.
 */
export class WordBits {
  private readonly hashes: Int32Array;
  private readonly bits: Int32Array;
  private readonly words: string[];
  private readonly wrap: number;

  /** The table of `entries`; a word whose bits are 0 is left out, as `get` gives 0 for it anyway. */
  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.hashes = new Int32Array(size);
    this.bits = new Int32Array(size);
    this.words = new Array<string>(size).fill('');
    this.wrap = size - 1;
    for (const [word, bits] of entries) {
      if (bits === 0) continue;
      const hash = hashOf(word, 0, word.length);
      let slot = hash & this.wrap;
      while (this.bits[slot] !== 0) slot = (slot + 1) & this.wrap;
      this.hashes[slot] = hash;
      this.bits[slot] = bits;
      this.words[slot] = word;
    }
  }

  /** The bits of the word `text.slice(start, end)`, 0 when it has none. */
  get(text: string, start = 0, end = text.length): number {
    const hash = hashOf(text, start, end);
    for (let slot = hash & this.wrap; ; slot = (slot + 1) & this.wrap) {
      const bits = this.bits[slot]!;
      if (bits === 0) return 0;
      if (this.hashes[slot] === hash && sameWord(this.words[slot]!, text, start, end)) return bits;
    }
  }
}

/** FNV-1a's 32-bit offset basis: the hash of no characters, before `finishHash`. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a's 32-bit prime: one step is `Math.imul(hash ^ code, FNV_PRIME)`. */
export const FNV_PRIME = 0x01000193;

/** Folds the high bits into the low ones, which pick an open-addressing table's slot. */
export function finishHash(hash: number): number {
  return hash ^ (hash >>> 16);
}

/**
 * FNV-1a over the UTF-16 code units of `text.slice(start, end)`, read in place, then
 * `finishHash`. Shared by the word tables; scanWords (src/summarize/word-scan.ts) hashes a word
 * as it reads it with the same constants and steps, so the hashes agree.
 */
export function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  // The step written out, not a helper's call: with a call here findStarts took half as long again.
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return finishHash(hash);
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
