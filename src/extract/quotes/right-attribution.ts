import { AUDIENCE_VERBS, CUE_MODIFIERS } from '../lexicon/speech.js';
import { isHonorific, isRoleWord, NOT_NAME_WORDS } from '../lexicon/titles.js';
import { sentenceBounds, type BlockContext } from './block-context.js';
import { cueLength } from './cues.js';
import { accordingSource } from './according-source.js';
import { subjectBefore, type TokenRange } from './speaker-phrase.js';
import { subjectAfter } from './subject-after.js';
import { isCapitalised, isFiniteVerb } from './tokens.js';
import { DAYS_OF_SPEECH } from '../lexicon/clause-words.js';

/**
 * How many tokens after a closing mark the cue may sit: `," the prime minister's spokesman said`,
 * `," Sen. Marco Rubio (R-Fla.) said`.
 */
const RIGHT_CUE_WINDOW = 14;

export interface Attribution {
  cue: number;
  cueLength: number;
  subject: TokenRange | null;
  audience?: string | null;
}

/** `"Q," X said` or `"Q," said X` in the few tokens after the closing mark. */
export function findRight(ctx: BlockContext, from: number, to: number): Attribution | null {
  const limit = Math.min(to, from + RIGHT_CUE_WINDOW);
  for (let c = from; c < limit; c++) {
    const length = cueLength(ctx.tokens, c, ctx.block.role === 'headline');
    if (length === 0) continue;
    if (ctx.tokens[c]!.lower === 'according') {
      return { cue: c, cueLength: 2, subject: accordingSource(ctx.tokens, c + 1, to) };
    }
    const onlyPunctBefore = ctx.tokens.slice(from, c).every((t) => !t.word);
    // `"Q," adding that ...`, `"Q" without reporters asking`: a participle goes on with another
    // clause; the reported pass reads it.
    if (ctx.tokens[c]!.lower.endsWith('ing')) return null;
    // `"Q" was charged`, `"Q" measures added by ...`: a passive names no speaker of the quote.
    if (PASSIVE.has(ctx.tokens[c - 1]?.lower ?? '') || ctx.tokens[c + 1]?.lower === 'by') return null;
    const subject = onlyPunctBefore ? subjectAfter(ctx.tokens, c, to) : subjectBefore(ctx.tokens, c, from, ctx.block.role === 'headline');
    if (onlyPunctBefore && subject && passiveAgent(ctx.tokens, c, subject)) return null;
    // `"Q" and he said he hoped ...`: words before the subject start another clause, not this quote's attribution.
    // Such a later cue may still follow an attribution by an unlisted verb: `!" beamed Jo Park, who snapped ...`.
    if (subject && !onlyPunctBefore && ctx.tokens.slice(from, subject.from).some((t) => t.word)) return trailingVerb(ctx, from, limit);
    if (subject) cutAtPreposition(ctx.tokens, subject);
    if (subject || onlyPunctBefore) return { cue: c, cueLength: length, subject };
    return trailingVerb(ctx, from, limit);
  }
  return trailingVerb(ctx, from, limit);
}

/**
 * `"Q," reported earlier by the Herald`: `by` between an inverted cue and its subject makes the
 * cue a passive participle, whose agent printed the words rather than said them.
 */
function passiveAgent(tokens: BlockContext['tokens'], cue: number, subject: TokenRange): boolean {
  // Only right after the cue or one adverb (`earlier by`, `first by`): a `by` further on sits
  // inside the subject's own description (`a man standing by the door`).
  const next = tokens[cue + 1];
  if (!next || next.lower === 'by') return next?.lower === 'by';
  return subject.to > cue + 1 && isAdverb(next) && tokens[cue + 2]?.lower === 'by';
}

/** A lower-case word that may stand between a participle and its `by`: `earlier`, `first`, `-ly`. */
function isAdverb(token: BlockContext['tokens'][number]): boolean {
  return token.word && !isCapitalised(token) && (token.lower.endsWith('ly') || CUE_MODIFIERS.has(token.lower));
}

/** Marks that end the words inside a quotation before an attribution after it. */
const QUOTE_ENDINGS = new Set([',', '!', '?', '.']);

/** Particles that make a verb one of replying or going on: `shot back`, `fired back`, `went on`. */
const PARTICLES = new Set(['back', 'on']);

/** Most words a speaker phrase may take before an unlisted verb ends the attribution. */
const TRAILING_SUBJECT_WORDS = 5;

/**
 * `"Q," an angry Hollande retaliated.` or `"Q," remembered Roy Verley.`: a quotation ending in a
 * comma, a short speaker phrase and one past-tense verb that closes the sentence (or the verb
 * first, then a name). The comma says the sentence goes on with who said
 * it, so the verb (not in the cue list) is taken for a verb of saying.
 */
function trailingVerb(ctx: BlockContext, from: number, limit: number): Attribution | null {
  const { tokens } = ctx;
  const ending = tokens[from - 2];
  if (!ending || ending.quote === -1 || !QUOTE_ENDINGS.has(ending.text)) return null;
  // Inverted: `," remembered Roy Verley, the former spokesman.`, `!" beamed Jo Park of Salem.`
  const first = tokens[from];
  if (first && first.word && first.quote === -1 && /^[a-z]+ed$/.test(first.text) && isCapitalised(tokens[from + 1] ?? first)) {
    const subject = subjectAfter(tokens, from, limit);
    if (subject && passiveAgent(tokens, from, subject)) return null;
    if (subject) cutAtPreposition(tokens, subject);
    return subject ? { cue: from, cueLength: 1, subject } : null;
  }
  // Only a comma says the sentence goes on with a speaker before its verb.
  if (ending.text !== ',') return null;
  let i = from;
  const particleAt = (k: number) => PARTICLES.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.text === '.';
  while (i < limit && i - from < TRAILING_SUBJECT_WORDS && tokens[i]!.word && tokens[i]!.quote === -1 && !tokens[i]!.lower.endsWith('ed') && !(i > from && particleAt(i))) i++;
  // `," Trump shot back.`: a verb of any form with a particle of reply.
  const particle = particleAt(i) && i + 1 < limit;
  const verb = tokens[i];
  const end = tokens[particle ? i + 2 : i + 1];
  // After the verb: the sentence's end, or only circumstances (`," Toomey fumed on Tuesday.`).
  const endsAfter = end === undefined || end.text === '.' || (!particle && bareTail(tokens, i + 1, limit) && limit === sentenceBounds(ctx, i)[1]);
  if (i === from || i >= limit || !verb || !verb.word || verb.quote !== -1 || !(particle ? /^[a-z]+$/ : /^[a-z]+ed$/).test(verb.text) || !endsAfter) return null;
  const subject = subjectBefore(tokens, i, from, ctx.block.role === 'headline');
  if (!subject || subject.from !== from || !tokens.slice(from, i).some(isCapitalised)) return null;
  return { cue: i, cueLength: particle ? 2 : 1, subject };
}

/**
 * `"Q!" Bush said.`: a quotation ending in its own full stop, `!` or `?` closes the sentence, so
 * the attribution right after it falls in the next one. Taken only when that sentence is the
 * bare attribution (nothing but circumstances after the cue), so `"Q." He said the plan ...`
 * stays reported speech of its own.
 */
export function findRightAcrossStop(ctx: BlockContext, open: number, close: number, sentenceEnd: number, nextOpen: number): Attribution | null {
  const { tokens } = ctx;
  // The stop may sit inside a quote within the quote (`... to help?’”`).
  const inner = tokens[close - 2]?.text;
  const stop = inner === '’' || inner === "'" ? tokens[close - 3]?.text : inner;
  if (close !== sentenceEnd || close >= nextOpen || !/[.!?]/.test(stop ?? '')) return null;
  // A quotation its own sentence already introduces (`X asserted that "Q."`) is not the next one's.
  const [start] = sentenceBounds(ctx, open);
  for (let i = Math.max(start, open - LEFT_LOOK); i < open; i++) if (cueLength(tokens, i) > 0) return null;
  const [, nextEnd] = sentenceBounds(ctx, close);
  const end = Math.min(nextEnd, nextOpen);
  const found = findRight(ctx, close, end);
  if (!found || found.subject === null) return null;
  const after = Math.max(found.cue + found.cueLength, found.subject.to + 1);
  return bareTail(tokens, after, end) ? found : null;
}

/**
 * Words after a cue that are only circumstances: none, a time, place or `as` clause, or the
 * audience of `told` (`told the delegates.`); not a content clause (`that ...`, `the plan ...`).
 */
function bareTail(tokens: BlockContext['tokens'], from: number, to: number): boolean {
  let i = from;
  if (AUDIENCE_VERBS.has(tokens[from - 1]?.lower ?? '')) {
    while (i < to && i - from < 5 && tokens[i]!.word && tokens[i]!.lower !== 'that' && !CIRCUMSTANCE_OPENERS.has(tokens[i]!.lower)) i++;
  }
  const next = tokens[i];
  if (i >= to || !next) return true;
  if (!next.word) return next.text === '.' || next.text === ',' || next.text === ';';
  if (!CIRCUMSTANCE_OPENERS.has(next.lower) || to - i > MAX_TAIL_TOKENS) return false;
  let asked = false;
  for (let k = i; k < to; k++) {
    const tok = tokens[k]!;
    if (tok.lower === 'that' || tok.text === ':' || tok.quote !== -1 || opensClause(tokens, k, to)) return false;
    asked ||= tok.lower === 'asked';
  }
  return to - i <= PLAIN_TAIL_TOKENS || asked;
}

/**
 * `said over the weekend the engineers had found cracks`: a determiner straight after a noun (not
 * after a preposition or `when`), a word or two and a finite verb open the reported clause itself,
 * so the cue is not bare. `in an interview aired on Monday` has its determiner after `in`.
 */
function opensClause(tokens: BlockContext['tokens'], k: number, to: number): boolean {
  const before = tokens[k - 1];
  if (!DETERMINERS.has(tokens[k]!.lower) || !before?.word || CIRCUMSTANCE_OPENERS.has(before.lower) || COORDINATORS.has(before.lower)) return false;
  for (let v = k + 2; v < Math.min(to, k + 4); v++) if (isFiniteVerb(tokens[v])) return tokens.slice(k + 1, v).every((t) => t.word);
  return false;
}

/** Longest circumstance after a bare cue: `told ITV in an interview aired on Monday when asked how ties would fare.` */
const MAX_TAIL_TOKENS = 26;
/** Longest circumstance after a bare cue without `when asked` in it: `told reporters in Riverton on Monday`. */
const PLAIN_TAIL_TOKENS = 16;
/** Determiners that may open the subject of a reported clause after a circumstance. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);
/** Words that join a second clause of narration rather than open reported content. */
const COORDINATORS = new Set(['and', 'but', 'or', 'so', 'yet']);
/** How far before a quotation its own sentence is searched for a cue that introduces it. */
const LEFT_LOOK = 30;
/** Auxiliaries that make the cue after them passive. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** Words that open a circumstance after a cue (`said on Monday`, `told reporters in Macau`, `said by telephone`). */
const CIRCUMSTANCE_OPENERS = new Set(['as', 'while', 'when', 'because', 'about', 'with', 'of', 'on', 'in', 'at', 'during', 'after', 'before', 'to', 'from', 'via', 'by', 'over', ...DAYS_OF_SPEECH, 'last', 'this', 'earlier', 'later', 'recently']);

/** Words that open a relative clause, whose own verb a cue right after them is. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
/** Tokens (marks included) of a quoted name or title an appositive may hold. */
const SHORT_QUOTE_TOKENS = 6;
/** How far past the closing mark a cue may sit behind a long appositive. */
const APPOSITIVE_CUE_WINDOW = 40;

/**
 * `"Q," Eric Woolson, an Iowa strategist and former adviser to the governor, said.` and
 * `"Q" Jane Porter of the Port Authority wrote`: a name right after the closing mark, then an
 * appositive or a prepositional tail too long for the plain window, then the cue. The speaker is
 * the capitalised name the phrase starts with.
 */
export function findAfterAppositive(ctx: BlockContext, close: number, to: number): Attribution | null {
  const { tokens } = ctx;
  let i = close;
  while (i < to && !tokens[i]!.word && tokens[i]!.quote === -1 && tokens[i]!.text !== '(') i++;
  const first = tokens[i];
  if (!first || first.quote !== -1 || !isCapitalised(first) || NOT_NAME_WORDS.has(first.lower) || cueLength(tokens, i) > 0) return null;
  let nameEnd = i;
  while (nameEnd + 1 < to && (isCapitalised(tokens[nameEnd + 1]!) || tokens[nameEnd + 1]!.text === '.' && isHonorific(tokens[nameEnd]!.text)) && nameEnd - i < 5) nameEnd++;
  const stop = tokens[nameEnd + 1];
  if (!stop || !(stop.text === ',' || stop.text === '(' || ['of', 'who', 'from', 'at'].includes(stop.lower))) return null;
  const limit = Math.min(to, close + APPOSITIVE_CUE_WINDOW);
  for (let c = nameEnd + 2; c < limit; c++) {
    // A short quoted name inside the appositive (`wearing "Ted Cruz" pins`) is stepped over.
    const q = tokens[c]!.quote;
    if (q !== -1 && ctx.spanClose[q]! - ctx.spanOpen[q]! > SHORT_QUOTE_TOKENS) return null;
    if (q !== -1) continue;
    const length = cueLength(tokens, c);
    if (length === 0 || tokens[c]!.lower === 'according') continue;
    // The cue must end the appositive (`..., said`) or follow it directly, and close the clause.
    const prev = skipBack(tokens, c, nameEnd + 1);
    if (prev <= nameEnd || !(tokens[prev]!.text === ',' || tokens[prev]!.text === ')' || tokens[prev]!.word)) return null;
    // `Cruz, who has proposed repealing it, said`: a cue inside a comma appositive is the clause's own.
    // An appositive never closed (`Nate Silver, the guru who founded the site tweeted on Monday.`)
    // still gives the name the cue that ends the sentence.
    const unclosed = !tokens.slice(nameEnd + 2, c).some((t) => t.text === ',') && !RELATIVES.has(tokens[prev]!.lower);
    if (stop.text === ',' && tokens[prev]!.text !== ',' && !(unclosed && bareTail(tokens, c + length, to))) continue;
    if (!bareTail(tokens, c + length, to)) return null;
    return { cue: c, cueLength: length, subject: { from: i, to: nameEnd } };
  }
  return null;
}

/** The token before `c`, stepping back over cue modifiers (`also`, `has`). */
function skipBack(tokens: BlockContext['tokens'], c: number, floor: number): number {
  let j = c - 1;
  while (j > floor && CUE_MODIFIERS.has(tokens[j]!.lower)) j--;
  return j;
}

/**
 * `Lee Park of the Hill Institute wrote`: a name of two words or more followed by `of`, `from` or
 * `at` is the speaker; the rest is where they work. Titles (`Secretary of State John Kerry`) stay.
 */
function cutAtPreposition(tokens: BlockContext['tokens'], subject: TokenRange): void {
  let k = subject.from;
  while (k < subject.to && isCapitalised(tokens[k]!) && !isRoleWord(tokens[k]!.text) && !isHonorific(tokens[k]!.text)) k++;
  if (k - subject.from >= 2 && k < subject.to && ['of', 'from', 'at'].includes(tokens[k]!.lower)) subject.to = k - 1;
}

/** True when nothing but circumstances follows the attribution's cue and speaker (`," Smith said on Monday.`). */
export function isBareAttribution(tokens: BlockContext['tokens'], found: Attribution, to: number): boolean {
  const after = Math.max(found.cue + found.cueLength, (found.subject?.to ?? -1) + 1);
  return bareTail(tokens, after, to);
}
