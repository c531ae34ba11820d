#!/usr/bin/env node
// Launcher of the bundled CLI in dist/ (built by `npm run build`, which `npm ci` runs).
// Help and version are answered from text the build pre-rendered, before any module loads.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topic = helpTopic(args);
const help = topic === null ? undefined : readHelp()?.[topic];
if (help === undefined) {
  await import('../dist/cli/index.js');
} else {
  process.stdout.on('error', () => process.exit(0)); // `--help | head` closes the pipe early
  process.stdout.write(help);
}

/** `--help`/`-h` alone, `help [command]`, `<command> --help`, `--version`/`-V`: the topic; else null. */
function helpTopic(argv) {
  const isHelp = (arg) => arg === '--help' || arg === '-h';
  if (argv.length === 0) return null; // no arguments: the CLI decides (stdin may be a pipe)
  if (argv.length === 1 && isHelp(argv[0])) return '';
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return '--version';
  if (argv.length === 2 && isHelp(argv[1]) && /^[a-z]+$/.test(argv[0])) return argv[0];
  if (argv[0] === 'help' && argv.length <= 2) return argv[1] ?? '';
  return null;
}

function readHelp() {
  try {
    return JSON.parse(readFileSync(new URL('../dist/help.json', import.meta.url), 'utf8'));
  } catch {
    return undefined; // not built with help: the CLI renders it
  }
}
