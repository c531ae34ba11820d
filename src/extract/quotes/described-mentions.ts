/**
 * Speaker phrases read as they stand rather than as names: an unnamed person introduced as new
 * (`an Iowa Democrat`) and an upper-case digest heading.
 */
import type { ParsedMention } from './names.js';
import { startsUpper } from './char-class.js';
import { DEMONYMS } from '../lexicon/places.js';
import { DEMONYM_NOUNS } from '../lexicon/speaker-words.js';

/** Fewest words of an upper-case heading read whole as a speaker. */
const MIN_HEADING_WORDS = 4;

/**
 * `HOW CHINA’S DECLINE AFFECTS THE WORLD`: a digest item's upper-case heading (four words or more,
 * no lower-case letter) speaks as written; read as a name it lost its words (`AFFECTS THE WORLD`).
 */
export function upperCaseHeading(mention: string): ParsedMention | null {
  // Most speaker phrases have a lower-case letter within their first word: they are read no further.
  for (let i = 0; i < mention.length; i++) {
    const code = mention.charCodeAt(i);
    if (code >= 97 && code <= 122) return null;
  }
  const text = mention.trim();
  // Four words or more: a name in capitals (`DONALD J. TRUMP:` in a transcript) still merges.
  if (text.split(' ').length < MIN_HEADING_WORDS || text !== text.toUpperCase() || text === text.toLowerCase()) return null;
  return { name: text, role: null, pronoun: null, person: false };
}

/**
 * `an Iowa Democrat`, `one party activist`, `another aide`: an unnamed person introduced as new, so
 * never merged with a named speaker or another description; kept as written, article dropped.
 */
export function describeIndefinite(mention: string, surnames: ReadonlySet<string> = NO_SURNAMES): ParsedMention | null {
  // Only these first letters (either case, and `ſ`, which folds to `s`) can match: most skip the regex.
  if (!INDEFINITE_INITIALS.has(mention.trim().charAt(0))) return null;
  const match = /^(?:(?:a|an)\s+|(?:one|another|two|three|several|some)\s+(?=\S))/iu.exec(mention.trim());
  if (!match || /^(?:one|another)$/i.test(mention.trim())) return null;
  const name = /^an?\s/i.test(match[0]) ? mention.trim().slice(match[0].length) : mention.trim();
  // `A flabbergasted Noah`, `a confident-seeming Manafort`: lower-case words before a name describe
  // a named person, who is no new unnamed one; `an angry Republican`, `a visiting Brit` are.
  const parts = name.split(/\s+/);
  const last = parts[parts.length - 1]!;
  // `a smiling Finn` after `Tom Finn`: a group noun the article uses as a surname is that person.
  const named = !isGroupNoun(last) || surnames.has(last.toLowerCase());
  if (/^an?$/i.test(match[0].trim()) && parts.length > 1 && startsUpper(last) && named && parts.slice(0, -1).every(isAdjective)) return null;
  return { name, role: null, pronoun: null, person: false };
}

const NO_SURNAMES: ReadonlySet<string> = new Set();

/**
 * Lower-case last words of the mentions that name a person in full (`Tom Finn`): the surnames a
 * described mention (`a smiling Finn`) may stand for.
 */
export function fullNameSurnames(mentions: readonly string[]): ReadonlySet<string> {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const parts = mention.trim().split(/\s+/);
    if (parts.length >= 2 && parts.every((part) => startsUpper(part))) surnames.add(parts[parts.length - 1]!.toLowerCase());
  }
  return surnames;
}

/** A capitalised noun for a person by country, faith or party (`Republican`, `Brit`), no name. */
function isGroupNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return DEMONYMS.has(lower) || DEMONYM_NOUNS.has(lower);
}

/** A lower-case word shaped as an adjective: hyphenated (`teary-eyed`) or with an adjective's ending. */
function isAdjective(word: string): boolean {
  return !startsUpper(word) && (word.includes('-') || /(?:ed|ing|ive|ous|ful|ic|ish|less|ry|gry)$/.test(word));
}

const INDEFINITE_INITIALS = new Set(['a', 'A', 'o', 'O', 't', 'T', 's', 'S', 'ſ']);
