/**
 * A table of what a function of a word gives, remembered across articles and keyed by the
 * characters of the text itself, so that a word already known is never cut out of its sentence.
 * Open addressing with linear probing. Once half full it takes no more words, and `settle()`,
 * called between articles, empties it: its memory is bounded however many articles one process
 * reads, and it is never emptied in the middle of an article.
 */
import { hashOf } from '../structure/word-bits.js';

/** Room for 64k distinct words before a table is emptied (a thousand news articles use about 34k). */
const SLOTS = 1 << 17;
const MAX_USED = SLOTS >> 1;
/**
 * Slots a table starts with, doubled whenever it is half full up to `SLOTS`: a one-article run
 * (most of them) then never allocates and zeroes the full megabyte.
 */
const FIRST_SLOTS = 1 << 12;
/**
 * Longer words are not remembered: V8 makes a substring of 13 or more characters a view into the
 * whole text it was cut from, so keeping one would keep that article alive.
 */
const MAX_WORD_LENGTH = 12;

/** `compute(text.slice(start, end))` for words, remembered; see the module comment. */
export class WordTable<T> {
  /**
   * Pairs of (hash, entry + 1) by slot, 0 for a free slot; made on first use, so that loading a
   * module that holds a table costs nothing. The words and values themselves sit in arrays in
   * the order they were met: the common words, met first, share a few cache lines.
   */
  private slots = new Int32Array(0);
  private words: string[] = [];
  private values: T[] = [];

  constructor(private readonly compute: (word: string) => T) {}

  /** The value for the word `text.slice(start, end)`. */
  get(text: string, start: number, end: number): T {
    if (end - start > MAX_WORD_LENGTH) return this.compute(text.slice(start, end));
    return this.getHashed(text, start, end, hashOf(text, start, end));
  }

  /**
   * `get` for a caller that hashed the word while reading it: `hash` must be
   * `hashOf(text, start, end)` (src/structure/word-bits.ts).
   */
  getHashed(text: string, start: number, end: number, hash: number): T {
    const length = end - start;
    if (length > MAX_WORD_LENGTH) return this.compute(text.slice(start, end));
    if (this.slots.length === 0) this.slots = new Int32Array(2 * FIRST_SLOTS);
    const slots = this.slots;
    const wrap = slots.length - 1;
    let slot = (hash << 1) & wrap;
    for (;;) {
      const entry = slots[slot + 1]!;
      if (entry === 0) break;
      if (slots[slot] === hash) {
        const word = this.words[entry - 1]!;
        if (word.length === length && sameChars(word, text, start)) return this.values[entry - 1]!;
      }
      slot = (slot + 2) & wrap;
    }
    const word = text.slice(start, end);
    const value = this.compute(word);
    if (this.words.length >= MAX_USED) return value;
    this.words.push(word);
    this.values.push(value);
    slots[slot] = hash;
    slots[slot + 1] = this.words.length;
    if (this.words.length * 4 >= slots.length && slots.length < 2 * SLOTS) this.grow();
    return value;
  }

  /** Doubles the slots, moving every (hash, entry) pair to its place in the larger table. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const wrap = slots.length - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = (old[at]! << 1) & wrap;
      while (slots[slot + 1] !== 0) slot = (slot + 2) & wrap;
      slots[slot] = old[at]!;
      slots[slot + 1] = old[at + 1]!;
    }
    this.slots = slots;
  }

  /** Empties the table when it is full; call it between articles. Returns whether it did. */
  settle(): boolean {
    if (this.words.length < MAX_USED) return false;
    this.empty();
    return true;
  }

  /** Forgets every word. */
  empty(): void {
    this.slots.fill(0);
    this.words = [];
    this.values = [];
  }
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
