import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quote, Speaker } from '../../src/article.js';
import { matchesSpeaker } from '../../src/cli/commands/quotes.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Our own short article: one quote signed by two people, one by one of them, one by someone else. */
const ARTICLE = [
  'Harbour deal signed',
  'Councillor Ann Bell and planner Tom Hale met the port board on Monday.',
  '"We are proud of this deal," said Ann Bell and Tom Hale.',
  '"The cranes arrive in May," Bell said.',
  '"It will cost too much," said Joe Reed.',
].join('\n\n');

const dir = tempDir('quotes-pairs');
const path = join(dir, 'harbour.txt');
writeFileSync(path, ARTICLE + '\n');

async function quotesJson(...args: string[]): Promise<Quote[]> {
  const { code, stdout } = await runCli(['quotes', path, '--json', ...args]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as Quote[];
}

describe('a quote signed by two people, through the built bin', () => {
  it('names the first signer as speaker and the second as co-speaker', async () => {
    const quotes = await quotesJson();
    const signed = quotes.find((q) => q.text.startsWith('We are proud'));
    expect(signed).toMatchObject({ speaker: 'Ann Bell', coSpeaker: 'Tom Hale' });
    expect(quotes.filter((q) => q.coSpeaker !== null)).toHaveLength(1);
  });

  it.each([
    ['Tom Hale', ['We are proud of this deal,']],
    ['hale', ['We are proud of this deal,']],
    ['Bell', ['We are proud of this deal,', 'The cranes arrive in May,']],
    ['Reed', ['It will cost too much,']],
    ['and', []],
  ])('is found by --speaker %s by its names, never by the joining "and"', async (wanted, texts) => {
    expect((await quotesJson('--speaker', wanted)).map((q) => q.text)).toEqual(texts);
  });

  it('counts for each signer in speakers, and for no pair', async () => {
    const { code, stdout } = await runCli(['speakers', path, '--json']);
    expect(code).toBe(0);
    const speakers = JSON.parse(stdout) as Speaker[];
    expect(speakers.map((s) => [s.name, s.quotes])).toEqual([['Ann Bell', 2], ['Tom Hale', 1], ['Joe Reed', 1]]);
    expect(speakers.flatMap((s) => s.aliases)).not.toContain('Ann Bell and Tom Hale');
  });

  it('is listed under each signer in the grouped list', async () => {
    const { code, stdout } = await runCli(['quotes', path]);
    expect(code).toBe(0);
    expect(stdout.split('We are proud of this deal')).toHaveLength(3);
    expect(stdout).toContain('Tom Hale');
  });
});

describe('--speaker on a quote whose mention joins two names', () => {
  const quote = (speaker: string | null, coSpeaker: string | null, mention: string): Quote => ({
    text: 'We will not raise taxes this year,', kind: 'direct', speaker, coSpeaker, mention, role: null,
    cue: 'said', audience: null, paragraph: 2, sentence: 0, start: 10, end: 44, fragments: [{ start: 10, end: 44 }], speakerSpan: null, cueSpan: null,
  });

  it.each([
    ['the co-speaker’s surname', quote('Ann Bell', 'Tom Hale', 'Ann Bell and Tom Hale'), 'Hale', true],
    ['the whole phrase', quote('Ann Bell', 'Tom Hale', 'Ann Bell and Tom Hale'), 'Ann Bell and Tom Hale', true],
    ['"and" in a pair', quote('Ann Bell', 'Tom Hale', 'Ann Bell and Tom Hale'), 'and', false],
    ['"and" in a body', quote('Parks and Roads', null, 'Parks and Roads'), 'AND', false],
    ['another name', quote('Ann Bell', 'Tom Hale', 'Ann Bell and Tom Hale'), 'Ann Hale', false],
  ])('matches by %s or not', (_label, q, wanted, found) => {
    expect(matchesSpeaker(q, wanted)).toBe(found);
  });
});
