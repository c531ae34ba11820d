import { extractQuotes, groupSpeakers } from '../../extract/quotes/index.js';
import { renderSpeakers } from '../../render/quotes.js';
import { printItemsPerArticle } from '../articles.js';
import type { CommandContext } from '../context.js';

export interface SpeakersOptions {
  json?: boolean;
}

/**
 * `news-digest speakers`: who is quoted, with role, aliases and number of quotes; most quoted
 * first. JSON is one flat array (with a `source` on each speaker when there are several inputs).
 */
export async function runSpeakers(inputs: string[], options: SpeakersOptions, context: CommandContext): Promise<number> {
  return printItemsPerArticle(inputs, context, {
    json: options.json ?? false,
    itemsOf: (article) => groupSpeakers(extractQuotes(article)),
    render: (speakers, source) => renderSpeakers(speakers, context.io, source),
  });
}
