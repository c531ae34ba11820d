import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { InputError } from '../errors.js';

/**
 * Reads a stream line by line as it arrives (for `digest --ndjson -`, the streaming contract of
 * GNU parallel `--pipe`, Hadoop Streaming and Spark `pipe()`): memory is bounded by the longest
 * line, never by the stream. Yields each line with its 1-based number; a line longer than
 * `maxBytes` is an error (thrown after the lines before it were yielded).
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<{ line: string; number: number }> {
  const input = stream instanceof Readable ? stream : Readable.from(stream);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.length > maxBytes) throw new InputError(`-#${number}`, `line longer than --max-bytes ${maxBytes}`);
    yield { line, number };
  }
}

/**
 * Reads the first chunk of a stream to look at, and gives back a stream that still yields
 * everything from the start. `first` is the first byte that is not white space, or null for an
 * empty stream. Used to tell NDJSON on stdin from a whole document (a feed, a page).
 */
export async function peekStream(stream: AsyncIterable<Uint8Array | string>): Promise<{ first: string | null; stream: AsyncIterable<Uint8Array | string> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const seen: Array<Uint8Array | string> = [];
  let first: string | null = null;
  let done = false;
  while (first === null && !done) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    const text = typeof next.value === 'string' ? next.value : Buffer.from(next.value).toString('latin1');
    const match = /[^\s\ufeff\u00ef\u00bb\u00bf]/.exec(text);
    if (match) first = match[0];
  }
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { first, stream: replay() };
}
