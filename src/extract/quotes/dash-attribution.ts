import { tokenSpan, type BlockContext } from './block-context.js';
import type { RawQuote } from './raw-quote.js';
import { isCapitalised } from './tokens.js';

/** Most words of a dash label: `- Former Secretary of State Hillary Clinton.` */
const MAX_LABEL_WORDS = 8;
const DASHES = new Set(['-', '—', '–', '―']);

/**
 * A paragraph that is only a dash and a name (`- Sanders.`) signs the quotation just above it, as
 * fact checks and quote lists do. Gives that quotation the name as its speaker and the dash as its
 * cue when it has no cue yet; returns true when the block was such a label.
 */
export function attributeDashLabel(ctx: BlockContext, previous: readonly RawQuote[]): boolean {
  const { tokens } = ctx;
  if (tokens.length < 2 || !DASHES.has(tokens[0]!.text) || !isCapitalised(tokens[1]!)) return false;
  let to = tokens.length - 1;
  while (to > 1 && !tokens[to]!.word) to--;
  let words = 0;
  for (let i = 1; i <= to; i++) {
    const tok = tokens[i]!;
    if (tok.quote !== -1) return false;
    if (tok.word && ++words > MAX_LABEL_WORDS) return false;
    if (!tok.word && tok.text !== '.' && tok.text !== '-' && tok.text !== ',') return false;
  }
  const last = previous[previous.length - 1];
  if (!last || last.cue || last.kind === 'reported' || last.paragraph < ctx.block.paragraph - 1) return false;
  last.mention = tokenSpan(ctx, 1, to);
  last.cue = tokenSpan(ctx, 0, 0);
  last.guessed = false;
  return true;
}
