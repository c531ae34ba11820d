/** The executable entry: runs `main` on the process's arguments and sets the exit code. */
import { main } from './main.js';

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

process.exitCode = await main(process.argv.slice(2));
