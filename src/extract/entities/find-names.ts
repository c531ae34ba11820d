import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { DEMONYMS, PLACE_NAMES } from '../lexicon/places.js';
import { ADDRESS_TITLES, KNOWN_ORGANIZATIONS, MEMBER_PLURALS, MISC_LAST_WORDS, ON_HEADS, ORG_WORDS, PERSON_TITLES, PERSON_VERBS, PLACE_WORDS, TITLE_MODIFIERS } from '../lexicon/entity-cues.js';
import { WORDS_NEVER_NAMES } from '../lexicon/phrase-stops.js';
import { hasPossessive, startsUpper, withoutPossessive } from '../facts/chars.js';
import type { Token, Unit } from '../facts/tokens.js';

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
}

// Particles inside Arabic, Dutch, German, Spanish names: "Osama bin Laden", "Ursula von der Leyen".
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'abu']);
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|ar|bin|ibn|abu|de|van|von|d|o|mc|mac)[-'’]\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}s?|(?:\p{Lu}\.){2,})$/u;
// Built once here, not inline: see src/extract/facts/chars.ts.
/** A hyphen then a lower-case letter ("US-trained"). */
const HYPHEN_LOWER = /-\p{Ll}/u;
/** A capitalised plural ("Breaks"): a headline verb when its stem is a common word. */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** A word in capitals. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** A Roman numeral after a name ("World War II"). */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
/** Compass points that may lead a nationality ("South Korean"). */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central']);
/** A verb contracted onto a word ("we're", "they've", "i'll"). */
const CONTRACTION = /['’](?:re|ve|ll|d|m)$/;
// First words of the titles and known organisations: a run whose first word is none of these
// cannot start one, and is spared building its multi-word keys.
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES].map((title) => title.split(' ')[0]!));
const ORGANIZATION_FIRST_WORDS: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATIONS].map((name) => name.split(' ')[0]!));
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':']);

/** True when a token can be part of a name: capitalised, an acronym, or "al-Abadi". */
function capitalised(token: Token): boolean {
  const { text } = token;
  if (text === 'I') return false;
  if (text.includes('-') && HYPHEN_LOWER.test(text) && !particlePrefix(text)) return false; // "US-trained"
  return startsUpper(text) || particlePrefix(text);
}

/** `PARTICLE_PREFIX.test(text)`, run only on words that start with an ASCII lower-case letter as every particle does. */
function particlePrefix(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 97 && code <= 122 && PARTICLE_PREFIX.test(text);
}

/**
 * Finds the capitalised runs of a sentence that may be names. `common` holds the words the article
 * also writes in lower case: such a word capitalised at a sentence start or in a title-case
 * headline is an ordinary word, not a name. Months and weekdays are left to the date finder.
 */
export function findNameRuns(unit: Unit, common: ReadonlySet<string>, headline: boolean): NameRun[] {
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
    if (skipWord(token, initial || headline, common) || handle(tokens, i)) {
      i++;
      continue;
    }
    let next = i + 1;
    let last = token;
    // Set once "Center for ..." has joined: then "and" may join too ("... for Media and Public Affairs").
    let orgName = false;
    while (next < tokens.length && !hasPossessive(last.text)) {
      const candidate = tokens[next]!;
      // "USA Today": a word that is never a name alone still ends a known organisation's name.
      // The last word may carry a possessive ("USA TODAY's weekly series").
      const known = capitalised(candidate) && next - i <= 3 && ORGANIZATION_FIRST_WORDS.has(token.lower) && KNOWN_ORGANIZATIONS.has([...tokens.slice(i, next), candidate].map((t) => withoutPossessive(t.lower)).join(' '));
      // "Alliance to Reclaim Our Schools": after an organisation's connector a capitalised
      // determiner is part of the name.
      const determiner = orgName && /^(?:Our|Your|Their|The|A)$/.test(candidate.text) && startsUpper(tokens[next + 1]?.text ?? '');
      // "Voters Abandon Republican Party": a generic body or place word ends a name even in a
      // title-case headline, where ordinary words are otherwise left out.
      const generic = headline && capitalised(candidate) && (ORG_WORDS.has(candidate.lower) || PLACE_WORDS.has(candidate.lower)) && !skipWord(candidate, false, common);
      const verb = headline && headlineVerb(candidate, common);
      if (known || determiner || generic || (capitalised(candidate) && !verb && !skipWord(candidate, headline, common))) {
        last = candidate;
        next++;
        continue;
      }
      // "Bank of England", "Secretary of State", "bin Laden": a connector between capitals.
      const after = tokens[next + 1];
      const joins = (candidate.lower === 'of' && (ORG_WORDS.has(last.lower) || PLACE_WORDS.has(last.lower) || PERSON_TITLES.has(last.lower) || last.lower === 'university'))
        || PARTICLES.has(candidate.lower) || candidate.text === '&';
      // "Center for American Progress", "Commission on Presidential Debates": an organisation's
      // generic word followed by what it is for.
      // "Committee to Protect Journalists" too, but not in a title-case headline ("Senate to Vote").
      // "Citizens for Tax Justice", "Mothers Against Drunk Driving": members named in the plural
      // before what they stand for.
      const orgJoin: boolean = ((candidate.lower === 'for' || (candidate.lower === 'on' && ON_HEADS.has(last.lower)) || (candidate.lower === 'to' && !headline)) && ORG_WORDS.has(last.lower))
        || (/^(?:for|against)$/.test(candidate.lower) && MEMBER_PLURALS.has(last.lower) && !headline)
        || (orgName && candidate.lower === 'and');
      if ((joins || orgJoin) && after && capitalised(after) && !skipWord(after, headline, common) && candidate.spaced) {
        orgName ||= orgJoin || (candidate.lower === 'of' && ORG_WORDS.has(last.lower));
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

/** True for a word glued to "@", "#", "/" or "_": a handle, hashtag or link, not a name as written. */
function handle(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && !tokens[i]!.spaced && /[@#/_]$/.test(before.text);
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
  if (ACRONYM.test(token.text)) return false;
  // "Won’t", "Can't" in a title-case headline: a verb, never part of a name.
  if (WORDS_NEVER_NAMES.has(bare) || /n['’]t$/.test(bare)) return true;
  // "We're", "They've", "I'll": a pronoun with its verb.
  if ((bare.includes("'") || bare.includes('’')) && CONTRACTION.test(bare) && WORDS_NEVER_NAMES.has(bare.slice(0, bare.search(/['’]/)))) return true;
  return ambiguous && common.has(bare);
}

/** Splits titles and demonyms off the front ("Prime Minister", "Kurdish") and records what is left. */
function pushRun(runs: NameRun[], unit: Unit, from: number, next: number, initial: boolean, employer: boolean): void {
  const { tokens } = unit;
  const start = from;
  const startInitial = initial;
  let title: string | null = null;
  // Longest title first: "Prime Minister" before "Minister".
  for (let k = TITLE_FIRST_WORDS.has(tokens[from]!.lower) ? Math.min(next - from, 3) : 0; k >= 1 && title === null; k--) {
    const words = tokens.slice(from, from + k).map((token) => token.lower).join(' ');
    // "Justice Department", "General Assembly": a title word heading an organisation's name.
    const rest = withoutPossessive(tokens[next - 1]!.lower);
    if (PERSON_TITLES.has(words) && !ORG_WORDS.has(rest) && !PLACE_WORDS.has(rest)) {
      title = unit.text.slice(tokens[from]!.start - unit.start, tokens[from + k - 1]!.end - unit.start);
      from += k;
      initial = false;
    }
  }
  // "Mr. President", "Madam Speaker": a form of address, one title after another, names no one.
  // Not "Mr. King": some titles are surnames too.
  if (title !== null && next - from === 1 && ADDRESS_TITLES.has(tokens[from]!.lower)) return;
  if (from === next && title !== null) {
    // A title alone ("France's President") names no one; a one-word one is kept aside in case the
    // article names an organisation it heads ("Justice" after "Justice Department").
    // Not when a connector and a name follow ("Justice for Victims of Trafficking Act").
    const connects = /^(?:of|for|on|to|and|&)$/.test(tokens[next]?.lower ?? '') && startsUpper(tokens[next + 1]?.text ?? '');
    if (next - start === 1 && !hasPossessive(tokens[start]!.text) && !connects) {
      runs.push({ unit, from: start, next, start: tokens[start]!.start, end: tokens[start]!.end, text: tokens[start]!.text, title: null, initial: startInitial, employer, titleOnly: true });
    }
    return;
  }
  const whole = withoutPossessive(unit.text.slice(tokens[from]!.start - unit.start, tokens[next - 1]!.end - unit.start)).toLowerCase();
  // "Islamic State", "Democratic Party": the demonym is part of the name when what follows is
  // only a generic word, or when the whole run is a known name.
  const lastWord = withoutPossessive(tokens[next - 1]!.lower);
  const generic = next - from >= 2 && (ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord) || lastWord === 'state');
  const keep = generic || genericHead(tokens, from, next, PLACE_WORDS) || genericHead(tokens, from, next, MEMBER_PLURALS) || KNOWN_ORGANIZATIONS.has(whole) || PLACE_NAMES.has(whole);
  // "South Korean", "Southeast Asian": a compass point before a nationality goes with it.
  const nationality = (k: number) => DEMONYMS.has(withoutPossessive(tokens[k]!.lower)) || (k + 1 < next && COMPASS_POINTS.has(tokens[k]!.lower) && DEMONYMS.has(withoutPossessive(tokens[k + 1]!.lower)));
  while (!keep && from < next && nationality(from)) {
    from++;
    initial = false;
  }
  if (from >= next) return;
  const first = tokens[from]!;
  const lastToken = tokens[next - 1]!;
  const end = hasPossessive(lastToken.text) ? lastToken.end - 2 : lastToken.end;
  const text = unit.text.slice(first.start - unit.start, end - unit.start);
  if (text.length < 2) return;
  // "the 13th Amendment", "the 2010 Act": a law or event named by its number.
  if (next - from === 1 && MISC_LAST_WORDS.has(withoutPossessive(lastToken.lower)) && numbered(tokens, from)) return;
  // Laws, plans, wars, holidays are names but not entities we report.
  // But "Commission on Presidential Debates" is a body: its head is the word before the connector.
  // "World War II": a numeral after the word that decides.
  const head = next - from > 2 && ROMAN_NUMERAL.test(lastToken.text) ? tokens[next - 2]! : lastToken;
  if (next - from > 1 && MISC_LAST_WORDS.has(withoutPossessive(head.lower)) && !genericHead(tokens, from, next, ORG_WORDS)) return;
  // A run of several all-capital words is a shouted heading ("FULL TEXT"), not a name.
  if (next - from > 1 && tokens.slice(from, next).every((token) => ALL_CAPITALS.test(token.text))) return;
  runs.push({ unit, from, next, start: first.start, end, text, title, initial, employer });
}

/** True when a number or an ordinal ("2010", "13th") comes right before token `at`. */
function numbered(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.text ?? '';
  if (/^\d/.test(before)) return true;
  return /^(?:st|nd|rd|th)$/.test(before) && /^\d/.test(tokens[at - 2]?.text ?? '');
}

/** True when a generic word (organisation or place, as given) comes right before a lower-case connector inside the run. */
function genericHead(tokens: readonly Token[], from: number, next: number, heads: ReadonlySet<string>): boolean {
  for (let j = from + 1; j < next - 1; j++) {
    if (/^(?:of|for|on|to|against|Against)$/.test(tokens[j]!.text) && (heads.has(tokens[j - 1]!.lower) || ORG_WORDS.has(tokens[j - 1]!.lower))) return true;
  }
  return false;
}
