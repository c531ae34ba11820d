import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/article.js';
import { normalizeDate } from '../../src/load/dates.js';
import { BYLINE_LINE, DATE_STAMP_LINE, PROMO_LINE } from '../../src/load/html/boilerplate.js';
import { detectFormat } from '../../src/load/detect-format.js';
import { tagDepthExceeds } from '../../src/load/html/parse-html.js';
import { parseSource, parseSourceResults } from '../../src/load/parse-source.js';
import { structureArticle } from '../../src/structure/structure-article.js';
import { FIXTURES } from '../helpers/cli.js';

const fixture = (path: string) => readFileSync(join(FIXTURES, path));
const parse = (name: string, bytes: Uint8Array | string, options = {}) => parseSourceResults(name, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, options);
const sources = (results: Awaited<ReturnType<typeof parse>>) => results.filter((r): r is Source => 'text' in r);
const kinds = (source: Source) => (source.blocks ?? []).map((b) => `${b.kind}: ${source.text.slice(b.start, b.end)}`);

describe('detectFormat', () => {
  it.each([
    ['page.txt', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['a.txt', '  <html lang="en"><p>x</p>', 'html'],
    ['feed', '<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>', 'rss'],
    ['feed', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"/>', 'rss'],
    ['feed.xml', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['a.html', '{"title": "x", "text": "y"}', 'json'],
    ['a', '[{"title": "x"}]', 'json'],
    ['a.json', 'Headline\n\nBody.', 'json'],
    ['a.htm', 'Headline\n\nBody.', 'html'],
    ['a.txt', '# Title\n\nBody.', 'markdown'],
    ['a.txt', 'Headline\n\n[Updated] Body text.', 'text'],
    ['https://example.com/story.html?x=1', 'Plain words.', 'html'],
  ])('reads %s starting %j as %s', async (name, head, format) => {
    expect(detectFormat(name, head)).toBe(format);
  });

  it('trusts content over the Content-Type header, and the header over the name', async () => {
    expect(detectFormat('x.json', '<rss></rss>', 'text/html')).toBe('rss');
    expect(detectFormat('x.json', 'Plain text', 'text/html; charset=utf-8')).toBe('html');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['Tue, 18 Oct 2016 09:30:00 +0100', '2016-10-18T09:30:00+01:00'],
    ['Thu, 20 Oct 2016 17:05:00 GMT', '2016-10-20T17:05:00Z'],
    ['Mon, 10 Oct 2016 20:00:00 EDT', '2016-10-10T20:00:00-04:00'],
    ['10 Oct 16 20:00 PST', '2016-10-10T20:00:00-08:00'],
    ['2016-10-21T07:45:00+01:00', '2016-10-21T07:45:00+01:00'],
    ['2016-10-16 18:20:00', '2016-10-16T18:20:00'],
    ['2016-10-12', '2016-10-12'],
    ['October 5, 2016', expect.stringMatching(/^2016-10-0[45]T/)],
    ['yesterday', null],
    ['', null],
  ])('reads %j as %j', async (written, iso) => {
    expect(normalizeDate(written)).toEqual(iso);
  });
});

describe('HTML pages', () => {
  let page: Source | undefined;
  beforeAll(async () => {
    [page] = sources(await parse('river-bridge.html', fixture('pages/river-bridge.html')));
  });

  it('takes metadata from JSON-LD and meta tags', async () => {
    expect(page!.metadata).toEqual({
      title: 'Kelsford bridge reopens after flood repairs',
      published: '2016-10-18T09:30:00+01:00',
      byline: 'Maya Okafor',
      source: 'The Valley Courier',
      url: 'https://courier.example/news/kelsford-bridge-reopens',
    });
  });

  it('keeps the article and drops navigation, ads, share bars, cookie banner and related links', async () => {
    const text = page!.text;
    for (const junk of ['cookies', 'Advertisement', 'Switch your energy', 'Share on', 'Related stories', 'Flood warnings lifted', 'All rights reserved', 'Sign up', 'Weather']) {
      expect(text).not.toContain(junk);
    }
    expect(kinds(page!)).toEqual([
      'headline: Kelsford bridge reopens after flood repairs',
      'standfirst: Engineers finished the work three weeks early, the county council said',
      'caption: The rebuilt span of Kelsford bridge on Monday morning',
      expect.stringMatching(/^paragraph: The Kelsford road bridge reopened/),
      expect.stringMatching(/^paragraph: About 14,000 vehicles/),
      expect.stringMatching(/^paragraph: "We promised the town/),
      expect.stringMatching(/^paragraph: The repairs cost £4.2 million/),
      'heading: Businesses count the cost',
      expect.stringMatching(/^paragraph: Shopkeepers/),
      expect.stringMatching(/^blockquote: Some weeks we sold more bread/),
      expect.stringMatching(/^paragraph: The chamber of commerce/),
      'caption: Customers queue outside a bakery on Mill Street',
      'heading: What happens next',
      expect.stringMatching(/^paragraph: A weight limit/),
      expect.stringMatching(/^paragraph: The Environment Agency/),
    ]);
    expect(page!.blocks!.filter((b) => b.kind === 'caption').map((b) => b.credit)).toEqual(['Tom Reyes', 'Valley Courier']);
  });

  it('structures into an article whose spans index its text', async () => {
    const article = structureArticle(page!);
    expect(article.headline?.text).toBe('Kelsford bridge reopens after flood repairs');
    expect(article.standfirst?.text).toMatch(/^Engineers finished/);
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs.filter((p) => p.blockquote)).toHaveLength(1);
    expect(article.sections.map((s) => s.title)).toEqual([null, 'Businesses count the cost', 'What happens next']);
    for (const block of [...article.paragraphs, ...article.captions]) expect(article.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('drops bylines, "Read more" lines, link-only promos, embedded tweets and sign-up boxes', async () => {
    const [source] = sources(await parse('harbour-vote.html', fixture('pages/harbour-vote.html')));
    expect(source!.metadata).toMatchObject({ title: 'Port Arden votes to sell harbour land to developer', published: '2016-10-14T18:05:00Z', byline: 'Idris Calloway', source: 'Coastline Post' });
    expect(kinds(source!).map((line) => line.slice(0, 40))).toEqual([
      'headline: Port Arden votes to sell harbo',
      'standfirst: The sale will fund sea defen',
      'paragraph: Port Arden town council has v',
      'paragraph: The council will receive £2.6',
      'paragraph: "We have to protect the homes',
      'heading: Fishermen angry',
      "paragraph: Members of the Port Arden Fis",
      'paragraph: Their chairman, Tomasz Wilk, ',
      'caption: Boats moored at Port Arden quay',
      'heading: What the plan includes',
      'paragraph: 80 flats, 24 of them for soci',
      'paragraph: A public walkway along the ha',
      'paragraph: Saltmarsh Homes said building',
    ]);
    expect(source!.blocks!.find((b) => b.kind === 'caption')?.credit).toBe('Lena Hartmann');
  });

  it.each([
    [BYLINE_LINE, 'By Idris Calloway · Friday 14 October 2016 19.05 BST', true],
    [BYLINE_LINE, 'By Friday, the council will have decided.', false],
    [BYLINE_LINE, 'by the river', false],
    [PROMO_LINE, 'Read more: Harbour plans go on show', true],
    [PROMO_LINE, 'Related: Fish prices', true],
    [PROMO_LINE, 'Readers wrote in their hundreds.', false],
    [DATE_STAMP_LINE, 'Published 12 October 2016', true],
    [DATE_STAMP_LINE, 'Updated: 10:32 BST', true],
    [DATE_STAMP_LINE, 'Updated figures show 3,000 homes were flooded.', false],
  ])('%s on %j is %s', (pattern, line, expected) => {
    expect(pattern.test(line)).toBe(expected);
  });

  it.each([['pages/terrace-latin1.html'], ['pages/terrace-cp1252.html']])('decodes %s by its declared charset', async (path) => {
    const [source] = sources(await parse(path, fixture(path)));
    expect(source!.metadata.title).toBe('Café owners in Saint-Étienne protest over terrace rules');
    expect(source!.metadata.byline).toBe('Angèle Dupré');
    expect(source!.text).toContain('said Hélène Mercier');
    expect(source!.text).not.toContain('Published 12 October');
    expect(source!.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('reads curly quotes and the euro sign of a windows-1252 page', async () => {
    const [source] = sources(await parse('p.html', fixture('pages/terrace-cp1252.html')));
    expect(source!.text).toContain('owners\u2019 association');
    expect(source!.text).toContain('about €12,000');
  });

  it('takes an undeclared non-UTF-8 page as windows-1252', async () => {
    const [source] = sources(await parse('p.html', Buffer.from('<html><body><p>Caf\xe9 owners said \x93no\x94 to the plan on Monday.</p></body></html>', 'latin1')));
    expect(source!.text).toContain('Café owners said “no” to the plan');
  });

  it('reads a pathologically nested page quickly, without overflowing the stack', async () => {
    const depth = 5000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text that is long enough to be read as the paragraph of an article, and then some more words.</p>${'</div>'.repeat(depth)}<b>${'<i>'.repeat(depth)}x</b></body></html>`;
    const started = performance.now();
    const [source] = sources(await parse('deep.html', html));
    expect(source!.text).toContain('Deep text that is long enough');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuses a page without article text', async () => {
    await expect(parse('empty.html', '<html><body><nav><a href="/">Home</a></nav></body></html>')).rejects.toThrow(/no article text found in this page/);
  });
});

describe('feeds', () => {
  it('reads every RSS item with its date, author and HTML body', async () => {
    const items = sources(await parse('valley.rss', fixture('feeds/valley.rss')));
    expect(items.map((s) => s.name)).toEqual(['valley.rss#1', 'valley.rss#2', 'valley.rss#3']);
    expect(items.map((s) => s.metadata.published)).toEqual(['2016-10-18T09:30:00+01:00', '2016-10-20T17:05:00Z', '2016-10-10T20:00:00-04:00']);
    expect(items.map((s) => s.metadata.byline)).toEqual(['Maya Okafor', 'Sam Whitlow', null]);
    expect(items[1]!.metadata.title).toBe('Library extends opening hours & adds Sunday sessions');
    expect(kinds(items[0]!).slice(0, 2)).toEqual(['headline: Kelsford bridge reopens after flood repairs', 'standfirst: Engineers finished the work three weeks early, the county council said']);
    expect(items[1]!.text).toContain('about £30,000 a year');
    expect(items.every((s) => s.metadata.source === 'The Valley Courier: News')).toBe(true);
  });

  it('reads Atom entries with html, xhtml and text content', async () => {
    const entries = sources(await parse('valley.atom', fixture('feeds/valley.atom')));
    expect(entries.map((s) => s.metadata.title)).toEqual(['Brennan Civil Engineering wins £9m flood defence contract', 'Mill Street bakery expands after bridge reopens', 'Valley farmers report early harvest']);
    expect(kinds(entries[0]!)).toContain('heading: Jobs');
    expect(kinds(entries[1]!)).toContain('blockquote: The queue is back outside the door, and I need more ovens.');
    expect(kinds(entries[2]!)).toHaveLength(3);
    expect(entries[2]!.metadata.published).toBe('2016-10-15T06:00:00Z');
    expect(entries[0]!.metadata.url).toBe('https://courier.example/business/brennan-contract');
  });

  it('decodes a feed by the encoding of its XML declaration', async () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Caf\xe9 \x93terrace\x94 rules</title><description>Owners in Saint-\xc9tienne protest.</description></item></channel></rss>', 'latin1');
    const [item] = sources(await parse('latin1.rss', xml));
    expect(item!.metadata.title).toBe('Café “terrace” rules');
    expect(item!.text).toContain('Saint-Étienne');
  });

  it('does not expand entities a feed declares itself (no "billion laughs")', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title><description>Text of the item.</description></item></channel></rss>`;
    const [item] = sources(await parse('lol.rss', xml));
    expect(item!.text.length).toBeLessThan(100);
  });

  it('gives a broken item as an error in its place and keeps the others', async () => {
    const results = await parse('f.rss', '<rss><channel><item><title>Good</title><description>A sentence of text here.</description></item><item><link>https://x.example/</link></item></channel></rss>');
    expect('text' in results[0]!).toBe(true);
    expect(results[1]).toMatchObject({ input: 'f.rss#2', message: 'no article text found in this item' });
  });

  it.each([
    ['<rss><channel><title>x</title></channel></rss>', /feed has no items/],
    ['<rss><channel><item></channel></rss>', /not a well-formed feed/],
  ])('refuses %j', async (xml, reason) => {
    await expect(parse('f.xml', xml)).rejects.toThrow(reason);
  });
});

describe('JSON and NDJSON', () => {
  it('reads extractor-shaped objects from NDJSON, naming items by line', async () => {
    const items = sources(await parse('a.ndjson', fixture('feeds/articles.ndjson')));
    expect(items.map((s) => s.name)).toEqual(['a.ndjson#1', 'a.ndjson#2', 'a.ndjson#3']);
    expect(items.map((s) => s.metadata.published)).toEqual(['2016-10-17', '2016-10-16T18:20:00', '2016-10-19T10:00:00+01:00']);
    expect(items[0]!.metadata).toMatchObject({ byline: 'Sam Whitlow', source: 'courier.example', url: 'https://courier.example/news/ferry' });
    expect(kinds(items[1]!)).toHaveLength(5); // headline, standfirst, three one-line paragraphs
    expect(kinds(items[2]!)).toEqual(['headline: Council approves new cycle lanes', 'paragraph: Harlow County Council has approved 12 miles of new cycle lanes.', 'paragraph: Work will begin in January, the council said.']);
  });

  it('reads an array, and an object holding one, naming items by position', async () => {
    const array = sources(await parse('a.json', JSON.stringify([{ title: 'One', text: 'First story.' }, { title: 'Two', body: 'Second story.' }])));
    expect(array.map((s) => [s.name, s.metadata.title])).toEqual([['a.json#1', 'One'], ['a.json#2', 'Two']]);
    const wrapped = sources(await parse('b.json', JSON.stringify({ articles: [{ headline: 'H', content: 'Body.' }] })));
    expect(wrapped[0]!.name).toBe('b.json#1');
  });

  it('lays out an untitled text like a text file, so its first line can be the headline', async () => {
    const [source] = sources(await parse('c.json', JSON.stringify({ text: 'Headline here\nFirst paragraph of the story.\nSecond one.' })));
    const article = structureArticle(source!);
    expect(article.headline?.text).toBe('Headline here');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First paragraph of the story.', 'Second one.']);
  });

  it('reports a bad NDJSON line and keeps the rest', async () => {
    const results = await parse('d.ndjson', '{"title":"A","text":"Story one."}\n{oops\n\n{"title":"C","text":"Story three."}\n');
    expect(results.map((r) => ('text' in r ? r.name : `error ${r.input}`))).toEqual(['d.ndjson#1', 'error d.ndjson#2', 'd.ndjson#4']);
  });

  it('refuses an object without text', async () => {
    await expect(parse('e.json', '{"title": "Only a title"}')).rejects.toThrow(/no article text/);
  });
});

describe('UTF-16 input whose first 4 KB are white space', () => {
  it('is read whole, not refused as empty', async () => {
    const text = ' '.repeat(5000) + '\n\nHeadline here\n\nA body paragraph. Another sentence.\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const [source] = await parseSource('padded.txt', bytes);
    expect(source!.text).toContain('A body paragraph.');
  });
});

describe('pathologically nested HTML', () => {
  const page = (depth: number, tag = 'div') =>
    `<html><head><title>Nested</title></head><body>${`<${tag}>`.repeat(depth)}<p>Deep text here. It is nested.</p>${`</${tag}>`.repeat(depth)}</body></html>`;

  it('is refused before parsing when deeper than 20,000 elements, in linear time', async () => {
    const started = performance.now();
    await expect(parseSource('deep.html', Buffer.from(page(100_000)))).rejects.toThrow(/nested more than 20000 elements deep/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('is read when nested less deep', async () => {
    const [source] = await parseSource('nested.html', Buffer.from(page(1_000)));
    expect(source!.text).toContain('Deep text here.');
  });

  it('does not count unclosed paragraphs, list items, void elements or comments as depth', () => {
    const flat = '<p>Para text here.'.repeat(25_000) + '<!-- note -->'.repeat(25_000) + '<li>item<br><img src="x">'.repeat(25_000);
    expect(tagDepthExceeds(`<html><body>${flat}</body></html>`, 20_000)).toBe(false);
    expect(tagDepthExceeds('<div>'.repeat(20_001), 20_000)).toBe(true);
    expect(tagDepthExceeds('<div></div>'.repeat(30_000), 20_000)).toBe(false);
  });
});
