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
    ['after one short sentence of narration', '"The ferry runs twice a week," Reed said. It leaves from the old pier. "Nobody wants to cut it."', 'The ferry runs twice a week, Nobody wants to cut it.'],
    ['after an aside whose subject is the speaker', '"The ferry runs twice a week," Reed said. Reed paused. "Nobody wants to cut it."', 'The ferry runs twice a week, Nobody wants to cut it.'],
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

  it.each([
    ['an aside ending in a colon', '"That is false," Stone said. Hale was blunt: "The plan is a fraud."', ['That is false,', 'Mary Stone'], ['The plan is a fraud.', 'Hale']],
    ['a question, then an aside naming another person', '"Is the ferry dying?" Reed asked. Marsh laughed. "Not at all."', ['Is the ferry dying?', 'John Reed'], null],
    ['a question put to someone, who answers', '"Will you run?" Reed asked Stone. Stone smiled. "Maybe next year."', ['Will you run?', 'John Reed'], null],
    ['an aside whose subject is another full name', '"We will win," Reed said. Anna Marsh laughed. "They will lose."', ['We will win,', 'John Reed'], null],
    ['a question put to someone, then he or she', '"Will you run?" Reed asked Stone. She smiled. "Maybe next year."', ['Will you run?', 'John Reed'], null],
  ])('are not joined across %s', async (_label, paragraph, first, second) => {
    const quotes = (await quotesOfParagraph(paragraph)).map((q) => [q.text, q.speaker]);
    expect(quotes[0]).toEqual(first);
    expect(quotes).toHaveLength(2);
    if (second) expect(quotes[1]).toEqual(second);
  });
});

/** Every quote of one paragraph we wrote, after the paragraph naming the people. */
async function quotesOfParagraph(paragraph: string) {
  const quotes = extractQuotes(await articleFromParagraphs('Mayor John Reed and Councillor Mary Stone met the council on Monday.', paragraph));
  return quotes.filter((q) => q.paragraph === 2);
}
