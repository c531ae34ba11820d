import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse-source.js';
import { structureArticle, isDateline } from '../../src/structure/structure-article.js';
import { SEED } from '../helpers/cli.js';

async function structure(text: string, name = 'test.txt') {
  const [source] = await parseSource(name, Buffer.from(text));
  return structureArticle(source!);
}

describe('structureArticle on the bundled article', () => {
  it('finds headline, standfirst, dateline, captions and 19 paragraphs', async () => {
    const article = structureArticle((await parseSource(SEED, readFileSync(SEED)))[0]!);
    expect(article.headline?.text).toBe('Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks');
    expect(article.standfirst?.text).toBe('UN fears that up to a million people may still be trapped inside Mosul');
    expect(article.dateline?.display).toBe('BARTELLA, IRAQ');
    expect(article.captions).toHaveLength(2);
    expect(article.captions.map((c) => c.credit)).toEqual(['PA Images', 'PA Images']);
    expect(article.captions[0]!.text).toBe('An Iraqi military helicopter flies over the frontline near Bartella, Iraq, on Thursday');
    expect(article.paragraphs).toHaveLength(19);
    expect(article.paragraphs.map((p) => p.sentences.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1]);
    expect(article.metadata.published).toBe('2016-10-20');
  });

  it('keeps every span true to the text', async () => {
    const article = structureArticle((await parseSource(SEED, readFileSync(SEED)))[0]!);
    for (const block of [article.headline!, article.standfirst!, ...article.paragraphs]) {
      expect(article.text.slice(block.start, block.end)).toBe(block.text);
      for (const sentence of block.sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    for (const caption of article.captions) expect(article.text.slice(caption.start, caption.end)).toBe(caption.text);
  });
});

describe('structureArticle on other layouts', () => {
  it('opens sections at Markdown ## headings', async () => {
    const article = await structure('# Title here\n\nIntro paragraph.\n\n## First part\n\nOne.\n\nTwo.\n\n## Second part\n\nThree.\n', 'a.md');
    expect(article.headline?.text).toBe('Title here');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Intro paragraph.', 'One.', 'Two.', 'Three.']);
    expect(article.sections.map((s) => [s.title, s.firstParagraph, s.lastParagraph])).toEqual([
      [null, 1, 1],
      ['First part', 2, 3],
      ['Second part', 4, 4],
    ]);
  });

  it('treats a punctuated second block as body, not standfirst', async () => {
    const article = await structure('A headline\n\nThe first paragraph says something.\n\nThe second one too.\n');
    expect(article.standfirst).toBeNull();
    expect(article.paragraphs).toHaveLength(2);
  });

  it('joins hard-wrapped lines into one paragraph and normalises CRLF and NBSP', async () => {
    const article = await structure('Headline\r\n\r\nA paragraph that\r\nwraps\u00a0here. And ends.\r\n');
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]!.text).toBe('A paragraph that\nwraps here. And ends.');
    expect(article.paragraphs[0]!.sentences).toHaveLength(2);
  });

  it.each([
    ['bartella, iraq', true],
    ['WASHINGTON', true],
    ['KABUL, Afghanistan', true],
    ['Kabul, Afghanistan', false],
    ['The troops advanced, and then stopped for the night near the river', false],
  ])('isDateline(%j) is %s', (line, expected) => {
    expect(isDateline(line)).toBe(expected);
  });
});
