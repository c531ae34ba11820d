import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, articleOf } from '../helpers/articles.js';
import { extractEntities } from '../../src/extract/facts/index.js';

/** Our own short article: a headline line, then the paragraphs. */
async function entitiesOf(...paragraphs: string[]) {
  const article = await articleFromParagraphs(...paragraphs);
  return { article, entities: extractEntities(article) };
}

describe('extractEntities', () => {
  it.each<[string, string, string, string | null]>([
    ['Yesterday Prime Minister Jane Porter opened the bridge.', 'Jane Porter', 'person', 'Prime Minister'],
    ['The police commander Omar al-Rashid spoke first.', 'Omar al-Rashid', 'person', 'police commander'],
    ['The bridge was opened by Mayor Tom Reilly on Friday.', 'Tom Reilly', 'person', 'Mayor'],
    ['Water reached the village of Dunmore, Ireland, at night.', 'Dunmore', 'place', 'Ireland'],
    ['Troops moved into Kelltown after the storm.', 'Kelltown', 'place', null],
    ['Talks were held in Paris and Berlin.', 'Paris', 'place', null],
    ['Staff at the Northern Water Authority went on strike.', 'Northern Water Authority', 'organization', null],
    ['Supporters of the Green Valley Party marched.', 'Green Valley Party', 'organization', null],
    ['The figures were first reported by Bloomberg on Monday.', 'Bloomberg', 'organization', null],
    ['Savers sued Wells Fargo over the fees.', 'Wells Fargo', 'organization', null],
    ['Reporters waited outside the White House all day.', 'White House', 'place', null],
    ['The Fenwick Policy Forum published the study.', 'Fenwick Policy Forum', 'organization', null],
    ['The papers went to the Kelltown Public Library last year.', 'Kelltown Public Library', 'organization', null],
    ['The goal was scored by Jamie MacKellar- Hendry late on.', 'Jamie MacKellar- Hendry', 'person', null],
    ['She spoke at the Harbin Museum of Coastal Life and Culture.', 'Harbin Museum of Coastal Life and Culture', 'organization', null],
    ['A spokeswoman for Kelldor declined to say more.', 'Kelldor', 'organization', null],
    ['The claim was repeated on KX in the evening.', 'KX', 'organization', null],
    ['The bill was backed by Ohio Gov. Anna Berg in May.', 'Anna Berg', 'person', 'Gov.'],
    ['The bill was backed by Ohio Gov. Anna Berg in May.', 'Ohio', 'place', null],
    ['Ana Lopes, the port director, said the ships had left.', 'Ana Lopes', 'person', 'port director'],
    ['The plan was backed by Omar Field, a senior economist.', 'Omar Field', 'person', 'senior economist'],
    ['She now works at the Center for Coastal Studies in Maine.', 'Center for Coastal Studies', 'organization', null],
    ['Fans of the Dublin Harriers cheered.', 'Dublin Harriers', 'organization', null],
    ['The plant will close, Harbin Fields CEO Ana Lopes said.', 'Harbin Fields', 'organization', null],
    ['The plant will close, Harbin Fields CEO Ana Lopes said.', 'Ana Lopes', 'person', 'CEO'],
    ['The rules were set by the Commission on Coastal Debates in May.', 'Commission on Coastal Debates', 'organization', null],
    ['Members of the Alliance to Save Our Rivers marched.', 'Alliance to Save Our Rivers', 'organization', null],
    ['The Wire Service (WS) said so, and WS staff agreed.', 'Wire Service', 'organization', null],
    ['She was a partner at Brandt & Kessel for years.', 'Brandt & Kessel', 'organization', null],
    ['The fund was set up with Harbin Fields founder Ana Lopes.', 'Harbin Fields', 'organization', null],
    ['Readers of the Courier complained, and the Courier sent a reporter.', 'Courier', 'organization', null],
    ['KELLTOWN (WS) — Water reached the port at night.', 'WS', 'organization', null],
    ['Heat waves will grow longer in the Southwest, experts say.', 'Southwest', 'place', null],
    ['“Jane Porter Won’t Run Again,” the banner read.', 'Jane Porter', 'person', null],
    ['The show will stream on Netflix Kids from May.', 'Netflix Kids', 'organization', null],
    ['The figures came from the Committee for a Fair Harbour Budget.', 'Committee for a Fair Harbour Budget', 'organization', null],
    ['He works for the attorney of the Northern District of Kelland.', 'Northern District of Kelland', 'organization', null],
    ['The rules were opposed by Citizens for Fair Harbours.', 'Citizens for Fair Harbours', 'organization', null],
    ['The Kelldor newspaper chain filed a motion.', 'Kelldor', 'organization', null],
    ['The talk was given by the director of the VKR Baltic division.', 'VKR Baltic', 'organization', null],
    ['He told USA TODAY’s weekly series he would run.', 'USA TODAY', 'organization', null],
    ['He spoke at an event in Kelso Springs on Friday.', 'Kelso Springs', 'place', null],
    ['Trump spoke at an event in Colorado Springs on Friday.', 'Colorado Springs', 'place', null],
    ['The fall of the Soviet Union changed Europe.', 'Soviet Union', 'place', null],
    ['Clinton will travel to North Florida on Friday.', 'North Florida', 'place', null],
    ['The complaint went to the Washington D.C. oversight board.', 'Washington D.C.', 'place', null],
    ['It could help Virginia Democrats turn out their voters.', 'Virginia', 'place', null],
    ['The Harbour Committee Republicans seethed.', 'Harbour Committee', 'organization', null],
    ['The ruling cited a failure to climb Mt. Kelmor on time.', 'Mt. Kelmor', 'place', null],
    ['Before the San Kelmo attack, police were warned.', 'San Kelmo', 'place', null],
    ['Abuses were reported in the Central Kelland Republic.', 'Central Kelland Republic', 'place', null],
    ['She spoke at Marlow University on Long Island on Monday.', 'Long Island', 'place', null],
    ['She spoke at Marlow University on Long Island on Monday.', 'Marlow University', 'organization', null],
  ])('reads %j', async (sentence, name, type, role) => {
    const { entities } = await entitiesOf(sentence);
    expect(entities.find((entity) => entity.name === name)).toMatchObject({ type, role });
  });

  it('expands an acronym the article defines and merges its mentions', async () => {
    const { entities } = await entitiesOf('The raid was led by the Rapid Response Unit (RRU).', 'An RRU officer said the RRU had left.');
    const unit = entities.find((entity) => entity.name === 'Rapid Response Unit');
    expect(unit).toMatchObject({ type: 'organization', aliases: ['RRU'] });
    expect(unit!.mentions.map((mention) => mention.text)).toEqual(['Rapid Response Unit', 'RRU', 'RRU', 'RRU']);
  });

  it.each<[string, string, string]>([
    ['The debate was held at Marlow University.', 'Her trip to Marlow wasn’t her first.', 'Marlow'],
    ['The Harbour Department signed the deals.', 'On Thursday, Harbour delivered the agreements.', 'Harbour'],
    ['The Justice Department signed the deals.', 'On Thursday, Justice delivered the agreements.', 'Justice'],
  ])('reads a one-word short form as the organisation named in full: %j', async (first, second, short) => {
    const { entities } = await entitiesOf(first, second);
    const organization = entities.find((entity) => entity.aliases.includes(short));
    expect(organization).toMatchObject({ type: 'organization' });
    expect(organization!.mentions).toHaveLength(2);
  });

  it.each([
    ['“Mr. President, will you sign it?” she asked.', 'President'],
    ['“We’re not a burden,” the mayor said.', 'We’re'],
    ['She said the 13th Amendment was worth a film.', 'Amendment'],
    ['The firm was set up as two L.L.C.s in May.', 'L.L.C.'],
    ['The war changed the course of World War II for good.', 'World War II'],
    ['He spoke of the hateful ideology of radical Islam again.', 'Islam'],
    ['Lithuanian Americans and Finnish Americans voted early.', 'Lithuanian Americans'],
    ['Lithuanian Americans and Finnish Americans voted early.', 'Finnish Americans'],
    ['South Korean leaders met the Burmese envoy.', 'South Korean'],
    ['Data from the American Community Survey show a rise.', 'Community Survey'],
    ['Farmers oppose the Kelldor-Atlantic Partnership, a trade deal.', 'Kelldor-Atlantic Partnership'],
    ['Farmers oppose the Kelldor- Atlantic Partnership, a trade deal.', 'Kelldor'],
  ])('names no entity in %j', async (sentence, word) => {
    const { entities } = await entitiesOf(sentence);
    expect(entities.map((entity) => entity.name)).not.toContain(word);
  });

  it('keeps a surname that is also a title after an honorific', async () => {
    const { entities } = await entitiesOf('Mr. King said the show would go on.');
    expect(entities.find((entity) => entity.name === 'King')).toMatchObject({ type: 'person' });
  });

  it('keeps a title alone and the end of a title out of short forms', async () => {
    const { entities } = await entitiesOf('The State Department and the Justice Department met.', 'The secretary of State and the Justice for Rivers Act were discussed.');
    expect(entities.find((entity) => entity.name === 'State Department')!.mentions).toHaveLength(1);
    expect(entities.find((entity) => entity.name === 'Justice Department')!.mentions).toHaveLength(1);
  });

  it('merges a surname with the full name', async () => {
    const { entities } = await entitiesOf('Minister Jane Porter visited the site.', 'Later, Porter said the work was done.');
    const people = entities.filter((entity) => entity.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions.map((mention) => mention.text)).toEqual(['Jane Porter', 'Porter']);
  });

  it('ignores capitalised sentence openers, nationalities and titles alone', async () => {
    const { entities } = await entitiesOf('Elite Iraqi troops advanced.', "The country's President has said the elite units would stay.");
    expect(entities).toEqual([]);
  });

  it.each(['The TV crew left at 9 PM.', 'The CEO met the MPs.', 'Veterans who suffer from PTSD came in.'])('reads no organisation or place in the short capitals of %j', async (sentence) => {
    const { entities } = await entitiesOf(sentence);
    expect(entities.filter((entity) => entity.type !== 'person')).toEqual([]);
  });

  it.each(['The case went to Deputy Attorney General Ana Lopes.', 'It was signed by Retired Lt. Gen. Omar Field.', 'Later South Korean President Jane Porter spoke.'])('reads no organisation before the title in %j', async (sentence) => {
    const { entities } = await entitiesOf(sentence);
    expect(entities.filter((entity) => entity.type === 'organization')).toEqual([]);
  });

  it.each([
    ['Police officials said the road was shut, and the police left.'],
    ['Limited Tools. The report found limited tools and few rules.'],
  ])('reads no organisation in the ordinary capitalised words of %j', async (sentence) => {
    const { entities } = await entitiesOf(sentence);
    expect(entities.filter((entity) => entity.type === 'organization')).toEqual([]);
  });

  it('still reads a generic body after "the" when the article also writes the word in lower case', async () => {
    const { entities } = await entitiesOf('The council met in May.', 'Later the Council said the plan would go ahead.');
    expect(entities.find((entity) => entity.name === 'Council')).toMatchObject({ type: 'organization' });
  });

  it.each(['Visas under the EB-5 scheme were sold.', 'Follow @JaneReports and #KeepKelldor for news.', 'WHAT a day it was for what remained.'])('reads no organisation in %j', async (sentence) => {
    const { entities } = await entitiesOf(sentence);
    expect(entities).toEqual([]);
  });

  it('ends a name at a verb in a title-case headline', async () => {
    const text = 'Jane Porter Breaks With Her Party\n\nThe breaks were short, said Jane Porter.\n';
    const entities = extractEntities(await articleOf(text, 'test.txt'));
    expect(entities.find((entity) => entity.type === 'person')?.mentions.map((mention) => mention.text)).toEqual(['Jane Porter', 'Jane Porter']);
  });

  it('keeps a party name whole in a title-case headline', async () => {
    const text = 'Farmers Abandon Green Valley Party Over Fees\n\nThe party lost the farm vote.\n';
    const entities = extractEntities(await articleOf(text, 'test.txt'));
    expect(entities.find((entity) => entity.type === 'organization')?.name).toMatch(/Green Valley Party$/);
  });

  it('gives every mention offsets into the article text', async () => {
    const { article, entities } = await entitiesOf('Prime Minister Jane Porter met the Northern Water Authority in Dunmore, Ireland.');
    for (const entity of entities) for (const mention of entity.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('a known name opened by an ordinary word', () => {
  it.each<[string, string, string]>([
    ['White House aides said the white van had gone.', 'White House', 'place'],
    ['New Jersey voters chose a new mayor.', 'New Jersey', 'place'],
    ['United States officials said they were united.', 'United States', 'place'],
  ])('keeps the whole name at the start of %j', async (sentence, name, type) => {
    const { entities } = await entitiesOf(sentence);
    expect(entities.find((entity) => entity.name === name)).toMatchObject({ type });
  });

  it('splits a known name off the front of a longer run ("The White House Doctor")', async () => {
    const { entities } = await entitiesOf('She wrote a memoir entitled The White House Doctor.');
    expect(entities.find((entity) => entity.name === 'White House')).toMatchObject({ type: 'place' });
    expect(entities.map((entity) => entity.name)).not.toContain('House Doctor');
  });

  it('leaves the article out of a known name ("The Washington Post")', async () => {
    const { entities } = await entitiesOf('The Washington Post reported the news.');
    expect(entities.map((entity) => entity.mentions[0]!.text)).toContain('Washington Post');
  });
});
