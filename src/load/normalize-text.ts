/**
 * Normalises decoded text so later stages see one kind of whitespace.
 *
 * Every step keeps the length of the text except the line-end step (CRLF becomes LF), so offsets
 * into an LF file are offsets into the file itself, which scripts and scorers rely on:
 * - a leading BOM is removed;
 * - CRLF and lone CR become LF;
 * - no-break and other fixed-width spaces become a plain space, tabs too;
 * - trailing spaces are kept in the text but never fall inside a block's span.
 * Typographic quotes and dashes are left as written.
 */
export function normalizeText(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  // U+00A0 NBSP, U+2007 figure space, U+202F narrow NBSP, tab, vertical tab, form feed.
  return out.replace(/[\u00a0\u2007\u202f\t\v\f]/g, ' ');
}
