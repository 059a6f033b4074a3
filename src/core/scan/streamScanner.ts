// Per-stream scanner: takes raw terminal chunks, keeps a bounded window, and cuts out candidate
// trace blocks. Cheap path first: a chunk without an anchor word is only remembered (by
// reference) in a small ring, so benign output costs one indexOf. Only when an anchor shows up
// does it split lines, strip escapes and run the line state machine, starting from the nearest
// trace header before the anchor.
import { hasPromptBoundary, resolveCarriageReturns, stripAnsi } from './ansi';
import { stripLinePrefix } from './linePrefix';
import { BlockCutter } from './blockCutter';
import type { CutBlock } from '../parse/layouts';

/**
 * Every block we care about says "error" somewhere on its key line: an `Error` class or `Error
 * code`, or a lowercase `error` in an error body or a report (`"error":`, `'error': `,
 * `invalid_request_error`, `error: `, `error 403`). Found by one indexOf of this core, then a
 * look at the characters around it, so `0 errors` and `error handling` cost nothing more.
 */
export const ANCHOR_CORE = 'rror';
/** Characters around the core that the check needs (one before, two after the core). */
const ANCHOR_BEFORE = 1;
const ANCHOR_AFTER = 2;

/** The same test for a whole chunk, in one native pass (the benign path's only cost). */
const ANCHOR_TEST = /Error|[_"']error|error["':_]|error \(|error \d/;

/** Where the next anchor starts (at its `E`/`e`), from `from`; -1 when none. */
export function findAnchor(text: string, from: number): number {
  for (let i = text.indexOf(ANCHOR_CORE, from + ANCHOR_BEFORE); i >= 0; i = text.indexOf(ANCHOR_CORE, i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 69 /* E */) return i - 1;
    if (before !== 101 /* e */) continue;
    const prev = text.charCodeAt(i - 2);
    if (prev === 95 /* _ */ || prev === 34 /* " */ || prev === 39 /* ' */) return i - 1;
    const next = text.charCodeAt(i + 4);
    // `error"`, `error'`, `error:`, `error_`, `error (`, `error 403`
    if (next === 34 || next === 39 || next === 58 || next === 95) return i - 1;
    if (next === 32) {
      const after = text.charCodeAt(i + 5);
      if (after === 40 || (after >= 48 && after <= 57)) return i - 1;
    }
  }
  return -1;
}

/** Text kept from the end of the previous chunk to find an anchor cut in two. */
const JUNCTION = ANCHOR_CORE.length + ANCHOR_BEFORE + ANCHOR_AFTER + 2;
/** How many indented lines above an anchor line the scanner walks to find their opening line. */
const MAX_OPENING_LOOKBACK = 60;
const HEADERS = ['Traceback (most recent call last)', '_____ '];
/** How far before a fresh chunk the scanner looks first (one long line's worth). */
const NEAR_BYTES = 8 * 1024;
/** A line inside a Python traceback or pytest entry: frame, source, carets, `E` line. */
const TRACE_CONTENT = /^(?: {4}| {2}File "|\s+[~^]+\s*$|E\s|\S+\.py:\d+: |\s*[|+] )/;

export interface ScannerLimits {
  /** Raw text kept for look-back and partial lines. */
  ringBytes: number;
  /** Longest line considered; longer ones are cut. */
  maxLineBytes: number;
  /** Largest block. */
  maxBlockBytes: number;
  maxBlockLines: number;
}

export const DEFAULT_LIMITS: ScannerLimits = {
  ringBytes: 64 * 1024,
  maxLineBytes: 16 * 1024,
  maxBlockBytes: 128 * 1024,
  maxBlockLines: 2000,
};

export class StreamScanner {
  private ring: string[] = [];
  private ringHead = 0;
  private ringLen = 0;
  /** Absolute offset of ring[ringHead]'s first char. */
  private ringStart = 0;
  /** Absolute offset up to which lines have been fed to the cutter. */
  private processed = 0;
  private total = 0;
  /** Data before `processed` was lost mid-line: skip to the next newline. */
  private midLine = false;
  /** An anchor sits on the unfinished last line: the next chunk must be line-processed. */
  private carry = false;
  private tail = '';
  /** The first maxLineBytes of a trace line longer than the window, kept while the rest streams by. */
  private longHead: string | null = null;
  /** Absolute offset of the text process() is reading (its index 0). */
  private textBase = 0;
  /** Absolute offset up to which trace headers were looked for, and where the last one starts. */
  private headersSeenTo = 0;
  private lastHeader = -1;
  private readonly cutter: BlockCutter;
  lastActivity = 0;

  constructor(private readonly limits: ScannerLimits = DEFAULT_LIMITS) {
    this.cutter = new BlockCutter({ maxBlockBytes: limits.maxBlockBytes, maxBlockLines: limits.maxBlockLines });
  }

  /** Raw bytes (UTF-16 units) held by this stream. */
  get bufferedBytes(): number {
    return this.ringLen + this.cutter.bufferedBytes;
  }

  /** True when something is waiting for more input or for the stream to go quiet. */
  get pending(): boolean {
    return this.cutter.active || this.total > this.processed;
  }

  /** Feeds one chunk; returns the trace blocks it completed. */
  push(chunk: string): CutBlock[] {
    if (chunk.length === 0) return [];
    const tail = this.tail;
    this.tail = chunk.length >= JUNCTION ? chunk.slice(chunk.length - JUNCTION) : (tail + chunk).slice(-JUNCTION);
    this.append(chunk);
    // Waiting for the end of an anchor line: nothing to do until a newline comes.
    if (this.carry && !this.cutter.active && chunk.indexOf('\n') < 0) return [];
    if (!this.cutter.active && !this.carry && !ANCHOR_TEST.test(chunk) && !ANCHOR_TEST.test(tail + chunk.slice(0, JUNCTION))) return [];
    const out: CutBlock[] = [];
    this.process(false, out, chunk.length);
    return out;
  }

  /** The stream went quiet or ended: complete whatever is open. */
  flush(): CutBlock[] {
    const out: CutBlock[] = [];
    if (this.total > this.processed) this.process(true, out);
    if (this.cutter.active) this.cutter.finish(out);
    return out;
  }

  private append(chunk: string): void {
    const max = this.limits.ringBytes;
    if (this.longHead === null && (this.carry || this.cutter.active) && this.ringLen + chunk.length > max && this.processed >= this.ringStart) {
      // The line being read is about to leave the window: keep its head, truncated, not nothing.
      const head = this.text(this.processed).slice(0, this.limits.maxLineBytes);
      if (head.indexOf('\n') < 0) this.longHead = head;
    }
    if (chunk.length > max) {
      const dropped = chunk.length - max;
      this.clearRing();
      this.ringStart = this.total + dropped;
      chunk = chunk.slice(dropped);
    }
    this.ring.push(chunk);
    this.ringLen += chunk.length;
    this.total = this.ringStart + this.ringLen;
    while (this.ringLen > max) {
      const first = this.ring[this.ringHead];
      this.ring[this.ringHead] = '';
      this.ringHead++;
      this.ringLen -= first.length;
      this.ringStart += first.length;
    }
    if (this.ringHead > 64 && this.ringHead * 2 > this.ring.length) {
      this.ring = this.ring.slice(this.ringHead);
      this.ringHead = 0;
    }
    if (this.processed < this.ringStart) {
      // Unprocessed text fell out of the window: it can only have been one enormous line.
      this.processed = this.ringStart;
      this.midLine = true;
    }
  }

  private clearRing(): void {
    this.ring = [];
    this.ringHead = 0;
    this.ringStart += this.ringLen;
    this.ringLen = 0;
  }

  private text(from: number): string {
    let skip = from - this.ringStart;
    const parts: string[] = [];
    for (let i = this.ringHead; i < this.ring.length; i++) {
      const c = this.ring[i];
      if (skip >= c.length) {
        skip -= c.length;
        continue;
      }
      parts.push(skip > 0 ? c.slice(skip) : c);
      skip = 0;
    }
    return parts.length === 1 ? parts[0] : parts.join('');
  }

  /**
   * Feeds complete lines to the cutter. With `newLen` (a fresh chunk while no trace is open),
   * looks only at the new data plus a short stretch before it, widening to the whole window
   * only when the anchor line follows what looks like traceback content.
   */
  private process(final: boolean, out: CutBlock[], newLen = 0): void {
    let base = this.processed;
    let narrowed = false;
    if (newLen > 0 && !this.cutter.active && !this.carry) {
      const near = this.total - newLen - NEAR_BYTES;
      if (near > base) {
        // Idle: text that fell out of view unprocessed had no anchor, nothing is lost.
        base = near;
        narrowed = true;
        this.midLine = false;
      }
    }
    this.carry = false;
    let text = this.text(base);
    this.textBase = base;
    if (final && text.length && text[text.length - 1] !== '\n') text += '\n';
    let pos = 0;
    if (narrowed) {
      const nl = text.indexOf('\n');
      if (nl < 0) return this.process(final, out, 0);
      pos = nl + 1;
    }
    if (this.midLine) {
      const nl = text.indexOf('\n');
      if (nl < 0) {
        if (final) this.processed = this.total;
        if (final && this.longHead !== null) this.feedLine(this.longHead, out);
        if (final) this.longHead = null;
        return;
      }
      pos = nl + 1;
      this.midLine = false;
      if (this.longHead !== null) this.feedLine(this.longHead, out);
      else if (this.cutter.active) this.cutter.feed('', true, out);
      this.longHead = null;
    }
    const maxLine = this.limits.maxLineBytes;
    let fed = false;
    // Lines up to the anchor's own are fed even while no block is open: its opening line may be above.
    let until = -1;
    while (pos < text.length) {
      if (!this.cutter.active && pos > until) {
        const a = findAnchor(text, pos);
        if (a < 0) break;
        const start = this.lookBack(text, pos, a, narrowed && !fed);
        if (start < 0) return this.process(final, out, 0);
        if (start > pos) this.cutter.gap();
        pos = start;
        until = a;
      }
      const nl = text.indexOf('\n', pos);
      if (nl < 0) {
        // The anchor line is not complete yet: look at it again with the next chunk.
        if (!this.cutter.active) this.carry = true;
        break;
      }
      let raw = text.slice(pos, nl);
      pos = nl + 1;
      if (raw.length > maxLine) raw = raw.slice(0, maxLine);
      this.feedLine(raw, out);
      this.longHead = null;
      fed = true;
    }
    // A prompt mark on the unfinished last line (shell integration) ends the trace now.
    if (this.cutter.active && pos < text.length && hasPromptBoundary(text.slice(pos, pos + this.limits.maxLineBytes))) {
      this.cutter.feed('', true, out);
    }
    if (!this.cutter.active && final) pos = text.length;
    // Keep the partial line (and anchor-free text) unprocessed: it is still in the ring.
    this.processed = Math.min(this.total, base + pos);
  }

  private feedLine(raw: string, out: CutBlock[]): void {
    this.cutter.feed(stripLinePrefix(stripAnsi(resolveCarriageReturns(raw))), hasPromptBoundary(raw), out);
  }

  /**
   * The line that opens what the anchor line continues: the head above a stack whose frames name
   * the anchor (`✖ 401 …` above `    at new APIError (…)`), or the line that opens a
   * pretty-printed error body (`{` or `SomeException: 404 - {` above `  "error": {`).
   */
  private openingLine(text: string, from: number, lineStart: number): number {
    let start = lineStart;
    for (let n = 0; n < MAX_OPENING_LOOKBACK && start > from; n++) {
      const prevStart = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
      const cur = text.slice(start, Math.min(text.length, start + 8));
      if (!/^\s/.test(cur)) break;
      start = prevStart;
      const prev = text.slice(prevStart, Math.min(lineStart, prevStart + 512));
      if (!/^\s/.test(prev)) return start;
    }
    return lineStart;
  }

  /**
   * Where line processing should start for an anchor at `a`: the nearest header line before it,
   * or the anchor's own line. -1: the view is too short to tell (`mayWiden`) and the line before
   * the anchor looks like traceback content, so the caller should look at the whole window.
   */
  private lookBack(text: string, from: number, a: number, mayWiden: boolean): number {
    const lineStart = Math.max(from, text.lastIndexOf('\n', a) + 1);
    let start = lineStart;
    // Headers are looked for forward, each stretch of text once: where the last one was is kept.
    const lo = Math.max(from, this.headersSeenTo - this.textBase);
    for (const h of HEADERS) {
      for (let i = text.indexOf(h, lo); i >= 0 && i < a; i = text.indexOf(h, i + h.length)) {
        const abs = this.textBase + i;
        if (abs > this.lastHeader) this.lastHeader = abs;
      }
    }
    if (lineStart > lo) this.headersSeenTo = this.textBase + lineStart;
    const header = this.lastHeader - this.textBase;
    if (header >= from && header < a) {
      const ls = Math.max(from, text.lastIndexOf('\n', header) + 1);
      if (ls < start) start = ls;
    }
    if (start === lineStart) start = this.openingLine(text, from, lineStart);
    if (start === lineStart && mayWiden && lineStart > from) {
      const prev = text.slice(Math.max(from, text.lastIndexOf('\n', lineStart - 2) + 1), lineStart - 1);
      if (TRACE_CONTENT.test(stripLinePrefix(stripAnsi(prev)))) return -1;
    }
    if (start === lineStart && mayWiden && lineStart === from) return -1;
    return start;
  }
}
