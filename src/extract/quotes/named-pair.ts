/**
 * Two people signing one quote: `"Q," said Ann Bell and Tom Hale.`, `Bell and Hale said ...`.
 * The quote's speaker is the first (merged with the fullest form the article uses) and its
 * co-speaker the second, so `speakers`, the grouped list and `--speaker` credit each of them.
 */
import type { RawQuote } from './raw-quote.js';
import { parseMention, type ParsedMention } from './names.js';
import { startsUpper } from './char-class.js';

/** The two halves of a speaker phrase, each a span of the text and its reading. */
export interface NamedPair {
  left: NonNullable<RawQuote['mention']>;
  right: NonNullable<RawQuote['mention']>;
  leftParsed: ParsedMention;
  rightParsed: ParsedMention;
}

const JOIN = ' and ';
/** Most words of either name: a longer half is a clause, not a name. */
const MAX_HALF_WORDS = 5;

/**
 * `Ann Bell and Tom Hale` read as two speakers: one `and` between two capitalised halves that each
 * read as a name, of a person or a group (`Democrats and Republicans`); an outlet or a body in
 * either half (`Fox News and Reuters`) keeps the phrase one speaker.
 */
export function namedPair(mention: NonNullable<RawQuote['mention']>): NamedPair | null {
  const { text } = mention;
  const at = text.indexOf(JOIN);
  if (at <= 0 || text.indexOf(JOIN, at + 1) !== -1) return null;
  const leftText = text.slice(0, at);
  const rightText = text.slice(at + JOIN.length);
  if (!startsUpper(leftText) || !startsUpper(rightText) || halfTooLong(leftText) || halfTooLong(rightText)) return null;
  const leftParsed = parseMention(leftText);
  const rightParsed = parseMention(rightText);
  if (!leftParsed.person || !rightParsed.person || !leftParsed.name || !rightParsed.name) return null;
  const rightStart = mention.start + at + JOIN.length;
  return {
    left: { start: mention.start, end: mention.start + at, text: leftText },
    right: { start: rightStart, end: mention.end, text: rightText },
    leftParsed,
    rightParsed,
  };
}

function halfTooLong(half: string): boolean {
  return half.split(' ').length > MAX_HALF_WORDS;
}
