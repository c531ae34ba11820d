import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Source } from '../../article.js';
import { UsageError, type NewsDigestError } from '../../errors.js';
import { loadInputs, DEFAULT_MAX_BYTES } from '../../load/load-inputs.js';
import { parseJsonLine } from '../../load/json/parse-json.js';
import { peekStream, readLines } from '../../load/read-lines.js';
import { renderDigestEntry, renderDigestOverview } from '../../render/digest.js';
import { newestFirst, parseSince, publishedTime, recurring, type Digest, type DigestEntry } from '../../summarize/digest/index.js';
import { loadCommandInputs, printJson, reportInputError } from '../articles.js';
import type { CommandContext } from '../context.js';
import { workerPool, type DigestPool } from './digest-pool.js';

/** Options of `news-digest digest`. */
export interface DigestOptions {
  since?: string;
  limit?: number;
  jobs?: number;
  json?: boolean;
  ndjson?: boolean;
}

/** An input's article to digest, or the reason it failed. */
type Item = { source: Source; error?: undefined } | { source?: undefined; error: NewsDigestError };
/** A digested article, or the failure in its place. */
type Outcome = { entry: DigestEntry; error?: undefined } | { entry?: undefined; error: { input: string | null; message: string } };

/** Articles in flight per worker: enough to keep workers busy, few enough for bounded memory. */
const IN_FLIGHT_PER_JOB = 4;

/**
 * `news-digest digest`: one entry per article (headline, date, site, source, a short summary)
 * and who and what recur across them. Newest first in the terminal and with `--json`; `--ndjson`
 * streams entries in input order as they are done, in bounded memory; `--ndjson -` reads NDJSON
 * articles from stdin and writes one line per input line. `--jobs N` digests in worker threads
 * with the same output as serial. A failing input is reported and the rest go on (exit 1).
 */
export async function runDigest(inputs: string[], options: DigestOptions, context: CommandContext): Promise<number> {
  const now = new Date();
  const since = options.since === undefined ? null : parseSince(options.since, now);
  if (options.since !== undefined && since === null) throw new UsageError(`--since: expected a duration (2d, 12h, 1w) or a date (YYYY-MM-DD), not "${options.since}"`);
  const jobs = options.jobs ?? availableParallelism();
  const pool = workerPool(jobs);
  const failed = { any: false };
  try {
    const streamStdin = options.ndjson && (inputs.length === 0 ? !context.io.stdinIsTTY : inputs.length === 1 && inputs[0] === '-') && (context.options.format ?? 'json') === 'json';
    const items = streamStdin ? stdinItems(context) : fileItems(inputs, context);
    const outcomes = inOrder(items, pool, jobs * IN_FLIGHT_PER_JOB);
    const keep = (entry: DigestEntry) => since === null || (publishedTime(entry.published) ?? -Infinity) >= since.getTime();

    if (options.ndjson) {
      let written = 0;
      for await (const outcome of outcomes) {
        if (outcome.error) {
          failed.any = true;
          reportInputError(context, outcome.error.input, outcome.error.message);
          // Line in, line out: a failed line still gets its line, so outputs stay aligned with inputs.
          if (streamStdin) context.io.out(JSON.stringify({ source: outcome.error.input, error: outcome.error.message }) + '\n');
          continue;
        }
        if (!keep(outcome.entry)) continue;
        context.io.out(JSON.stringify(outcome.entry) + '\n');
        if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
        if (options.limit !== undefined && ++written >= options.limit) break;
      }
      return failed.any ? 1 : 0;
    }

    const entries: DigestEntry[] = [];
    for await (const outcome of outcomes) {
      if (outcome.error) {
        failed.any = true;
        reportInputError(context, outcome.error.input, outcome.error.message);
      } else if (keep(outcome.entry)) {
        entries.push(outcome.entry);
      }
    }
    const chosen = newestFirst(entries).slice(0, options.limit ?? entries.length);
    const digest: Digest = { articles: chosen, ...recurring(chosen) };
    if (options.json) printJson(context, digest);
    else printDigest(digest, context, now);
    return failed.any ? 1 : 0;
  } finally {
    await pool.close();
  }
}

function printDigest(digest: Digest, context: CommandContext, now: Date): void {
  if (digest.articles.length === 0) {
    if (context.io.isTTY) context.io.err('news-digest: no articles to show\n');
    return;
  }
  context.io.out(digest.articles.map((entry) => renderDigestEntry(entry, context.io, now)).join('\n'));
  const overview = renderDigestOverview(digest, context.io);
  if (overview) context.io.out('\n' + overview);
}

/** The articles of files, directories and URLs, and their failures, in input order. */
async function* fileItems(inputs: string[], context: CommandContext): AsyncGenerator<Item> {
  yield* loadCommandInputs(inputs, context);
}

/**
 * NDJSON articles from stdin, one per line as it arrives; blank lines are skipped. Input that does
 * not start with `{` (a feed or a page piped in) is read whole, as `-` is by other commands.
 */
async function* stdinItems(context: CommandContext): AsyncGenerator<Item> {
  const { first, stream } = await peekStream(context.stdin ?? process.stdin);
  const options = { maxBytes: context.options.maxBytes, format: context.options.format, published: context.options.published, stdin: stream };
  if (first === null) return; // no lines in, no lines out
  if (first !== '{') {
    yield* loadInputs(['-'], options);
    return;
  }
  const lines = readLines(stream, context.options.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    for await (const { line, number } of lines) {
      if (!line.trim()) continue;
      try {
        const source = await parseJsonLine(`-#${number}`, line);
        if (context.options.published) source.metadata.published ??= context.options.published;
        yield { source };
      } catch (error) {
        yield { error: error as NewsDigestError };
      }
    }
  } catch (error) {
    yield { error: error as NewsDigestError };
  }
}

/**
 * Digests items with at most `window` in flight and yields the outcomes in input order, each as
 * soon as it and those before it are done (not when the next input arrives: a stdin line gets
 * its answer while the writer waits). So `--jobs N` prints what `--jobs 1` prints, and memory
 * is bounded by the window.
 */
async function* inOrder(items: AsyncIterable<Item>, pool: DigestPool, window: number): AsyncGenerator<Outcome> {
  const iterator = items[Symbol.asyncIterator]();
  const pending: Array<{ settled: Promise<void>; outcome: Outcome | null }> = [];
  let next: Promise<IteratorResult<Item>> | null = iterator.next();
  try {
    while (next || pending.length > 0) {
      while (pending[0]?.outcome) yield pending.shift()!.outcome!;
      if (next && pending.length < window) {
        const head = pending[0];
        const waitNext = next.then((result) => ({ result }));
        const won = await (head ? Promise.race([waitNext, head.settled.then(() => null)]) : waitNext);
        if (won === null) continue; // the oldest article is done: print it before reading on
        if (won.result.done) {
          next = null;
        } else {
          const slot: { settled: Promise<void>; outcome: Outcome | null } = { settled: Promise.resolve(), outcome: null };
          slot.settled = digestItem(won.result.value, pool).then((outcome) => void (slot.outcome = outcome));
          pending.push(slot);
          next = iterator.next();
        }
      } else if (pending[0]) {
        await pending[0].settled;
      }
    }
  } finally {
    await iterator.return?.();
  }
}

async function digestItem(item: Item, pool: DigestPool): Promise<Outcome> {
  if (item.error) return { error: { input: item.error.input, message: item.error.message } };
  try {
    return { entry: await pool.run(item.source) };
  } catch (error) {
    return { error: { input: item.source.name, message: `cannot digest: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
