import type { Article } from '../article.js';
import { loadInputs, type LoadResult } from '../load/load-inputs.js';
import { structureArticle } from '../structure/structure-article.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { CommandContext } from './context.js';

/**
 * Loads and structures every article the inputs hold, calling `each` in input order.
 * A failing input is reported on stderr (`news-digest: <input>: <reason>`) and the rest go on.
 * Returns the exit code: 0 when every input worked, 1 when any failed.
 */
export async function forEachArticle(
  inputs: string[],
  context: CommandContext,
  each: (article: Article) => void | Promise<void>,
): Promise<number> {
  let failed = false;
  for await (const result of loadCommandInputs(inputs, context)) {
    if (result.error) {
      failed = true;
      reportInputError(context, result.error.input, result.error.message);
      continue;
    }
    await each(structureArticle(result.source));
  }
  return failed ? 1 : 0;
}

/** Loads every article first; for commands that print one document (`--json` arrays, digests). */
export async function collectArticles(inputs: string[], context: CommandContext): Promise<{ articles: Article[]; exitCode: number }> {
  const articles: Article[] = [];
  const exitCode = await forEachArticle(inputs, context, (article) => void articles.push(article));
  return { articles, exitCode };
}

/**
 * Loads the inputs a command was given, with the command's load options. No inputs means stdin:
 * `main` has already shown the help when stdin is a terminal.
 */
export function loadCommandInputs(inputs: string[], context: CommandContext): AsyncGenerator<LoadResult> {
  return loadInputs(inputs.length > 0 ? inputs : ['-'], {
    maxBytes: context.options.maxBytes,
    format: context.options.format,
    published: context.options.published,
    stdin: context.stdin,
  });
}

export function reportInputError(context: CommandContext, input: string | null, message: string): void {
  const where = input === null ? '' : `${sanitizeLine(input)}: `;
  context.io.err(`news-digest: ${where}${sanitizeLine(message)}\n`);
}

/** Prints a value as JSON: two-space indent, one trailing newline, never coloured. */
export function printJson(context: CommandContext, value: unknown): void {
  context.io.out(JSON.stringify(value, null, 2) + '\n');
}

/**
 * For commands that list items of each article (quotes, speakers): `--json` prints one flat array,
 * each item tagged with its `source` when there are several inputs; otherwise each article's view
 * is printed in turn, headed by its source when there are several. Returns the exit code.
 */
export async function printItemsPerArticle<T extends object>(
  inputs: string[],
  context: CommandContext,
  options: { json: boolean; itemsOf: (article: Article) => T[]; render: (items: T[], source: string | null) => string },
): Promise<number> {
  const { articles, exitCode } = await collectArticles(inputs, context);
  const many = articles.length > 1 || inputs.length > 1;
  const results = articles.map((article) => ({ source: article.source.name, items: options.itemsOf(article) }));
  if (options.json) {
    const flat = results.flatMap(({ source, items }) => items.map((item) => (many ? { source, ...item } : item)));
    if (articles.length > 0 || exitCode === 0) printJson(context, flat);
    return exitCode;
  }
  results.forEach(({ source, items }, i) => {
    if (i > 0) context.io.out('\n');
    context.io.out(options.render(items, many ? source : null));
  });
  return exitCode;
}
