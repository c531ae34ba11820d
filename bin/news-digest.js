#!/usr/bin/env node
// Launcher of the CLI that `npm run build` (run by `npm ci`) bundles into dist/. CommonJS (see
// bin/package.json), so that starting it does not set up Node's ES module loader.
// - Help and version are answered from text the build pre-rendered, before any module loads.
// - Everything else runs dist/cli/bundle.cjs, compiled with the V8 code cache the build made after
//   a warm-up run on the bundled article: no parsing or compiling of the functions that run.
//   A cache V8 rejects (another Node version, other V8 flags), one of another build (see
//   cacheOfThisBuild) or a missing one only costs speed.
//   The cache is only ever written by the build, never at run time.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'cli', 'bundle.cjs');
const CODE_CACHE = join(DIST, 'cli', 'bundle.code-cache');
/** The last line of a bundle the build made: this, then a hash of the bundle's content. */
const BUILD_MARK = '\n//# news-digest-build ';

if (require.main === module) {
  const args = process.argv.slice(2);
  const topic = helpTopic(args);
  const pages = topic === null ? undefined : readHelp();
  // Own keys only: `help toString` is not a page.
  const help = pages !== undefined && Object.hasOwn(pages, topic) ? pages[topic] : undefined;
  if (help === undefined) {
    let cli;
    try {
      cli = loadBundle(BUNDLE, commandCache(args[0])).exports;
    } catch (error) {
      if (error.code !== 'ENOENT' || error.path !== BUNDLE) throw error;
      process.stderr.write('news-digest: not built: run `npm run build` (npm ci runs it)\n');
      process.exit(1);
    }
    cli.runCli(args);
  } else {
    process.stdout.on('error', () => process.exit(0)); // `--help | head` closes the pipe early
    process.stdout.write(help);
  }
}

/**
 * Compiles and runs the CLI bundle (a CommonJS module) with its code cache when there is one
 * (`codeCache` null: compile from source), and the vendor bundles it requires (the HTML and feed
 * libraries) likewise, each with the `.code-cache` beside it. Returns the bundle's exports, whether
 * V8 rejected its cache (null: none was given or found), and every module compiled so far, which
 * the build serialises after its warm-up. Paths are parameters for the build and the tests.
 */
function loadBundle(bundle = BUNDLE, codeCache = CODE_CACHE) {
  const loaded = [];
  const vendors = new Map();
  const exports = runModule(bundle, codeCache, loaded, vendors);
  return { exports, rejected: loaded[0].rejected, loaded };
}

function runModule(file, codeCache, loaded, vendors) {
  const vm = require('node:vm');
  const { createRequire } = require('node:module');
  const { pathToFileURL } = require('node:url');
  const code = readFileSync(file, 'utf8');
  let cache;
  try {
    cache = codeCache === null ? undefined : readFileSync(codeCache);
  } catch {
    cache = undefined; // not built with a cache: compiled from source
  }
  const cachedData = cache === undefined ? undefined : cacheOfThisBuild(code, cache);
  // The CommonJS wrapper, plus the module's URL (the bundle's `import.meta.url`, see the build).
  const source = `(function (exports, require, module, __filename, __dirname, __newsDigestUrl) {${code}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const rejected = cache === undefined ? null : cachedData === undefined || script.cachedDataRejected;
  loaded.push({ file, codeCache, script, rejected });
  const dir = join(file, '..');
  const nodeRequire = createRequire(file);
  const requireVendor = (id) => {
    const path = join(dir, id);
    if (!vendors.has(path)) vendors.set(path, runModule(path, codeCache === null ? null : path.replace(/\.cjs$/, '.code-cache'), loaded, vendors));
    return vendors.get(path);
  };
  const module = { exports: {} };
  const requireFor = (id) => (id.startsWith('./vendor/') ? requireVendor(id) : nodeRequire(id));
  script.runInThisContext().call(module.exports, module.exports, requireFor, module, file, dir, pathToFileURL(file).href);
  return module.exports;
}

/**
 * The V8 cache in a `.code-cache` file's bytes when the build made it for this very bundle, else
 * undefined. V8 checks only a source's length against its cache, so a cache from another build of
 * the same length (two builds racing) would run that build's code; the build therefore starts
 * each cache with the hash it wrote at the end of its bundle. A bundle edited by hand keeps its
 * old hash: rebuild it (or delete its cache) rather than edit it.
 */
function cacheOfThisBuild(code, cache) {
  const mark = code.lastIndexOf(BUILD_MARK);
  const newline = cache.indexOf(10);
  if (mark < 0 || newline < 0) return undefined;
  return cache.toString('latin1', 0, newline) === code.slice(mark + BUILD_MARK.length).trim() ? cache.subarray(newline + 1) : undefined;
}

/** The cache the build made for this command alone (see scripts/build.mjs), else the general one. */
function commandCache(command) {
  if (command === undefined || !/^[a-z]+$/.test(command)) return CODE_CACHE;
  const own = join(DIST, 'cli', `bundle.${command}.code-cache`);
  return existsSync(own) ? own : CODE_CACHE;
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
    return JSON.parse(readFileSync(join(DIST, 'help.json'), 'utf8'));
  } catch {
    return undefined; // not built with help: the CLI renders it
  }
}

module.exports = { BUILD_MARK, loadBundle, BUNDLE, CODE_CACHE };
