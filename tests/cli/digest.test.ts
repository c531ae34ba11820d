import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { dateLabel, renderDigestEntry } from '../../src/render/digest.js';
import { testIO } from '../../src/render/io.js';
import { mergeSightings, newestFirst, parseSince } from '../../src/summarize/digest/index.js';
import { BIN, FIXTURES, ROOT, runCli, SEED } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const FEEDS = join(FIXTURES, 'feeds');
const PAGES = join(FIXTURES, 'pages');
const dir = tempDir('digest');

/** A generated article: a text of our own, varied by number so that entries differ. */
function generated(i: number): string {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const towns = ['Arden', 'Bexley Vale', 'Carrow', 'Dunmere', 'Elsworth'];
  const town = towns[i % towns.length]!;
  return `---\npublished: 2016-10-${day}\n---\nCouncil in ${town} approves budget ${i}\n\n` +
    `The council in ${town} approved a budget of £${(i % 90) + 10} million on Tuesday, officials said.\n\n` +
    `"This is a good day for ${town}," said Mayor Anna Berg. She said the money would pay for ${i % 40} new teachers.\n\n` +
    `The Finance Committee of ${town} will meet again in ${1 + (i % 12)} weeks, Berg said.\n`;
}

describe('digest of fixtures', () => {
  it('prints headline, ISO date, site and source, and a short summary, newest first', async () => {
    const { code, stdout, stderr } = await runCli(['digest', FEEDS, PAGES, '--jobs', '1']);
    expect([code, stderr]).toEqual([0, '']);
    const headlines = stdout.split('\n\n').map((block) => block.split('\n')[0]);
    expect(headlines.slice(0, 3)).toEqual(['Brennan Civil Engineering wins £9m flood defence contract', 'Library extends opening hours & adds Sunday sessions', 'Mill Street bakery expands after bridge reopens']);
    expect(stdout).toContain('2016-10-21T07:45:00+01:00 · Valley Courier – Business ·');
    expect(stdout).toMatch(/\n {2}The Kelsford road bridge reopened to traffic on Tuesday/);
    expect(stdout).toMatch(/Most quoted: .*Ruth Adeyemi/s);
    expect(stdout).toMatch(/Organisations: .*Harlow County Council/s);
    expect(Math.max(...stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('filters with --since and --limit and prints one JSON document with --json', async () => {
    const { code, stdout } = await runCli(['digest', FEEDS, '--since', '2016-10-18', '--limit', '3', '--json']);
    expect(code).toBe(0);
    const digest = JSON.parse(stdout);
    expect(Object.keys(digest)).toEqual(['articles', 'speakers', 'people', 'places', 'organizations']);
    expect(digest.articles.map((a: { published: string }) => a.published)).toEqual(['2016-10-21T07:45:00+01:00', '2016-10-20T17:05:00Z', '2016-10-19T12:00:00Z']);
    expect(Object.keys(digest.articles[0])).toEqual(['source', 'headline', 'published', 'site', 'byline', 'url', 'summary', 'speakers', 'entities']);
  });

  it('strips terminal escapes from article text in the terminal view, and keeps them exact in JSON', async () => {
    const feed = join(dir, 'escapes.rss');
    writeFileSync(feed, '<rss><channel><title>Site\u001b]0;owned\u0007</title><item><title>Head\u001b[2Jline</title><description>The council said on Monday that the \u001b[31mbridge\u001b[0m would reopen.</description></item></channel></rss>');
    const human = await runCli(['digest', feed], { env: { FORCE_COLOR: '0' } });
    expect(human.stdout).not.toContain('\u001b');
    expect(human.stdout).toContain('Headline');
    const json = await runCli(['digest', feed, '--json']);
    expect(JSON.parse(json.stdout).articles[0].headline).toBe('Head\u001b[2Jline');
  });

  it('refuses a --since that is neither a duration nor a date', async () => {
    const { code, stderr } = await runCli(['digest', FEEDS, '--since', 'last tuesday']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^news-digest: --since: expected a duration/);
  });

  it('reports a bad input on stderr, digests the rest and exits 1', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"title": "No text"}');
    const { code, stdout, stderr } = await runCli(['digest', '--ndjson', bad, join(FEEDS, 'articles.ndjson'), join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/bad\.json: no article text/), expect.stringMatching(/missing\.txt: no such file or directory$/)]);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).headline)).toEqual(['Ferry service to resume in spring', 'School wins national robotics prize', 'Council approves new cycle lanes']);
  });
});

describe('digest of many articles', () => {
  const many = join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 1000; i++) writeFileSync(join(many, `a${String(i).padStart(4, '0')}.txt`), generated(i));

  it('streams 1,000 articles with --ndjson, the same with --jobs 2 as with --jobs 1', async () => {
    const serial = await runCli(['digest', '--ndjson', '--jobs', '1', many]);
    const parallel = await runCli(['digest', '--ndjson', '--jobs', '2', many]);
    expect([serial.code, parallel.code, serial.stderr, parallel.stderr]).toEqual([0, 0, '', '']);
    const lines = serial.stdout.trim().split('\n');
    expect(lines).toHaveLength(1000);
    expect(JSON.parse(lines[999]!).source).toBe(join(many, 'a0999.txt'));
    expect(parallel.stdout).toBe(serial.stdout);
  }, 60_000);

  it('gives one --json document the same in serial and parallel, with speakers merged across articles', async () => {
    const serial = await runCli(['digest', '--json', '--jobs', '1', many]);
    const parallel = await runCli(['digest', '--json', '--jobs', '2', many]);
    expect([serial.code, parallel.code, serial.stderr, parallel.stderr]).toEqual([0, 0, '', '']);
    expect(parallel.stdout).toBe(serial.stdout);
    const digest = JSON.parse(serial.stdout);
    expect(digest.articles).toHaveLength(1000);
    expect(digest.articles[0].published).toBe('2016-10-28');
    expect(digest.speakers[0]).toMatchObject({ name: 'Anna Berg', articles: 1000 });
  }, 60_000);
});

describe('digest --ndjson - (streaming contract)', () => {
  it.each([['1'], ['2']])('answers each input line with one output line before the next line arrives (--jobs %s)', async (jobs) => {
    const child = spawn(process.execPath, [BIN, 'digest', '--ndjson', '-', '--jobs', jobs], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const article = (n: number) => JSON.stringify({ title: `Story ${n}`, text: `The mayor of Arden said on Monday that ${n} new homes would be built.`, date: `2016-10-1${n}` }) + '\n';
    const answers = [];
    for (const n of [1, 2, 3]) {
      child.stdin.write(article(n));
      answers.push(JSON.parse(String((await lines.next()).value))); // the process is still running: stdin is open
    }
    child.stdin.write('not json\n');
    answers.push(JSON.parse(String((await lines.next()).value)));
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(answers.map((a) => a.headline ?? a.error)).toEqual(['Story 1', 'Story 2', 'Story 3', expect.stringMatching(/^invalid JSON/)]);
    expect(answers.map((a) => a.source)).toEqual(['-#1', '-#2', '-#3', '-#4']);
    expect(code).toBe(1);
  });

  it('reads a feed piped in whole, and nothing from empty input', async () => {
    const feed = await runCli(['digest', '--ndjson', '-'], { input: readFileSync(join(FEEDS, 'valley.rss')) });
    expect(feed.stdout.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual(['-#1', '-#2', '-#3']);
    const empty = await runCli(['digest', '--ndjson', '-'], { input: '' });
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([0, '', '']);
  });

  it('splits like GNU parallel --pipe: digesting chunks and concatenating gives the whole', async () => {
    const input = Array.from({ length: 12 }, (_, i) => JSON.stringify({ title: `Item ${i}`, text: generated(i).split('---\n')[2] })).join('\n') + '\n';
    const whole = await runCli(['digest', '--ndjson', '-'], { input });
    const chunks = input.trim().split('\n');
    const parts = await Promise.all([chunks.slice(0, 5), chunks.slice(5)].map((part) => runCli(['digest', '--ndjson', '-'], { input: part.join('\n') + '\n' })));
    const strip = (out: string) => out.trim().split('\n').map((line) => ({ ...JSON.parse(line), source: null }));
    expect(strip(parts.map((p) => p.stdout).join(''))).toEqual(strip(whole.stdout));
    expect(whole.stdout.trim().split('\n')).toHaveLength(12);
  });
});

describe('digest pieces', () => {
  it.each([
    ['2d', '2016-10-18T12:00:00.000Z'],
    ['12h', '2016-10-20T00:00:00.000Z'],
    ['1w', '2016-10-13T12:00:00.000Z'],
    ['bogus', null],
  ])('reads --since %s', (value, expected) => {
    expect(parseSince(value, new Date('2016-10-20T12:00:00Z'))?.toISOString() ?? null).toBe(expected);
  });

  it('shows dates relative on a terminal and as written in a pipe', () => {
    const now = new Date('2016-10-23T10:00:00Z');
    expect(dateLabel('2016-10-20T09:00:00Z', true, now)).toBe('3 days ago');
    expect(dateLabel('2016-10-20T09:00:00Z', false, now)).toBe('2016-10-20T09:00:00Z');
    const entry = { source: 'a.rss#1', headline: 'H\u001b[31m', published: '2016-10-22T10:00:00Z', site: 'Site', byline: null, url: null, summary: 'One.', speakers: [], entities: [] };
    expect(renderDigestEntry(entry, testIO({ isTTY: true }), now)).toBe('H[31m\n1 day ago · Site · a.rss#1\n  One.\n'.replace('[31m', ''));
  });

  it('merges a surname into the one full name that has it, and not into two', () => {
    const merged = mergeSightings([
      { name: 'Ruth Adeyemi', role: 'Councillor', count: 2, article: 0 },
      { name: 'Adeyemi', role: null, count: 1, article: 1 },
      { name: 'Councillor Ruth Adeyemi', role: null, count: 1, article: 2 },
      { name: 'Lowe', role: null, count: 1, article: 0 },
      { name: 'Gareth Lowe', role: null, count: 1, article: 0 },
      { name: 'Dana Lowe', role: null, count: 1, article: 1 },
    ], true);
    expect(merged[0]).toEqual({ name: 'Ruth Adeyemi', role: 'Councillor', count: 4, articles: 3 });
    expect(merged.map((m) => m.name)).toContain('Lowe');
  });

  it('orders newest first, undated last in input order', () => {
    const order = newestFirst([{ published: null, n: 1 }, { published: '2016-10-01', n: 2 }, { published: '2016-10-05T10:00:00+01:00', n: 3 }, { published: null, n: 4 }]);
    expect(order.map((e) => e.n)).toEqual([3, 2, 1, 4]);
  });

  it('digests the bundled article', async () => {
    const { code, stdout } = await runCli(['digest', SEED, '--ndjson']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ headline: 'Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks', published: '2016-10-20' });
  });
});
