import { WordTable } from './span-table.js';
import { termOfWord } from './stem.js';

/**
 * The term of each word the summarizer reads, remembered across articles: an article repeats its
 * words and a corpus its vocabulary, and lower-casing and stemming cost more than a look-up.
 */
const terms = new WordTable(termOfWord);

/** `termOfWord(text.slice(start, end))`, from the table when the word was met before. */
export function termAt(text: string, start: number, end: number): string {
  return terms.get(text, start, end);
}
