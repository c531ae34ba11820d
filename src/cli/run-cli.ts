/**
 * The CLI as a process runs it. The entry of the CommonJS bundle that bin/news-digest.js loads
 * with a V8 code cache (see scripts/build.mjs); `main` is exported for the build's warm-up run.
 */
import { main } from './main.js';

export { main };

/** Runs `main` on `argv` (the arguments after the script) and sets `process.exitCode`. */
export async function runCli(argv: string[]): Promise<void> {
  // Piping into `head` closes stdout early: that is the reader being done, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // Ctrl-C: no SIGINT listener on purpose. A listener runs only between chunks of work, so a long
  // article made Ctrl-C wait until it was done; the default action ends the process at once,
  // silently, and the shell reports 130 (128 + SIGINT).
  process.exitCode = await main(argv);
}
