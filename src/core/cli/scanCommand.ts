// Placeholder until the scan engine lands (issue 3).
import type { CliIo } from './main';

export async function scanCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr.write('ai-access-doctor scan: not built yet\n');
  return 2;
}
