import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';

/** Our own short articles: a headline line, then the given paragraphs. */
async function quotesOf(...paragraphs: string[]) {
  return extractQuotes(await articleFromParagraphs(...paragraphs));
}

describe('a "by" after an inverted cue', () => {
  it.each([
    ['inside the described speaker', '"We will win," said a man standing by the door.', 'man standing by the door'],
    ['inside a partitive speaker', '"We will win," said one of the men arrested by police.', 'one of the men arrested by police'],
    ['right after the cue (a passive)', '"The plan is a sham," reported by the Herald.', null],
    ['after the cue and an adverb (a passive)', '"The plan is a sham," said earlier by the Herald.', null],
  ])('reads a "by" %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });
});
