import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { isSingular } from '../../src/extract/quotes/pronoun-antecedents.js';

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

describe('a word after a signature\'s closing comma', () => {
  it.each([
    ['a preposition after a label', '"We will rebuild the bridge by next summer."', 'Tom Hale, the mayor, in a speech to the council', 'Tom Hale'],
    ['"and" after a label', '"We will rebuild the bridge by next summer."', 'Tom Hale, mayor of Riverton, and chair of the harbour board', 'Tom Hale'],
    ['a past tense after a label (narration)', '"We will rebuild the bridge by next summer."', 'Tom Hale, the mayor, visited the site on Monday.', null],
    ['an auxiliary after a label (narration)', '"We will rebuild the bridge by next summer."', 'Tom Hale, the mayor, is at the site.', null],
  ])('reads %s', async (_, quote, label, speaker) => {
    const quotes = await quotesOf(quote, label);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });

  it.each([
    ['a preposition after a dash signature', '"We are ready for the storm." — Jo Park, a nurse, in Riverton', 'Jo Park'],
    ['"and" on the line after', '"We are ready for the storm."\nJo Park, a nurse, and mother of three', 'Jo Park'],
    ['a verb on the line after (narration)', '"We are ready for the storm."\nJo Park, a nurse, visits the ward.', null],
  ])('reads %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });
});

describe('a bare cue after a quotation of its own', () => {
  const opening = 'Ana Ruiz opened the meeting. "The bridge is unsafe."';
  it.each([
    ['a reported clause after a time', `${opening} Hale said over the weekend the engineers had found deep cracks.`, null],
    ['a reported clause after a long circumstance', `${opening} Hale told reporters in Riverton on Monday when the council met to discuss the closure the engineers had been wrong about the cracks all along.`, null],
    ['only a time (bare)', `${opening} Hale said over the weekend.`, 'Hale'],
  ])('reads %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({ text: 'The bridge is unsafe.', speaker });
  });

  it('keeps the reported clause after the time', async () => {
    const quotes = await quotesOf(`${opening} Hale said over the weekend the engineers had found deep cracks.`);
    expect(quotes.find((q) => q.kind === 'reported')).toMatchObject({ speaker: 'Hale' });
  });
});

describe('a tag in parentheses and a dash at a block\'s start', () => {
  it.each([
    ['a party tag and a dash appositive', 'Ana Ruiz (DEM) – a veteran lawmaker – said on Monday: "We will win the seat."', 'Ana Ruiz'],
    ['a group tag and a dash appositive', 'Tom Hale (NRA) – the group\'s president – told reporters: "We will sue the city."', 'Tom Hale'],
    ['a place and an agency tag (a dateline)', 'Riverton (AFP) – Mayor Ana Ruiz said on Monday: "We will win the seat."', 'Ana Ruiz'],
  ])('reads %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });
});

describe('"it" after a person at an outlet', () => {
  it.each([
    ['a spokesman for a paper', '"We will sue," said a spokesman for the New York Times.', null],
    ['an anchor at a channel', '"We will sue," said an anchor at Fox News.', null],
    ['the paper itself', '"We will sue," said the New York Times.', 'New York Times'],
    ['an outlet with a role word in its name', '"We will sue," Vice News reported.', 'Vice News'],
  ])('resolves "it" after %s', async (_, first, speaker) => {
    const quotes = await quotesOf(first, '"We have the papers," it said.');
    expect(quotes[1]).toMatchObject({ mention: 'it', speaker });
  });
});

describe('bodies "it" may stand for', () => {
  it.each([
    ['a spokesman for the New York Times', false],
    ['anchor at Fox News', false],
    ['Sanders campaign', true],
    ['Republican National Committee', true],
  ])('reads %j as a body "it" may stand for: %s', (name, singular) => {
    expect(isSingular(name)).toBe(singular);
  });
});

describe('a dash signature under a quotation', () => {
  const quote = '"We will rebuild the bridge by next summer."';
  it.each([
    ['two names joined by "and"', '- Ana Ruiz and Tom Hale, in a joint statement', 'Ana Ruiz'],
    ['two names joined by "&"', '— Tom Hale & Ana Ruiz', 'Tom Hale'],
    ['an elided particle', "— Ana d'Souza, the French envoy", "Ana d'Souza"],
    ['a name and a circumstance', '- Tom Hale at the rally', 'Tom Hale'],
    ['a name and a medium', '- Tom Hale on Twitter', 'Tom Hale'],
    ['a bullet point with one capitalised noun (no name)', '- Repairs to the bridge and the road to the ferry by next summer.', null],
    ['a bullet point joining two nouns (no name)', '- Repairs and Upgrades to the bridge', null],
  ])('reads %s', async (_, label, speaker) => {
    const quotes = await quotesOf(quote, label);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });
});

describe('"states" and clause-only verbs', () => {
  it.each([
    ['a document and an adverb before "states"', 'The report also states that the bridge is unsafe.', 'report'],
    ['a document right before "states"', 'The report states that the bridge is unsafe.', 'report'],
    ['"estimated that"', 'The ministry estimated that it would cost $5m.', 'ministry'],
  ])('reports %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'reported', speaker });
  });

  it.each([
    ['the noun "states" and an adverb', 'Voters in the states also want a new bridge.'],
    ['the noun "states" before "that"', 'In the states that vote early, turnout was high.'],
    // Arguable: `it` may open a clause here, but after `estimated` it more often starts a figure.
    ['"estimated it" (a figure, not a quote)', 'The ministry estimated it would cost $5m.'],
  ])('reports nothing for %s', async (_, paragraph) => {
    expect(await quotesOf(paragraph)).toEqual([]);
  });
});

describe('a demonym that is also a surname', () => {
  it.each([
    ['after the article names the person in full', '"We will rebuild," said Tom Finn.', 'Tom Finn'],
    ['when no one of that surname is named (a new person)', '"We will rebuild," said Tom Hale.', 'smiling Finn'],
  ])('reads "a smiling Finn" %s', async (_, first, speaker) => {
    const quotes = await quotesOf(first, '"It is cold," said a smiling Finn.');
    expect(quotes[1]).toMatchObject({ mention: 'a smiling Finn', speaker });
  });
});

describe('party words in a speaker', () => {
  it.each([
    ['a party as a body', '"We will win," the Republican Party said.', 'Republican Party'],
    ['a body led by a party word', '"We will win," said the Republican National Committee.', 'Republican National Committee'],
    ['a party label before a person', '"The vote was fair," said Democrat Ana Ruiz.', 'Ana Ruiz'],
  ])('reads %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });
});

describe('a body, a role and a person after an inverted cue', () => {
  it.each([
    ['a body led by a party word', '"We will win," said Republican Jewish Coalition director Ana Ruiz.', 'Ana Ruiz'],
    ['a body and a role', '"We will win," said Harbour Board director Ana Ruiz.', 'Ana Ruiz'],
    ['a body and two role words', '"We will win," said Harbour Board senior adviser Ana Ruiz.', 'Ana Ruiz'],
    ['a body alone (no person)', '"We will win," said the Harbour Board on Monday.', 'Harbour Board'],
  ])('reads %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });

  it.each([
    ['a campaign is no campaign spokesman', 'said Riverton campaign spokesman Tom Hale', '"We will win," the Ruiz campaign said.', 'Ruiz campaign'],
    ['the mayor is the one mayor named', 'said Riverton mayor Tom Hale', '"We will win," the mayor said.', 'Tom Hale'],
  ])('resolves a description: %s', async (_, attribution, second, speaker) => {
    const quotes = await quotesOf(`"The bridge will hold," ${attribution}.`, second);
    expect(quotes[1]).toMatchObject({ speaker });
  });
});
