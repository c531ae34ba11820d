/**
 * The hardening harness: runs any news-digest command in-process on an input and checks the
 * promises every command makes, whatever the input (see README "Exit codes and errors"):
 * - exit 0 or 1, never an internal error; exit 2 only for a command that is still a placeholder
 *   (`not built yet`), so new commands are covered the moment they land;
 * - stderr is one `news-digest: ...` line per message, with no control characters;
 * - JSON output parses, and every span in it indexes the article text;
 * - human output carries no escape, control or bidi character except the SGR styling the theme
 *   adds when colour is on, and without colour it is the coloured output with the styling removed.
 * Used by the vitest property tests (few runs) and by `npm run fuzz` (100,000+ runs).
 */
import { main } from '../../src/cli/main.js';
import { testIO } from '../../src/render/io.js';

/** One run of the CLI. */
export interface Run {
  argv: string[];
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A command as its help describes it, with the flags that change its output. */
export interface CommandShape {
  name: string;
  /** Flags without a value (`--json`, `--table`, `--ndjson`); each is one output variant. */
  flags: string[];
}

const IGNORED_FLAGS = new Set(['--no-color', '--debug', '--help', '--version']);
/** Flags whose output is JSON (one document, or one per line). */
export const JSON_FLAGS = new Set(['--json', '--ndjson']);

async function* chunksOf(input: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof input === 'string' ? Buffer.from(input) : input;
}

/** Runs `news-digest <argv>` in-process; `input` is what `-` reads. */
export async function runMain(
  argv: string[],
  options: { input?: string | Uint8Array; color?: boolean; width?: number; isTTY?: boolean } = {},
): Promise<Run> {
  const io = testIO({ color: options.color ?? false, width: options.width ?? 80, isTTY: options.isTTY ?? false });
  const started = performance.now();
  const code = await main(argv, { io, stdin: chunksOf(options.input ?? '') });
  return { argv, code, stdout: io.stdout, stderr: io.stderr, ms: performance.now() - started };
}

let shapes: Promise<CommandShape[]> | null = null;

/** Every command `news-digest --help` lists, with its output flags, read from the help itself. */
export function listCommands(): Promise<CommandShape[]> {
  shapes ??= (async () => {
    const help = (await runMain(['--help'])).stdout;
    const names = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z][\w-]*) \[options\]/gm)].map((m) => m[1]!);
    const result: CommandShape[] = [];
    for (const name of names) {
      const own = (await runMain([name, '--help'])).stdout;
      const flags = [...own.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)(?: \[\w+\])?(?= {2}|$)/gm)].map((m) => m[1]!).filter((flag) => !IGNORED_FLAGS.has(flag));
      result.push({ name, flags });
    }
    return result;
  })();
  return shapes;
}

/** Characters stderr must never carry: C0 but newline, DEL, C1, bidi controls. */
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/**
 * The same for human output, except the tab: views print tab-separated fields in a pipe (the
 * sanitiser turns every tab of an input into a space, so a tab in the output is always ours).
 */
const HUMAN_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** SGR sequences chalk emits for the theme (bold, dim, italic, underline, 16 colours, resets). */
const THEME_SGR = /\u001b\[(?:[0-9]|2[1-9]|3[0-9]|9[0-7])m/g;

/** Removes the styling the theme adds, nothing else. */
export function stripThemeStyling(text: string): string {
  return text.replace(THEME_SGR, '');
}

/** Problems with human output: a forbidden character (after removing theme styling when coloured). */
export function checkHumanOutput(stdout: string, color: boolean): string[] {
  const plain = color ? stripThemeStyling(stdout) : stdout;
  const match = HUMAN_FORBIDDEN.exec(plain);
  if (!match) return [];
  const at = match.index;
  return [`human output (colour ${color ? 'on' : 'off'}) carries U+${match[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(plain.slice(Math.max(0, at - 30), at + 30))}`];
}

/** Problems with exit code and stderr, whatever the command printed. */
export function checkRun(run: Run): string[] {
  const problems: string[] = [];
  const placeholder = run.code === 2 && /not built yet/.test(run.stderr);
  if (run.code !== 0 && run.code !== 1 && !placeholder) problems.push(`exit code ${run.code}`);
  if (/internal error/.test(run.stderr)) problems.push(`internal error: ${run.stderr.trim()}`);
  for (const line of run.stderr.split('\n').slice(0, -1)) {
    if (!line.startsWith('news-digest: ')) problems.push(`stderr line without the news-digest prefix: ${JSON.stringify(line.slice(0, 80))}`);
  }
  if (run.stderr !== '' && !run.stderr.endsWith('\n')) problems.push('stderr does not end in a newline');
  if (FORBIDDEN.test(run.stderr.replace(/\n/g, ''))) problems.push(`stderr carries a control character: ${JSON.stringify(run.stderr.slice(0, 120))}`);
  return problems;
}

/** True when a run produced nothing because its command is still a placeholder. */
export function isPlaceholder(run: Run): boolean {
  return run.code === 2 && /not built yet/.test(run.stderr);
}

/** Parses JSON output: one document, or one per line for `--ndjson`. Throws on bad JSON. */
export function parseJsonOutput(stdout: string, ndjson: boolean): unknown[] {
  if (stdout === '') return [];
  if (!stdout.endsWith('\n')) throw new Error('JSON output does not end in a newline');
  if (ndjson) return stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line) as unknown);
  return [JSON.parse(stdout) as unknown];
}

interface SpanLike {
  start: number;
  end: number;
  text?: unknown;
  fragments?: unknown;
}

function isSpanLike(value: object): value is SpanLike {
  const v = value as Record<string, unknown>;
  return typeof v.start === 'number' && typeof v.end === 'number';
}

/**
 * Problems with the spans in a command's JSON, against the article text: every `{start, end}` lies
 * inside the text; an item that carries `text` is exactly `text.slice(start, end)`; a quote's
 * fragments lie inside the quote's span, and its text is made of them.
 */
export function checkSpans(value: unknown, text: string, path = '$'): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, where: string) => {
    if (problems.length > 5 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${where}[${i}]`));
      return;
    }
    if (isSpanLike(node)) problems.push(...checkSpan(node, text, where));
    for (const [key, child] of Object.entries(node)) visit(child, `${where}.${key}`);
  };
  visit(value, path);
  return problems;
}

function checkSpan(span: SpanLike, text: string, where: string): string[] {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return [`${where}: span [${start}, ${end}) outside the text (length ${text.length})`];
  }
  if (Array.isArray(span.fragments)) {
    const fragments = span.fragments as SpanLike[];
    const pieces: string[] = [];
    for (const f of fragments) {
      if (f.start < start || f.end > end || f.end < f.start) return [`${where}: fragment [${f.start}, ${f.end}) outside the quote [${start}, ${end})`];
      pieces.push(text.slice(f.start, f.end));
    }
    if (typeof span.text === 'string' && squash(span.text) !== squash(pieces.join(' '))) {
      return [`${where}: quote text ${JSON.stringify(span.text.slice(0, 80))} is not its fragments ${JSON.stringify(pieces.join(' ').slice(0, 80))}`];
    }
    return [];
  }
  if (typeof span.text === 'string' && text.slice(start, end) !== span.text) {
    return [`${where}: text ${JSON.stringify(span.text.slice(0, 60))} but the span holds ${JSON.stringify(text.slice(start, Math.min(end, start + 60)))}`];
  }
  return [];
}

/** White space runs as one space: a quote joined from fragments may differ from them in spacing only. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The parts of the Article model the partition check reads. */
interface ArticleJson {
  text: string;
  headline: BlockJson | null;
  standfirst: BlockJson | null;
  paragraphs: BlockJson[];
}
interface BlockJson {
  start: number;
  end: number;
  paragraph: number;
  sentences: Array<{ start: number; end: number; index: number }>;
}

/**
 * Problems with the Article model itself: paragraphs numbered 1, 2, ... in text order, and the
 * sentences of every block partitioning it (in order, touching its ends, only white space between).
 */
export function checkArticle(article: ArticleJson): string[] {
  const problems: string[] = [];
  const blocks = [article.headline, article.standfirst, ...article.paragraphs].filter((b): b is BlockJson => b !== null);
  article.paragraphs.forEach((p, i) => {
    if (p.paragraph !== i + 1) problems.push(`paragraph ${i} is numbered ${p.paragraph}`);
    const before = article.paragraphs[i - 1];
    if (before && before.end > p.start) problems.push(`paragraph ${i + 1} overlaps the one before`);
  });
  for (const block of blocks) {
    const { sentences } = block;
    if (block.end > block.start && sentences.length === 0) problems.push(`block at ${block.start} has no sentences`);
    if (sentences.length === 0) continue;
    if (sentences[0]!.start !== block.start || sentences.at(-1)!.end !== block.end) problems.push(`sentences of the block at ${block.start} do not reach its ends`);
    sentences.forEach((s, i) => {
      if (s.index !== i) problems.push(`sentence ${i} of the block at ${block.start} has index ${s.index}`);
      const before = sentences[i - 1];
      if (before && !/^\s+$/.test(article.text.slice(before.end, s.start))) problems.push(`sentences ${i - 1} and ${i} of the block at ${block.start} are not separated by white space`);
    });
  }
  return problems;
}

/**
 * The fields src/article.ts documents for each command's `--json` items; an item must carry at
 * least these (a command may add more). Commands without an entry are only checked for spans.
 */
const JSON_FIELDS: Record<string, { array: boolean; fields: string[] }> = {
  story: { array: false, fields: ['source', 'metadata', 'text', 'headline', 'standfirst', 'dateline', 'captions', 'paragraphs', 'sections', 'diagnostics'] },
  quotes: { array: true, fields: ['text', 'kind', 'speaker', 'mention', 'role', 'cue', 'audience', 'paragraph', 'sentence', 'start', 'end', 'fragments', 'speakerSpan', 'cueSpan'] },
  speakers: { array: true, fields: ['name', 'role', 'aliases', 'quotes'] },
  facts: { array: true, fields: ['type', 'text', 'value', 'unit', 'normalized', 'approx', 'min', 'max', 'date', 'entity', 'paragraph', 'sentence', 'context', 'start', 'end', 'mentions'] },
};

/** Problems with the shape of a command's `--json` document (one input, so one document). */
export function checkSchema(command: string, document: unknown): string[] {
  const schema = JSON_FIELDS[command];
  if (!schema) return [];
  if (schema.array !== Array.isArray(document)) return [`${command} --json printed ${Array.isArray(document) ? 'an array' : typeof document}, expected ${schema.array ? 'an array' : 'an object'}`];
  const items = (schema.array ? document : [document]) as unknown[];
  for (const item of items) {
    if (item === null || typeof item !== 'object') return [`${command} --json item is ${JSON.stringify(item)}`];
    const missing = schema.fields.filter((field) => !(field in item));
    if (missing.length > 0) return [`${command} --json item lacks ${missing.join(', ')}`];
  }
  return [];
}

/** One fuzz case: an input and how to run a command on it. */
export interface Case {
  command: CommandShape;
  /** An output flag of the command (`--json`), or null for the human view. */
  flag: string | null;
  input: string | Uint8Array;
  format?: string | undefined;
  width?: number | undefined;
  /**
   * How a human view runs: into a pipe, on a terminal without colour, or on a terminal with colour
   * (then also without, to compare). All three when not given.
   */
  mode?: 'pipe' | 'tty' | 'tty-color' | undefined;
}

/** The article text `story --json` gives for an input, when it holds exactly one article. */
async function articleOf(input: string | Uint8Array, format: string | undefined): Promise<ArticleJson | null> {
  const run = await runMain(['story', '-', '--json', ...(format ? ['--format', format] : [])], { input });
  if (run.code !== 0 || run.stdout === '') return null;
  const parsed = JSON.parse(run.stdout) as ArticleJson | ArticleJson[];
  return Array.isArray(parsed) ? null : parsed;
}

/**
 * Runs one case and returns every broken promise (empty when all is well). Human views run three
 * ways (a pipe; a terminal with colour; a terminal without); JSON views are parsed and their spans
 * checked against the article.
 */
export async function checkCase(c: Case): Promise<string[]> {
  const argv = [c.command.name, '-', ...(c.flag ? [c.flag] : []), '--published', '2016-10-20', ...(c.format ? ['--format', c.format] : [])];
  const label = (problems: string[]) => problems.map((p) => `${argv.join(' ')}: ${p}`);
  const width = c.width ?? 80;
  if (c.flag === null || !JSON_FLAGS.has(c.flag)) {
    const problems: string[] = [];
    if (c.mode === undefined || c.mode === 'pipe') {
      const piped = await runMain(argv, { input: c.input, width });
      problems.push(...checkRun(piped), ...checkHumanOutput(piped.stdout, false));
      if (isPlaceholder(piped) || c.mode === 'pipe') return label(problems);
    }
    const plain = await runMain(argv, { input: c.input, width, isTTY: true });
    problems.push(...checkRun(plain), ...checkHumanOutput(plain.stdout, false));
    if (c.mode === 'tty' || isPlaceholder(plain)) return label(problems);
    const coloured = await runMain(argv, { input: c.input, width, isTTY: true, color: true });
    problems.push(...checkHumanOutput(coloured.stdout, true));
    if (plain.code !== coloured.code) problems.push(`exit code ${plain.code} without colour but ${coloured.code} with`);
    else if (stripThemeStyling(coloured.stdout) !== plain.stdout) problems.push('coloured terminal output without its styling differs from the plain terminal output');
    return label(problems);
  }
  const run = await runMain(argv, { input: c.input, width });
  const problems = checkRun(run);
  if (run.code !== 0 || problems.length > 0) return label(problems);
  let documents: unknown[];
  try {
    documents = parseJsonOutput(run.stdout, c.flag === '--ndjson');
  } catch (error) {
    return label([`JSON output does not parse: ${(error as Error).message}`]);
  }
  if (/\u001b/.test(run.stdout)) problems.push('JSON output carries a raw ESC');
  const own = c.command.name === 'story' && c.flag === '--json' ? documents[0] : undefined;
  const article = own === undefined ? await articleOf(c.input, c.format) : Array.isArray(own) ? null : (own as ArticleJson);
  if (article) {
    // One article in, so one document out whose shape the README documents.
    if (c.flag === '--json') problems.push(...checkSchema(c.command.name, documents[0]));
    if (own !== undefined) problems.push(...checkArticle(article));
    for (const document of documents) problems.push(...checkSpans(document, article.text));
  }
  return label(problems);
}
