import type { Article, Block, Quote, Span, Speaker } from '../../article.js';
import { SUBJECT_OPENERS } from '../lexicon/clause-words.js';
import { buildBlockContext, tokenSpan, type BlockContext } from './block-context.js';
import { cueLength } from './cues.js';
import { attributeDashLabel } from './dash-attribution.js';
import { attributeDirect } from './direct.js';
import { findHeadlineQuote } from './headline.js';
import { findMarkedSpans } from './marks.js';
import type { RawQuote } from './raw-quote.js';
import { findReported } from './reported.js';
import { noteItAntecedents } from './it-antecedent.js';
import { attributePullQuotes } from './pull-quote.js';
import { resolveSpeakers } from './resolve.js';
import { closingAttribution, colonLabel, headingLabel, signatureAfter } from './quote-labels.js';
import { previousSentenceSpeaker, sentenceSubject } from './sentence-subject.js';
import { subjectBefore } from './speaker-phrase.js';
import { skipQuotedTitles } from './titles-in-quotes.js';
import { startsUpper } from './char-class.js';

/** Fewest words for an unattributed quotation to count; shorter ones are scare quotes or titles. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** Fewest words for a quoted phrase in narration with no cue to count as a partial quote. */
const MIN_FRAGMENT_WORDS = 3;

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
  const orphans: RawQuote[] = [];
  let previous: BlockContext | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const ctx = buildBlockContext(article.text, blocks[b]!, marked[b]!);
    // A quotation left open in the block before goes on in this one.
    if (carried && ctx.spans.length > 0 && ctx.spanOpen[0] === 0) {
      carried.fragments.push({ start: ctx.spans[0]!.start, end: ctx.spans[0]!.end });
      ctx.claimed[0] = true;
    }
    carried = null;
    // `- Sanders.` under a quoted paragraph signs it; the orphan waiting for a speaker is that quote.
    if (attributeDashLabel(ctx, orphans.length > 0 ? orphans : raws)) {
      append(raws, orphans.splice(0));
      previous = ctx;
      continue;
    }
    findHeadlineQuote(ctx);
    skipQuotedTitles(ctx);
    attributeDirect(ctx);
    // After the cues: a quotation with a cue of its own keeps it, whatever its last line looks like.
    attributePullQuotes(ctx);
    findReported(ctx);
    const waiting = orphans.splice(0);
    attributeLeftovers(ctx, previous, orphans);
    noteItAntecedents(ctx);
    ctx.quotes.sort((x, y) => x.fragments[0]!.start - y.fragments[0]!.start);
    // Quoted paragraphs with no speaker before them belong to the attributed quotation that follows.
    const next = ctx.quotes[0];
    if (waiting.length > 0 && next && next.kind === 'direct' && next.mention && ctx.spanOpen[0] === 0 && next.fragments[0]!.start === ctx.spans[0]!.start) {
      next.fragments = [...waiting.flatMap((q) => q.fragments), ...next.fragments];
      next.paragraph = waiting[0]!.paragraph;
      next.sentence = waiting[0]!.sentence;
    } else append(raws, waiting);
    // Appended one by one: a block can hold more quotes than a spread call takes arguments.
    append(raws, ctx.quotes);
    const lastSpan = ctx.spans.length - 1;
    if (lastSpan >= 0 && ctx.spans[lastSpan]!.continues) {
      carried = raws.find((q) => q.fragments.some((f) => f.start === ctx.spans[lastSpan]!.start)) ?? null;
    }
    previous = ctx;
  }
  append(raws, orphans);
  raws.sort((x, y) => x.fragments[0]!.start - y.fragments[0]!.start);
  return resolveSpeakers(article.text, raws);
}

/**
 * Quoted spans no cue claimed. A quotation opening a paragraph goes on with the quote just before
 * it (same paragraph, or the last one of the paragraph before) as a further fragment; after a
 * paragraph ending in a colon it takes that paragraph's subject; with nothing before it, it waits
 * for the next paragraph's attributed quote (`orphans`). Other long quotations stay unattributed;
 * short ones (scare quotes, titles) are dropped.
 */
function attributeLeftovers(ctx: BlockContext, previous: BlockContext | null, orphans: RawQuote[]): void {
  for (let k = 0; k < ctx.spans.length; k++) {
    if (ctx.claimed[k]) continue;
    const span = ctx.spans[k]!;
    const fragment = { start: span.start, end: span.end };
    const words = ctx.text.slice(span.start, span.end).split(/\s+/).length;
    const opensBlock = ctx.spanOpen[k] === 0;
    const sentence = ctx.tokens[ctx.spanOpen[k]!]?.sentence ?? 0;
    // Only a block-opening quotation continues another, so the search runs at most once a block.
    const before = opensBlock ? (lastBefore(ctx.quotes, span.start) ?? (previous ? previous.quotes[previous.quotes.length - 1] : undefined)) : undefined;
    // A post signed after its text (`— Jo Park (@jopark)`) is its signer's, whatever came before.
    const signed = signatureAfter(ctx, ctx.spanClose[k]!, k + 1 < ctx.spans.length ? ctx.spanOpen[k + 1]! : ctx.tokens.length);
    if (opensBlock && before && words >= 2 && !signed) {
      ctx.claimed[k] = true;
      if (before.kind === 'direct') before.fragments.push(fragment);
      else ctx.quotes.push({ ...before, kind: 'direct', fragments: [fragment], continues: true, paragraph: ctx.block.paragraph, sentence });
      continue;
    }
    if (opensBlock && previous && endsWithColon(previous) && !signed) {
      ctx.claimed[k] = true;
      ctx.quotes.push({ kind: 'direct', fragments: [fragment], mention: leadingSubject(previous), cue: colonCue(previous), audience: null, paragraph: ctx.block.paragraph, sentence, continues: false });
      continue;
    }
    if (words >= MIN_UNATTRIBUTED_WORDS && startsUpper(ctx.text[span.start] ?? '')) {
      ctx.claimed[k] = true;
      const quote: RawQuote = { kind: 'direct', fragments: [fragment], mention: signed ?? (opensBlock ? null : uncuedSubject(ctx, ctx.spanOpen[k]!)), cue: null, audience: null, paragraph: ctx.block.paragraph, sentence, continues: false, guessed: true };
      if (opensBlock && ctx.spans.length === 1 && !signed) orphans.push(quote);
      else ctx.quotes.push(quote);
    } else if (words >= MIN_FRAGMENT_WORDS) {
      // A quoted phrase inside narration with no cue: someone's words, speaker unknown.
      ctx.claimed[k] = true;
      ctx.quotes.push({ kind: 'partial', fragments: [fragment], mention: closingAttribution(ctx, ctx.spanClose[k]!) ?? sentenceSubject(ctx, ctx.spanOpen[k]!), cue: null, audience: null, paragraph: ctx.block.paragraph, sentence, continues: false, guessed: true });
    }
  }
}

/**
 * Who a cue-less quotation inside a paragraph is given to: the upper-case heading it follows, its
 * sentence's subject, the name before its colon, or the speaker of the sentence before.
 */
function uncuedSubject(ctx: BlockContext, open: number): RawQuote['mention'] {
  return headingLabel(ctx, open) ?? sentenceSubject(ctx, open) ?? colonLabel(ctx, open) ?? previousSentenceSpeaker(ctx, open);
}

function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The quote starting last before `offset`, in one pass. */
function lastBefore(quotes: readonly RawQuote[], offset: number): RawQuote | undefined {
  let best: RawQuote | undefined;
  for (const quote of quotes) {
    const start = quote.fragments[0]!.start;
    if (start < offset && (!best || start > best.fragments[0]!.start)) best = quote;
  }
  return best;
}

function endsWithColon(ctx: BlockContext): boolean {
  return ctx.tokens[ctx.tokens.length - 1]?.text === ':';
}

function colonCue(ctx: BlockContext): { start: number; end: number; text: string } {
  const colon = ctx.tokens[ctx.tokens.length - 1]!;
  return { start: colon.start, end: colon.end, text: ':' };
}

/**
 * The subject of the last sentence of a block, for the quotation it introduces with a colon: the
 * speaker of a cue in that sentence when there is one, else the first pronoun or run of
 * capitalised words that is not a sentence opener.
 */
function leadingSubject(ctx: BlockContext): RawQuote['mention'] {
  const starts = ctx.sentenceStarts;
  const from = starts[Math.max(0, starts.length - 2)] ?? 0;
  const lastQuote = ctx.quotes[ctx.quotes.length - 1];
  if (lastQuote?.mention && lastQuote.mention.start >= (ctx.tokens[from]?.start ?? 0)) return lastQuote.mention;
  // `17-year-old Jared Potts echoed:`, `as the group's website notes:`: the subject of the cue before the colon.
  const colon = ctx.tokens.length - 1;
  for (let c = colon - 1; c >= Math.max(from, colon - 3); c--) {
    if (cueLength(ctx.tokens, c) === 0) continue;
    const subject = subjectBefore(ctx.tokens, c, from);
    if (subject) return tokenSpan(ctx, subject.from, subject.to);
    break;
  }
  let i = from;
  while (i < ctx.tokens.length && i < from + 6 && (SUBJECT_OPENERS.has(ctx.tokens[i]!.lower) || !ctx.tokens[i]!.word || /ing$/.test(ctx.tokens[i]!.lower))) i++;
  const first = ctx.tokens[i];
  if (!first || first.quote !== -1 || i > from + 1 && ctx.tokens[i - 1]!.text !== ',') return null;
  if (/^(?:he|she|they|we|i)$/i.test(first.text)) return { start: first.start, end: first.end, text: first.text };
  if (!startsUpper(first.text)) return null;
  let to = i;
  while (to + 1 < ctx.tokens.length && to - i < 4 && startsUpper(ctx.tokens[to + 1]!.text)) to++;
  return { start: first.start, end: ctx.tokens[to]!.end, text: ctx.text.slice(first.start, ctx.tokens[to]!.end) };
}

/**
 * The speakers of a list of quotes, each with its role, the ways the article named them and how
 * many quotes they have; most quotes first, ties in order of first quote. A quote of two signers
 * counts for each of them. Unattributed quotes are not counted.
 */
export function groupSpeakers(quotes: readonly Quote[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  const credit = (name: string, role: string | null, alias: string | null): void => {
    let speaker = byName.get(name);
    if (!speaker) {
      speaker = { name, role, aliases: [], quotes: 0 };
      byName.set(name, speaker);
    }
    speaker.quotes++;
    speaker.role ??= role;
    if (alias && alias !== name && !/^(?:he|she|they|i|we|it|you)$/i.test(alias) && !speaker.aliases.includes(alias)) speaker.aliases.push(alias);
  };
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    // The phrase naming two signers is an alias of neither.
    credit(quote.speaker, quote.role, quote.coSpeaker ? null : quote.mention);
    if (quote.coSpeaker) credit(quote.coSpeaker, null, null);
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
