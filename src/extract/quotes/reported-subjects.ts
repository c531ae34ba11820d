/**
 * Speakers of cues whose subject is not right before them: participles, relative and joined clauses.
 */
import { CUE_MODIFIERS, SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import type { BlockContext } from './block-context.js';
import { subjectRange } from './sentence-subject.js';
import { subjectBefore, type TokenRange } from './speaker-phrase.js';
import { startsLower } from './char-class.js';

/**
 * `Hale spent the morning talking about the bridge`: a participle after a lower-case word is the
 * sentence subject's doing, not the words before it (`the morning`). Null when a name or a pronoun
 * stands right before it (`supporters chanting`, `Hale saying`): that is its subject.
 */
export function participleSubject(ctx: BlockContext, c: number, from: number): TokenRange | null {
  const { tokens } = ctx;
  if (!tokens[c]!.lower.endsWith('ing') || c <= from) return null;
  const before = tokens[c - 1]!;
  if (!before.word || !startsLower(before.text) || SPEAKER_PRONOUNS.has(before.lower) || /s$/.test(before.lower)) return null;
  return subjectRange(ctx, c);
}

/**
 * `Jane Smith, 45, who said she would vote`, `a nurse who told reporters that ...`: the speaker of
 * a cue in a relative clause is the phrase `who` stands for.
 */
export function relativeSubject(ctx: BlockContext, c: number, from: number): TokenRange | null {
  let i = c - 1;
  while (i > from && CUE_MODIFIERS.has(ctx.tokens[i]!.lower)) i--;
  if (ctx.tokens[i]?.lower !== 'who' || i <= from) return null;
  const subject = subjectBefore(ctx.tokens, i, from, ctx.block.role === 'headline');
  return subject && !SPEAKER_PRONOUNS.has(ctx.tokens[subject.from]!.lower) ? subject : null;
}

/** A relative clause ends at its first comma outside quotation marks. */
export function clauseEnd(ctx: BlockContext, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.tokens[i]!.text === ',' && ctx.tokens[i]!.quote === -1) return i;
  return to;
}

/**
 * `McConnell was quick to embrace the mogul and said that ...`: a cue joined by `and` to the verb
 * before it shares that verb's subject, the sentence's.
 */
export function coordinatedSubject(ctx: BlockContext, c: number, from: number): TokenRange | null {
  let i = c - 1;
  while (i > from && CUE_MODIFIERS.has(ctx.tokens[i]!.lower)) i--;
  if (ctx.tokens[i]?.lower !== 'and' || i <= from) return null;
  const subject = subjectRange(ctx, c);
  return subject && subject.from >= from ? subject : null;
}
