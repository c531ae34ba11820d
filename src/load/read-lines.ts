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
