import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, SEED } from '../helpers/cli.js';
import { listCommands, runMain } from './harness.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Promises about the process itself: inputs stay untouched, Ctrl-C ends quietly. */
describe('news-digest as a process', () => {
  it('never writes its input files, whatever command and output', async () => {
    const dir = tempDir('readonly');
    const inputs = [join(dir, 'seed.txt'), join(dir, 'hostile.txt')];
    copyFileSync(SEED, inputs[0]!);
    copyFileSync(join(FIXTURES, 'hostile', 'escapes-everywhere.txt'), inputs[1]!);
    const before = inputs.map((path) => ({ bytes: readFileSync(path), mtime: statSync(path).mtimeMs, size: statSync(path).size }));
    for (const command of await listCommands()) {
      for (const flag of [null, ...command.flags]) await runMain([command.name, ...inputs, dir, ...(flag ? [flag] : [])]);
    }
    inputs.forEach((path, i) => {
      expect(readFileSync(path).equals(before[i]!.bytes)).toBe(true);
      expect(statSync(path).mtimeMs).toBe(before[i]!.mtime);
    });
  });

  /** Starts the bin, lets it run, sends SIGINT; how it ended and how long the signal took. */
  async function interrupt(args: string[], input: string, endInput: boolean) {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.resume();
    child.stdin.on('error', () => {}); // the rest of a long input meets a closed pipe once the signal lands
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    if (endInput) child.stdin.end(input);
    else child.stdin.write(input);
    await new Promise((resolve) => setTimeout(resolve, 800));
    // The input must keep it busy past the wait, or this would test nothing.
    expect(child.exitCode, 'still running when the signal is sent').toBeNull();
    const sent = performance.now();
    child.kill('SIGINT');
    const [code, signal] = await closed;
    return { code, signal, stderr, ms: performance.now() - sent };
  }

  // Ended by the signal's default action: a shell shows exit status 130 (128 + SIGINT).
  it('ends silently on Ctrl-C (SIGINT) while waiting for input', async () => {
    // Half an article arrives, then the user gives up: stdin stays open, so only the signal ends it.
    const { code, signal, stderr } = await interrupt(['story', '-'], 'A headline\n\nThe first half of', false);
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(stderr).toBe('');
  });

  it('ends at once on Ctrl-C in the middle of a long article', async () => {
    const { code, signal, stderr, ms } = await interrupt(['summary', '-'], 'Headline\n\n' + 'A short paragraph, said Smith.\n\n'.repeat(200_000), true);
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(stderr).toBe('');
    expect(ms).toBeLessThan(1000);
  });

  it('reads a file that is larger than --max-bytes only as far as its size', async () => {
    // A refusal is decided from the file's size, before reading: a huge file costs nothing.
    const dir = tempDir('big');
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'Headline\n\n' + 'x'.repeat(2_000_000));
    const result = await runMain(['story', path, '--max-bytes', '1000']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`news-digest: ${path}: larger than --max-bytes 1000 (raise the limit to read it)\n`);
    expect(result.ms).toBeLessThan(2000);
  });
});
