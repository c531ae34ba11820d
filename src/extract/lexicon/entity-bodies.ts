/**
 * Words around or inside a name that make it a body, a venue, a law or a list, for the entity
 * rules in src/extract/entities/ (body-cues.ts, push-run.ts, classify.ts). Data only, lower-cased
 * unless said otherwise. Kept apart from entity-cues.ts, which holds the broad cue lists.
 */

/** Programmes a body runs: a plan's name (MISC) alone, a unit of the body when hosted "at" it. */
export const PROGRAMME_WORDS: readonly string[] = ['program', 'programme', 'initiative'];
/** Last words of a unit hosted at a body ("Program at the ..."): the programmes and "project". */
export const UNIT_WORDS: ReadonlySet<string> = new Set([...PROGRAMME_WORDS, 'project']);
/**
 * Words that head an institution's name, beside ORG_WORDS ("Holocaust Memorial Museum",
 * "Carnegie Endowment for ..."): a body's, never a person's; with ORG_WORDS, what a programme
 * must be hosted at to be a unit of a body ("Program at the Kelso Endowment").
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['museum', 'library', 'gallery', 'endowment']);
/** Compass words that name a federal court's district ("Southern District of New York"). */
export const COURT_COMPASS: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'middle', 'central']);
/** Words of the courts written shortly before a court's district ("attorney for the ..."); a city's district has none. */
export const COURT_WORDS: ReadonlySet<string> = new Set(['court', 'courts', 'attorney', "attorney's", 'attorneys', 'judge', 'judges', 'prosecutor', 'prosecutors']);

/**
 * Nouns of a listed company's money written right after its name ("Acme shares", "Acme's
 * earnings"). Not "stake", which a person holds too.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock', 'shareholders', 'stockholders', 'earnings', 'revenue', 'revenues', 'profits', 'board']);
/** Company nouns a person or a campaign has too, figuratively ("Trump's stock rose", "Smith's board of advisers"): not after a possessive. */
export const FIGURATIVE_COMPANY_NOUNS: ReadonlySet<string> = new Set(['stock', 'board']);
/**
 * Words after "shares" that make it a verb ("Obama shares a laugh", "she shares his view"): a
 * determiner or a possessive pronoun opens its object.
 */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'no']);
/**
 * An investor's holding before a company's name, with the preposition it takes: "shares of Acme",
 * "a stake in Acme". Not "position" or "investment in", which are said of places too.
 */
export const HOLDINGS: ReadonlyMap<string, string> = new Map([['shares', 'of'], ['stake', 'in'], ['stakes', 'in']]);

/** Indefinite articles: "a group called ..." introduces a body, where "the party named ..." chooses a person. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Last words of laws and founding texts, whose first word may be a known acronym named all the
 * same ("U.N. Charter"); not events or surveys, which a body may hold ("U.S. Geological Survey").
 * All are MISC_LAST_WORDS too (entity-cues.ts builds that list from this one).
 */
export const LAW_WORDS: ReadonlySet<string> = new Set(['act', 'amendment', 'agreement', 'treaty', 'bill', 'law', 'charter', 'constitution', 'accord', 'accords']);
/** Founding texts named in one word: works, not bodies ("Constitution Party" ends in another word). */
export const DOCUMENTS: ReadonlySet<string> = new Set(['constitution', 'bible', 'koran', 'quran', 'torah']);
/** Acronyms written as common nouns before a body's name ("the super PAC Harbour Rising"), as written. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(['PAC', 'PACs']);

/**
 * Fields and trades that end a firm's or an outlet's name and never a person's: "Real Clear
 * Politics", "Foreign Affairs", "Acme Analytics", "Lumen Pharmaceuticals". Only as the last word
 * of a name of several words.
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

/**
 * Seats of government that stand for the government itself, read as a name of their own after a
 * leader's ("the Obama White House"). Not every landmark: "Smithsonian National Mall" is one name.
 */
export const SEATS: ReadonlySet<string> = new Set(['white house', 'blue house', 'downing street', 'elysee palace', 'élysée palace']);
/**
 * Capitalised words that lead a seat of government without naming its leader ("Top White House
 * aide"): they qualify the title after it, as TITLE_MODIFIERS do.
 */
export const SEAT_QUALIFIERS: ReadonlySet<string> = new Set(['top', 'longtime', 'veteran', 'outgoing', 'incoming', 'current', 'new', 'key']);

/**
 * Words that name a list or an index with the number after them ("Fortune 500", "FTSE 100",
 * "Russell 2000", "Inc. 5000"): no entity. Written as the tokenizer keeps them, lower-cased.
 */
export const INDEX_NAMES: ReadonlySet<string> = new Set(['fortune', 'forbes', 'ftse', 's&p', 'russell', 'inc.', 'nasdaq', 'nikkei', 'dax', 'sensex', 'billboard', 'wilshire']);

/**
 * Words that name a day with the weekday after them ("Super Tuesday", "Black Friday"): no entity,
 * even written once.
 */
export const DAY_NAME_WORDS: ReadonlySet<string> = new Set(['super', 'black', 'cyber', 'giving', 'ash', 'good', 'holy', 'maundy', 'palm', 'easter', 'bloody', 'mini']);

/**
 * Last words of a venue's or an address's name that are surnames too ("Trump Plaza" but "Maria
 * Plaza"): after a known first name they vote for no place. All are PLACE_WORDS too (entity-cues.ts
 * builds that list from this one); not read after "the" alone ("The Stadium said" is a body).
 */
export const VENUE_WORDS: readonly string[] = ['place', 'plaza', 'boulevard', 'terrace', 'arena', 'stadium', 'ballpark', 'coliseum'];

/**
 * Lower-case particles that link two capitalised parts of one name ("Lashkar-e-Taiba",
 * "Hizb-ut-Tahrir", "Jamaat-ud-Dawa"); English words ("Do-or-Die", "Editor-in-Chief") do not.
 */
export const LINK_PARTICLES: readonly string[] = ['e', 'i', 'ul', 'ut', 'ud', 'ur', 'us', 'al', 'el', 'ad'];
