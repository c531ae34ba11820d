/**
 * Finds the character encoding an input declares, the way browsers do (WHATWG "encoding sniffing"
 * in short): a byte-order mark wins, then the HTTP `Content-Type` charset, then a `<meta charset>`
 * or `http-equiv` in the first KiB of an HTML page, or the encoding of an XML declaration.
 */

/** Bytes a `<meta charset>` must appear within; the HTML standard prescans 1024. */
const PRESCAN_BYTES = 1024;

/** The charset a BOM names, or null. */
export function charsetOfBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** `text/html; charset="ISO-8859-1"` gives `iso-8859-1`; none gives null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** The charset a page or feed declares in its first bytes (`<meta charset>`, `<?xml encoding>`), or null. */
export function charsetOfMarkup(bytes: Uint8Array): string | null {
  // The declarations are ASCII, so a byte-per-character view finds them whatever the encoding.
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/** A byte-per-character view of the start of an input, for sniffing ASCII markers. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Labels that mean windows-1252. The WHATWG Encoding Standard maps ISO-8859-1 and ASCII to it
 * too, because pages that say latin-1 use the 0x80–0x9F curly quotes, dashes and euro sign.
 */
export const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'iso-ir-100', 'cp819', 'ibm819']);

/** windows-1252 characters for bytes 0x80–0x9F (the five unassigned bytes stay as C1 code points). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes windows-1252 by its table. Node's TextDecoder, built with small ICU, decodes this
 * label as ISO-8859-1 and turns curly quotes into invisible C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = latin1(bytes);
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}
