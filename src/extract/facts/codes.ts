import type { Token } from './tokens.js';

// Digits that identify rather than count: codes, handles, IDs and phone numbers. Read by
// quantities.ts, which reports no amount for them.

/** Text ending in a letter, an underscore or @: digits glued to it are a code. */
const ENDS_IN_LETTER = /[\p{L}_@]$/u;

/**
 * Digits that are part of a code, not an amount: glued to letters ("@fred_945", "A6", "P2qpm3h"),
 * a markup attribute's value (tweet_id="7782..."), or ten digits and more with no separator (IDs,
 * timestamps; an amount that long is written with commas or a scale word).
 */
export function glued(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  const before = tokens[at - 1];
  if (/^\d{10,}$/.test(token.text)) return true;
  if (before && !token.spaced && ENDS_IN_LETTER.test(before.text)) return true;
  return before?.text === '"' && !token.spaced && tokens[at - 2]?.text === '=';
}

/**
 * Phone numbers: "800-273-8255", or "(800) 273-8255" after the area code. A bare "500-1000" is
 * a range, so three-four digits alone are not enough.
 */
export function phone(tokens: readonly Token[], at: number): boolean {
  const digits = (k: number, n: number) => tokens[k]?.text.length === n && /^\d+$/.test(tokens[k]!.text);
  const dash = (k: number) => tokens[k]?.text === '-' && !tokens[k]!.spaced && tokens[k + 1]?.spaced === false;
  if (digits(at, 3) && dash(at + 1) && digits(at + 2, 3) && dash(at + 3) && digits(at + 4, 4)) return true;
  if (digits(at, 3) && dash(at + 1) && digits(at + 2, 4) && tokens[at - 1]?.text === ')') return true;
  // The rest of a phone number whose start was already skipped.
  return (digits(at, 3) || digits(at, 4)) && dash(at - 1) && digits(at - 2, 3);
}
