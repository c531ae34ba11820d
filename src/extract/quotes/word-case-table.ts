/**
 * The count behind `lowerCaseWords`, kept in a small open-addressing hash table of its own: with a
 * Map, every word of the article cost a slice and a string hash (and a `toLowerCase` if it had a
 * capital), and counting was the largest single cost of resolving speakers. Here an ASCII word
 * (most words) is hashed in lower case while it is scanned and compared with the stored key in
 * place, so a word seen before costs no allocation at all.
 */
import { codeUnits, isLetterCode } from './char-class.js';
import { FNV_OFFSET, FNV_PRIME } from '../../structure/word-bits.js';

/** Lower-case words with their lower-case writings less their other writings. */
export interface WordCaseTable {
  /** The balance of a lower-case word; 0 for a word the text never wrote. */
  balance(word: string): number;
}

/** FNV-1a over UTF-16 units, unfolded (low bits pick a slot): the same number fed a stored key or the text in place. */
function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Inside a word: a letter, an apostrophe or a hyphen (ASCII by comparisons). */
export function isWordCode(cp: number): boolean {
  if (cp < 128) return cp === 39 || cp === 45 || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return cp === 0x2019 || isLetterCode(cp);
}

/** An ASCII char code in lower case: what `toLowerCase` does to an ASCII string. */
function foldedCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** True when `key` is the ASCII text from `start` in lower case (the caller checked the length). */
function sameFoldedAt(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== foldedCode(text.charCodeAt(start + k))) return false;
  return true;
}

/** `[a-z][a-z'-]*`: a word as a plain run of the text (ASCII, no capital) would be written. */
export function isPlainWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (!((code >= 97 && code <= 122) || (k > 0 && (code === 39 || code === 45)))) return false;
  }
  return word.length > 0;
}

/** Whether the code point ending just before `i` is a word character (a surrogate pair read whole). */
function wordCodeBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCode(text.codePointAt(i - 2)!);
  }
  return isWordCode(low);
}

/**
 * Whether the plain word (see isPlainWord) is a whole run of the text somewhere, with no word
 * character on either side: one `indexOf` search.
 */
export function writtenPlain(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (!wordCodeBefore(text, at) && (end >= text.length || !isWordCode(text.codePointAt(end)!))) return true;
  }
  return false;
}

/**
 * True when `word` holds an ASCII character no counted word holds in lower case: a capital, a
 * digit, a stop, a space (`sen.`, `u.s.`). Its balance is 0 without counting, as every key is the
 * lower case of a run of letters, apostrophes and hyphens, and no other character lower-cases to
 * ASCII but a letter.
 */
export function hasUncountedAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 128 && !((code >= 97 && code <= 122) || code === 39 || code === 45)) return true;
  }
  return false;
}

/**
 * The balance of a plain word (see isPlainWord) as countWordCases counts it, read by one
 * case-blind search of the text instead: +1 for each whole run written in lower case, -1 for each
 * written otherwise. Only ASCII case variants lower-case to a plain word, but for the Kelvin sign
 * (U+212A, `k` in lower case), which a case-blind search does not find: a text holding one gets
 * null, and is counted.
 */
export function plainBalance(text: string, word: string): number | null {
  if (word.includes('k') && text.includes('\u212a')) return null;
  // A plain word holds only letters, apostrophes and hyphens: nothing to escape.
  const search = new RegExp(word, 'gi');
  let balance = 0;
  for (let match = search.exec(text); match !== null; match = search.exec(text)) {
    const end = match.index + word.length;
    if (wordCodeBefore(text, match.index) || (end < text.length && isWordCode(text.codePointAt(end)!))) continue;
    balance += text.startsWith(word, match.index) ? 1 : -1;
  }
  return balance;
}

/** Starting slots; doubled whenever the table is half full, so probe runs stay short. */
const INITIAL_SLOTS = 1024;

/** The table itself: slot -> 1 + index of its key, and per key its hash and count. */
class Counts implements WordCaseTable {
  slots = new Int32Array(INITIAL_SLOTS);
  mask = INITIAL_SLOTS - 1;
  readonly keys: string[] = [];
  readonly hashes: number[] = [];
  readonly counts: number[] = [];

  /** Slot of `key` (hash `h`), or of the empty slot where it would go. */
  slotOfKey(key: string, h: number): number {
    let slot = h & this.mask;
    for (let at = this.slots[slot]!; at !== 0 && this.keys[at - 1] !== key; at = this.slots[slot]!) slot = (slot + 1) & this.mask;
    return slot;
  }

  /**
   * Slot of the lower case of the ASCII word `text.slice(start, end)` (hash `h`), compared in
   * place with capitals folded, so a word seen before costs no slice and no `toLowerCase`.
   */
  slotOfAscii(text: string, start: number, end: number, h: number): number {
    const length = end - start;
    let slot = h & this.mask;
    for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
      const key = this.keys[at - 1]!;
      if (key.length === length && sameFoldedAt(key, text, start)) break;
      slot = (slot + 1) & this.mask;
    }
    return slot;
  }

  /** Adds `delta` to the count of the key at `slot`; false when the slot is empty. */
  bump(slot: number, delta: number): boolean {
    const at = this.slots[slot]!;
    if (at === 0) return false;
    this.counts[at - 1] = this.counts[at - 1]! + delta;
    return true;
  }

  /** Puts a new key in the empty `slot`. */
  add(slot: number, key: string, h: number, delta: number): void {
    this.keys.push(key);
    this.hashes.push(h);
    this.counts.push(delta);
    this.slots[slot] = this.keys.length;
    if (this.keys.length * 2 > this.slots.length) this.grow();
  }

  grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let k = 0; k < this.keys.length; k++) {
      let slot = this.hashes[k]! & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = k + 1;
    }
  }

  balance(word: string): number {
    const at = this.slots[this.slotOfKey(word, hashOf(word))]!;
    return at === 0 ? 0 : this.counts[at - 1]!;
  }
}

/**
 * ASCII classes of the count's scan: 0 no word character, 1 a lower-case letter, 2 a capital, 3 an
 * apostrophe or a hyphen (inside a word, but no word starts with one).
 */
const ASCII_WORD_CLASS = ((): Uint8Array => {
  const classes = new Uint8Array(128);
  for (let c = 97; c <= 122; c++) classes[c] = 1;
  for (let c = 65; c <= 90; c++) classes[c] = 2;
  classes[39] = 3;
  classes[45] = 3;
  return classes;
})();

/**
 * Counts, in one pass, each word of the text (a maximal run of letters, apostrophes and hyphens
 * that begins with a letter, as `forEachWord` reads them) under its lower case: +1 for a writing
 * in lower case, -1 for any other.
 */
export function countWordCases(text: string): WordCaseTable {
  const table = new Counts();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    // Most characters are ASCII: spaces and stops are passed by one table read.
    if (cp < 128) {
      if (ASCII_WORD_CLASS[cp] === 0) {
        i++;
        continue;
      }
    } else {
      if (cp >= 0xd800) cp = text.codePointAt(i)!;
      if (!isWordCode(cp)) {
        i += codeUnits(cp);
        continue;
      }
    }
    const start = i;
    const startsWithLetter = cp !== 39 && cp !== 45 && cp !== 0x2019;
    // An ASCII word is hashed in lower case as it is read, and compared in place; `capital`
    // tells a writing other than the lower case. A wide character leaves the hash unused.
    let ascii = cp < 128;
    let capital = cp >= 65 && cp <= 90;
    let h = Math.imul(FNV_OFFSET ^ foldedCode(cp), FNV_PRIME);
    i += codeUnits(cp);
    while (i < n) {
      const next = text.charCodeAt(i);
      if (next < 128) {
        const cls = ASCII_WORD_CLASS[next]!;
        if (cls === 0) break;
        if (cls === 2) {
          capital = true;
          h = Math.imul(h ^ (next + 32), FNV_PRIME);
        } else h = Math.imul(h ^ next, FNV_PRIME);
        i++;
        continue;
      }
      const wide = next >= 0xd800 ? text.codePointAt(i)! : next;
      if (!isWordCode(wide)) break;
      ascii = false;
      i += codeUnits(wide);
    }
    if (!startsWithLetter) continue;
    if (ascii) {
      const slot = table.slotOfAscii(text, start, i, h);
      const delta = capital ? -1 : 1;
      if (!table.bump(slot, delta)) table.add(slot, capital ? text.slice(start, i).toLowerCase() : text.slice(start, i), h, delta);
      continue;
    }
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    const lowerHash = hashOf(lower);
    const slot = table.slotOfKey(lower, lowerHash);
    const delta = word === lower ? 1 : -1;
    if (!table.bump(slot, delta)) table.add(slot, lower, lowerHash, delta);
  }
  return table;
}
