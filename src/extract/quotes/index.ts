import type { Article, Block, Quote, Span, Speaker } from '../../article.js';
import { buildBlockContext, type BlockContext } from './block-context.js';
import { attributeDirect } from './direct.js';
import { findMarkedSpans } from './marks.js';
import type { RawQuote } from './raw-quote.js';
import { findReported } from './reported.js';
import { resolveSpeakers } from './resolve.js';

/** Fewest words for an unattributed quotation to count; shorter ones are scare quotes or titles. */
const MIN_UNATTRIBUTED_WORDS = 4;

/**
 * Every quotation and piece of reported speech in the article, in document order, with its
 * speaker resolved. Reads the headline, standfirst and body paragraphs (captions never quote).
 * Linear in the length of the text.
 */
export function extractQuotes(article: Article): Quote[] {
  const blocks: Block[] = [article.headline, article.standfirst, ...article.paragraphs].filter((b): b is Block => b !== null);
  const marked = findMarkedSpans(blocks, article.text);
  const raws: RawQuote[] = [];
  let carried: RawQuote | null = null;
  let previous: BlockContext | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const ctx = buildBlockContext(article.text, blocks[b]!, marked[b]!);
    // A quotation left open in the block before goes on in this one.
    if (carried && ctx.spans.length > 0 && ctx.spanOpen[0] === 0) {
      carried.fragments.push({ start: ctx.spans[0]!.start, end: ctx.spans[0]!.end });
      ctx.claimed[0] = true;
    }
    carried = null;
    attributeDirect(ctx);
    findReported(ctx);
    attributeLeftovers(ctx, previous, raws);
    ctx.quotes.sort((x, y) => x.fragments[0]!.start - y.fragments[0]!.start);
    raws.push(...ctx.quotes);
    const lastSpan = ctx.spans.length - 1;
    if (lastSpan >= 0 && ctx.spans[lastSpan]!.continues) {
      carried = raws.find((q) => q.fragments.some((f) => f.start === ctx.spans[lastSpan]!.start)) ?? null;
    }
    previous = ctx;
  }
  return resolveSpeakers(article.text, raws);
}

/**
 * Quoted spans no cue claimed: a paragraph-opening quotation after a paragraph ending in a colon,
 * or after an attributed quote, continues that speaker; other long ones are unattributed
 * quotations; short ones (scare quotes, titles) are dropped.
 */
function attributeLeftovers(ctx: BlockContext, previous: BlockContext | null, raws: readonly RawQuote[]): void {
  for (let k = 0; k < ctx.spans.length; k++) {
    if (ctx.claimed[k]) continue;
    const span = ctx.spans[k]!;
    const words = ctx.text.slice(span.start, span.end).split(/\s+/).length;
    const opensBlock = ctx.spanOpen[k] === 0 || (k > 0 && ctx.claimed[k - 1]);
    const before = [...ctx.quotes].reverse().find((q) => q.fragments[0]!.start < span.start) ?? (previous ? raws[raws.length - 1] : undefined);
    if (opensBlock && before && words >= 2) {
      ctx.claimed[k] = true;
      ctx.quotes.push({ ...before, kind: 'direct', fragments: [{ start: span.start, end: span.end }], continues: true, cue: before.cue, paragraph: ctx.block.paragraph, sentence: ctx.tokens[ctx.spanOpen[k]!]?.sentence ?? 0 });
      continue;
    }
    if (words >= MIN_UNATTRIBUTED_WORDS && /^\p{Lu}/u.test(ctx.text[span.start] ?? '')) {
      ctx.claimed[k] = true;
      ctx.quotes.push({ kind: 'direct', fragments: [{ start: span.start, end: span.end }], mention: null, cue: null, audience: null, paragraph: ctx.block.paragraph, sentence: ctx.tokens[ctx.spanOpen[k]!]?.sentence ?? 0, continues: false });
    }
  }
}

/**
 * The speakers of a list of quotes, each with its role, the ways the article named them and how
 * many quotes they have; most quotes first, ties in order of first quote. Unattributed quotes
 * are not counted.
 */
export function groupSpeakers(quotes: readonly Quote[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    let speaker = byName.get(quote.speaker);
    if (!speaker) {
      speaker = { name: quote.speaker, role: quote.role, aliases: [], quotes: 0 };
      byName.set(quote.speaker, speaker);
    }
    speaker.quotes++;
    speaker.role ??= quote.role;
    const alias = quote.mention;
    if (alias && alias !== quote.speaker && !/^(?:he|she|they|i|we|it|you)$/i.test(alias) && !speaker.aliases.includes(alias)) speaker.aliases.push(alias);
  }
  return [...byName.values()].sort((a, b) => b.quotes - a.quotes);
}

const MARK = /["“”‘’'«»„]/;

/**
 * The stretches of text a reader sees as quotations: the fragments of direct and partial quotes,
 * widened to take in their quotation marks, in text order. For views that colour quotations.
 */
export function quotationSpans(article: Article, quotes: readonly Quote[] = extractQuotes(article)): Span[] {
  const { text } = article;
  const spans: Span[] = [];
  for (const quote of quotes) {
    if (quote.kind === 'reported') continue;
    for (const { start, end } of quote.fragments) {
      spans.push({ start: MARK.test(text[start - 1] ?? '') ? start - 1 : start, end: MARK.test(text[end] ?? '') ? end + 1 : end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
