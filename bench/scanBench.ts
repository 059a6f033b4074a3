// `npm run bench`: the trace scanner over >= 64 MiB of realistic benign terminal output (build
// logs, test runs, JSON logs, ANSI colour) in terminal-sized chunks, against a baseline in the
// same run: String.prototype.indexOf of one fixed word over the same chunks. Also reports the
// peak bytes buffered for a 100 MB stream without a newline.
import { TraceEngine } from '../src/core/engine';
import { ANCHOR_LITERALS } from '../src/core/scan/anchors';
import { LiteralPrefilter } from '../src/core/scan/literalPrefilter';
import { hasAnchor } from '../src/core/scan/streamScanner';
import { adversarialOutput, benignOutput, bestOfInterleaved, chunks } from './output';

const TOTAL = 64 * 1024 * 1024;
const CHUNK = 4096;

function scan(data: readonly string[]): number {
  const engine = new TraceEngine();
  let found = 0;
  for (const c of data) found += engine.push('bench', c).length;
  return found + engine.end('bench').length;
}

function main(): void {
  const text = benignOutput(TOTAL);
  const data = chunks(text, CHUNK);
  const mb = text.length / 1e6;
  let found = 0;
  let hits = 0;

  const [scanSeconds, baseSeconds] = bestOfInterleaved(
    7,
    () => {
      found = scan(data);
    },
    () => {
      for (const c of data) if (c.indexOf('Traceback') >= 0) hits++;
    },
  );

  // The chunk test alone (the anchor pattern over each chunk): the most the scanner can reach.
  let anchored = 0;
  const [testSeconds, testBaseSeconds] = bestOfInterleaved(
    7,
    () => {
      anchored = 0;
      for (const c of data) if (hasAnchor(c)) anchored++;
    },
    () => {
      for (const c of data) if (c.indexOf('Traceback') >= 0) hits++;
    },
  );

  // Adversarial lines against benign output of the same size (1 MiB each).
  const bad = chunks(adversarialOutput(1024 * 1024), CHUNK);
  const good = chunks(benignOutput(1024 * 1024), CHUNK);
  const [badSeconds, goodSeconds] = bestOfInterleaved(
    7,
    () => scan(bad),
    () => scan(good),
  );

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
  console.log(
    `adversarial 1 MiB (16 KB near-miss lines): ${(badSeconds * 1000).toFixed(1)} ms, benign 1 MiB: ${(goodSeconds * 1000).toFixed(1)} ms, ratio: ${(badSeconds / goodSeconds).toFixed(1)}`,
  );
  const prefilter = LiteralPrefilter.create(ANCHOR_LITERALS) ? 'WebAssembly SIMD prefilter' : 'anchor pattern only (no WebAssembly SIMD)';
  console.log(
    `anchor test alone (the ceiling, ${prefilter}): ratio ${(testBaseSeconds / testSeconds).toFixed(2)}; chunks with an anchor: ${anchored} of ${data.length}`,
  );
  console.log(`scan throughput: ${x.toFixed(1)} MB/s, indexOf baseline: ${y.toFixed(1)} MB/s, ratio: ${(x / y).toFixed(2)} (scanner MB/s ÷ indexOf MB/s)`);
}

main();
