import { hashOf } from '../structure/word-bits.js';
import { WordTable } from './word-table.js';
import { termOfWord } from './stem.js';

/**
 * A content term (see `termOfWord`), one object per distinct term, so that an article's terms can
 * be numbered by a field of the object instead of a string-keyed look-up.
 */
export interface Term {
  readonly text: string;
  /** The article `id` was given in (see `beginArticle`). */
  stamp: number;
  /** The term's number in the article of `stamp`. */
  id: number;
}

/** What a stop word or a one-letter word gives: no term. */
export const NO_TERM: Term = { text: '', stamp: -1, id: -1 };

/**
 * One Term per term text. Emptied only between articles, with the word table, so that within an
 * article a term is always the same object.
 */
const interned = new Map<string, Term>();
/** Above this many terms, `beginArticle` empties the map even when the word table is not full (long words skip the table). */
const MAX_INTERNED = 1 << 16;

function internTerm(word: string): Term {
  const text = termOfWord(word);
  if (text === '') return NO_TERM;
  let term = interned.get(text);
  if (term === undefined) {
    term = { text: detached(text), stamp: -1, id: -1 };
    interned.set(term.text, term);
  }
  return term;
}

/**
 * The string as a copy of its own: the term of a long word may be a view into the article it was
 * cut from (see word-table.ts), and the map outlives the article.
 */
function detached(text: string): string {
  return text.length <= MAX_SHORT_STRING ? text : text.split('').join('');
}
/** V8 copies a substring shorter than 13 characters instead of pointing into its parent. */
const MAX_SHORT_STRING = 12;

/**
 * The term of each word the summarizer reads, remembered across articles: an article repeats its
 * words and a corpus its vocabulary, and lower-casing and stemming cost more than a look-up.
 */
const terms = new WordTable(internTerm);
let articles = 0;

/**
 * Starts reading an article: returns its stamp (see `Term`), and empties the tables between
 * articles once they are full, which keeps their memory bounded.
 */
export function beginArticle(): number {
  if (terms.settle()) interned.clear();
  else if (interned.size > MAX_INTERNED) {
    terms.empty();
    interned.clear();
  }
  return ++articles;
}

/**
 * The Term of the word `text.slice(start, end)`, from the table when the word was met before.
 * `hash` is `hashOf(text, start, end)` (src/structure/word-bits.ts); a caller that read the word
 * anyway passes it, taken on the way.
 */
export function termAt(text: string, start: number, end: number, hash = hashOf(text, start, end)): Term {
  return terms.getHashed(text, start, end, hash);
}
