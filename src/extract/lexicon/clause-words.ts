/**
 * Small word lists that tell the quotes extractor where a clause of saying ends and a circumstance
 * or another clause begins. Lower case. Kept here, not in the entity lists, because only the
 * quotes extractor reads them.
 */
import { WEEKDAYS } from './calendar.js';

/**
 * Single words for the day something was said: a weekday, `today`, `yesterday`, `tonight`
 * (`tomorrow` is never when words already reported were said).
 */
export const DAYS_OF_SPEECH: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), 'today', 'yesterday', 'tonight']);

/**
 * Words that may stand between a cue and the comma before a participle (`said on Tuesday,
 * adding`): times, places and `also`/`then`, so the participle still goes on with that cue.
 */
export const CUE_TAIL_WORDS: ReadonlySet<string> = new Set([
  ...'on in at last this later earlier then also'.split(' '), ...DAYS_OF_SPEECH,
]);

/**
 * Openers of a fronted time clause (`After the interview concluded, ...`): a verb of saying inside
 * one narrates an earlier event and reports nothing.
 */
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'once', 'until', 'while']);

/**
 * Words that open a subordinate clause before the main one (`When Reed suggested ..., Stone
 * said`): a cue inside such a clause says no more than the clause. The time clause openers and
 * the conditional, causal and concessive ones.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  ...TIME_CLAUSE_OPENERS, 'when', 'as', 'although', 'though', 'because', 'since', 'if', 'whereas',
]);

/**
 * Words that open a sentence before its subject (`When Reed spoke:`, `Meanwhile she said:`): a
 * subordinator, a preposition of time or place, a conjunction or a linking adverb, or a pronoun of
 * the sentence before (`here`, `this`, `it`), stepped over to find who introduces a quotation
 * with a colon.
 */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS, 'despite', 'in', 'on', 'at', 'during', 'but', 'and', 'so', 'then', 'now', 'later', 'earlier', 'meanwhile',
  'instead', 'rather', 'however', 'also', 'still', 'yet', 'here', 'there', 'this', 'that', 'it',
]);

/**
 * Lower-case words that may open the circumstance after a signature's name (`— Jo Park on
 * Twitter`, `-Tom Hale at the rally`): where or when the signed words were posted, not narration.
 */
export const SIGNATURE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'during', 'to', 'via', 'from', 'after', 'before']);

/**
 * Lower-case words that may follow the speaker of an inverted cue (`said Ann Bell and Tom Hale in
 * a statement`): a circumstance. Any other lower-case word there (`said Ann Bell and Tom Hale
 * agreed`) makes the last name the subject of a clause of its own.
 */
export const SPEAKER_TAIL_PREPOSITIONS: ReadonlySet<string> = new Set([...SIGNATURE_PREPOSITIONS, 'of', 'for', 'with']);

/**
 * Words that open a time after an inverted cue's speaker (`said the mayor on Monday`, `said the
 * mayor last week`): with a day, a month or a period after them they end the speaker phrase.
 */
export const TIME_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'early', 'late', 'earlier', 'later']);

/**
 * Modal verbs. Some are also names (`Will`, `May`), which quotes/speaker-phrase.ts tells apart by
 * the past tense after them (`"Q," Will wrote.`).
 */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/**
 * Auxiliaries and modals that open a finite verb phrase (`Tom Hale, the mayor, was there`): after a
 * signature's closing comma they make it a sentence of narration, where a preposition, `and` or a
 * place would go on with the signature.
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...MODALS, 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'do',
]);
