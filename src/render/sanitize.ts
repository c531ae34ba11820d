/**
 * Makes article-derived text safe to print on a terminal. Used by src/render for every string
 * that came from an input; JSON output is never sanitised (JSON escaping keeps it exact).
 *
 * Removed:
 * - escape sequences, whole: CSI (`ESC [` … final byte, and the 8-bit CSI U+009B), OSC (`ESC ]` …
 *   BEL or ST; unterminated ones up to the end of the line), DCS/SOS/PM/APC (`ESC P`, `ESC X`,
 *   `ESC ^`, `ESC _` … ST), and any other `ESC` + one character;
 * - C0 controls except newline (so no backspace or carriage-return overprinting), DEL, C1 controls;
 * - bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can
 *   make a terminal show text in another order than it is ("Trojan Source").
 * Tabs become a space. Runs in one linear pass.
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
      out += text[i];
      i++;
    } else {
      i++;
    }
  }
  return out;
}

const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function isUnsafe(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** After ESC: skips the rest of the sequence and returns the index after it. */
function skipEscape(text: string, i: number): number {
  const next = text[i];
  if (next === undefined) return i;
  if (next === '[') return skipCsi(text, i + 1);
  if (next === ']' || next === 'P' || next === 'X' || next === '^' || next === '_') return skipString(text, i + 1);
  // Two-character escapes (ESC c reset, ESC 7 save, ...); a charset designation takes one more.
  if (next === '(' || next === ')' || next === '*' || next === '+' || next === '#' || next === '%') return Math.min(text.length, i + 2);
  return i + 1;
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

/** OSC/DCS/SOS/PM/APC: everything up to BEL, ESC \ or the 8-bit ST; unterminated: up to a newline. */
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
