/** Word lists that tell a fraction or an ordinal ("a third", "a second") from a rank or a time. */

/** Fractions whose plural after a number word is no time ("two quarters" may be half a year). */
export const PLURAL_FRACTIONS: ReadonlySet<string> = new Set(['halves', 'thirds', 'fifths', 'tenths']);

/**
 * Words after "a second" or "a third" that keep it a length of time or a fraction ("a second
 * later", "a second or two", "up by a third from 2001"): time words, prepositions, conjunctions,
 * verbs ("a third said"), determiners ("a third the size") and comparatives ("a third higher").
 */
export const AFTER_A_SECOND: ReadonlySet<string> = new Set(
  `later ago or and but of before after earlier longer too to in into for from by since over on at with than per as
off up down while when until is was are were be have had do did would will can could should may might must say think
believe support oppose want agree approve disapprove favor favour back prefer expect said told thought felt saw got went
the a an this that these those his her its their our my your each every last next now never not also again please
more less fewer higher lower larger smaller bigger greater`.split(/\s+/),
);

/** Words after a period of time that make it one ("one quarter later", "two quarters ago"). */
export const TIME_AFTER_A_PERIOD: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'before', 'after', 'since']);
