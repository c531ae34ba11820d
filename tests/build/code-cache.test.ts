import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runCli, SEED } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const BUNDLE = join(ROOT, 'dist', 'cli', 'bundle.cjs');
const CODE_CACHE = join(ROOT, 'dist', 'cli', 'bundle.code-cache');

/**
 * Loads the CLI bundle the way bin/news-digest.js does, in a fresh node (V8 checks its own flags
 * against the cache's), runs `summary` on the bundled article and reports what happened.
 */
function loadInChild(bundle: string, codeCache: string): { rejected: boolean | null; code: number; stdout: string } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(BIN)});
    const { exports, rejected } = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(codeCache)});
    let stdout = '';
    const io = { out: (t) => (stdout += t), err: (t) => (stdout += t), isTTY: false, color: false, width: 80, stdinIsTTY: false };
    exports.main(['summary', ${JSON.stringify(SEED)}], { io }).then((code) => process.stdout.write(JSON.stringify({ rejected, code, stdout })));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as { rejected: boolean | null; code: number; stdout: string };
}

describe('the CLI bundle and its code cache', () => {
  it('compiles with the code cache the build made, and V8 accepts it', () => {
    const { rejected, code, stdout } = loadInChild(BUNDLE, CODE_CACHE);
    expect(rejected).toBe(false);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Battle for Mosul/);
  });

  it.each(['summary', 'story', 'quotes', 'speakers', 'facts', 'sections'])('has a cache of its own for %s, which V8 accepts', (command) => {
    const { rejected, code } = loadInChild(BUNDLE, join(ROOT, 'dist', 'cli', `bundle.${command}.code-cache`));
    expect({ rejected, code }).toEqual({ rejected: false, code: 0 });
  });

  it('compiles the HTML and feed libraries an input needs with their own caches, accepted too', () => {
    const script = `
      const { loadBundle } = require(${JSON.stringify(BIN)});
      const { exports, loaded } = loadBundle();
      const io = { out() {}, err() {}, isTTY: false, color: false, width: 80, stdinIsTTY: false };
      const inputs = [${JSON.stringify(join(FIXTURES, 'pages', 'harbour-vote.html'))}, ${JSON.stringify(join(FIXTURES, 'feeds', 'valley.rss'))}];
      exports.main(['summary', ...inputs], { io }).then((code) =>
        process.stdout.write(JSON.stringify({ code, loaded: loaded.map(({ file, rejected }) => [require('node:path').basename(file), rejected]) })));
    `;
    const { code, loaded } = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as { code: number; loaded: Array<[string, boolean | null]> };
    expect(code).toBe(0);
    expect(Object.fromEntries(loaded)).toEqual({ 'bundle.cjs': false, 'linkedom.cjs': false, 'readability.cjs': false, 'fast-xml-parser.cjs': false });
  });

  it('runs the same from source when V8 rejects the cache or there is none', async () => {
    const dir = tempDir('cache');
    const bundle = join(dir, 'bundle.cjs');
    copyFileSync(BUNDLE, bundle);
    writeFileSync(join(dir, 'bundle.code-cache'), 'not a V8 code cache');
    const expected = (await runCli(['summary', SEED])).stdout;
    const rejected = loadInChild(bundle, join(dir, 'bundle.code-cache'));
    expect(rejected).toEqual({ rejected: true, code: 0, stdout: expected });
    const missing = loadInChild(bundle, join(dir, 'no-such.code-cache'));
    expect(missing).toEqual({ rejected: null, code: 0, stdout: expected });
  });

  it('uses no cache made for another build, even one V8 would take (same length)', () => {
    const dir = tempDir('cache');
    const bundle = join(dir, 'bundle.cjs');
    // Another build: one string changed, same length, its own build line.
    const other = readFileSync(BUNDLE, 'utf8').replace('Key facts:', 'KEY FACTS:').replace(/news-digest-build [0-9a-f]+/, (line) => line.replace(/[0-9a-f]$/, (c) => (c === '0' ? '1' : '0')));
    writeFileSync(bundle, other);
    copyFileSync(CODE_CACHE, join(dir, 'bundle.code-cache'));
    const { rejected, code, stdout } = loadInChild(bundle, join(dir, 'bundle.code-cache'));
    expect({ rejected, code }).toEqual({ rejected: true, code: 0 });
    expect(stdout).toContain('KEY FACTS:');
  });

  it('is only read at run time, never written', async () => {
    const caches = [CODE_CACHE, join(ROOT, 'dist', 'cli', 'bundle.summary.code-cache'), join(ROOT, 'dist', 'cli', 'vendor', 'linkedom.code-cache')];
    const before = caches.map((path) => statSync(path)).map(({ mtimeMs, size }) => [mtimeMs, size]);
    expect((await runCli(['summary', SEED])).code).toBe(0);
    expect((await runCli(['quotes', SEED, '--json'])).code).toBe(0);
    expect((await runCli(['story', join(FIXTURES, 'pages', 'harbour-vote.html')])).code).toBe(0);
    const after = caches.map((path) => statSync(path)).map(({ mtimeMs, size }) => [mtimeMs, size]);
    expect(after).toEqual(before);
  });
});
