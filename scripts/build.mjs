#!/usr/bin/env node
/**
 * `npm run build`: bundles src/ into dist/ with esbuild. One bundle per entry, with the modules a
 * command loads lazily split into chunks of their own, so `--help` parses one small file instead
 * of resolving dozens of modules (start-up is most of the time a terminal tool takes).
 * Type checking is `npm run typecheck` (tsc), which `npm test` runs too.
 */
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Worker-thread modules are loaded by path, so each is an entry point of its own. */
function findWorkers(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findWorkers(path);
    return /-worker\.ts$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/cli/index.ts', 'src/index.ts', ...findWorkers(SRC)],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (cli-table3) call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __newsDigestRequire } from 'node:module'; const require = __newsDigestRequire(import.meta.url);" },
  logLevel: 'warning',
});

// Pre-rendered help: `bin/news-digest.js` prints it for `--help`, `-h`, `help [command]` and
// `--version` without loading the CLI at all, so asking for help costs no more than starting node.
const { execFileSync } = await import('node:child_process');
const { writeFileSync } = await import('node:fs');
const cli = join(ROOT, 'dist', 'cli', 'index.js');
const render = (args) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const commands = [...render(['--help']).matchAll(/^  (\w+) \[options\]/gm)].map((match) => match[1]);
const help = { '': render(['--help']), '--version': render(['--version']) };
for (const command of commands) help[command] = render([command, '--help']);
writeFileSync(join(ROOT, 'dist', 'help.json'), JSON.stringify(help));
