import { hasPossessive, startsLower, startsUpper, withoutPossessive } from '../facts/chars.js';
import type { Token, Unit } from '../facts/tokens.js';
import { FIRST_NAMES } from './person-role.js';
import { pushRun } from './push-run.js';
import type { NameRun } from './find-names.js';

// Title case ("Little Relief for Refugees", "Clinton Hid Past Health Problems From Public")
// capitalises ordinary words, so a capitalised run there proves little: such text is read as a
// headline is (words the article writes in lower case are no name parts), and in a headline or
// a kicker the runs are checked against the names the body writes in running text.

/** Words title case leaves in lower case: articles, conjunctions, short prepositions. */
const SMALL_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of for to in on at by with from as vs vs. into onto over up per via than off out`.split(' '),
);

/** Where a unit's title case ends: `read`, tokens read as a headline; `checked`, those whose runs the body must confirm. */
export interface TitleCase {
  read: number;
  checked: number;
}

const NONE: TitleCase = { read: 0, checked: 0 };
/** Tokens in the longest body heading read whole ("Individual Rights Trumped by National Interests."). */
const HEADING_TOKENS = 16;

/**
 * How much of a unit is written in title case: every word capitalised but the small ones, and at
 * least two capitalised words. A title-case headline is read and checked whole; in the body a
 * title-case sentence ("Human Rights.") is read as a heading, and a title-case kicker before a
 * colon ("Limited Tools to Fight Terrorism: The United Nations was ...") is read and checked.
 * Titles and signatures in the body ("Mauricio Ortega.") are not checked: the body names them once.
 */
export function titleCaseOf(unit: Unit, headline: boolean): TitleCase {
  const { tokens } = unit;
  // A body sentence can only be a heading when it is short, or a kicker when it has a colon:
  // most are neither, and are spared the walk.
  if (!headline && tokens.length > HEADING_TOKENS && !unit.text.includes(':')) return NONE;
  let capitals = 0;
  let kicker = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.text === ':' && capitals >= 2 && kicker === 0 && !headline) kicker = k;
    if (startsUpper(token.text)) capitals++;
    // A lower-case piece glued to the token before is a suffix ("13th"), not a word.
    else if (startsLower(token.text) && token.spaced && !SMALL_WORDS.has(token.text)) return { read: kicker, checked: kicker };
  }
  if (capitals < 2) return NONE;
  return { read: tokens.length, checked: headline ? tokens.length : kicker };
}

/**
 * The runs of a title-case stretch that the article confirms: a run the body names as it is, the
 * longest stretch of it the body names ("Clinton" of "Clinton Hid Past"), or a run whose own
 * words say what it is (`strong`, e.g. "Green Valley Party"). Others are dropped: "Limited Tools",
 * "Voters Worried". `named` holds the body's runs, lower-cased; `words`, the words of its runs
 * of several words ("hillary" of "Hillary Clinton"); `lastWords`, the last of those words.
 */
export function confirmRun(run: NameRun, named: ReadonlySet<string>, words: ReadonlySet<string>, lastWords: ReadonlySet<string>, strong: (run: NameRun) => boolean, out: NameRun[]): void {
  const key = run.text.toLowerCase();
  if (named.has(key) || (run.next - run.from === 1 && words.has(key)) || inLongerName(key, words, lastWords) || strong(run)) {
    out.push(run);
    return;
  }
  const { tokens } = run.unit;
  // Longest stretch first; a run is a few words, so this stays small (at most 8 words are tried).
  const size = Math.min(run.next - run.from, 8);
  for (let length = size - 1; length >= 1; length--) {
    for (let from = run.from; from + length <= run.next; from++) {
      const part = partKey(tokens, from, from + length);
      if (named.has(part) || (length === 1 && words.has(part))) {
        // "Mark Blumenthal and Jon Cohen:" beside "Blumenthal" in the body: a first name and the
        // surname the body names are the whole name.
        const surname = length === 1 && from === run.from + 1 && run.next - run.from === 2 && FIRST_NAMES.has(tokens[run.from]!.lower);
        if (surname) out.push(run);
        else pushRun(out, run.unit, from, from + length, false, false);
        return;
      }
    }
  }
}

/** What the body names, as confirmRun asks it: see bodyNames. */
export interface BodyNames {
  named: Set<string>;
  words: Set<string>;
  lastWords: Set<string>;
}

/**
 * The sets confirmRun reads: `named`, the body's runs (those ending past their unit's checked
 * title case, `checkedEnds`), lower-cased; `words`, the words of its runs of several words;
 * `lastWords`, the last of those. Only body runs sharing a word with the runs to confirm
 * (`asked`) go in: any other can answer none of confirmRun's questions, and a body names many
 * more than a headline does, so most runs are passed over by a look at their tokens.
 */
export function bodyNames(found: readonly (readonly NameRun[])[], checkedEnds: readonly number[], asked: readonly NameRun[]): BodyNames {
  const askedWords = new Set<string>();
  for (const run of asked) {
    for (let k = run.from; k < run.next; k++) {
      const { lower } = run.unit.tokens[k]!;
      askedWords.add(lower).add(withoutPossessive(lower));
    }
    for (const word of run.text.toLowerCase().split(' ')) askedWords.add(word);
  }
  const named = new Set<string>();
  const words = new Set<string>();
  const lastWords = new Set<string>();
  for (let u = 0; u < found.length; u++) {
    for (const run of found[u]!) {
      if (run.end <= checkedEnds[u]! || !sharesWord(run, askedWords)) continue;
      const key = run.text.toLowerCase();
      if (named.has(key)) continue;
      named.add(key);
      if (!key.includes(' ')) continue;
      const parts = key.split(' ');
      for (const word of parts) words.add(word);
      lastWords.add(parts[parts.length - 1]!);
    }
  }
  return { named, words, lastWords };
}

/** True when one of the run's tokens, possessive dropped or not, is in `words`. */
function sharesWord(run: NameRun, words: ReadonlySet<string>): boolean {
  const { tokens } = run.unit;
  for (let k = run.from; k < run.next; k++) {
    const { lower } = tokens[k]!;
    if (words.has(lower) || (hasPossessive(lower) && words.has(withoutPossessive(lower)))) return true;
  }
  return false;
}

/**
 * "Sidney Blumenthal" in a headline, beside "Former Clinton Senior Adviser Sidney Blumenthal" in
 * the body: every word is a word of the body's longer names, and the last ends one of them.
 */
function inLongerName(key: string, words: ReadonlySet<string>, lastWords: ReadonlySet<string>): boolean {
  if (!key.includes(' ')) return false;
  const parts = key.split(' ');
  return lastWords.has(parts[parts.length - 1]!) && parts.every((word) => words.has(word));
}

/** The lower-cased text of tokens [from, next), spaced as a run's text is, possessive dropped. */
function partKey(tokens: readonly Token[], from: number, next: number): string {
  let key = '';
  for (let k = from; k < next; k++) {
    const token = tokens[k]!;
    const text = k === next - 1 ? withoutPossessive(token.lower) : token.lower;
    key += k > from && token.spaced ? ` ${text}` : text;
  }
  return key;
}
