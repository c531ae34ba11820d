/** A word or a punctuation mark of a block, with its place. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the marked span (within the block) holding this token, or -1 outside quotes. */
  quote: number;
  /** 0-based sentence of the block the token starts in. */
  sentence: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

/** Words keep inner hyphens, apostrophes, dots and ampersands: `al-Abadi`, `don't`, `U.S`, `AT&T`. */
const MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„']);
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Tokenises `text.slice(from, to)` in one pass. `quoteAt` and `sentenceAt` are sorted span lists
 * walked alongside, so labelling each token costs nothing extra.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: readonly { open: number; close: number }[],
  sentences: readonly { start: number; end: number }[],
): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  let q = 0;
  let s = 0;
  for (const match of slice.matchAll(TOKEN)) {
    const start = from + match.index;
    const end = start + match[0].length;
    while (q < quotes.length && quotes[q]!.close <= start) q++;
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= start) s++;
    const inQuote = q < quotes.length && quotes[q]!.open < start && start < quotes[q]!.close;
    const isMark = q < quotes.length && MARKS.has(match[0]) && (start === quotes[q]!.open || end === quotes[q]!.close);
    tokens.push({
      text: match[0],
      lower: match[0].toLowerCase(),
      start,
      end,
      quote: inQuote && !isMark ? q : -1,
      sentence: s,
      word: /[\p{L}\p{N}]/u.test(match[0]),
    });
  }
  return tokens;
}

/** True for a token that starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}
