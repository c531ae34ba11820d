import type { Block } from '../../article.js';
import type { MarkedSpan } from './marks.js';
import type { RawQuote } from './raw-quote.js';
import { tokenize, type Token } from './tokens.js';

/** What the passes over one block share: its tokens, quoted spans and which are taken. */
export interface BlockContext {
  text: string;
  block: Block;
  tokens: Token[];
  spans: MarkedSpan[];
  /** Token index of each span's opening mark and the index just past its closing mark. */
  spanOpen: number[];
  spanClose: number[];
  /** Spans already given to a quote. */
  claimed: boolean[];
  /** Spans that are titles (`"Fox and Friends"`), not quotations; also marked claimed. */
  titles: Set<number>;
  /** Cue tokens already used by an attribution. */
  usedCues: Set<number>;
  /** First token index of each sentence, plus tokens.length at the end. */
  sentenceStarts: number[];
  quotes: RawQuote[];
}

/** Builds the context of one block: one tokenising pass and two pointer walks. */
export function buildBlockContext(text: string, block: Block, spans: MarkedSpan[]): BlockContext {
  const tokens = tokenize(text, block.start, block.end, spans, block.sentences);
  const spanOpen: number[] = [];
  const spanClose: number[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.start < span.open) t++;
    spanOpen.push(t);
    let u = t;
    while (u < tokens.length && tokens[u]!.start < span.close) u++;
    spanClose.push(u);
  }
  const sentenceStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (i === 0 || tokens[i]!.sentence !== tokens[i - 1]!.sentence) sentenceStarts.push(i);
  sentenceStarts.push(tokens.length);
  return { text, block, tokens, spans, spanOpen, spanClose, claimed: spans.map(() => false), titles: new Set(), usedCues: new Set(), sentenceStarts, quotes: [] };
}

/** Index into `sentenceStarts` of the sentence holding token `i`. */
export function sentenceOf(ctx: BlockContext, i: number): number {
  const s = ctx.tokens[Math.min(i, ctx.tokens.length - 1)]?.sentence ?? 0;
  return s;
}

/** Token range `[start, end)` of the sentence holding token `i`. */
export function sentenceBounds(ctx: BlockContext, i: number): [number, number] {
  const starts = ctx.sentenceStarts;
  const sentence = ctx.tokens[Math.min(i, ctx.tokens.length - 1)]?.sentence ?? 0;
  // Sentences are numbered densely in token order, so a short scan from the sentence number finds it.
  let k = Math.min(sentence, starts.length - 2);
  while (k > 0 && starts[k]! > i) k--;
  while (k + 1 < starts.length - 1 && starts[k + 1]! <= i) k++;
  return [starts[k] ?? 0, starts[k + 1] ?? ctx.tokens.length];
}

/** A span of the article text from token `from` to token `to` inclusive, with its text. */
export function tokenSpan(ctx: BlockContext, from: number, to: number): { start: number; end: number; text: string } {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}
