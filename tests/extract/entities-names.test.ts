import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractEntities } from '../../src/extract/facts/index.js';

/** Our own short article: a headline line, then the paragraphs. */
async function entitiesOf(...paragraphs: string[]) {
  return extractEntities(await articleFromParagraphs(...paragraphs));
}

/** The type of the entity named `name` in the text, or null when there is none. */
async function typeIn(text: string, name: string) {
  return (await entitiesOf(text)).find((entity) => entity.name === name)?.type ?? null;
}

describe('names a body, a team or a law gives', () => {
  it.each<[string, string, string]>([
    ['A hacking group known as Cobalt Heron took the files.', 'Cobalt Heron', 'organization'],
    ['The money went to a firm called Harlow Dunmore, records show.', 'Harlow Dunmore', 'organization'],
    ['A militia also known as Jaish-e-Fakhr claimed the raid.', 'Jaish-e-Fakhr', 'organization'],
    ['The Kelltown Otters beat the Carolina Herons on Sunday.', 'Carolina Herons', 'organization'],
    ['Under Article 5 of the U.N. Charter, members must act.', 'United Nations', 'organization'],
    ['Lawyers said the U.S. Constitution was clear.', 'United States', 'place'],
    ['The exit poll was run by Kelso Research for the networks.', 'Kelso Research', 'organization'],
    ['She bought a flat at Harlow Place in the city.', 'Harlow Place', 'place'],
    ['The rally filled the Kelso Dunmore Arena on Friday.', 'Kelso Dunmore Arena', 'place'],
    ['The ads were paid for by Harbour Values PAC in May.', 'Harbour Values PAC', 'organization'],
    ['Payments went to Kelso Dunmore LLC last year.', 'Kelso Dunmore LLC', 'organization'],
    ['An editorial in the Kelltown Register said so.', 'Kelltown Register', 'organization'],
    ['Donors gave to Progress Harbour USA in March.', 'Progress Harbour USA', 'organization'],
    ['The Kelltown Chamber of Commerce backed the plan.', 'Kelltown Chamber of Commerce', 'organization'],
    ['She advises the super PAC Harbour Rising on ads.', 'Harbour Rising', 'organization'],
    ['The Ohio GOP chairman spoke first.', 'Ohio GOP', 'organization'],
    ['He bought a large stake in Kelvaro last year, and Kelvaro shares rose.', 'Kelvaro', 'organization'],
    ['Jane Porter runs the Coastal Policy Program at the Kelso Institute.', 'Coastal Policy Program', 'organization'],
    ['He was U.S. attorney for the Northern District of Kelland for years.', 'Northern District of Kelland', 'organization'],
    ['The average compiled by True North Politics showed a tie.', 'True North Politics', 'organization'],
    ["Kelvaro's stock fell 3 percent on Monday.", 'Kelvaro', 'organization'],
    ["Kelvaro's board met on Monday.", 'Kelvaro', 'organization'],
    ['He joined a Kelland-based group called Harbour Reach.', 'Harbour Reach', 'organization'],
    ['Protesters marched on Super Tuesday in Kelltown.', 'Kelltown', 'place'],
  ])('reads %j as naming %j, an entity of type %s', async (sentence, name, type) => {
    const entities = await entitiesOf(sentence);
    expect(entities.find((entity) => entity.name === name)).toMatchObject({ type });
  });

  it.each([
    'Judges swore to defend the Constitution.',
    'She read a passage from the Bible.',
    'He was given the Kelltown Gold Medal in May.',
    'The school relies on Pell Grants for most students.',
    'The Coastal Policy Program ends in May.',
    'Her show won a Daytime Emmy last year.',
  ])('reads no entity in the founding text or award of %j', async (sentence) => {
    expect(await entitiesOf(sentence)).toEqual([]);
  });

  it.each(['Most Fortune 500 companies paid no tax.', 'The Russell 2000 index fell.', 'Read it at http://bit.ly/1QxRT930 and https://t.co/8FtYoYE0G3 today.'])(
    'reads no entity in the list or the link code of %j',
    async (sentence) => {
      expect(await entitiesOf(sentence)).toEqual([]);
    },
  );

  it('keeps a station whose number is glued to its letters ("WKTV9")', async () => {
    const entities = await entitiesOf('Jane Porter, a reporter for WKTV9, asked first.');
    expect(entities.find((entity) => entity.name === 'WKTV')).toMatchObject({ type: 'organization' });
  });

  it('leaves a person who holds a stake a person ("Jane Porter\'s stake")', async () => {
    const entities = await entitiesOf("Jane Porter's stake in the firm was worth millions, Jane Porter said.");
    expect(entities.find((entity) => entity.name === 'Jane Porter')).toMatchObject({ type: 'person' });
  });

  it('keeps a title with a preposition inside it off the name ("Editor-in-Chief")', async () => {
    const entities = await entitiesOf('The talk was with Kelldor Editor-in-Chief Jane Porter on Friday.');
    expect(entities.find((entity) => entity.name === 'Jane Porter')).toMatchObject({ type: 'person' });
  });

  it('does not take a person named after "called" for a body without a body noun', async () => {
    const entities = await entitiesOf('A man called Tom Reilly said he saw the fire.');
    expect(entities.find((entity) => entity.name === 'Tom Reilly')).toMatchObject({ type: 'person' });
  });
});

describe('a seat of government after a leader’s name', () => {
  it('splits "the Porter White House" into the person and the place', async () => {
    const entities = await entitiesOf('She served in the Porter White House for two years.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['Porter', 'person'],
      ['White House', 'place'],
    ]);
  });

  it('keeps a place leading a body’s name whole ("U.S. Supreme Court")', async () => {
    const entities = await entitiesOf('The case went to the U.S. Supreme Court in May.');
    expect(entities.find((entity) => entity.name === 'U.S. Supreme Court')).toMatchObject({ type: 'organization' });
  });
});

describe('a word that names a day with its weekday', () => {
  it('reads no entity in "Grand Tuesday" written so time after time', async () => {
    const entities = await entitiesOf('Votes were cast on Grand Tuesday in ten states.', 'After the Grand Tuesday contests, the race narrowed.');
    expect(entities).toEqual([]);
  });

  it('keeps a place "in" gives, written before a weekday time after time ("in Kelltown Monday")', async () => {
    const entities = await entitiesOf('Protesters gathered in Kelltown Monday.', 'Police in Kelltown Tuesday arrested two men.');
    expect(entities.find((entity) => entity.name === 'Kelltown')).toMatchObject({ type: 'place' });
  });

  it('reads no entity in a day\'s word written once ("Super Tuesday")', async () => {
    expect(await entitiesOf('Voters head to the polls on Super Tuesday.')).toEqual([]);
  });
});

// Ordinary prose a reviewer ran through these rules: each row is a near miss of one of them (a
// verb "shares", a body that names a person, a place before a figure or a weekday, a surname
// that is a venue's word, a qualifier before a seat, a city's district, a programme at no
// institution, an English word between hyphens), with the type the name has (null: none).
describe('near misses of the body, venue, list and day rules', () => {
  it.each<[string, string, string | null]>([
    ['Obama shares a laugh with reporters.', 'Obama', null],
    ['Sanders shares her view.', 'Sanders', null],
    ['Kasich shares the stage with Cruz.', 'Kasich', null],
    ["Trump's stock rose among evangelicals.", 'Trump', null],
    ["Clinton's board of advisers met.", 'Clinton', null],
    ["Smith's board of advisers met.", 'Smith', null],
    ['She accepted a teaching position in Kenosha.', 'Kenosha', 'place'],
    ['The party named Kelly Ayotte as a delegate.', 'Kelly Ayotte', 'person'],
    ['The group named Jane Smith as its leader.', 'Jane Smith', 'person'],
    ['The party named Mike Pence its nominee.', 'Mike Pence', 'person'],
    ['The team named Bill Belichick coach.', 'Bill Belichick', 'person'],
    ['In Paris 100 people died.', 'Paris', 'place'],
    ['He moved to Denver 200 days ago.', 'Denver', 'place'],
    ['Police in Kenosha 200 miles away were warned.', 'Kenosha', 'place'],
    ['Protesters gathered in Kenosha Monday. Police in Kenosha Tuesday arrested two men.', 'Kenosha', 'place'],
    ['Maria Place testified.', 'Maria Place', 'person'],
    ['Antonio Plaza said the vote was fair.', 'Antonio Plaza', 'person'],
    ['Jane Terrace spoke.', 'Jane Terrace', 'person'],
    ['The Stadium said in a statement that it would close.', 'Stadium', 'organization'],
    ['Top White House aide Hope Hicks spoke.', 'Top', null],
    ['Visitors toured the Smithsonian National Mall exhibits.', 'Smithsonian National Mall', 'organization'],
    ['He visited the Central District of Seoul.', 'Central District of Seoul', 'place'],
    ['He led the Apollo Program at NASA.', 'Apollo Program', null],
    ['Cruz Faces Do-or-Die Moment in Indiana.', 'Cruz Faces Do-or-Die Moment', null],
    ['The Trick-or-Treat Parade began.', 'Trick-or-Treat Parade', null],
    ['The Rock-n-Roll Hall opened.', 'Rock-n-Roll Hall', null],
  ])('reads %j as naming %j with type %s', async (sentence, name, type) => {
    expect(await typeIn(sentence, name)).toBe(type);
  });

  it('reads no programme hosted at a place as a body ("Manhattan Project at Los Alamos")', async () => {
    expect(await typeIn('He ran the Manhattan Project at Los Alamos.', 'Manhattan Project')).not.toBe('organization');
  });
});
