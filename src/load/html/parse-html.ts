import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Source, SourceFormat } from '../../article.js';
import { InputError } from '../../errors.js';
import { collapseSpace, layoutBlocks, type PendingBlock } from '../text-builder.js';
import { BOILERPLATE_LINES, DATE_STAMP_LINE, FURNITURE_TOKEN, MAX_FURNITURE_CHARS } from './boilerplate.js';
import { markupBlocks, type WalkNode } from './markup-blocks.js';
import { readPageMetadata } from './page-metadata.js';

/** Below this many characters of text Readability's result is not trusted over the whole body. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Reads a web page as an article: metadata from JSON-LD, meta tags and `<title>`; the article
 * body from Mozilla Readability (which drops navigation, ads, share bars, cookie banners and
 * related links), laid out as headline, standfirst (the page description when the body does not
 * already open with it), then headings, paragraphs, quotations and captions in page order.
 * @throws InputError when the page holds no readable text.
 */
export function parseHtml(name: string, html: string, format: SourceFormat = 'html'): Source {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as never);
  removeFurniture(document as unknown as DomDocument);
  const pageCaptions = leadCaptions(document as unknown as DomDocument);
  const fallbackBody = document.body as unknown as WalkNode | null;
  let blocks: PendingBlock[] = [];
  try {
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
  return BOILERPLATE_LINES.has(line.toLowerCase()) || (block.kind === 'paragraph' && DATE_STAMP_LINE.test(line));
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
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
    if (!tokens.some((token) => token && FURNITURE_TOKEN.test(token))) continue;
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

/**
 * Reads an HTML fragment (a feed item's `content:encoded`, a JSON `html` field) without
 * Readability: the fragment is already the article.
 */
export function htmlFragmentBlocks(html: string): PendingBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return markupBlocks(document.body as unknown as WalkNode);
}

/**
 * Lays out a source from its metadata and body blocks: the title as headline (unless the body
 * opens with it as `<h1>`), the description as standfirst unless the body already says it.
 * @throws InputError when there is no text at all.
 */
export function buildSource(name: string, format: SourceFormat, metadata: Source['metadata'] & { description?: string | null; titleFromTag?: boolean }, body: PendingBlock[], description: string | null | undefined): Source {
  const { description: _description, titleFromTag: _titleFromTag, ...plain } = metadata;
  const pending = body.map((block) => ({ ...block }));
  const first = pending.find((block) => block.kind !== 'caption');
  let headlineAt: number;
  if (first && (first.kind === 'headline' || (plain.title !== null && sameText(first.text, plain.title)))) {
    first.kind = 'headline';
    headlineAt = pending.indexOf(first);
  } else if (plain.title) {
    pending.unshift({ kind: 'headline', text: plain.title });
    headlineAt = 0;
  } else {
    headlineAt = -1;
  }
  // Any other <h1> inside the body is a section heading, not a second headline.
  pending.forEach((block, i) => {
    if (block.kind === 'headline' && i !== headlineAt) Object.assign(block, { kind: 'heading', level: 1 });
  });
  if (description && !opensWith(pending, description)) pending.splice(headlineAt + 1, 0, { kind: 'standfirst', text: description });
  const { text, blocks } = layoutBlocks(pending);
  if (!blocks.some((block) => block.kind === 'paragraph' || block.kind === 'blockquote')) {
    throw new InputError(name, `no article text found in this ${format === 'html' ? 'page' : 'item'}`);
  }
  return { name, format, text, metadata: plain, blocks };
}

/** True when the first paragraphs already say the description (pages often reuse their lead). */
function opensWith(blocks: PendingBlock[], description: string): boolean {
  const lead = collapseSpace(blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'standfirst').slice(0, 3).map((block) => block.text).join(' ')).toLowerCase();
  const probe = collapseSpace(description).toLowerCase().replace(/(?:\.\.\.|…)$/, '').slice(0, 80);
  return probe.length === 0 || lead.includes(probe);
}

function sameText(a: string, b: string): boolean {
  return collapseSpace(a).toLowerCase() === collapseSpace(b).toLowerCase();
}

function textLength(blocks: PendingBlock[]): number {
  let length = 0;
  for (const block of blocks) if (block.kind === 'paragraph' || block.kind === 'blockquote') length += block.text.length;
  return length;
}
