import type { Article } from '../article.js';
import { headlineBlock } from './candidates.js';

/**
 * The headline to show above a summary: the article's headline when it is one, else the title
 * from metadata, else null (a first line that reads as the lead is summary material, not a title).
 */
export function summaryHeadline(article: Article): string | null {
  return headlineBlock(article)?.text ?? article.metadata.title ?? null;
}
