import { termOfWord } from './stem.js';

/**
 * The term of each word the summarizer reads, remembered across articles: an article repeats its
 * words and a corpus its vocabulary, and lower-casing and stemming cost more than a look-up. The
 * table is keyed by the characters of the text itself, so a word already known is never cut out
 * of its sentence. Open addressing with linear probing; emptied when half full, which bounds its
 * memory however many articles one process reads.
 */

/** Room for 64k distinct words before the table starts afresh (a thousand news articles use about 34k). */
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
const MAX_USED = SLOTS >> 1;
/**
 * Longer words are not remembered: V8 makes a substring of 13 or more characters a view into the
 * whole text it was cut from, so keeping one would keep that article alive.
 */
const MAX_CACHED_WORD_LENGTH = 12;

/** The slots, made on first use so that loading the module costs nothing; '' marks a free slot. */
const table = { words: [] as string[], terms: [] as string[], hashes: new Int32Array(0), used: 0 };

function emptyTable(): void {
  if (table.words.length === 0) {
    table.words = new Array<string>(SLOTS).fill('');
    table.terms = new Array<string>(SLOTS).fill('');
    table.hashes = new Int32Array(SLOTS);
  } else table.words.fill('');
  table.used = 0;
}

/** `termOfWord(text.slice(start, end))`, from the table when the word was met before. */
export function termAt(text: string, start: number, end: number): string {
  const length = end - start;
  if (length > MAX_CACHED_WORD_LENGTH) return termOfWord(text.slice(start, end));
  if (table.words.length === 0) emptyTable();
  // FNV-1a over the UTF-16 code units.
  let hash = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  const words = table.words;
  let slot = hash & MASK;
  for (;;) {
    const word = words[slot]!;
    if (word === '') break;
    if (table.hashes[slot] === hash && word.length === length && sameChars(word, text, start)) return table.terms[slot]!;
    slot = (slot + 1) & MASK;
  }
  const word = text.slice(start, end);
  const term = termOfWord(word);
  if (table.used >= MAX_USED) {
    emptyTable();
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
