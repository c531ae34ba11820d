import { NAMING_NOUNS } from '../lexicon/entity-cues.js';
import { startsUpper } from '../facts/chars.js';
import type { EntityType } from '../../article.js';
import type { Token } from '../facts/tokens.js';
import { CUE_WORD } from './weights.js';

// Cues in the words around a name that make it a body: how it is introduced ("a group called
// ..."), where it is hosted ("... Program at the ..."), what it is ("Southern District of ...").

/** Last words of a unit hosted at a body ("Program at the ..."). */
const UNIT_WORDS = new Set(['program', 'programme', 'project', 'initiative']);
/** Compass words that name a federal court's district ("Southern District of New York"). */
const COURT_COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'middle', 'central']);

/**
 * True when a body's noun names the run at `from`: "<noun> called|named <name>", "<noun>
 * (also) known as <name>" or "super PAC <name>". Reads at most four tokens back.
 */
function namedBody(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower;
  // "the super PAC America Rising": the kind of body, then its name.
  if (before === 'pac' && tokens[from - 2]?.lower === 'super') return true;
  if (before === 'called' || before === 'named') return NAMING_NOUNS.has(tokens[from - 2]?.lower ?? '');
  if (before !== 'as' || tokens[from - 2]?.lower !== 'known') return false;
  const noun = tokens[from - 3]?.lower === 'also' ? tokens[from - 4] : tokens[from - 3];
  return NAMING_NOUNS.has(noun?.lower ?? '');
}

/**
 * True when the run ending before `next` is a programme or project hosted at a body ("the
 * Nuclear Policy Program at the Carnegie Endowment"): a unit of that body, not a plan.
 */
export function hostedUnit(tokens: readonly Token[], next: number): boolean {
  if (!UNIT_WORDS.has(tokens[next - 1]!.lower) || tokens[next]?.text !== 'at') return false;
  const body = tokens[next + 1]?.lower === 'the' ? tokens[next + 2] : tokens[next + 1];
  return body !== undefined && startsUpper(body.text);
}

/** True when the name is a federal court's district: a compass word, then "District of" (as written) and a place. */
function courtDistrict(lowerWords: readonly string[], tokens: readonly Token[], from: number): boolean {
  return lowerWords.length > 3 && lowerWords[1] === 'district' && tokens[from + 2]?.text === 'of' && COURT_COMPASS.has(lowerWords[0]!);
}

/** Nouns of a listed company's money and governance, written right after its name ("Acme shares", "Acme's board"); not "stake", which a person holds too. */
const COMPANY_NOUNS = new Set(['shares', 'stock', 'shareholders', 'stockholders', 'earnings', 'revenue', 'revenues', 'profits', 'board']);
/** Nouns of an investor's holding, written before "of" or "in" and a company's name ("shares of Acme", "a stake in Acme"). */
const HOLDING_NOUNS = new Set(['shares', 'stake', 'stakes', 'position', 'investment', 'investments', 'shareholder', 'stock']);

/**
 * True when the words around the run at `from`..`next` make it a listed company: a company noun
 * after it ("Valeant shares", "Valeant's board") or a holding before it ("shares of Valeant", "a
 * stake in Valeant").
 */
function companyContext(tokens: readonly Token[], from: number, next: number): boolean {
  if (COMPANY_NOUNS.has(tokens[next]?.lower ?? '')) return true;
  const before = tokens[from - 1]?.lower;
  return (before === 'of' || before === 'in') && HOLDING_NOUNS.has(tokens[from - 2]?.lower ?? '');
}

/**
 * Adds the organisation votes these cues give the run at `from`..`next` (lowerWords: its words,
 * lower-cased) and returns true when it is a listed company, whose "in" says nothing of a place.
 */
export function bodyContextVotes(tokens: readonly Token[], from: number, next: number, lowerWords: readonly string[], votes: Record<EntityType, number>): boolean {
  // "the Nuclear Policy Program at the Carnegie Endowment": a unit of the body it is hosted at.
  if (lowerWords.length > 1 && hostedUnit(tokens, next)) votes.organization += CUE_WORD;
  // "Eastern District of New York": a compass word before "District of" names a court's district.
  if (courtDistrict(lowerWords, tokens, from)) {
    votes.place = 0;
    votes.organization += CUE_WORD;
  }
  // "a hacking group known as Fancy Bear", "a group called Lashkar-e-Taiba": a body's noun names it.
  if (namedBody(tokens, from)) votes.organization += CUE_WORD;
  // "Valeant shares", "a stake in Valeant": a listed company.
  const company = companyContext(tokens, from, next);
  if (company) votes.organization += CUE_WORD;
  return company;
}
