/**
 * Words that head an institution's name, beside the lexicon's ORG_WORDS: "Holocaust Memorial
 * Museum", "Cleveland Public Library", "Metropolitan Museum of Art" are bodies, never people, and
 * take "of" as ORG_WORDS do. Kept here, read by find-names.ts and classify.ts.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['museum', 'library', 'gallery']);
