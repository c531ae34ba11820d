import { SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import { isRoleWord, NOT_NAME_WORDS } from '../lexicon/titles.js';
import { sentenceBounds, tokenSpan, type BlockContext } from './block-context.js';
import { isCapitalised } from './tokens.js';
import type { RawQuote } from './raw-quote.js';
import { subjectBefore, type TokenRange } from './speaker-phrase.js';
import { subjectAfter } from './subject-after.js';
import { cueLength } from './cues.js';
import { startsLower } from './char-class.js';
import { DASHES } from './patterns.js';
import { stopKeepsName } from './names.js';
import { DAYS_OF_SPEECH } from '../lexicon/clause-words.js';

/** Words that open a sentence before its subject: `In Salem, Trump ...`, `After the vote, she ...`. */
const CLAUSE_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'as', 'since', 'although', 'though', 'if', 'despite',
  'with', 'for', 'from', 'by', 'speaking', 'asked', 'earlier', 'later', 'meanwhile', 'still', 'instead', 'yet', 'then',
  'amid', 'among', 'based', 'alongside', 'early', 'late', 'following', 'given', 'under', 'over', 'without', 'within',
  'through', 'throughout', 'across', 'against', 'toward', 'towards', 'upon', 'unlike', 'like', 'indeed', 'however',
  'moreover', 'perhaps', 'once', 'back', 'last', 'this', 'that', 'according', 'here', 'even', 'rather',
]);
/** Words that may stand before the subject and belong to no clause of their own. */
const LEAD_WORDS = new Set(['but', 'and', 'so', 'now', 'also', 'yes', 'no', 'well']);
/** Words that end a fronted time phrase: `Hours later,`, `A year ago,`. */
const TIME_TAILS = new Set(['later', 'earlier', 'ago', 'before', 'after']);
/** Most opening phrases read before the subject: `On Thursday, after the vote, Warren ...`. */
const MAX_OPENING_PHRASES = 3;
/** How far into a sentence an opening phrase may reach before its comma. */
const MAX_OPENER_TOKENS = 16;
/** Most words of a name taken as the subject. */
const MAX_NAME_WORDS = 5;

/**
 * The subject of the sentence holding a quotation with no cue of its own, when it is named before
 * the quotation: `Mike Huckabee, for his part, is labeling the plan "a blatant abuse."` gives
 * `Mike Huckabee`, `She called it "a disaster."` gives `She`. News gives such quoted words to the
 * sentence's subject, not to the person named last. Null when the sentence opens with the quote or
 * its subject is not a name or a pronoun. Reads at most the sentence's first few tokens.
 */
export function sentenceSubject(ctx: BlockContext, open: number): RawQuote['mention'] {
  const range = subjectRange(ctx, open);
  return range ? tokenSpan(ctx, range.from, range.to) : null;
}

/** Token range of the subject `sentenceSubject` finds, or null. */
export function subjectRange(ctx: BlockContext, open: number): TokenRange | null {
  const { tokens } = ctx;
  const [start] = sentenceBounds(ctx, open);
  let i = skipDateline(ctx, start, open);
  while (i < open && (!tokens[i]!.word || LEAD_WORDS.has(tokens[i]!.lower)) && tokens[i]!.quote === -1) i++;
  // A fronted phrase or participle clause (`Campaigning in Iowa on Tuesday, Bush ...`) ends at its comma.
  // A past participle opens one when a lower-case word follows it (`Led by X,`, `Informed of Y,`; not `Fred Smith`).
  const participle = /^\p{Lu}\p{Ll}*ed$/u.test(tokens[i]?.text ?? '') && startsLower(tokens[i + 1]?.text ?? '');
  // `Thursday, after remaining neutral for months, Warren ...`: a day, then an opening phrase.
  if (i < open && DAYS_OF_SPEECH.has(tokens[i]!.lower) && tokens[i + 1]?.text === ',' && CLAUSE_OPENERS.has(tokens[i + 2]?.lower ?? '')) i += 2;
  if (i < open && (CLAUSE_OPENERS.has(tokens[i]!.lower) || /^\p{Lu}\p{Ll}+(?:ing|ly)$/u.test(tokens[i]!.text) || participle)) {
    // `On Thursday, after remaining neutral, Warren ...`: opening phrases may follow one another.
    const opensAnother = (k: number) => CLAUSE_OPENERS.has(tokens[k]!.lower) && startsLower(tokens[k]!.text);
    for (let phrases = 0; phrases < MAX_OPENING_PHRASES && i < open && (phrases === 0 || opensAnother(i)); phrases++) {
      let j = i;
      while (j < open && j - i < MAX_OPENER_TOKENS && tokens[j]!.text !== ',') j++;
      if (j >= open || tokens[j]!.text !== ',') return null;
      i = j + 1;
    }
  }
  // `Hours later, Trump ...`, `Two days ago, she ...`: a short time phrase before the subject.
  for (let j = i + 1; j < Math.min(open, i + 4); j++) {
    if (TIME_TAILS.has(tokens[j]!.lower) && tokens[j + 1]?.text === ',') {
      i = j + 2;
      break;
    }
  }
  const opened = i > start && tokens[i - 1]!.text === ',';
  const first = tokens[i];
  if (!first || i >= open || first.quote !== -1) return null;
  if (SPEAKER_PRONOUNS.has(first.lower) && first.lower !== 'it' && first.lower !== 'you') return { from: i, to: i };
  if (DESCRIPTION_DETERMINERS.has(first.lower)) return describedSubject(ctx, i, open);
  if (startsLower(first.text) && !NOT_NAME_WORDS.has(first.lower)) return describedName(ctx, i, open);
  if (!isCapitalised(first) || NOT_NAME_WORDS.has(first.lower)) return null;
  let end = i;
  while (end + 1 < open && end - i < MAX_NAME_WORDS && nameGoesOn(ctx, end + 1)) end++;
  // The name must be followed by its verb or an appositive, not be a modifier (`Trump supporters`).
  const after = tokens[end + 1];
  if (!after || !(after.text === ',' || after.text === '(' || DASHES.has(after.text) || startsLower(after.text))) return null;
  // `Ryan’s campaign shrugged off ...`: a possessive name and one noun, then the verb.
  if (/[’']s$/u.test(tokens[end]!.text)) return possessiveSubject(ctx, i, end, open);
  // `In Salem, New Hampshire, Trump went ...`: a place closing the opening phrase, then the subject.
  if (opened && after.text === ',' && isCapitalised(tokens[end + 2] ?? first) && end + 2 < open) {
    let next = end + 2;
    while (next + 1 < open && next - end < MAX_NAME_WORDS && nameGoesOn(ctx, next + 1)) next++;
    if (startsLower(tokens[next + 1]?.text ?? '') && !NOT_NAME_WORDS.has(tokens[end + 2]!.lower)) return { from: end + 2, to: next };
  }
  // `At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried ...`: the place is followed by more
  // of the opening phrase, up to its own comma; the subject comes after that.
  if (opened && after.text === ',' && CLAUSE_OPENERS.has(tokens[end + 2]?.lower ?? '') && startsLower(tokens[end + 2]!.text)) {
    let j = end + 2;
    while (j < open && j - end < MAX_OPENER_TOKENS && tokens[j]!.text !== ',' && tokens[j]!.quote === -1) j++;
    const next = tokens[j + 1];
    if (tokens[j]?.text === ',' && next && j + 1 < open && next.quote === -1 && (isCapitalised(next) || SPEAKER_PRONOUNS.has(next.lower)) && !NOT_NAME_WORDS.has(next.lower)) {
      if (SPEAKER_PRONOUNS.has(next.lower)) return next.lower === 'it' || next.lower === 'you' ? null : { from: j + 1, to: j + 1 };
      let last = j + 1;
      while (last + 1 < open && last - j < MAX_NAME_WORDS && nameGoesOn(ctx, last + 1)) last++;
      if (startsLower(tokens[last + 1]?.text ?? '')) return { from: j + 1, to: last };
    }
  }
  return { from: i, to: end };
}

/** Most tokens of a dateline before its dash: `PHILADELPHIA, July 25 (UPI) —`. */
const MAX_DATELINE_TOKENS = 10;

/**
 * `WASHINGTON — Sen. Ana Ruiz on Wednesday ...`, `Washington (AFP) – Ana Ruiz ...`: a block
 * opening with an upper-case place (or a place and a wire agency's tag) and a dash; the subject
 * comes after the dash. Returns the token after the dash, or `start`.
 */
function skipDateline(ctx: BlockContext, start: number, open: number): number {
  const { tokens } = ctx;
  const first = tokens[start];
  if (start !== 0 || !first || !first.word) return start;
  const upper = first.text.length >= 3 && first.text === first.text.toUpperCase() && first.text !== first.text.toLowerCase();
  // Most blocks open with neither an upper-case word nor a place and its agency tag: read no further.
  if (!upper && tokens[start + 1]?.text !== '(' && tokens[start + 2]?.text !== '(' && tokens[start + 3]?.text !== '(') return start;
  let agency = false;
  for (let k = start + 1; k < Math.min(open, start + MAX_DATELINE_TOKENS); k++) {
    if (tokens[k]!.quote !== -1) return start;
    // `Washington (AFP) –`: a place in any case with a wire agency's tag in parentheses.
    if (tokens[k]!.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '')) agency = true;
    if (DASHES.has(tokens[k]!.text)) return upper || (agency && agencyDash(tokens, k, open)) ? k + 1 : start;
  }
  return start;
}

/**
 * `Riverton (AFP) – Mayor Ana Ruiz said`: an agency tag's dash comes straight after its `)`, and no
 * second dash pairs with it before the quotation (`Ana Ruiz (DEM) – a veteran lawmaker – said` is
 * a name, a party tag and an appositive).
 */
function agencyDash(tokens: BlockContext['tokens'], dash: number, open: number): boolean {
  if (tokens[dash - 1]?.text !== ')') return false;
  for (let k = dash + 1; k < open; k++) if (DASHES.has(tokens[k]!.text)) return false;
  return true;
}

function nameGoesOn(ctx: BlockContext, k: number): boolean {
  const tok = ctx.tokens[k]!;
  if (tok.quote !== -1) return false;
  if (tok.text === '.') return stopKeepsName(ctx.tokens[k - 1]!.text);
  if (/[’']s$/u.test(ctx.tokens[k - 1]!.text)) return false;
  return isCapitalised(tok) || isRoleWord(tok.text) && isCapitalised(ctx.tokens[k - 1]!);
}

/** How many tokens at the end of the sentence before are searched for its cue. */
const PREVIOUS_CUE_WINDOW = 40;

/**
 * `Dianne Bystrom agreed. "Q"`: a quotation opening a sentence with no cue of its own goes on with
 * the speaker of the cue that ends the sentence before it, in the same paragraph. Null when the
 * quotation does not open its sentence or that sentence has no attributed cue.
 */
export function previousSentenceSpeaker(ctx: BlockContext, open: number): RawQuote['mention'] {
  const { tokens } = ctx;
  const [start] = sentenceBounds(ctx, open);
  for (let i = start; i < open; i++) if (tokens[i]!.word) return null;
  const range = previousCueSubject(ctx, start);
  return range ? tokenSpan(ctx, range.from, range.to) : null;
}

/**
 * The speaker of the last cue of the sentence before the one starting at token `start`, in the
 * same block: `Maher stated that ... . Adding, "Q"` goes on with Maher. Null when that sentence
 * has no cue or its cue no subject.
 */
export function previousCueSubject(ctx: BlockContext, start: number): TokenRange | null {
  const { tokens } = ctx;
  if (start === 0) return null;
  const [prevStart] = sentenceBounds(ctx, start - 1);
  for (let c = start - 1; c >= Math.max(prevStart, start - PREVIOUS_CUE_WINDOW); c--) {
    if (cueLength(tokens, c) === 0) continue;
    // `..., said Tom Hale.` names the speaker after the cue; `..., tweeted a warning.` names an object there.
    const after = tokens[c - 1]?.text === ',' ? subjectAfter(tokens, c, start) : null;
    const object = after !== null && (tokens[after.from]!.lower === 'a' || tokens[after.from]!.lower === 'an');
    return (object ? null : after) ?? subjectBefore(tokens, c, prevStart);
  }
  return null;
}

/** Determiners that open a described subject: `The Rove ad`, `A local group`, `His campaign`. */
const DESCRIPTION_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * `conservative commentator Jo Park of the Review imagined ...`: a few lower-case words of
 * description, then the name that is the subject, then a lower-case word.
 */
function describedName(ctx: BlockContext, from: number, open: number): TokenRange | null {
  const { tokens } = ctx;
  for (let k = from + 1; k < Math.min(open, from + 1 + MAX_DESCRIPTION_WORDS); k++) {
    const tok = tokens[k]!;
    if (!tok.word || tok.quote !== -1 || NOT_NAME_WORDS.has(tok.lower) || cueLength(tokens, k) > 0) return null;
    if (isCapitalised(tok)) return isRoleWord(tok.text) ? null : namedAfterDescription(ctx, k, open);
  }
  return null;
}

/** Most words of a described subject after `the`: `the Rove ad`, `the city council`. */
const MAX_DESCRIPTION_WORDS = 3;

/**
 * `The Rove ad hits Clinton for taking "Q"`, `The council voted for "Q"`: a short description
 * opening the sentence, ended by its verb (a lower-case word in -s or -ed, or a cue).
 */
function describedSubject(ctx: BlockContext, the: number, open: number): TokenRange | null {
  const { tokens } = ctx;
  for (let k = the + 2; k < Math.min(open, the + 2 + MAX_DESCRIPTION_WORDS); k++) {
    const tok = tokens[k]!;
    if (!tok.word || tok.quote !== -1) return null;
    // `The Slate technology columnist David Auerbach went ...`: a name after the description is the subject.
    if (isCapitalised(tok) && !isRoleWord(tok.text) && startsLower(tokens[k - 1]!.text)) return namedAfterDescription(ctx, k, open);
    // The verb ends the description: a word in -s or -ed, a cue, or any lower-case word after a
    // role (`The Florida senator sought ...`, `The billionaire businessman began ...`).
    if (startsLower(tok.text) && (/(?:ed|[^s]s)$/.test(tok.lower) || cueLength(tokens, k) > 0 || (isRoleWord(tokens[k - 1]!.text) && !NOT_NAME_WORDS.has(tok.lower)))) return { from: the, to: k - 1 };
    if (NOT_NAME_WORDS.has(tok.lower) || SPEAKER_PRONOUNS.has(tok.lower)) return null;
  }
  return null;
}

/** The name that ends a description (`columnist David Auerbach`), when a lower-case verb follows it. */
function namedAfterDescription(ctx: BlockContext, k: number, open: number): TokenRange | null {
  let end = k;
  while (end + 1 < open && end - k < MAX_NAME_WORDS && nameGoesOn(ctx, end + 1)) end++;
  return startsLower(ctx.tokens[end + 1]?.text ?? '') ? { from: k, to: end } : null;
}

/** `Ryan’s campaign`, `Clinton’s response`: a possessive name and the one noun it owns, before a lower-case verb. */
function possessiveSubject(ctx: BlockContext, from: number, end: number, open: number): TokenRange | null {
  const { tokens } = ctx;
  const noun = tokens[end + 1];
  const verb = tokens[end + 2];
  if (end + 2 >= open || !noun?.word || !verb?.word || noun.quote !== -1 || verb.quote !== -1) return null;
  if (!startsLower(noun.text) || !startsLower(verb.text) || cueLength(tokens, end + 1) > 0) return null;
  return { from, to: end + 1 };
}
