import type { SourceFormat } from '../article.js';

/** Extensions that say what a file holds, consulted only when the content does not tell. */
const EXTENSION_FORMATS: Array<[RegExp, SourceFormat]> = [
  [/\.(?:html?|xhtml|shtml|php|aspx?)$/i, 'html'],
  [/\.(?:rss|rdf)$/i, 'rss'],
  [/\.atom$/i, 'atom'],
  [/\.(?:json|ndjson|jsonl)$/i, 'json'],
  [/\.(?:md|markdown)$/i, 'markdown'],
];

/** `Content-Type` media types of the formats we read (URL inputs). */
const MEDIA_TYPES: Array<[RegExp, SourceFormat]> = [
  [/^(?:text\/html|application\/xhtml\+xml)$/, 'html'],
  [/^application\/(?:rss|rdf)\+xml$/, 'rss'],
  [/^application\/atom\+xml$/, 'atom'],
  [/^application\/(?:[\w.+-]*\+)?(?:json|x-ndjson|jsonl?)$/, 'json'],
  [/^text\/markdown$/, 'markdown'],
];

/**
 * Decides how to read an input: from its content first (markup, a feed root, JSON), then from the
 * server's `Content-Type`, then from the file name; plain text when nothing tells.
 * `head` is the start of the input (a few KiB are enough).
 */
export function detectFormat(name: string, head: string, contentType?: string | null): SourceFormat {
  return detectFromContent(head) ?? formatOfMediaType(contentType) ?? formatOfName(name) ?? detectTextFormat(head);
}

/** The format the content itself shows, or null when it looks like prose. */
export function detectFromContent(head: string): SourceFormat | null {
  const start = skipLeading(head);
  const opening = start.slice(0, 2048);
  if (/^(?:\{\s*(?:"|\})|\[\s*(?:\{|\]))/.test(opening)) return 'json';
  if (!opening.startsWith('<')) return null;
  // XML prolog, comments and doctypes come before the root element; look past them (bounded).
  const root = /<(?!\?|!)([A-Za-z][\w:.-]*)/.exec(start.slice(0, 4096))?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'rdf:rdf') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === undefined) return /^<!doctype\s+html/i.test(opening) ? 'html' : null;
  return 'html';
}

/** `text/html; charset=utf-8` gives html; unknown or missing gives null. */
export function formatOfMediaType(contentType: string | null | undefined): SourceFormat | null {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!media) return null;
  for (const [pattern, format] of MEDIA_TYPES) if (pattern.test(media)) return format;
  return null;
}

function formatOfName(name: string): SourceFormat | null {
  const path = name.replace(/[?#].*$/, '');
  for (const [pattern, format] of EXTENSION_FORMATS) if (pattern.test(path)) return format;
  return null;
}

/** Markdown when it opens with `# ` (after optional front matter) or has `##` headings; text otherwise. */
function detectTextFormat(text: string): SourceFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^(?:---\n[\s\S]*?\n---\n\s*)?#\s/.test(head) || /^#{2,3}\s+\S/m.test(text)) return 'markdown';
  return 'text';
}

/** Skips a BOM and white space. */
function skipLeading(text: string): string {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0xfeff || /\s/.test(text[i]!))) i++;
  return text.slice(i, i + 8192);
}
