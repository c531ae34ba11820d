import type { Quote, QuoteKind } from '../../article.js';
import { UsageError } from '../../errors.js';
import { extractQuotes } from '../../extract/quotes/index.js';
import { renderQuotes, renderQuoteTable } from '../../render/quotes.js';
import { printItemsPerArticle } from '../articles.js';
import type { CommandContext } from '../context.js';

export interface QuotesOptions {
  speaker?: string;
  kind?: string;
  table?: boolean;
  json?: boolean;
}

const KINDS: readonly QuoteKind[] = ['direct', 'partial', 'reported'];

/**
 * `news-digest quotes`: quotations and reported speech grouped by speaker, as a list, a table or
 * JSON (one flat array; with several inputs each quote gets a `source`). Throws UsageError for an
 * unknown `--kind`.
 */
export async function runQuotes(inputs: string[], options: QuotesOptions, context: CommandContext): Promise<number> {
  const kinds = parseKinds(options.kind);
  return printItemsPerArticle(inputs, context, {
    json: options.json ?? false,
    itemsOf: (article) => extractQuotes(article).filter((q) => kinds.includes(q.kind) && matchesSpeaker(q, options.speaker)),
    render: (quotes, source) => (options.table ? renderQuoteTable(quotes, context.io, source) : renderQuotes(quotes, context.io, source)),
  });
}

function parseKinds(value: string | undefined): readonly QuoteKind[] {
  if (value === undefined) return KINDS;
  const kinds = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (unknown.length > 0 || kinds.length === 0) throw new UsageError(`--kind: expected direct, partial or reported, got '${unknown.join(',') || value}'`);
  return kinds as QuoteKind[];
}

/**
 * `--speaker`: case-insensitive match on the full name of the speaker or of a second signer, any
 * word of those names, or the mention as written (whole, or a word of it other than the `and`
 * joining two signers).
 */
export function matchesSpeaker(quote: Quote, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  const needle = wanted.trim().toLowerCase();
  if (needle === '') return false;
  const names = [quote.speaker, quote.coSpeaker, quote.mention].filter((n): n is string => n !== null).map((n) => n.toLowerCase());
  return names.some((name) => name === needle || (needle !== 'and' && name.split(/\s+/).includes(needle)) || (needle.includes(' ') && name.includes(needle)));
}
