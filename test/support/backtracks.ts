import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The regular expressions that backtracked more than `limit` times in one match attempt while
 * each workload of `backtrackProbe.ts` ran, by workload: a count of work done, not a time. V8
 * moves such an attempt to its linear engine and, traced, names the expression. It can do so only
 * for expressions that engine runs: one with a lookaround or a back-reference keeps backtracking
 * unseen here, and so does an expression that is linear per attempt but tried from
 * every position of a long line (the benchmark's times cover those: `npm run bench`).
 */
export function backtrackCounts(limit: number, workloads: string[]): Map<string, string[]> {
  const out = execFileSync(
    process.execPath,
    [
      '--enable-experimental-regexp-engine-on-excessive-backtracks',
      `--regexp-backtracks-before-fallback=${limit}`,
      '--trace-experimental-regexp-engine',
      path.join(__dirname, 'backtrackProbe.js'),
      ...workloads,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const found = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of out.split('\n')) {
    const marker = /^== (\w+)$/.exec(line);
    if (marker) found.set(marker[1], (current = []));
    else if (current && line.startsWith('Experimental execution')) current.push(/<String\[\d+\]: #(.*)>$/.exec(line)?.[1] ?? line);
  }
  return found;
}
