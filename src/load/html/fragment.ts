import { parseHTML } from 'linkedom';
import type { PendingBlock } from '../text-builder.js';
import { markupBlocks, type WalkNode } from './markup-blocks.js';

/**
 * Reads an HTML fragment (a feed item's `content:encoded`, a JSON `html` field) without
 * Readability: the fragment is already the article.
 */
export function htmlFragmentBlocks(html: string): PendingBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return markupBlocks(document.body as unknown as WalkNode);
}
