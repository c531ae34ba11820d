/**
 * `npm run fuzz`: the long hardening run. Generates hostile and broken inputs (see
 * tests/hardening/generators.ts) and runs every command news-digest lists in its help, in each
 * output variant, in-process, checking every promise tests/hardening/harness.ts knows.
 *
 *   npm run fuzz                      # 100,000 cases
 *   npm run fuzz -- --runs 5000 --seed 42
 *   npm run fuzz -- --big             # then every command on the full-size inputs of issue 8
 *
 * Prints each distinct failure once with a reproducing input, and exits 1 when there was any.
 */
import fc from 'fast-check';
import { checkCase, checkRun, listCommands, runMain, type Case } from '../tests/hardening/harness.js';
import { hostileInput } from '../tests/hardening/generators.js';

const FORMATS = ['text', 'markdown', 'html', 'rss', 'atom', 'json'];
/** Cases generated at a time; small enough to show progress, big enough to keep generation cheap. */
const BATCH = 500;
/** A case slower than this is reported: inputs are at most a few hundred characters. */
const SLOW_CASE_MS = 2000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

async function fuzz(): Promise<number> {
  const runs = option('--runs', 100_000);
  const seed = option('--seed', Date.now() % 2 ** 31);
  const commands = await listCommands();
  const variants = commands.flatMap((command) => [null, ...command.flags].map((flag) => ({ command, flag })));
  const caseArb: fc.Arbitrary<Case> = fc
    .tuple(
      fc.constantFrom(...variants),
      hostileInput(),
      fc.option(fc.constantFrom(...FORMATS), { freq: 4 }),
      fc.constantFrom(20, 40, 80, 200),
      fc.constantFrom('pipe' as const, 'tty' as const, 'tty-color' as const),
    )
    .map(([variant, input, format, width, mode]) => ({ ...variant, input, format: format ?? undefined, width, mode }));

  console.log(`fuzzing ${variants.length} command variants (${commands.map((c) => c.name).join(', ')}), ${runs} cases, seed ${seed}`);
  const failures = new Map<string, { count: number; example: Case; problem: string }>();
  const started = performance.now();
  let done = 0;
  let slowest = 0;
  for (let batch = 0; done < runs; batch++) {
    const cases = fc.sample(caseArb, { numRuns: Math.min(BATCH, runs - done), seed: seed + batch });
    for (const c of cases) {
      const t0 = performance.now();
      let problems: string[];
      try {
        problems = await checkCase(c);
      } catch (error) {
        problems = [`${c.command.name} ${c.flag ?? ''}: the harness itself threw: ${(error as Error).stack ?? String(error)}`];
      }
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      if (ms > SLOW_CASE_MS) problems.push(`${c.command.name} ${c.flag ?? ''}: took ${ms.toFixed(0)} ms on ${c.input.length} characters`);
      for (const problem of problems) {
        const key = problem.replace(/\d+/g, 'N').replace(/".*$/, '').slice(0, 140);
        const seen = failures.get(key);
        if (seen) seen.count++;
        else failures.set(key, { count: 1, example: c, problem });
      }
      done++;
    }
    if (batch % 20 === 19) console.log(`  ${done} cases, ${failures.size} distinct failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${done} cases in ${seconds} s (slowest ${slowest.toFixed(0)} ms), ${failures.size} distinct failures`);
  for (const { count, example, problem } of failures.values()) {
    console.log(`\n✗ ${problem}\n  ${count}× ; e.g. ${example.command.name} ${example.flag ?? ''} --width ${example.width} ${example.format ? `--format ${example.format}` : ''}`);
    console.log(`  input: ${JSON.stringify(example.input)}`);
  }
  return failures.size === 0 ? 0 : 1;
}

/** The full-size inputs of issue 8; each command must finish within BIG_BUDGET_MS_PER_MB a megabyte. */
const BIG_INPUTS: Array<[string, () => string]> = [
  ['one 10 MB paragraph', () => 'Headline\n\n' + 'The council voted to close the bridge, said Mayor Anna Lindqvist. '.repeat(152_000)],
  ['a line of 1,000,000 quote marks', () => 'Headline\n\n' + '"'.repeat(1_000_000) + '\n'],
  ['100,000 paragraphs', () => 'Headline\n\n' + 'A short paragraph, said Smith.\n\n'.repeat(100_000)],
];
/** Generous: a linear pass over text costs well under a second a megabyte. */
const BIG_BUDGET_MS_PER_MB = 10_000;

async function big(): Promise<number> {
  let failures = 0;
  for (const [name, make] of BIG_INPUTS) {
    const input = make();
    const megabytes = Buffer.byteLength(input) / 1e6;
    for (const command of await listCommands()) {
      const run = await runMain([command.name, '-', '--published', '2016-10-20'], { input });
      const problems = checkRun(run);
      if (run.ms > BIG_BUDGET_MS_PER_MB * Math.max(1, megabytes)) problems.push(`took ${(run.ms / 1000).toFixed(1)} s`);
      failures += problems.length;
      console.log(`${problems.length === 0 ? '✓' : '✗'} ${command.name} on ${name} (${megabytes.toFixed(1)} MB): exit ${run.code}, ${(run.ms / 1000).toFixed(1)} s ${problems.join('; ')}`);
    }
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = Math.max(await fuzz(), process.argv.includes('--big') ? await big() : 0);
