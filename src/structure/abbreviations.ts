/**
 * Word lists the sentence splitter consults. All lower-case, without the final period.
 */

/** Titles and abbreviations that are never the end of a sentence: `Mr. Smith`, `Gen. Allen`. */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'brig',
  'cpl', 'pvt', 'gov', 'sen', 'rep', 'reps', 'sens', 'st', 'ste', 'rev', 'hon', 'pres', 'supt', 'insp', 'det',
  'messrs', 'mme', 'mlle', 'fr', 'sr', 'jr', 'vs', 'v', 'etc', 'e.g', 'i.e', 'cf', 'approx', 'est', 'dept',
  'univ', 'ave', 'blvd', 'rd', 'mt', 'ft', 'fig', 'figs', 'vol', 'ch', 'sec', 'op', 'ed', 'eds', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that end a sentence only before a digit-free, clearly new sentence: `No. 10`. */
export const FINAL_BEFORE_WORD_ONLY = new Set(['no', 'nos', 'art', 'pp', 'p']);

/**
 * Abbreviations that often end a sentence (`... Apple Inc. The company ...`) and as often do not:
 * split after them only when the next word is a common sentence opener.
 */
export const MAYBE_FINAL = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'llc', 'plc', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u']);

/** Words that open sentences far more often than they continue a name: `in the U.S. The ...`. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  'but', 'and', 'or', 'so', 'yet', 'this', 'that', 'these', 'those', 'there', 'here', 'in', 'on', 'at',
  'for', 'after', 'before', 'when', 'while', 'if', 'as', 'since', 'however', 'meanwhile', 'still',
  'also', 'officials', 'police', 'some', 'many', 'most', 'no', 'one', 'two', 'what', 'who', 'why',
  'how', 'where', 'then', 'now', 'earlier', 'later', 'last', 'according',
]);
