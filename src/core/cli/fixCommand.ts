// Placeholder until the fix builders land (issue 5).
import type { CliIo } from './main';

export async function fixCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr.write('ai-access-doctor fix: not built yet\n');
  return 2;
}
