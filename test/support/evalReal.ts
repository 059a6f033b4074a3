// `node out/test/support/evalReal.js [DIR…]`: how many real fixtures the engine reads right,
// per field, and which fields differ (for working on recognition; the unit test is the gate).
import { scanText } from '../../src/core/engine';
import { realFixtures, realSummary, type RealExpectation } from './realFixtures';

const FIELDS = ['provider', 'cause', 'status', 'model', 'userFrame'] as const;
const dirs = process.argv.slice(2);
let total = 0;
let exact = 0;
const right: Record<string, number> = {};
const verbose = process.env.VERBOSE === '1';
for (const dir of dirs) {
  for (const f of realFixtures(dir)) {
    total++;
    const got = scanText(f.text, f.name).map((i) => realSummary(i as unknown as RealExpectation));
    const same = JSON.stringify(got) === JSON.stringify(f.expect);
    if (same) exact++;
    const n = Math.max(got.length, f.expect.length, 1);
    const diffs: string[] = [];
    for (const k of FIELDS) {
      let ok = got.length === f.expect.length;
      for (let j = 0; j < n && ok; j++) ok = JSON.stringify(got[j]?.[k]) === JSON.stringify(f.expect[j]?.[k]);
      if (ok) right[k] = (right[k] ?? 0) + 1;
      else diffs.push(k);
    }
    if (!same)
      console.log(
        `${f.name}: ${got.length}/${f.expect.length} incidents; differs: ${diffs.join(',')}${verbose ? `\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(f.expect)}` : ''}`,
      );
  }
}
console.log(`${exact}/${total} exact; per field: ${FIELDS.map((k) => `${k} ${right[k] ?? 0}`).join(', ')}`);

// Parse side only: does some parsed block carry each expected user frame and status?
if (process.env.PARSE === '1') {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { StreamScanner } = require('../../src/core/scan/streamScanner') as typeof import('../../src/core/scan/streamScanner');
  const { parseBlock, innermostUserFrame } = require('../../src/core/parse') as typeof import('../../src/core/parse');
  let ok = 0;
  let n = 0;
  for (const dir of dirs) {
    for (const f of realFixtures(dir)) {
      if (!f.expect.length) continue;
      n++;
      const s = new StreamScanner();
      const blocks = [...s.push(f.text), ...s.flush()];
      const traces = blocks.map((b) => ({ b, t: parseBlock(b) }));
      const miss: string[] = [];
      for (const e of f.expect) {
        const hit = traces.some(
          ({ t }) =>
            t &&
            JSON.stringify(realSummary({ ...e, userFrame: innermostUserFrame(t.frames) }).userFrame) === JSON.stringify(e.userFrame) &&
            (e.status === null || t.status === e.status || (t.chain ?? []).some((c) => c.status === e.status)),
        );
        if (!hit) miss.push(`${e.status} ${JSON.stringify(e.userFrame)}`);
      }
      if (miss.length) {
        console.log(
          `PARSE ${f.name}: ${blocks.length} blocks [${traces.map(({ b, t }) => `${b.layout}:${t ? `${t.errorClass}/${t.status}/${t.frames.length}f/${JSON.stringify(innermostUserFrame(t.frames))}` : 'null'}`).join(' | ')}] want ${miss.join('; ')}`,
        );
      } else ok++;
    }
  }
  console.log(`parse side: ${ok}/${n} fixtures have a block with the expected user frame and status`);
}

// Writes the list of fixtures not read right (test/fixtures/real/pending.json) with the fields that differ.
if (process.env.WRITE_PENDING) {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require('node:fs') as typeof import('node:fs');
  const list: Record<string, string> = {};
  for (const dir of dirs) {
    for (const f of realFixtures(dir)) {
      const got = scanText(f.text, f.name).map((i) => realSummary(i as unknown as RealExpectation));
      if (JSON.stringify(got) === JSON.stringify(f.expect)) continue;
      const diffs = FIELDS.filter((k) => got.length !== f.expect.length || got.some((g, j) => JSON.stringify(g[k]) !== JSON.stringify(f.expect[j][k])));
      list[f.name] = got.length !== f.expect.length ? `${got.length} of ${f.expect.length} incidents` : `differs: ${diffs.join(', ')}`;
    }
  }
  fs.writeFileSync(process.env.WRITE_PENDING, JSON.stringify(list, null, 2) + '\n');
  console.log(`${Object.keys(list).length} pending written to ${process.env.WRITE_PENDING}`);
}
