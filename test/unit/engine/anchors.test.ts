import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { benignOutput } from '../../../bench/output';
import { ANCHOR_PHRASES } from '../../../src/core/parse/layouts/reportPhrases';
import { ANCHOR_LITERALS, firstAnchorAcross, nextAnchor, precomputedTables, SEARCHED_ANCHORS } from '../../../src/core/scan/anchors';
import { ANCHOR_TABLES } from '../../../src/core/scan/anchorTables';
import { BLOCK, fingerprintOf, LiteralPrefilter, prefilterTables } from '../../../src/core/scan/literalPrefilter';

// The prefilter (literalPrefilter.wat) may only skip text: with it, `nextAnchor` must give the
// pattern's own answer from every offset of every kind of text.
const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(txt|log|json|md)$/.test(e.name) ? [p] : [];
  });
}

/** Seeded 32-bit LCG. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Every anchor at or after `from`, as the pattern alone finds them one after another. */
function allAnchors(text: string, usePrefilter: boolean): number[] {
  const out: number[] = [];
  for (let at = nextAnchor(text, 0, usePrefilter); at >= 0; at = nextAnchor(text, at + 1, usePrefilter)) out.push(at);
  return out;
}

describe('anchor prefilter', () => {
  it('runs as WebAssembly here (the fallback is the pattern alone)', () => {
    const filter = LiteralPrefilter.create(ANCHOR_LITERALS);
    assert.ok(filter, 'WebAssembly SIMD is available in Node');
    // Positive control for the skipping: an anchor is found in its block, benign text has no candidate.
    filter.load('x'.repeat(40) + 'TypeError: boom' + 'x'.repeat(40));
    assert.equal(filter.next(0), 32);
    filter.load(benignOutput(8 * 1024).replace(/Error/g, 'Err0r'));
    assert.equal(filter.next(0), -1);
  });

  it('gives the anchors whose comments say so a fingerprint another anchor already has (they let no more blocks through)', () => {
    const others = (literal: string): Set<string> => new Set(ANCHOR_LITERALS.filter((a) => a !== literal).map(fingerprintOf));
    for (const literal of ['access to it', 'sure to authenticate.', 'Unauthenticated"', 'permission to use it', 'https://chatgpt.com/backend-api'])
      assert.ok(others(literal).has(fingerprintOf(literal)), literal);
    // Control: a word whose fingerprint no anchor has.
    assert.ok(!others('Invalid username').has(fingerprintOf('Invalid username')));
  });

  it('lets almost no block of a MiB of benign output through (fingerprints of anchors merged apart can mix)', () => {
    const filter = LiteralPrefilter.create(ANCHOR_LITERALS);
    assert.ok(filter);
    const text = benignOutput(1024 * 1024).replace(/Error/g, 'Err0r');
    filter.load(text);
    let passed = 0;
    for (let b = filter.next(0); b >= 0; b = filter.next(b + BLOCK)) passed++;
    // Of 65536 blocks. Two anchors whose fingerprints shared a bucket once let 2000 through.
    assert.ok(passed <= 16, `${passed} benign blocks passed`);
    // Positive control: with an anchor sown every 4 KiB, each of those blocks passes.
    const sown = text.replace(/(.{4096})/gs, (chunk, _c, at: number) => chunk + ANCHOR_LITERALS[(at / 4096) % ANCHOR_LITERALS.length]);
    filter.load(sown);
    let seeded = 0;
    for (let b = filter.next(0); b >= 0; b = filter.next(b + BLOCK)) seeded++;
    assert.ok(seeded >= 256, `only ${seeded} blocks with an anchor passed`);
  });

  it('finds every anchor the pattern finds, at the same offsets, in every fixture', () => {
    let anchors = 0;
    for (const file of filesUnder(FIXTURES)) {
      const text = fs.readFileSync(file, 'utf8');
      const exact = allAnchors(text, false);
      assert.deepEqual(allAnchors(text, true), exact, file);
      anchors += exact.length;
    }
    assert.ok(anchors > 1000, `only ${anchors} anchors in the fixtures`);
  });

  it('agrees with the pattern on anchors cut at every block boundary, next to non-ASCII look-alikes', () => {
    const r = rng(7);
    // U+0145 and U+0165 narrow to bytes that are not 'E' or 'e' (the module saturates, it does not truncate).
    const noise = ['a', ' ', '\n', '"', ':', 'Ņ', 'ť', '✔', 'r', 'o', 'E', 'rro', 'erro', '0 errors', '\u{1F600}'];
    let anchors = 0;
    for (let n = 0; n < 300; n++) {
      let text = '';
      while (text.length < 200 + n * 7) {
        text += r() < 0.08 ? SEARCHED_ANCHORS[Math.floor(r() * SEARCHED_ANCHORS.length)] : noise[Math.floor(r() * noise.length)];
      }
      for (const from of [0, 1, 15, 16, 17, 33, Math.floor(r() * text.length)]) {
        const exact = nextAnchor(text, from, false);
        assert.equal(nextAnchor(text, from, true), exact, JSON.stringify({ text, from }));
        if (exact >= 0) anchors++;
      }
    }
    for (const literal of SEARCHED_ANCHORS) {
      for (let pad = 0; pad <= 2 * BLOCK; pad++) {
        const text = '✔'.repeat(pad) + literal + ' tail';
        assert.equal(nextAnchor(text, 0, true), pad, JSON.stringify(text));
      }
    }
    assert.ok(anchors > 1000, `only ${anchors} anchors found`);
  });

  it('finds an anchor cut short for its fingerprint only inside its whole phrase (prose holding the cut is no anchor)', () => {
    const cuts = Object.entries(ANCHOR_PHRASES);
    assert.ok(cuts.length > 0);
    for (const [cut, phrases] of cuts) {
      assert.ok(ANCHOR_LITERALS.includes(cut), cut);
      for (const phrase of phrases) assert.ok(phrase.includes(cut), `${phrase} holds ${cut}`);
    }
    const prose =
      '✔ The new dashboard is available to all users in the beta channel; telemetry has been disabled; retries are cheap to perform again; set `gpt-9-acme` as the default; I now have access to gemini-9-acme too.\n'.repeat(
        40,
      );
    assert.equal(nextAnchor(prose, 0, true), -1);
    assert.equal(nextAnchor(prose, 0, false), -1);
    // Control: the sentence the cut was made for, at every offset a block can put it.
    const sentence = 'This model models/acme-1-flash is no longer available to new users. Please update your code.';
    for (let pad = 0; pad <= 2 * BLOCK; pad++) {
      const text = prose.slice(0, 70 + pad) + sentence;
      assert.equal(nextAnchor(text, 0, true), text.indexOf('is no longer'), JSON.stringify(text));
      const refusal = prose.slice(0, 70 + pad) + 'API Error: 400 This organization has been disabled.';
      assert.equal(nextAnchor(refusal, 0, true), refusal.indexOf('Error'), JSON.stringify(refusal));
      const quoted = prose.slice(0, 70 + pad) + 'This organization has been disabled.';
      assert.equal(nextAnchor(quoted, 0, true), quoted.indexOf('organization'), JSON.stringify(quoted));
      const rbac =
        prose.slice(0, 70 + pad) + 'The principal `0000` lacks the required data action `Acme/agents/read` to perform `GET /api/projects` operation.';
      assert.equal(nextAnchor(rbac, 0, true), rbac.indexOf('` to perform'), JSON.stringify(rbac));
      const refusedId = prose.slice(0, 70 + pad) + '404 The model `gpt-9-acme` does not exist or you do not have access to it.';
      assert.equal(nextAnchor(refusedId, 0, true), refusedId.indexOf('model `gpt-'), JSON.stringify(refusedId));
      const noAccess = prose.slice(0, 70 + pad) + "It seems like you don't have access to gemini-9-acme.";
      assert.equal(nextAnchor(noAccess, 0, true), noAccess.indexOf("don't have"), JSON.stringify(noAccess));
    }
  });

  it('finds an anchor cut between the end of one chunk and the next, where the pattern over both finds it', () => {
    let cut = 0;
    for (const literal of SEARCHED_ANCHORS) {
      for (let k = 0; k <= literal.length; k++) {
        for (const pad of ['', 'x'.repeat(13), '✔ '.repeat(9)]) {
          const before = pad + literal.slice(0, k);
          const text = literal.slice(k) + ' and more ' + pad;
          const exact = firstAnchorAcross(before, text, false);
          assert.equal(firstAnchorAcross(before, text, true), exact, JSON.stringify({ before, text }));
          assert.equal(exact, -k || 0);
          if (k > 0 && k < literal.length) cut++;
        }
      }
    }
    assert.ok(cut > 300);
    assert.equal(firstAnchorAcross('build ok ', 'and done', true), null);
  });

  it('reads texts longer than its first memory (it grows) and skips what benign output holds', () => {
    const long = benignOutput(300 * 1024) + 'openai.PermissionDeniedError: Error code: 403';
    assert.equal(nextAnchor(long, 0, true), nextAnchor(long, 0, false));
    assert.ok(nextAnchor(long, 0, true) > 300 * 1024);
  });

  it('puts every literal in a bucket through its fingerprint, and rejects literals it cannot hold', () => {
    const { buckets } = prefilterTables(ANCHOR_LITERALS);
    assert.equal(buckets.length, 8);
    const fingerprints = buckets.flat();
    for (const literal of ANCHOR_LITERALS)
      assert.ok(
        fingerprints.some((f) => literal.includes(f)),
        literal,
      );
    // A fingerprint never holds the pairs JSON lines are made of (`":"`): it would pass every record.
    const [json] = prefilterTables(['"title":"Unauthenticated"']).buckets.flat();
    assert.ok(!/":|:"/.test(json) && '"title":"Unauthenticated"'.includes(json), json);
    assert.throws(() => prefilterTables(['Err\u00e9ur']), /printable ASCII/);
    assert.throws(() => prefilterTables(['ab']), /printable ASCII/);
  });

  it('groups the fingerprints the same whatever the order of the anchors', function () {
    // Seconds of work over every anchor or fixture; a busy machine can take over the default 20 s.
    this.timeout(120_000);
    const tables = (literals: readonly string[]) => [...prefilterTables(literals).tables];
    const asListed = tables(ANCHOR_LITERALS);
    assert.deepEqual(tables([...ANCHOR_LITERALS].reverse()), asListed);
    // Control: other words give other tables.
    assert.notDeepEqual(tables([...ANCHOR_LITERALS, 'Zq~X']), asListed);
  });

  it('the committed anchor tables are the ones the anchors give (else run npm run build:anchor-tables)', () => {
    const [committed] = precomputedTables();
    assert.ok(committed, 'anchorTables.ts was built for another anchor list: run npm run build:anchor-tables');
    assert.deepEqual([...committed], [...prefilterTables(ANCHOR_LITERALS).tables]);
    // Control: for a list they were not built for, none are offered (the scanner computes its own).
    const saved = ANCHOR_TABLES.literals;
    ANCHOR_TABLES.literals = JSON.stringify([...ANCHOR_LITERALS, 'Extra anchor']);
    try {
      assert.deepEqual(precomputedTables(), []);
    } finally {
      ANCHOR_TABLES.literals = saved;
    }
  });

  it('the committed module is the one literalPrefilter.wat assembles to', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-wasm.mjs'), '--check'], { encoding: 'utf8' });
    assert.match(out, /matches/);
  });
});
