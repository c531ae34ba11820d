import { NOT_ORG_ACRONYMS } from '../lexicon/entity-cues.js';
import type { NameRun } from './find-names.js';
import { isAllCapitals, isSingleAcronym, splitWords } from './name-chars.js';

// What a name's text alone says, read once per name text an article writes (classify.ts reads it).
// The regexes are built once (see src/extract/facts/chars.ts for why not inline).

/** A capital inside one word ("PolitiFact"). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Surname prefixes that put a capital inside a name ("McConnell", "DeSantis"). */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)\p{Lu}/u;
/** Capitals and dots only: an acronym or a word in capitals. */
const CAPITALS_AND_DOTS = /^[\p{Lu}.]+$/u;

/**
 * `CAPITALS_AND_DOTS.test(text.replace(/\s+/g, ''))`: capitals and dots only, spaces aside. ASCII
 * is read by char code (a lower-case letter, most names have one, settles it); the regex decides
 * for anything else.
 */
function capitalsAndDots(text: string): boolean {
  let marks = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return CAPITALS_AND_DOTS.test(text.replace(/\s+/g, ''));
    if ((code >= 65 && code <= 90) || code === 46) marks++;
    else if (code !== 32 && !(code >= 9 && code <= 13)) return false;
  }
  return marks > 0;
}

/** A run's words, as written and lower-cased once, with the parts the rules read. */
export interface RunShape {
  words: string[];
  key: string;
  lowerWords: string[];
  lastWord: string;
  /** All but the last word, lower-cased ("Minnesota Vikings" -> "minnesota"). */
  headKey: string;
  firstWord: string;
  /** One acronym ("CTS", "U.S."). */
  acronym: boolean;
  /**
   * A unit, a role or a word in capitals, not a body ("MPs", "CEO"): NOT_ORG_ACRONYMS holds the
   * name without dots, in capitals. Each of its words is one word without spaces: a name of
   * several words is none of them.
   */
  notOrgAcronym: boolean;
  /** "PolitiFact", "WikiLeaks": one word with a capital inside, which no surname prefix explains ("McConnell"). */
  brand: boolean;
  /** Capitals and dots only, spaces aside: an acronym or words in capitals. */
  capitals: boolean;
  /** One word of capitals only ("WHAT"). */
  shouted: boolean;
}

/**
 * The shapes of an article's runs by their text. An article names most people and bodies again
 * and again: each name is split and lower-cased once, and the lexicon lookups of its words reuse
 * the strings' hashes (V8 keeps a string's hash; a fresh string must be hashed again).
 */
export type RunShapes = Map<string, RunShape>;

/** The run's shape, from `shapes` when a run of the same text was read before. The text alone decides it. */
export function shapeOf(run: NameRun, shapes: RunShapes): RunShape {
  const known = shapes.get(run.text);
  if (known) return known;
  const shape = newShape(run);
  shapes.set(run.text, shape);
  return shape;
}

function newShape(run: NameRun): RunShape {
  // A token holds no whitespace: a one-token run is one word.
  const words = run.next - run.from === 1 ? [run.text] : splitWords(run.text);
  const key = run.text.toLowerCase();
  // Lower-casing never makes or removes whitespace, so these are `words` each lower-cased.
  const lowerWords = words.length === 1 ? [key] : splitWords(key);
  const headKey = words.length > 1 ? lowerWords.slice(0, -1).join(' ') : '';
  const { text } = run;
  return {
    words,
    key,
    lowerWords,
    lastWord: lowerWords[lowerWords.length - 1]!,
    headKey,
    firstWord: lowerWords[0]!,
    acronym: isSingleAcronym(text),
    notOrgAcronym: words.length === 1 && NOT_ORG_ACRONYMS.has((text.includes('.') ? text.replace(/\./g, '') : text).toUpperCase()),
    brand: words.length === 1 && INNER_CAPITAL.test(text) && !SURNAME_PREFIX.test(text),
    capitals: capitalsAndDots(text),
    shouted: isAllCapitals(text),
  };
}
