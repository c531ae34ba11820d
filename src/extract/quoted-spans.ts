import type { Article, Span } from '../article.js';

/**
 * The stretches of an article's running text that stand inside quotation marks, marks included,
 * for views that show quotations. Curly (“ ”), straight (") and guillemet (« ») double marks are
 * paired within a block; a mark left open at the end of a block is closed there.
 * One pass per block.
 */
export function findQuotedSpans(article: Article): Span[] {
  const spans: Span[] = [];
  const blocks = [article.headline, article.standfirst, ...article.paragraphs];
  for (const block of blocks) {
    if (!block) continue;
    const { text } = article;
    let open = -1;
    for (let i = block.start; i < block.end; i++) {
      const ch = text[i];
      if (ch === '“' || ch === '«' || (ch === '"' && open === -1)) {
        if (open === -1) open = i;
      } else if ((ch === '”' || ch === '»' || ch === '"') && open !== -1) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    if (open !== -1 && block.end > open + 1) spans.push({ start: open, end: block.end });
  }
  return spans;
}
