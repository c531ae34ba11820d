/**
 * The last look at a speaker phrase read from the text: time words and adverbs dropped at its
 * ends, and phrases with no noun-like head (`basically`, `Having`) or running past their subject
 * (`Obama won his nomination by`) refused.
 */
import { CUE_MODIFIERS, SPEAKER_PRONOUNS, SPEECH_VERB_FORMS } from '../lexicon/speech.js';
import { isRoleWord, NOT_NAME_WORDS } from '../lexicon/titles.js';
import { DESCRIPTION_DETERMINERS, LONE_DETERMINERS, LY_NOUNS } from '../lexicon/speaker-stops.js';
import type { Token } from './tokens.js';
import type { TokenRange } from './speaker-phrase.js';
import { isLowerLyWord, startsNumber, startsLower } from './char-class.js';
import { modifiesNoun } from './noun-modifier.js';
import { DAYS_OF_SPEECH } from '../lexicon/clause-words.js';

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function isNumberWord(token: Token | undefined): boolean {
  return token !== undefined && (startsNumber(token.text) || NUMBER_WORDS.has(token.lower));
}

/** The `in` of a poll share, `six in 10` or `3 in 5`: part of who answered, not a place. */
export function isShare(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower === 'in' && isNumberWord(tokens[k - 1]) && isNumberWord(tokens[k + 1]);
}

/** Time words that trail a subject (`Trump on Tuesday said`) or open a sentence (`Then Smith said`). */
const TIME_WORDS = new Set([
  ...DAYS_OF_SPEECH,
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'morning', 'evening', 'afternoon', 'night', 'week', 'month', 'year', 'then', 'now', 'later', 'earlier', 'meanwhile',
  'on', 'last', 'this', 'late', 'early', 'recently', 'again', 'however', 'instead', 'still',
]);

/** Determiners after which an -ed or -ing word describes the noun that follows. */
const ADJECTIVE_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'his', 'her', 'their', 'its']);

/** Words a speaker phrase cannot end in: prepositions and verbs of the clause before. */
const ENDS_NO_PHRASE = new Set(['by', 'about', 'over', 'of', 'for', 'to', 'into', 'with', 'against', 'than', 'like', 'seen', 'won', 'made', 'got', 'gave', 'took']);

/**
 * Cleans a speaker phrase: drops time words at either end and leading adverbs, and refuses a
 * phrase that is left with no noun-like head (`basically`, `Having`).
 */
export function refine(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  let { from, to } = range;
  while (to >= from && (TIME_WORDS.has(tokens[to]!.lower) || !tokens[to]!.word)) to--;
  // `this week` is a time, `this source` a speaker.
  const timeWord = (k: number) => TIME_WORDS.has(tokens[k]!.lower) && !(tokens[k]!.lower === 'this' && k < to && !TIME_WORDS.has(tokens[k + 1]!.lower));
  while (from <= to && (timeWord(from) || NOT_NAME_WORDS.has(tokens[from]!.lower) && !DESCRIPTION_DETERMINERS.has(tokens[from]!.lower) || isLyAdverb(tokens[from]!))) from++;
  if (from > to) return null;
  const head = tokens[to]!;
  // A number (`rose 6 percent, 10 said`) is a statistic's part, not who spoke; a poll share
  // (`six in 10 said`) is who answered.
  if (startsNumber(head.text) && !(to - 1 > from && isShare(tokens, to - 1)) && !/^\d+-year-old$/.test(head.lower)) return null;
  // An adverb (`basically`) heads no phrase; an -ly noun does (`the family`, `a close ally`).
  if (startsLower(head.text) && ((head.lower.endsWith('ly') && !LY_NOUNS.has(head.lower)) || head.lower.endsWith('ing') || CUE_MODIFIERS.has(head.lower) || ENDS_NO_PHRASE.has(head.lower))) return null;
  // A possessive head (`Trump’s charge`) means the cue word was a noun; a participle inside
  // (`Obama won his nomination by`, `calling Rubio’s`) means the phrase ran past the subject.
  if (/[’']s$/u.test(head.text)) return null;
  for (let k = from; k <= to; k++) {
    const word = tokens[k]!;
    // Contractions (`isn’t`, `he’d`, `That’s`) and other cue words belong to a clause, not a name.
    if (/[’'](?:t|d|re|ve|ll|m)$/u.test(word.lower) || (k < to && /^(?:that|it|there|here|what|he|she)[’']s$/u.test(word.lower))) return null;
    if (k < to && SPEECH_VERB_FORMS.has(word.lower) && startsLower(word.text)) return null;
    if (k === to) break;
    // `A teary-eyed Bush`, `the embattled governor`: an -ed word opening the phrase after its
    // determiner, or hyphenated, is an adjective.
    const adjective = word.lower.endsWith('ed') && (word.text.includes('-') || (k === from + 1 && ADJECTIVE_DETERMINERS.has(tokens[k - 1]!.lower)));
    if (startsLower(word.text) && /(?:ed|ing)$/.test(word.lower) && !adjective && !isRoleWord(word.text) && !/(?:thing|ling)$/.test(word.lower) && !modifiesNoun(tokens, k, to)) return null;
  }
  if (from === to && ((startsLower(head.text) && !SPEAKER_PRONOUNS.has(head.lower) && !isRoleWord(head.text) && !/s$/.test(head.lower)) || LONE_DETERMINERS.has(head.lower))) return null;
  return { from, to };
}

/** `clearly`, `basically`: a lower-case -ly adverb, not an -ly noun (`the family`, `a close ally`). */
export function isLyAdverb(token: Token): boolean {
  return isLowerLyWord(token.text) && !LY_NOUNS.has(token.lower);
}
