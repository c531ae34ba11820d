import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/article.js';
import { extractFacts } from '../../src/extract/facts/index.js';
import { parseSource } from '../../src/load/parse-source.js';
import { renderFacts } from '../../src/render/facts.js';
import { testIO } from '../../src/render/io.js';
import { structureArticle } from '../../src/structure/structure-article.js';
import { readFileSync } from 'node:fs';
import { runCli, SEED } from '../helpers/cli.js';

const ESC = '\u001b';

async function seedFacts(): Promise<Fact[]> {
  const { stdout, code } = await runCli(['facts', SEED, '--json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as Fact[];
}

describe('news-digest facts on the bundled article', () => {
  it('finds every quantity and date the issue lists, and nothing else', async () => {
    const facts = (await seedFacts()).filter((fact) => !['person', 'place', 'organization'].includes(fact.type));
    const pick = ({ type, text, value, unit, approx, min, max, date, entity }: Fact) => ({ type, text, value, unit, approx, min, max, date, entity });
    expect(facts.map(pick)).toEqual([
      { type: 'measure', text: 'about 12 miles', value: 12, unit: 'mi', approx: 'about', min: null, max: null, date: null, entity: null },
      { type: 'rank', text: 'second largest city', value: 2, unit: null, approx: null, min: null, max: null, date: null, entity: 'city' },
      { type: 'duration', text: 'a day', value: 1, unit: 'day', approx: null, min: null, max: null, date: null, entity: null },
      { type: 'duration', text: 'two years', value: 2, unit: 'year', approx: null, min: null, max: null, date: null, entity: null },
      { type: 'count', text: 'Dozens of black Humvee armoured vehicles', value: null, unit: null, approx: 'dozens', min: 24, max: null, date: null, entity: 'black Humvee armoured vehicles' },
      { type: 'count', text: 'nine suicide car bombs', value: 9, unit: null, approx: null, min: null, max: null, date: null, entity: 'suicide car bombs' },
      { type: 'date', text: 'Wednesday', value: null, unit: null, approx: null, min: null, max: null, date: '2016-10-19', entity: null },
      { type: 'count', text: 'two Kurdish troops', value: 2, unit: null, approx: null, min: null, max: null, date: null, entity: 'Kurdish troops' },
      { type: 'date', text: 'a week before', value: 1, unit: 'week', approx: null, min: null, max: null, date: '2016-10-13', entity: null },
      { type: 'date', text: 'Thursday', value: null, unit: null, approx: null, min: null, max: null, date: '2016-10-20', entity: null },
      { type: 'count', text: 'up to a million people', value: 1000000, unit: null, approx: 'up to', min: null, max: 1000000, date: null, entity: 'people' },
      { type: 'count', text: 'hundreds of civilians', value: null, unit: null, approx: 'hundreds', min: 200, max: null, date: null, entity: 'civilians' },
      { type: 'count', text: 'a few thousand', value: null, unit: null, approx: 'a few', min: 2000, max: null, date: null, entity: null },
      { type: 'number', text: 'Around 500', value: 500, unit: null, approx: 'about', min: null, max: null, date: null, entity: null },
      { type: 'measure', text: 'about 30km', value: 30, unit: 'km', approx: 'about', min: null, max: null, date: null, entity: null },
    ]);
    expect(facts.find((fact) => fact.text === 'about 12 miles')!.normalized).toEqual({ value: 19.3, unit: 'km' });
    expect(facts.find((fact) => fact.text === 'up to a million people')!.mentions.map((mention) => mention.paragraph)).toEqual([16, 0]);
  });

  it('finds the people with their roles, the places and the organisations, and nothing else', async () => {
    const facts = await seedFacts();
    const entities = new Map<string, { type: string; role: string | null; texts: Set<string> }>();
    for (const fact of facts.filter((fact) => ['person', 'place', 'organization'].includes(fact.type))) {
      const entry = entities.get(fact.entity!) ?? { type: fact.type, role: fact.role, texts: new Set<string>() };
      entry.texts.add(fact.text);
      entities.set(fact.entity!, entry);
    }
    const summary = Object.fromEntries([...entities].map(([name, { type, role, texts }]) => [name, { type, role, texts: [...texts].sort() }]));
    expect(summary).toEqual({
      'Haider al-Abadi': { type: 'person', role: 'Prime Minister', texts: ['Haider al-Abadi'] },
      'Taleb Sheghati al-Kenani': { type: 'person', role: 'CTS commander', texts: ['Taleb Sheghati al-Kenani'] },
      'Francois Hollande': { type: 'person', role: null, texts: ['Francois Hollande'] },
      Bartella: { type: 'place', role: 'Iraq', texts: ['Bartella'] },
      Mosul: { type: 'place', role: null, texts: ['Mosul'] },
      'Mosul Dam': { type: 'place', role: null, texts: ['Mosul Dam'] },
      Iraq: { type: 'place', role: null, texts: ['Iraq'] },
      France: { type: 'place', role: null, texts: ['France'] },
      Paris: { type: 'place', role: null, texts: ['Paris'] },
      Raqqa: { type: 'place', role: null, texts: ['Raqqa'] },
      Syria: { type: 'place', role: null, texts: ['Syria'] },
      Telkif: { type: 'place', role: null, texts: ['Telkif'] },
      'Counter Terrorism Service': { type: 'organization', role: null, texts: ['CTS', 'Counter Terrorism Service'] },
      'Islamic State': { type: 'organization', role: null, texts: ['IS', 'Islamic State'] },
      'United Nations': { type: 'organization', role: null, texts: ['UN'] },
      Peshmerga: { type: 'organization', role: null, texts: ['Peshmerga'] },
    });
    const text = readFileSync(SEED, 'utf8');
    expect(facts.filter((fact) => fact.entity === 'Mosul')).toHaveLength(10);
    expect(text).toContain('Counter Terrorism Service (CTS)');
  });

  it('gives offsets that index the article text', async () => {
    const { stdout } = await runCli(['story', SEED, '--json']);
    const article = JSON.parse(stdout) as { text: string };
    for (const fact of await seedFacts()) {
      expect(article.text.slice(fact.start, fact.end)).toBe(fact.text);
      for (const mention of fact.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('filters by --type and selects fields with --json a,b,c in the order given', async () => {
    const { stdout, code } = await runCli(['facts', SEED, '--type', 'measure,rank', '--json', 'text,type,value']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { text: 'about 12 miles', type: 'measure', value: 12 },
      { text: 'second largest city', type: 'rank', value: 2 },
      { text: 'about 30km', type: 'measure', value: 30 },
    ]);
  });

  it('resolves weekdays against --published when the input has no date', async () => {
    const input = 'A headline for testing\n\nThe council voted on Tuesday to close the bridge.\n';
    const resolved = await runCli(['facts', '-', '--published', '2016-10-20', '--json', 'text,date'], { input });
    expect(JSON.parse(resolved.stdout)).toEqual([{ text: 'Tuesday', date: '2016-10-18' }]);
    const unresolved = await runCli(['facts', '-'], { input });
    expect(unresolved.stdout).toBe('date\tTuesday\tunresolved\t1\n');
  });

  it('prints one JSON object a line with --ndjson', async () => {
    const { stdout } = await runCli(['facts', SEED, '--ndjson', '--type', 'person']);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Fact);
    expect(lines.map((fact) => fact.entity)).toEqual(['Haider al-Abadi', 'Francois Hollande', 'Taleb Sheghati al-Kenani']);
  });

  it.each([
    [['--json', 'text,colour'], /unknown JSON field colour; valid fields: type, text, value/],
    [['--type', 'weather'], /unknown fact type weather; valid types: count, number/],
  ])('rejects %j with a usage error listing the valid names', async (args, message) => {
    const { code, stdout, stderr } = await runCli(['facts', SEED, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('prints readable tab-separated lines, grouped by kind, in a pipe', async () => {
    const { stdout, code } = await runCli(['facts', SEED]);
    expect(code).toBe(0);
    expect(stdout).not.toContain(ESC);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('person\tHaider al-Abadi\tPrime Minister · 1 mention\t11');
    expect(lines).toContain('measure\tabout 12 miles\t12 mi = 19.3 km (about)\t1');
    expect(lines).toContain('date\tThursday\t2016-10-20\ttop, 10');
    expect(lines.every((line) => line.split('\t').length === 4)).toBe(true);
  });

  it('draws a table that fits the terminal width, sanitising article text', async () => {
    const text = 'A headline\n\nThe \u001b[31mRed\u001b[0m Cross Committee sent 40 trucks to Dunmore, Ireland, on Monday.\n';
    const [source] = await parseSource('test.txt', Buffer.from(text));
    const article = structureArticle(source!);
    for (const width of [50, 72, 100]) {
      const io = testIO({ isTTY: true, width });
      const out = renderFacts(article, extractFacts(article), io);
      expect(out).not.toContain(ESC);
      expect(out).toContain('40 trucks');
      expect(Math.max(...out.trimEnd().split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(width);
    }
  });
});
