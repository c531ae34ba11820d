import type { Article, RankedSentence } from '../../article.js';
import { renderSummary } from '../../render/summary.js';
import { extractQuantityFacts } from '../../extract/facts/quantity-facts.js';
import { extractQuotes, groupSpeakers } from '../../extract/quotes/index.js';
import { chooseKeyFacts, summarize, summaryHeadline } from '../../summarize/index.js';
import { collectArticles, forEachArticle, printJson } from '../articles.js';
import type { CommandContext } from '../context.js';
import { oneOrMany } from './story.js';

/** Options of `news-digest summary`. */
export interface SummaryOptions {
  sentences?: number;
  words?: number;
  json?: boolean;
}

/** Speakers on the "Quoted" line, most quoted first; the `speakers` command lists them all. */
const MAX_SPEAKERS = 5;

/** Keys of one summary in `--json`, in their printed order. */
export const JSON_FIELDS = ['headline', 'summary', 'sentences'] as const;

/** One summary as printed by `--json`. */
export interface SummaryJson {
  headline: string | null;
  summary: string;
  sentences: Array<{ text: string; paragraph: number; sentence: number; score: number; start: number; end: number }>;
}

/**
 * `news-digest summary`: the key sentences of each article (headline, dateline and date, bullets,
 * key facts, who was quoted), or `--json` (an object, or an array for several inputs).
 */
export async function runSummary(inputs: string[], options: SummaryOptions, context: CommandContext): Promise<number> {
  const budget = { sentences: options.sentences, words: options.words };
  if (options.json) {
    const { articles, exitCode } = await collectArticles(inputs, context);
    if (articles.length > 0 || exitCode === 0) printJson(context, oneOrMany(inputs, articles.map((a) => summaryJson(a, summarize(a, budget)))));
    return exitCode;
  }
  let count = 0;
  return forEachArticle(inputs, context, (article) => {
    if (count++ > 0) context.io.out('\n' + '─'.repeat(Math.min(context.io.width, 40)) + '\n\n');
    const sentences = summarize(article, budget);
    const facts = chooseKeyFacts(extractQuantityFacts(article));
    const speakers = groupSpeakers(extractQuotes(article)).slice(0, MAX_SPEAKERS);
    context.io.out(renderSummary(article, { headline: summaryHeadline(article), sentences, facts, speakers }, context.io));
  });
}

/** The JSON form of a summary, keys in a stable order, text exactly as in the article. */
export function summaryJson(article: Article, sentences: RankedSentence[]): SummaryJson {
  return {
    headline: summaryHeadline(article),
    summary: sentences.map((s) => s.text).join(' '),
    sentences: sentences.map(({ text, paragraph, sentence, score, start, end }) => ({ text, paragraph, sentence, score, start, end })),
  };
}
