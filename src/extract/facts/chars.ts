/**
 * Character tests the finders run at every token. Each is exactly the regular expression named
 * in its doc comment, with a char-code fast path for ASCII text: a regex call per token and
 * finder was most of the facts extractor's time. Non-ASCII text falls back to the regex.
 *
 * Why module-level regexes everywhere in facts/ and entities/: esbuild (target node20) rewrites
 * a `\p{...}` literal as `new RegExp(...)` where it stands, so one written inside a function is
 * rebuilt on every call. Hoisted to a constant it is built once, when the module loads.
 */

const LOWER_WORD = /^\p{Ll}+$/u;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;

export { startsLower, startsUpper } from '../../structure/char-classes.js';

/** `/^\p{Ll}+$/u.test(text)`: the text is lower-case letters only. */
export function isLowerWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 97 && code <= 122) continue;
    // Outside ASCII the Unicode classes decide; inside it, anything else is not a lower letter.
    return code < 128 ? false : LOWER_WORD.test(text);
  }
  return true;
}

/** `/['’]s$/.test(text)`: the text ends in a possessive. */
export function hasPossessive(text: string): boolean {
  const last = text.length - 1;
  if (last < 1 || text.charCodeAt(last) !== LOWER_S) return false;
  const mark = text.charCodeAt(last - 1);
  return mark === APOSTROPHE || mark === RIGHT_QUOTE;
}

/** `text.replace(/['’]s$/, '')`: the word without its possessive. */
export function withoutPossessive(text: string): string {
  return hasPossessive(text) ? text.slice(0, -2) : text;
}

/** `/^\d/.test(text)`: the text starts with an ASCII digit (`\d` without the u flag's extras). */
export function startsDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** `text.split('-')[0]`: the part before the first hyphen, without building the array. */
export function beforeHyphen(text: string): string {
  const dash = text.indexOf('-');
  return dash < 0 ? text : text.slice(0, dash);
}

/** True for a one-character ASCII token that is neither a letter nor a digit: a punctuation mark or sign. */
export function isAsciiMark(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code < 128 && !(code >= 48 && code <= 57) && !(code >= 65 && code <= 90) && !(code >= 97 && code <= 122);
}

const LETTERS_WORD = /^\p{L}[\p{L}'’-]*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{L}*$/u;

/** `/^\p{L}[\p{L}'’-]*$/u.test(text)`: a word of letters, inner apostrophes and hyphens. */
export function isLettersWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return LETTERS_WORD.test(text);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) continue;
    if (k === 0 || (code !== 39 && code !== 45)) return false;
  }
  return true;
}

/** `/^\p{Lu}\p{L}*$/u.test(text)`: a capital, then letters only. */
export function isCapitalisedWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return first >= 128 && CAPITALISED_WORD.test(text);
  for (let k = 1; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return CAPITALISED_WORD.test(text);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}
