/**
 * Regular expressions the summarizer uses on sentence text. All are anchored and bounded, so each
 * runs in time linear in the sentence.
 */

/**
 * A dateline or agency tag glued to the first sentence: `(CNN)`, `LONDON, England (CNN) --`,
 * `WASHINGTON (Reuters) -`, `PARIS —`. It is dropped from the summary sentence: it says where the
 * story was filed, which the summary header already shows, not what happened.
 */
export const DATELINE_PREFIX = /^(?:[A-Z][A-Za-z.'-]{0,30}(?:[ ,]{1,2}[A-Z][A-Za-z.'-]{0,30}){0,3}\s{0,2})?\([A-Z][A-Za-z.&]{0,15}\)\s{0,3}(?:-{1,2}|[—–]|:)?\s{0,3}|^[A-Z][A-Z.'-]{1,30}(?:[ ,]{1,2}[A-Z][A-Za-z.'-]{0,30}){0,3}\s{1,3}(?:-{1,2}|[—–])\s{1,3}/;

/**
 * Connectives that answer the sentence before: a sentence opening with one, read alone in a
 * summary, is confusing.
 */
export const CONNECTIVE_OPENER = /^["“'‘]?(?:but|and|or|so|yet|also|however|meanwhile|still|instead|then|thus|such|both|another|other|others|the other|in addition|as a result|even so|by contrast|on the other hand)\b/i;

/**
 * Pronouns whose referent is in an earlier sentence. In news the referent is usually the lead's
 * subject, so these lean less than connectives do (see weights.ts).
 */
export const PRONOUN_OPENER = /^["“'‘]?(?:he|she|they|it|his|her|their|its|this|that|these|those|there)\b/i;

/** Starts in lower case or with punctuation: the tail of a sentence split in the wrong place. */
export const FRAGMENT_OPENER = /^["“'‘(]?(?:\p{Ll}|[,;:.)\]])/u;

/** Opens with a quotation mark: the sentence is (mostly) someone's words. */
export const OPENS_WITH_QUOTE = /^["“‘']/;

/** Words and numbers, for counting and comparing (letters of any script, digits, inner apostrophes). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
