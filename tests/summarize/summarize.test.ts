import { describe, expect, it } from 'vitest';
import { segmentSections, summarize, summaryHeadline } from '../../src/summarize/index.js';
import { articleOf, seedArticle, WIRE_STORY } from '../helpers/articles.js';

describe('summarize on the bundled article', () => {
  it('picks three sentences in article order whose spans index the text', async () => {
    const article = await seedArticle();
    const summary = summarize(article);
    expect(summary).toHaveLength(3);
    expect(summary[0]!.text).toMatch(/^Elite Iraqi troops have retaken a town/);
    for (const [i, sentence] of summary.entries()) {
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      if (i > 0) expect(sentence.start).toBeGreaterThan(summary[i - 1]!.start);
      expect(article.paragraphs[sentence.paragraph - 1]!.sentences[sentence.sentence]!.end).toBe(sentence.end);
    }
  });

  it.each([1, 2, 5, 8])('gives exactly %i sentences when asked for them', async (n) => {
    expect(summarize(await seedArticle(), { sentences: n })).toHaveLength(n);
  });

  it.each([20, 60, 120])('keeps to a budget of %i words (the first sentence always goes in)', async (words) => {
    const summary = summarize(await seedArticle(), { words });
    const used = summary.reduce((total, s) => total + s.text.split(/\s+/).length, 0);
    expect(summary.length).toBeGreaterThan(0);
    if (summary.length > 1) expect(used).toBeLessThanOrEqual(words);
  });

  it('is deterministic', async () => {
    const article = await seedArticle();
    expect(summarize(article, { sentences: 5 })).toEqual(summarize(article, { sentences: 5 }));
  });
});

describe('summarize on a wire story without a headline', () => {
  it('takes the first line as the lead, without its agency tag, and shows no headline', async () => {
    const article = await articleOf(WIRE_STORY);
    const summary = summarize(article);
    expect(summaryHeadline(article)).toBeNull();
    expect(summary[0]!.text).toMatch(/^The city council of Riverton voted/);
    expect(summary[0]!.paragraph).toBe(0);
    expect(article.text.slice(summary[0]!.start, summary[0]!.end)).toBe(summary[0]!.text);
  });

  it.each([
    ['a question', 'Is there another way across?'],
    ['boilerplate too short to be a sentence', 'Scroll down for video.'],
    ['a bare quotation', '"We cannot gamble with people\'s lives," she said.'],
  ])('leaves out %s', async (_rule, text) => {
    const summary = summarize(await articleOf(WIRE_STORY), { sentences: 4 });
    expect(summary.map((s) => s.text).join('\n')).not.toContain(text);
  });

  it.each([3, 4, 5, 6])('takes a sentence that answers the one before only together with it (%i sentences)', async (n) => {
    const summary = summarize(await articleOf(WIRE_STORY), { sentences: n });
    const but = summary.findIndex((s) => s.text.startsWith('But residents'));
    if (but >= 0) expect(summary[but - 1]?.text).toMatch(/^The repairs are expected/);
  });

  it('never repeats a sentence that says the same thing again', async () => {
    const repeated = WIRE_STORY + '\n\n' + 'The city council of Riverton voted on Tuesday to close the old harbour bridge for repairs after inspectors found deep cracks in its steel supports.';
    const summary = summarize(await articleOf(repeated), { sentences: 5 });
    expect(summary.filter((s) => s.text.startsWith('The city council of Riverton voted'))).toHaveLength(1);
  });
});

describe('summaryHeadline', () => {
  const body = '\n\nThe harbour bridge will close for eight months of repairs, the council said on Tuesday.\n\nFerries will run every 15 minutes while it is shut.\n';
  it.each([
    ['a short line without a full stop', 'Storm closes harbour bridge', 'test.txt', 'Storm closes harbour bridge'],
    ['a short question', 'Is the harbour bridge safe?', 'test.txt', 'Is the harbour bridge safe?'],
    ['a line ending in a full stop, which is the lead', 'Forget the ferry timetable.', 'test.txt', null],
    ['a Markdown title even with a full stop', '# Forget the ferry timetable.', 'test.md', 'Forget the ferry timetable.'],
  ])('reads %s', async (_case, first, name, expected) => {
    const article = await articleOf(first + body, name);
    expect(summaryHeadline(article)).toBe(expected);
    const texts = summarize(article, { sentences: 3 }).map((s) => s.text);
    expect(texts.includes('Forget the ferry timetable.')).toBe(expected === null);
  });
});

describe('summarize on edge cases', () => {
  it.each([
    ['a headline only', 'Headline with no body'],
    ['an article shorter than the summary', 'Short story\n\nOnly one sentence is here, and it is the whole story.'],
  ])('copes with %s', async (_case, text) => {
    const article = await articleOf(text);
    const summary = summarize(article);
    expect(summary.length).toBeLessThanOrEqual(article.paragraphs.length + 1);
    for (const sentence of summary) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('summarize on a long input', () => {
  it('stays fast on eight hundred paragraphs, with a word budget that takes nearly all of them', async () => {
    const words = ['harbour', 'bridge', 'council', 'ferry', 'repairs', 'steel', 'inspectors', 'traffic', 'river', 'mayor', 'budget', 'residents'];
    const paragraphs = Array.from({ length: 800 }, (_, i) => `The ${words[i % 12]} and the ${words[(i * 7) % 12]} met the ${words[(i * 5) % 12]} on day ${i} of the long story.`);
    const article = await articleOf(['Long story', ...paragraphs].join('\n\n'));
    const started = performance.now();
    expect(summarize(article, { words: 1_000_000 }).length).toBeGreaterThan(10);
    expect(segmentSections(article).at(-1)!.lastParagraph).toBe(800);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
