import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Source, SourceFormat } from '../../article.js';
import { InputError } from '../../errors.js';
import { buildSource } from '../build-source.js';
import { collapseSpace, type PendingBlock } from '../text-builder.js';
import { BOILERPLATE_LINES, BYLINE_LINE, DATE_STAMP_LINE, FURNITURE_TOKEN, FURNITURE_WORDS, MAX_FURNITURE_CHARS, PROMO_LINE } from './boilerplate.js';
import { markupBlocks, nestingDepth, type WalkNode } from './markup-blocks.js';
import { readPageMetadata } from './page-metadata.js';

/** Below this many characters of text Readability's result is not trusted over the whole body. */
const MIN_ARTICLE_CHARS = 140;
/** Deeper than this the page is refused before parsing (see `tagDepthExceeds`). */
const MAX_HTML_NESTING = 20_000;
/** Elements that never take an end tag, or whose end tag browsers imply: they add no depth. */
const NO_DEPTH = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot']);

/**
 * Whether start tags outnumber end tags by more than `limit` at some point: a linear scan of the
 * markup, no DOM. Counts only elements that need an end tag, so unclosed `<p>` and `<li>` (which
 * browsers close themselves) never trip it.
 */
export function tagDepthExceeds(html: string, limit: number): boolean {
  let depth = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    const closing = html.charCodeAt(at + 1) === 47; // '/'
    let end = at + (closing ? 2 : 1);
    while (end < html.length && end - at < 40 && /[A-Za-z0-9!-]/.test(html[end]!)) end++;
    const name = html.slice(at + (closing ? 2 : 1), end).toLowerCase();
    // Comments, doctypes and processing instructions (`<!`, `<?`) are not elements.
    if (name !== '' && name[0] !== '!' && !NO_DEPTH.has(name)) {
      if (closing) depth = Math.max(0, depth - 1);
      else {
        const close = html.indexOf('>', end);
        if (close === -1) break;
        if (html.charCodeAt(close - 1) !== 47 && ++depth > limit) return true;
        at = close;
      }
    }
    at = html.indexOf('<', at + 1);
  }
  return false;
}

/** Real pages nest 20 to 60 elements deep; far beyond that Readability is not worth its cost. */
const MAX_READABILITY_NESTING = 200;

/**
 * Reads a web page as an article: metadata from JSON-LD, meta tags and `<title>`; the article
 * body from Mozilla Readability (which drops navigation, ads, share bars, cookie banners and
 * related links), laid out as headline, standfirst (the page description when the body does not
 * already open with it), then headings, paragraphs, quotations and captions in page order.
 * @throws InputError when the page holds no readable text.
 */
export function parseHtml(name: string, html: string, format: SourceFormat = 'html'): Source {
  // The DOM parser takes time quadratic in nesting depth (seconds at 40,000 levels): refuse
  // such a page before parsing it. Real pages nest a few dozen levels.
  if (tagDepthExceeds(html, MAX_HTML_NESTING)) throw new InputError(name, `HTML nested more than ${MAX_HTML_NESTING} elements deep; not a readable page`);
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as never);
  removeFurniture(document as unknown as DomDocument);
  const pageCaptions = leadCaptions(document as unknown as DomDocument);
  const fallbackBody = document.body as unknown as WalkNode | null;
  let blocks: PendingBlock[] = [];
  // Readability recurses over the tree: a pathologically deep page would take it minutes and
  // then overflow the stack. Such pages are read as they stand instead.
  const tooDeep = fallbackBody !== null && nestingDepth(fallbackBody, MAX_READABILITY_NESTING) >= MAX_READABILITY_NESTING;
  try {
    if (tooDeep) throw new Error('too deeply nested for Readability');
    const reader = new Readability(document as never, { serializer: (node: unknown) => node, charThreshold: 200 });
    const result = reader.parse();
    if (result?.content) blocks = markupBlocks(result.content as unknown as WalkNode);
    // Readability strips the site name from a bare <title>; structured titles are already clean.
    if ((!metadata.title || metadata.titleFromTag) && result?.title) metadata.title = collapseSpace(result.title) || metadata.title;
    metadata.byline ??= result?.byline ? collapseSpace(result.byline) : null;
    metadata.source ??= result?.siteName ? collapseSpace(result.siteName) : null;
  } catch {
    // Readability gives up on some odd documents; the body as it stands is the fallback below.
  }
  if (textLength(blocks) < MIN_ARTICLE_CHARS && fallbackBody) {
    const whole = markupBlocks(fallbackBody);
    if (textLength(whole) > textLength(blocks)) blocks = whole;
  }
  blocks = blocks.filter((block) => !isBoilerplate(block));
  // Readability often drops the lead figure above the body; put back captions it lost, first.
  const kept = new Set(blocks.filter((block) => block.kind === 'caption').map((block) => block.text));
  const lost = pageCaptions.filter((block) => !kept.has(block.text));
  return buildSource(name, format, metadata, [...lost, ...blocks], metadata.description);
}

function isBoilerplate(block: PendingBlock): boolean {
  const line = collapseSpace(block.text);
  if (BOILERPLATE_LINES.has(line.toLowerCase())) return true;
  return block.kind === 'paragraph' && (DATE_STAMP_LINE.test(line) || PROMO_LINE.test(line) || BYLINE_LINE.test(line) || block.linkOnly === true);
}

interface DomElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  remove(): void;
  tagName: string;
}
interface DomDocument {
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Removes ad slots, cookie banners, share bars and the like (see boilerplate.ts) before Readability reads the page. */
function removeFurniture(document: DomDocument): void {
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    if (/^(?:HTML|BODY|MAIN|ARTICLE)$/i.test(element.tagName)) continue;
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
    if (!tokens.some((token) => token && (FURNITURE_TOKEN.test(token) || token.split(/[-_]/).some((part) => FURNITURE_WORDS.has(part))))) continue;
    if ((element.textContent ?? '').length <= MAX_FURNITURE_CHARS) element.remove();
  }
}

/** Captions of the figures inside the page's article (or main) element, in page order. */
function leadCaptions(document: DomDocument): PendingBlock[] {
  const captions: PendingBlock[] = [];
  const seen = new Set<string>();
  for (const element of document.querySelectorAll('article figcaption, main figcaption')) {
    for (const block of markupBlocks({ nodeType: 1, nodeName: 'DIV', textContent: null, childNodes: [element as unknown as WalkNode] })) {
      if (block.kind === 'caption' && !seen.has(block.text)) {
        seen.add(block.text);
        captions.push(block);
      }
    }
  }
  return captions;
}

function textLength(blocks: PendingBlock[]): number {
  let length = 0;
  for (const block of blocks) if (block.kind === 'paragraph' || block.kind === 'blockquote') length += block.text.length;
  return length;
}
