// `npm run bench`, linearity: what a long line costs against the same bytes in short lines, and
// adversarial output against benign output, as ratios of times taken in turns in the same run.
// The unit suite checks the same workloads by counting backtracks (test/unit/*/linearity.test.ts);
// this times them, which a test must not. Exits 1 when a ratio is over its bound.
import { classifyTrace } from '../src/core/classify';
import { TraceEngine } from '../src/core/engine';
import type { ParsedTrace } from '../src/core/types';
import { adversarialLines, adversarialOutput, adversarialShortLines, benignOutput, bestOfInterleaved, chunks, nearMissMessages } from './output';

const MIB = 1024 * 1024;

function scan(data: readonly string[]): void {
  const engine = new TraceEngine();
  for (const c of data) engine.push('lin', c);
  engine.end('lin');
}

/** A parsed trace as the parsers hand one over: one exception whose block is its message. */
function parsed(message: string): ParsedTrace {
  const status = 403;
  return {
    language: 'python',
    errorClass: 'Error',
    status,
    message,
    body: `Error: ${message}`,
    frames: [],
    chain: [{ errorClass: 'Error', message, status, frames: [] }],
  };
}

interface Check {
  name: string;
  ratio: number;
  bound: number;
}

function checks(): Check[] {
  const long = chunks(adversarialLines(16 * 1024, MIB), 4096);
  const short = chunks(adversarialShortLines(MIB), 4096);
  scan(short);
  const [tLong, tShort] = bestOfInterleaved(
    5,
    () => scan(long),
    () => scan(short),
  );

  const bad = chunks(adversarialOutput(MIB), 4096);
  const good = chunks(benignOutput(MIB), 4096);
  const [tBad, tGood] = bestOfInterleaved(
    5,
    () => scan(bad),
    () => scan(good),
  );

  const longMessages = nearMissMessages(16 * 1024, 256 * 1024).map(parsed);
  const shortMessages = nearMissMessages(1024, 256 * 1024).map(parsed);
  const classifyAll = (ts: ParsedTrace[]) => () => {
    for (const t of ts) classifyTrace(t);
  };
  classifyAll(shortMessages)();
  const [cLong, cShort] = bestOfInterleaved(5, classifyAll(longMessages), classifyAll(shortMessages));

  return [
    { name: 'scan: 16 KB near-miss lines ÷ the same bytes in 1 KB lines', ratio: tLong / tShort, bound: 4 },
    // Every adversarial line is read and classified while benign output is mostly skipped by the
    // prefilter and the relevance look (about 40x measured), so a bounded multiple, not 1.
    { name: 'scan: adversarial 1 MiB ÷ benign 1 MiB', ratio: tBad / tGood, bound: 120 },
    { name: 'classify: 16 KB near-miss messages ÷ the same bytes in 1 KB ones', ratio: cLong / cShort, bound: 4 },
  ];
}

let failed = false;
for (const { name, ratio, bound } of checks()) {
  const ok = ratio < bound;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${ratio.toFixed(1)}x (bound ${bound}x)`);
}
process.exitCode = failed ? 1 : 0;
