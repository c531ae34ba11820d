import { DEMONYMS, PLACE_NAMES } from '../lexicon/places.js';
import { ADDRESS_TITLES, KNOWN_ACRONYMS, KNOWN_ORGANIZATIONS, MEMBER_PLURALS, MISC_LAST_WORDS, ORG_WORDS, PERSON_TITLES, PLACE_WORDS, TITLE_MODIFIERS } from '../lexicon/entity-cues.js';
import { COMMON_ACRONYMS, DOCUMENTS, INDEX_NAMES, LAW_WORDS, SEAT_QUALIFIERS, SEATS } from '../lexicon/entity-bodies.js';
import { hasPossessive, startsUpper, withoutPossessive } from '../facts/chars.js';
import type { Token, Unit } from '../facts/tokens.js';
import type { NameRun } from './find-names.js';
import { isShoutedWord } from './name-chars.js';
import { hostedUnit } from './body-cues.js';

// How a capitalised run becomes a name: titles and nationalities come off its front, and runs
// that name laws, events or shouted headings are dropped. Called by findNameRuns for each run.

/** A Roman numeral after a name ("World War II"). */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
/** First words of the seats of government ("white"). */
const SEAT_FIRST_WORDS: ReadonlySet<string> = new Set([...SEATS].map((name) => name.split(' ')[0]!));
/**
 * A list's or an index's size, three or four digits ending in 0 ("Fortune 500", "FTSE 250",
 * "Russell 2000"); not a count of days or years ("met Russell 20 years ago").
 */
const LIST_SIZE = /^[1-9]\d{1,2}0$/;
/** A lower-case letter then a capital inside one word: a link's code ("FtYoYE"), or "McCain". */
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
/** Compass points that may lead a nationality ("South Korean"). */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central']);
/** Party members in the plural, written after the body they sit in ("Senate Republicans"). */
const PARTY_MEMBERS = new Set(['republicans', 'democrats', 'conservatives', 'liberals', 'tories', 'socialists']);
/**
 * Last words of trade deals the lexicon's law and event words miss: "Trans-Pacific Partnership"
 * is an agreement, no one's name ("Partnership for Public Service" ends in another word).
 */
const AGREEMENT_WORDS = new Set(['partnership']);
/** First words of the titles: a run whose first word is none of these is spared building title keys. */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES].map((title) => title.split(' ')[0]!));

/** Splits titles and demonyms off the front ("Prime Minister", "Kurdish") and records what is left. */
export function pushRun(runs: NameRun[], unit: Unit, from: number, next: number, initial: boolean, employer: boolean): void {
  const { tokens } = unit;
  const start = from;
  const startInitial = initial;
  let title: string | null = null;
  const titleWords = TITLE_FIRST_WORDS.has(tokens[from]!.lower) ? Math.min(next - from, 3) : 0;
  if (titleWords > 0) {
    // "Justice Department", "General Assembly": a title word heading an organisation's name.
    const rest = withoutPossessive(tokens[next - 1]!.lower);
    // The run's first one, two and three words, each built on the one before.
    const keys = [tokens[from]!.lower];
    for (let j = 1; j < titleWords; j++) keys.push(`${keys[j - 1]!} ${tokens[from + j]!.lower}`);
    // Longest title first: "Prime Minister" before "Minister".
    for (let k = titleWords; k >= 1; k--) {
      if (PERSON_TITLES.has(keys[k - 1]!) && !ORG_WORDS.has(rest) && !PLACE_WORDS.has(rest)) {
        title = unit.text.slice(tokens[from]!.start - unit.start, tokens[from + k - 1]!.end - unit.start);
        from += k;
        initial = false;
        break;
      }
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
      runs.push({ unit, from: start, next, start: tokens[start]!.start, end: tokens[start]!.end, text: tokens[start]!.text, title: null, initial: startInitial, employer, titleOnly: true, qualifies: false });
    }
    return;
  }
  // "Senate Republicans", "Oversight Committee Democrats": the members after a body are not its name.
  while (next - from > 1 && PARTY_MEMBERS.has(tokens[next - 1]!.lower) && !DEMONYMS.has(tokens[next - 2]!.lower)) next--;
  // "THE MANY CAVEATS Plenty of people ...": a heading in capitals run into the sentence after it
  // is no part of a name; what follows it opens that sentence.
  if (next - from > 2 && isShoutedWord(tokens[from]!.text) && isShoutedWord(tokens[from + 1]!.text)) {
    let k = from + 2;
    while (k < next && isShoutedWord(tokens[k]!.text)) k++;
    // Not a known body's name in capitals ("USA TODAY Board of Contributors").
    if (k < next && !KNOWN_ORGANIZATIONS.has(tokens.slice(from, k).map((token) => token.lower).join(' '))) {
      from = k;
      initial = true;
    }
  }
  // Asked only when the run starts with a nationality (most do not), and then once, of the run as it is here.
  const opensNationality = nationality(tokens, from, next);
  // "White House Counsel Ana Lopes", "The White House Doctor": the word opens a known name with
  // the next one, which is a name of its own before the rest.
  if (opensNationality && next - from > 2 && knownPair(tokens, from)) {
    pushRun(runs, unit, from, from + 2, initial, employer);
    from += 2;
    initial = false;
  }
  // "the Obama White House": a seat of government after the name of whoever led it is a name of its own.
  if (next - from > 2 && !opensNationality && !TITLE_MODIFIERS.has(tokens[from]!.lower) && !SEAT_QUALIFIERS.has(tokens[from]!.lower) && seatOfGovernment(tokens, next - 2)) {
    const before = runs.length;
    pushRun(runs, unit, from, next - 2, initial, employer);
    for (let k = before; k < runs.length; k++) runs[k]!.qualifies = true;
    pushRun(runs, unit, next - 2, next, false, employer);
    return;
  }
  const keep = opensNationality && keepsDemonym(unit, from, next);
  while (!keep && from < next && nationality(tokens, from, next)) {
    from++;
    initial = false;
  }
  // "the super PAC Priorities USA Action": an acronym used as a common noun is no part of the name after it.
  if (next - from > 1 && COMMON_ACRONYMS.has(tokens[from]!.text)) {
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
  const headWord = withoutPossessive(head.lower);
  if (next - from > 1 && (MISC_LAST_WORDS.has(headWord) || AGREEMENT_WORDS.has(headWord)) && !genericHead(tokens, from, next, ORG_WORDS) && !hostedUnit(tokens, next)) {
    // "the U.N. Charter", "the U.S. Constitution": a known acronym before the law is named all the same.
    if (LAW_WORDS.has(headWord) && KNOWN_ACRONYMS.has(first.text)) runs.push({ unit, from, next: from + 1, start: first.start, end: first.end, text: first.text, title, initial, employer, titleOnly: false, qualifies: false });
    return;
  }
  // "the Constitution", "the Bible": a founding text named alone is no entity either.
  if (next - from === 1 && DOCUMENTS.has(headWord)) return;
  if (next - from === 1 && numberedList(first, tokens[next])) return;
  // A run of several all-capital words is a shouted heading ("FULL TEXT"), not a name.
  if (next - from > 1 && allShouted(tokens, from, next)) return;
  // Every run is written with all its fields, so that the rules read runs of one hidden class.
  runs.push({ unit, from, next, start: first.start, end, text, title, initial, employer, titleOnly: false, qualifies: false });
}

/**
 * True when token `k` of a run ending before `next` is a nationality; "South Korean", "Southeast
 * Asian": a compass point before a nationality goes with it. A function of its own, not a closure
 * in pushRun, which runs for every name.
 */
function nationality(tokens: readonly Token[], k: number, next: number): boolean {
  return DEMONYMS.has(withoutPossessive(tokens[k]!.lower)) || (k + 1 < next && COMPASS_POINTS.has(tokens[k]!.lower) && DEMONYMS.has(withoutPossessive(tokens[k + 1]!.lower)));
}

/** True when every token in [from, next) is a word in capitals (read in place, no slice). */
function allShouted(tokens: readonly Token[], from: number, next: number): boolean {
  for (let k = from; k < next; k++) if (!isShoutedWord(tokens[k]!.text)) return false;
  return true;
}

/**
 * "Islamic State", "Democratic Party": the demonym is part of the name when what follows is only
 * a generic word, or when the whole run is a known name.
 */
function keepsDemonym(unit: Unit, from: number, next: number): boolean {
  const { tokens } = unit;
  const lastWord = withoutPossessive(tokens[next - 1]!.lower);
  const generic = next - from >= 2 && (ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord) || lastWord === 'state');
  if (generic || genericHead(tokens, from, next, PLACE_WORDS) || genericHead(tokens, from, next, MEMBER_PLURALS)) return true;
  const whole = withoutPossessive(unit.text.slice(tokens[from]!.start - unit.start, tokens[next - 1]!.end - unit.start)).toLowerCase();
  return KNOWN_ORGANIZATIONS.has(whole) || PLACE_NAMES.has(whole);
}

/** True when tokens `at` and `at + 1` name a known place or body ("white house"). */
function knownPair(tokens: readonly Token[], at: number): boolean {
  const pair = `${tokens[at]!.lower} ${withoutPossessive(tokens[at + 1]!.lower)}`;
  return KNOWN_ORGANIZATIONS.has(pair) || PLACE_NAMES.has(pair);
}

/**
 * True when the token after a one-word name makes it a list, an index or a code rather than a
 * name: an index's name, then its size ("Fortune 500", "FTSE 100"; not "in Paris 100 people"), or digits glued to a word
 * that is itself glued to what comes before it or mixes its case like a link's code
 * ("bit.ly/1QxRT930", "t.co/8FtYoYE0G3"). Not a station's or group's number ("WFTV9", "Future45").
 */
function numberedList(word: Token, after: Token | undefined): boolean {
  if (!after) return false;
  const code = after.text.charCodeAt(0);
  if (code < 48 || code > 57) return false;
  if (after.spaced) return INDEX_NAMES.has(word.lower) && LIST_SIZE.test(after.text);
  return !word.spaced || LOWER_UPPER.test(word.text);
}

/**
 * True when tokens `at` and `at + 1` name a seat of government ("white house"); not a body's
 * name, which a place may lead as part of it ("U.S. Supreme Court", "New York Daily News").
 */
function seatOfGovernment(tokens: readonly Token[], at: number): boolean {
  // The first word's set lookup spares building a key for most runs.
  return SEAT_FIRST_WORDS.has(tokens[at]!.lower) && SEATS.has(`${tokens[at]!.lower} ${withoutPossessive(tokens[at + 1]!.lower)}`);
}

/** True when a number or an ordinal ("2010", "13th") comes right before token `at`. */
function numbered(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.text ?? '';
  if (/^\d/.test(before)) return true;
  return /^(?:st|nd|rd|th)$/.test(before) && /^\d/.test(tokens[at - 2]?.text ?? '');
}

/** Lower-case connectors after a generic head, as written ("Bank of", "Citizens Against"). */
const HEAD_CONNECTORS = new Set(['of', 'for', 'on', 'to', 'against', 'Against']);

/** True when a generic word (organisation or place, as given) comes right before a lower-case connector inside the run. */
function genericHead(tokens: readonly Token[], from: number, next: number, heads: ReadonlySet<string>): boolean {
  for (let j = from + 1; j < next - 1; j++) {
    if (HEAD_CONNECTORS.has(tokens[j]!.text) && (heads.has(tokens[j - 1]!.lower) || ORG_WORDS.has(tokens[j - 1]!.lower))) return true;
  }
  return false;
}
