// Where a set of literals may occur in a text, at SIMD speed: the Teddy module in
// literalPrefilter.wat, with its tables built here from the literals. A scan answers with blocks
// of 16 characters that may hold a literal; the caller checks each with its exact pattern. Every
// real occurrence is in some answered block; most benign blocks are not (the fingerprints are
// chosen and grouped so that common text rarely passes).
import { COMMON_FOUR_GRAMS } from './commonFourGrams';
import { LITERAL_PREFILTER_WASM } from './literalPrefilterWasm';

/** Characters per block: a candidate says "one of these 16 may end a fingerprint". */
export const BLOCK = 16;
const FINGERPRINT = 4;
const BUCKETS = 8;
/** Where the text starts in the module's memory, in bytes (the tables sit below it). */
const TEXT_AT = 1024;
/** Bytes after the text the module reads (and zeroes first): the last block's second load. */
const PAD = 32;
const PAGE = 64 * 1024;

/**
 * How rare a character is in terminal output, roughly: lowercase letters are everywhere, spaces,
 * digits and common punctuation less, capitals and other symbols least. Only used to choose
 * fingerprints and group them.
 */
function rarity(c: string): number {
  if (c >= 'a' && c <= 'z') return 'jkqvwxyz'.includes(c) ? 2 : 0;
  if (c === ' ') return 0.5;
  if ((c >= '0' && c <= '9') || `"':()[],.=/-`.includes(c)) return 1;
  return 3;
}

/** Pairs JSON and log lines are made of (`":"`, `", "`, `: `): a fingerprint holding one passes them all. */
const COMMON_PAIRS = ['":', ':"', '",', ',"', "':", ":'", "',", ",'", ': ', ', ', '="', "='", '//'];

/** The rarest run of FINGERPRINT characters in `literal` (the first of equals). */
export function fingerprintOf(literal: string): string {
  let best = -Infinity;
  let at = 0;
  for (let i = 0; i + FINGERPRINT <= literal.length; i++) {
    let score = 0;
    for (let j = 0; j < FINGERPRINT; j++) score += rarity(literal[i + j]);
    const window = literal.slice(i, i + FINGERPRINT);
    for (const pair of COMMON_PAIRS) if (window.includes(pair)) score -= 3;
    if (score > best) {
      best = score;
      at = i;
    }
  }
  return literal.slice(at, at + FINGERPRINT);
}

/** 4^-rarity of each ASCII character: the weight of letting it through. */
const WEIGHT = Array.from({ length: 128 }, (_, c) => Math.pow(4, -rarity(String.fromCharCode(c))));

/** The nibbles a bucket's fingerprints use at each position, as bit sets: [lows, highs] per position. */
type Nibbles = number[];

function nibblesOf(bucket: readonly string[]): Nibbles {
  const n: Nibbles = new Array<number>(2 * FINGERPRINT).fill(0);
  for (const f of bucket) {
    for (let j = 0; j < FINGERPRINT; j++) {
      n[2 * j] |= 1 << (f.charCodeAt(j) & 15);
      n[2 * j + 1] |= 1 << (f.charCodeAt(j) >> 4);
    }
  }
  return n;
}

/**
 * What a bucket lets through besides its own fingerprints: a bucket passes every combination of
 * its nibbles at each position, each weighted by how common it is (so a run of lowercase letters
 * weighs most). The weights multiply, so the sum is a product over positions (0 for an empty
 * bucket). `extra`: with one more fingerprint.
 */
function leakage(n: Nibbles, extra?: string): number {
  return mixedLeakage(n, extra) + COMMON_PENALTY * commonPassed(n, extra);
}

/**
 * A bucket mixes its fingerprints' nibbles, so it may pass a run none of them is (`` ` do``,
 * `` `gpt`` and ` Mod` together pass ` mod`, which every build log prints). The weights below
 * treat positions as independent; the runs terminal output and prose are made of
 * (`commonFourGrams.ts`) are counted apart, each as if it were everywhere.
 */
const COMMON_PENALTY = 1e6;
const COMMON_CODES = COMMON_FOUR_GRAMS.map((gram) => Array.from(gram, (c) => c.charCodeAt(0)));

/** How many common runs a bucket (with `extra`) lets through. */
function commonPassed(n: Nibbles, extra?: string): number {
  let passed = 0;
  for (const codes of COMMON_CODES) {
    let through = true;
    for (let j = 0; j < FINGERPRINT && through; j++) {
      let lows = n[2 * j];
      let highs = n[2 * j + 1];
      if (extra !== undefined) {
        lows |= 1 << (extra.charCodeAt(j) & 15);
        highs |= 1 << (extra.charCodeAt(j) >> 4);
      }
      through = ((lows >> (codes[j] & 15)) & 1) === 1 && ((highs >> (codes[j] >> 4)) & 1) === 1;
    }
    if (through) passed++;
  }
  return passed;
}

/** Every combination of a bucket's nibbles, weighted by how common its characters are. */
function mixedLeakage(n: Nibbles, extra?: string): number {
  let weight = 1;
  for (let j = 0; j < FINGERPRINT; j++) {
    let lows = n[2 * j];
    let highs = n[2 * j + 1];
    if (extra !== undefined) {
      lows |= 1 << (extra.charCodeAt(j) & 15);
      highs |= 1 << (extra.charCodeAt(j) >> 4);
    }
    let sum = 0;
    // Set bits only (a bucket uses a few nibbles): `x & -x` is the lowest one.
    for (let hs = highs; hs !== 0; hs &= hs - 1) {
      const h = 31 - Math.clz32(hs & -hs);
      for (let ls = lows; ls !== 0; ls &= ls - 1) sum += WEIGHT[h * 16 + 31 - Math.clz32(ls & -ls)];
    }
    weight *= sum;
  }
  return weight;
}

/** Orders the greedy grouping starts from: its result depends on the order (one start may let thousands of benign blocks through where another lets none). */
const STARTS = 12;

/**
 * Fingerprints grouped into buckets, the least leaking of several starts: the fingerprints sorted,
 * then in seeded shuffles of that order (so where a word sits in the anchor list does not matter).
 */
function bucketsOf(fingerprints: readonly string[]): string[][] {
  const sorted = [...fingerprints].sort();
  let best: string[][] = [];
  let least = Infinity;
  for (let start = 0; start < STARTS; start++) {
    const buckets = greedyBuckets(start === 0 ? sorted : shuffled(sorted, start));
    const total = buckets.reduce((sum, b) => sum + leakage(nibblesOf(b)), 0);
    if (total < least) [best, least] = [buckets, total];
  }
  return best;
}

/** `items` in a seeded order (Fisher-Yates over a 32-bit LCG): the same seed, the same order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = (s >>> 8) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Fingerprints grouped into buckets in the given order: each placed where it leaks least, then moved while that helps. */
function greedyBuckets(fingerprints: readonly string[]): string[][] {
  const buckets: string[][] = Array.from({ length: BUCKETS }, () => []);
  const nibbles = buckets.map(nibblesOf);
  const place = (f: string, to: number): void => {
    buckets[to].push(f);
    nibbles[to] = nibblesOf(buckets[to]);
  };
  /** The bucket other than `skip` where `f` adds least, if that is below `limit`; else -1. */
  const cheapest = (f: string, skip: number, limit: number): number => {
    let best = -1;
    for (let i = 0; i < BUCKETS; i++) {
      if (i === skip) continue;
      const added = leakage(nibbles[i], f) - leakage(nibbles[i]);
      if (added < limit) [best, limit] = [i, added];
    }
    return best;
  };
  for (const f of fingerprints) place(f, cheapest(f, -1, Infinity));
  for (let round = 0, moved = true; moved && round < 20; round++) {
    moved = false;
    for (let from = 0; from < BUCKETS; from++) {
      for (const f of [...buckets[from]]) {
        const rest = buckets[from].filter((x) => x !== f);
        const to = cheapest(f, from, leakage(nibbles[from]) - leakage(nibblesOf(rest)) - 1e-12);
        if (to < 0) continue;
        buckets[from] = rest;
        nibbles[from] = nibblesOf(rest);
        place(f, to);
        moved = true;
      }
    }
  }
  return buckets;
}

/** The module's tables for `literals`: per fingerprint position, low-nibble then high-nibble bytes. */
export function prefilterTables(literals: readonly string[]): { tables: Uint8Array; buckets: string[][] } {
  for (const literal of literals) {
    // Characters outside printable ASCII would collide with what the module narrows them to.
    if (literal.length < FINGERPRINT || !/^[\x20-\x7e]+$/.test(literal))
      throw new Error(`prefilter literal must be printable ASCII of ${FINGERPRINT}+ characters: ${JSON.stringify(literal)}`);
  }
  const buckets = bucketsOf([...new Set(literals.map(fingerprintOf))]);
  const tables = new Uint8Array(FINGERPRINT * 32);
  buckets.forEach((bucket, b) => {
    for (const f of bucket) {
      for (let j = 0; j < FINGERPRINT; j++) {
        const c = f.charCodeAt(j);
        tables[32 * j + (c & 15)] |= 1 << b;
        tables[32 * j + 16 + (c >> 4)] |= 1 << b;
      }
    }
  });
  return { tables, buckets };
}

type Scan = (from: number, len: number) => number;
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmInstance {
  readonly exports: { memory: WasmMemory; scan: Scan };
}
// The project's type libraries (ES2022, Node 20's types) do not declare WebAssembly; Node has it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => WasmInstance;
};

export class LiteralPrefilter {
  private readonly memory: WasmMemory;
  private bytes: Buffer;
  private readonly scan: Scan;
  private length = 0;

  private constructor(instance: WasmInstance, tables: Uint8Array) {
    this.memory = instance.exports.memory;
    this.scan = instance.exports.scan;
    this.bytes = Buffer.from(this.memory.buffer);
    this.bytes.set(tables, 0);
  }

  /**
   * A prefilter for `literals`, or null where WebAssembly SIMD is not available (the caller falls
   * back to its pattern). `tables`: those prefilterTables gives for them, computed ahead.
   */
  static create(literals: readonly string[], tables = prefilterTables(literals).tables): LiteralPrefilter | null {
    try {
      return new LiteralPrefilter(new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(LITERAL_PREFILTER_WASM, 'base64'))), tables);
    } catch {
      return null;
    }
  }

  /**
   * Copies `before` then `text` into the module, as one text (no string is built to join them);
   * later `next` calls index into it.
   */
  load(text: string, before = ''): void {
    const length = before.length + text.length;
    const need = TEXT_AT + 2 * length + PAD;
    if (need > this.bytes.length) {
      this.memory.grow(Math.ceil((need - this.bytes.length) / PAGE));
      this.bytes = Buffer.from(this.memory.buffer);
    }
    const at = before.length > 0 ? TEXT_AT + this.bytes.write(before, TEXT_AT, 'utf16le') : TEXT_AT;
    this.bytes.write(text, at, 'utf16le');
    this.length = length;
  }

  /** The start of the first candidate block at or after `from` (rounded down to a block) of the loaded text, or -1. */
  next(from: number): number {
    return this.scan(from - (from % BLOCK), this.length);
  }
}
