import type { ArticleMetadata } from '../../article.js';
import { collapseSpace } from '../text-builder.js';
import { normalizeDate } from '../dates.js';

/** The parts of a DOM document the metadata reader uses (linkedom's document has them). */
interface MetaDocument {
  title: string;
  querySelectorAll(selector: string): Iterable<MetaElement>;
}
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** Metadata of a page plus its description, which may become the standfirst. */
export interface PageMetadata extends ArticleMetadata {
  description: string | null;
  /** The title is the bare `<title>`, which usually carries the site name too. */
  titleFromTag: boolean;
}

/** JSON-LD `@type`s that describe the article itself (schema.org Article and its news subtypes). */
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background|Blog|Scholarly|Tech|Satirical)?Article$|^(?:BlogPosting|LiveBlogPosting|WebPage)$/;

/**
 * Reads the metadata publishers put in a page, most specific source first: JSON-LD
 * `NewsArticle` (what search engines read, so usually right), then `og:`/`article:` meta tags,
 * then plain `<meta name>`, `<time datetime>` and `<title>`. Must run before Readability, which
 * removes parts of the document.
 */
export function readPageMetadata(document: MetaDocument): PageMetadata {
  const ld = readJsonLd(document);
  const meta = readMetaTags(document);
  const time = firstAttribute(document, 'time[datetime]', 'datetime');
  const canonical = firstAttribute(document, 'link[rel="canonical"]', 'href');
  const structured = ld.title ?? meta.get('og:title') ?? meta.get('twitter:title') ?? null;
  return {
    title: structured ?? (collapseSpace(document.title) || null),
    titleFromTag: structured === null,
    published: normalizeDate(ld.published ?? meta.get('article:published_time') ?? meta.get('og:published_time') ?? meta.get('date') ?? meta.get('dc.date') ?? meta.get('pubdate') ?? time),
    byline: ld.byline ?? meta.get('author') ?? meta.get('article:author') ?? meta.get('byl') ?? null,
    source: ld.source ?? meta.get('og:site_name') ?? meta.get('application-name') ?? null,
    url: ld.url ?? meta.get('og:url') ?? canonical,
    description: ld.description ?? meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? null,
  };
}

function readMetaTags(document: MetaDocument): Map<string, string> {
  const found = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const value = collapseSpace(element.getAttribute('content') ?? '');
    // The first of duplicated tags wins, as with crawlers.
    if (key && value && !found.has(key)) found.set(key, value);
  }
  return found;
}

function firstAttribute(document: MetaDocument, selector: string, attribute: string): string | null {
  for (const element of document.querySelectorAll(selector)) {
    const value = element.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

type Partial = { title?: string; published?: string; byline?: string; source?: string; url?: string; description?: string };

/** The first article object in the page's JSON-LD scripts (looking into arrays and `@graph`). */
function readJsonLd(document: MetaDocument): Partial {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the meta tags still work.
    }
    const article = findArticle(data, 0);
    if (article) return fromArticle(article);
  }
  return {};
}

function findArticle(data: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 4 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type) && type !== 'WebPage')) return record;
  return findArticle(record['@graph'], depth + 1);
}

function fromArticle(article: Record<string, unknown>): Partial {
  const out: Partial = {};
  const set = (key: keyof Partial, value: string | null) => {
    if (value) out[key] = value;
  };
  set('title', text(article.headline) ?? text(article.name));
  set('published', text(article.datePublished) ?? text(article.dateCreated));
  set('byline', names(article.author));
  set('source', names(article.publisher));
  set('url', text(article.url) ?? text((article.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']));
  set('description', text(article.description));
  return out;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? collapseSpace(value) : null;
}

/** `author` may be a string, a Person, or a list of either. */
function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const found = list.map((item) => (typeof item === 'string' ? text(item) : item && typeof item === 'object' ? text((item as Record<string, unknown>).name) : null)).filter((name): name is string => name !== null);
  return found.length > 0 ? found.join(', ') : null;
}
