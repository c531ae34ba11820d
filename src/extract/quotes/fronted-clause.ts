/**
 * Whether what stands before a cue's subject and its comma (`The bridge is safe, Reed said`) is
 * what the speaker said, or only links or frames the sentence (`Rather, he said ...`).
 */
import { SUBORDINATORS } from '../lexicon/clause-words.js';
import { CONTRAST_PHRASES, SENTENCE_ADVERBS } from '../lexicon/speaker-stops.js';
import type { BlockContext } from './block-context.js';
import { isLowerLyWord } from './char-class.js';
import { cueLength } from './cues.js';
import { firstWordIn } from './reported-clause.js';

/**
 * True when the tokens `from`..`comma` (the comma before the cue's subject) are not what was said,
 * so what was said follows the cue (`wordsAfter` words of it): one sentence adverb alone, or,
 * when words follow the cue, a `rather than` phrase or a subordinate clause with a cue of its own
 * (`Although Smith said the plan would fail, Jones said it would pass`).
 */
export function frontedIsNotSaid(ctx: BlockContext, from: number, comma: number, wordsAfter: number): boolean {
  if (opensWithSentenceAdverb(ctx, from, comma)) return true;
  // With nothing after the cue (`Though rivals boast of X, there is no link, experts say`) the fronted clause is all there is.
  return wordsAfter > 0 && (opensWithContrast(ctx, from) || subordinateCue(ctx, from, comma));
}

/**
 * `Rather, he said the city would borrow`, `Separately, Reed said ...`: all that stands before the
 * subject's comma is one sentence adverb, which links the sentence to the one before and is
 * nobody's words. A fronted clause that only opens with such a word (`Instead, the council should
 * act now, Reed said`) is still what the speaker said.
 */
function opensWithSentenceAdverb(ctx: BlockContext, from: number, comma: number): boolean {
  const first = firstWordIn(ctx, from, comma);
  const word = ctx.tokens[first];
  if (!word || first + 1 !== comma || word.quote !== -1) return false;
  return SENTENCE_ADVERBS.has(word.lower) || isLowerLyWord(word.lower);
}

/**
 * `Rather than wait, Stone said the council should act now`: a fronted `rather than` / `instead of`
 * phrase is a circumstance of the saying when words follow the cue; with none after it (`Instead of
 * cuts, the city should borrow, Reed said`) the fronted clause is what was said.
 */
function opensWithContrast(ctx: BlockContext, from: number): boolean {
  const { tokens } = ctx;
  const second = CONTRAST_PHRASES.get(tokens[from]!.lower);
  return second !== undefined && tokens[from + 1]?.lower === second;
}

/** A fronted subordinate clause (`Although Smith said ...,`) holding a cue of its own: another speaker's words. */
function subordinateCue(ctx: BlockContext, from: number, comma: number): boolean {
  const { tokens } = ctx;
  if (!SUBORDINATORS.has(tokens[from]!.lower)) return false;
  for (let k = from + 1; k < comma; k++) if (tokens[k]!.quote === -1 && cueLength(tokens, k) > 0) return true;
  return false;
}
