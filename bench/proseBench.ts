// `npm run bench`, prose: the scanner over real English written by many hands (the Markdown and the
// .d.ts doc comments of the installed packages), against indexOf over the same chunks. The synthetic
// output of scanBench never says `available to` or `to perform`; prose does, and a report anchor made
// of such words makes every line holding it a report to read (once 17x slower on `available to`).
// Exits 1 when a report anchor is found on more than MAX_LINES_PER_MIB lines of prose a MiB.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TraceEngine } from '../src/core/engine';
import { ANCHOR_PHRASES, REPORT_ANCHORS } from '../src/core/parse/layouts/reportPhrases';
import { bestOfInterleaved, chunks } from './output';

const MAX_BYTES = 16 * 1024 * 1024;
const MAX_LINES_PER_MIB = 4;

function files(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else if (/\.md$|\.d\.ts$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** A file's prose: Markdown whole, a declaration file's comment lines that hold words. */
function proseOf(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (!file.endsWith('.d.ts')) return lines;
  return lines.flatMap((l) => {
    const m = /^\s*(?:\/\/\/?|\/?\*+)\s?(.*)$/.exec(l);
    return m && /[a-z]{3,} [a-z]{3,}/.test(m[1]) ? [m[1]] : [];
  });
}

function main(): void {
  const root = path.resolve(__dirname, '../../node_modules');
  const lines: string[] = [];
  let bytes = 0;
  let read = 0;
  for (const f of files(root)) {
    if (bytes >= MAX_BYTES) break;
    read++;
    for (const l of proseOf(f)) {
      lines.push(l);
      bytes += l.length + 1;
    }
  }
  const text = lines.join('\n');
  const mib = text.length / (1024 * 1024);
  const data = chunks(text, 4096);
  let found = 0;
  let hits = 0;
  const [scanSeconds, baseSeconds] = bestOfInterleaved(
    5,
    () => {
      const engine = new TraceEngine();
      found = 0;
      for (const c of data) found += engine.push('prose', c).length;
      found += engine.end('prose').length;
    },
    () => {
      for (const c of data) if (c.indexOf('Traceback') >= 0) hits++;
    },
  );
  console.log(`prose: ${mib.toFixed(1)} MiB from ${read} files (node_modules' Markdown and .d.ts comments); incidents found: ${found}; baseline hits: ${hits}`);
  console.log(
    `scan over prose: ${(scanSeconds * 1000).toFixed(0)} ms, indexOf: ${(baseSeconds * 1000).toFixed(1)} ms, ratio: ${(baseSeconds / scanSeconds).toFixed(3)}`,
  );

  const perMib = [...new Set(REPORT_ANCHORS)]
    .map((a): [string, number] => {
      const phrases = ANCHOR_PHRASES[a] ?? [a];
      return [a, lines.filter((l) => phrases.some((p) => l.includes(p))).length / mib];
    })
    .sort((x, y) => y[1] - x[1]);
  const top = perMib.slice(0, 6).map(([a, n]) => `${JSON.stringify(a)} ${n.toFixed(2)}`);
  console.log(`report anchors in prose, lines a MiB (bound ${MAX_LINES_PER_MIB}): ${top.join(', ')}`);
  const over = perMib.filter(([, n]) => n > MAX_LINES_PER_MIB);
  if (over.length) {
    console.error(`over the bound: ${over.map(([a]) => JSON.stringify(a)).join(', ')} (cut it to a rarer phrase, or list its phrases in ANCHOR_PHRASES)`);
    process.exitCode = 1;
  }
}

main();
