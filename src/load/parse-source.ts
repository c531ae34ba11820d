import type { Source, SourceFormat } from '../article.js';
import type { NewsDigestError } from '../errors.js';
import { charsetOfBom, charsetOfContentType, charsetOfMarkup, latin1 } from './charset.js';
import { decodeBytes } from './decode-bytes.js';
import { detectFormat } from './detect-format.js';
import { splitFrontMatter } from './front-matter.js';
import { normalizeText } from './normalize-text.js';

/** Re-exported for callers that knew it here; the detection lives in detect-format.ts. */
export { detectFormat } from './detect-format.js';

/** How a caller wants an input read. */
export interface ParseOptions {
  /** Force a format instead of detecting it (`--format`). */
  format?: SourceFormat | undefined;
  /** Publication date to use when the input has none (`--published`). */
  published?: string | undefined;
  /** The HTTP `Content-Type` of a URL input (format and charset hints). */
  contentType?: string | null | undefined;
  /** Where a URL input ended up after redirects; the article's url when it names none. */
  url?: string | undefined;
}

/** Bytes looked at to detect the format before decoding. */
const SNIFF_BYTES = 8192;

/**
 * Turns the bytes of one input into the articles it holds (a text file or page holds one, a
 * feed or a JSON array several). Throws if the input as a whole is unreadable.
 * @throws InputError when the bytes are not text or hold no article.
 */
export async function parseSource(name: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<Source[]> {
  const results = await parseSourceResults(name, bytes, options);
  const failure = results.find((result): result is NewsDigestError => !('text' in result));
  if (failure && results.length === 1) throw failure;
  return results.filter((result): result is Source => 'text' in result);
}

/**
 * Like `parseSource`, but an input holding many articles (a feed, JSON) returns a failed item as
 * an error in its place, so the caller can report it and go on.
 * @throws InputError when the input as a whole cannot be read.
 */
export async function parseSourceResults(name: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<Array<Source | NewsDigestError>> {
  const bom = charsetOfBom(bytes);
  // Sniffing only: a plain decoder, so a head of white space does not refuse the whole input.
  const head = bom && bom !== 'utf-8' ? new TextDecoder(bom).decode(bytes.subarray(0, SNIFF_BYTES)) : latin1(bytes.subarray(0, SNIFF_BYTES));
  const format = options.format ?? detectFormat(name, head, options.contentType);
  const markup = format === 'html' || format === 'rss' || format === 'atom';
  const declared = bom ? null : (charsetOfContentType(options.contentType) ?? (markup ? charsetOfMarkup(bytes) : null));
  const text = normalizeText(decode(name, bytes, declared, markup));
  const results = await parseDecoded(name, text, format);
  for (const result of results) {
    if (!('text' in result)) continue;
    if (options.published) result.metadata.published ??= options.published;
    if (options.url) result.metadata.url ??= options.url;
  }
  return results;
}

/**
 * Decodes by the declared charset. A page or feed that declares none and is not valid UTF-8 is
 * windows-1252, as browsers assume (most such pages are old Western European sites).
 */
function decode(name: string, bytes: Uint8Array, charset: string | null, markup: boolean): string {
  if (charset || !markup) return decodeBytes(name, bytes, charset);
  try {
    return decodeBytes(name, bytes);
  } catch (error) {
    if (bytes.length === 0) throw error;
    return decodeBytes(name, bytes, 'windows-1252');
  }
}

/**
 * Hands the text to the reader of its format. The HTML, feed and JSON readers are imported only
 * when an input needs them: Readability, linkedom and the XML parser take longer to load than a
 * text article takes to read.
 */
async function parseDecoded(name: string, text: string, format: SourceFormat): Promise<Array<Source | NewsDigestError>> {
  switch (format) {
    case 'html':
      return [(await import('./html/parse-html.js')).parseHtml(name, text)];
    case 'rss':
    case 'atom':
      return (await import('./feed/parse-feed.js')).parseFeed(name, text);
    case 'json':
      return (await import('./json/parse-json.js')).parseJsonArticles(name, text);
    default:
      return [parseText(name, text, format)];
  }
}

/** Reads a plain-text or Markdown article: optional front matter, then the article. */
function parseText(name: string, text: string, format: SourceFormat): Source {
  const { body, metadata } = splitFrontMatter(text);
  return { name, format, text: body, metadata };
}
