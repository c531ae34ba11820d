import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';

/** Our own short articles: a headline line, then the given paragraphs. */
async function quotesOf(...paragraphs: string[]) {
  return extractQuotes(await articleFromParagraphs(...paragraphs));
}

const LEAD = 'Tom Hale opened the harbour bridge on Monday.';

describe('quotations signed after their text', () => {
  it.each([
    ['a name on the last line inside the marks', '"The bridge will carry twice the traffic of the old one.\nJane Porter, Harbour Institute."', 'Jane Porter', 'The bridge will carry twice the traffic of the old one.'],
    ['a description on the last line inside the marks', '"“If I paid for it, I would want answers. That is what I would ask.”\nHarbour council member."', 'Harbour council member', 'If I paid for it, I would want answers. That is what I would ask.'],
    ['a dash and a name after the closing mark', '“We will never forget what happened here, and we will keep going.” — Jane Porter, a nurse in Harbourtown', 'Jane Porter', 'We will never forget what happened here, and we will keep going.'],
    ['a horizontal bar and a name with a full stop', '“This is the worst day in the history of our town, and we know it.” ―Ben Ortiz, mayor of Harbourtown.', 'Ben Ortiz', 'This is the worst day in the history of our town, and we know it.'],
    ['a dash on the next line', '“I cannot believe the council let this happen to all of us here.”\n― Ana Ruiz, teacher', 'Ana Ruiz', 'I cannot believe the council let this happen to all of us here.'],
    ['a name, a role and a town on the next line', '“They should all be ashamed of what they did to these families.”\nMark Stevens, retired firefighter, Harbourtown', 'Mark Stevens', 'They should all be ashamed of what they did to these families.'],
    ['a name and role alone on the next line', '“They should all be ashamed of what they did to these families.”\nMark Stevens, retired firefighter', 'Mark Stevens', 'They should all be ashamed of what they did to these families.'],
    ['a dash on the next line and a circumstance', '"I will build the best bridge this harbour has ever seen, believe me."\n-Tom Hale on the campaign trail', 'Tom Hale', 'I will build the best bridge this harbour has ever seen, believe me.'],
    ['an honorific in the signed name', '“The bridge is a triumph of patience and of public money well spent.” — Sen. Ana Ruiz', 'Ana Ruiz', 'The bridge is a triumph of patience and of public money well spent.'],
  ])('gives the quotation to %s', async (_, paragraph, speaker, text) => {
    const quotes = await quotesOf(LEAD, paragraph);
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker, text });
  });

  it.each([
    ['a dash that opens a clause, not a name', 'He called the bridge “a triumph of patience” — a claim the council disputes.'],
    ['a second line that is a sentence', '"The bridge will carry twice the traffic of the old one.\nThe council voted for it in May."'],
    ['a line of narration opening on a place', 'The sign on the gate: "No entry after dark, by order of the council."\nHarbour Road in Riverton is closed at night.'],
    ['a place, an appositive and a verb on the next line', 'The sign on the gate: "No entry after dark, by order of the council."\nHarbour Road, in Riverton, is closed at night.'],
    ['a name that goes on into narration', '“The bridge will carry twice the traffic of the old one.” — Jane Porter, in her long report to the harbour board, went on to list every pier and every toll the council had planned for it.'],
  ])('takes no signature from %s', async (_, paragraph) => {
    const quotes = await quotesOf(LEAD, paragraph);
    expect(quotes.at(-1)).toMatchObject({ speaker: null });
  });
});

describe('label paragraphs under a quotation', () => {
  it.each([
    ['a dash and a name', '- Porter.', 'Porter'],
    ['a dash, a name and an affiliation', '― Ana Ruiz (D-Ore.), a senator since 2010', 'Ana Ruiz'],
    ['a name and an affiliation with no dash', 'Mark Stevens, retired firefighter', 'Mark Stevens'],
    ['a post’s signature with its handle and date', '— Jo Park (@jopark) October 10, 2016', 'Jo Park'],
    ['a dash, a title with "of" and a name with particles', '- Secretary of State Ana de la Cruz, speaking in Salem', 'Ana de la Cruz'],
    ['a name, a role and an institution after a second comma', 'Jane Porter, co-director, Harbour Institute', 'Jane Porter'],
  ])('gives the quotation above to %s', async (_, label, speaker) => {
    const quotes = await quotesOf(LEAD, '"The harbour pays no taxes at all, and everyone here knows it."', label);
    expect(quotes).toEqual([expect.objectContaining({ speaker, kind: 'direct' })]);
  });

  it.each([
    ['a sentence of narration', 'The council, however, disagreed.'],
    ['a place and a state', 'Harbourtown, Oregon.'],
    ['a name followed by a verb of saying', 'Mark Stevens, the mayor, said so.'],
    ['a name, an appositive and a verb of narration', 'Tom Hale, the mayor, visited the site on Monday.'],
    ['a bullet point after a dash', '- Repairs to the bridge and the road to the ferry by next summer.'],
    ['a name and a relative clause', 'Tom Hale, who visited the site on Monday.'],
  ])('takes no speaker from %s', async (_, label) => {
    const quotes = await quotesOf(LEAD, '"The harbour pays no taxes at all, and everyone here knows it."', label);
    const quote = quotes.find((q) => q.text.startsWith('The harbour'));
    expect(quote).toMatchObject({ speaker: null, cue: null });
  });
});

describe('pull quotes with longer signatures', () => {
  it.each([
    ['a dash before the name', '"The bridge will carry twice the traffic of the old one.\n― Jane Porter, Harbour Institute"', 'Jane Porter'],
    ['an honorific and an initial', '"The bridge will carry twice the traffic of the old one.\nSen. Ana M. Ruiz (D-Ore.)."', 'Ana M. Ruiz'],
    ['a long affiliation', '"The bridge will carry twice the traffic of the old one.\nJane Porter, co-director of the Harbour Institute for Economic and Policy Research, a think tank in Salem."', 'Jane Porter'],
  ])('gives the quotation to the name after %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(LEAD, paragraph);
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker, text: 'The bridge will carry twice the traffic of the old one.' });
  });

  it.each([
    ['a cue before the quotation', 'Park said, "The bridge will carry twice the traffic of the old one.\nWe Are Ready."', 'Park'],
    ['a one-word last line', 'Park said, "I do not think anybody here will like it.\nNever."', 'Park'],
    ['a song line opening on a pronoun', 'She sang: "We shall overcome, we shall overcome one day.\nWe Shall Overcome Some Day"', null],
  ])('takes no signature from the last line under %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(LEAD, paragraph);
    expect(quotes.at(-1)?.speaker ?? null).toBe(speaker);
  });

  it('still reads a two-word name on the last line of a quotation with no cue', async () => {
    const quotes = await quotesOf(LEAD, '"I do not think anybody here will like it.\nBen Ortiz."');
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Ben Ortiz', text: 'I do not think anybody here will like it.' });
  });

  it('takes no signature from a last line that says something', async () => {
    const quotes = await quotesOf(LEAD, '"The bridge will carry twice the traffic of the old one.\nJane Porter, the engineer, said so on Monday."');
    expect(quotes.at(-1)?.speaker ?? null).not.toBe('Jane Porter');
  });
});
