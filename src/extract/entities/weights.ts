// Votes for an entity's type: a lexicon hit or a title settles it; context words only tip an
// unknown name.

/** The name is in a list of known places, organisations or acronyms. */
export const KNOWN = 10;
/** A title or a role is given beside the name. */
export const TITLE = 6;
/** A word of the name or next to it that names a kind of entity ("University", "River"). */
export const CUE_WORD = 4;
/** A country after a comma ("Bartella, Iraq"). */
export const COUNTRY_AFTER = 5;
/** A context word that fits one type ("in", "troops", "said"). */
export const CONTEXT = 2;
/** A guess from the name's shape alone. */
export const WEAK = 1;
