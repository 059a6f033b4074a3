// `npm run bench`: the trace scanner over >= 64 MiB of realistic benign terminal output (build
// logs, test runs, JSON logs, ANSI colour) in terminal-sized chunks, against a baseline in the
// same run: String.prototype.indexOf of one fixed word over the same chunks. Also reports the
// peak bytes buffered for a 100 MB stream without a newline.
import { TraceEngine } from '../src/core/engine';
import { benignOutput, chunks } from './output';

const TOTAL = 64 * 1024 * 1024;
const CHUNK = 4096;

function bestOf(runs: number, f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}

function main(): void {
  const text = benignOutput(TOTAL);
  const data = chunks(text, CHUNK);
  const mb = text.length / 1e6;
  let found = 0;
  let hits = 0;

  const scanSeconds = bestOf(5, () => {
    const engine = new TraceEngine();
    for (const c of data) found += engine.push('bench', c).length;
    found += engine.end('bench').length;
  });
  const baseSeconds = bestOf(5, () => {
    for (const c of data) if (c.indexOf('Traceback') >= 0) hits++;
  });

  // 100 MB without a newline, 64 KiB chunks.
  const engine = new TraceEngine();
  const piece = 'a'.repeat(32 * 1024) + 'Error ' + 'b'.repeat(32 * 1024 - 6);
  let peak = 0;
  for (let sent = 0; sent < 100e6; sent += piece.length) {
    engine.push('long', piece);
    peak = Math.max(peak, engine.bufferedBytes('long'));
  }
  engine.end('long');

  const x = mb / scanSeconds;
  const y = mb / baseSeconds;
  console.log(`input: ${mb.toFixed(1)} MB of benign output in ${data.length} chunks of ${CHUNK} chars; incidents found: ${found}; baseline hits: ${hits}`);
  console.log(`peak buffered bytes for a 100 MB newline-free stream: ${peak} (limit ${256 * 1024})`);
  console.log(`scan throughput: ${x.toFixed(1)} MB/s, indexOf baseline: ${y.toFixed(1)} MB/s, ratio: ${(x / y).toFixed(2)}`);
}

main();
