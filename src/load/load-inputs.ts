// Synchronous file calls: a command reads its inputs one after another anyway, and node:fs/promises
// pulls a dozen more of Node's modules (streams, readline) into every start-up, about 2 ms.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../article.js';
import { InputError, NewsDigestError } from '../errors.js';
import { fetchUrl, isUrl } from './fetch-url.js';
import { parseSourceResults, type ParseOptions } from './parse-source.js';

/** The default `--max-bytes`: far above any news article, low enough to refuse a disk image. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Files a directory input contributes: articles, pages, feeds and JSON. */
const ARTICLE_EXTENSIONS = /\.(?:txt|md|markdown|html?|xhtml|xml|rss|atom|json|ndjson|jsonl)$/i;

/** How `loadInputs` reads: size limit, stdin, and the parse options (`--format`, `--published`). */
export interface LoadOptions extends ParseOptions {
  maxBytes?: number;
  /** Where `-` reads from; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** One article loaded, or the reason an input failed; a failure never stops the other inputs. */
export type LoadResult = { source: Source; error?: undefined } | { source?: undefined; error: NewsDigestError };

/**
 * Loads the inputs a user named, in order: files, directories (their article, page, feed and JSON
 * files, sorted), http(s) URLs, `-` for standard input. Yields every article found and, in place, every failure.
 */
export async function* loadInputs(inputs: string[], options: LoadOptions = {}): AsyncGenerator<LoadResult> {
  for (const input of inputs) {
    let names: string[];
    try {
      names = await expandInput(input);
    } catch (error) {
      yield { error: asInputError(input, error) };
      continue;
    }
    for (const name of names) {
      try {
        for (const result of await loadOne(name, options)) yield 'text' in result ? { source: result } : { error: result };
      } catch (error) {
        yield { error: asInputError(name, error) };
      }
    }
  }
}

/** Reads and parses one file, URL or stdin: its articles, and its failed items in place. */
async function loadOne(name: string, options: LoadOptions): Promise<Array<Source | NewsDigestError>> {
  if (isUrl(name)) {
    const fetched = await fetchUrl(name, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
    return await parseSourceResults(name, fetched.bytes, { ...options, contentType: fetched.contentType, url: fetched.url });
  }
  return await parseSourceResults(name, await readInput(name, options), options);
}

/** A directory becomes its article files; anything else stays as it is. */
async function expandInput(input: string): Promise<string[]> {
  if (input === '-' || isUrl(input)) return [input];
  const info = statSync(input);
  if (!info.isDirectory()) return [input];
  const entries = readdirSync(input, { withFileTypes: true });
  const files = entries
    .filter((entry) => !entry.isDirectory() && ARTICLE_EXTENSIONS.test(entry.name))
    .map((entry) => join(input, entry.name))
    .sort();
  if (files.length === 0) throw new InputError(input, 'directory has no articles (.txt, .md, .html, .xml, .json, .ndjson)');
  return files;
}

async function readInput(name: string, options: LoadOptions): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (name === '-') return readStream(options.stdin ?? process.stdin, maxBytes, name);
  const info = statSync(name);
  if (!info.isFile()) throw new InputError(name, 'not a regular file');
  if (info.size > maxBytes) throw tooBig(name, maxBytes);
  return readFileSync(name);
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) throw tooBig(name, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooBig(name: string, maxBytes: number): InputError {
  return new InputError(name, `larger than --max-bytes ${maxBytes} (raise the limit to read it)`);
}

/** Maps Node's file-system errors to the one-line reasons users see. */
function asInputError(input: string, error: unknown): NewsDigestError {
  if (error instanceof NewsDigestError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : code === 'ENOTDIR' ? 'not a directory'
    : `cannot read (${code ?? String(error)})`;
  return new InputError(input, reason, { cause: error });
}
