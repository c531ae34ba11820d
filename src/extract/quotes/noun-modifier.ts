import { NOT_NAME_WORDS } from '../lexicon/titles.js';
import { startsLower, startsUpper } from './char-class.js';
import type { Token } from './tokens.js';

/**
 * `policy planning director Anne-Marie Slaughter`, `retired surgeon Ben Ortiz`: an -ing or -ed
 * word before a lower-case noun, in a phrase that ends in a name, describes that noun; it is no
 * participle running past the subject. `k` and `to` index `tokens`, `to` the phrase's head.
 */
export function modifiesNoun(tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k + 1]!;
  return k + 1 < to && next.word && startsLower(next.text) && !NOT_NAME_WORDS.has(next.lower) && !/(?:ed|ing|ly)$/.test(next.lower) && startsUpper(tokens[to]!.text);
}
