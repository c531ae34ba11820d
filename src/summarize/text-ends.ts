/**
 * How a sentence or line ends, read backwards from its last character: the same answers as the
 * regular expressions in the comments, in time bounded by the closing marks at the end (a `$`
 * regex without a start anchor is tried at every position of the text).
 */

/** `"`, `'`, `”`, `’`, `)`, and `]` when `bracket`: marks that may close a sentence after its stop. */
function isCloser(code: number, bracket: boolean): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || (bracket && code === 93);
}

/** Index of the last character before the run of closing marks that ends `text` (-1 if none). */
function beforeClosers(text: string, bracket: boolean): number {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i), bracket)) i--;
  return i;
}

/** `/[.!?…]["'”’)\]]*$/`: ends like a sentence. */
export function endsLikeSentence(text: string): boolean {
  const code = text.charCodeAt(beforeClosers(text, true));
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** `/[^.]\.["'”’)\]]*$/`: ends in one full stop (not an ellipsis of dots). */
export function endsWithFullStop(text: string): boolean {
  const i = beforeClosers(text, true);
  return i >= 1 && text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) !== 46;
}

/** `/\?["'”’)]*$/`: ends in a question mark. */
export function endsWithQuestion(text: string): boolean {
  return text.charCodeAt(beforeClosers(text, false)) === 63;
}
