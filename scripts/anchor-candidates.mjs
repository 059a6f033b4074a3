// `npm run compile && node scripts/anchor-candidates.mjs "<a sentence the scanner misses>"`: which
// part of the sentence could be a prefilter anchor, and what each costs. The prefilter keeps one
// 4-character fingerprint per anchor, so every part with the same fingerprint costs the same; this
// prints, per fingerprint, the shortest part that has it and the benign blocks a MiB the anchors
// test would count with it added (limit 16). A fingerprint another anchor already has is marked
// `shared`: the prefilter lets no more blocks through, bench or real output. Parts are at least
// MIN characters: the anchor itself is then matched in each block that passes, and a short one
// (` to `) would match ordinary prose.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { LiteralPrefilter, BLOCK, fingerprintOf, prefilterTables } = require('../out/src/core/scan/literalPrefilter.js');
const { ANCHOR_LITERALS } = require('../out/src/core/scan/anchors.js');
const { benignOutput } = require('../out/bench/output.js');

const sentence = process.argv[2];
if (!sentence) {
  console.error('usage: node scripts/anchor-candidates.mjs "<sentence>"');
  process.exit(2);
}
// The anchors test's text: a MiB of the bench's benign output, its `Error` words spelled apart.
const text = benignOutput(1024 * 1024).replace(/Error/g, 'Err0r');
const passed = (literals) => {
  const filter = LiteralPrefilter.create(literals);
  filter.load(text);
  let n = 0;
  for (let b = filter.next(0); b >= 0; b = filter.next(b + BLOCK)) n++;
  return n;
};
const existing = new Set(prefilterTables(ANCHOR_LITERALS).buckets.flat());

const MIN = 10;
const shortest = new Map();
for (let from = 0; from < sentence.length; from++) {
  for (let to = from + Math.min(MIN, sentence.length); to <= Math.min(sentence.length, from + 31); to++) {
    const part = sentence.slice(from, to);
    if (!/^[\x20-\x7e]+$/.test(part)) continue;
    const f = fingerprintOf(part);
    if (!shortest.has(f) || part.length < shortest.get(f).length) shortest.set(f, part);
  }
}
const rows = [...shortest].map(([f, part]) => ({ f, part, blocks: existing.has(f) ? null : passed([...ANCHOR_LITERALS, part]) }));
rows.sort((a, b) => (a.blocks ?? -1) - (b.blocks ?? -1) || a.part.length - b.part.length);
console.log(`now: ${passed(ANCHOR_LITERALS)} benign blocks a MiB (limit 16)`);
for (const { f, part, blocks } of rows) console.log(`${JSON.stringify(f)}\t${blocks === null ? 'shared' : blocks}\t${JSON.stringify(part)}`);
