/**
 * Makes article-derived text safe to print on a terminal. Used by src/render for every string
 * that came from an input; JSON output is never sanitised (JSON escaping keeps it exact).
 *
 * A terminal obeys escape sequences anywhere in what it is sent, so text from strangers can set
 * the window title, write the clipboard (OSC 52), plant hyperlinks (OSC 8), clear the screen or
 * move the cursor to overwrite earlier lines (the kubectl CVE-2021-25743, git CVE-2024-52005 and
 * less CVE-2022-46663 family). Deleting the ESC byte alone is not enough: the rest of a sequence
 * stays as junk, and 8-bit C1 forms need no ESC at all. So this removes:
 * - escape sequences, whole: CSI (`ESC [` … final byte, and the 8-bit CSI U+009B), OSC (`ESC ]`
 *   … BEL or ST, and U+009D), DCS/SOS/PM/APC (`ESC P`, `ESC X`, `ESC ^`, `ESC _`, and their
 *   8-bit forms) … ST; a string sequence left unterminated runs to the end of its line, so it
 *   cannot swallow the rest of the article; nF escapes (`ESC ( B`), two-byte escapes (`ESC c`
 *   reset, `ESC 7`), and a lone ESC;
 * - C0 controls except newline (so no backspace or carriage-return overprinting, no bell), DEL,
 *   and C1 controls;
 * - the bidirectional control characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 *   which can make a terminal show text in another order than it is ("Trojan Source").
 * Tabs become a space. Runs in one linear pass; text without any of these comes back as it is.
 */
export function sanitizeForTerminal(text: string): string {
  if (!UNSAFE.test(text)) return text;
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 0x1b) {
      i = skipEscape(text, i + 1);
    } else if (code === 0x9b) {
      i = skipCsi(text, i + 1);
    } else if (code === 0x9d || code === 0x90 || code === 0x98 || code === 0x9e || code === 0x9f) {
      i = skipString(text, i + 1);
    } else if (code === 0x09) {
      out += ' ';
      i++;
    } else if (code === 0x0a || !isUnsafe(code)) {
      // Copy the run of safe characters at once rather than one by one.
      let j = i + 1;
      while (j < n && !endsSafeRun(text.charCodeAt(j))) j++;
      out += text.slice(i, j);
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * `sanitizeForTerminal`, then every run of line breaks becomes one space: for text printed inside
 * a one-line message (an error naming a file, a parser's reason quoting the input).
 */
export function sanitizeLine(text: string): string {
  return sanitizeForTerminal(text).replace(/[\n\u2028\u2029]+/g, ' ');
}

const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** A character the copy loop must stop at: anything unsafe, the tab included; newline is safe. */
function endsSafeRun(code: number): boolean {
  return code !== 0x0a && isUnsafe(code);
}

/** nF escapes in use have one or two intermediate bytes; three leaves room for odd ones. */
const MAX_INTERMEDIATES = 3;

/** After ESC: skips the rest of the sequence and returns the index after it. */
function skipEscape(text: string, i: number): number {
  const next = text.charCodeAt(i);
  if (Number.isNaN(next)) return i;
  if (next === 0x5b) return skipCsi(text, i + 1); // [
  // ] P X ^ _ : OSC, DCS, SOS, PM, APC
  if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) return skipString(text, i + 1);
  if (next >= 0x20 && next <= 0x2f) {
    // nF: one to three intermediate bytes and a final byte (`ESC ( B` selects a character set).
    // Not in that shape, it is a stray ESC before ordinary text: only the ESC goes.
    let j = i;
    while (j < text.length && j - i < MAX_INTERMEDIATES && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
    const final = text.charCodeAt(j);
    return final >= 0x30 && final <= 0x7e ? j + 1 : i;
  }
  // Two-byte escapes (`ESC c` reset, `ESC 7` save cursor, `ESC M` reverse index). Anything else
  // (a newline, a letter of another script) is not part of a sequence: only the ESC goes.
  return next >= 0x30 && next <= 0x7e ? i + 1 : i;
}

/** CSI: parameter and intermediate bytes, then one final byte in @–~. */
function skipCsi(text: string, i: number): number {
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 0x40 && code <= 0x7e) return i + 1; // final byte
    if (code < 0x20 || code > 0x3f) return i; // malformed: stop here, the rest is plain text
    i++; // parameter (0x30–0x3f) or intermediate (0x20–0x2f) byte
  }
  return i;
}

/**
 * OSC/DCS/SOS/PM/APC: everything up to BEL, ESC \ or the 8-bit ST. Unterminated: up to the end
 * of the line, which is as far as a terminal can be trusted to be confused by it.
 */
function skipString(text: string, i: number): number {
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x07 || code === 0x9c) return i + 1;
    if (code === 0x1b) return text[i + 1] === '\\' ? i + 2 : i;
    if (code === 0x0a) return i;
    i++;
  }
  return i;
}
