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
