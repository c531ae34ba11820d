import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/article.js';
import { matchesSpeaker } from '../../src/cli/commands/quotes.js';

/** A quote signed by two people, as extractQuotes gives it. */
const signedByTwo: Quote = {
  text: 'We will not raise taxes this year,', kind: 'direct', speaker: 'Ann Bell and Tom Hale', mention: 'Ann Bell and Tom Hale', role: null,
  cue: 'said', audience: null, paragraph: 2, sentence: 0, start: 10, end: 44, fragments: [{ start: 10, end: 44 }], speakerSpan: null, cueSpan: null,
};

describe('--speaker on a quote signed by two people', () => {
  it.each(['Ann Bell', 'tom hale', 'Bell', 'HALE', 'Ann Bell and Tom Hale'])('finds it by %s', (wanted) => {
    expect(matchesSpeaker(signedByTwo, wanted)).toBe(true);
  });

  it.each(['Ann Hale', 'Reed'])('does not find it by %s', (wanted) => {
    expect(matchesSpeaker(signedByTwo, wanted)).toBe(false);
  });
});
