/**
 * Speakers of cues whose subject is not right before them: participles, relative and joined clauses.
 */
import { CUE_MODIFIERS, SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import { sentenceBounds, type BlockContext } from './block-context.js';
import { subjectRange } from './sentence-subject.js';
import { subjectBefore, type TokenRange } from './speaker-phrase.js';
import { subjectAfter } from './subject-after.js';
import { cueLength } from './cues.js';
import { startsLower } from './char-class.js';
import { CUE_TAIL_WORDS } from '../lexicon/clause-words.js';

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

/** How far before a participle its `with` may sit: `with Tom Hale tweeting that it was "a disaster" and asking`. */
const WITH_WINDOW = 24;

/**
 * `..., with Tom Hale tweeting that ... and asking, "Q"`: a participle (or one joined to it by
 * `and`) whose subject `with` introduces speaks for that subject, not the sentence's.
 */
export function withSubject(ctx: BlockContext, c: number): TokenRange | null {
  const { tokens } = ctx;
  // The whole sentence is read: a quoted word may stand between `with` and the cue.
  const [from] = sentenceBounds(ctx, c);
  for (let w = c - 1; w >= Math.max(from, c - WITH_WINDOW); w--) {
    const tok = tokens[w]!;
    if (tok.lower !== 'with' || tok.quote !== -1) continue;
    const subject = subjectAfter(tokens, w, c);
    if (!subject || SPEAKER_PRONOUNS.has(tokens[subject.from]!.lower)) return null;
    // `with Trump reportedly yelling`: an adverb may stand before the participle.
    const verb = tokens[subject.to + 1]?.lower.endsWith('ly') ? subject.to + 2 : subject.to + 1;
    // The subject's own participle is this cue, or this cue is joined to it by `and`.
    if (!tokens[verb]?.lower.endsWith('ing') || startsLower(tokens[subject.from]!.text) && !/^(?:one|some|many)$/.test(tokens[subject.from]!.lower)) return null;
    return verb === c || tokens[c - 1]!.lower === 'and' ? subject : null;
  }
  return null;
}

/** Most tokens between a cue and the comma before a participle. */
const CUE_BEFORE_COMMA = 5;

/**
 * `..., Nefzi said, adding, "Q"`, `said Hale on Monday, adding`: a participle right after a bare
 * clause of saying goes on with that clause's speaker, not the sentence's first subject. Only the
 * cue's subject and a time or place may stand between the cue and the comma.
 */
export function cueBeforeComma(ctx: BlockContext, c: number, from: number): TokenRange | null {
  const { tokens } = ctx;
  if (tokens[c - 1]?.text !== ',') return null;
  for (let k = c - 2; k >= Math.max(from, c - 2 - CUE_BEFORE_COMMA); k--) {
    const tok = tokens[k]!;
    if (tok.quote !== -1 || !tok.word) return null;
    if (cueLength(tokens, k) === 0 || tok.lower.endsWith('ing')) continue;
    // `said Hale, adding`: an inverted subject is the one after the cue.
    const inverted = tokens[k - 1]?.text === ',' || tokens[k - 1]?.quote !== -1 ? subjectAfter(tokens, k, c - 1) : null;
    const tail = inverted ? inverted.to + 1 : k + 1;
    if (tail < c - 1 && !CUE_TAIL_WORDS.has(tokens[tail]!.lower)) return null;
    if (inverted) return inverted;
    return tokens[k - 1]?.text === ',' ? null : subjectBefore(tokens, k, from);
  }
  return null;
}
