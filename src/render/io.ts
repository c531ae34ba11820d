/**
 * Where output goes and how it may look, decided once per run (the `gh` iostreams idea).
 * Every render function takes an `IO`; tests build one with `testIO()` and read the buffers.
 */
export interface IO {
  /** Writes data (the answer) to stdout. */
  out(text: string): void;
  /** Writes messages (errors, notices) to stderr. */
  err(text: string): void;
  /** stdout is a terminal: human layout, tables, relative dates. */
  isTTY: boolean;
  /** Colour is on (a TTY, not NO_COLOR, not --no-color, not TERM=dumb; or FORCE_COLOR). */
  color: boolean;
  /** Columns to wrap to. */
  width: number;
  /** stdin is a terminal (so `-` or no input would wait on the keyboard). */
  stdinIsTTY: boolean;
}

/** Terminal facts `systemIO` reads from the environment; injectable for tests. */
export interface Terminal {
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  columns: number | undefined;
}

/** Width when stdout is not a terminal (pipes, files). */
export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;

/**
 * Decides colour: `--no-color` and `NO_COLOR` (any value) and `TERM=dumb` turn it off;
 * `FORCE_COLOR` (other than `0`/`false`) turns it on; otherwise on exactly when stdout is a TTY.
 */
export function decideColor(terminal: Pick<Terminal, 'env' | 'stdoutIsTTY'>, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const { env } = terminal;
  if (env.NO_COLOR !== undefined) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return terminal.stdoutIsTTY;
}

/** Width: `--width N`, else the terminal's columns, else 80. */
export function decideWidth(terminal: Pick<Terminal, 'stdoutIsTTY' | 'columns'>, flag: number | undefined): number {
  const width = flag ?? (terminal.stdoutIsTTY ? terminal.columns : undefined) ?? DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(width));
}

/** The process's real streams. */
export function systemIO(options: { color?: boolean | undefined; width?: number | undefined } = {}): IO {
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  const terminal: Omit<Terminal, 'stdinIsTTY'> = { env: process.env, stdoutIsTTY, columns: process.stdout.columns };
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    isTTY: stdoutIsTTY,
    color: decideColor(terminal, options.color),
    width: decideWidth(terminal, options.width),
    // Asked only when there is no input or it is `-`: opening stdin costs a few milliseconds
    // of start-up (a stream, and for a pipe the socket machinery) that a file input never needs.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
  };
}

/** An IO that records output, for tests. */
export function testIO(options: Partial<Pick<IO, 'isTTY' | 'color' | 'width' | 'stdinIsTTY'>> = {}): IO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    isTTY: options.isTTY ?? false,
    color: options.color ?? false,
    width: options.width ?? DEFAULT_WIDTH,
    stdinIsTTY: options.stdinIsTTY ?? false,
  };
  return io;
}
