/**
 * What an `it` speaker stands for when no body or document spoke before it: the described thing
 * that is the subject of its own sentence (`The trust hopes to stop what it calls "Q"`) or of the
 * sentence before it in the paragraph (`The memo runs to nine pages. It says ...`).
 */
import { isRoleWord } from '../lexicon/titles.js';
import { PEOPLE_WORDS } from '../lexicon/speaker-words.js';
import { THING_DETERMINERS } from '../lexicon/speaker-stops.js';
import { sentenceBounds, tokenSpan, type BlockContext } from './block-context.js';
import { subjectRange } from './sentence-subject.js';
import type { TokenRange } from './speaker-phrase.js';


/** Notes on each quote of the block whose speaker is `it` the described thing it may stand for. */
export function noteItAntecedents(ctx: BlockContext): void {
  for (const quote of ctx.quotes) {
    const mention = quote.mention;
    if (!mention || mention.end - mention.start !== 2 || mention.text.toLowerCase() !== 'it') continue;
    const at = tokenAt(ctx, mention.start);
    if (at < 0) continue;
    const range = describedThing(ctx, subjectRange(ctx, at), at) ?? previousSentenceThing(ctx, at);
    if (range) quote.antecedent = tokenSpan(ctx, range.from, range.to);
  }
}

/** The subject of the sentence before the one holding token `at`, in the same block, when a described thing. */
function previousSentenceThing(ctx: BlockContext, at: number): TokenRange | null {
  const [start] = sentenceBounds(ctx, at);
  return start > 0 ? describedThing(ctx, subjectRange(ctx, start - 1), start - 1) : null;
}

/** `range` when it is a description of a thing before token `at` (`the memo`), not a person (`the president`). */
function describedThing(ctx: BlockContext, range: TokenRange | null, at: number): TokenRange | null {
  if (!range || range.to >= at || range.to === range.from) return null;
  const { tokens } = ctx;
  if (!THING_DETERMINERS.has(tokens[range.from]!.lower)) return null;
  const head = tokens[range.to]!;
  return PEOPLE_WORDS.has(head.lower) || isRoleWord(head.text) ? null : range;
}

/** Index of the token starting at `offset`, by binary search (tokens are in text order), or -1. */
function tokenAt(ctx: BlockContext, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
