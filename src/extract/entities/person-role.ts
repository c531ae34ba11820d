import type { EntityType } from '../../article.js';
import { HONORIFICS, ROLE_NOUNS } from '../lexicon/entity-cues.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../lexicon/first-names.js';
import { isLowerWord, startsLower, startsUpper } from '../facts/chars.js';
import type { NameRun } from './find-names.js';
import { TITLE } from './weights.js';

/** First names that tell a person (src/extract/lexicon/first-names.ts), lower case. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES]);
/** A word of letters, inner apostrophes and hyphens. */
const LETTERS_ONLY = /^\p{L}[\p{L}'’-]*$/u;
/** Words before a role noun that are no part of the role ("the spokesman", "said spokesman"). */
const NOT_ROLE_MODIFIERS = new Set(['the', 'a', 'an', 'and', 'of', 'by', 'to', 'said', 'told']);

/**
 * The role a person is given beside the name, voting for a person when there is one: a title in
 * the run ("Prime Minister", honorifics vote but are no role), a lower-case role noun before it
 * ("CTS commander"), or an appositive after it (", the French president,").
 */
export function personRole(run: NameRun, votes: Record<EntityType, number>): string | null {
  const { tokens } = run.unit;
  let role: string | null = null;
  if (run.title) {
    votes.person += TITLE;
    if (!HONORIFICS.has(run.title.toLowerCase())) role = run.title;
  }
  const before = tokens[run.from - 1];
  if (!run.title && before && ROLE_NOUNS.has(before.lower) && startsLower(before.text)) {
    votes.person += TITLE;
    const modifier = tokens[run.from - 2];
    const from = modifier && (startsUpper(modifier.text) || isLowerWord(modifier.text) && !NOT_ROLE_MODIFIERS.has(modifier.lower)) ? modifier : before;
    role = run.unit.text.slice(from.start - run.unit.start, before.end - run.unit.start);
  }
  const appositive = !role ? roleAfter(run) : null;
  if (appositive) {
    votes.person += TITLE;
    role = appositive;
  }
  return role;
}

/**
 * A role written after the name between commas: "François Hollande, the French president, said"
 * -> "French president". Up to three words after "the/a/an", the last one a role noun, closed by
 * a comma, a full stop or the end of the sentence.
 */
function roleAfter(run: NameRun): string | null {
  const { tokens } = run.unit;
  if (tokens[run.next]?.text !== ',' || !/^(?:the|a|an)$/.test(tokens[run.next + 1]?.lower ?? '')) return null;
  const from = run.next + 2;
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!LETTERS_ONLY.test(token.text)) return null;
    const close = tokens[k + 1];
    if (ROLE_NOUNS.has(token.lower) && (!close || /^[,.;]$/.test(close.text))) {
      return run.unit.text.slice(tokens[from]!.start - run.unit.start, token.end - run.unit.start);
    }
  }
  return null;
}
