// Run by the linearity tests in a child Node with V8's fallback on excessive backtracking on and
// traced (see `backtrackCounts` in backtracks.ts): one workload per argument, each after a marker
// line, so the trace lines V8 prints under a marker belong to that workload.
import { adversarialLines, chunks, nearMissMessages } from '../../bench/output';
import { classifyTrace } from '../../src/core/classify';
import { TraceEngine } from '../../src/core/engine';

const WORKLOADS: Record<string, () => void> = {
  // A nested quantifier over a run it cannot end: exponential in the run, the attempt the trace must show.
  control: () => void /(a+)+b/.test('a'.repeat(40)),
  // The adversarial kinds in 16 KB lines, streamed through the engine in terminal-sized chunks.
  scan: () => {
    const engine = new TraceEngine();
    for (const c of chunks(adversarialLines(16 * 1024, 1024 * 1024), 4096)) engine.push('probe', c);
    engine.end('probe');
  },
  // Classification of 16 KB near-miss messages, each one exception whose block is its message.
  classify: () => {
    for (const message of nearMissMessages(16 * 1024, 256 * 1024)) {
      const status = 403;
      const errorClass = 'Error';
      classifyTrace({
        language: 'python',
        errorClass,
        status,
        message,
        body: `${errorClass}: ${message}`,
        frames: [],
        chain: [{ errorClass, message, status, frames: [] }],
      });
    }
  },
};

for (const name of process.argv.slice(2)) {
  process.stdout.write(`== ${name}\n`);
  WORKLOADS[name]();
}
