import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from '../../src/load/fetch-url.js';
import { loadInputs } from '../../src/load/load-inputs.js';
import { FIXTURES } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

const page = readFileSync(join(FIXTURES, 'pages', 'river-bridge.html'));
const feed = readFileSync(join(FIXTURES, 'feeds', 'valley.rss'));
const latin1 = readFileSync(join(FIXTURES, 'pages', 'terrace-latin1.html'));
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/story': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page },
    '/feed': { headers: { 'content-type': 'application/rss+xml' }, body: feed },
    '/feed-as-text': { headers: { 'content-type': 'text/plain' }, body: feed },
    '/latin1': { headers: { 'content-type': 'text/html; charset=ISO-8859-1' }, body: latin1 },
    '/moved': { status: 301, headers: { location: '/story' } },
    '/loop': { status: 302, headers: { location: '/loop' } },
    '/missing': { status: 404 },
    '/image': { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    '/big': { headers: { 'content-type': 'text/html' }, body: 'x'.repeat(5000) },
    '/endless': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('y'.repeat(1024)), 1);
      res.on('close', () => clearInterval(timer));
    },
    '/stall': () => {},
  });
});
afterAll(() => server.close());

async function load(url: string, maxBytes?: number) {
  const results = [];
  for await (const result of loadInputs([url], { maxBytes })) results.push(result);
  return results;
}

describe('fetchUrl', () => {
  it('follows a redirect and reports where it ended', async () => {
    const fetched = await fetchUrl(server.url('/moved'), { maxBytes: 1e6 });
    expect(fetched.url).toBe(server.url('/story'));
    expect(fetched.contentType).toBe('text/html; charset=utf-8');
    expect(fetched.bytes.length).toBe(page.length);
  });

  it.each([
    ['/loop', { maxBytes: 1e6 }, /too many redirects \(more than 5\)/],
    ['/missing', { maxBytes: 1e6 }, /^HTTP 404 Not Found$/],
    ['/image', { maxBytes: 1e6 }, /unsupported content type image\/png/],
    ['/big', { maxBytes: 100 }, /larger than --max-bytes 100/],
    ['/endless', { maxBytes: 50_000 }, /larger than --max-bytes 50000/],
    ['/stall', { maxBytes: 1e6, timeoutMs: 300 }, /timed out after 0.3 s/],
  ])('refuses %s with a clear reason', async (path, options, reason) => {
    await expect(fetchUrl(server.url(path), options)).rejects.toThrow(reason);
  });

  it('says the connection was refused when nothing listens', async () => {
    const closed = await startServer({});
    const url = closed.url('/x');
    await closed.close();
    await expect(fetchUrl(url, { maxBytes: 1e6 })).rejects.toThrow(/connection refused/);
  });
});

describe('loading URLs', () => {
  it('reads a page by its content type and keeps the URL as metadata', async () => {
    const [result] = await load(server.url('/story'));
    expect(result?.source?.format).toBe('html');
    expect(result?.source?.metadata.title).toBe('Kelsford bridge reopens after flood repairs');
  });

  it('reads a feed served as text/plain by its content', async () => {
    const results = await load(server.url('/feed-as-text'));
    expect(results.map((r) => r.source?.name)).toEqual([1, 2, 3].map((n) => `${server.url('/feed-as-text')}#${n}`));
    expect(results.every((r) => r.source?.format === 'rss')).toBe(true);
  });

  it('decodes by the charset of the Content-Type header', async () => {
    const [result] = await load(server.url('/latin1'));
    expect(result?.source?.text).toContain('Hélène Mercier');
  });

  it('gives a failing URL as an error in its place', async () => {
    const [result] = await load(server.url('/missing'));
    expect(result?.error?.input).toBe(server.url('/missing'));
    expect(result?.error?.message).toBe('HTTP 404 Not Found');
  });
});
