import { LINK_PARTICLES } from '../lexicon/entity-bodies.js';
import { isSpaceCode } from '../../structure/char-classes.js';
import type { Token } from '../facts/tokens.js';

/**
 * Character tests findNameRuns runs at every capitalised word, each exactly the regular
 * expression named in its doc comment, with a char-code check that settles most words before
 * the regex (see src/extract/facts/chars.ts for why the regexes are module constants).
 */

/** A particle glued to a name by a hyphen or an apostrophe ("al-Abadi", "bin-Laden", "d'Estaing"). */
export const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|ar|bin|ibn|abu|de|van|von|d|o|mc|mac)[-'’]\p{Lu}/u;
/** Acronyms: 2-6 capitals with an optional plural s, or capitals each with a dot ("U.S."). */
export const ACRONYM = /^(?:\p{Lu}{2,6}s?|(?:\p{Lu}\.){2,})$/u;
/** Acronyms as the classifier counts them: 2-6 capitals (no plural) or capitals each with a dot ("U.S."). */
export const SINGLE_ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;
/** A word in capitals. */
export const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * `PARTICLE_PREFIX.test(text)`, run only on words that start with an ASCII lower-case letter as
 * every particle does, and have the hyphen or apostrophe after one to three letters that every
 * particle has: most lower-case words are rejected without the regex.
 */
export function particlePrefix(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 97 || code > 122) return false;
  // A capital must follow the mark: a mark at k needs k + 2 characters. Two-letter words ("of",
  // "to", "in": many of a text's words) stop here, and no read runs past the end of a word.
  const length = text.length;
  if (length < 3) return false;
  return (joinMark(text.charCodeAt(1)) || (length > 3 && joinMark(text.charCodeAt(2))) || (length > 4 && joinMark(text.charCodeAt(3)))) && PARTICLE_PREFIX.test(text);
}

/** A hyphen or an apostrophe (straight or curly): what joins a particle to its name. */
function joinMark(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

/**
 * `ACRONYM.test(text)`. Both of its forms have a capital or a dot second ("UN", "U.S."): a word
 * with an ASCII lower-case letter there (most capitalised words) is none.
 */
export function isAcronym(text: string): boolean {
  return !lowerSecond(text) && ACRONYM.test(text);
}

/** `/n['’]t$/.test(text)`: a negated verb ("won’t", "can't"). */
export function endsNegated(text: string): boolean {
  const end = text.length;
  return end >= 3 && text.charCodeAt(end - 1) === 116 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019) && text.charCodeAt(end - 3) === 110;
}

/** True when the second character is an ASCII lower-case letter: then no pattern below matches. */
function lowerSecond(text: string): boolean {
  // A one-letter word has no second letter (and no read past its end).
  if (text.length < 2) return false;
  const second = text.charCodeAt(1);
  return second >= 97 && second <= 122;
}

/** `SINGLE_ACRONYM.test(text)`, most capitalised words settled by their second letter. */
export function isSingleAcronym(text: string): boolean {
  return !lowerSecond(text) && SINGLE_ACRONYM.test(text);
}

/** `ALL_CAPITALS.test(text)`, most capitalised words settled by their second letter. */
export function isAllCapitals(text: string): boolean {
  return !lowerSecond(text) && ALL_CAPITALS.test(text);
}

/** A word in capitals that may carry a possessive or hyphens ("OZ’S", "YOU-KNOW-WHAT"). */
export const SHOUTED_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u;

/** `SHOUTED_WORD.test(text)`, most capitalised words settled by their second letter. */
export function isShoutedWord(text: string): boolean {
  return !lowerSecond(text) && SHOUTED_WORD.test(text);
}

/**
 * `text.split(/\s+/)`, by char code: a name's words are split for every new name an article
 * gives, and the regex split was most of that work. Whitespace is the regex's `\s` exactly.
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let k = 0;
  while (k < text.length) {
    if (!isSpaceCode(text.charCodeAt(k))) {
      k++;
      continue;
    }
    words.push(text.slice(start, k));
    while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
    start = k;
  }
  words.push(text.slice(start));
  return words;
}

/** `text.includes("'") || text.includes('’')` in one pass: asked of every capitalised word. */
export function hasApostrophe(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 39 || code === 0x2019) return true;
  }
  return false;
}

/**
 * A link particle between two capitalised parts of one name ("Lashkar-e-Taiba", "Hizb-ut-Tahrir");
 * not an English word ("Editor-in-Chief", "Do-or-Die").
 */
export const LINKED_NAME = new RegExp(`-(?:${LINK_PARTICLES.join('|')})-\\p{Lu}`, 'u');

/** True for a word glued to "@", "#", "/" or "_": a handle, hashtag or link, not a name as written. */
export function handle(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && !tokens[i]!.spaced && /[@#/_]$/.test(before.text);
}
