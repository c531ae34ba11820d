/**
 * Speakers of cue-less quotations read from the layout around them rather than from a clause of
 * saying: a name before a colon, a newsletter heading, the signature of an embedded post.
 */
import { isHonorific, NOT_NAME_WORDS } from '../lexicon/titles.js';
import { sentenceBounds, tokenSpan, type BlockContext } from './block-context.js';
import { cueLength } from './cues.js';
import type { RawQuote } from './raw-quote.js';
import { isCapitalised, isFiniteVerb } from './tokens.js';
import { lastLineBreak } from './char-class.js';
import { DASHES } from './patterns.js';
import { SIGNATURE_PREPOSITIONS } from '../lexicon/clause-words.js';

/** Most words of a name in a label or a signature. */
const MAX_NAME_WORDS = 5;

/** Most words of a name standing right before a colon. */
const MAX_LABEL_WORDS = 4;

/**
 * `... doesn't surprise pollster Daron Shaw: "Q"`: a quotation with no cue after a colon, with a
 * name (capitalised words, not a sentence opener) right before the colon. Null otherwise.
 */
export function colonLabel(ctx: BlockContext, open: number): RawQuote['mention'] {
  const { tokens } = ctx;
  const colon = open - 1;
  if (tokens[colon]?.text !== ':') return null;
  const [start] = sentenceBounds(ctx, open);
  let from = colon;
  while (from - 1 >= start && colon - from < MAX_LABEL_WORDS && tokens[from - 1]!.word && tokens[from - 1]!.quote === -1 && isCapitalised(tokens[from - 1]!)) from--;
  if (from === colon || NOT_NAME_WORDS.has(tokens[from]!.lower) || cueLength(tokens, colon - 1) > 0) return null;
  // A label opening its sentence is a transcript line, read elsewhere; a possessive is no speaker.
  if (from === start || /[’']s$/u.test(tokens[colon - 1]!.text)) return null;
  return tokenSpan(ctx, from, colon - 1);
}

/**
 * `HOW THE DECLINE SPREADS "Q" [Outlet.]`: a newsletter item whose upper-case heading runs up to
 * the quotation that opens its text; the quotation is the item's, so the heading is its source.
 * Needs two words or more, all in capitals. Null otherwise.
 */
export function headingLabel(ctx: BlockContext, open: number): RawQuote['mention'] {
  const { tokens } = ctx;
  let words = 0;
  for (let k = 0; k < open; k++) {
    const tok = tokens[k]!;
    if (tok.word) {
      if (tok.text !== tok.text.toUpperCase() || (++words === 1 && tok.text === tok.text.toLowerCase())) return null;
    } else if (!HEADING_PUNCT.has(tok.text)) return null;
  }
  let last = open - 1;
  while (last >= 0 && !tokens[last]!.word) last--;
  return words >= 2 && last >= 0 ? tokenSpan(ctx, 0, last) : null;
}

/** Punctuation an upper-case heading may hold: `UN: PEACEKEEPERS ...`, `EBOLA SURVIVORS, THROUGH ...`. */
const HEADING_PUNCT = new Set([':', ',', '-', '—', '–', '’', "'", '‘', '?', '!', '&', '$', '%']);

/** How far past a quotation a tweet's signature is looked for. */
const SIGNATURE_WINDOW = 60;

/** Most tokens of the affiliation after a signature's name: `, a nurse at the county hospital`. */
const MAX_AFFILIATION_TOKENS = 16;

/**
 * `"Q" ... — Jo Park (@jopark) June 29, 2016`: an embedded post signed after its text; the name
 * before the handle is the source of a cue-less quotation in it. `"Q." — Jane Morrison, a nurse`
 * and `"Q."⏎Jane Morrison, a nurse` (a quote box or a list of reactions): a dash or a line break
 * right after the closing mark, then a name that ends the block or opens a short affiliation that
 * does. Null when no such signature follows before the next quotation or within
 * SIGNATURE_WINDOW tokens.
 */
export function signatureAfter(ctx: BlockContext, close: number, nextOpen: number): RawQuote['mention'] {
  const { tokens } = ctx;
  const end = Math.min(nextOpen, tokens.length, close + SIGNATURE_WINDOW);
  for (let k = close; k < end; k++) {
    const dash = DASHES.has(tokens[k]!.text);
    const newLine = !dash && k === close && close > 0 && tokens[k]!.word && lastLineBreak(ctx.text, tokens[close - 1]!.end, tokens[k]!.start) !== -1;
    if (!dash && !newLine) continue;
    // Only punctuation may stand between the mark and a dash or line that signs the quotation.
    const adjacent = k - close <= 1 && (k === close || !tokens[k - 1]!.word);
    const from = dash ? k + 1 : k;
    const last = nameEnd(tokens, from, end);
    if (last === from) continue;
    if (dash && tokens[last]?.text === '(' && tokens[last + 1]?.text === '@') return tokenSpan(ctx, from, last - 1);
    if ((adjacent || newLine) && (newLine ? last - from >= 2 : true) && endsBlock(tokens, last, nextOpen, dash)) return tokenSpan(ctx, from, last - 1);
  }
  return null;
}

/** End (exclusive) of the run of capitalised words from `from`, an honorific's stop kept (`Sen. Jo Park`). */
function nameEnd(tokens: BlockContext['tokens'], from: number, end: number): number {
  let last = from;
  while (last < end && last - from < MAX_NAME_WORDS + 1) {
    const tok = tokens[last]!;
    if (tok.word && tok.quote === -1 && isCapitalised(tok) && !(last === from && NOT_NAME_WORDS.has(tok.lower))) last++;
    else if (tok.text === '.' && last > from && isHonorific(tokens[last - 1]!.text)) last++;
    else break;
  }
  return last;
}

/**
 * True when the signature's name at `last` ends the block, alone or with a short affiliation after
 * a comma; after a dash (`circumstance`), a circumstance may follow instead (`-Tom Hale on the
 * campaign trail`), but after a bare line break `Harbour Road in Riverton is closed` is narration.
 */
function endsBlock(tokens: BlockContext['tokens'], last: number, nextOpen: number, circumstance: boolean): boolean {
  if (nextOpen < tokens.length) return false;
  const stop = tokens[last];
  if (!stop) return true;
  if (stop.text === '.') return last + 1 === tokens.length;
  // `, a nurse in Ohio` or `on the campaign trail`: a short affiliation or circumstance ends the block.
  if (!(stop.text === ',' || (circumstance && SIGNATURE_PREPOSITIONS.has(stop.text))) || tokens.length - last > MAX_AFFILIATION_TOKENS) return false;
  let commas = 0;
  for (let i = last; i < tokens.length; i++) {
    if (tokens[i]!.quote !== -1 || cueLength(tokens, i) > 0) return false;
    // `Harbour Road, in Riverton, is closed`: a verb after the affiliation's closing comma makes a sentence.
    if (tokens[i]!.text === ',' && ++commas === 2 && isFiniteVerb(tokens[i + 1])) return false;
  }
  return true;
}

/** How many tokens before its end a sentence's closing attribution may start. */
const CLOSING_WINDOW = 12;

/**
 * `That would bring "a summer of agony," said Brad Bannon, a pollster.`: a quoted phrase in a
 * sentence that closes with an inverted attribution (`, said X.`) after it is X's.
 */
export function closingAttribution(ctx: BlockContext, close: number): RawQuote['mention'] {
  const { tokens } = ctx;
  const [, end] = sentenceBounds(ctx, close - 1);
  for (let c = Math.max(close, end - CLOSING_WINDOW); c < end; c++) {
    if (tokens[c]!.quote !== -1 || tokens[c - 1]?.text !== ',' || cueLength(tokens, c) === 0 || tokens[c]!.lower === 'according') continue;
    let last = c + 1;
    while (last < end && last - c <= MAX_NAME_WORDS && tokens[last]!.word && isCapitalised(tokens[last]!)) last++;
    const stop = tokens[last]?.text;
    if (last > c + 1 && (stop === ',' || stop === '.' || last === end)) return tokenSpan(ctx, c + 1, last - 1);
  }
  return null;
}
