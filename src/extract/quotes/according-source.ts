import { MAX_PHRASE_WORDS, type TokenRange } from './speaker-phrase.js';
import { subjectAfter } from './subject-after.js';
import type { Token } from './tokens.js';

/** Words that end the source of `according to`: a clause or a second source begins. */
const SOURCE_ENDS = new Set(['that', 'which', 'who', 'whose', 'and', 'but', 'while', 'as', 'because', 'since', 'when', 'if']);

/**
 * The source after `according to` (`according to exit polls`, `according to media buying
 * sources`): a name or description as `subjectAfter` reads it, else the words up to a comma, a
 * stop or a clause word, at most MAX_PHRASE_WORDS. `to` is the token after `according`.
 */
export function accordingSource(tokens: readonly Token[], to: number, ceiling: number): TokenRange | null {
  const named = subjectAfter(tokens, to, ceiling);
  if (named) return named;
  let i = to + 1;
  while (i < ceiling && i - to <= MAX_PHRASE_WORDS && tokens[i]!.word && tokens[i]!.quote === -1 && !SOURCE_ENDS.has(tokens[i]!.lower)) i++;
  return i > to + 1 ? { from: to + 1, to: i - 1 } : null;
}
