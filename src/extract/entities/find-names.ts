import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { DEMONYMS, PLACE_NAMES } from '../lexicon/places.js';
import { KNOWN_ORGANIZATIONS, MEMBER_PLURALS, ON_HEADS, ORG_WORDS, PERSON_TITLES, PERSON_VERBS, PLACE_WORDS, TITLE_MODIFIERS } from '../lexicon/entity-cues.js';
import { WORDS_NEVER_NAMES } from '../lexicon/phrase-stops.js';
import { hasPossessive, startsUpper, withoutPossessive } from '../facts/chars.js';
import type { Token, Unit } from '../facts/tokens.js';
import { INSTITUTION_WORDS } from '../lexicon/entity-bodies.js';
import { endsNegated, handle, hasApostrophe, isAcronym, LINKED_NAME, particlePrefix } from './name-chars.js';
import { pushRun } from './push-run.js';

/** A run of capitalised tokens that may name an entity, with the words around it. */
export interface NameRun {
  unit: Unit;
  /** Token indices [from, next) of the name itself (titles and demonyms already split off). */
  from: number;
  next: number;
  start: number;
  end: number;
  text: string;
  /** Title written before the name ("Prime Minister"), as written, or null. */
  title: string | null;
  /** True when the name is the first word of its sentence (so its capital proves little). */
  initial: boolean;
  /** True when a person's title follows in the same capitalised run ("Wells Fargo CEO John Stumpf"): the name is who they work for or where. */
  employer: boolean;
  /**
   * True for a title word standing alone ("Justice delivered the agreements"): no one's name, but
   * possibly the short form of an organisation the article names in full ("Justice Department").
   */
  titleOnly?: boolean;
  /** True for a leader's name split off the front of a seat of government ("Obama" of "the Obama White House"). */
  qualifies?: boolean;
}

// Particles inside Arabic, Dutch, German, Spanish names: "Osama bin Laden", "Ursula von der Leyen".
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'abu']);
// Built once here, not inline: see src/extract/facts/chars.ts.
/** A hyphen then a lower-case letter ("US-trained"). */
const HYPHEN_LOWER = /-\p{Ll}/u;
/** A capitalised plural ("Breaks"): a headline verb when its stem is a common word. */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** A verb contracted onto a word ("we're", "they've", "i'll"). */
const CONTRACTION = /['’](?:re|ve|ll|d|m)$/;
// First words of the known organisations: a run whose first word is none of these cannot start
// one, and is spared building its multi-word keys.
const ORGANIZATION_FIRST_WORDS: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATIONS].map((name) => name.split(' ')[0]!));
/** A word of two letters or more, nothing else ("Trans", "McLeod"). */
const LETTERS = /^\p{L}{2,}$/u;
/** First words of the known places and bodies named in several words ("white" of "white house"). */
const KNOWN_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACE_NAMES, ...KNOWN_ORGANIZATIONS].filter((name) => name.includes(' ')).map((name) => name.slice(0, name.indexOf(' '))));
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':']);

/** True when a token can be part of a name: capitalised, an acronym, or "al-Abadi". */
function capitalised(token: Token): boolean {
  const { text } = token;
  // An ASCII first character that is no capital (most tokens: lower-case words, digits, marks)
  // leaves only a particle ("al-Abadi") to make a name part.
  const code = text.charCodeAt(0);
  if (code < 128 && (code < 65 || code > 90)) return particlePrefix(text);
  if (text === 'I') return false;
  if (text.includes('-') && HYPHEN_LOWER.test(text) && !particlePrefix(text) && !LINKED_NAME.test(text)) return false; // "US-trained"
  return startsUpper(text) || particlePrefix(text);
}

/**
 * Finds the capitalised runs of a sentence that may be names. `common` holds the words the article
 * also writes in lower case: such a word capitalised at a sentence start or in title case (the
 * first `titleEnd` tokens: a headline, a heading, a kicker) is an ordinary word, not a name.
 * Months and weekdays are left to the date finder.
 */
export function findNameRuns(unit: Unit, common: ReadonlySet<string>, titleEnd: number): NameRun[] {
  const runs: NameRun[] = [];
  const { tokens } = unit;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // Most tokens are lower-case words: reject them before looking at their neighbours.
    if (!capitalised(token)) {
      i++;
      continue;
    }
    const initial = i === 0 || OPENERS.has(tokens[i - 1]!.text);
    const headline = i < titleEnd;
    // An ordinary word opening a sentence or in title case is no name, unless it opens a known one.
    const ambiguous = initial || headline;
    const knownEnd = ambiguous ? knownNameEnd(tokens, i) : i;
    if ((knownEnd === i && skipWord(token, ambiguous, common)) || handle(tokens, i)) {
      i++;
      continue;
    }
    let next = i + 1;
    let last = token;
    // Whether the run's first word may open a known organisation's name, asked once per run.
    const opensOrganization = ORGANIZATION_FIRST_WORDS.has(token.lower);
    let orgKey = withoutPossessive(token.lower);
    let orgKeyEnd = i + 1;
    // Set once "Center for ..." has joined: then "and" may join too ("... for Media and Public Affairs").
    let orgName = false;
    while (next < tokens.length && !hasPossessive(last.text)) {
      const candidate = tokens[next]!;
      if (next < knownEnd) {
        last = candidate;
        next++;
        continue;
      }
      // Read once: the rules below ask it up to four times.
      const upper = capitalised(candidate);
      // "USA Today": a word that is never a name alone still ends a known organisation's name.
      // The last word may carry a possessive ("USA TODAY's weekly series").
      let known = false;
      if (upper && next - i <= 3 && opensOrganization) {
        // The run's words so far, extended only by the words added since the last look.
        for (; orgKeyEnd < next; orgKeyEnd++) orgKey += ` ${withoutPossessive(tokens[orgKeyEnd]!.lower)}`;
        known = KNOWN_ORGANIZATIONS.has(`${orgKey} ${withoutPossessive(candidate.lower)}`);
      }
      // "Alliance to Reclaim Our Schools": after an organisation's connector a capitalised
      // determiner is part of the name.
      const determiner = orgName && /^(?:Our|Your|Their|The|A)$/.test(candidate.text) && startsUpper(tokens[next + 1]?.text ?? '');
      // "Voters Abandon Republican Party": a generic body or place word ends a name even in a
      // title-case headline, where ordinary words are otherwise left out.
      const generic = headline && upper && (ORG_WORDS.has(candidate.lower) || PLACE_WORDS.has(candidate.lower)) && !skipWord(candidate, false, common);
      const verb = headline && headlineVerb(candidate, common);
      if (known || determiner || generic || (upper && !verb && !skipWord(candidate, headline, common))) {
        last = candidate;
        next++;
        continue;
      }
      const after = tokens[next + 1];
      // "Trans- Pacific Partnership", "McLeod- Henderson": a word broken after its hyphen (a line
      // break undone) is one word. Not after an initial, an abbreviation or a nationality ("D- Mich.",
      // "U.S.- Mexico", "African- Americans"): those pairs are two names or none.
      if (candidate.text === '-' && !candidate.spaced && LETTERS.test(last.text) && !DEMONYMS.has(last.lower) && after?.spaced && capitalised(after) && !skipWord(after, headline, common)) {
        last = after;
        next += 2;
        continue;
      }
      // "Bank of England", "Secretary of State", "bin Laden": a connector between capitals.
      const institution = ORG_WORDS.has(last.lower) || INSTITUTION_WORDS.has(last.lower);
      const joins = (candidate.lower === 'of' && (institution || PLACE_WORDS.has(last.lower) || PERSON_TITLES.has(last.lower) || last.lower === 'university'))
        || PARTICLES.has(candidate.lower) || candidate.text === '&';
      // "Center for American Progress", "Commission on Presidential Debates": an organisation's
      // generic word followed by what it is for.
      // "Committee to Protect Journalists" too, but not in a title-case headline ("Senate to Vote").
      // "Citizens for Tax Justice", "Mothers Against Drunk Driving": members named in the plural
      // before what they stand for.
      const orgJoin: boolean = ((candidate.lower === 'for' || (candidate.lower === 'on' && ON_HEADS.has(last.lower)) || (candidate.lower === 'to' && !headline)) && ORG_WORDS.has(last.lower))
        || ((candidate.lower === 'for' || candidate.lower === 'against') && MEMBER_PLURALS.has(last.lower) && !headline)
        || (orgName && candidate.lower === 'and')
        || (candidate.lower === 'and' && !headline && common.has(last.lower) && !ORG_WORDS.has(last.lower) && endsInOrgWord(tokens, next + 1, common));
      if ((joins || orgJoin) && after && capitalised(after) && !skipWord(after, headline, common) && candidate.spaced) {
        orgName ||= orgJoin || (candidate.lower === 'of' && institution);
        last = after;
        next += 2;
        continue;
      }
      // "Committee for a Responsible Federal Budget", "Center for the Study of ...".
      const third = tokens[next + 2];
      if (orgJoin && candidate.lower !== 'and' && after && /^(?:a|an|the)$/.test(after.text) && third && capitalised(third) && !skipWord(third, headline, common)) {
        orgName = true;
        last = third;
        next += 3;
        continue;
      }
      break;
    }
    // "Massachusetts Sen. Elizabeth Warren", "Former Pennsylvania Gov. Ed Rendell": a title inside
    // the run starts the person; what comes before it is a place or a body of its own.
    const split = innerTitle(tokens, i, next);
    if (split !== null) {
      pushRun(runs, unit, i, split, initial, true);
      pushRun(runs, unit, split, next, false, false);
    } else {
      pushRun(runs, unit, i, next, initial, false);
    }
    i = next;
  }
  return runs;
}

/**
 * "White House officials said", "Supreme Court Rules": a capitalised word the article also
 * writes in lower case still opens a known place or body with the words after it. The index
 * after that name, or `at` when there is none. Only capitalised words get here.
 */
function knownNameEnd(tokens: readonly Token[], at: number): number {
  let key = tokens[at]!.lower;
  // Most words open no known name of several words: one lookup settles them.
  // "The Washington Post": the article stays outside the name, as it does elsewhere.
  if (!KNOWN_FIRST_WORDS.has(key) || key === 'the' || key === 'a' || key === 'an') return at;
  let end = at;
  for (let k = at + 1; k < tokens.length && k <= at + 2; k++) {
    const token = tokens[k]!;
    if (!token.spaced || !startsUpper(token.text)) break;
    key += ` ${withoutPossessive(token.lower)}`;
    if (PLACE_NAMES.has(key) || KNOWN_ORGANIZATIONS.has(key)) end = k + 1;
    if (hasPossessive(token.text)) break;
  }
  return end;
}

/**
 * "Immigration and Customs Enforcement", "Health and Human Services": an ordinary word (one the
 * article writes in lower case, and no body's generic word: "Fox Business Network and Fox News"
 * are two) joined by "and" to capitalised words that end in an organisation's generic word names
 * one body. True when the capitalised words from `at` (at most
 * four) end in such a word.
 */
function endsInOrgWord(tokens: readonly Token[], at: number, common: ReadonlySet<string>): boolean {
  let k = at;
  while (k < tokens.length && k < at + 4 && capitalised(tokens[k]!) && !skipWord(tokens[k]!, false, common)) k++;
  return k > at && ORG_WORDS.has(withoutPossessive(tokens[k - 1]!.lower));
}

/** Index of a title inside [from, next) that has a name after it, or null. Titles at the front stay. */
function innerTitle(tokens: readonly Token[], from: number, next: number): number | null {
  for (let j = from + 1; j < next - 1; j++) {
    const one = tokens[j]!.lower;
    const two = `${one} ${tokens[j + 1]!.lower}`;
    const partOfEarlier = PERSON_TITLES.has(`${tokens[j - 1]!.lower} ${one}`);
    if (partOfEarlier || !startsUpper(tokens[j]!.text)) continue;
    if (PERSON_TITLES.has(two) ? j + 2 < next : PERSON_TITLES.has(one)) {
      // "Deputy Attorney General", "Retired Lt. Gen.": qualifiers before the title belong to it.
      let k = j;
      while (k > from && TITLE_MODIFIERS.has(tokens[k - 1]!.lower)) k--;
      return k > from ? k : null;
    }
  }
  return null;
}

/**
 * "Clinton Breaks With Obama", "Trump Is Right": in a title-case headline a verb after a name ends
 * it — a saying verb, or a word in -s whose stem the article writes in lower case ("breaks").
 */
function headlineVerb(token: Token, common: ReadonlySet<string>): boolean {
  if (PERSON_VERBS.has(token.lower)) return true;
  if (!CAPITALISED_PLURAL.test(token.text)) return false;
  return common.has(token.lower.slice(0, -1)) || (token.lower.endsWith('es') && common.has(token.lower.slice(0, -2)));
}

function skipWord(token: Token, ambiguous: boolean, common: ReadonlySet<string>): boolean {
  const bare = withoutPossessive(token.lower);
  if (MONTHS.has(bare) || WEEKDAYS.has(bare)) return true;
  if (isAcronym(token.text)) return false;
  // "Won’t", "Can't" in a title-case headline: a verb, never part of a name.
  if (WORDS_NEVER_NAMES.has(bare) || endsNegated(bare)) return true;
  // "We're", "They've", "I'll": a pronoun with its verb.
  if (hasApostrophe(bare) && CONTRACTION.test(bare) && WORDS_NEVER_NAMES.has(bare.slice(0, bare.search(/['’]/)))) return true;
  return ambiguous && common.has(bare);
}
