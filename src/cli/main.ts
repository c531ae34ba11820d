import { isNewsDigestError } from '../errors.js';
import { systemIO, type IO } from '../render/io.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { CommandContext, CommonOptions } from './context.js';
import { plainCommand, plainOptions, RUNNERS, type Dispatch } from './runners.js';

/** What `main` needs from the outside world; tests pass `testIO()` and a stdin of their own. */
export interface MainOptions {
  io?: IO;
  stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * Runs news-digest with the given arguments (without `node` and the script) and returns the exit
 * code. Every failure is caught here and printed as one line on stderr; stacks only with --debug.
 * A plain `<command> <input>...` runs without loading commander (a few milliseconds of start-up,
 * most of what a one-article command costs beyond its own work); anything else goes through it.
 */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  let io = options.io;
  let debug = argv.includes('--debug');
  const getIO = (common: CommonOptions): IO => (io ??= systemIO({ color: common.color, width: common.width }));
  const errIO = () => io ?? systemIO();
  let commander: typeof import('./program.js') | undefined;

  const dispatch: Dispatch = async (run, common, inputs, showHelp) => {
    debug = Boolean(common.debug);
    const context: CommandContext = { io: getIO(common), options: common, stdin: options.stdin };
    // No input and a keyboard on stdin: the user needs the command's help, not a silent wait.
    if (inputs.length === 0 && context.io.stdinIsTTY) {
      showHelp();
      return 2;
    }
    return run(context);
  };

  try {
    const plain = plainCommand(argv);
    if (plain) {
      const opts = plainOptions(plain.name);
      const run = RUNNERS[plain.name];
      return await dispatch((context) => run(plain.inputs, opts, context), opts, plain.inputs, () => {});
    }
    commander = await import('./program.js');
    const program = commander.buildProgram(dispatch, {
      writeOut: (text) => errIO().out(text),
      // Help is laid out for 80 columns whatever the terminal, so the build can pre-render it.
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      writeErr: (text) => errIO().err(text),
      outputError: (text, write) => write(`news-digest: ${oneLine(text.replace(/^error: /, ''))}\n`),
    });
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return commander.exitCodeOf(program);
  } catch (error) {
    const usage = commander?.commanderExitCode(error);
    if (usage !== undefined) return usage;
    if (isNewsDigestError(error)) {
      const where = error.input === null ? '' : `${sanitizeLine(error.input)}: `;
      errIO().err(`news-digest: ${where}${sanitizeLine(oneLine(error.message))}\n`);
      if (debug && error.cause instanceof Error) errIO().err(`${error.cause.stack ?? error.cause.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    errIO().err(`news-digest: internal error: ${sanitizeLine(oneLine(message))} (run with --debug for details)\n`);
    if (debug && error instanceof Error) errIO().err(`${error.stack ?? ''}\n`);
    return 1;
  }
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
