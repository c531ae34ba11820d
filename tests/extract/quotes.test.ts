import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, articleOf } from '../helpers/articles.js';
import { extractQuotes, groupSpeakers } from '../../src/extract/quotes/index.js';

/** Our own short articles: a headline line, then the given paragraphs. */
async function quotesOf(...paragraphs: string[]) {
  const article = await articleFromParagraphs(...paragraphs);
  return { article, quotes: extractQuotes(article) };
}

describe('extractQuotes layouts', () => {
  it.each([
    ['"The bridge will open in May," Jane Porter said.', 'The bridge will open in May,', 'Jane Porter', 'direct'],
    ['"The bridge will open in May," said Jane Porter, the mayor.', 'The bridge will open in May,', 'Jane Porter', 'direct'],
    ['Jane Porter told reporters: "The bridge will open in May."', 'The bridge will open in May.', 'Jane Porter', 'direct'],
    ['According to Jane Porter, the bridge will open in May.', 'the bridge will open in May', 'Jane Porter', 'reported'],
    ['The bridge will open in May, according to Jane Porter.', 'The bridge will open in May', 'Jane Porter', 'reported'],
    ['Jane Porter said that the bridge would open in May.', 'the bridge would open in May', 'Jane Porter', 'reported'],
    ['The bridge will open in May, Jane Porter said.', 'The bridge will open in May', 'Jane Porter', 'reported'],
    ['Jane Porter said the bridge was "nearly finished" on Monday.', 'nearly finished', 'Jane Porter', 'partial'],
    ['“The bridge will open in May,” Jane Porter said.', 'The bridge will open in May,', 'Jane Porter', 'direct'],
    ['«The bridge will open in May», Jane Porter said.', 'The bridge will open in May', 'Jane Porter', 'direct'],
    ['”The bridge will open in May,” Jane Porter said.', 'The bridge will open in May,', 'Jane Porter', 'direct'],
    ['\u202a”The bridge will open in May,” posted Jane Porter.', 'The bridge will open in May,', 'Jane Porter', 'direct'],
    ['“The bridge will open in May,“ said Jane Porter.', 'The bridge will open in May,', 'Jane Porter', 'direct'],
    ['The crowd chanted "Bridge! Bridge!" as Jane Porter spoke.', 'Bridge! Bridge!', 'crowd', 'direct'],
    ['Jane Porter calls it the "best bridge in the county."', 'best bridge in the county.', 'Jane Porter', 'partial'],
    ['Jane Porter referred to the engineers as "my heroes" at the opening.', 'my heroes', 'Jane Porter', 'partial'],
    ['Jane Porter deemed the design "a triumph of common sense."', 'a triumph of common sense.', 'Jane Porter', 'partial'],
    ['Jane Porter went after the council, calling its plan "reckless."', 'reckless.', 'Jane Porter', 'partial'],
    ['Jane Porter took to the radio, saying the bridge would open in May.', 'the bridge would open in May', 'Jane Porter', 'reported'],
    ['Jane Porter continued to insist that the bridge would open in May.', 'the bridge would open in May', 'Jane Porter', 'reported'],
    ['Tom Hale, 45, who told reporters that he would vote for Porter, left early.', 'he would vote for Porter', 'Tom Hale', 'reported'],
    ['Jane Porter spent the morning talking about the "slow, careful work" of the crews.', 'slow, careful work', 'Jane Porter', 'partial'],
    ['The bridge will open in May, according to harbour planning documents.', 'The bridge will open in May', 'harbour planning documents', 'reported'],
    ['The council has set aside money for two new Harbour District states, according to city records.', 'The council has set aside money for two new Harbour District states', 'city records', 'reported'],
    ['Six in 10 said they want a second bridge.', 'they want a second bridge', 'Six in 10', 'reported'],
    ['Jane Porter toured the site and said on Monday that the bridge would open in May.', 'the bridge would open in May', 'Jane Porter', 'reported'],
  ])('reads %j', async (sentence, text, speaker, kind) => {
    const { quotes } = await quotesOf(sentence);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text, speaker, kind });
  });

  it('joins a quote split around its cue into one quote with two fragments', async () => {
    const { article, quotes } = await quotesOf('"The bridge," Jane Porter said, "will open in May."');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('The bridge, will open in May.');
    expect(quotes[0]!.fragments.map((f) => article.text.slice(f.start, f.end))).toEqual(['The bridge,', 'will open in May.']);
  });

  it('continues a quotation over paragraphs when the next one opens with a mark', async () => {
    const { quotes } = await quotesOf('Jane Porter said: "The bridge will open in May.', '"It will carry two lanes of traffic."');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('The bridge will open in May. It will carry two lanes of traffic.');
    expect(quotes[0]!.speaker).toBe('Jane Porter');
  });

  it('joins a quoted paragraph on its own to the quote before it, as a second fragment', async () => {
    const { quotes } = await quotesOf('"The bridge will open in May," Jane Porter said.', '"It will carry two lanes of traffic."');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Jane Porter', text: 'The bridge will open in May, It will carry two lanes of traffic.' });
    expect(quotes[0]!.fragments).toHaveLength(2);
  });

  it('gives a quoted paragraph with no speaker before it to the attributed quote after it', async () => {
    const { quotes } = await quotesOf('The mayor spoke for an hour.', '"The bridge will open in May."', '"It will carry two lanes," Jane Porter said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Jane Porter', paragraph: 2 });
    expect(quotes[0]!.fragments).toHaveLength(2);
  });

  it('reads a headline of the form "Speaker: words"', async () => {
    const quotes = extractQuotes(await articleOf("Porter: The New Bridge Is 'Nearly Done'\n\nThe city has a new bridge.\n", 'h.txt'));
    expect(quotes).toEqual([expect.objectContaining({ text: 'Nearly Done', kind: 'partial', speaker: 'Porter', cue: ':', paragraph: 0 })]);
  });

  it('gives a paragraph-opening quotation after a colon to the subject of that paragraph', async () => {
    const { quotes } = await quotesOf('Jane Porter listed her reasons:', '"The bridge is late and over budget."');
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Jane Porter', cue: ':', kind: 'direct' })]);
  });

  it('resolves a pronoun to the named speaker before it and merges surname mentions', async () => {
    const { quotes } = await quotesOf(
      'Mayor Jane Porter said the bridge would open in May.',
      'She added that it would carry two lanes.',
      'Porter said the cost had doubled.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Porter', 'Jane Porter', 'Jane Porter']);
    expect(quotes[0]!.role).toBe('Mayor');
    expect(groupSpeakers(quotes)).toEqual([{ name: 'Jane Porter', role: 'Mayor', aliases: ['Mayor Jane Porter', 'Porter'], quotes: 3 }]);
  });

  it('does not join quotes across a second speaker’s cue', async () => {
    const { quotes } = await quotesOf('"We are ready," Jane Porter said as a heckler shouted: "Go home!"');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We are ready,', 'Jane Porter'], ['Go home!', 'heckler']]);
  });

  it('keeps the speaker of a quote for the participle clause after it', async () => {
    const { quotes } = await quotesOf('"Not at all," Jane Porter replied, adding that the bridge was "nearly finished" already.');
    expect(quotes[1]).toMatchObject({ kind: 'partial', text: 'nearly finished', speaker: 'Jane Porter', cue: 'adding' });
  });

  it('resolves a description to the one person the article gives that role', async () => {
    const { quotes } = await quotesOf('Mayor Jane Porter said the bridge would open in May.', 'The mayor said it would carry two lanes.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Porter', 'Jane Porter']);
    expect(quotes[1]!.mention).toBe('The mayor');
  });

  it('reads doubled apostrophes as quotation marks', async () => {
    const { quotes } = await quotesOf("''The bridge will open in May,'' Jane Porter said.");
    expect(quotes).toEqual([expect.objectContaining({ text: 'The bridge will open in May,', kind: 'direct', speaker: 'Jane Porter' })]);
  });

  it('takes a title-case headline verb as a cue', async () => {
    const quotes = extractQuotes(await articleOf('Porter Says Bridge Will Open in May\n\nThe city has a new bridge.\n', 'h.txt'));
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Porter', cue: 'Says', kind: 'reported', text: 'Bridge Will Open in May' })]);
  });

  it.each([
    ['The council declined to say when the bridge would open.'],
    ['Jane Porter appeared on "The Evening Show With Sam" on Monday.'],
    ['Nothing was said about the bridge.'],
    ['Jane Porter thinks the bridge will open in May.'],
    ['The so-called "bridge" is a ferry.'],
    ['Jane Porter referred the bridge contract to the council.'],
    ['The inspectors deemed the bridge safe for traffic.'],
    ['Jane Porter crossed the bridge, waving to the crowd.'],
    ['Traffic on the bridge continues to grow every month.'],
    ['Volunteers started a new group called Friends of the Bridge last spring.'],
    ['The council cannot say when the bridge will open.'],
    ['Over the long term the bridge will pay for itself.'],
    ['The council agreed to pay for a second bridge.'],
  ])('finds no quote in %j', async (sentence) => {
    const { quotes } = await quotesOf(sentence);
    expect(quotes).toEqual([]);
  });

  it('ends a reported clause where a joined clause with its own cue begins', async () => {
    const { quotes } = await quotesOf('About 7 percent said they are undecided, and six in 10 said they want a second bridge.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['they are undecided', 'About 7 percent'],
      ['they want a second bridge', 'six in 10'],
    ]);
  });

  it('reads a fronted "Asked whether ..." as a question put by someone unnamed', async () => {
    const { quotes } = await quotesOf('Asked whether the bridge would open in May, Jane Porter said it would.');
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['whether the bridge would open in May', null, 'Asked'],
      ['it would', 'Jane Porter', 'said'],
    ]);
  });

  it('reads a fronted quotation before a short cue that a participle clause follows', async () => {
    const { quotes } = await quotesOf('The "delays" are over, Jane Porter said on Monday, noting the bridge "will carry two lanes."');
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['delays', 'Jane Porter', 'said'],
      ['will carry two lanes.', 'Jane Porter', 'noting'],
    ]);
  });

  it('keeps quoted stretches far apart in one clause as separate quotes of the same speaker', async () => {
    const { quotes } = await quotesOf('Jane Porter said the delay was "shameful" and that the council, which had promised the work for years, should "stand up and be counted."');
    expect(quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ['shameful', 'Jane Porter', 'partial'],
      ['stand up and be counted.', 'Jane Porter', 'partial'],
    ]);
  });

  it('keeps close quoted stretches of one clause together', async () => {
    const { quotes } = await quotesOf('Jane Porter called the plan "slow" and "costly."');
    expect(quotes.map((q) => q.text)).toEqual(['slow costly.']);
  });

  it('takes a quoted web address for no one\'s words', async () => {
    const { quotes } = await quotesOf('The plans are online at "https://example.org/bridge/plans-2016", the council said.');
    expect(quotes.map((q) => q.kind)).toEqual(['reported']);
  });

  it('keeps offsets that index the article text', async () => {
    const { article, quotes } = await quotesOf('Jane Porter said that the bridge would open in May.', '"It will carry two lanes," she said.');
    for (const quote of quotes) {
      for (const fragment of quote.fragments) expect(quote.text).toContain(article.text.slice(fragment.start, fragment.end));
      if (quote.speakerSpan && quote.mention) expect(article.text.slice(quote.speakerSpan.start, quote.speakerSpan.end)).toBe(quote.mention);
      if (quote.cueSpan && quote.cue) expect(article.text.slice(quote.cueSpan.start, quote.cueSpan.end)).toBe(quote.cue);
    }
  });
});

describe('clauses that report nothing', () => {
  it.each([
    ['a verb of estimating with an object', 'The harbour board estimated the cost at about $10 million over ten years.'],
    ['a verb of keeping with an object', 'Tom Hale maintained a large lead over the other candidates in the polls.'],
    ['the plural noun states before a relative clause', 'The plan will help the coastal states that have suffered from the loss of harbour jobs.'],
  ])('reads no reported speech from %s', async (_, paragraph) => {
    const { quotes } = await quotesOf(paragraph);
    expect(quotes).toEqual([]);
  });

  it.each([
    ['Tom Hale maintained that the bridge was safe all along.', 'the bridge was safe all along'],
    ['The harbour report states that the pier is safe.', 'the pier is safe'],
    ['As Ridge put it: the plan failed.', 'the plan failed'],
    ['As Ridge put it, the plan failed.', 'the plan failed'],
    ['Ridge said: the plan failed.', 'the plan failed'],
  ])('still reads %j', async (paragraph, text) => {
    const { quotes } = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'reported', text });
  });

  it('reads no reported speech from the verb that ends a fronted time clause', async () => {
    const { quotes } = await quotesOf('After Tom Hale testified, the board and its lawyers seemed to shift their focus to the harbour budget.');
    expect(quotes).toEqual([]);
  });
});
