import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';

/** Our own short articles: a headline line, a paragraph naming the people, then the given paragraphs. */
async function quotesOf(...paragraphs: string[]) {
  return extractQuotes(await articleFromParagraphs('Mayor John Reed and Councillor Mary Stone met the council on Monday.', ...paragraphs));
}

/** The one quote of the last paragraph, as kind, text, mention and speaker. */
async function lastQuote(sentence: string) {
  const quotes = await quotesOf(sentence);
  const last = quotes.filter((q) => q.paragraph === 2);
  expect(last).toHaveLength(1);
  const [q] = last;
  return { kind: q!.kind, text: q!.text, mention: q!.mention, speaker: q!.speaker, coSpeaker: q!.coSpeaker };
}

describe('sentence adverbs before the subject', () => {
  it.each([
    ['"Rather," then a pronoun', 'Rather, he said the city would borrow money for the bridge.', 'the city would borrow money for the bridge', 'John Reed'],
    ['"Instead," then a name', 'Instead, Stone argued that the bridge could wait another year.', 'the bridge could wait another year', 'Mary Stone'],
    ['an -ly adverb', 'Separately, Reed said the roads would close in May.', 'the roads would close in May', 'John Reed'],
    ['"Rather than" opening a phrase', 'Rather than wait, Stone said the council should act now.', 'the council should act now', 'Mary Stone'],
  ])('are neither what was said nor who said it: %s', async (_label, sentence, text, speaker) => {
    expect(await lastQuote(sentence)).toMatchObject({ kind: 'reported', text, speaker });
  });

  it.each([
    ['a quotation opening with the adverb', '"Instead, we should fix the roads first," Stone said.', 'direct', 'Instead, we should fix the roads first,', 'Mary Stone'],
    ['a fronted clause of reported speech', 'The bridge is safe for now, Reed said.', 'reported', 'The bridge is safe for now', 'John Reed'],
    ['a fronted circumstance', 'In a letter, Reed said the bridge was safe for now.', 'reported', 'the bridge was safe for now', 'John Reed'],
  ])('leave near misses as they were: %s', async (_label, sentence, kind, text, speaker) => {
    expect(await lastQuote(sentence)).toMatchObject({ kind, text, speaker });
  });

  it.each([
    ['a conjunction', 'But the city cannot borrow any more money this year, she said.', 'But the city cannot borrow any more money this year', 'Mary Stone'],
    ['a condition', 'If the bonds fail, the city will close three libraries, Reed said.', 'If the bonds fail, the city will close three libraries', 'John Reed'],
    ['an -ly adverb and its clause', 'Clearly, the council was wrong about the budget, Reed said.', 'Clearly, the council was wrong about the budget', 'John Reed'],
    ['a reason', 'Because rates are low, now is the time to borrow, Reed said.', 'Because rates are low, now is the time to borrow', 'John Reed'],
    ['"So"', 'So the council has a choice to make this week, Reed said.', 'So the council has a choice to make this week', 'John Reed'],
    ['"Instead," and its clause', 'Instead, the council should act now, Reed said.', 'Instead, the council should act now', 'John Reed'],
    ['"Ultimately," and its clause', 'Ultimately, the voters decide, Reed said.', 'Ultimately, the voters decide', 'John Reed'],
    ['"Instead of" with nothing after the cue', 'Instead of cuts, the city should borrow, Reed said.', 'Instead of cuts, the city should borrow', 'John Reed'],
  ])('keep a fronted clause that only opens with such a word as what was said: %s', async (_label, sentence, text, speaker) => {
    const quotes = await quotesOf('Stone spoke first.', sentence);
    const last = quotes.filter((q) => q.paragraph === 3);
    expect(last).toHaveLength(1);
    expect(last[0]).toMatchObject({ kind: 'reported', text, speaker });
  });

  it('leave a fronted clause with a cue of its own to its speaker', async () => {
    const quotes = await quotesOf('Although Stone said the plan would fail, Reed said it would pass.');
    expect(quotes.filter((q) => q.paragraph === 2).map((q) => [q.speaker, q.text])).toEqual([
      ['Mary Stone', 'the plan would fail'],
      ['John Reed', 'it would pass'],
    ]);
  });
});

describe('an adverb between the subject and the cue', () => {
  it.each([
    ['a description', 'The law clearly states that the council must publish its accounts.', 'The law', 'law'],
    ['a named person', 'Councillor Mary Stone plainly said that the council had broken the law.', 'Councillor Mary Stone', 'Mary Stone'],
    ['a pronoun', 'He firmly told reporters that the bridge would open in June.', 'He', 'John Reed'],
  ])('is stepped over: %s', async (_label, sentence, mention, speaker) => {
    expect(await lastQuote(sentence)).toMatchObject({ kind: 'reported', mention, speaker });
  });

  it.each([
    ['a family', 'The family said the funeral would be private.', 'The family', 'family'],
    ['an ally', 'A close ally said the mayor would not resign this year.', 'A close ally', 'close ally'],
  ])('keeps an -ly noun as the speaker: %s', async (_label, sentence, mention, speaker) => {
    expect(await lastQuote(sentence)).toMatchObject({ kind: 'reported', mention, speaker });
  });
});

describe('two people signing one quote', () => {
  it.each([
    ['after an inverted cue', '"We will not raise taxes this year," said Ann Bell and Tom Hale.', 'Ann Bell', 'Tom Hale'],
    ['after an inverted cue and a circumstance', '"We will not raise taxes this year," said Ann Bell and Tom Hale on Monday.', 'Ann Bell', 'Tom Hale'],
    ['before the cue', '"The accounts are late again," Peter Grant and Lucy Moore said.', 'Peter Grant', 'Lucy Moore'],
  ])('gives the first as speaker and the second as co-speaker: %s', async (_label, sentence, speaker, coSpeaker) => {
    expect(await lastQuote(sentence)).toMatchObject({ kind: 'direct', speaker, coSpeaker, mention: `${speaker} and ${coSpeaker}` });
  });

  it('merges each name with the fullest form the article uses', async () => {
    const quotes = await quotesOf('"We will vote for the budget," Reed and Stone said.');
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: 'John Reed', coSpeaker: 'Mary Stone' }));
  });

  it.each([
    ['a name then another clause', '"The bridge will open in June," Reed said, and Stone agreed with him.', 'John Reed'],
    ['groups joined by "and"', '"We will vote against the budget," Democrats and Republicans said.', 'Democrats and Republicans'],
    ['one name twice, a company', '"We will appeal the ruling," Hale and Hale said.', 'Hale and Hale'],
    ['a second name that opens a clause of its own', '"We are proud of this deal," said Ann Bell and Tom Hale agreed.', 'Ann Bell'],
  ])('leaves near misses with no co-speaker: %s', async (_label, sentence, speaker) => {
    const quotes = await quotesOf(sentence);
    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({ speaker, coSpeaker: null });
  });
});

describe('a pronoun after a surname named alone', () => {
  it('stands for the person the article names in full with that surname, of its gender, over a full name named since', async () => {
    const quotes = extractQuotes(await articleFromParagraphs(
      'Ruth Marsh and Paul Marsh toured the harbour on Monday with the mayor of the town.',
      'The harbour master, Kit Ortiz, showed the visitors the old bridge, and Ortiz pointed at its cracks.',
      'At the quay on Friday, Marsh shrugged off the rival leaflet. "It proves they are nervous," she said.',
    ));
    expect(quotes).toContainEqual(expect.objectContaining({ mention: 'she', speaker: 'Ruth Marsh' }));
  });

  it('stays unresolved when the surname fits no one of that gender', async () => {
    const quotes = extractQuotes(await articleFromParagraphs(
      'The harbour board met on Monday to discuss the bridge and its cost.',
      'At the quay on Friday, Porter shrugged off the rival leaflet. "It proves they are nervous," she said.',
    ));
    expect(quotes).toContainEqual(expect.objectContaining({ mention: 'she', speaker: null }));
  });
});
