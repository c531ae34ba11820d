import type { BlockContext } from './block-context.js';
import { codePointWithin, codeUnits, isAlnumCode, startsNumber, startsUpper } from './char-class.js';

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
    const words = titleWords(ctx.text, span.start, span.end, MAX_TITLE_WORDS);
    if (words === null || words.length === 0) continue;
    // `"USA! USA!"`, `"What a Super Tuesday!"`: a cry, not a title.
    if (/!\W*$/u.test(quoted)) continue;
    const titleCase = words.every((w, i) => startsUpper(w) || startsNumber(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
    // A one-word capitalised quote is often a name or a cry (`"Benghazi"`, `"Cruz!"`); only longer runs count.
    if (titleCase && (words.length >= 2 || startsNumber(words[0]!))) {
      ctx.claimed[k] = true;
      ctx.titles.add(k);
    }
  }
}

/** Inside a word of a title: a letter, a digit, an apostrophe, a dot or a hyphen. */
function isTitleWordCode(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 46 || cp === 45 || isAlnumCode(cp);
}

/**
 * The words of `text.slice(from, to)` as the regex `[\p{L}\p{N}][\p{L}\p{N}'’.-]*` (flags `gu`)
 * finds them, or null once there are more than `limit`: a long quotation is no title, and is not
 * read to its end.
 */
export function titleWords(text: string, from: number, to: number, limit: number): string[] | null {
  const found: string[] = [];
  let i = from;
  while (i < to) {
    const cp = codePointWithin(text, i, to);
    if (!isAlnumCode(cp)) {
      i += codeUnits(cp);
      continue;
    }
    let end = i + codeUnits(cp);
    while (end < to) {
      const next = codePointWithin(text, end, to);
      if (!isTitleWordCode(next)) break;
      end += codeUnits(next);
    }
    if (found.length === limit) return null;
    found.push(text.slice(i, end));
    i = end;
  }
  return found;
}
