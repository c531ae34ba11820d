/**
 * The content clause of a cue of reported speech: where it starts (past `that` and the audience of
 * `told`), where it ends, and small token helpers the reported pass shares.
 */
import { AUDIENCE_VERBS, CONTINUATION_CUES } from '../lexicon/speech.js';
import { SUBORDINATORS } from '../lexicon/clause-words.js';
import { tokenSpan, type BlockContext } from './block-context.js';
import { cueLength } from './cues.js';

/** Object words taken as the audience of `told`, `assured`, ... when no `that` follows. */
const SHORT_AUDIENCES = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'supporters', 'voters', 'viewers', 'listeners', 'lawmakers', 'congress', 'parliament', 'police']);
/** How far after a cue `that` may come and still open its clause (`said in a statement on Tuesday that`). */
const THAT_WINDOW = 8;
/** Longest reported clause, in tokens; past it the clause is cut (real ones are far shorter). */
export const MAX_CONTENT_TOKENS = 150;
/** True when a token of `[from, to)` is inside quotation marks. */
export function sentenceHasQuote(ctx: BlockContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.tokens[i]!.quote !== -1) return true;
  return false;
}

/** True for a quotation mark token. */
export function isMark(text: string): boolean {
  return /["“”‘’'«»]/.test(text);
}

/** First content token after a cue: past the audience of `told` and past `that`. */
export function contentStart(ctx: BlockContext, c: number, to: number): number {
  const { tokens } = ctx;
  let i = c + 1;
  // `talked about the plan`: the topic is what was said.
  if (tokens[i]?.lower === 'about' || (tokens[i]?.lower === 'of' && /^(?:spoke|spoken|speaks|speak|talked|talks)$/.test(tokens[c]!.lower))) return i + 1;
  for (let j = i; j < Math.min(to, i + THAT_WINDOW); j++) {
    const tok = tokens[j]!;
    if (tok.quote !== -1 || tok.text === ',' || tok.text === ':' || isMark(tok.text)) break;
    if (tok.lower === 'that') return j + 1;
  }
  if (AUDIENCE_VERBS.has(tokens[c]!.lower)) {
    if (i < to && SHORT_AUDIENCES.has(tokens[i]!.lower)) i++;
  }
  while (i < to && (tokens[i]!.text === ':' || tokens[i]!.text === ',')) i++;
  return i;
}

/** Who was addressed: the words between a `told`-like cue and its clause, or null. */
export function audienceOf(ctx: BlockContext, c: number, contentFrom: number): string | null {
  if (!AUDIENCE_VERBS.has(ctx.tokens[c]!.lower)) return null;
  let end = contentFrom - 1;
  if (ctx.tokens[end]?.lower === 'that') end--;
  return end > c ? tokenSpan(ctx, c + 1, end).text : null;
}

/** The clause ends at the sentence end, a semicolon, or `, adding ...` that starts the next one. */
export function contentEnd(ctx: BlockContext, from: number, sentenceEnd: number): number {
  const { tokens } = ctx;
  const to = Math.min(sentenceEnd, from + MAX_CONTENT_TOKENS);
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    if (tok.quote !== -1) continue;
    if (tok.text === ';') return i;
    if (tok.text === ',' && CONTINUATION_CUES.has(tokens[i + 1]?.lower ?? '')) return i;
    if (tok.text === ',' && COORDINATORS.has(tokens[i + 1]?.lower ?? '') && cueSoon(ctx, i + 2, to)) return i;
  }
  return to;
}

/** Index of the first word token in `[from, to)`, or `to` when there is none. */
export function firstWordIn(ctx: BlockContext, from: number, to: number): number {
  let first = from;
  while (first < to && !ctx.tokens[first]!.word) first++;
  return first;
}

/**
 * `After Reed argued that the bridge should stay open, Stone said only that his "sums leave out
 * the ferry."`: a cue inside a sentence's opening subordinate clause says no more than that clause,
 * which ends at the comma before the main clause's own subject and cue. `to` when the sentence
 * (starting at `from`) opens no such clause or no such comma follows `after`.
 */
export function subordinateEnd(ctx: BlockContext, from: number, after: number, to: number): number {
  const { tokens } = ctx;
  const first = firstWordIn(ctx, from, after);
  if (!SUBORDINATORS.has(tokens[first]?.lower ?? '') || tokens[first]!.quote !== -1) return to;
  for (let i = after; i < to; i++) {
    if (tokens[i]!.text === ',' && tokens[i]!.quote === -1 && cueSoon(ctx, i + 1, to)) return i;
  }
  return to;
}

/** Words that join a second clause: `..., and six in 10 said ...`. */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);
/** How far into a joined clause its own cue may sit: `, but the mayor's aides said`. */
const NEXT_CUE_WINDOW = 6;

/** True when a cue of its own opens the clause at `from` (`six in 10 said`), within a few words. */
function cueSoon(ctx: BlockContext, from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + NEXT_CUE_WINDOW); j++) {
    if (ctx.tokens[j]!.quote !== -1 || ctx.tokens[j]!.text === ',') return false;
    if (cueLength(ctx.tokens, j) > 0) return j > from;
  }
  return false;
}

/** Drops trailing commas and dashes before `end`. */
export function trimBack(ctx: BlockContext, from: number, end: number): number {
  let e = end;
  while (e > from && !ctx.tokens[e - 1]!.word && !isMark(ctx.tokens[e - 1]!.text)) e--;
  return e;
}

/** Words (not punctuation) in `[from, to)`. */
export function countWords(ctx: BlockContext, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (ctx.tokens[i]!.word) n++;
  return n;
}

/** True when `that` follows the cue within THAT_WINDOW tokens. */
export function hasThat(ctx: BlockContext, c: number, to: number): boolean {
  for (let j = c + 1; j < Math.min(to, c + THAT_WINDOW); j++) if (ctx.tokens[j]!.lower === 'that') return true;
  return false;
}
