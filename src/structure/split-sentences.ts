import type { Sentence } from '../article.js';
import { FINAL_BEFORE_WORD_ONLY, MAYBE_FINAL, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations.js';
import { isLetterCode } from './char-classes.js';
import { trimRange } from './find-blocks.js';

// The marks are compared as char codes: this loop reads every character of every article.
/** `.`, `!`, `?`, `…`. */
function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
/** Marks that may follow the full stop and still belong to the sentence: `escape."`, `(sic.)`: `"` `'` `”` `’` `»` `›` `)` `]` `}`. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x203a || code === 41 || code === 93 || code === 125;
}
/** Marks that may open the next sentence before its first letter: `"` `'` `“` `‘` `«` `‹` `(` `[` `¿` `¡` `—` `-`. */
function isOpener(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code === 0xab || code === 0x2039 || code === 40 || code === 91 || code === 0xbf || code === 0xa1 || code === 0x2014 || code === 45;
}
/** How far back the splitter looks for the word before a full stop; keeps it linear. */
const MAX_WORD_LOOKBACK = 24;

/**
 * Splits the block `text.slice(start, end)` into sentences, in one left-to-right pass.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (runs included), plus any closing quotes or brackets,
 * when white space and a capital, digit or opening quote follow. It does not end after a title or
 * other abbreviation (`Mr.`, `Gen.`, `Jan.`), an initial (`F.`), inside numbers (`3.5`), or before a
 * lower-case word (`5 p.m. on`, `"Why?" he asked`). Initialisms (`U.S.`, `p.m.`) end a sentence only
 * before a common sentence opener. Spans never include surrounding white space.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!isTerminal(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && isTerminal(text.charCodeAt(i))) i++;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    const boundary = i;
    if (boundary < end && !isWhite(text.charCodeAt(boundary))) continue;
    let next = boundary;
    while (next < end && isWhite(text.charCodeAt(next))) next++;
    if (next >= end) break;
    if (!endsSentence(text, runStart, boundary, next, end)) continue;
    pushSentence(sentences, text, sentenceStart, boundary);
    sentenceStart = next;
    i = next;
  }
  pushSentence(sentences, text, sentenceStart, end);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, from: number, to: number): void {
  const [start, end] = trimRange(text, from, to);
  if (start < end) sentences.push({ text: text.slice(start, end), start, end, index: sentences.length });
}

/** Decides a candidate boundary: `runStart` is the first terminal mark, `next` the next word. */
function endsSentence(text: string, runStart: number, boundary: number, next: number, end: number): boolean {
  let first = next;
  while (first < end && isOpener(text.charCodeAt(first))) first++;
  // A whole code point: a sentence may open with a letter outside the BMP (`𝐀`).
  const code = text.codePointAt(first);
  const nextChar = code === undefined ? '' : String.fromCodePoint(code);
  const quotedOpening = first > next;
  // The next sentence must open with a capital or a digit; a quote mark alone counts too.
  if (!isUpper(nextChar) && !isDigit(nextChar) && !quotedOpening) return false;
  // Only a bare single full stop can belong to an abbreviation; `!`, `?`, `...` and `escape."` end it.
  if (text[runStart] !== '.' || boundary - runStart > 1) return true;
  const word = wordBefore(text, runStart);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (FINAL_BEFORE_WORD_ONLY.has(lower)) return !isDigit(nextChar);
  if (CAPITAL_LETTER.test(word)) return false; // an initial: `John F. Kennedy`
  const nextWord = wordAt(text, first, end).toLowerCase();
  if (MAYBE_FINAL.has(lower) || INITIALISM.test(word)) return SENTENCE_OPENERS.has(nextWord) || quotedOpening;
  return true;
}

/** The word ending right before `dot` (letters and inner dots), at most MAX_WORD_LOOKBACK long. */
function wordBefore(text: string, dot: number): string {
  let from = dot;
  const limit = Math.max(0, dot - MAX_WORD_LOOKBACK);
  while (from > limit && isLetterOrDot(text.charCodeAt(from - 1))) from--;
  if (from === limit && from > 0 && isLetterOrDot(text.charCodeAt(from - 1))) return '';
  return text.slice(from, dot).replace(/^\.+/, '');
}

function wordAt(text: string, from: number, end: number): string {
  let to = from;
  while (to < end && to - from < MAX_WORD_LOOKBACK && isLetterCode(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

// Module constants: a \p{} literal inside a function is built again on every call.
const CAPITAL_LETTER = /^\p{Lu}$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

function isLetterOrDot(code: number): boolean {
  return code === 46 || isLetterCode(code);
}

function isWhite(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** One character (a code point) is a capital letter. */
function isUpper(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 128) return ch >= 'A' && ch <= 'Z';
  return CAPITAL_LETTER.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
