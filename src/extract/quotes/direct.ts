import { AUDIENCE_VERBS, SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import { isRoleWord } from '../lexicon/titles.js';
import { sentenceBounds, tokenSpan, type BlockContext } from './block-context.js';
import { cueLength } from './cues.js';
import { asideNarration } from './aside.js';
import type { RawQuote } from './raw-quote.js';
import { findAfterAppositive, findRight, findRightAcrossStop, isBareAttribution, type Attribution } from './right-attribution.js';
import { previousCueSubject, subjectRange } from './sentence-subject.js';
import { accordingSource } from './according-source.js';
import { cueBeforeComma, withSubject } from './reported-subjects.js';
import { subjectBefore, type TokenRange } from './speaker-phrase.js';
import { isCapitalised } from './tokens.js';
import { startsLower, startsUpper } from './char-class.js';
import { DASHES } from './patterns.js';

/** How many tokens before an opening mark the cue may sit: `he told reporters in Paris on Tuesday:`. */
const LEFT_CUE_WINDOW = 10;

/**
 * Attributes quoted spans by the cue right next to them: `"Q," X said.`, `"Q," said X.`,
 * `X said: "Q"`, `According to X, "Q"`, and joins a quote split around its cue
 * (`"Q1," he said, "Q2."`) into one quote with two fragments.
 */
export function attributeDirect(ctx: BlockContext): void {
  const { spans, tokens } = ctx;
  for (let k = 0; k < spans.length; k++) {
    if (ctx.claimed[k]) continue;
    const open = ctx.spanOpen[k]!;
    const close = ctx.spanClose[k]!;
    const [, sentenceEnd] = sentenceBounds(ctx, Math.max(open, close - 1));
    const nextOpen = k + 1 < spans.length ? ctx.spanOpen[k + 1]! : tokens.length;
    const rightEnd = Math.min(sentenceEnd, nextOpen);
    // `Trump claimed that "Q," one of the prosecutors said the ...`: a quotation its own clause of
    // saying introduces keeps that speaker unless the cue after it is a bare attribution.
    const found = findRight(ctx, close, rightEnd) ?? findRightAcrossStop(ctx, open, close, sentenceEnd, nextOpen) ?? findAfterAppositive(ctx, close, sentenceEnd);
    const right = found && introducedByThat(ctx, open) && !isBareAttribution(ctx.tokens, found, rightEnd) ? null : found;
    if (right) {
      const quote = makeQuote(ctx, k, right.cue, right.cueLength, right.subject, 'direct');
      ctx.claimed[k] = true;
      ctx.usedCues.add(right.cue);
      // A split quote: the attribution ends in a comma or colon and the quote goes on.
      // Only when the words between are this one attribution (`he said,`), not a second speaker's cue.
      const oneCue = tokens.slice(right.cue + right.cueLength, nextOpen).every((_, j) => cueLength(tokens, right.cue + right.cueLength + j, ctx.block.role === 'headline') === 0);
      if (oneCue && rightEnd === nextOpen && k + 1 < spans.length && !ctx.claimed[k + 1] && /[,:—–-]/.test(tokens[nextOpen - 1]?.text ?? '')) {
        quote.fragments.push({ start: spans[k + 1]!.start, end: spans[k + 1]!.end });
        ctx.claimed[k + 1] = true;
      }
      mergeFollowing(ctx, k, quote);
      ctx.quotes.push(quote);
      continue;
    }
    const [sentenceStart] = sentenceBounds(ctx, open);
    const prevClose = k > 0 ? ctx.spanClose[k - 1]! : 0;
    const left = findLeft(ctx, Math.max(sentenceStart, prevClose), open);
    if (left) {
      ctx.claimed[k] = true;
      ctx.usedCues.add(left.cue);
      ctx.quotes.push(makeQuote(ctx, k, left.cue, left.cueLength, left.subject, 'direct', left.audience));
    }
  }
}

/** `X said: "Q"`, `X told reporters, "Q"`, `According to X, "Q"` just before the opening mark. */
function findLeft(ctx: BlockContext, from: number, open: number): Attribution | null {
  const { tokens } = ctx;
  const before = tokens[open - 1];
  const introduced = before && (before.text === ':' || before.text === ',');
  const label = before?.text === ':' ? transcriptSpeaker(ctx, from, open - 1) : null;
  if (label) return label;
  for (let c = open - 1; c >= Math.max(from, open - LEFT_CUE_WINDOW); c--) {
    const length = cueLength(tokens, c, ctx.block.role === 'headline');
    if (length === 0) continue;
    if (!introduced && c + length !== open) return null;
    if (tokens[c]!.lower === 'according') return { cue: c, cueLength: 2, subject: accordingSource(tokens, c + 1, open) };
    // `Trump returned the compliment, telling Reuters: "Q"`: a participle's speaker is the sentence's subject.
    // Without the comma (`responded on Facebook writing, "Q"`) the sentence's subject still comes first.
    if (tokens[c - 1]?.lower === 'to') {
      const subject = infinitiveSubject(ctx, c, from);
      return subject ? { cue: c, cueLength: length, subject, audience: null } : null;
    }
    const participle = tokens[c]!.lower.endsWith('ing');
    const subject = participle ? participleCueSpeaker(ctx, c, length, from, open) : subjectBefore(tokens, c, from, ctx.block.role === 'headline');
    if (!subject) return null;
    const audience = AUDIENCE_VERBS.has(tokens[c]!.lower) && c + 1 < open - 1 ? tokenSpan(ctx, c + 1, open - 2).text : null;
    return { cue: c, cueLength: length, subject, audience };
  }
  return null;
}

/** Who speaks through a participle cue at `c` (`, telling Reuters: "Q"`), tried in this order. */
function participleCueSpeaker(ctx: BlockContext, c: number, length: number, from: number, open: number): TokenRange | null {
  const { tokens } = ctx;
  // `Hale said, adding, "Q"`: a participle right before the quotation goes on with the cue before it.
  const atQuote = tokens.slice(c + length, open).every((t) => !t.word);
  // `... "wasn't good." Adding, "Q"`: a participle opening its sentence goes on with the speaker before.
  const opensSentence = c === from && sentenceBounds(ctx, c)[0] === c;
  return (
    // `with Tom Hale tweeting ... and asking, "Q"`: the subject a `with` phrase gives the participle.
    withSubject(ctx, c) ??
    (opensSentence ? previousCueSubject(ctx, c) : null) ??
    (atQuote ? cueBeforeComma(ctx, c, from) : null) ??
    // `Hale took to Twitter, saying "Q"`: the sentence's subject.
    subjectRange(ctx, c) ??
    // `responded on Facebook writing, "Q"`: with no comma, the words right before the participle.
    (tokens[c - 1]?.text === ',' ? null : subjectBefore(tokens, c, from))
  );
}

/** Most tokens of a transcript-style speaker label: `Rep. Trey Gowdy (R-S.C.):`. */
const MAX_LABEL_TOKENS = 12;

/**
 * `Bush: "Q"`, `Rep. Trey Gowdy (R-S.C.): "Q"`, `Polls missed - Carl Bialik: "Q"`, `More from
 * Jones: "Q"`: a name alone before a colon, at the start of its sentence or after a dash or
 * `from`, as transcripts and digests write, gives the quotation to that name. The colon is the cue.
 */
function transcriptSpeaker(ctx: BlockContext, from: number, colon: number): Attribution | null {
  const { tokens } = ctx;
  let to = colon - 1;
  if (tokens[to]?.text === ')') {
    while (to > from && colon - to < MAX_LABEL_TOKENS && tokens[to]!.text !== '(') to--;
    to--;
  }
  let start = to + 1;
  while (start - 1 >= from && to - start < MAX_LABEL_TOKENS && nameToken(tokens, start - 1)) start--;
  if (start > to || !isCapitalised(tokens[start]!)) return null;
  const before = tokens[start - 1];
  if (start !== from && !(before && (DASHES.has(before.text) || before.lower === 'from'))) return null;
  return { cue: colon, cueLength: 1, subject: { from: start, to } };
}

/** A token of a name label: a capitalised word, a role word, `and` between names, or an initial's dot. */
function nameToken(tokens: BlockContext['tokens'], i: number): boolean {
  const tok = tokens[i]!;
  if (tok.quote !== -1) return false;
  if (!tok.word) return tok.text === '.' && i > 0 && /^\p{Lu}[\p{L}]{0,3}$/u.test(tokens[i - 1]!.text);
  return isCapitalised(tok) || isRoleWord(tok.text) || (tok.lower === 'and' && i > 0 && isCapitalised(tokens[i - 1]!));
}

/** Most lower-case words between a subject and the `to` of its cue: `went so far as to say`. */
const MAX_INFINITIVE_LEAD = 6;

/**
 * `Hale was prompted to say, "Q"`, `Auerbach went so far as to say: "Q"`: the subject of the verbs
 * before the infinitive, else the sentence's subject.
 */
function infinitiveSubject(ctx: BlockContext, c: number, from: number): TokenRange | null {
  const { tokens } = ctx;
  let k = c - 1;
  while (k - 1 >= from && c - k <= MAX_INFINITIVE_LEAD && tokens[k - 1]!.word && startsLower(tokens[k - 1]!.text) && !SPEAKER_PRONOUNS.has(tokens[k - 1]!.lower) && !['the', 'a', 'an', 'that', 'which', 'who'].includes(tokens[k - 1]!.lower)) k--;
  return subjectBefore(tokens, k, from) ?? subjectRange(ctx, c);
}

/** Builds a raw quote for span `k`. */
export function makeQuote(
  ctx: BlockContext,
  k: number,
  cue: number | null,
  cueLen: number,
  subject: TokenRange | null,
  kind: RawQuote['kind'],
  audience: string | null = null,
): RawQuote {
  const span = ctx.spans[k]!;
  const open = ctx.spanOpen[k]!;
  return {
    kind,
    fragments: [{ start: span.start, end: span.end }],
    mention: subject ? tokenSpan(ctx, subject.from, subject.to) : null,
    cue: cue === null ? null : tokenSpan(ctx, cue, cue + cueLen - 1),
    audience,
    paragraph: ctx.block.paragraph,
    sentence: ctx.tokens[Math.min(open + 1, ctx.tokens.length - 1)]?.sentence ?? 0,
    continues: false,
  };
}

/**
 * `"Q1," she said. "Q2."`: quotations that open the following sentences of the same block with no
 * cue of their own go on with this speaker, as fragments of the same quote.
 */
function mergeFollowing(ctx: BlockContext, k: number, quote: RawQuote): void {
  const { tokens, spans } = ctx;
  let last = k;
  while (last + 1 < spans.length && ctx.claimed[last + 1]) last++;
  for (let n = last + 1; n < spans.length; n++) {
    if (ctx.claimed[n]) return;
    const gap = tokens.slice(ctx.spanClose[n - 1]!, ctx.spanOpen[n]!);
    // Only the cue's own words and punctuation may stand between: no new sentence of narration.
    const narration = gap.filter((t) => t.word).length;
    if (narration > 0 && n > last + 1) return;
    // The words between may only be the rest of the cue's own sentence (`," he told reporters at the port.`);
    // after `?"` or `!"` the cue opens a sentence of its own (`"Q1?" Reed asked. "Q2."`).
    const cueSentence = gap.find((t) => t.word)?.sentence;
    if (narration > 0 && !gap.every((t) => t.sentence === cueSentence || !t.word) && !asideNarration(ctx, ctx.spanClose[n - 1]!, ctx.spanOpen[n]!, cueSentence!, quote)) return;
    if (narration > 0 && gap.every((t) => t.text !== '.' && t.text !== '?' && t.text !== '!')) return;
    const nextOpen = n + 1 < spans.length ? ctx.spanOpen[n + 1]! : tokens.length;
    const [, sentenceEnd] = sentenceBounds(ctx, ctx.spanClose[n]! - 1);
    if (findRight(ctx, ctx.spanClose[n]!, Math.min(sentenceEnd, nextOpen))) return;
    if (!startsUpper(ctx.text[spans[n]!.start] ?? '')) return;
    quote.fragments.push({ start: spans[n]!.start, end: spans[n]!.end });
    ctx.claimed[n] = true;
  }
}

/** How far before `that` the cue of its clause may sit: `said on Tuesday in a statement that`. */
const THAT_CUE_WINDOW = 8;

/** True when the quotation opens right after `that` of a clause of saying (`X claimed that "Q"`). */
function introducedByThat(ctx: BlockContext, open: number): boolean {
  const { tokens } = ctx;
  if (tokens[open - 1]?.lower !== 'that') return false;
  for (let c = open - 2; c >= Math.max(0, open - 2 - THAT_CUE_WINDOW); c--) {
    if (tokens[c]!.sentence !== tokens[open - 1]!.sentence) return false;
    if (cueLength(tokens, c) > 0) return true;
  }
  return false;
}
