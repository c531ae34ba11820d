/** A word to lay out, with an optional style applied after wrapping (so colour never breaks width). */
export interface Word {
  text: string;
  style?: ((text: string) => string) | undefined;
}

/**
 * Greedy word wrap: lines of at most `width` columns (a longer word gets a line of its own),
 * each prefixed by `indent`. Widths count code points; wide CJK characters count as two.
 */
export function wrapWords(words: Word[], width: number, indent = ''): string[] {
  const lines: Word[][] = [];
  const room = Math.max(1, width - displayWidth(indent));
  let line: Word[] = [];
  let used = 0;
  for (const word of words) {
    if (word.text === '') continue;
    const size = displayWidth(word.text);
    if (used > 0 && used + 1 + size > room) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push(word);
    used += (used > 0 ? 1 : 0) + size;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((words) => indent + styleRuns(words));
}

/** Joins a line's words, styling each run of same-styled words once (fewer escape codes). */
function styleRuns(words: Word[]): string {
  let out = '';
  let i = 0;
  while (i < words.length) {
    const style = words[i]!.style;
    let j = i;
    while (j < words.length && words[j]!.style === style) j++;
    const run = words.slice(i, j).map((word) => word.text).join(' ');
    out += (i > 0 ? ' ' : '') + (style ? style(run) : run);
    i = j;
  }
  return out;
}

/** Splits text on white space into words, all with one style. */
export function toWords(text: string, style?: (text: string) => string): Word[] {
  return text.split(/\s+/).filter(Boolean).map((word) => ({ text: word, style }));
}

/** Wraps plain text. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  return wrapWords(toWords(text), width, indent);
}

/** Columns a string takes on a terminal (East Asian wide and fullwidth characters take two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Wraps text for a table cell: like `wrapText`, but a word wider than the cell is cut into pieces
 * that fit. cli-table3 would otherwise truncate such a line, and its truncation of multi-line
 * cells takes time that grows faster than quadratically with the lines (seconds for a paragraph).
 */
export function wrapCell(text: string, width: number, maxLines = MAX_CELL_LINES): string[] {
  const room = Math.max(1, width);
  const lines = wrapText(text, room).flatMap((line) => (displayWidth(line) <= room ? [line] : cutToWidth(line, room)));
  if (lines.length <= maxLines) return lines;
  // A table is an overview: a cell longer than this ends in an ellipsis (the list view shows it all).
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = cutToWidth(kept[maxLines - 1]!, Math.max(1, room - 1))[0]!.trimEnd() + '…';
  return kept;
}

/**
 * Most lines a table cell shows. Also bounds cli-table3's cost, which grows faster than
 * quadratically with the lines of a cell.
 */
export const MAX_CELL_LINES = 12;

/** Cuts a line into pieces of at most `width` columns, never inside a surrogate pair. */
function cutToWidth(line: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of line) {
    const size = displayWidth(ch);
    if (used + size > width && piece !== '') {
      pieces.push(piece.trimEnd());
      piece = '';
      used = 0;
    }
    if (piece === '' && ch === ' ') continue;
    piece += ch;
    used += size;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Appends lines one by one: `lines.push(...wrapped)` overflows the call stack when a long
 * paragraph wraps to more lines than a call takes arguments.
 */
export function appendLines(lines: string[], more: readonly string[]): void {
  for (const line of more) lines.push(line);
}
