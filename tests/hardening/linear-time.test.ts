import { describe, expect, it } from 'vitest';
import { checkRun, isPlaceholder, listCommands, runMain } from './harness.js';

/**
 * Every command on the inputs that make careless regular expressions and nested loops blow up:
 * long runs of spaces, quote marks, digits, capitals, dots, cues, bars and hashes. Each runs at n
 * and 4n characters; linear code takes about 4 times as long, quadratic 16 times. The bound is
 * generous (8 times, plus slack for a busy machine) so that it only catches real blow-ups.
 * `npm run fuzz -- --big` adds the full-size inputs (10 MB, 1,000,000 quote marks, 100,000 paragraphs).
 */
const N = 6_000;
const MAX_RATIO = 8;
const SLACK_MS = 400;

const run = (piece: string, n: number) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
export const SLOW_PATHS: Array<[string, (n: number) => string]> = [
  ['spaces', (n) => `Headline\n\nA${' '.repeat(n)}b.\n`],
  ['spaces around a caption bar', (n) => `Headline\n\nx |${' '.repeat(n)}Photo:${' '.repeat(n)}a${' '.repeat(n)}b\n`],
  ['quote marks', (n) => `Headline\n\n${run('"', n)}\n`],
  ['mixed quote marks', (n) => `Headline\n\n${run('“"‘\'”«»', n)}\n`],
  ['digits', (n) => `Headline\n\n${run('1', n)}\n`],
  ['digit groups', (n) => `Headline\n\n${run('1,2.', n)}\n`],
  ['capitals', (n) => `Headline\n\n${run('ABC DEF ', n)}\n`],
  ['capitalised names', (n) => `Headline\n\n${run('Anna Lindqvist ', n)}\n`],
  ['dots', (n) => `Headline\n\n${run('.', n)}\n`],
  ['initials', (n) => `Headline\n\n${run('A. ', n)}\n`],
  ['cues', (n) => `Headline\n\n${run('"Yes," said Anna. ', n)}\n`],
  ['hashes', (n) => `# ${run(' #', n)} a\n\n## ${run('# ', n)}\n\nBody.\n`],
  ['short paragraphs', (n) => `Headline\n\n${run('A b.\n\n', n)}`],
];

const commands = await listCommands();

async function time(command: string, input: string): Promise<{ ms: number; placeholder: boolean }> {
  const result = await runMain([command, '-', '--published', '2016-10-20'], { input });
  expect(checkRun(result)).toEqual([]);
  return { ms: result.ms, placeholder: isPlaceholder(result) };
}

describe.each(commands.map((c) => c.name))('%s on slow-path input', (command) => {
  it.each(SLOW_PATHS)('takes linear time on %s', async (_name, make) => {
    const small = make(N);
    const warm = await time(command, small);
    if (warm.placeholder) return;
    const once = (await time(command, small)).ms;
    const four = (await time(command, make(4 * N))).ms;
    expect(four, `${command}: ${once.toFixed(0)} ms at n, ${four.toFixed(0)} ms at 4n`).toBeLessThan(MAX_RATIO * once + SLACK_MS);
  });
});
