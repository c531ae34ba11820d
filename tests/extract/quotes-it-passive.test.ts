import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';

/** The quotes of short articles we wrote: a headline line, then the given paragraphs. */
async function quotesOf(...paragraphs: string[]) {
  return extractQuotes(await articleFromParagraphs(...paragraphs));
}

describe('an "it" speaker with no body or document quoted before it', () => {
  it.each([
    ['the subject of its own sentence', 'The harbour trust hopes to stop what it calls "a quiet sell-off of the old quay."', 'harbour trust'],
    ['the subject of the sentence before', 'The council memo runs to nine pages. It says the bridge must close for a whole year.', 'council memo'],
  ])('stands for the described thing that is %s', async (_label, paragraph, speaker) => {
    const quotes = await quotesOf('The town council met on Monday to discuss the bridge.', paragraph);
    expect(quotes).toContainEqual(expect.objectContaining({ mention: expect.stringMatching(/^it$/i), speaker }));
  });

  it.each([
    ['a person described', 'The mayor spoke for an hour. It says the bridge must close for a whole year.'],
    ['nothing described', 'Rain fell all week on the harbour. It says the bridge must close for a whole year.'],
  ])('stays unresolved after %s', async (_label, paragraph) => {
    const quotes = await quotesOf('The town council met on Monday to discuss the bridge.', paragraph);
    expect(quotes).toContainEqual(expect.objectContaining({ mention: 'It', speaker: null }));
  });
});

describe('a passive cue with an adverb before it', () => {
  it.each([
    ['"was briefly mentioned"', 'It was briefly mentioned that the ferry company sold two boats last spring.'],
    ['"has been sharply criticized"', 'The harbour master has been sharply criticized by the fishermen over the silted channel.'],
  ])('names no speaker: %s', async (_label, paragraph) => {
    expect(await quotesOf('The town council met on Monday to discuss the bridge.', paragraph)).toEqual([]);
  });

  it('leaves an active cue with an adverb as speech', async () => {
    const quotes = await quotesOf('Mayor John Reed met the council on Monday.', 'Reed openly warned that the bridge would close.');
    expect(quotes).toContainEqual(expect.objectContaining({ kind: 'reported', speaker: 'John Reed', text: 'the bridge would close' }));
  });
});

describe('a capitalised sentence adverb', () => {
  it.each(['Finally', 'Separately', 'Ultimately'])('is never a speaker: %s', async (adverb) => {
    const quotes = await quotesOf('Mayor John Reed met the council on Monday.', `${adverb} announced plans to give away the old harbour bridge.`);
    expect(quotes.map((q) => q.speaker)).not.toContain(adverb);
  });
});
