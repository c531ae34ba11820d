import { STOP_WORDS } from './stop-words.js';

/**
 * The term of one word as it stands in the text: lower-cased, possessive dropped, stemmed; ''
 * for a stop word or a one-letter word.
 */
export function termOfWord(raw: string): string {
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

