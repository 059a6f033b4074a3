import * as assert from 'node:assert/strict';
import { adversarialOutput, benignOutput, bestOfInterleaved, chunks } from '../../../bench/output';
import { TraceEngine } from '../../../src/core/engine';

// Speed as ratios between inputs of the same size scanned in turns, never as a time: a
// backtracking pattern shows as long lines costing more than short ones of the same total.
function scan(data: readonly string[]): void {
  const e = new TraceEngine();
  for (const c of data) e.push('lin', c);
  e.end('lin');
}

/** The adversarial kinds with every line cut to `len` characters. */
function adversarialLines(len: number, size: number): string[] {
  const lines = adversarialOutput(size)
    .split('\n')
    .map((l) => l.slice(0, len));
  return chunks(lines.join('\n') + '\n', 4096);
}

describe('engine: linear per line', () => {
  it('scans 16 KB near-miss lines at the cost of 1 KB ones, byte for byte', function () {
    this.timeout(120_000);
    const size = 1024 * 1024;
    const long = adversarialLines(16 * 1024, size);
    // Same bytes in 1 KB lines: repeat each short line to the same total.
    const short = chunks(
      adversarialOutput(size)
        .split('\n')
        .map((l) => (l.length > 1024 ? `${l.slice(0, 1024)}\n`.repeat(Math.floor(l.length / 1024)) : `${l}\n`))
        .join(''),
      4096,
    );
    scan(short);
    const [tLong, tShort] = bestOfInterleaved(
      5,
      () => scan(long),
      () => scan(short),
    );
    assert.ok(tLong / tShort < 4, `16 KB lines cost ${(tLong / tShort).toFixed(1)}x 1 KB lines`);
  });

  it('scans adversarial output within a bounded multiple of benign output of the same size', function () {
    this.timeout(120_000);
    const size = 1024 * 1024;
    const bad = chunks(adversarialOutput(size), 4096);
    const good = chunks(benignOutput(size), 4096);
    const [tBad, tGood] = bestOfInterleaved(
      5,
      () => scan(bad),
      () => scan(good),
    );
    // Issue #11 measured 16 KB `at` lines at ~50x benign output before. Every line here is processed and
    // classified while benign output costs one pass, so a bounded multiple, not 1. The bound was 80x while
    // benign output cost ~1.8 ms a MiB (about 27x measured); scan/relevance.ts made it ~1.2 ms (about 40x,
    // adversarial unchanged at ~48 ms), so 120x keeps the same absolute allowance and margin.
    assert.ok(tBad / tGood < 120, `adversarial output costs ${(tBad / tGood).toFixed(1)}x benign output`);
  });
});
