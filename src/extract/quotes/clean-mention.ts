import { CONTRACTION_OPENERS, LONE_DETERMINERS, SPEAKER_STOP_WORDS } from '../lexicon/speaker-stops.js';
import type { RawQuote } from './raw-quote.js';

const TRAILING_PUNCTUATION = '.,:;';

/** Most stop words stripped from the front of one speaker phrase (`But while Trump`). */
const MAX_LEADING_STOPS = 3;

/**
 * A speaker phrase without the sentence openers that capitalisation rules took for a name:
 * `While Trump` -> `Trump`, `Maybe Trump` -> `Trump`; a phrase of nothing but such words
 * (`Even`, `Here`, `Because`, `I'm`) names no one and gives null. A lone upper-case word of a
 * quotation with no cue (`PHILADELPHIA`) is a dateline, not a speaker. Determiners and
 * quantifiers are never stripped: `an Iowa Democrat`, `this source`, `Others` name speakers.
 */
export function cleanMention(raw: RawQuote): RawQuote['mention'] {
  const mention = raw.mention;
  if (!mention) return null;
  const { text } = mention;
  // Most speaker phrases start with a name: one look-up of the first word clears them.
  const firstEnd = text.indexOf(' ');
  let end = firstEnd === -1 ? text.length : firstEnd;
  while (end > 0 && TRAILING_PUNCTUATION.includes(text[end - 1]!)) end--;
  const first = text.slice(0, end);
  if (!isStop(first.toLowerCase())) {
    return (!raw.cue || raw.cue.text.endsWith('ing')) && firstEnd === -1 && /^\p{Lu}{5,}$/u.test(first) ? null : mention;
  }
  let offset = 0;
  for (let n = 0; n < MAX_LEADING_STOPS; n++) {
    const match = /^([\p{L}’']+),?\s+/u.exec(text.slice(offset));
    if (!match || !(SPEAKER_STOP_WORDS.has(match[1]!.toLowerCase()) || CONTRACTION_OPENERS.has(match[1]!.toLowerCase()))) break;
    offset += match[0].length;
  }
  const rest = text.slice(offset).replace(/[.,:;]+$/u, '');
  // `a recent`, `this past`, `Even`: nothing but function words names no one.
  if (rest.toLowerCase().split(/\s+/u).every(isStop)) return null;
  // `WASHINGTON — ..., saying "Q"`: a dateline, not a speaker, before a quote with no cue or a participle's.
  if ((!raw.cue || raw.cue.text.endsWith('ing')) && /^\p{Lu}{5,}$/u.test(rest)) return null;
  return offset === 0 ? mention : { start: mention.start + offset, end: mention.end, text: text.slice(offset) };
}

function isStop(word: string): boolean {
  return SPEAKER_STOP_WORDS.has(word) || LONE_DETERMINERS.has(word) || CONTRACTION_OPENERS.has(word);
}
