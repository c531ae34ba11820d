import type { Quote, QuoteKind } from '../../article.js';
import { UsageError } from '../../errors.js';
import { extractQuotes } from '../../extract/quotes/index.js';
import { renderQuotes, renderQuoteTable } from '../../render/quotes.js';
import { collectArticles, printJson } from '../articles.js';
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
  const { articles, exitCode } = await collectArticles(inputs, context);
  const many = articles.length > 1 || inputs.length > 1;
  const results = articles.map((article) => ({
    source: article.source.name,
    quotes: extractQuotes(article).filter((q) => kinds.includes(q.kind) && matchesSpeaker(q, options.speaker)),
  }));
  if (options.json) {
    const flat = results.flatMap(({ source, quotes }) => quotes.map((q) => (many ? { source, ...q } : q)));
    if (articles.length > 0 || exitCode === 0) printJson(context, flat);
    return exitCode;
  }
  results.forEach(({ source, quotes }, i) => {
    if (i > 0) context.io.out('\n');
    const table = options.table ?? false;
    context.io.out(table ? renderQuoteTable(quotes, context.io, many ? source : null) : renderQuotes(quotes, context.io, many ? source : null));
  });
  return exitCode;
}

function parseKinds(value: string | undefined): readonly QuoteKind[] {
  if (value === undefined) return KINDS;
  const kinds = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (unknown.length > 0 || kinds.length === 0) throw new UsageError(`--kind: expected direct, partial or reported, got '${unknown.join(',') || value}'`);
  return kinds as QuoteKind[];
}

/** `--speaker`: case-insensitive match on the full name, any word of it, or the mention as written. */
export function matchesSpeaker(quote: Quote, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  const needle = wanted.trim().toLowerCase();
  const names = [quote.speaker, quote.mention].filter((n): n is string => n !== null).map((n) => n.toLowerCase());
  return names.some((name) => name === needle || name.split(/\s+/).includes(needle) || (needle.includes(' ') && name.includes(needle)));
}
