import type { ArticleMetadata, Source } from '../../article.js';
import { InputError, type NewsDigestError } from '../../errors.js';
import { normalizeDate } from '../dates.js';
import { buildSource } from '../build-source.js';
import { normalizeText } from '../normalize-text.js';
import { collapseSpace } from '../text-builder.js';
import { textBlocks } from '../text-blocks.js';
import { JSON_FIELDS } from './json-fields.js';

type Record_ = Record<string, unknown>;

/**
 * Reads JSON or NDJSON articles: one object, an array of objects, an object holding such an
 * array (`articles`, `items`, `data`, `results`), or one object per line. Items are named
 * `<input>#<n>`: the position in an array, the line number in NDJSON. A broken item or line is
 * an error in its place; the others still load.
 * @throws InputError when the input is neither JSON nor NDJSON.
 */
export async function parseJsonArticles(name: string, text: string): Promise<Array<Source | NewsDigestError>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    if (!text.trimStart().startsWith('{')) throw new InputError(name, `invalid JSON (${(cause as Error).message})`, { cause });
    return parseNdjson(name, text);
  }
  const items = articleList(data);
  if (items === null) return [await jsonArticle(name, data)];
  if (items.length === 0) throw new InputError(name, 'no articles (an empty list)');
  const out: Array<Source | NewsDigestError> = [];
  for (let i = 0; i < items.length; i++) out.push(await guard(`${name}#${i + 1}`, () => jsonArticle(`${name}#${i + 1}`, items[i])));
  return out;
}

/** One line of NDJSON as an article (the streaming `digest --ndjson -` reads stdin this way). */
export async function parseJsonLine(name: string, line: string): Promise<Source> {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (cause) {
    throw new InputError(name, `invalid JSON (${(cause as Error).message})`, { cause });
  }
  return jsonArticle(name, data);
}

async function parseNdjson(name: string, text: string): Promise<Array<Source | NewsDigestError>> {
  const out: Array<Source | NewsDigestError> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const itemName = `${name}#${i + 1}`;
    out.push(await guard(itemName, () => parseJsonLine(itemName, lines[i]!)));
  }
  return out;
}

async function guard(name: string, read: () => Promise<Source>): Promise<Source | NewsDigestError> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputError) return error;
    return new InputError(name, `unreadable article (${String((error as Error).message ?? error)})`, { cause: error });
  }
}

function articleList(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    for (const key of JSON_FIELDS.lists) {
      const list = (data as Record_)[key];
      if (Array.isArray(list)) return list;
    }
  }
  return null;
}

/**
 * An article object in the shapes extractors write (newspaper3k, news-please, trafilatura,
 * feed-to-JSON tools): the first field present of each alias list wins.
 */
async function jsonArticle(name: string, data: unknown): Promise<Source> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new InputError(name, 'not an article object');
  const record = data as Record_;
  const metadata: ArticleMetadata = {
    title: str(pick(record, JSON_FIELDS.title)),
    published: normalizeDate(str(pick(record, JSON_FIELDS.published))),
    byline: names(pick(record, JSON_FIELDS.byline)),
    source: names(pick(record, JSON_FIELDS.source)),
    url: str(pick(record, JSON_FIELDS.url)),
  };
  const html = str(pick(record, JSON_FIELDS.html));
  const text = str(pick(record, JSON_FIELDS.text));
  const description = str(pick(record, JSON_FIELDS.description));
  if (text && !looksLikeHtml(text) && metadata.title === null && description === null) {
    // No title: the text is laid out like a text file, so its first line may be the headline.
    return { name, format: 'json', text: plainLayout(text), metadata };
  }
  // The HTML reader (linkedom) loads only for articles that carry markup.
  const blocks = text && !looksLikeHtml(text) ? textBlocks(text) : html || text ? (await import('../html/fragment.js')).htmlFragmentBlocks(html ?? text ?? '') : [];
  if (blocks.length === 0) {
    throw new InputError(name, `no article text (expected one of the fields ${[...JSON_FIELDS.text, ...JSON_FIELDS.html].slice(0, 6).join(', ')})`);
  }
  return buildSource(name, 'json', metadata, blocks, description);
}

function pick(record: Record_, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  return value.trim() ? value.trim() : null;
}

/** A name, a list of names, or objects with a `name` (JSON-LD style). */
function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const found = list.map((item) => (item && typeof item === 'object' ? str((item as Record_).name) : str(item))).filter((item): item is string => item !== null);
  return found.length > 0 ? collapseSpace(found.join(', ')) : null;
}

/** Plain text normalised as a file would be, one paragraph a line when it has no blank lines. */
function plainLayout(text: string): string {
  const normalized = normalizeText(text).trim();
  return /\n\s*\n/.test(normalized) ? normalized : normalized.replace(/\n+/g, '\n\n');
}

/** Text fields sometimes hold markup; a tag at the start or paragraph tags inside tell. */
function looksLikeHtml(text: string): boolean {
  return /^\s*<[a-z!]/i.test(text) || /<\/p>|<br\s*\/?>/i.test(text.slice(0, 4096));
}
