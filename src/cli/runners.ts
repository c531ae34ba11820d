import type { CommandContext, CommonOptions } from './context.js';

/** Runs one command on its inputs and parsed options; returns the exit code. */
export type RunCommand = (inputs: string[], opts: Record<string, unknown>, context: CommandContext) => Promise<number>;

/** A command bound to its inputs and options, waiting for the IO `main` decides. */
export type Runner = (context: CommandContext) => Promise<number>;

/** How `main` runs a parsed command: builds the context, shows help instead when stdin would hang. */
export type Dispatch = (run: Runner, common: CommonOptions, inputs: string[], showHelp: () => void) => Promise<number>;

/**
 * Each command's run. Its module is imported only when that command runs, so one command (or
 * `--help`) loads nothing of the others.
 */
export const RUNNERS = {
  story: async (inputs, opts, context) => (await import('./commands/story.js')).runStory(inputs, opts, context),
  summary: async (inputs, opts, context) => (await import('./commands/summary.js')).runSummary(inputs, opts, context),
  sections: async (inputs, opts, context) => (await import('./commands/sections.js')).runSections(inputs, opts, context),
  quotes: async (inputs, opts, context) => (await import('./commands/quotes.js')).runQuotes(inputs, opts, context),
  speakers: async (inputs, opts, context) => (await import('./commands/speakers.js')).runSpeakers(inputs, opts, context),
  facts: async (inputs, opts, context) => (await import('./commands/facts.js')).runFacts(inputs, opts, context),
  digest: async (inputs, opts, context) => (await import('./commands/digest.js')).runDigest(inputs, opts, context),
} satisfies Record<string, RunCommand>;

/** A command's name. */
export type CommandName = keyof typeof RUNNERS;

/** Key sentences `summary` prints without `-n`/`--words`. */
export const DEFAULT_SENTENCES = 3;

/**
 * `<command> <input>...` with no option at all (every input a path, a URL or `-`): the command and
 * its inputs, so `main` can run it without loading commander. Anything else (options, `--`,
 * `help`, no input): null, and commander parses it.
 */
export function plainCommand(argv: readonly string[]): { name: CommandName; inputs: string[] } | null {
  const [name, ...inputs] = argv;
  if (name === undefined || !Object.hasOwn(RUNNERS, name) || inputs.length === 0) return null;
  if (inputs.some((input) => input.startsWith('-') && input !== '-')) return null;
  return { name: name as CommandName, inputs };
}

/**
 * The options commander hands a command given no option: its defaults, and `color: true`, which
 * commander sets for every `--no-*` flag. A test holds this equal to commander's for each command.
 */
export function plainOptions(name: CommandName): Record<string, unknown> {
  return name === 'summary' ? { color: true, sentences: DEFAULT_SENTENCES } : { color: true };
}
