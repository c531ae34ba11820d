import { XMLParser } from 'fast-xml-parser';
import type { Source } from '../../article.js';
import { InputError, type NewsDigestError } from '../../errors.js';
import { normalizeDate } from '../dates.js';
import { buildSource } from '../build-source.js';
import { htmlFragmentBlocks } from '../html/fragment.js';
import { collapseSpace, type PendingBlock } from '../text-builder.js';
import { textBlocks } from '../text-blocks.js';

type Node = Record<string, unknown>;

/** Elements that may repeat; the parser gives them as arrays always, so one item is not an object. */
const REPEATED = new Set(['item', 'entry', 'link', 'author', 'category', 'dc:creator']);

/**
 * Reads an RSS 2.0 (or RSS 1.0/RDF) or Atom feed: every item or entry becomes an article named
 * `<input>#<n>` (1-based), with title, link, date (RFC 822 or ISO), author, and the body from
 * `content:encoded`/`content` or else `description`/`summary`, through the HTML fragment reader.
 * A broken item is returned as an error in its place; the others still load.
 * @throws InputError when the input is not a feed at all.
 */
export function parseFeed(name: string, xml: string): Array<Source | NewsDigestError> {
  let doc: Node;
  try {
    doc = parser().parse(xml, true) as Node;
  } catch (cause) {
    throw new InputError(name, `not a well-formed feed (${collapseSpace(String((cause as Error).message ?? cause)).slice(0, 120)})`, { cause });
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = (rss ?? (rdf?.channel as Node | undefined) ?? {}) as Node;
    const items = (rss?.item ?? rdf?.item ?? []) as Node[];
    if (items.length === 0) throw new InputError(name, 'feed has no items');
    return items.map((item, i) => guard(`${name}#${i + 1}`, () => rssItem(`${name}#${i + 1}`, item, text(channel.title))));
  }
  if (atom) {
    const entries = (atom.entry ?? []) as Node[];
    if (entries.length === 0) throw new InputError(name, 'feed has no entries');
    return entries.map((entry, i) => guard(`${name}#${i + 1}`, () => atomEntry(`${name}#${i + 1}`, entry, text(atom.title))));
  }
  throw new InputError(name, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)');
}

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    isArray: (tag) => REPEATED.has(tag),
    // Atom content may be inline XHTML; keep it as markup instead of a tree that loses word order.
    stopNodes: ['*.content', '*.summary'],
  });
}

function guard(name: string, read: () => Source): Source | NewsDigestError {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) return error;
    return new InputError(name, `unreadable feed item (${String((error as Error).message ?? error)})`, { cause: error });
  }
}

function rssItem(name: string, item: Node, channelTitle: string | null): Source {
  const link = text(first(item.link)) ?? (/^https?:/.test(text(item.guid) ?? '') ? text(item.guid) : null);
  const metadata = {
    title: text(item.title),
    published: normalizeDate(text(item.pubDate) ?? text(first(item['dc:date']))),
    byline: text(first(item['dc:creator'])) ?? authorName(text(first(item.author))),
    source: channelTitle,
    url: link,
  };
  const body = text(item['content:encoded']) ?? text(item.description);
  const blocks = body ? htmlFragmentBlocks(body) : [];
  // A description that is only a teaser next to full content makes a standfirst.
  const teaser = item['content:encoded'] ? plainText(text(item.description)) : null;
  return buildSource(name, 'rss', metadata, blocks, teaser);
}

function atomEntry(name: string, entry: Node, feedTitle: string | null): Source {
  const links = (entry.link ?? []) as Node[];
  const alternate = links.find((link) => !link['@_rel'] || link['@_rel'] === 'alternate') ?? links[0];
  const metadata = {
    title: plainText(text(entry.title)),
    published: normalizeDate(text(entry.published) ?? text(entry.updated)),
    byline: ((entry.author ?? []) as Node[]).map((author) => text(author.name)).filter(Boolean).join(', ') || null,
    source: feedTitle,
    url: alternate ? text(alternate['@_href']) : null,
  };
  const content = entry.content ?? entry.summary;
  const blocks = content === undefined ? [] : atomBlocks(content);
  const teaser = entry.content !== undefined && entry.summary !== undefined ? plainText(atomHtml(entry.summary)) : null;
  return buildSource(name, 'atom', metadata, blocks, teaser);
}

/** Atom `content`/`summary` of type text, html or xhtml, kept raw by the parser. */
function atomBlocks(node: unknown): PendingBlock[] {
  const type = typeof node === 'object' && node !== null ? String((node as Node)['@_type'] ?? 'text') : 'text';
  const html = atomHtml(node);
  if (!html) return [];
  return type === 'text' ? textBlocks(html) : htmlFragmentBlocks(html);
}

/** The markup of an Atom text construct: CDATA unwrapped, escaped HTML unescaped, XHTML as it is. */
function atomHtml(node: unknown): string | null {
  const raw = typeof node === 'object' && node !== null ? (node as Node)['#text'] : node;
  if (typeof raw !== 'string') return null;
  const type = typeof node === 'object' && node !== null ? String((node as Node)['@_type'] ?? 'text') : 'text';
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1]!;
  return type === 'xhtml' ? raw : unescapeXml(raw);
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/gi, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return XML_ENTITIES[named.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** RSS `author` is `email (Name)`; the name is what a reader wants. */
function authorName(author: string | null): string | null {
  return author?.match(/^\S+@\S+\s*\((.+)\)$/)?.[1]?.trim() ?? author;
}

/** Text of a parsed node: a string, or an element's `#text`. */
function text(value: unknown): string | null {
  const raw = typeof value === 'object' && value !== null ? (value as Node)['#text'] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const clean = String(raw).trim();
  return clean ? clean : null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** HTML in a title or teaser, as plain text. */
function plainText(html: string | null): string | null {
  if (!html) return null;
  if (!/[<&]/.test(html)) return collapseSpace(html) || null;
  const blocks = htmlFragmentBlocks(html);
  return collapseSpace(blocks.map((block) => block.text).join(' ')) || null;
}

