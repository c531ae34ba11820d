import type { Article, Section } from '../../article.js';
import { renderSections } from '../../render/sections.js';
import { segmentSections } from '../../summarize/index.js';
import { collectArticles, forEachArticle, printJson } from '../articles.js';
import type { CommandContext } from '../context.js';
import { oneOrMany } from './story.js';

/** Options of `news-digest sections`. */
export interface SectionsOptions {
  json?: boolean;
}

/** One section as printed by `--json`: the Section model plus its first sentence. */
export interface SectionJson extends Section {
  firstSentence: string | null;
}

/**
 * `news-digest sections`: each article's outline (title, paragraph range, first sentence), or
 * `--json`: an array of sections per article (an array of those for several inputs).
 */
export async function runSections(inputs: string[], options: SectionsOptions, context: CommandContext): Promise<number> {
  if (options.json) {
    const { articles, exitCode } = await collectArticles(inputs, context);
    if (articles.length > 0 || exitCode === 0) printJson(context, oneOrMany(inputs, articles.map(sectionsJson)));
    return exitCode;
  }
  let count = 0;
  return forEachArticle(inputs, context, (article) => {
    if (count++ > 0) context.io.out('\n' + '─'.repeat(Math.min(context.io.width, 40)) + '\n\n');
    context.io.out(renderSections(article, segmentSections(article), context.io));
  });
}

/** The JSON form of an article's sections, keys in a stable order. */
export function sectionsJson(article: Article): SectionJson[] {
  return segmentSections(article).map((section) => ({
    title: section.title,
    firstParagraph: section.firstParagraph,
    lastParagraph: section.lastParagraph,
    origin: section.origin,
    heading: section.heading,
    firstSentence: article.paragraphs[section.firstParagraph - 1]?.sentences[0]?.text ?? null,
  }));
}
