import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, articleOf } from '../helpers/articles.js';
import { extractEntities } from '../../src/extract/facts/index.js';

async function namesOf(text: string) {
  const entities = extractEntities(await articleOf(text, 'test.txt'));
  return entities.flatMap((entity) => entity.mentions.map((mention) => `${entity.type}:${mention.text}`));
}

describe('title case and the shape of a name', () => {
  it.each<[string, string[], string[]]>([
    // A title-case headline: a run the body never names is cut to the part it does, or dropped.
    ['Porter Hid Past Debts From Voters\n\nJane Porter said the debts were paid.\n', ['person:Porter', 'person:Jane Porter'], ['Porter Hid Past']],
    ['One Note Sums Up The Quiet Feud Between Porter And Field\n\nJane Porter and Omar Field met.\n', ['person:Porter', 'person:Field'], ['Quiet Feud Between Porter', 'Note Sums Up']],
    // The body's name carries a possessive: the headline's word is still one it names.
    ['Porter Hid Past Debts From Voters\n\nThe debts were part of Jane Porter’s plan.\n', ['person:Porter', 'person:Jane Porter'], ['Porter Hid Past']],
    ['Farm Voters Worried About Jane Porter’s Plan\n\nFarmers said Jane Porter had a plan.\n', ['person:Jane Porter'], ['Voters Worried']],
    // A name whose words the body writes inside a longer run stays whole.
    ['Jane Porter: No Idea If She Knew\n\nFormer Harbour Senior Adviser Jane Porter spoke.\n', ['person:Jane Porter'], ['Idea']],
    // A kicker naming its authors: a known first name and the surname the body names are kept whole.
    ['A headline\n\nHARBOUR POLLS NOT WRONG - Mark Kelleher and Omar Field: the polls were early.\n\nLater, Kelleher said the data came late.\n', ['person:Mark Kelleher', 'person:Kelleher'], []],
    // A title-case first line read as the lead (it ends in a full stop) is checked too; "13th" is no lower-case word.
    ['Jane Porter’s ‘13th’ Explores The Evolution Of The Harbour.\n\nJane Porter made a film about the harbour.\n', ['person:Jane Porter'], ['Evolution']],
    // Headings in capitals: with a possessive or hyphens, and run into the sentence after them.
    ['A headline\n\nEVEN KELLDOR’S BOSS THINKS HE’S FULL OF YOU-KNOW-WHAT — the chief of the Harbin Fields Trust said so.\n', ['organization:Harbin Fields Trust'], ['EVEN KELLDOR’S BOSS THINKS', 'FULL OF YOU-KNOW-WHAT']],
    ['A headline\n\nTHE MANY CAVEATS Plenty of people in Kelltown never save.\n', [], ['THE MANY CAVEATS Plenty', 'Plenty']],
    // A kicker before a colon is a heading: its ordinary words are no names.
    ['A headline\n\nLimited Tools to Fight Fires: The Harbour Board was set up when fires were rare.\n', ['organization:Harbour Board'], ['Limited Tools', 'Fight Fires']],
    ['A headline\n\nLittle Relief for Farmers: The Kelldor Farm Bureau said the rain came late.\n', ['organization:Kelldor Farm Bureau'], ['Little Relief']],
  ])('reads title case in %j', async (text, present, absent) => {
    const names = await namesOf(text);
    for (const name of present) expect(names).toContain(name);
    for (const name of absent) expect(names.map((name) => name.slice(name.indexOf(':') + 1))).not.toContain(name);
  });

  it('keeps a name in a title-case headline that names a body by its own words', async () => {
    const names = await namesOf('Farmers Abandon Green Valley Party Over Fees\n\nThe party lost the farm vote.\n');
    expect(names.find((name) => name.startsWith('organization:'))).toMatch(/Green Valley Party$/);
  });

  it('keeps a signature line in the body, which the article names only once', async () => {
    const names = await namesOf('A headline\n\nThe letter was short and kind.\n\nMauro Kelleher-Ortiz.\n');
    expect(names).toContain('person:Mauro Kelleher-Ortiz');
  });

  it.each<[string, string, string]>([
    ['Army veteran Tom Little, 30, walked home. It took little time.', 'Tom Little', 'person'],
    ['Clinton called half of Donald Rowe’s supporters “deplorables.”', 'Donald Rowe', 'person'],
    ['Officials at Fisheries and Coastal Enforcement said the fisheries were shut.', 'Fisheries and Coastal Enforcement', 'organization'],
    ['The Kelldor Business Network and Kelldor News ran the story; the network grew.', 'Kelldor News', 'organization'],
    ['The GOP’s complaint was filed on Monday.', 'Republican Party', 'organization'],
    ['The GOP must live with the result.', 'Republican Party', 'organization'],
    ['In 1968 the GOP nominated a lawyer.', 'Republican Party', 'organization'],
    ['The GOP said it would appeal.', 'Republican Party', 'organization'],
    ['She works at the James Kelso Center for Harbour Studies, he said.', 'James Kelso Center for Harbour Studies', 'organization'],
  ])('reads %j', async (sentence, name, type) => {
    const entities = extractEntities(await articleFromParagraphs(sentence));
    expect(entities.find((entity) => entity.name === name)).toMatchObject({ type });
  });

  it.each(['The GOP nominee spoke in the rain.', 'The GOP red wave never came.'])(
    'reads no entity in a party acronym that qualifies a noun: %j',
    async (sentence) => {
      expect(extractEntities(await articleFromParagraphs(sentence))).toEqual([]);
    },
  );
});
