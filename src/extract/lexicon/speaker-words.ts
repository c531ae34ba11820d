/**
 * Word lists the quotes extractor reads when it decides who a speaker phrase or a pronoun stands
 * for. Lower case. Kept here, not in the entity lists, because only the quotes extractor reads them.
 */

/**
 * Nouns for a person who is no title (`a source familiar`, `RNC member`, `the man`): a speaker
 * described with one is someone, so `it said` never stands for them. `briefed` and `familiar`
 * end the descriptions of anonymous sources (`a person briefed on`, `a source familiar with`).
 */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set(
  `source sources official officials people person attendee member members aide aides physician doctor author
voter voters resident residents friend adviser advisor supporter supporters critic critics man woman
staffer insider observer expert analyst lawyer attorney briefed familiar`.split(/\s+/),
);

/**
 * Last words in `-s` that are no plurals, so a body named with one can still be `it`: the nouns
 * that end bodies' names (`Congress`, `the Press`) and a few Latin and Greek singulars (outlets
 * ending in `News` or `Times` are read by isSingular). Three letters or fewer are never plurals (`US`).
 */
export const SINGULAR_IN_S: ReadonlySet<string> = new Set(
  'politics economics analysis thesis basis status census congress press this'.split(' '),
);

/** The gender a courtesy title gives the name after it (`Mrs. Porter` is `she`). */
export const TITLE_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['mr.', 'm'], ['mr', 'm'], ['mrs.', 'f'], ['mrs', 'f'], ['ms.', 'f'], ['ms', 'f'], ['miss', 'f'],
]);

/**
 * Capitalised nouns for a person by country or party that the nationality adjectives of
 * lexicon/places.ts DEMONYMS leave out (`a visiting Brit`, `an angry Independent`): after `a` and
 * an adjective they describe a new unnamed person, unlike a name (`a flabbergasted Noah`). Some
 * are surnames too (Finn, Pole, Scot): quotes/described-mentions.ts reads them as one when the
 * article names someone in full with it.
 */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set(
  `brit brits aussie aussies kiwi kiwis yank yanks scot scots swede swedes dane danes finn finns pole poles turk turks
frenchman englishman irishman scotsman welshman dutchman libertarian libertarians independent independents tory tories`.split(/\s+/),
);

/**
 * Party labels written before a name (`Democrat Hillary Clinton`): a description, not part of the
 * person's name. A body's name keeps them (`the Republican Party`): quotes/names.ts reads an
 * organisation before it drops them.
 */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['democrat', 'republican', 'libertarian']);
