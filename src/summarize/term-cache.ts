import { termOfWord } from './stem.js';

/**
 * The term of each word the summarizer reads, remembered across articles: an article repeats its
 * words and a corpus its vocabulary, and lower-casing and stemming cost more than a look-up. The
 * table is keyed by the characters of the text itself, so a word already known is never cut out
 * of its sentence. Open addressing with linear probing; emptied when half full, which bounds its
 * memory however many articles one process reads.
 */

const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const MAX_USED = SLOTS >> 1;
/**
 * Longer words are not remembered: V8 makes a substring of 13 or more characters a view into the
 * whole text it was cut from, so keeping one would keep that article alive.
 */
const MAX_CACHED_WORD_LENGTH = 12;

interface Table {
  words: string[];
  terms: string[];
  hashes: Int32Array;
  used: number;
}
/** Made on first use, so loading the module costs nothing. */
let table: Table | null = null;

function emptyTable(): Table {
  return { words: new Array<string>(SLOTS).fill(''), terms: new Array<string>(SLOTS).fill(''), hashes: new Int32Array(SLOTS), used: 0 };
}

/** `termOfWord(text.slice(start, end))`, from the table when the word was met before. */
export function termAt(text: string, start: number, end: number): string {
  const length = end - start;
  if (length > MAX_CACHED_WORD_LENGTH) return termOfWord(text.slice(start, end));
  table ??= emptyTable();
  // FNV-1a over the UTF-16 code units.
  let hash = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  let slot = hash & MASK;
  for (;;) {
    const word = table.words[slot]!;
    if (word === '') break;
    if (table.hashes[slot] === hash && word.length === length && sameChars(word, text, start)) return table.terms[slot]!;
    slot = (slot + 1) & MASK;
  }
  const word = text.slice(start, end);
  const term = termOfWord(word);
  if (table.used >= MAX_USED) {
    table = emptyTable();
    slot = hash & MASK;
  }
  table.words[slot] = word;
  table.terms[slot] = term;
  table.hashes[slot] = hash;
  table.used++;
  return term;
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
