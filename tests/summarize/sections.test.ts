import { describe, expect, it } from 'vitest';
import { segmentSections } from '../../src/summarize/index.js';
import { articleOf, seedArticle } from '../helpers/articles.js';

const paragraphs = (topic: string[], n: number) =>
  Array.from({ length: n }, (_, i) => `The ${topic[i % topic.length]} and the ${topic[(i + 1) % topic.length]} were the talk of ${topic[(i + 2) % topic.length]} again on day ${i + 1}.`);

describe('segmentSections', () => {
  it('keeps the sections that Markdown headings open', async () => {
    const article = await articleOf('# Title\n\nIntro paragraph here.\n\n## Harbour\n\nThe harbour is busy.\n\nBoats come in.\n\n## Market\n\nThe market opens early.', 'story.md');
    const sections = segmentSections(article);
    expect(sections.map((s) => [s.title, s.firstParagraph, s.lastParagraph, s.origin])).toEqual([
      [null, 1, 1, 'heading'],
      ['Harbour', 2, 3, 'heading'],
      ['Market', 4, 4, 'heading'],
    ]);
  });

  it('splits the bundled article into topical sections that cover the body in order', async () => {
    const article = await seedArticle();
    const sections = segmentSections(article);
    expect(sections.length).toBeGreaterThanOrEqual(4);
    expect(sections[0]!.firstParagraph).toBe(1);
    expect(sections.at(-1)!.lastParagraph).toBe(article.paragraphs.length);
    for (const [i, section] of sections.entries()) {
      expect(section.origin).toBe('topic');
      expect(section.title).toBeTruthy();
      expect(section.lastParagraph - section.firstParagraph).toBeGreaterThanOrEqual(1);
      if (i > 0) expect(section.firstParagraph).toBe(sections[i - 1]!.lastParagraph + 1);
    }
    // The Paris meeting (paragraph 11) and the Mosul Dam (paragraph 19) are topics of their own.
    expect(sections.some((s) => s.firstParagraph === 11)).toBe(true);
    expect(sections.at(-1)!.title).toContain('Mosul Dam');
  });

  it('finds the seam between two topics and names each by its words', async () => {
    const harbour = paragraphs(['harbour', 'fishermen', 'boats', 'nets'], 4);
    const election = paragraphs(['election', 'candidates', 'ballots', 'voters'], 4);
    const article = await articleOf(['Two topics', ...harbour, ...election].join('\n\n'));
    const sections = segmentSections(article);
    expect(sections.map((s) => [s.firstParagraph, s.lastParagraph])).toEqual([
      [1, 4],
      [5, 8],
    ]);
    expect(sections[0]!.title).toMatch(/harbour|fishermen|boats|nets/);
    expect(sections[1]!.title).toMatch(/election|candidates|ballots|voters/);
  });

  it('leaves a short article as one section', async () => {
    const article = await articleOf('Title\n\nOne paragraph here.\n\nAnother one there.');
    expect(segmentSections(article).map((s) => [s.firstParagraph, s.lastParagraph])).toEqual([[1, 2]]);
  });
});
