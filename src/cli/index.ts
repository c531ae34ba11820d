/** The executable entry of the sources (`npm run dev`): runs the CLI on the process's arguments. */
import { runCli } from './run-cli.js';

await runCli(process.argv.slice(2));
