import type { SourceBlock } from '../article.js';

/** One block a loader found, before it has a place in the text. */
export interface PendingBlock {
  kind: SourceBlock['kind'];
  text: string;
  credit?: string | null;
  level?: number;
  /** The block's text is all link text (a "related story" line); HTML only. */
  linkOnly?: boolean;
}

/**
 * Lays out blocks found in markup as the article text: blocks joined by one blank line, each
 * block's inner white space collapsed to single spaces, so the text reads like a plain-text
 * article and every block's span indexes it exactly.
 */
export function layoutBlocks(pending: PendingBlock[]): { text: string; blocks: SourceBlock[] } {
  let text = '';
  const blocks: SourceBlock[] = [];
  for (const block of pending) {
    const clean = collapseSpace(block.text);
    if (!clean) continue;
    if (text) text += '\n\n';
    const start = text.length;
    text += clean;
    const placed: SourceBlock = { kind: block.kind, start, end: text.length };
    if (block.kind === 'caption') placed.credit = block.credit ? collapseSpace(block.credit) || null : null;
    if (block.level !== undefined) placed.level = block.level;
    blocks.push(placed);
  }
  return { text, blocks };
}

/**
 * Collapses every run of white space (including no-break spaces and line ends, which markup
 * does not mean as line ends) to one space and trims the ends. Zero-width characters go too.
 */
export function collapseSpace(text: string): string {
  return text.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
