/**
 * The count behind `lowerCaseWords`, kept in a small open-addressing hash table of its own: with a
 * Map, every word of the article cost a slice and a string hash, and counting was the largest
 * single cost of resolving speakers. Here a word without capitals (most words) is hashed while it
 * is scanned and compared with the stored key in place, so it costs no allocation at all.
 */
import { codeUnits, isLetterCode } from './char-class.js';

/** Lower-case words with their lower-case writings less their other writings. */
export interface WordCaseTable {
  /** The balance of a lower-case word; 0 for a word the text never wrote. */
  balance(word: string): number;
}

/** FNV-1a over UTF-16 units: the same number whether it is fed a stored key or the text in place. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Inside a word: a letter, an apostrophe or a hyphen (as `isWordCode` in text-words.ts). */
function isWordCode(cp: number): boolean {
  if (cp < 128) return cp === 39 || cp === 45 || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return cp === 0x2019 || isLetterCode(cp);
}

/** True when `key` is the text from `start`, unit for unit (the caller checked the length). */
function sameAt(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Starting slots; doubled whenever the table is half full, so probe runs stay short. */
const INITIAL_SLOTS = 1024;

/**
 * Counts, in one pass, each word of the text (a maximal run of letters, apostrophes and hyphens
 * that begins with a letter, as `forEachWord` reads them) under its lower case: +1 for a writing
 * in lower case, -1 for any other.
 */
export function countWordCases(text: string): WordCaseTable {
  let slots = new Int32Array(INITIAL_SLOTS);
  let mask = INITIAL_SLOTS - 1;
  const keys: string[] = [];
  const hashes: number[] = [];
  const counts: number[] = [];

  /** Slot of `key` (hash `h`), or of the empty slot where it would go. */
  const slotOfKey = (key: string, h: number): number => {
    let slot = h & mask;
    for (let at = slots[slot]!; at !== 0 && keys[at - 1] !== key; at = slots[slot]!) slot = (slot + 1) & mask;
    return slot;
  };
  const add = (slot: number, key: string, h: number, delta: number): void => {
    keys.push(key);
    hashes.push(h);
    counts.push(delta);
    slots[slot] = keys.length;
    if (keys.length * 2 > slots.length) grow();
  };
  const grow = (): void => {
    slots = new Int32Array(slots.length * 2);
    mask = slots.length - 1;
    for (let k = 0; k < keys.length; k++) {
      let slot = hashes[k]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
  };

  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordCode(cp)) {
      i += codeUnits(cp);
      continue;
    }
    const start = i;
    const startsWithLetter = cp !== 39 && cp !== 45 && cp !== 0x2019;
    // Plain: ASCII with no capital, so the word is its own lower case and `h` is its key's hash.
    let plain = cp < 128 && (cp < 65 || cp > 90);
    let h = Math.imul(FNV_OFFSET ^ cp, FNV_PRIME);
    i += codeUnits(cp);
    while (i < text.length) {
      const next = text.codePointAt(i)!;
      if (!isWordCode(next)) break;
      if (plain && next < 128 && (next < 65 || next > 90)) h = Math.imul(h ^ next, FNV_PRIME);
      else plain = false;
      i += codeUnits(next);
    }
    if (!startsWithLetter) continue;
    if (plain) {
      const length = i - start;
      let slot = h & mask;
      let at = slots[slot]!;
      while (at !== 0 && !(keys[at - 1]!.length === length && sameAt(keys[at - 1]!, text, start))) {
        slot = (slot + 1) & mask;
        at = slots[slot]!;
      }
      if (at !== 0) counts[at - 1] = counts[at - 1]! + 1;
      else add(slot, text.slice(start, i), h, 1);
      continue;
    }
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    const delta = word === lower ? 1 : -1;
    const lowerHash = hashOf(lower);
    const slot = slotOfKey(lower, lowerHash);
    const at = slots[slot]!;
    if (at !== 0) counts[at - 1] = counts[at - 1]! + delta;
    else add(slot, lower, lowerHash, delta);
  }
  return {
    balance: (word) => {
      const at = slots[slotOfKey(word, hashOf(word))]!;
      return at === 0 ? 0 : counts[at - 1]!;
    },
  };
}
