import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';

/** The quotes of one paragraph we wrote, after a paragraph naming the people, as kind, speaker, cue and text. */
async function quotesOf(paragraph: string) {
  const quotes = extractQuotes(await articleFromParagraphs('Mayor John Reed and Councillor Mary Stone met the council on Monday.', paragraph));
  return quotes.filter((q) => q.paragraph === 2).map((q) => [q.kind, q.speaker, q.cue, q.text]);
}

describe('a cue inside an opening subordinate clause', () => {
  it.each([
    ['"After"', 'After Reed argued that the bridge should stay open, Stone said only that his "sums leave out the ferry."', [['reported', 'John Reed', 'argued', 'the bridge should stay open'], ['direct', 'Mary Stone', 'said', 'sums leave out the ferry.']]],
    ['"When"', 'When Reed said the works would start in May, Stone told reporters that the money was not there.', [['reported', 'John Reed', 'said', 'the works would start in May'], ['reported', 'Mary Stone', 'told', 'the money was not there']]],
  ])('says no more than its clause before the main clause’s own cue: %s', async (_label, paragraph, expected) => {
    expect(await quotesOf(paragraph)).toEqual(expected);
  });

  it('keeps a comma inside what was said when no cue follows it', async () => {
    expect(await quotesOf('Reed said the bridge, which is old, would close in May.')).toEqual([['reported', 'John Reed', 'said', 'the bridge, which is old, would close in May']]);
  });
});
