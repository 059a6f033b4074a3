// Writes a line to the test run's output (the runner echoes it): counts, latencies, artifacts.
import * as fs from 'node:fs';

export function report(line: string): void {
  const log = process.env.AAD_TEST_LOG;
  if (log) fs.appendFileSync(log, `    ${line}\n`);
  else console.log(`    ${line}`);
}
