import { UsageError } from '../../errors.js';
import type { CommandContext } from '../context.js';

// Placeholder until the sections command lands (see the open issue); the command is registered in main.ts.
export async function runSections(_inputs: string[], _options: Record<string, unknown>, _context: CommandContext): Promise<number> {
  throw new UsageError('the sections command is not built yet');
}
