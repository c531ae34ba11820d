import type { PendingBlock } from '../text-builder.js';
import { collapseSpace } from '../text-builder.js';

/** The DOM surface the walker needs; linkedom's nodes have it. */
export interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose text is one block of running text. */
const PARAGRAPH_TAGS = new Set(['P', 'LI', 'PRE', 'DD', 'DT', 'ADDRESS']);
/** Elements that never hold article text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'NAV', 'ASIDE', 'FOOTER', 'HEAD', 'TITLE']);
/** Inline elements: their text runs on with the text around them. */
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'FONT', 'INS', 'DEL', 'BR', 'IMG', 'PICTURE', 'SOURCE']);

/** Class names picture desks give the credit inside a caption. */
const CREDIT_CLASS = /credit|copyright|byline|source|attribution/i;
/** A credit written into the caption text: `... Photo: Credit`, `... Photograph: Credit/Agency`, `... © Credit`. */
const CREDIT_TEXT = /^(.*?\S)[\s.,;|–—-]*(?:\((?:photo(?:graph)?|picture|image|credit)s?\s*:\s*([^)]+)\)|(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*(.+)|©\s*(.+))$/i;

/**
 * Lists the blocks of an article's markup in document order: `<h2>`–`<h6>` headings, paragraphs
 * (`<p>`, `<li>`, and loose text between blocks), `<blockquote>` quotations, `<figcaption>`
 * captions with their credit split off. `<h1>` is the headline (the caller decides whether it
 * repeats the title).
 */
export function markupBlocks(root: WalkNode): PendingBlock[] {
  const blocks: PendingBlock[] = [];
  walk(root, blocks, false, 0);
  return blocks;
}

/**
 * Nesting deeper than any real page (news pages nest 20 to 60 levels) is read as flat text, so
 * a hostile page cannot exhaust the stack.
 */
export const MAX_NESTING = 400;

function walk(node: WalkNode, blocks: PendingBlock[], inQuote: boolean, depth: number): void {
  let inline = '';
  const flush = () => {
    if (collapseSpace(inline)) blocks.push({ kind: inQuote ? 'blockquote' : 'paragraph', text: inline });
    inline = '';
  };
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.nodeType === TEXT) {
      inline += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const tag = child.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (INLINE_TAGS.has(tag)) {
      inline += tag === 'BR' ? '\n' : inlineText(child);
      continue;
    }
    flush();
    if (depth >= MAX_NESTING) blocks.push({ kind: inQuote ? 'blockquote' : 'paragraph', text: inlineText(child) });
    else if (tag === 'H1') blocks.push({ kind: 'headline', text: inlineText(child) });
    else if (/^H[2-6]$/.test(tag)) blocks.push({ kind: 'heading', text: inlineText(child), level: Number(tag[1]) });
    else if (tag === 'FIGCAPTION') blocks.push(caption(child));
    else if (tag === 'BLOCKQUOTE') walk(child, blocks, true, depth + 1);
    else if (PARAGRAPH_TAGS.has(tag) && !hasBlockChild(child)) blocks.push(paragraph(child, inQuote));
    else walk(child, blocks, inQuote, depth + 1);
  }
  flush();
}

/** The text of an element, skipping scripts and the like inside it. Iterative: any depth is safe. */
function inlineText(node: WalkNode): string {
  let out = '';
  const stack: WalkNode[] = [];
  for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child.nodeType === TEXT) {
      out += child.textContent ?? '';
    } else if (child.nodeType === ELEMENT) {
      const tag = child.nodeName.toUpperCase();
      if (tag === 'BR') out += ' ';
      else if (!SKIPPED_TAGS.has(tag)) for (let i = child.childNodes.length - 1; i >= 0; i--) stack.push(child.childNodes[i]!);
    }
  }
  return out;
}

/** How deep elements nest under `root`, counted without recursion and up to `limit`. */
export function nestingDepth(root: WalkNode, limit: number): number {
  let deepest = 0;
  const stack: Array<[WalkNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest >= limit) return deepest;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === ELEMENT) stack.push([children[i]!, depth + 1]);
  }
  return deepest;
}

/** A paragraph, marked when all its text sits in links (a promo of another story, not article text). */
function paragraph(node: WalkNode, inQuote: boolean): PendingBlock {
  const text = inlineText(node);
  const block: PendingBlock = { kind: inQuote ? 'blockquote' : 'paragraph', text };
  const linked = linkTextLength(node);
  if (linked > 0 && linked >= collapseSpace(text).length) block.linkOnly = true;
  return block;
}

/** Characters of collapsed text inside `<a>` elements under a node (iterative). */
function linkTextLength(node: WalkNode): number {
  let length = 0;
  const stack: WalkNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const children = current.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType !== ELEMENT) continue;
      if (child.nodeName.toUpperCase() === 'A') length += collapseSpace(inlineText(child)).length;
      else stack.push(child);
    }
  }
  return length;
}

function hasBlockChild(node: WalkNode): boolean {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.nodeType !== ELEMENT) continue;
    const tag = child.nodeName.toUpperCase();
    if (!INLINE_TAGS.has(tag) && !SKIPPED_TAGS.has(tag)) return true;
  }
  return false;
}

/** A `<figcaption>`: the credit from an element classed as one, else from `Photo: ...` in the text. */
function caption(node: WalkNode): PendingBlock {
  let credit: string | null = null;
  let text = '';
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const className = child.nodeType === ELEMENT ? (child.getAttribute?.('class') ?? '') : '';
    if (credit === null && CREDIT_CLASS.test(className)) credit = collapseSpace(inlineText(child)).replace(/^(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*|^©\s*/i, '');
    else text += child.nodeType === TEXT ? (child.textContent ?? '') : child.nodeType === ELEMENT ? inlineText(child) : '';
  }
  text = collapseSpace(text);
  if (credit === null) {
    const match = CREDIT_TEXT.exec(text);
    if (match) {
      text = match[1]!;
      credit = collapseSpace(match[2] ?? match[3] ?? match[4] ?? '') || null;
    }
  }
  return { kind: 'caption', text, credit: credit || null };
}
