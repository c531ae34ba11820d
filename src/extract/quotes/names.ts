import { SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import { WELL_KNOWN_ORGANIZATIONS } from '../lexicon/organizations.js';
import { isHonorific, isRoleWord, TITLE_PHRASES } from '../lexicon/titles.js';
import { PARTY_WORDS } from '../lexicon/speaker-words.js';
import { codeUnits, isAlnumCode, startsUpper, startsWithParticle } from './char-class.js';
import { wordEnd } from './tokens.js';

/** A speaker phrase read as name, role and kind. */
export interface ParsedMention {
  /** The person or group named (`Haider al-Abadi`, `Islamic State fighters`), or null for a pronoun. */
  name: string | null;
  role: string | null;
  pronoun: string | null;
  /** A person's name (capitalised words), not a description or a group. */
  person: boolean;
}

/** Lower-case name particles that belong inside names: `Osama bin Laden`, `Ursula von der Leyen`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'ibn', 'de', 'del', 'der', 'da', 'di', 'du', 'van', 'von', 'la', 'le', 'el', 'dos', 'y']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Splits a speaker phrase into words, keeping `al-Abadi`, `O’Brien` and `F.` whole: the matches
 * of `[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?` (flags `gu`), read by the tokeniser's word scan
 * (a word, then one dot right after it), which costs no regex compile on a cold start.
 */
export function words(mention: string): string[] {
  const found: string[] = [];
  for (let i = nextWordStart(mention, 0); i < mention.length; ) {
    const end = wordWithStopEnd(mention, i);
    found.push(mention.slice(i, end));
    i = nextWordStart(mention, end);
  }
  return found;
}

/** Offset of the first letter or digit at or after `i` (or the length): where a word of `words` starts. */
function nextWordStart(mention: string, i: number): number {
  while (i < mention.length) {
    const cp = mention.codePointAt(i)!;
    if (isAlnumCode(cp)) return i;
    i += codeUnits(cp);
  }
  return i;
}

/** End of the word of `words` starting at `i`: the word, then one dot right after it. */
function wordWithStopEnd(mention: string, i: number): number {
  const end = wordEnd(mention, i, mention.length);
  return mention.charCodeAt(end) === 46 ? end + 1 : end;
}

/** The last of `words(mention)`, or null when it has none; read with no array of the others. */
function lastWord(mention: string): string | null {
  let start = -1;
  let end = -1;
  for (let i = nextWordStart(mention, 0); i < mention.length; i = nextWordStart(mention, end)) {
    start = i;
    end = wordWithStopEnd(mention, i);
  }
  return start === -1 ? null : mention.slice(start, end);
}

function isNameWord(word: string): boolean {
  // `al-Abadi`, `bin-Laden`: a lower-case particle joined to a capitalised name.
  return (startsUpper(word) && !isRoleWord(word) && !isHonorific(word) && !PARTY_WORDS.has(word.toLowerCase())) || NAME_PARTICLES.has(word.toLowerCase()) || startsWithParticle(word);
}

/**
 * Reads a speaker phrase: `Prime Minister Haider al-Abadi` gives name `Haider al-Abadi` and role
 * `Prime Minister`; `He` gives a pronoun; `France's President` stays a description.
 */
export function parseMention(mention: string): ParsedMention {
  const all = words(mention);
  const lower = mention.trim().toLowerCase();
  if (all.length === 1 && SPEAKER_PRONOUNS.has(lower)) return { name: null, role: null, pronoun: lower, person: false };
  // The name is the last run of name words; the words before it are the role. A weekday after
  // it is when they spoke (`figures her campaign released Friday`), no name.
  let end = all.length;
  while (end > 0 && (!isNameWord(all[end - 1]!) || WEEKDAYS.has(all[end - 1]!.toLowerCase()))) end--;
  let start = end;
  while (start > 0 && isNameWord(all[start - 1]!) && !/[’']s$/u.test(all[start - 1]!)) start--;
  while (start < end && NAME_PARTICLES.has(all[start]!.toLowerCase())) start++;
  const described = all.filter((w) => !DETERMINERS.has(w.toLowerCase())).join(' ');
  if (start >= end) return { name: described || mention.trim(), role: null, pronoun: null, person: false };
  const name = all.slice(start, end).join(' ');
  const before = all.slice(0, start).filter((w) => !DETERMINERS.has(w.toLowerCase()) && !/[’']s$/u.test(w));
  const roleWords = before.filter((w) => !isHonorific(w));
  const role = roleWords.some((w) => isRoleWord(w) || TITLE_PHRASES.includes(w.toLowerCase())) ? roleWords.join(' ') : null;
  const honorific = before.some(isHonorific);
  // A trailing common noun (`Islamic State fighters`, `Trump campaign`) makes it a group, not a person.
  const tail = all.slice(end).filter((w) => !DETERMINERS.has(w.toLowerCase()));
  if (tail.length > 0) return { name: described, role: null, pronoun: null, person: false };
  // `Breitbart News`, `the Washington Post`, `Reuters`: an outlet or body speaks, but is nobody's
  // surname to merge with (`Fox News` is not `Breitbart News`) and no `he` or `she`.
  if (isOrganization(all.slice(start, end))) {
    // `Vice News`, `the Democratic National Committee`: the capitalised words before an outlet's or
    // a body's head (role and party words among them) belong to its name.
    let from = start;
    while (from > 0 && startsUpper(all[from - 1]!) && !DETERMINERS.has(all[from - 1]!.toLowerCase()) && !isHonorific(all[from - 1]!) && !/[’']s$/u.test(all[from - 1]!)) from--;
    return { name: all.slice(from, end).join(' '), role: null, pronoun: null, person: false };
  }
  return { name, role, pronoun: null, person: honorific || role !== null || end - start >= 2 || end - start === 1 };
}

/** Last words that make a capitalised name an organisation's: `Fox News`, `Justice Department`. */
const ORGANIZATION_HEADS = new Set([
  'news', 'times', 'post', 'journal', 'press', 'tribune', 'herald', 'gazette', 'magazine', 'radio', 'tv', 'network',
  'committee', 'campaign', 'department', 'ministry', 'agency', 'administration', 'office', 'institute', 'foundation',
  'party', 'council', 'association', 'commission', 'court', 'university', 'college', 'bureau', 'group', 'center',
  'centre', 'company', 'corporation', 'inc', 'corp', 'pac', 'union', 'coalition', 'caucus', 'board', 'service', 'team',
]);

/** True when a full stop after `word` goes on inside a name: an honorific (`Gov.`) or an initial (`J.`). */
export function stopKeepsName(word: string): boolean {
  return isHonorific(word) || SINGLE_CAPITAL.test(word);
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** True when the words of a name (as written) name an outlet or a body: `Fox News`, `State Department`, `CNN`. */
export function isOrganization(name: readonly string[]): boolean {
  const last = name[name.length - 1]?.toLowerCase().replace(/\.$/, '') ?? '';
  // `HP`, `CNN`, `FBI`: an initialism of three letters or fewer names a body, never a person.
  if (name.length === 1 && /^[A-Z]{2,3}$/.test(name[0]!)) return true;
  return ORGANIZATION_HEADS.has(last) || WELL_KNOWN_ORGANIZATIONS.has(name.join(' ').toLowerCase());
}

/** The last word of a name, lower case, as a key for surname merging. */
export function surnameKey(name: string): string {
  const key = (lastWord(name) ?? name).toLowerCase();
  // A stop at the end (`Jr.`) is dropped, tested by char code rather than a regex replace.
  return key.charCodeAt(key.length - 1) === 46 ? key.slice(0, -1) : key;
}

/**
 * Every surname key `parseMention(run)` could give a person's name: its name ends at the last
 * word of the phrase that only determiners follow (anything else after it makes a group), so the
 * key is that word's or a trailing determiner's. A cheap test that lets most runs skip parsing.
 */
export function possibleSurnameKeys(run: string): string[] {
  const all = words(run);
  const keys: string[] = [];
  for (let k = all.length - 1; k >= 0; k--) {
    keys.push(surnameKey(all[k]!));
    if (!DETERMINERS.has(all[k]!.toLowerCase())) break;
  }
  return keys;
}
