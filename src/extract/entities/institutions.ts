/**
 * Words that head an institution's name, beside the lexicon's ORG_WORDS: "Holocaust Memorial
 * Museum", "Cleveland Public Library", "Metropolitan Museum of Art" are bodies, never people, and
 * take "of" as ORG_WORDS do. Kept here, read by find-names.ts and classify.ts.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['museum', 'library', 'gallery']);
/**
 * Fields and trades that end a firm's or an outlet's name and never a person's: "Real Clear
 * Politics", "Foreign Affairs", "Acme Analytics", "Lumen Pharmaceuticals". Only as the last word
 * of a name of several words; read by classify.ts.
 */
export const FIELD_WORDS: ReadonlySet<string> = new Set(
  `politics affairs economics analytics research solutions dynamics sciences robotics logistics therapeutics
pharmaceuticals petroleum energy insurance entertainment communications telecommunications semiconductors`.split(/\s+/),
);

/**
 * "Priorities USA", "Rise USA": the country's short name after a name that is no place ends a
 * group's or a firm's name, never a person's ("Columbus USA" is a place: the place votes win).
 */
export const BRANCH_WORDS: ReadonlySet<string> = new Set(['usa']);
