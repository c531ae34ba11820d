import { quotationSpans } from '../../extract/quotes/index.js';
import { renderStory } from '../../render/story.js';
import { collectArticles, forEachArticle, printJson } from '../articles.js';
import type { CommandContext } from '../context.js';

export interface StoryOptions {
  json?: boolean;
  sections?: boolean;
}

/**
 * `news-digest story`: the full story laid out for reading, or the Article model as JSON.
 * `--sections` shows section titles (topical ones when the input has no headings) and, with
 * `--json`, puts them in the model's `sections`.
 */
export async function runStory(inputs: string[], options: StoryOptions, context: CommandContext): Promise<number> {
  // Loaded only when asked for, so a plain `story` does not pay for the summarizer.
  const segment = options.sections ? (await import('../../summarize/index.js')).segmentSections : null;
  if (options.json) {
    const { articles, exitCode } = await collectArticles(inputs, context);
    const shown = segment ? articles.map((article) => ({ ...article, sections: segment(article) })) : articles;
    if (articles.length > 0 || exitCode === 0) printJson(context, oneOrMany(inputs, shown));
    return exitCode;
  }
  let count = 0;
  return forEachArticle(inputs, context, (article) => {
    if (count++ > 0) context.io.out('\n' + '─'.repeat(Math.min(context.io.width, 40)) + '\n\n');
    const sections = segment ? { sections: segment(article) } : {};
    // Quotations are marked only in colour: without it, finding them (the whole quote extractor,
    // a third of a cold start) would change nothing printed.
    const quoted = context.io.color ? quotationSpans(article) : [];
    context.io.out(renderStory(article, context.io, { quoted, ...sections }));
  });
}

/** One input naming one article gives an object; anything else an array. */
export function oneOrMany<T>(inputs: string[], items: T[]): T | T[] {
  return inputs.length <= 1 && items.length === 1 ? items[0]! : items;
}
