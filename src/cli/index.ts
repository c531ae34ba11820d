/** The executable entry: runs `main` on the process's arguments and sets the exit code. */
import { main } from './main.js';

// Piping into `head` closes stdout early: that is the reader being done, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.on('SIGINT', () => process.exit(130));

process.exitCode = await main(process.argv.slice(2));
