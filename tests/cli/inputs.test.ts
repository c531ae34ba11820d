import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

const PAGE = join(FIXTURES, 'pages', 'river-bridge.html');
const RSS = join(FIXTURES, 'feeds', 'valley.rss');
const ATOM = join(FIXTURES, 'feeds', 'valley.atom');
const NDJSON = join(FIXTURES, 'feeds', 'articles.ndjson');
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/news/bridge': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: readFileSync(PAGE) },
    '/rss': { headers: { 'content-type': 'application/rss+xml' }, body: readFileSync(RSS) },
    '/gone': { status: 410 },
  });
});
afterAll(() => server.close());

/** Each input kind, the name its first article gets, and its first headline. */
const KINDS = [
  ['HTML page', () => PAGE, () => PAGE, 'Kelsford bridge reopens after flood repairs'],
  ['RSS feed', () => RSS, () => `${RSS}#1`, 'Kelsford bridge reopens after flood repairs'],
  ['Atom feed', () => ATOM, () => `${ATOM}#1`, 'Brennan Civil Engineering wins £9m flood defence contract'],
  ['NDJSON file', () => NDJSON, () => `${NDJSON}#1`, 'Ferry service to resume in spring'],
  ['URL', () => server.url('/news/bridge'), () => server.url('/news/bridge'), 'Kelsford bridge reopens after flood repairs'],
] as const;

describe.each(KINDS)('every command on a %s', (_kind, input, firstName, headline) => {
  it('story lays it out, headline first', async () => {
    const { code, stdout, stderr } = await runCli(['story', input()]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(headline);
  });

  it('story --json gives articles whose spans index their text', async () => {
    const { code, stdout, stderr } = await runCli(['story', input(), '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const parsed = JSON.parse(stdout);
    const articles = Array.isArray(parsed) ? parsed : [parsed];
    expect(articles[0].source.name).toBe(firstName());
    for (const article of articles) {
      expect(article.headline.text).toBeTruthy();
      for (const p of article.paragraphs) expect(article.text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('summary, quotes, speakers, sections and facts run on it', async () => {
    for (const command of ['summary', 'quotes', 'speakers', 'sections', 'facts']) {
      const { code, stdout, stderr } = await runCli([command, input(), '--json']);
      expect([command, code, stderr]).toEqual([command, 0, '']);
      expect(() => JSON.parse(stdout)).not.toThrow();
    }
  });

  it('digest gives its headline and summary', async () => {
    const { code, stdout, stderr } = await runCli(['digest', input(), '--ndjson', '--jobs', '1']);
    expect([code, stderr]).toEqual([0, '']);
    const first = JSON.parse(stdout.split('\n')[0]!);
    expect(first).toMatchObject({ source: firstName(), headline });
    expect(first.summary.length).toBeGreaterThan(20);
  });
});

describe('inputs', () => {
  it('reads a JSON array file as well as NDJSON', async () => {
    const { code, stdout } = await runCli(['story', '-', '--json'], { input: JSON.stringify([{ title: 'One', text: 'The first story of the list.' }, { title: 'Two', text: 'The second story of the list.' }]) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((a: { source: { name: string }; headline: { text: string } }) => [a.source.name, a.headline.text])).toEqual([['-#1', 'One'], ['-#2', 'Two']]);
  });

  it('finds the quotes of a page, with the speaker the page names', async () => {
    const { stdout } = await runCli(['quotes', PAGE, '--json']);
    const quotes = JSON.parse(stdout) as Array<{ text: string; speaker: string | null }>;
    expect(quotes).toContainEqual(expect.objectContaining({ text: expect.stringContaining('We promised the town'), speaker: 'Ruth Adeyemi' }));
  });

  it('reads a directory of pages, feeds and JSON in name order', async () => {
    const { code, stdout } = await runCli(['story', join(FIXTURES, 'feeds'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((a: { source: { name: string } }) => a.source.name.replace(/.*\//, ''))).toEqual([
      'articles.ndjson#1', 'articles.ndjson#2', 'articles.ndjson#3', 'valley.atom#1', 'valley.atom#2', 'valley.atom#3', 'valley.rss#1', 'valley.rss#2', 'valley.rss#3',
    ]);
  });

  it('reads a feed from stdin by its content, and --format overrides detection', async () => {
    const piped = await runCli(['story', '-', '--json'], { input: readFileSync(RSS) });
    expect(JSON.parse(piped.stdout).map((a: { source: { format: string } }) => a.source.format)).toEqual(['rss', 'rss', 'rss']);
    const forced = await runCli(['story', '-', '--json', '--format', 'text'], { input: readFileSync(RSS) });
    expect(JSON.parse(forced.stdout).source.format).toBe('text');
  });

  it('reports a failing URL on stderr in one line and goes on with the other inputs', async () => {
    const { code, stdout, stderr } = await runCli(['story', server.url('/gone'), server.url('/rss')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`news-digest: ${server.url('/gone')}: HTTP 410 Gone\n`);
    expect(stdout).toContain('Harlow rugby club names new coach');
  });
});
