import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse-source.js';
import { structureArticle } from '../../src/structure/structure-article.js';
import { extractFacts } from '../../src/extract/facts/index.js';
import type { Fact } from '../../src/article.js';

/** Our own short article: a headline line, then the paragraphs; published 2016-10-20 unless said. */
async function factsOf(paragraph: string, published: string | null = '2016-10-20') {
  const front = published ? `---\npublished: ${published}\n---\n` : '';
  const text = `${front}A headline for testing\n\n${paragraph}\n`;
  const [source] = await parseSource('test.txt', Buffer.from(text));
  const article = structureArticle(source!);
  return { article, facts: extractFacts(article) };
}

const quantity = (facts: Fact[]) => facts.filter((fact) => !['person', 'place', 'organization'].includes(fact.type));

describe('extractFacts quantities', () => {
  it.each<[string, string, Partial<Fact>]>([
    ['Police found nine stolen cars.', 'nine stolen cars', { type: 'count', value: 9, entity: 'stolen cars' }],
    ['The firm will cut 1,200 jobs.', '1,200 jobs', { type: 'count', value: 1200, entity: 'jobs' }],
    ['Dozens of protesters gathered.', 'Dozens of protesters', { type: 'count', value: null, min: 24, approx: 'dozens' }],
    ['Hundreds of homes were flooded.', 'Hundreds of homes', { type: 'count', min: 200 }],
    ['Tens of thousands of fans came.', 'Tens of thousands of fans', { type: 'count', min: 20000 }],
    ['It may affect up to a million people.', 'up to a million people', { type: 'count', value: 1000000, max: 1000000, approx: 'up to' }],
    ['They sold more than 40 houses.', 'more than 40 houses', { type: 'count', value: 40, min: 40, approx: 'more than' }],
    ['Between 10 and 15 boats sank.', '10 and 15 boats', { min: 10, max: 15 }],
    ['The deal is worth £3.2m to the club.', '£3.2m', { type: 'money', value: 3200000, unit: 'GBP' }],
    ['It raised $1,200 in a day.', '$1,200', { type: 'money', value: 1200, unit: 'USD' }],
    ['Profits reached 1.5bn euros last year.', '1.5bn euros', { type: 'money', value: 1500000000, unit: 'EUR' }],
    ['Tickets cost 50p each.', '50p', { type: 'money', value: 0.5, unit: 'GBP' }],
    ['Sales rose 5.2% in March.', '5.2%', { type: 'percent', value: 5.2, unit: '%' }],
    ['Turnout fell by 3 per cent.', '3 per cent', { type: 'percent', value: 3 }],
    ['Two-thirds of voters agreed.', 'Two-thirds', { type: 'number', value: 2 / 3 }],
    ['The town is about 12 miles away.', 'about 12 miles', { type: 'measure', value: 12, unit: 'mi', approx: 'about', normalized: { value: 19.3, unit: 'km' } }],
    ['The dam lies about 30km north.', 'about 30km', { type: 'measure', value: 30, unit: 'km', normalized: { value: 30, unit: 'km' } }],
    ['They walked a 12-mile route.', '12-mile', { type: 'measure', value: 12, unit: 'mi' }],
    ['The parcel weighed 5kg.', '5kg', { type: 'measure', value: 5, unit: 'kg' }],
    ['It was 68F by noon.', '68F', { type: 'measure', value: 68, unit: 'degF', normalized: { value: 20, unit: 'degC' } }],
    ['The park covers 30 square miles.', '30 square miles', { type: 'measure', unit: 'mi2', normalized: { value: 77.7, unit: 'km2' } }],
    ['Winds reached 70mph overnight.', '70mph', { type: 'measure', unit: 'mph', normalized: { value: 113, unit: 'km/h' } }],
    ['Chelsea won 2-1 at home.', '2-1', { type: 'number', value: null, unit: 'score' }],
    ['The trial lasted two years.', 'two years', { type: 'duration', value: 2, unit: 'year' }],
    ['After a day of talks they agreed.', 'a day', { type: 'duration', value: 1, unit: 'day' }],
    ['The match lasted 90 minutes.', '90 minutes', { type: 'duration', value: 90, unit: 'min' }],
    ['She is the 22-year-old winner.', '22-year-old', { type: 'number', value: 22, unit: 'year-old' }],
    ["It is the country's second largest city.", 'second largest city', { type: 'rank', value: 2, entity: 'city' }],
    ['They finished 22nd in the race.', '22nd', { type: 'ordinal', value: 22 }],
    ['The champion weighs 236 pounds now.', '236 pounds', { type: 'measure', value: 236, unit: 'lb', normalized: { value: 107, unit: 'kg' } }],
    ['The ring cost 236 pounds.', '236 pounds', { type: 'money', value: 236, unit: 'GBP' }],
    ['He welcomed several hundred guests.', 'several hundred guests', { type: 'count', value: null, min: 300, approx: 'several' }],
    ['By a 2-to-1 vote, the panel agreed.', '2-to-1', { type: 'number', unit: 'score' }],
    ["In the early '80s she moved to Leeds.", "'80s", { type: 'date' }],
    ['The war has gone on for four-and-a-half years.', 'four-and-a-half years', { type: 'duration', value: 4.5, unit: 'year' }],
    ['“Why aren’t I 50 points ahead?” she asked.', '50 points ahead', { type: 'count', value: 50 }],
    ['He said one shooting may have more than one victim.', 'one shooting', { type: 'count', value: 1, entity: 'shooting' }],
    ['Tens of millions flowing into races went unreported.', 'Tens of millions', { type: 'count', min: 20000000 }],
    ['During his seven and a half years in office he won.', 'seven and a half years', { type: 'duration', value: 7.5, unit: 'year' }],
    ['Two and a half million people fled the region.', 'Two and a half million people', { type: 'count', value: 2_500_000 }],
    ['The bridge cost $3 and a half billion to build.', '$3 and a half billion', { type: 'money', value: 3_500_000_000 }],
    ['The debate ran 90-plus minutes.', '90-plus minutes', { type: 'duration', value: 90, min: 90, approx: 'more than', unit: 'min' }],
  ])('reads %j', async (sentence, text, expected) => {
    const { facts } = await factsOf(sentence);
    const found = quantity(facts).find((fact) => fact.text === text);
    expect(found, JSON.stringify(quantity(facts).map((fact) => fact.text))).toBeDefined();
    expect(found).toMatchObject(expected);
  });

  it.each([
    ['One successfully hit the target.'],
    ['He was the one who spoke.'],
    ['They met twice a day.'],
    ['The band played at Channel 4 studios.'],
    ['She posted one-sided news and sounded a five-alarm warning.'],
    ['“On this basis,” Zero Hedge said, the rate is wrong.'],
  ])('invents nothing in %j', async (sentence) => {
    const { facts } = await factsOf(sentence);
    expect(quantity(facts)).toEqual([]);
  });
});

describe('extractFacts dates', () => {
  it.each<[string, string, string | null]>([
    ['The vote was held on Thursday.', 'Thursday', '2016-10-20'],
    ['A video emerged on Wednesday.', 'Wednesday', '2016-10-19'],
    ['They meet again next Monday.', 'Monday', '2016-10-24'],
    ['It had killed two men a week before.', 'a week before', '2016-10-13'],
    ['The plant closed two years ago.', 'two years ago', '2014'],
    ['Prices rose last month.', 'last month', '2016-09'],
    ['The law changed in 2014.', '2014', '2014'],
    ['The fire started on 17 Oct 2016.', '17 Oct 2016', '2016-10-17'],
    ['The fire started on October 17.', 'October 17', '2016-10-17'],
    ['The fire started on 2016-10-17.', '2016-10-17', '2016-10-17'],
    ['They spoke yesterday.', 'yesterday', '2016-10-19'],
    ["The mood of today's meeting was calm.", 'today', '2016-10-20'],
    ['The form was signed on 9/17/16 at the office.', '9/17/16', '2016-09-17'],
    ['The form was signed on 17/9/2016 at the office.', '17/9/2016', '2016-09-17'],
    // Further back than a Date reaches: a date with no calendar day, not a crash.
    ['The dinosaurs died 65 million years ago.', '65 million years ago', null],
    // Only days that exist: February 29 in the nearest leap year, none for April 31.
    ['The club was founded on February 29.', 'February 29', '2016-02-29'],
    ['The fire started on April 31.', 'April 31', null],
    ['The fire started on 31 April 2016.', '31 April 2016', null],
  ])('resolves %j against the publication date', async (sentence, text, date) => {
    const { facts } = await factsOf(sentence);
    expect(facts.find((fact) => fact.text === text)).toMatchObject({ date });
  });

  it.each([
    'Follow her at @jane_945 for news.',
    'The post (tweet_id="778257943577919488") was removed.',
    'The page was stamped 1474387200 by the server.',
    'The code was P2qpm3h on the card.',
    'Call the hotline on 800-273-8255 for help.',
  ])('reads no number in the code of %j', async (sentence) => {
    const { facts } = await factsOf(sentence);
    expect(quantity(facts)).toEqual([]);
  });

  it.each<[string, string, Partial<Fact>]>([
    ['Prices fell in recent weeks.', 'recent weeks', { type: 'duration', value: null, unit: 'week' }],
    ['Prices fell over the past two years.', 'past two years', { type: 'duration', value: 2, unit: 'year' }],
    ['It is a 21st-century port.', '21st-century', { type: 'date' }],
    ['The mill was built in the 18th century.', '18th century', { type: 'date' }],
    ['They spoke yesterday morning.', 'yesterday morning', { type: 'time', date: '2016-10-19' }],
    ['The ships left this morning.', 'this morning', { type: 'time', date: '2016-10-20' }],
    ['They met at three o’clock.', 'three o’clock', { type: 'time', normalized: { value: '03:00', unit: null } }],
    ['More ships will come in the coming weeks.', 'coming weeks', { type: 'date' }],
    ['A ruling is unlikely before the end of the year.', 'the end of the year', { type: 'date' }],
    ['She will be back by the middle of next week.', 'the middle of next week', { type: 'date' }],
    ['He spoke in a May interview with the paper.', 'May', { type: 'date', date: '2016-05' }],
    ['The crowd came back that afternoon.', 'that afternoon', { type: 'time' }],
    ['They met at breakfast the following morning.', 'the following morning', { type: 'time' }],
    ['A column ran the day before the vote.', 'the day before', { type: 'date' }],
    ['The minister spoke earlier in the day.', 'earlier in the day', { type: 'date' }],
    ['She posted the notes overnight.', 'overnight', { type: 'time' }],
    ['He wrote in the early morning hours that it was over.', 'the early morning hours', { type: 'time' }],
    ['The blast came in the early hours of Sunday.', 'the early hours', { type: 'time' }],
    ['He was held for several weeks.', 'several weeks', { type: 'duration', value: null, unit: 'week' }],
    ['The feud had run for years.', 'years', { type: 'duration', value: null, unit: 'year' }],
    ['Hours after the blast, the road opened.', 'Hours', { type: 'duration', value: null, unit: 'hour' }],
    ['It was set up a few years ago.', 'a few years ago', { type: 'date' }],
    ['Three days after the vote, he left.', 'Three days', { type: 'duration', value: 3, unit: 'day' }],
  ])('reads %j as a period or time', async (sentence, text, expected) => {
    const { facts } = await factsOf(sentence);
    expect(facts.find((fact) => fact.text === text)).toMatchObject(expected);
  });

  it.each([
    'At the end of the day, we need to talk.',
    'She may come, and the late night show may run.',
    'Ships sailed past Easter Island in the fog.',
  ])('reads no date in the idiom or name of %j', async (sentence) => {
    const { facts } = await factsOf(sentence);
    expect(facts.filter((fact) => fact.type === 'date' || fact.type === 'time')).toEqual([]);
  });

  it('reads no time at all in the vague periods of "These days, and over the years, it grew."', async () => {
    const { facts } = await factsOf('These days, and over the years, it grew.');
    expect(quantity(facts)).toEqual([]);
  });

  it('reads a capitalised day word after a name as part of the name', async () => {
    const { facts } = await factsOf('She told USA Today about the plan.');
    expect(facts.filter((fact) => fact.type === 'date')).toEqual([]);
    expect(facts.find((fact) => fact.type === 'organization')).toMatchObject({ text: 'USA Today' });
  });

  it('leaves a weekday unresolved without a publication date', async () => {
    const { facts } = await factsOf('The vote was held on Thursday.', null);
    expect(facts.find((fact) => fact.text === 'Thursday')).toMatchObject({ type: 'date', date: null });
  });

  it.each<[string, string, string]>([
    ['The office opens at 10:30.', '10:30', '10:30'],
    ['The office opens at 3pm.', '3pm', '15:00'],
    ['Doors open at noon.', 'noon', '12:00'],
  ])('reads the time in %j', async (sentence, text, value) => {
    const { facts } = await factsOf(sentence);
    expect(facts.find((fact) => fact.text === text)).toMatchObject({ type: 'time', normalized: { value } });
  });
});

describe('extractFacts spans and mentions', () => {
  it('gives every fact offsets into the article text', async () => {
    const { article, facts } = await factsOf('Prime Minister Jane Porter said 40 homes, about 3km from Dunmore, were flooded on Monday.');
    expect(facts.length).toBeGreaterThan(3);
    for (const fact of facts) {
      expect(article.text.slice(fact.start, fact.end)).toBe(fact.text);
      for (const mention of fact.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('merges a standfirst fact restated in the body into one fact with two mentions', async () => {
    const text = 'A headline for testing\n\nUp to 300 homes may be flooded\n\nOfficials said up to 300 homes may be flooded by Friday.\n';
    const [source] = await parseSource('test.txt', Buffer.from(text));
    const facts = extractFacts(structureArticle(source!)).filter((fact) => fact.type === 'count');
    expect(facts).toHaveLength(1);
    expect(facts[0]!.mentions.map((mention) => mention.paragraph)).toEqual([1, 0]);
  });
});
