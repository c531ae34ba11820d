import type { BlockContext } from './block-context.js';

/** Longest quoted title we recognise (`The Rachel Maddow Show`, `Fox and Friends`). */
const MAX_TITLE_WORDS = 7;
/** Short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'de', 'la', 'is']);

/**
 * Marks quoted titles in running text as taken, so they are never quotations: names of shows,
 * books and films (`"Fox and Friends"`, `"The Revenant."`), capitalised slogans, dates. A title is
 * short, every word capitalised but the small ones, and has no sentence of its own around it.
 * Quoted web addresses are taken the same way.
 * Headlines are left alone: they capitalise every word, quotations included.
 */
export function skipQuotedTitles(ctx: BlockContext): void {
  if (ctx.block.role === 'headline') return;
  for (let k = 0; k < ctx.spans.length; k++) {
    if (ctx.claimed[k]) continue;
    const span = ctx.spans[k]!;
    if (span.continues || ctx.spanOpen[k] === 0 && ctx.spanClose[k] === ctx.tokens.length) continue;
    const quoted = ctx.text.slice(span.start, span.end);
    // A quoted web address is a source, never anyone's words.
    if (/^(?:https?:\/\/|www\.)\S+$/iu.test(quoted)) {
      ctx.claimed[k] = true;
      ctx.titles.add(k);
      continue;
    }
    const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    if (words.length === 0 || words.length > MAX_TITLE_WORDS) continue;
    // `"USA! USA!"`, `"What a Super Tuesday!"`: a cry, not a title.
    if (/!\W*$/u.test(quoted)) continue;
    const titleCase = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
    // A one-word capitalised quote is often a name or a cry (`"Benghazi"`, `"Cruz!"`); only longer runs count.
    if (titleCase && (words.length >= 2 || /^\p{N}/u.test(words[0]!))) {
      ctx.claimed[k] = true;
      ctx.titles.add(k);
    }
  }
}
