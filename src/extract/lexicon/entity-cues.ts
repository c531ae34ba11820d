import { WELL_KNOWN_ORGANIZATIONS } from './organizations.js';
import { LAW_WORDS, PROGRAMME_WORDS, VENUE_WORDS } from './entity-bodies.js';

/**
 * Words that tell what kind of entity a capitalised name is. Data only; read by
 * src/extract/entities/. Lower-cased unless said otherwise.
 */
/**
 * Titles written before a person's name ("Prime Minister Haider al-Abadi", "Sen. Warren").
 * Multi-word titles are listed whole; the longest match wins. A set: it is looked up at every
 * capitalised run.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'prime minister', 'vice president', 'president-elect', 'president', 'secretary of state', 'attorney general', 'foreign minister',
  'defence minister', 'defense secretary', 'interior minister', 'first lady', 'chief executive', 'supreme leader',
  'minister', 'secretary', 'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative', 'congressman', 'congresswoman', 'governor',
  'gov.', 'gov', 'mayor', 'judge', 'justice', 'general', 'gen.', 'gen', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain',
  'capt.', 'sergeant', 'sgt.', 'major', 'commander', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'rev.', 'reverend',
  'father', 'chairman', 'chairwoman', 'speaker', 'ambassador', 'professor', 'prof.', 'detective', 'officer', 'sheriff', 'director',
  'sheikh', 'ayatollah', 'imam', 'bishop', 'archbishop', 'cardinal', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss',
  'sir', 'dame', 'lord', 'lady', 'commissioner', 'ceo', 'press secretary',
]);

/**
 * Capitalised words that qualify a title written after them ("Chief Justice", "Deputy Attorney
 * General", "Retired Lt. Gen.", "Executive Director"): part of the title, never an employer's name.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  `retired former chief deputy acting interim senior executive assistant associate vice then late lt. lt lieutenant first
managing general principal special`.split(/\s+/),
);

/**
 * Titles used as a form of address after "Mr." or "Madam" ("Mr. President", "Madam Speaker"):
 * then no one is named. Titles that are also surnames ("Mr. King") are left out.
 */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set(
  'president speaker chairman chairwoman chair secretary ambassador mayor governor senator minister commissioner'.split(' '),
);

/** Titles that are only courtesy, not a role worth reporting. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame']);

/** Lower-case role nouns written right before a name ("CTS commander Taleb ...", "campaign manager Kellyanne ..."). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `commander spokesman spokeswoman spokesperson leader chief minister president secretary director official adviser advisor
analyst candidate nominee chairman chairwoman senator governor mayor ambassador general colonel manager founder executive ceo
head lawyer attorney strategist aide economist professor correspondent reporter editor actor actress singer coach captain owner
rep representative judge officer sheriff prosecutor investigator host pollster surrogate running mate mate chair cofounder
co-founder businessman businesswoman billionaire activist lawmaker congressman congresswoman pastor journalist author`.split(/\s+/),
);

/**
 * Lower-case roles that only a firm or body gives, between its name and a person's ("Acme founder
 * Jane Doe", "Acme board member ..."): unlike "adviser" or "spokesman", never a person's own.
 */
export const EMPLOYER_ROLES: ReadonlySet<string> = new Set(
  `founder cofounder co-founder ceo cfo chairman chairwoman executive engineer employee employees shareholder
shareholders board`.split(/\s+/),
);

/** Last (or any) words that make a capitalised run an organisation ("Counter Terrorism Service"). */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  `party service services ministry department council committee commission agency bank university college school corp corp.
corporation inc inc. ltd ltd. company co co. group association union court times post news network foundation institute army
navy force forces campaign administration senate congress parliament assembly office bureau centre center journal press tribune
herald guardian telegraph magazine review club federation organization organisation authority board trust fund church police
guard brigade front movement coalition alliance airlines airways motors holdings partners capital media studios records systems
technologies labs hospital reserve caucus cabinet government commission institution society academy league industries
international foundation daily weekly channel radio television tv unit units squad regiment division forum corps
circuit enquirer networks strategies investigations enforcement consulting resources observer gazette chronicle
examiner inquirer sentinel dispatch courier bulletin report pac pacs llc llp register chamber`.split(/\s+/),
);

/**
 * Plural members before "for" or "against" in a body's name ("Citizens for Tax Justice",
 * "Americans for Prosperity", "Mothers Against Drunk Driving"): such a run is an organisation.
 */
export const MEMBER_PLURALS: ReadonlySet<string> = new Set(
  `citizens americans veterans mothers fathers parents families physicians doctors nurses students women taxpayers voters
workers friends scientists lawyers patriots`.split(/\s+/),
);

/**
 * Lower-case nouns right after a name that make the name a firm or body ("the Gannett newspaper
 * chain", "the VOA Eurasian division", "a Pakistan-based group"). Kept to nouns that a person's
 * name does not modify; "campaign" and "administration" are left out ("the Trump campaign").
 */
export const ORG_HEAD_NOUNS: ReadonlySet<string> = new Set(
  `company firm corporation conglomerate network newspaper newspapers magazine chain channel broadcaster outlet website
division agency bank franchise subsidiary nonprofit charity think-tank studio label airline carrier retailer insurer
automaker manufacturer`.split(/\s+/),
);

/**
 * Nouns for a body that name it with "called", "named" or "known as" ("a hacking group known as
 * Fancy Bear", "a group called Lashkar-e-Taiba"): ORG_HEAD_NOUNS and these. A person is not a
 * "group" or a "party", so the name after them is a body's.
 */
export const NAMING_NOUNS: ReadonlySet<string> = new Set([
  ...ORG_HEAD_NOUNS,
  ...`group organization organisation outfit movement militia faction party blog site union coalition team tank
club gang startup start-up organizations organisations groups`.split(/\s+/),
]);

/** Words anywhere in a multi-word name that make it an organisation ("United Nations", "National Rifle ..."). */
export const ORG_ANYWHERE: ReadonlySet<string> = new Set(
  `nations national international federal association federation institute foundation council committee`.split(/\s+/),
);

/**
 * Last words of names that are neither people, places nor organisations: laws, plans, events,
 * wars, holidays, shows, awards and founding texts (CoreNLP's MISC). Such runs are not reported.
 */
export const MISC_LAST_WORDS: ReadonlySet<string> = new Set([
  ...LAW_WORDS,
  ...PROGRAMME_WORDS,
  ...`plan day war show award awards prize doctrine debate debates cup games olympics eve week series bowl festival tour
convention summit conference deal care survey symposium medal medals emmy emmys grammy grammys grants`.split(/\s+/),
]);

/** Last words that make a capitalised run a place ("Mosul Dam", "Tahrir Square"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `dam river mountains mount mountain lake island islands square street avenue road bridge valley airport province county
city bay sea ocean desert region district state peninsula strait canal park palace gulf coast beach harbour harbor village
heights hills monument mall strip embassy springs falls rapids lakes plains shores pines palms gardens isles woods
republic`.split(/\s+/).concat(VENUE_WORDS),
);

/** First words of place names ("St. Petersburg", "San Bernardino", "Mt. Everest", "Fort Wayne"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(
  `st. saint san santa mt. mount fort port lake`.split(/\s+/),
);

/**
 * Heads after which "on" continues a body's name ("Commission on Presidential Debates",
 * "Center on Budget and Policy Priorities"); after others it starts a place ("Hofstra University
 * on Long Island").
 */
export const ON_HEADS: ReadonlySet<string> = new Set(
  `commission committee subcommittee council board center centre institute forum panel caucus coalition conference
task force network project`.split(/\s+/),
);

/** Group nouns after a name that mark it as an organisation ("Peshmerga troops", "Islamic State fighters"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  `forces troops fighters militants militia militiamen rebels soldiers officials spokesman spokeswoman members leaders leadership
supporters employees staff executives lawmakers commanders loyalists jihadists delegates operatives agents`.split(/\s+/),
);

/** Prepositions before a bare name that point to a place ("in Telkif", "near Bartella"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  `in near from towards toward into outside inside across via`.split(/\s+/),
);

/** Verbs of saying after a bare name that point to a person ("Hollande said"). */
export const PERSON_VERBS: ReadonlySet<string> = new Set(
  `said says told added wrote tweeted asked argued insisted claimed explained noted warned replied recalled admitted denied
stated believes thinks wants has had is was`.split(/\s+/),
);

/**
 * Acronyms every reader knows, with what they stand for. Acronyms an article defines itself
 * ("Counter Terrorism Service (CTS)") and acronyms matching the initials of a name in the
 * article are found without this list.
 */
export const KNOWN_ACRONYMS: ReadonlyMap<string, { name: string; type: 'place' | 'organization' }> = new Map([
  ['UN', { name: 'United Nations', type: 'organization' }], ['U.N.', { name: 'United Nations', type: 'organization' }],
  ['US', { name: 'United States', type: 'place' }], ['U.S.', { name: 'United States', type: 'place' }],
  ['USA', { name: 'United States', type: 'place' }], ['U.S.A.', { name: 'United States', type: 'place' }],
  ['UK', { name: 'United Kingdom', type: 'place' }], ['U.K.', { name: 'United Kingdom', type: 'place' }],
  ['UAE', { name: 'United Arab Emirates', type: 'place' }],
  ['EU', { name: 'European Union', type: 'organization' }], ['NATO', { name: 'NATO', type: 'organization' }],
  ['IS', { name: 'Islamic State', type: 'organization' }], ['ISIS', { name: 'Islamic State', type: 'organization' }],
  ['ISIL', { name: 'Islamic State', type: 'organization' }], ['FBI', { name: 'FBI', type: 'organization' }],
  ['CIA', { name: 'CIA', type: 'organization' }], ['NSA', { name: 'NSA', type: 'organization' }],
  ['NYPD', { name: 'NYPD', type: 'organization' }], ['GOP', { name: 'Republican Party', type: 'organization' }],
  ['DNC', { name: 'Democratic National Committee', type: 'organization' }],
  ['RNC', { name: 'Republican National Committee', type: 'organization' }],
  ['CNN', { name: 'CNN', type: 'organization' }], ['BBC', { name: 'BBC', type: 'organization' }],
  ['NBC', { name: 'NBC', type: 'organization' }], ['CBS', { name: 'CBS', type: 'organization' }],
  ['ABC', { name: 'ABC', type: 'organization' }], ['MSNBC', { name: 'MSNBC', type: 'organization' }],
  ['NPR', { name: 'NPR', type: 'organization' }], ['AP', { name: 'Associated Press', type: 'organization' }],
  ['IMF', { name: 'International Monetary Fund', type: 'organization' }], ['WHO', { name: 'World Health Organization', type: 'organization' }],
  ['NFL', { name: 'NFL', type: 'organization' }], ['NBA', { name: 'NBA', type: 'organization' }],
  ['EPA', { name: 'Environmental Protection Agency', type: 'organization' }], ['IRS', { name: 'IRS', type: 'organization' }],
  ['NASA', { name: 'NASA', type: 'organization' }], ['PKK', { name: 'PKK', type: 'organization' }],
  ['NHS', { name: 'NHS', type: 'organization' }], ['FDA', { name: 'FDA', type: 'organization' }],
]);

/** Organisations often named without any cue word: the hand-written list in organizations.ts. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = WELL_KNOWN_ORGANIZATIONS;

/**
 * All-capital words that are not organisations although they look like acronyms: units, times,
 * roles, diseases, drugs, company forms (LLC), Roman numerals and shouted short words. Any other
 * unknown acronym is taken for an organisation ("RT", "VA", "AROS").
 */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(
  `TV OK AM PM ID IQ MP MPS CEO CEOS CFO COO VP GDP DNA HIV AIDS PTSD LGBT LGBTQ USD GMT EST EDT PST PDT CST CDT ET PT CT UTC
FAQ PDF URL IPO PR OMG LOL RIP II III IV VI VII VIII IX XI XII NO SO IT IN ON AT TO OF BY MY WE HE ME BE DO GO UP OR IF AN AS
IS A I SUV SUVS ATM ATMS PC PCS GPS CD CDS DVD HQ RSVP PS AKA DIY FYI ICU ER GOP LLC LLCS LLP PCP LSD THC`.split(/\s+/),
);
