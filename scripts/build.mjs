#!/usr/bin/env node
/**
 * `npm run build`: bundles src/ into dist/ with esbuild. Type checking is `npm run typecheck`
 * (tsc), which `npm test` runs too.
 *
 * - dist/index.js (the library) and the worker threads: ES modules, with shared chunks.
 * - dist/cli/bundle.cjs: the whole CLI as one CommonJS module, which bin/news-digest.js compiles
 *   with `vm.Script` and a V8 code cache. Start-up is most of the time a one-article command
 *   takes, and compiling modules was a third of it; Node 20 has no compile cache for ES modules.
 *   The HTML and feed libraries are bundles of their own in dist/cli/vendor/, required only when
 *   an input needs them, so the common path reads and deserialises a third of the code (7 ms
 *   less than one file of everything, measured on `summary`).
 * - dist/cli/bundle.code-cache (and one beside each vendor bundle): made here, after warm-up runs
 *   of the commands on the bundled article (and of `summary` on it as a web page and as a feed,
 *   for the vendor bundles), so the functions those runs compiled are in it, not only the top level.
 * - dist/help.json: `--help`, `help <command>` and `--version`, pre-rendered.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const ARTICLE = join(ROOT, 'content', 'mosul-bartella.txt');
/** Libraries only HTML pages and feeds need: each is dist/cli/vendor/<file>. */
const VENDOR = { linkedom: 'linkedom.cjs', '@mozilla/readability': 'readability.cjs', 'fast-xml-parser': 'fast-xml-parser.cjs' };
/**
 * What the warm-up runs before the code caches are taken: each command on the bundled article, as
 * in a pipe. Measured on `summary`: a bigger cache costs time to read (about 3 ms more with every
 * command also run with options and on a colour terminal, for no gain on those: commander and the
 * tables compile in well under a millisecond); these runs cost it about 1 ms over `summary` alone.
 */
const WARM_UP = ['summary', 'story', 'quotes', 'speakers', 'facts', 'sections'];

const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', minifySyntax: true, minifyWhitespace: true, logLevel: 'warning' };
/**
 * The CLI's bundles also get short local names: a smaller file to read and a smaller code cache
 * to deserialise, about 2 ms of `summary`'s start-up. Their stack traces (`--debug`) then show
 * short names; `npm run dev -- <command> --debug` runs src/ with the real ones.
 */
const cliBundle = { ...common, minifyIdentifiers: true };

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
  ...common,
  entryPoints: ['src/index.ts', ...findWorkers(SRC)],
  outbase: 'src',
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (cli-table3) call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __newsDigestRequire } from 'node:module'; const require = __newsDigestRequire(import.meta.url);" },
});

// The CLI bundle. `import.meta.url` (the digest pool finds its worker beside it) becomes a
// parameter bin/news-digest.js passes; dynamic imports become lazily run module bodies.
const vendorExternal = {
  name: 'vendor-external',
  setup(build) {
    const filter = new RegExp(`^(?:${Object.keys(VENDOR).map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, ({ path }) => ({ path: `./vendor/${VENDOR[path]}`, external: true }));
  },
};
await build({
  ...cliBundle,
  entryPoints: ['src/cli/run-cli.ts'],
  outfile: 'dist/cli/bundle.cjs',
  format: 'cjs',
  define: { 'import.meta.url': '__newsDigestUrl' },
  plugins: [vendorExternal],
});
// vm.Script runs the bundle without an ES module loader: an `import()` left in it would throw.
if (/\bimport\(/.test(readFileSync(join(ROOT, 'dist', 'cli', 'bundle.cjs'), 'utf8'))) {
  throw new Error('dist/cli/bundle.cjs has a dynamic import() (of a package not bundled?); bin/news-digest.js cannot run it');
}
for (const [name, file] of Object.entries(VENDOR)) {
  await build({ ...cliBundle, stdin: { contents: `export * from '${name}';`, resolveDir: ROOT }, outfile: `dist/cli/vendor/${file}`, format: 'cjs' });
}
// Each bundle ends with a hash of its content, and its cache will start with the same hash: the
// launcher uses a cache only with the bundle it was made for (see cacheOfThisBuild in the bin).
const require = createRequire(import.meta.url);
const { BUILD_MARK, loadBundle } = require('../bin/news-digest.js');
const buildIds = new Map();
for (const file of ['bundle.cjs', ...Object.values(VENDOR).map((name) => `vendor/${name}`)]) {
  const path = join(ROOT, 'dist', 'cli', file);
  const id = createHash('sha1').update(readFileSync(path)).digest('hex');
  appendFileSync(path, `${BUILD_MARK}${id}\n`);
  buildIds.set(path, id);
}

// The code caches: compile the bundle as the bin does, run the commands, then serialise it and the
// vendor bundles the runs required. The page and the feed are the bundled article in those forms.
const { exports: cli, loaded } = loadBundle(undefined, null);
const warmDir = mkdtempSync(join(tmpdir(), 'news-digest-build-'));
const page = join(warmDir, 'article.html');
const feed = join(warmDir, 'feed.rss');
const paragraphs = readFileSync(ARTICLE, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const body = paragraphs.slice(1).map((p) => `<p>${escape(p)}</p>`).join('\n');
writeFileSync(page, `<!doctype html><html><head><title>${escape(paragraphs[0])}</title></head><body><article><h1>${escape(paragraphs[0])}</h1>\n${body}</article></body></html>`);
writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>${escape(paragraphs[0])}</title><pubDate>Thu, 20 Oct 2016 09:00:00 GMT</pubDate><description>${escape(body)}</description></item></channel></rss>`);
const warmUp = async (runs) => {
  for (const args of runs) {
    const io = { out() {}, err() {}, isTTY: false, color: false, width: 80, stdinIsTTY: false };
    const code = await cli.main(args, { io });
    if (code !== 0) throw new Error(`warm-up run of ${args.join(' ')} exited ${code}`);
  }
};
const cacheOf = ({ file, script }) =>
  writeFileSync(file.replace(/\.cjs$/, '.code-cache'), Buffer.concat([Buffer.from(`${buildIds.get(file)}\n`), script.createCachedData()]));
try {
  await warmUp(WARM_UP.map((command) => [command, ARTICLE]));
  cacheOf(loaded[0]);
  // The page and the feed fill the vendor bundles' caches; the CLI's was taken before, so that
  // the HTML and feed readers' own code does not weigh on every start-up.
  await warmUp([['summary', page], ['summary', feed]]);
  loaded.slice(1).forEach(cacheOf);
} finally {
  rmSync(warmDir, { recursive: true, force: true });
}
// And one cache per command, each made in a fresh process after that command alone: a smaller
// cache to read and deserialise, with just the functions the command runs (1-4 ms of `summary`'s
// start-up). The launcher takes bundle.<command>.code-cache when there is one.
for (const command of WARM_UP) {
  const out = join(ROOT, 'dist', 'cli', `bundle.${command}.code-cache`);
  const warm = `
    const { loadBundle } = require(${JSON.stringify(join(ROOT, 'bin', 'news-digest.js'))});
    const { exports: cli, loaded } = loadBundle(undefined, null);
    const io = { out() {}, err() {}, isTTY: false, color: false, width: 80, stdinIsTTY: false };
    cli.main([${JSON.stringify(command)}, ${JSON.stringify(ARTICLE)}], { io }).then((code) => {
      if (code !== 0) throw new Error('warm-up run of ${command} exited ' + code);
      require('node:fs').writeFileSync(${JSON.stringify(out)}, Buffer.concat([Buffer.from(${JSON.stringify(`${buildIds.get(join(ROOT, 'dist', 'cli', 'bundle.cjs'))}\n`)}), loaded[0].script.createCachedData()]));
    });`;
  execFileSync(process.execPath, ['-e', warm], { stdio: 'inherit' });
}

// Pre-rendered help: `bin/news-digest.js` prints it for `--help`, `-h`, `help [command]` and
// `--version` without loading the CLI at all, so asking for help costs no more than starting node.
const bin = join(ROOT, 'bin', 'news-digest.js');
const render = (args) => execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const commands = [...render(['--help']).matchAll(/^  (\w+) \[options\]/gm)].map((match) => match[1]);
const help = { '': render(['--help']), '--version': render(['--version']) };
for (const command of commands) help[command] = render([command, '--help']);
writeFileSync(join(ROOT, 'dist', 'help.json'), JSON.stringify(help));
