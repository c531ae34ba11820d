import type { Block } from '../../article.js';
import { isAlnumCode } from './char-class.js';

/** A stretch of one block inside quotation marks. */
export interface MarkedSpan {
  /** Offset of the opening mark (or of the block start for an unclosed continuation). */
  open: number;
  /** Content without the marks, trimmed of white space. */
  start: number;
  end: number;
  /** Offset just after the closing mark (or the block end when left open). */
  close: number;
  /** Left open at the end of its block and the next block opens with a mark: the quote goes on. */
  continues: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);

/**
 * Finds the quoted stretches of each block, in one pass per block. Double marks (curly, straight,
 * guillemets) pair within a block; marks inside an open quote nest one level (quotes inside quotes)
 * and are skipped. Single marks (‘ ’ and ') count only in blocks without double marks, where they
 * open before a word and close after one, so apostrophes are not taken for marks. A quote left
 * open at the end of a block continues when the next block opens with a mark.
 */
export function findMarkedSpans(blocks: readonly Block[], text: string): MarkedSpan[][] {
  const candidates = markCandidates(text);
  const result = blocks.map((block) => {
    const marks = candidatesWithin(candidates, block.start, block.end);
    return scanBlock(text, block.start, block.end, marks, hasDoubleMarks(text, marks));
  });
  for (let b = 0; b < result.length; b++) {
    const spans = result[b]!;
    const last = spans[spans.length - 1];
    const next = blocks[b + 1];
    if (!last || !next || last.close !== blocks[b]!.end || !isOpenMark(text[next.start] ?? '')) continue;
    if (text[last.close - 1] !== undefined && isCloseMark(text[last.close - 1]!)) continue;
    last.continues = true;
  }
  return result;
}

/** Char codes of the marks, compared as numbers: a Set of one-character strings per character was slow. */
const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’

function isDoubleOpenCode(code: number): boolean {
  return code === 0x201c || code === 0x201e || code === 0xab; // “ „ «
}

function isDoubleCloseCode(code: number): boolean {
  return code === 0x201d || code === 0xbb; // ” »
}

/** Every mark is `"`, `'` or at least U+00AB (`«`): the characters that can be marks. */
const MARK_CANDIDATE = /["'\u00ab-\uffff]/g;

/**
 * Offsets of the characters of the text that can be marks, in order: one pass over the whole
 * text, after which both readings of a block (are there double marks? where do quotes open and
 * close?) visit only these few. The regex engine passes the other characters faster than a loop
 * over char codes, and `test` makes no match object.
 */
function markCandidates(text: string): number[] {
  const marks: number[] = [];
  MARK_CANDIDATE.lastIndex = 0;
  while (MARK_CANDIDATE.test(text)) marks.push(MARK_CANDIDATE.lastIndex - 1);
  return marks;
}

/** The candidates in `[from, to)`, found by a binary search of the sorted list. */
function candidatesWithin(candidates: readonly number[], from: number, to: number): number[] {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (candidates[mid]! < from) low = mid + 1;
    else high = mid;
  }
  const marks: number[] = [];
  for (let k = low; k < candidates.length && candidates[k]! < to; k++) marks.push(candidates[k]!);
  return marks;
}

function hasDoubleMarks(text: string, marks: readonly number[]): boolean {
  for (const i of marks) {
    const code = text.charCodeAt(i);
    if (code === QUOTE || isDoubleOpenCode(code) || isDoubleCloseCode(code) || (code === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE)) return true;
  }
  return false;
}

function isOpenMark(ch: string): boolean {
  return ch === '"' || ch === '‘' || ch === "'" || DOUBLE_OPEN.has(ch);
}

function isCloseMark(ch: string): boolean {
  return ch === '"' || ch === '’' || DOUBLE_CLOSE.has(ch);
}

/** `/[\p{L}\p{N}]/u.test(ch)` for one UTF-16 unit, by the class table (no regex to compile on a cold run). */
function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && isAlnumCode(ch.charCodeAt(0));
}

/** One block: a small state machine over its characters. */
function scanBlock(text: string, from: number, to: number, marks: readonly number[], doubles: boolean): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open = -1;
  let depth = 0;
  // The second of two apostrophes read as one mark is passed over: candidates up to here are done.
  let doneTo = from - 1;
  for (const candidate of marks) {
    if (candidate <= doneTo) continue;
    let i = candidate;
    let code = text.charCodeAt(i);
    // Two apostrophes stand for a straight double mark in some typesetting (`''Q,'' he said`).
    const twin = code === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE;
    if (twin) code = QUOTE;
    if (doubles) {
      // A right mark typed where a left one belongs (`”Q,” she said`) opens when a space comes before it.
      // An invisible format character (a bidi mark pasted from a web page) counts as a space.
      const misTyped = code === 0x201d && open === -1 && (i === from || /[\s\p{Cf}]/u.test(text[i - 1]!)) && !/\s/.test(text[i + 1] ?? ' ');
      // And a left mark typed where a right one belongs (`“Q,“ said Noble`) closes after a word or a stop.
      const misClosed = code === 0x201c && open !== -1 && depth === 0 && i > open + 1 && !/\s/.test(text[i - 1]!) && (i + 1 >= to || /[\s,.;:!?)]/.test(text[i + 1]!));
      const opens = (isDoubleOpenCode(code) && !misClosed) || (code === QUOTE && open === -1) || misTyped;
      const closes = isDoubleCloseCode(code) || (code === QUOTE && open !== -1) || misClosed;
      if (opens && open === -1) {
        open = twin ? (doneTo = ++i) : i;
      } else if (opens && isDoubleOpenCode(code)) {
        depth++; // a quote inside a quote (or a stray second opening mark)
      } else if (closes && open !== -1) {
        if (depth > 0 && code !== QUOTE) {
          depth--;
          continue;
        }
        push(spans, text, open, twin ? i + 2 : i + 1, false);
        if (twin) doneTo = ++i;
        open = -1;
        depth = 0;
      }
      continue;
    }
    const single = code === LEFT_SINGLE || code === RIGHT_SINGLE || code === APOSTROPHE;
    if (!single) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (open === -1 && code !== RIGHT_SINGLE && !isLetterOrDigit(before) && isLetterOrDigit(after)) open = i;
    else if (open !== -1 && code !== LEFT_SINGLE && !isLetterOrDigit(after) && i > open + 1) {
      push(spans, text, open, i + 1, false);
      open = -1;
    }
  }
  if (open !== -1) push(spans, text, open, to, true);
  return spans;
}

function push(spans: MarkedSpan[], text: string, open: number, close: number, unclosed: boolean): void {
  let start = open + 1;
  let end = unclosed ? close : close - 1;
  if (!unclosed && text[end - 1] === "'" && text[end] === "'") end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ open, start, end, close, continues: false });
}
