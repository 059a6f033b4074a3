// Runs the compiled engine (`npm run compile` first) over every real fixture under
// test/fixtures/real/ (or the folders given) and prints per-field accuracy and each mismatch.
// Usage: node scripts/measure-fixtures.mjs [DIR…] [--quiet] [--pending]
// --pending writes test/fixtures/real/pending.json (the fixtures not read right yet, with why).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const { scanText } = require(join(root, 'out/src/core/engine.js'));

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const writePending = args.includes('--pending');
const pending = {};
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) dirs.push(join(root, 'test/fixtures/real'));

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.txt') ? [p] : [];
  });
}

const FIELDS = ['provider', 'cause', 'status', 'model', 'userFrame'];
const right = Object.fromEntries(FIELDS.map((f) => [f, 0]));
let total = 0;
let fixturesOk = 0;
let fixtures = 0;
let falsePositives = 0;
let missed = 0;
const lines = [];

for (const dir of dirs) {
  for (const file of files(dir).sort()) {
    const text = readFileSync(file, 'utf8');
    const cut = text.indexOf('\n---\n');
    if (cut < 0) continue;
    const header = text.slice(0, cut);
    const body = text.slice(cut + 5);
    const expectLine = header.split('\n').find((l) => l.startsWith('expect:'));
    if (!expectLine) continue;
    const expected = JSON.parse(expectLine.slice('expect:'.length));
    const got = scanText(body, relative(root, file)).map((i) => ({
      provider: i.provider,
      cause: i.cause,
      status: i.status,
      model: i.model,
      userFrame: i.userFrame ? { file: i.userFrame.file, line: i.userFrame.line, function: i.userFrame.function } : null,
    }));
    fixtures++;
    const diffs = [];
    const n = Math.max(expected.length, got.length);
    for (let k = 0; k < n; k++) {
      const e = expected[k];
      const g = got[k];
      if (!e) {
        falsePositives++;
        diffs.push(`  extra incident ${JSON.stringify(g)}`);
        continue;
      }
      if (!g) {
        missed++;
        total += FIELDS.length;
        diffs.push(`  missed ${JSON.stringify(e)}`);
        continue;
      }
      total += FIELDS.length;
      for (const f of FIELDS) {
        if (JSON.stringify(e[f]) === JSON.stringify(g[f])) right[f]++;
        else diffs.push(`  #${k} ${f}: expected ${JSON.stringify(e[f])}, got ${JSON.stringify(g[f])}`);
      }
    }
    if (!diffs.length) fixturesOk++;
    else {
      lines.push(`${relative(root, file)}\n${diffs.join('\n')}`);
      const fields = [...new Set(diffs.map((d) => /^  #\d+ (\w+):/.exec(d)?.[1]).filter(Boolean))];
      const why = got.length !== expected.length ? `${got.length} of ${expected.length} incidents` : `differs: ${fields.join(', ')}`;
      pending[relative(join(root, 'test/fixtures/real'), file).split('\\').join('/')] = why;
    }
  }
}

if (!quiet) console.log(lines.join('\n'));
if (writePending) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(root, 'test/fixtures/real/pending.json'), `${JSON.stringify(pending, null, 2)}\n`);
}
const incidents = total / FIELDS.length;
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`\n${fixturesOk}/${fixtures} fixtures exact; ${incidents} expected incidents, ${missed} missed, ${falsePositives} extra`);
for (const f of FIELDS) console.log(`${f.padEnd(10)} ${pct(right[f], incidents)}%`);
const all = FIELDS.reduce((s, f) => s + right[f], 0);
console.log(`all fields ${pct(all, total)}%`);
