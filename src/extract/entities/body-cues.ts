import { NAMING_NOUNS, ORG_WORDS } from '../lexicon/entity-cues.js';
import { COMPANY_NOUNS, COURT_COMPASS, COURT_WORDS, FIGURATIVE_COMPANY_NOUNS, HOLDINGS, INDEFINITE_ARTICLES, INSTITUTION_WORDS, OBJECT_OPENERS, UNIT_WORDS } from '../lexicon/entity-bodies.js';
import { COUNTRY_NAMES } from '../lexicon/places.js';
import { hasPossessive, startsUpper, withoutPossessive } from '../facts/chars.js';
import type { EntityType } from '../../article.js';
import type { Token } from '../facts/tokens.js';
import { CUE_WORD } from './weights.js';

/** A word ending in a lower-case letter ("rights", "Pakistan-based"). */
const LOWER_END = /\p{Ll}$/u;

// Cues in the words around a name that make it a body: how it is introduced ("a group called
// ..."), where it is hosted ("... Program at the ..."), what it is ("Southern District of ...").

/**
 * True when a body's noun names the run at `from`: "a <noun> called|named <name>", "<noun>
 * (also) known as <name>" or "super PAC <name>". Reads at most five tokens back.
 */
function namedBody(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower;
  // "the super PAC America Rising": the kind of body, then its name.
  if (before === 'pac' && tokens[from - 2]?.lower === 'super') return true;
  if (before === 'called' || before === 'named') {
    // "a firm called ...", "a militant group named ...": an indefinite article introduces the body;
    // "the party named Jane Porter as a delegate" is a body choosing a person.
    // Up to three words in lower case at their end may qualify the noun ("a civil rights group
    // called ...", "a Pakistan-based group called ..."); "the" or a mark ends the search.
    if (!NAMING_NOUNS.has(tokens[from - 2]?.lower ?? '')) return false;
    for (let k = from - 3; k >= 0 && k >= from - 6; k--) {
      const word = tokens[k]!;
      if (INDEFINITE_ARTICLES.has(word.lower)) return true;
      if (word.lower === 'the' || !LOWER_END.test(word.text)) return false;
    }
    return false;
  }
  if (before !== 'as' || tokens[from - 2]?.lower !== 'known') return false;
  const noun = tokens[from - 3]?.lower === 'also' ? tokens[from - 4] : tokens[from - 3];
  return NAMING_NOUNS.has(noun?.lower ?? '');
}

/**
 * True when the run ending before `next` is a programme or project hosted at an institution
 * ("the Nuclear Policy Program at the Carnegie Endowment"): a unit of that body, not a plan. Not
 * "the Apollo Program at NASA": only a body whose name has an institution's word (at most five words read).
 */
export function hostedUnit(tokens: readonly Token[], next: number): boolean {
  if (!UNIT_WORDS.has(tokens[next - 1]!.lower) || tokens[next]?.text !== 'at') return false;
  const first = tokens[next + 1]?.lower === 'the' ? next + 2 : next + 1;
  for (let k = first; k < first + 5 && k < tokens.length && startsUpper(tokens[k]!.text); k++) {
    const word = withoutPossessive(tokens[k]!.lower);
    if (ORG_WORDS.has(word) || INSTITUTION_WORDS.has(word)) return true;
  }
  return false;
}

/**
 * True when the name is a federal court's district: a compass word, then "District of" (as
 * written), and a court's word shortly before ("attorney for the ...") or a state or country after
 * "of"; "the Central District of Seoul" is a city's.
 */
function courtDistrict(lowerWords: readonly string[], tokens: readonly Token[], from: number): boolean {
  if (lowerWords.length <= 3 || lowerWords[1] !== 'district' || tokens[from + 2]?.text !== 'of' || !COURT_COMPASS.has(lowerWords[0]!)) return false;
  if (COUNTRY_NAMES.has(withoutPossessive(lowerWords.slice(3).join(' ')))) return true;
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) if (COURT_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * True when the words around the run at `from`..`next` make it a listed company: a company noun
 * after it ("Valeant shares", "Valeant's earnings") or a holding before it ("shares of Valeant", "a
 * stake in Valeant"). Not "Obama shares a laugh" (a verb, then its object), nor "Trump's stock
 * rose" or "Smith's board of advisers": a person has those too.
 */
function companyContext(tokens: readonly Token[], from: number, next: number, votes: Record<EntityType, number>): boolean {
  const noun = tokens[next]?.lower ?? '';
  if (COMPANY_NOUNS.has(noun) && !OBJECT_OPENERS.has(tokens[next + 1]?.lower ?? '')) {
    if (!FIGURATIVE_COMPANY_NOUNS.has(noun) || !hasPossessive(tokens[next - 1]!.text) || votes.organization > 0) return true;
    // After a possessive, a company's "board" meets or acts ("Acme's board met", "Acme's board of
    // directors"), not "Smith's board of advisers"; its "stock" moves by a figure ("Acme's stock
    // fell 3 percent"), where "Trump's stock rose among voters" is a person's standing.
    if (noun === 'board') return tokens[next + 1]?.lower !== 'of' || tokens[next + 2]?.lower === 'directors';
    return figureWithin(tokens, next + 1, 6);
  }
  const before = tokens[from - 1]?.lower;
  return (before === 'of' || before === 'in') && HOLDINGS.get(tokens[from - 2]?.lower ?? '') === before;
}

/** True when one of the `count` tokens from `at` is a figure ("3.4", "$31"). */
function figureWithin(tokens: readonly Token[], at: number, count: number): boolean {
  for (let k = at; k < at + count && k < tokens.length; k++) {
    const code = tokens[k]!.text.charCodeAt(0);
    if ((code >= 48 && code <= 57) || code === 36) return true;
  }
  return false;
}

/**
 * Adds the organisation votes these cues give the run at `from`..`next` (lowerWords: its words,
 * lower-cased) and returns true when it is a listed company, whose "in" says nothing of a place.
 * A run with a person's vote already (a known first name, a title) is named or traded by no body.
 */
export function bodyContextVotes(tokens: readonly Token[], from: number, next: number, lowerWords: readonly string[], votes: Record<EntityType, number>): boolean {
  // "the Nuclear Policy Program at the Carnegie Endowment": a unit of the body it is hosted at.
  if (lowerWords.length > 1 && hostedUnit(tokens, next)) votes.organization += CUE_WORD;
  // "Eastern District of New York": a compass word before "District of" names a court's district.
  if (courtDistrict(lowerWords, tokens, from)) {
    votes.place = 0;
    votes.organization += CUE_WORD;
  }
  if (votes.person > 0) return false;
  // "a hacking group known as Fancy Bear", "a group called Lashkar-e-Taiba": a body's noun names it.
  if (namedBody(tokens, from)) votes.organization += CUE_WORD;
  // "Valeant shares", "a stake in Valeant": a listed company.
  const company = companyContext(tokens, from, next, votes);
  if (company) votes.organization += CUE_WORD;
  return company;
}
