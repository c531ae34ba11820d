/** Tunables of the digest. */

/**
 * A digest line is read at a glance: two sentences only while together they stay under this
 * many words (a news lead is 25–35 words, so a long lead stands alone).
 */
export const SECOND_SENTENCE_MAX_WORDS = 55;

/** How many recurring speakers and entities of each kind a terminal digest lists. */
export const TOP_RECURRING = 5;

/** Titles that do not tell two people apart when merging speakers across articles. */
export const NAME_TITLES = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|rev|president|prime|minister|senator|sen|rep|gov|governor|mayor|councillor|judge|general|gen|col|captain|capt|chief|the)\.?$/i;

/**
 * "Who was quoted most" lists people and named bodies: a speaker needs a capitalised word.
 * Nominal speakers (`officials`, `the company`, `county council`) differ from story to story,
 * so merging them across articles would count different speakers as one.
 */
export const NAMED_SPEAKER = /(?:^|\s)\p{Lu}/u;
