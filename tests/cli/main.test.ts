import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { testIO } from '../../src/render/io.js';

describe('main', () => {
  it('shows the command help on stderr and exits 2 when there is no input and stdin is a terminal', async () => {
    const io = testIO({ stdinIsTTY: true });
    expect(await main(['summary'], { io })).toBe(2);
    expect(io.stderr).toContain('Usage: news-digest summary');
    expect(io.stdout).toBe('');
  });

  it('reads standard input when there is no input and stdin is a pipe', async () => {
    const io = testIO({ stdinIsTTY: false });
    const stdin = (async function* () {
      yield 'A headline\n\nThe council approved the plan on Monday. It cost £3m.\n';
    })();
    expect(await main(['story'], { io, stdin })).toBe(0);
    expect(io.stdout).toContain('The council approved the plan on Monday.');
  });

  it('prints program help without arguments', async () => {
    const io = testIO();
    expect(await main([], { io })).toBe(0);
    expect(io.stdout).toContain('Usage: news-digest [options] [command]');
  });
});
