/**
 * The commander program of `news-digest`: commands, options, help text. `main` loads it for
 * anything but a plain `<command> <input>...`, which runs without it (see `plainCommand`).
 */
import { Command, CommanderError, InvalidArgumentError, Option, type OutputConfiguration } from 'commander';
import type { CommandContext, CommonOptions } from './context.js';
import { DEFAULT_SENTENCES, RUNNERS, type Dispatch, type RunCommand } from './runners.js';
// Inlined by the bundler, so the version needs no file look-up at start-up.
import packageJson from '../../package.json' with { type: 'json' };

const { version } = packageJson;

const EXIT_CODES = `
Exit codes:
  0  success (also when an article has no quotes or facts)
  1  an input could not be read or is not an article (the others are still processed)
  2  usage error: unknown command or option, bad option value`;

const ENVIRONMENT = `
Environment:
  NO_COLOR     turns colour off (any value); so do --no-color and TERM=dumb
  FORCE_COLOR  turns colour on even when stdout is not a terminal
  NEWS_DIGEST_FETCH_TIMEOUT  milliseconds to wait for a URL input (default 15000)`;

const codes = new WeakMap<Command, number>();

/** The exit code the command that `program` ran returned (0 when none ran, as for `--help`). */
export function exitCodeOf(program: Command): number {
  return codes.get(program) ?? 0;
}

/** Exit code of an error commander threw: 0 for help and version, 2 for usage; undefined if not commander's. */
export function commanderExitCode(error: unknown): number | undefined {
  if (!(error instanceof CommanderError)) return undefined;
  return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
}

/**
 * The commander program. Each command's module is imported only when that command runs, so
 * `--help` and `--version` load nothing but commander.
 */
export function buildProgram(dispatch: Dispatch, output: OutputConfiguration): Command {
  // Set before the commands are added: subcommands copy their parent's settings when created.
  const program = new Command('news-digest')
    .configureOutput(output)
    .description('Read news articles and get what is in them: a summary, the quotes by speaker, the facts as a table or JSON, or the whole story laid out for reading.')
    .version(version, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText('after', `
Examples:
  $ news-digest summary content/mosul-bartella.txt
  $ news-digest quotes content/mosul-bartella.txt --speaker hollande
  $ news-digest facts content/mosul-bartella.txt --json | jq '.[] | select(.type == "count")'
  $ news-digest story content/mosul-bartella.txt | less -R
  $ cat article.txt | news-digest summary -
${EXIT_CODES}
${ENVIRONMENT}
`);

  const command = (name: string, description: string, examples: string[]) => {
    const cmd = program
      .command(name)
      .description(description)
      .argument('[inputs...]', 'files (text, Markdown, HTML, RSS/Atom, JSON/NDJSON), directories of them, http(s) URLs, or - for stdin')
      .exitOverride();
    addCommonOptions(cmd);
    cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ news-digest ${e}`).join('\n')}\n${EXIT_CODES}\n`);
    return cmd;
  };
  const act = (cmd: Command, run: RunCommand) => {
    cmd.action(async (inputs: string[], opts: Record<string, unknown>) => {
      const runner = (context: CommandContext) => run(inputs, opts, context);
      codes.set(program, await dispatch(runner, opts as CommonOptions, inputs, () => cmd.outputHelp({ error: true })));
    });
  };

  act(
    command('story', 'print the full story laid out for reading', [
      'story content/mosul-bartella.txt',
      'story content/mosul-bartella.txt --sections --width 72',
      'story content/mosul-bartella.txt --json | jq .paragraphs[0].sentences',
    ])
      .option('--json', 'print the Article model as JSON')
      .option('--sections', 'show section titles inside the story'),
    RUNNERS.story,
  );

  act(
    command('summary', 'print the key sentences, key facts and who was quoted', [
      'summary content/mosul-bartella.txt',
      'summary content/mosul-bartella.txt -n 5',
      'summary content/mosul-bartella.txt --words 60 --json',
    ])
      .option('-n, --sentences <count>', 'number of key sentences', parsePositiveInt, DEFAULT_SENTENCES)
      .option('--words <count>', 'word budget for the key sentences instead of a count', parsePositiveInt)
      .option('--json', 'print the summary as JSON'),
    RUNNERS.summary,
  );

  act(
    command('sections', 'print the outline: section titles, paragraph ranges, first sentences', [
      'sections content/mosul-bartella.txt',
      'sections content/mosul-bartella.txt --json',
    ]).option('--json', 'print the sections as JSON'),
    RUNNERS.sections,
  );

  act(
    command('quotes', 'list quotations and reported speech by speaker', [
      'quotes content/mosul-bartella.txt',
      'quotes content/mosul-bartella.txt --speaker hollande',
      'quotes content/mosul-bartella.txt --kind direct,partial --table',
      'quotes content/mosul-bartella.txt --json | jq -r \'.[] | "\\(.speaker): \\(.text)"\'',
    ])
      .option('--speaker <name>', 'only quotes by this speaker (full name, surname or alias; any case)')
      .option('--kind <kinds>', 'only these kinds: direct,partial,reported')
      .option('--table', 'print a table: speaker, kind, quote')
      .option('--json', 'print the quotes as a JSON array'),
    RUNNERS.quotes,
  );

  act(
    command('speakers', 'list the speakers with their roles and number of quotes', [
      'speakers content/mosul-bartella.txt',
      'speakers content/mosul-bartella.txt --json',
    ]).option('--json', 'print the speakers as a JSON array'),
    RUNNERS.speakers,
  );

  act(
    command('facts', 'list numbers, measures, dates, people, places and organisations', [
      'facts content/mosul-bartella.txt',
      'facts content/mosul-bartella.txt --type count,measure,date',
      'facts content/mosul-bartella.txt --json type,text,value',
      "facts content/mosul-bartella.txt --ndjson | jq -c 'select(.type == \"person\")'",
    ])
      .option('--type <types>', 'only these fact types (number,count,money,percent,measure,duration,date,time,ordinal,rank,person,place,organization)')
      .option('--json [fields]', 'print a JSON array; with a comma-separated field list, only those fields')
      .option('--ndjson', 'print one JSON object per line'),
    RUNNERS.facts,
  );

  act(
    command('digest', 'one line or two for each of many articles, newest first, and who and what recur', [
      'digest content/',
      'digest feeds/*.xml --since 2d --limit 20',
      'digest --ndjson feeds/*.xml | jq -r .headline',
    ])
      .option('--since <when>', 'only articles published since a duration (2d, 12h, 1w) or a date (YYYY-MM-DD)')
      .option('--limit <count>', 'show at most this many articles', parsePositiveInt)
      .option('--jobs <count>', 'process articles in this many worker threads (default: number of cores)', parsePositiveInt)
      .option('--json', 'print one JSON document')
      .option('--ndjson', 'stream one JSON object per article as it is processed'),
    RUNNERS.digest,
  );

  return program;
}

/** Options every command shares. */
export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--no-color', 'never colour the output (also NO_COLOR)')
    .option('-w, --width <columns>', 'wrap to this many columns (default: terminal width, 80 in a pipe)', parsePositiveInt)
    .addOption(new Option('--format <format>', 'read inputs as this format instead of detecting it').choices(['text', 'markdown', 'html', 'rss', 'atom', 'json']))
    .option('--published <date>', 'publication date to assume when an input has none (YYYY-MM-DD)', parseIsoDate)
    .option('--max-bytes <bytes>', 'refuse inputs larger than this (default 50 MB)', parsePositiveInt)
    .option('--debug', 'show stack traces of errors');
}

/** Commander option parser for a positive integer. */
export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

function parseIsoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}
