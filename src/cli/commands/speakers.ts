import { extractQuotes, groupSpeakers } from '../../extract/quotes/index.js';
import { renderSpeakers } from '../../render/quotes.js';
import { collectArticles, printJson } from '../articles.js';
import type { CommandContext } from '../context.js';

export interface SpeakersOptions {
  json?: boolean;
}

/**
 * `news-digest speakers`: who is quoted, with role, aliases and number of quotes; most quoted
 * first. JSON is one flat array (with a `source` on each speaker when there are several inputs).
 */
export async function runSpeakers(inputs: string[], options: SpeakersOptions, context: CommandContext): Promise<number> {
  const { articles, exitCode } = await collectArticles(inputs, context);
  const many = articles.length > 1 || inputs.length > 1;
  const results = articles.map((article) => ({ source: article.source.name, speakers: groupSpeakers(extractQuotes(article)) }));
  if (options.json) {
    const flat = results.flatMap(({ source, speakers }) => speakers.map((s) => (many ? { source, ...s } : s)));
    if (articles.length > 0 || exitCode === 0) printJson(context, flat);
    return exitCode;
  }
  results.forEach(({ source, speakers }, i) => {
    if (i > 0) context.io.out('\n');
    context.io.out(renderSpeakers(speakers, context.io, many ? source : null));
  });
  return exitCode;
}
