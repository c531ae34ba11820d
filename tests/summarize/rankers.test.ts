import { describe, expect, it } from 'vitest';
import { RANKER_NAMES, rankSentences } from '../../src/summarize/index.js';
import { articleOf, seedArticle, WIRE_STORY } from '../helpers/articles.js';

// One table every ranker passes: the contract of `(article) => RankedSentence[]`.
describe.each(RANKER_NAMES)('the %s ranker', (ranker) => {
  it('ranks every sentence of the body once, in article order, with true spans', async () => {
    const article = await seedArticle();
    const ranked = rankSentences(article, ranker);
    const sentences = article.paragraphs.flatMap((p) => p.sentences);
    expect(ranked).toHaveLength(sentences.length);
    for (const [i, sentence] of ranked.entries()) {
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.end).toBe(sentences[i]!.end);
      expect(Number.isFinite(sentence.score)).toBe(true);
    }
  });

  it('gives the same scores on every run', async () => {
    const article = await articleOf(WIRE_STORY);
    expect(rankSentences(article, ranker)).toEqual(rankSentences(article, ranker));
  });

  it('returns nothing for an article without body text', async () => {
    expect(rankSentences(await articleOf('Headline with no body'), ranker)).toEqual([]);
  });
});

describe('the news ranker', () => {
  it('ranks the lead above the rest on the bundled article', async () => {
    const ranked = rankSentences(await seedArticle(), 'news');
    expect(Math.max(...ranked.map((s) => s.score))).toBe(ranked[0]!.score);
  });
});

describe('candidate sentences', () => {
  it('mends a sentence broken across paragraphs into one candidate', async () => {
    const article = await articleOf('A headline for testing\n\nThe council closed the bridge.\n\nThe old bridge was the most popular\n\ncrossing in the city, although it is closed now.\n\nFerries run every hour.\n');
    expect(rankSentences(article).map((s) => s.text)).toEqual([
      'The council closed the bridge.',
      'The old bridge was the most popular\n\ncrossing in the city, although it is closed now.',
      'Ferries run every hour.',
    ]);
  });

  it('mends a long run of broken lines into one candidate', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `item number ${i} of the list`);
    const article = await articleOf(['A headline for testing', 'The council closed the bridge.', 'The list opens here with', ...lines].join('\n\n') + '\n');
    const ranked = rankSentences(article);
    expect(ranked).toHaveLength(2);
    expect(ranked[1]!.text.startsWith('The list opens here with')).toBe(true);
    expect(ranked[1]!.text.endsWith('item number 1999 of the list')).toBe(true);
  });
});
