/**
 * Line shapes the block finder recognises, matched by hand-written scanners instead of regular
 * expressions: the obvious regexes (`^(.*?\S)\s*\|…(\S.*?)\s*$`, `^(#{1,6})\s+(.*?)\s*#*\s*$`)
 * backtrack quadratically or worse on long runs of spaces, and an article is untrusted input.
 * Every scanner here looks at each character of the line a bounded number of times.
 */
import { isSpaceCode } from './char-classes.js';

/**
 * Credit labels picture desks use after the `|` of a caption (`text | Photo: PA Images`); a bare
 * `a | b` is not a caption. Sticky, so it is tried only at one position and cannot run away.
 */
const CREDIT_LABEL = /(?:photo(?:graph)?s?|pictures?|images?|video|credit|source|illustration)/iy;

/** Offsets (into the line) of a caption's text and its credit. */
export interface CaptionMatch {
  /** End of the caption text: the last non-space before the `|`. */
  textEnd: number;
  /** Start of the credit: the first non-space after `Label:`. */
  creditStart: number;
  /** End of the credit: the last non-space of the line. */
  creditEnd: number;
}

/**
 * `text | Photo: Credit`: the first `|` that is followed by a credit label, a colon and a
 * non-empty credit. Returns null for any other line. Linear: each space run is skipped once.
 */
export function matchCaptionLine(line: string): CaptionMatch | null {
  let creditEnd = line.length;
  while (creditEnd > 0 && isSpaceCode(line.charCodeAt(creditEnd - 1))) creditEnd--;
  for (let pipe = line.indexOf('|'); pipe !== -1; pipe = line.indexOf('|', pipe + 1)) {
    let textEnd = pipe;
    while (textEnd > 0 && isSpaceCode(line.charCodeAt(textEnd - 1))) textEnd--;
    if (textEnd === 0) continue; // nothing before the bar
    let i = skipSpaces(line, pipe + 1);
    CREDIT_LABEL.lastIndex = i;
    if (!CREDIT_LABEL.exec(line)) continue;
    i = skipSpaces(line, CREDIT_LABEL.lastIndex);
    if (line[i] !== ':') continue;
    const creditStart = skipSpaces(line, i + 1);
    if (creditStart >= creditEnd) continue; // an empty credit
    // The regex this replaces matched text and credit with `.`, which never crosses a line separator.
    if (hasLineSeparator(line.slice(0, textEnd)) || hasLineSeparator(line.slice(creditStart, creditEnd))) return null;
    return { textEnd, creditStart, creditEnd };
  }
  return null;
}

/** Offsets (into the line) of a Markdown ATX heading's title, and its level. */
export interface HeadingMatch {
  level: number;
  titleStart: number;
  titleEnd: number;
}

/**
 * A Markdown ATX heading: one to six `#`, white space, the title; closing `#`s and the white
 * space around them are not part of the title. Returns null when the line is not a heading or
 * its title is empty. Linear.
 */
export function matchMarkdownHeading(line: string): HeadingMatch | null {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level < 1 || level > 6) return null;
  const titleStart = skipSpaces(line, level);
  if (titleStart === level) return null; // `#word` is not a heading
  let titleEnd = line.length;
  while (titleEnd > titleStart && isSpaceCode(line.charCodeAt(titleEnd - 1))) titleEnd--;
  while (titleEnd > titleStart && line[titleEnd - 1] === '#') titleEnd--;
  while (titleEnd > titleStart && isSpaceCode(line.charCodeAt(titleEnd - 1))) titleEnd--;
  if (titleEnd === titleStart) return null;
  if (hasLineSeparator(line.slice(titleStart, titleEnd))) return null;
  return { level, titleStart, titleEnd };
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  return i;
}

function hasLineSeparator(text: string): boolean {
  return /[\n\r\u2028\u2029]/.test(text);
}

