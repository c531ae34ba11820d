/**
 * The token pattern of tokens.ts, read by hand: `TOKEN` below is the definition, and
 * `scanToken` gives exactly the match `TOKEN` gives at a position. Running the Unicode regex
 * through `matchAll` was the largest single cost of the facts extractor; here ASCII text is read
 * with char-code tests, and a token that meets any non-ASCII character is handed to the regex.
 */

// Numbers keep their separators and decimals ("1,200.5"); words keep inner apostrophes and
// hyphens ("al-Abadi", "O'Brien") so a name is one token; abbreviations keep their dots ("U.S.").
// Every alternative consumes at least one character, and none nests a quantifier: linear.
/** The token pattern, sticky: it matches at `lastIndex` or not at all. */
export const TOKEN = /\d+(?:[.,:]\d+)*|(?:\p{Lu}\.){2,}|\p{L}+(?:['’-]\p{L}+)*\.?|\S/uy;

const DOT = 46;
const COMMA = 44;
const COLON = 58;
const HYPHEN = 45;
const APOSTROPHE = 39;
/** ’, the apostrophe news text mostly uses ("Clinton’s"): read here too, not left to the regex. */
const RIGHT_QUOTE = 0x2019;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isUpper = (code: number) => code >= 65 && code <= 90;
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** ASCII `\s`: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * End (exclusive) of the token `TOKEN` matches at `at` in the text cut at `to`, or `at` itself
 * when the character there is whitespace (no token starts there). `at` must be before `to`.
 */
export function scanToken(text: string, at: number, to = text.length): number {
  const code = text.charCodeAt(at);
  if (code < 128) {
    if (isSpace(code)) return at;
    if (isDigit(code)) return scanNumber(text, at, to);
    if (!isLetter(code)) return at + 1;
    const end = scanWord(text, at, to);
    if (end >= 0) return end;
  }
  // Non-ASCII: the regex decides (Unicode letters, astral characters, Unicode spaces). It runs on
  // the whole text, and again on the text cut at `to` only when its match ran past `to`: cutting
  // first, for every such token, made non-Latin text tokenise a third slower.
  TOKEN.lastIndex = at;
  const match = TOKEN.exec(text);
  const end = match ? at + match[0].length : at;
  if (end <= to) return end;
  TOKEN.lastIndex = at;
  const cut = TOKEN.exec(text.slice(0, to));
  return cut ? at + cut[0].length : at;
}

/** The code unit at `i`, or -1 from `to` on: every test below fails on it, as on the text's end. */
function codeAt(text: string, i: number, to: number): number {
  return i < to ? text.charCodeAt(i) : -1;
}

/** `\d+(?:[.,:]\d+)*`: all ASCII, so it never needs the regex. */
function scanNumber(text: string, at: number, to: number): number {
  let end = at + 1;
  while (isDigit(codeAt(text, end, to))) end++;
  for (;;) {
    const mark = codeAt(text, end, to);
    if ((mark !== DOT && mark !== COMMA && mark !== COLON) || !isDigit(codeAt(text, end + 1, to))) return end;
    end += 2;
    while (isDigit(codeAt(text, end, to))) end++;
  }
}

/**
 * `(?:\p{Lu}\.){2,}`, else `\p{L}+(?:['’-]\p{L}+)*\.?`, over ASCII letters and ’; -1 as soon as
 * a character that decides the match is any other non-ASCII one (it may be a letter).
 */
function scanWord(text: string, at: number, to: number): number {
  let end = at;
  let pairs = 0;
  for (;;) {
    const code = codeAt(text, end, to);
    if (code >= 128 && code !== RIGHT_QUOTE) return -1;
    if (!isUpper(code) || codeAt(text, end + 1, to) !== DOT) break;
    pairs++;
    end += 2;
  }
  if (pairs >= 2) return end;
  end = at;
  for (;;) {
    let code = codeAt(text, end, to);
    while (isLetter(code)) code = codeAt(text, ++end, to);
    if (code >= 128 && code !== RIGHT_QUOTE) return -1;
    if (code !== APOSTROPHE && code !== HYPHEN && code !== RIGHT_QUOTE) break;
    const next = codeAt(text, end + 1, to);
    if (next >= 128) return -1;
    if (!isLetter(next)) break;
    end += 1;
  }
  return codeAt(text, end, to) === DOT ? end + 1 : end;
}
