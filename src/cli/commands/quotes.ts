import { UsageError } from '../../errors.js';
import type { CommandContext } from '../context.js';

// Placeholder until the quotes command lands (see the open issue); the command is registered in main.ts.
export async function runQuotes(_inputs: string[], _options: Record<string, unknown>, _context: CommandContext): Promise<number> {
  throw new UsageError('the quotes command is not built yet');
}
