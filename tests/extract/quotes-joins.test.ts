import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';

/** The direct quotes of one paragraph we wrote, after a paragraph naming the people. */
async function directQuotes(paragraph: string) {
  const quotes = extractQuotes(await articleFromParagraphs('Mayor John Reed and Councillor Mary Stone met the council on Monday.', paragraph));
  return quotes.filter((q) => q.paragraph === 2 && q.kind === 'direct').map((q) => ({ text: q.text, speaker: q.speaker, fragments: q.fragments.length }));
}

describe('a quotation going on after its cue', () => {
  it.each([
    ['after a comma', '"We will build it," Reed said. "The money is there."', 'We will build it, The money is there.'],
    ['after a question mark', '"Is that not a bribe?" Reed asked. "I think it is a bribe."', 'Is that not a bribe? I think it is a bribe.'],
    ['after an exclamation mark', '"What a day!" Reed said. "We finally won the vote."', 'What a day! We finally won the vote.'],
    ['after one short sentence of narration', '"Those are very small towns," Reed said. They lie far from any city. "That is a tough area."', 'Those are very small towns, That is a tough area.'],
  ])('is one quote of the same speaker: %s', async (_label, paragraph, text) => {
    expect(await directQuotes(paragraph)).toEqual([{ text, speaker: 'John Reed', fragments: 2 }]);
  });

  it.each([
    ['a second speaker’s cue between', '"We will build it," Reed said. Stone replied: "The money is not there."', [['We will build it,', 'John Reed'], ['The money is not there.', 'Mary Stone']]],
    ['a quotation with a cue of its own', '"We will build it," Reed said. "The money is not there," Stone said.', [['We will build it,', 'John Reed'], ['The money is not there,', 'Mary Stone']]],
    ['two sentences of narration between', '"We will build it," Reed said. The council met again. It voted on the bridge. "The money is not there yet."', [['We will build it,', 'John Reed'], ['The money is not there yet.', 'John Reed']]],
  ])('stays apart with %s', async (_label, paragraph, expected) => {
    const quotes = await directQuotes(paragraph);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
