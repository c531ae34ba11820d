/**
 * Pull quotes signed inside their own marks, as web pages flatten a styled quotation box:
 * `"I worry that we may see ... tax cuts.⏎Dean Baker, Center for Economic and Policy Research."`.
 * The last line of the quoted stretch is not words said but who said them.
 */
import type { BlockContext } from './block-context.js';
import { makeQuote } from './direct.js';
import { lastLineBreak, startsUpper } from './char-class.js';
import { DASHES } from './patterns.js';
import { SPEAKER_PRONOUNS, SPEECH_VERB_FORMS } from '../lexicon/speech.js';
import { isHonorific, NOT_NAME_WORDS } from '../lexicon/titles.js';

/** Most words of a signature line: a name and a short affiliation. */
const MAX_SIGNATURE_WORDS = 20;
/** Most words of the name before the signature's first comma (or of a whole line without one). */
const MAX_NAME_WORDS = 6;
/** Fewest words of that name: a one-word last line (`Never.`) is the quotation's own words. */
const MIN_NAME_WORDS = 2;
/** Most lower-case words ending a signature with no comma: `Republican National Committee member`. */
const MAX_HEAD_WORDS = 2;
/** Fewest words of the quotation above the signature: a one-word line is no pull quote. */
const MIN_QUOTE_WORDS = 4;

/**
 * Finds quoted stretches of the block, left with no cue by attributeDirect, whose last line, after a line break inside the marks, is a
 * signature (a capitalised name of a few words, then an optional affiliation after a comma, no
 * marks, no sentence stop of its own before its end), under a quotation that ends a sentence.
 * Each becomes a direct quote of the words above the line, its speaker the name, its cue the
 * closing mark. Marks the spans claimed.
 */
export function attributePullQuotes(ctx: BlockContext): void {
  const { text, spans } = ctx;
  for (let k = 0; k < spans.length; k++) {
    if (ctx.claimed[k]) continue;
    const span = spans[k]!;
    // A break right at the opening mark leaves no words above the signature.
    const lineBreak = lastLineBreak(text, span.start + 1, span.end);
    if (lineBreak === -1) continue;
    const signature = readSignature(text, lineBreak + 1, span.end);
    const quote = quotedAbove(text, span.start, lineBreak);
    if (!signature || !quote) continue;
    const raw = makeQuote(ctx, k, null, 0, null, 'direct');
    raw.fragments = [quote];
    raw.mention = { start: signature.start, end: signature.end, text: text.slice(signature.start, signature.end) };
    raw.cue = { start: span.end, end: span.close, text: text.slice(span.end, span.close) };
    ctx.claimed[k] = true;
    ctx.quotes.push(raw);
  }
}

/** The name of a signature line in `[from, to)`, or null when the line does not read as one. */
function readSignature(text: string, from: number, to: number): { start: number; end: number } | null {
  const raw = text.slice(from, to);
  // `― Dean Baker, ...`: a dash may open the line.
  const dash = leadingDash(raw);
  const line = raw.slice(dash);
  const trimmed = line.trim();
  if (!startsUpper(trimmed) || /["“”‘’«»]/.test(trimmed) || /[!?;:]$/.test(trimmed)) return null;
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_SIGNATURE_WORDS || words.some((w) => SPEECH_VERB_FORMS.has(w.toLowerCase())) || hasSentenceStop(trimmed)) return null;
  // The name ends at its affiliation or party tag: `Jane Porter, Harbour Institute`, `Ana Ruiz (D-Ore.)`.
  const comma = line.search(/[,(]/);
  const nameText = (comma === -1 ? line : line.slice(0, comma)).replace(/\.\s*$/, '').trim();
  const nameWords = nameText.split(/\s+/);
  // A name of capitalised words; a line with no comma may end in a lower-case head (`committee member`).
  let capitalised = 0;
  while (capitalised < nameWords.length && startsUpper(nameWords[capitalised]!)) capitalised++;
  const head = nameWords.length - capitalised;
  if (nameWords.length > MAX_NAME_WORDS || nameWords.length < MIN_NAME_WORDS || capitalised === 0 || head > (comma === -1 ? MAX_HEAD_WORDS : 0)) return null;
  // `We Shall Overcome`, `The End`: a line opening on a pronoun or a sentence word is no name.
  const first = nameWords[0]!.toLowerCase();
  if (SPEAKER_PRONOUNS.has(first) || NOT_NAME_WORDS.has(first)) return null;
  const start = from + dash + line.indexOf(nameText);
  return { start, end: start + nameText.length };
}

/** Length of the white space, one optional dash of DASHES and white space opening `line`. */
function leadingDash(line: string): number {
  let i = 0;
  while (i < line.length && /\s/.test(line[i]!)) i++;
  if (i < line.length && DASHES.has(line[i]!)) i++;
  while (i < line.length && /\s/.test(line[i]!)) i++;
  return i;
}

/** A full stop, `!` or `?` inside the line that ends a sentence, not an honorific's or an initial's (`Sen.`, `D.`). */
function hasSentenceStop(line: string): boolean {
  const stops = /(\S+)[.!?]\s/g;
  for (let m = stops.exec(line); m; m = stops.exec(line)) {
    if (!line[m.index + m[0].length - 2]!.startsWith('.') || !(isHonorific(m[1]!) || /^(?:\p{Lu}\.?)+$/u.test(m[1]!))) return true;
  }
  return false;
}

/** The words above the signature, without marks of their own, when they end a sentence. */
function quotedAbove(text: string, from: number, to: number): { start: number; end: number } | null {
  let start = from;
  let end = to;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // `"“Q.”⏎Name."`: the quotation keeps its own marks inside the box's.
  if (/[”"]/.test(text[end - 1] ?? '') && /[“"]/.test(text[start] ?? '')) {
    start++;
    end--;
  }
  if (!/[.!?…]/.test(text[end - 1] ?? '')) return null;
  if (text.slice(start, end).split(/\s+/).length < MIN_QUOTE_WORDS) return null;
  return { start, end };
}
