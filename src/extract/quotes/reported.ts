import { QUOTE_ONLY_CUES, SAYING_PARTICIPLES } from '../lexicon/speech.js';
import { tokenSpan, type BlockContext } from './block-context.js';
import { audienceOf, contentEnd, contentStart, countWords, firstWordIn, hasThat, isMark, MAX_CONTENT_TOKENS, sentenceHasQuote, subordinateEnd, trimBack } from './reported-clause.js';
import { clauseEnd, coordinatedSubject, participleSubject, relativeSubject } from './reported-subjects.js';
import { cueLength } from './cues.js';
import { quoteOf, type QuoteBase, type RawQuote } from './raw-quote.js';
import { subjectRange } from './sentence-subject.js';
import { accordingSource } from './according-source.js';
import { isNegated, subjectBefore, type TokenRange } from './speaker-phrase.js';
import { subjectAfter } from './subject-after.js';
import { DAYS_OF_SPEECH, TIME_CLAUSE_OPENERS } from '../lexicon/clause-words.js';
import { frontedIsNotSaid } from './fronted-clause.js';
import { isLowerLyWord } from './char-class.js';

/** Words after a cue at the end of a sentence that still make it a trailing cue (`..., he said on Tuesday.`). */
const TRAILING_CUE_ROOM = 5;
/** Longest sentence, in tokens, read whole; longer ones are read in windows of this size. */
const MAX_SENTENCE_TOKENS = 400;
/** Most narration words between two quoted stretches of one partial quote (`"stupid" and "useless"`). */
const MAX_FRAGMENT_GAP = 6;
/** Share of content words inside quote marks above which the clause is a direct quote, not reported. */
const DIRECT_SHARE = 0.8;

/**
 * Reported speech in each sentence of a block: `X said (that) C`, `C, X said`, `C, said X`,
 * `according to X, C`, `C, according to X`, and `, adding that C` which keeps the speaker.
 * A clause holding a quoted fragment becomes a `partial` quote of that fragment; a clause that is
 * all quotation and was not attributed yet becomes a direct quote.
 */
export function findReported(ctx: BlockContext): void {
  const { sentenceStarts } = ctx;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const from = sentenceStarts[s]!;
    const to = sentenceStarts[s + 1]!;
    // A run-on "sentence" (no full stops for thousands of words) is read in windows, so each cue
    // costs a bounded amount of work and the pass stays linear.
    if (to - from > MAX_SENTENCE_TOKENS) {
      findInRange(ctx, from, to);
      continue;
    }
    scanSentence(ctx, from, to);
  }
}

/** Windows of MAX_SENTENCE_TOKENS over a run-on sentence, each read as a sentence. */
function findInRange(ctx: BlockContext, from: number, to: number): void {
  for (let start = from; start < to; start += MAX_SENTENCE_TOKENS) scanSentence(ctx, start, Math.min(to, start + MAX_SENTENCE_TOKENS));
}

/** The cues of one sentence, left to right. */
function scanSentence(ctx: BlockContext, from: number, sentenceEnd: number): void {
  const { tokens } = ctx;
  let to = sentenceEnd;
  while (to > from && !tokens[to - 1]!.word && tokens[to - 1]!.quote === -1 && !isMark(tokens[to - 1]!.text)) to--;
  let lastSubject: TokenRange | null = null;
  let lastCue = -1;
  for (let c = from; c < to; c++) {
    const length = cueLength(tokens, c, ctx.block.role === 'headline');
    if (length === 0 || ctx.usedCues.has(c)) continue;
    const found = attribute(ctx, c, length, from, to, lastSubject, lastCue);
    if (!found) continue;
    ctx.usedCues.add(c);
    lastSubject = found.subject;
    lastCue = c;
    if (found.contentFrom < found.contentTo) emit(ctx, found, c, length);
    c += length - 1;
  }
}

interface Found {
  subject: TokenRange | null;
  /** The speaker as already found for the clause this one continues, when not `subject`. */
  mention?: RawQuote['mention'];
  contentFrom: number;
  /** Exclusive. */
  contentTo: number;
  audience: string | null;
  continues: boolean;
  /** Only the quoted words of the clause are someone's; with none, it is narration. */
  quotedOnly?: boolean;
}

/** Words that open the question of a fronted `Asked ...,`. */
const QUESTION_OPENERS = new Set(['if', 'whether', 'why', 'what', 'who', 'whom', 'which', 'when', 'where', 'how', 'about']);

/** True when token `c` is the first word of the sentence starting at `from`. */
function firstWordAt(ctx: BlockContext, from: number, c: number): boolean {
  return firstWordIn(ctx, from, c) === c;
}

/** Forms of `be` that make the cue after them passive. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s']);

/** Words that open a circumstance (`In a letter`, `on Monday`), not what was said. */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'while', 'when', 'last', 'this', 'earlier', 'later', 'speaking', 'writing', 'asked', 'with', 'from', 'to', ...DAYS_OF_SPEECH]);

function attribute(ctx: BlockContext, c: number, length: number, from: number, to: number, lastSubject: TokenRange | null, lastCue: number): Found | null {
  const { tokens } = ctx;
  if (isNegated(tokens, c, from) || fromTimeClause(tokens, c, length, from)) return null;
  // A passive (`nothing was said`, `he is reported to`) names no speaker before the cue.
  // An adverb may stand between (`it was widely reported that`).
  const passive = PASSIVE_AUXILIARIES.has(tokens[c - 1]?.lower ?? '') || (c - 1 > from && PASSIVE_AUXILIARIES.has(tokens[c - 2]!.lower) && isLowerLyWord(tokens[c - 1]!.lower));
  if (passive && tokens[c]!.lower !== 'according') return null;
  // `Asked whether he would run, Hale said ...`: the question put to the subject, by someone unnamed.
  if (tokens[c]!.lower === 'asked' && firstWordAt(ctx, from, c) && QUESTION_OPENERS.has(tokens[c + 1]?.lower ?? '')) {
    return { subject: null, contentFrom: c + 1, contentTo: clauseEnd(ctx, c + 1, Math.min(to, c + 1 + MAX_CONTENT_TOKENS)), audience: null, continues: false };
  }
  if (tokens[c]!.lower === 'according') {
    const subject = accordingSource(tokens, c + 1, to);
    if (!subject) return null;
    if (c - from <= 2) {
      let start = subject.to + 1;
      while (start < to && !tokens[start]!.word && !isMark(tokens[start]!.text)) start++;
      return { subject, contentFrom: start, contentTo: to, audience: null, continues: false };
    }
    return { subject, contentFrom: from, contentTo: trimBack(ctx, from, c), audience: null, continues: false };
  }
  // `, adding that ...` goes on with the speaker of the clause before: a cue of this sentence, or
  // the quotation attributed just before it (`"Q," she replied, remarking that ...`).
  // The comma may sit inside the closing mark before it (`"Q," adding that ...`).
  const afterComma = tokens[c - 1]?.text === ',' || (isMark(tokens[c - 1]?.text ?? '') && tokens[c - 2]?.text === ',');
  if (tokens[c]!.lower.endsWith('ing') && afterComma) {
    const previous = ctx.quotes[ctx.quotes.length - 1];
    const sameSentence = previous?.cue && previous.cue.start >= tokens[from]!.start && previous.cue.end <= tokens[c]!.start;
    if (lastCue >= 0 || sameSentence) {
      return { subject: lastSubject, mention: lastCue >= 0 ? null : previous!.mention, contentFrom: contentStart(ctx, c, to), contentTo: contentEnd(ctx, c + 1, to), audience: null, continues: lastCue >= 0 && lastSubject === null };
    }
  }
  // A participle after a comma with no clause of saying before it gives the sentence's subject
  // what it says: `Hale took to Twitter, saying that ...` is speech; others (`calling her "a
  // menace"`) carry only their quoted words, and with none (`..., vowing to fight`) are narration.
  if (tokens[c]!.lower.endsWith('ing') && afterComma) {
    const speech = SAYING_PARTICIPLES.has(tokens[c]!.lower);
    const subject = speech || sentenceHasQuote(ctx, c + 1, to) ? subjectRange(ctx, c) : null;
    if (!subject) return null;
    return { subject, contentFrom: contentStart(ctx, c, to), contentTo: contentEnd(ctx, c + 1, to), audience: null, continues: false, quotedOnly: !speech };
  }
  // What was said starts after the cue's last word (`put it: the plan failed`, not `it: ...`).
  const cueLast = c + length - 1;
  const relative = relativeSubject(ctx, c, from);
  if (relative) {
    const after = contentStart(ctx, cueLast, to);
    return { subject: relative, contentFrom: after, contentTo: clauseEnd(ctx, after, contentEnd(ctx, after, to)), audience: audienceOf(ctx, c, after), continues: false };
  }
  const subject = participleSubject(ctx, c, from) ?? subjectBefore(tokens, c, from, ctx.block.role === 'headline') ?? coordinatedSubject(ctx, c, from);
  if (subject) {
    const after = contentStart(ctx, cueLast, to);
    // `, noting that ...` after the cue opens a clause of its own, not words after this cue.
    const wordsAfter = countWords(ctx, c + length, contentEnd(ctx, c + length, to));
    const opensWithAdverbial = ADVERBIAL_OPENERS.has(tokens[from]!.lower);
    const fronted = subject.from > from && tokens[subject.from - 1]!.text === ',' && wordsAfter <= TRAILING_CUE_ROOM && !hasThat(ctx, c, to) && !opensWithAdverbial && !frontedIsNotSaid(ctx, from, subject.from - 1, wordsAfter);
    if (fronted) return { subject, contentFrom: from, contentTo: trimBack(ctx, from, subject.from - 1), audience: null, continues: false };
    // `," she said on Monday in an interview.`: only circumstances follow the cue, no content.
    if (wordsAfter <= TRAILING_CUE_ROOM && ADVERBIAL_OPENERS.has(tokens[after]?.lower ?? '')) return { subject, contentFrom: after, contentTo: after, audience: null, continues: false };
    if (wordsAfter <= TRAILING_CUE_ROOM + 1 && sentenceHasQuote(ctx, from, subject.from) && !sentenceHasQuote(ctx, after, to)) return { subject, contentFrom: after, contentTo: after, audience: null, continues: false };
    const audience = audienceOf(ctx, c, after);
    const end = contentEnd(ctx, after, to);
    return { subject, contentFrom: after, contentTo: subordinateEnd(ctx, from, after, end), audience, continues: false };
  }
  if (c > from && tokens[c - 1]!.text === ',') {
    const inverted = subjectAfter(tokens, c, to);
    if (inverted) return { subject: inverted, contentFrom: from, contentTo: trimBack(ctx, from, c - 1), audience: null, continues: false };
  }
  return null;
}
/** Most tokens of such a clause before its verb. */
const MAX_TIME_CLAUSE = 8;

/**
 * `After the Sanders interview concluded, Maher stated ...`: a cue ending a fronted time clause at
 * its comma has no words of its own; what follows is the main clause's.
 */
function fromTimeClause(tokens: BlockContext['tokens'], c: number, length: number, from: number): boolean {
  if (tokens[c + length]?.text !== ',') return false;
  for (let k = c - 1; k >= Math.max(from, c - MAX_TIME_CLAUSE); k--) {
    const tok = tokens[k]!;
    if (TIME_CLAUSE_OPENERS.has(tok.lower)) return k === from || tokens[k - 1]!.text === ',';
    if (!tok.word || tok.quote !== -1) return false;
  }
  return false;
}

/** Turns a found clause into a reported, partial or direct quote. */
function emit(ctx: BlockContext, found: Found, c: number, length: number): void {
  const { tokens } = ctx;
  let words = 0;
  let quotedWords = 0;
  const inside: number[] = [];
  for (let i = found.contentFrom; i < found.contentTo; i++) {
    const tok = tokens[i]!;
    if (!tok.word) continue;
    words++;
    if (tok.quote !== -1 && !ctx.titles.has(tok.quote)) {
      quotedWords++;
      if (inside[inside.length - 1] !== tok.quote) inside.push(tok.quote);
    }
  }
  if (words === 0) return;
  const base: QuoteBase = {
    mention: found.subject ? tokenSpan(ctx, found.subject.from, found.subject.to) : (found.mention ?? null),
    cue: tokenSpan(ctx, c, c + length - 1),
    audience: found.audience,
    paragraph: ctx.block.paragraph,
    sentence: tokens[found.contentFrom]!.sentence,
    continues: found.continues,
  };
  if (inside.length > 0) {
    const free = inside.filter((k) => !ctx.claimed[k]);
    if (free.length === 0) return; // the quotation was attributed already
    for (const k of free) ctx.claimed[k] = true;
    const kind = quotedWords / words >= DIRECT_SHARE ? 'direct' : 'partial';
    // Quoted stretches far apart in one long clause are separate quotations of the same speaker.
    let fragments = [{ start: ctx.spans[free[0]!]!.start, end: ctx.spans[free[0]!]!.end }];
    for (let j = 1; j < free.length; j++) {
      const k = free[j]!;
      if (countWords(ctx, ctx.spanClose[free[j - 1]!]!, ctx.spanOpen[k]!) > MAX_FRAGMENT_GAP) {
        ctx.quotes.push(quoteOf(base, kind, fragments));
        fragments = [];
      }
      fragments.push({ start: ctx.spans[k]!.start, end: ctx.spans[k]!.end });
    }
    ctx.quotes.push(quoteOf(base, kind, fragments));
    return;
  }
  if (found.quotedOnly || QUOTE_ONLY_CUES.has(tokens[c]!.lower)) return;
  const start = tokens[found.contentFrom]!.start;
  const end = tokens[found.contentTo - 1]!.end;
  ctx.quotes.push(quoteOf(base, 'reported', [{ start, end }]));
}
