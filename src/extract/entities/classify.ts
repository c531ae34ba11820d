import type { EntityType } from '../../article.js';
import { EMPLOYER_ROLES, GROUP_NOUNS, MEMBER_PLURALS, ORG_ANYWHERE, ORG_HEAD_NOUNS, KNOWN_ACRONYMS, KNOWN_ORGANIZATIONS, ORG_WORDS, PERSON_VERBS, PLACE_PREFIXES, PLACE_PREPOSITIONS, PLACE_WORDS } from '../lexicon/entity-cues.js';
import { COUNTRY_NAMES, DEMONYMS, PLACE_NAMES } from '../lexicon/places.js';
import { MODALS } from '../lexicon/clause-words.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import { hasPossessive, isLowerWord, startsLower, startsUpper, withoutPossessive } from '../facts/chars.js';
import type { Token } from '../facts/tokens.js';
import type { NameRun } from './find-names.js';
import { bodyContextVotes } from './body-cues.js';
import { FIRST_NAMES, personRole } from './person-role.js';
import { CONTEXT, COUNTRY_AFTER, CUE_WORD, KNOWN, TITLE, WEAK } from './weights.js';
import { BRANCH_WORDS, DAY_NAME_WORDS, FIELD_WORDS, INSTITUTION_WORDS, VENUE_WORDS } from '../lexicon/entity-bodies.js';
import { shapeOf, type RunShape, type RunShapes } from './run-shape.js';

/** Votes for each entity type from one mention, plus what the mention says about the entity. */
export interface Evidence {
  votes: Record<EntityType, number>;
  /** Role or title given next to a person ("Prime Minister", "CTS commander"). */
  role: string | null;
  /** Country written after a place ("Bartella, Iraq"). */
  country: string | null;
  /** True when the vote comes from the name itself or a strong cue, not from weak context. */
  strong: boolean;
  /** True when the mention only qualifies a noun as an adjective would ("the GOP nominee"): no mention of the entity. */
  qualifier?: boolean;
  /** True when the mention is one word before a weekday ("Super" of "Super Tuesday"). */
  dayName?: boolean;
}

const COMPASS_REGIONS = new Set(['north', 'south', 'east', 'west', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest', 'mideast']);
// Irregular past tenses that follow a body as its verb ("The Post sent"); regular ones end in -ed.
const PAST_VERBS = new Set(['sent', 'gave', 'made', 'took', 'ran', 'got', 'found', 'put', 'kept', 'brought', 'held', 'won', 'lost', 'paid']);

// The mention's shapes, built once (see src/extract/facts/chars.ts for why not inline).
/** A lower-case word in -ed: a regular past tense (two letters before it, so not "red" or "bed"). */
const PAST_FORM = /\p{Ll}{2}ed$/u;
/** `PAST_FORM.test(text)`, the regex only for words in -ed: asked of the word after most names. */
function pastForm(text: string): boolean {
  const last = text.length - 1;
  return last >= 3 && text.charCodeAt(last) === 100 && text.charCodeAt(last - 1) === 101 && PAST_FORM.test(text);
}

/** A capitalised plural ("Vikings"). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/**
 * Modals, and "needs" ("wants" is a person verb): after a party's acronym they make it the
 * subject ("GOP must live with it").
 */
const SUBJECT_MODALS: ReadonlySet<string> = new Set([...MODALS, 'needs']);
/** A political party's name: its acronym qualifies a noun as the party's adjective does. */
const PARTY_NAME = / Party$/;
/** Last words of the places named in several words ("carolina" of "north carolina"), to read a team's place. */
const PLACE_LAST_WORDS: ReadonlySet<string> = new Set([...PLACE_NAMES].filter((name) => name.includes(' ')).map((name) => name.slice(name.lastIndexOf(' ') + 1)));
/** One letter, with or without its dot: a name's initial. */
const INITIAL = /^\p{L}\.?$/u;
/** Connectors inside a name, as written ("Gulf of Mexico"). */
const CONNECTORS = new Set(['of', 'for', 'on', 'to']);
/** What members stand for or against, as written ("Citizens for Tax Justice", "Mothers Against Drunk Driving"). */
const CAUSES = new Set(['for', 'against', 'Against']);
/** The venue words as a set: surnames too ("Maria Plaza"). */
const VENUES: ReadonlySet<string> = new Set(VENUE_WORDS);

/** Gathers the evidence one mention gives about its type, from its words and its neighbours. */
export function classifyRun(run: NameRun, common: ReadonlySet<string> = new Set(), shapes: RunShapes = new Map()): Evidence {
  const votes: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  const { tokens } = run.unit;
  const shape = shapeOf(run, shapes);
  const { words, key, lowerWords, lastWord, headKey, firstWord, acronym, notOrgAcronym } = shape;
  let country: string | null = null;
  let strong = true;

  // "Super Tuesday", "Black Friday": one word before a weekday may name a day; it does when it is
  // no known name and written so more than once, every time (decideTypes).
  const dayAfter = tokens[run.next];
  const dayName = words.length === 1 && dayAfter !== undefined && WEEKDAYS.has(dayAfter.lower) && startsUpper(dayAfter.text);
  const known = KNOWN_ACRONYMS.get(run.text);
  if (known) votes[known.type] += KNOWN;
  if (PLACE_NAMES.has(key)) votes.place += KNOWN;
  if (KNOWN_ORGANIZATIONS.has(key)) votes.organization += KNOWN;
  const role = personRole(run, votes);
  const before = tokens[run.from - 1];
  const after = tokens[run.next];
  nameWordVotes(shape, votes, after);

  const afterNext = tokens[run.next + 1];
  if (after?.text === ',' && afterNext && COUNTRY_NAMES.has(afterNext.lower) && afterNext.lower !== key) {
    // "Bartella, Iraq" (the comma closes the place) — but not a list "France, Germany and Italy".
    const third = tokens[run.next + 2];
    if (!third || third.text !== ',' || !COUNTRY_NAMES.has(tokens[run.next + 3]?.lower ?? '')) {
      if (!PLACE_NAMES.has(key) || !COUNTRY_NAMES.has(key)) {
        votes.place += COUNTRY_AFTER;
        country = afterNext.text;
      }
    }
  }
  const contextual = !run.initial || words.length > 1;
  // "Peshmerga troops" — but a sentence opener before a group noun is an ordinary word ("Police officials said").
  // Not after a possessive: "Jane Porter's supporters" are hers, which says nothing of her type.
  const owner = hasPossessive(tokens[run.next - 1]!.text);
  if (contextual && !owner && after && GROUP_NOUNS.has(after.lower)) votes.organization += CONTEXT;
  // "the Gannett newspaper chain", "the VOA Eurasian division": a firm's or body's head noun after the name.
  if (contextual && !owner && after && ORG_HEAD_NOUNS.has(after.lower) && startsLower(after.text)) votes.organization += CONTEXT;
  // An unknown acronym is most often an organisation, unless it is a unit, a role or a word.
  if (acronym && !known && !notOrgAcronym) votes.organization += WEAK;
  // "a spokesman for Acme": the body someone speaks for.
  if (before?.lower === 'for' && /^spokes(?:man|woman|person)$/.test(tokens[run.from - 2]?.lower ?? '')) votes.organization += CUE_WORD;
  // A unit hosted at a body, a court's district, a listed company, a body its noun names (body-cues.ts).
  const company = bodyContextVotes(tokens, run.from, run.next, lowerWords, votes);
  const placeCue = before !== undefined && PLACE_PREPOSITIONS.has(before.lower) && startsLower(before.text);
  if (contextual && (!company || votes.place >= KNOWN) && placeCue) votes.place += CONTEXT;
  if (contextual && before?.lower === 'of' && /^(?:city|town|village|province|region|capital|suburb|district)$/.test(tokens[run.from - 2]?.lower ?? '')) votes.place += CUE_WORD;
  // After "the", a bare name is a body ("the Post said", "the Pentagon"), or, before a noun, a
  // modifier that says nothing of its type ("the Obama administration").
  const afterThe = words.length === 1 && before?.lower === 'the' && !acronym;
  // A verb after it ("The Post sent", "the Times reported") makes the name the subject, not a modifier.
  // A run split off the front of a seat of government ("Obama" of "the Obama White House")
  // qualifies it, and names whoever led it.
  if (run.qualifies) votes.person += CONTEXT;
  const modifier = run.qualifies === true || (after !== undefined && isLowerWord(after.text) && !PERSON_VERBS.has(after.lower) && !PAST_VERBS.has(after.lower) && !pastForm(after.text));
  // "The Latest:" is an ordinary word the article also writes in lower case.
  // "the Southwest", "the Mall": a compass region or a place word named alone is a place.
  if (afterThe && (COMPASS_REGIONS.has(key) || (PLACE_WORDS.has(key) && !VENUES.has(key)))) votes.place += CUE_WORD;
  if (afterThe && !modifier && votes.place === 0 && (!common.has(key) || ORG_WORDS.has(key))) votes.organization += CONTEXT;
  if (contextual && !afterThe && after && PERSON_VERBS.has(after.lower)) votes.person += CONTEXT;
  // "PolitiFact", "WikiLeaks", "YouTube": a capital inside one word is a brand, unless it is a
  // surname prefix ("McConnell", "DeSantis", "O'Brien").
  if (shape.brand) votes.organization += CONTEXT;
  // Acronyms and all-capital words are never a person's name as such ("RT said", "TV").
  if (shape.capitals) votes.person = 0;
  // "EB-5", "F-16": capitals glued to digits name a model or a visa, not a body.
  if (after?.text === '-' && !after.spaced && /^\d/.test(afterNext?.text ?? '')) votes.organization = 0;
  // A shouted ordinary word ("WHAT", "ALL") is no acronym: the article writes it in lower case too.
  if (!known && shape.shouted && common.has(key)) votes.organization = 0;
  // "Cleveland Cavaliers", "Minnesota Vikings": a place followed by a plural name is a team.
  // "Carolina Panthers": the place may be written by the last word of its name ("North Carolina").
  if (words.length > 1 && (PLACE_NAMES.has(headKey) || (words.length === 2 && PLACE_LAST_WORDS.has(headKey))) && CAPITALISED_PLURAL.test(words[words.length - 1]!) && !DEMONYMS.has(lastWord) && !PLACE_NAMES.has(key) && !PLACE_WORDS.has(lastWord)) {
    votes.organization += CUE_WORD;
  }
  // "Wells Fargo CEO John Stumpf", "NYPD Commissioner James O'Neill": a name right before a
  // person's title is who employs them, unless it is a place ("Ohio Gov. Anna Berg").
  // "Apple Music", "Fox News Sunday": a known body's name leading a longer name is its product or unit.
  // "Indiana GOP", "Ohio AFL-CIO": a place, then a body's known acronym, is the body's branch there.
  if (words.length > 1 && PLACE_NAMES.has(headKey) && KNOWN_ACRONYMS.get(words[words.length - 1]!)?.type === 'organization') votes.organization += KNOWN;
  const lead = words.length > 1 && (KNOWN_ORGANIZATIONS.has(firstWord) || KNOWN_ORGANIZATIONS.has(`${firstWord} ${lowerWords[1]!}`));
  if (lead && votes.place === 0 && !KNOWN_ORGANIZATIONS.has(key)) votes.organization += CUE_WORD;
  // "TD Ameritrade founder J. Joe Ricketts": a lower-case role that only a firm gives, then a name.
  if (after && EMPLOYER_ROLES.has(after.lower) && startsUpper(afterNext?.text ?? '') && votes.place === 0) votes.organization += CUE_WORD;
  // A lone capitalised sentence opener ("Like President Obama") or a nationality ("South Korean
  // President") is neither.
  const opener = run.initial && words.length === 1 && !acronym;
  if (run.employer && !opener && !DEMONYMS.has(lastWord) && votes.place === 0 && votes.person < TITLE) votes.organization += CUE_WORD;
  // A party's known acronym is a body as a noun ("the GOP said"), but before a noun it qualifies
  // as "Republican" does ("the GOP nominee") and names none.
  const party = known !== undefined && PARTY_NAME.test(known.name);
  const partyQualifier = party && !owner && after !== undefined && isLowerWord(after.text) && !PERSON_VERBS.has(after.lower) && !SUBJECT_MODALS.has(after.lower) && !pastForm(after.text);
  // Roles, units and words in capitals ("the MPs", "the CEO") name no body, whatever the context.
  // Nor a place: "suffer from PTSD", "in the PM" are no places despite the preposition. Such a
  // name is one word, so shape.capitals reads its text alone.
  if (!known && notOrgAcronym && shape.capitals) votes.organization = votes.place = 0;
  else if (notOrgAcronym && (!party || partyQualifier)) votes.organization = 0;
  if (words.length > 1 && votes.place === 0 && votes.organization === 0 && votes.person === 0) {
    // Two or three capitalised words with no other cue are most often a person's name — unless
    // the last one is a word the article also writes in lower case ("Apple Music", "Tax
    // Justice"): surnames rarely are.
    // When every word is one the article writes in lower case ("Limited Tools", "Mostly True"),
    // the run is a title-case heading, not a name.
    const heading = lowerWords.every((word) => common.has(withoutPossessive(word)));
    if (heading) return { votes, role, country, strong: false, qualifier: false, dayName: false };
    // "Alicia M": a last initial makes a person all the same (a known first name has voted already).
    if (common.has(lastWord) && !INITIAL.test(lastWord)) votes.organization += WEAK;
    else votes.person += WEAK;
    strong = false;
  }
  if (partyQualifier) return { votes, role, country, strong, qualifier: true, dayName: false };
  // Not a known place or body ("in Miami Tuesday", "told CNN Tuesday"), nor a place a preposition
  // gives ("Police in Kenosha Tuesday"), unless it is a day's word ("in Super Tuesday states").
  // Every evidence is written with all its fields, so that the rules read objects of one hidden class.
  return { votes, role, country, strong, qualifier: false, dayName: dayName && votes.place < KNOWN && votes.organization < KNOWN && (DAY_NAME_WORDS.has(key) || !placeCue) };
}

/** Votes from the words of a name of several words alone: heads, prefixes, connectors. */
function nameWordVotes({ words, key, lowerWords, lastWord, headKey, firstWord }: RunShape, votes: Record<EntityType, number>, after: Token | undefined): void {
  if (words.length > 1 && (ORG_WORDS.has(lastWord) || INSTITUTION_WORDS.has(lastWord) || FIELD_WORDS.has(lastWord) || BRANCH_WORDS.has(lastWord))) votes.organization += CUE_WORD;
  else if (words.length > 1 && lowerWords.some((word) => ORG_WORDS.has(word) || ORG_ANYWHERE.has(word) || INSTITUTION_WORDS.has(word))) votes.organization += CUE_WORD;
  // "Maria Plaza", "Antonio Plaza said": a venue's word that is a surname too, after a known first
  // name or before a verb of saying, is no place (the first name or the verb votes for a person).
  if (words.length > 1 && PLACE_WORDS.has(lastWord) && !(VENUES.has(lastWord) && (FIRST_NAMES.has(firstWord) || PERSON_VERBS.has(after?.lower ?? '')))) votes.place += CUE_WORD;
  // "St. Petersburg", "San Bernardino", "Fort Wayne": a place's first word.
  if (words.length > 1 && PLACE_PREFIXES.has(firstWord)) votes.place += CUE_WORD;
  // "Washington D.C.", "Charlotte, N.C." written without the comma: a known place, then its state or country.
  if (words.length > 1 && COUNTRY_NAMES.has(lastWord) && PLACE_NAMES.has(headKey)) votes.place += KNOWN;
  // "North Florida", "Northeast Ohio": a compass point before a known place.
  if (words.length > 1 && COMPASS_REGIONS.has(firstWord) && PLACE_NAMES.has(lowerWords.slice(1).join(' '))) votes.place += KNOWN;
  // "Eastern District of New York", "Gulf of Mexico": the word before the connector is the head.
  const connector = words.length > 1 ? words.findIndex((word, index) => index > 0 && CONNECTORS.has(word)) : -1;
  if (connector > 0 && PLACE_WORDS.has(lowerWords[connector - 1]!) && !ORG_WORDS.has(lastWord)) votes.place += CUE_WORD;
  // "Citizens for Tax Justice", "Mothers Against Drunk Driving": members, then what they stand for.
  const cause = key.includes(' for ') || key.includes(' against ') ? words.findIndex((word, index) => index > 0 && CAUSES.has(word)) : -1;
  if (cause > 0 && MEMBER_PLURALS.has(lowerWords[cause - 1]!)) votes.organization += CUE_WORD;
  // "Tom Young", "Donald Trump": a known first name leading the name.
  // Not beside a body's or a place's own word ("James Martin Center for ...").
  if (words.length > 1 && FIRST_NAMES.has(firstWord) && votes.organization === 0 && votes.place === 0) votes.person += CONTEXT;
  // "Hogan & Hartson", "Johnson & Johnson": firms, not people, are joined by an ampersand.
  if (words.includes('&')) votes.organization += CUE_WORD;

}

/** The type with the most votes, or null when nothing voted. Ties go person, organisation, place. */
export function winner(votes: Record<EntityType, number>): EntityType | null {
  let best: EntityType | null = null;
  for (const type of ['person', 'organization', 'place'] as const) {
    if (votes[type] > 0 && (best === null || votes[type] > votes[best])) best = type;
  }
  return best;
}
