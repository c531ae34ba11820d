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
