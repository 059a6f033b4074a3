// Per-stream scanner: takes raw terminal chunks, keeps a bounded window, and cuts out candidate
// trace blocks. Cheap path first: a chunk without an anchor word (`anchors.ts`) is only remembered
// (by reference) in a small ring, so benign output costs one prefilter pass. Only when an anchor shows up
// does it split lines, strip escapes and run the line state machine, starting from the nearest
// trace header before the anchor.
import { hasPromptBoundary, resolveCarriageReturns, stripAnsi } from './ansi';
import { stripLinePrefix } from './linePrefix';
import { AZURE_CORE_ERROR_RESPONSE, AZURE_CORE_REQUEST, BlockCutter, HAS_STATUS, HTTPX_REQUEST, MAX_REFUSED_REQUEST_AGE } from './blockCutter';
import { type CutBlock } from '../parse/layouts/block';
import { NODE_AT, nodeHead } from '../parse/layouts/node';
import { DOTNET_BARE_FRAME, DOTNET_INNER, DOTNET_STATUS_HEAD, VS_DETAILS_MESSAGE, ERROR_CODE_LINE, STATUS_REASON_LINE } from '../parse/layouts/otherRuntimes';
import { PY_EXCEPTION, PY_FRAME } from '../parse/layouts/python';
import { isHintUnderReport, MAX_HINT_REACH } from '../parse/layouts/reportPhrases';
import { STATUS_FROM_URL, lineReportStart } from '../parse/layouts/reportStart';
import {
  STATUS_ONLY_LINE,
  isStatusAboveBody,
  HUB_CONTENT_LINE,
  HUB_STATUS_HEAD,
  CLIENT_ERROR_HEAD,
  RULE_ONLY_LINE,
  LOGFMT_RESPONSE_RECORD,
  startsWithAction,
  wrappedAtAction,
} from '../parse/layouts/statusLines';
import {
  MAX_REQUEST_ECHO_LINES,
  MAX_TOOL_REPORT_FIELDS,
  REQUEST_ECHO_URL,
  TOOL_REPORT_FIELD,
  TOOL_REPORT_OUTPUT_HEAD,
  TOOL_REPORT_STATUS,
  MAX_WGET_PROGRESS,
  WGET_PROGRESS,
  WGET_REFUSED,
  WGET_REQUEST,
  MAX_REQUEST_SECTION,
  RUN_HEADER_REACH,
  RUN_HEADERS,
  SHELL_COMMAND,
  RUN_TRAILERS,
  PROMPT_COMMAND,
  isPrompt,
  SHELL_COMMAND_MODEL,
  CLI_MODEL_LINE,
  requestAbove,
} from '../parse/layouts/surroundings';
import { firstAnchorAcross, LONGEST_ANCHOR, nextAnchor } from './anchors';
import { passOver, type WrappedLines } from './relevance';
import { joinPieces, longLineAbove, MIN_WRAP_WIDTH, WRAP_LOOKBACK, wrapWidth, wrappedLineEnd, wrappedLineStart, type WrapWidth } from './hardWrap';

/** Shortest line read as one report pasted twice: short repeats (`abcabc`, a ruler) are not; nor is a long rule (no letters). */
const MIN_PASTED_TWICE = 80;

/**
 * A report copied twice with the line break between the copies lost (`… instead.Error: The model … instead.`,
 * `… ]]✕ [API Error: … ]]`): the line is its two halves, read as two lines so each is told. Exact halves only.
 */
function pastedTwiceHalf(line: string): string | null {
  const t = line.trimEnd();
  if (t.length < MIN_PASTED_TWICE || t.length % 2 !== 0) return null;
  const half = t.length / 2;
  // Most long lines differ at once: no slice for them.
  if (t.charCodeAt(0) !== t.charCodeAt(half)) return null;
  return t.startsWith(t.slice(half)) && /[A-Za-z]/.test(t) ? t.slice(0, half) : null;
}

/** Whether `text` holds an anchor (`anchors.ts`): the scanner's whole cost on benign output (the benchmark times it alone). */
export function hasAnchor(text: string): boolean {
  return nextAnchor(text) >= 0;
}

/** The line at `at` without escapes and collector prefix (at most its first 2 KiB). */
function cleanLineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return stripLinePrefix(stripAnsi(text.slice(at, Math.min(end < 0 ? text.length : end, at + 2048))));
}

/** An object dump's opening line at the margin: a few words, then `{` (Node's `console.log(label, obj)`). */
const DUMP_OPENER = /^[A-Za-z][\w .:-]{0,60} \{$/;

/** Whether the line at `at` starts with whitespace once its escapes and collector prefix are gone. */
function indented(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 32 || c === 9) return true;
  if (c === 10 || c !== c) return false;
  const end = text.indexOf('\n', at);
  const line = stripLinePrefix(stripAnsi(text.slice(at, Math.min(end < 0 ? text.length : end, at + 512))));
  return /^\s/.test(line);
}

/**
 * Where the next anchor starts (its `E`/`e`, or the start of an exception path's line), from `from`;
 * -1 when none. `searchFrom` (>= from) skips text already known to hold no anchor.
 */
function findAnchor(text: string, from: number, searchFrom: number = from): number {
  const at = nextAnchor(text, searchFrom);
  if (at < 0) return -1;
  const c = text.charCodeAt(at);
  // `_error`, `"error`, `'error`: the anchor is the word.
  if (c === 95 || c === 34 || c === 39) return at + 1;
  if (c === 46 /* . */) return Math.max(from, text.lastIndexOf('\n', at) + 1);
  return at;
}

/** How far above an anchor's line an IDE extension's report fields are looked for (three short lines). */
const TOOL_FIELDS_REACH = 400;
/** Text kept from the end of the previous chunk to find an anchor cut in two. */
const JUNCTION = LONGEST_ANCHOR;
/** transformers' line naming the gated repo's page: `Make sure to have access to it at https://<the Hub>/owner/name.` */
const GATED_ACCESS_HINT = /^Make sure to (?:have access to it|request access) at https?:\/\/\S+/;
/** …and its first line, its class left out: `You are trying to access a gated repo.` */
const GATED_MESSAGE_HEAD = /^(?:[A-Za-z_][\w.]*: )?You are trying to access a gated repo\.?\s*$/;
/** How much of an anchor line's start is read to tell whether an RBAC action starts it (a collector's prefix, then the action). */
const ACTION_START_READ = 160;

/** How many indented lines above an anchor line the scanner walks to find their opening line. */
const MAX_OPENING_LOOKBACK = 60;
/** A key line of a JSON body printed at column 0 (`"error": {`, `“message”: “…`), for flatBodyOpening. */
const FLAT_BODY_KEY = /^["'“‘][A-Za-z_]{1,40}["'”’]: ?\S/;
/** Key lines flatBodyOpening crosses between an anchor and the `{` above it. */
const MAX_FLAT_BODY_KEYS = 4;
/** Longest line statusLineAbove reads as a status line above an anchor, and the longest collector prefix before it. */
const MAX_STATUS_LINE = 80;
/** The longest Hub refusal head read above its `Cannot access content at:` line (a server message is a sentence or two). */
const MAX_HUB_HEAD_LINE = 512;
const MAX_LINE_PREFIX = 160;
/**
 * A troubleshooting page's entry: its fix label ending the entry above a status heading
 * (`Solution: …`, then `403 - Country, region, or territory not supported`), or both labels in one
 * line (a table row's `Cause:` and `Solution:` cells). What sits there documents an error, it is not
 * its output. (Output may print a `Cause:` line right above its error; a fix label there is a page.)
 */
const DOC_LABEL = /^\s*(?:[-*>]\s*)?(?:\*\*|<(?:strong|b)>)?(?:Solution|Resolution)s?:/i;
const DOC_ENTRY = /\bCause:(?:\*\*|<\/(?:strong|b)>)?\s.*\bSolution:/;
/**
 * How many non-blank lines above an anchor's line a troubleshooting label makes it documentation
 * (blank lines between entries do not count; a translated page adds a note line under each entry).
 */
const MAX_DOC_LABEL_REACH = 3;
/** How much of an anchor's line is read for the labels (bounded work on a long line). */
const MAX_DOC_LINE = 4096;
/** How much text above an anchor's line is read for those labels. */
const MAX_DOC_ABOVE = 1024;
/** Header words: `Traceback (most recent call last):`, Streamlit's `Traceback:`, pytest's `_____ `. */
const HEADER_WORDS = ['Traceback', '_____ '];

function isHeaderAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) === 95 /* _ */) return true;
  return text.startsWith('Traceback (most recent call last)', i) || (text.startsWith('Traceback:', i) && (i === 0 || text.charCodeAt(i - 1) === 10));
}
/** Whether the line at `at` is a Node stack frame (`    at …`), escapes and collector prefix aside. */
function frameLineAt(text: string, at: number): boolean {
  // Looked at once per anchor line that opened no block; a collector's prefix may start with any
  // character (`[pod/…] `, `web-1  | `, `> `).
  if (text.charCodeAt(at) === 10) return false;
  const end = text.indexOf('\n', at);
  return NODE_AT.test(stripLinePrefix(stripAnsi(text.slice(at, Math.min(end < 0 ? text.length : end, at + 512)))));
}

/** A frame line of a Python traceback, and how far up a run of bare frames is followed. */
const BARE_FRAME = /^\s*File "/;
const MAX_BARE_FRAME_LINES = 64;
/** Pieces a terminal cut httpx's log line of a refused request into, read back as one line above an error. */
const MAX_REQUEST_PIECES = 3;
const MAX_BARE_FRAME_LINE = 2048;
/**
 * Lines above a block's start looked at for the shell command that ran it (within the cutter's MAX_REQUEST_SECTION):
 * the command's line and a Python warning the run printed in between (its line, its detail, the `warnings.warn(…)` source line).
 */
const MAX_COMMAND_ABOVE = 4;
/** Characters above a block's start searched first for a model flag (four lines of a terminal). */
const COMMAND_REACH = 4 * 240;

/** A .NET logger's category line over a record's lines (`warn: System.ClientModel.Primitives.MessageLoggingPolicy[8]`). */
const DOTNET_LOG_CATEGORY = /^(?:trce|dbug|info|warn|fail|crit): [\w.]+\[\d+\]$/;
/** How far above Azure.Core's error response line its request line is looked for (its headers, a body). */
const MAX_CORE_REQUEST_REACH = 8 * 1024;

/** Run headers read above a failure: a run calling several providers prints one per call. */
const MAX_RUN_HEADERS = 8;

/** How far before a fresh chunk the scanner looks first (one long line's worth). */
const NEAR_BYTES = 2 * 1024;
/**
 * A line inside a Python traceback or pytest entry (frame, source, carets, `E` line), or inside a Rich
 * box (its side). A frame may stand at the margin: posts and docs that quote a traceback's end dedent it.
 */
const TRACE_CONTENT = /^(?: {4}|\s*File "|\s+[~^]+\s*$|E\s|\S+\.py:\d+: |\s*[|+] |\s*│)/;

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
  /** Absolute offset of the line last fed to the cutter: where a block starting on it starts. */
  private lineAt = 0;
  private readonly cutter: BlockCutter;
  lastActivity = 0;

  constructor(private readonly limits: ScannerLimits = DEFAULT_LIMITS) {
    this.cutter = new BlockCutter({ maxBlockBytes: limits.maxBlockBytes, maxBlockLines: limits.maxBlockLines }, () => this.lineAt);
  }

  /**
   * The lines above `at` (a block's CutBlock.at; within RUN_HEADER_REACH, in the ring) that name the model
   * a run's calls use (`parse/layouts/surroundings.ts` RUN_HEADERS), nearest first, up to the shell
   * command that started the run (itself one when it names a model). Asked only for an incident that
   * names no model, before the next chunk comes (the ring moves on).
   */
  runHeadersAbove(at: number): string[] {
    const found: string[] = [];
    const from = Math.max(this.ringStart, at - RUN_HEADER_REACH);
    if (at <= from) return found;
    const region = this.slice(from, at);
    if (!RUN_HEADERS.some((h) => region.includes(h.mark))) return found;
    for (let end = region.length; end > 0 && found.length < MAX_RUN_HEADERS;) {
      // (`lastIndexOf` reads a negative start as 0: a lone newline first would be found again.)
      const start = end >= 2 ? region.lastIndexOf('\n', end - 2) + 1 : 0;
      const line = stripLinePrefix(stripAnsi(region.slice(start, end))).trimEnd();
      if (RUN_HEADERS.some((h) => line.includes(h.mark) && h.re.test(line))) found.push(line);
      if (SHELL_COMMAND.test(line)) break;
      end = start;
    }
    return found;
  }

  /**
   * The lines from `from` (a block's CutBlock.at, or where the last call stopped) up to `to` that name the failing
   * call's model below it (RUN_TRAILERS: `Failed after 1 attempts. Last error using Groq(llama-3.1-8b-instant)`), in
   * order; `closed` once the shell's prompt is back among them (the run is over) or they left the window. Whole lines
   * only, unless `whole` (the stream ended, or the look reached `to`); `next`: where the next call goes on from. Not
   * bounded by the next block: a retry loop prints its failure again before the line that names the model.
   */
  trailersBelow(from: number, to: number, whole: boolean): { lines: string[]; closed: boolean; next: number } {
    const lines: string[] = [];
    if (from < this.ringStart) return { lines, closed: true, next: from };
    const end = Math.min(this.total, to);
    let region = end > from ? this.slice(from, end) : '';
    if (!whole) region = region.slice(0, region.lastIndexOf('\n') + 1);
    if (region.length === 0) return { lines, closed: false, next: from };
    const marked = RUN_TRAILERS.some((t) => region.includes(t.mark));
    for (const raw of region.split('\n')) {
      const line = stripLinePrefix(stripAnsi(raw)).trimEnd();
      // The shell's prompt is back: the run is over, no line of it comes any more.
      if (SHELL_COMMAND.test(line) || PROMPT_COMMAND.test(line) || isPrompt(line) || hasPromptBoundary(raw)) return { lines, closed: true, next: end };
      if (marked && RUN_TRAILERS.some((t) => line.includes(t.mark) && t.re.test(line))) lines.push(line);
    }
    return { lines, closed: false, next: from + region.length };
  }

  /**
   * Lines read closely so far (cleaned and fed to the cutter): the scanner's work beyond the prefilter,
   * counted so a test can tell when a change makes it read on past what it needs (`engine/fastPaths.test.ts`).
   */
  linesRead = 0;

  /** How much of the stream has come in (an offset like CutBlock.at). */
  get received(): number {
    return this.total;
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
    if (chunk.length > this.limits.ringBytes / 2) {
      // A chunk larger than the window would push its own start out unread: take it in parts.
      const out: CutBlock[] = [];
      const step = Math.floor(this.limits.ringBytes / 4);
      for (let i = 0; i < chunk.length; i += step) out.push(...this.push(chunk.slice(i, i + step)));
      return out;
    }
    const tail = this.tail;
    this.tail = chunk.length >= JUNCTION ? chunk.slice(chunk.length - JUNCTION) : (tail + chunk).slice(-JUNCTION);
    this.append(chunk);
    // Waiting for the end of an anchor line: nothing to do until a newline comes.
    if (this.carry && !this.cutter.active && chunk.indexOf('\n') < 0) return [];
    let anchorFrom = 0;
    if (!this.cutter.active && !this.carry) {
      const first = this.firstAnchor(chunk, tail);
      if (first === null || this.allPassedOver(chunk, first)) return [];
      anchorFrom = this.total - chunk.length + first;
    }
    const out: CutBlock[] = [];
    this.process(false, out, chunk.length, anchorFrom);
    return out;
  }

  /**
   * Where in `chunk` an anchor may first start (negative: in the junction with the previous
   * chunk), or null when none does. The position lets process() skip the text before it rather
   * than search the window again.
   */
  private firstAnchor(chunk: string, tail: string): number | null {
    // Any match is at most JUNCTION characters, so one crossing the chunk start begins in `tail`.
    return firstAnchorAcross(tail, chunk);
  }

  /**
   * Whether every anchor of `chunk` from `first` on is another error's report (relevance.ts), each whole in
   * the chunk: then the chunk is left like one without anchors (a later anchor may still look up over it).
   */
  private allPassedOver(chunk: string, first: number): boolean {
    // The chunk is the text the wrap width is read up to (widthUpTo).
    this.textBase = this.total - chunk.length;
    // An anchor cut in two by the chunk's start: its line began in an earlier chunk, the close look reads it.
    if (first < 0) return false;
    for (let a = first; a >= 0;) {
      // The anchor's line began in an earlier chunk: the close look reads it.
      if (a === 0 || chunk.lastIndexOf('\n', a - 1) < 0) return false;
      const past = passOver(chunk, a, false, this.wrappedLines(0, false));
      if (past < 0) return false;
      a = nextAnchor(chunk, past);
    }
    return true;
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
  private process(final: boolean, out: CutBlock[], newLen = 0, anchorFrom = 0): void {
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
    // Idle before this chunk, so no anchor starts before `anchorFrom` (push tested that text):
    // the first search starts there, not at the window's start.
    let searchFrom = 0;
    if (narrowed) {
      const nl = text.indexOf('\n');
      if (nl < 0) return this.process(final, out, 0);
      pos = nl + 1;
      searchFrom = anchorFrom - base;
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
    // The anchor line opened no block: a stack right below it makes it a head all the same
    // (`[ERROR] Unhandled Server Error: Error: …` over `    at …`), so that line is fed too.
    let anchorLine = -1;
    let afterAnchorLine = -1;
    while (pos < text.length) {
      if (!this.cutter.active && pos > until && pos === afterAnchorLine && text.indexOf('\n', pos) < 0 && !final) {
        // Whether the line below is a frame is known with the next chunk: look at both again then.
        pos = anchorLine;
        this.carry = true;
        break;
      }
      if (!this.cutter.active && pos > until && pos === afterAnchorLine && frameLineAt(text, pos)) until = pos;
      else if (!this.cutter.active && pos > until) {
        const a = findAnchor(text, pos, Math.max(pos, searchFrom));
        if (a < 0) break;
        const past = passOver(text, a, final, this.wrappedLines(pos, final));
        if (past >= 0) {
          // Another error's report (a failed assertion, a TypeError's stack): not read.
          searchFrom = past;
          continue;
        }
        if (!final && text.indexOf('\n', a) < 0 && longLineAbove(text, pos, a)) {
          // The anchor may sit in a later piece of a line a terminal cut: whether the long line
          // above is one shows once the anchor's line is whole. Nothing is read until then.
          this.carry = true;
          break;
        }
        const start = this.lookBack(text, pos, a, narrowed && !fed);
        if (start < 0) return this.process(final, out, 0);
        if (this.documented(text, pos, a)) {
          // A troubleshooting page's entry: its line is not read (the next anchor may be output again).
          const nl = text.indexOf('\n', a);
          if (nl < 0) {
            if (!final) this.carry = true;
            break;
          }
          this.cutter.gap();
          pos = nl + 1;
          continue;
        }
        if (start > pos) this.cutter.gap();
        pos = start;
        until = a;
      }
      let nl = text.indexOf('\n', pos);
      // A line a terminal cut at its width goes on over the next ones: they are read as one.
      if (nl >= 0 && nl - pos >= MIN_WRAP_WIDTH) nl = wrappedLineEnd(text, pos, nl, this.widthUpTo, final);
      if (nl < 0) {
        // The anchor line is not complete yet: look at it again with the next chunk.
        if (!this.cutter.active) this.carry = true;
        // So is the frame that makes the anchor line above it a head (a terminal cut both): read the two again then.
        if (!this.cutter.active && anchorLine >= 0 && until === pos && pos === afterAnchorLine) pos = anchorLine;
        break;
      }
      let raw = joinPieces(text, pos, nl);
      if (pos <= until && nl >= until && !this.cutter.active) anchorLine = pos;
      this.lineAt = base + pos;
      pos = nl + 1;
      if (raw.length > maxLine) raw = raw.slice(0, maxLine);
      const blocks = out.length;
      this.feedLine(raw, out);
      this.longHead = null;
      fed = true;
      afterAnchorLine = anchorLine >= 0 && !this.cutter.active && out.length === blocks ? pos : -1;
      anchorLine = afterAnchorLine >= 0 ? anchorLine : -1;
    }
    if (!this.cutter.active && !final && pos === afterAnchorLine && pos >= text.length) {
      // The chunk ended with the anchor line: the line below it comes with the next one.
      pos = anchorLine;
      this.carry = true;
    }
    // A prompt mark on the unfinished last line (shell integration) ends the trace now.
    if (this.cutter.active && pos < text.length && hasPromptBoundary(text.slice(pos, pos + this.limits.maxLineBytes))) {
      this.cutter.feed('', true, out);
    }
    if (!this.cutter.active && final) pos = text.length;
    // Keep the partial line (and anchor-free text) unprocessed: it is still in the ring.
    this.processed = Math.min(this.total, base + pos);
  }

  /**
   * The width a terminal cut lines at, as the lines up to `end` (an index in the text process()
   * reads) show it: the ring's last WRAP_LOOKBACK characters before it, from a line start.
   */
  private readonly widthUpTo = (end: number, columns: number): WrapWidth => {
    const to = Math.min(this.total, this.textBase + end);
    const from = Math.max(this.ringStart, to - WRAP_LOOKBACK);
    const region = this.slice(from, to);
    return wrapWidth(from === 0 ? region : region.slice(region.indexOf('\n') + 1), columns);
  };

  /** Lines a terminal cut at its width, read as the window shows it (for relevance.ts), in a text starting at `from`. */
  private wrappedLines(from: number, final: boolean): WrappedLines {
    return {
      start: (text, lineStart) => (lineStart - from > MIN_WRAP_WIDTH ? wrappedLineStart(text, from, lineStart, this.widthUpTo) : lineStart),
      end: (text, start, nl) => (nl - start >= MIN_WRAP_WIDTH ? wrappedLineEnd(text, start, nl, this.widthUpTo, final) : nl),
    };
  }

  /** The ring's text between two absolute offsets. */
  private slice(from: number, to: number): string {
    const parts: string[] = [];
    let at = this.ringStart;
    for (let i = this.ringHead; i < this.ring.length && at < to; i++) {
      const c = this.ring[i];
      const end = at + c.length;
      if (end > from) parts.push(c.slice(Math.max(0, from - at), Math.min(c.length, to - at)));
      at = end;
    }
    return parts.length === 1 ? parts[0] : parts.join('');
  }

  private feedLine(raw: string, out: CutBlock[]): void {
    this.linesRead++;
    const line = stripLinePrefix(stripAnsi(resolveCarriageReturns(raw)));
    const half = pastedTwiceHalf(line);
    if (half === null) this.cutter.feed(line, hasPromptBoundary(raw), out);
    else for (const l of [half, half]) this.cutter.feed(l, hasPromptBoundary(raw), out);
  }

  /** A bare `{` line's caption (`Error code: 404`) starts the block, when there is one. */
  private captionAbove(text: string, from: number, start: number): number {
    if (start <= from || cleanLineAt(text, start).trim() !== '{') return start;
    const above = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
    const caption = cleanLineAt(text, above);
    if (caption.trim() === '') return start;
    // A `Response:` label or a header under an HTTP request line (a REST client's exchange as posted):
    // the block starts at that request line, whose URL names the API.
    const earlier: number[] = [];
    for (let at = above; earlier.length < MAX_REQUEST_SECTION && at > from;) {
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      earlier.unshift(at);
    }
    const request = requestAbove(
      caption,
      earlier.map((at) => cleanLineAt(text, at)),
    );
    return request >= 0 ? earlier[request] : above;
  }

  /**
   * A body's opening line (`{…`) under a client's status line (`HTTP 401 Unauthorized from https://…`,
   * one blank line at most between): where the status line starts, else `start`.
   */
  private statusFromUrlAbove(text: string, from: number, start: number): number {
    if (start <= from || !this.cleanLine(text, start).trimStart().startsWith('{')) return start;
    let above = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
    if (above > from && this.cleanLine(text, above).trim() === '') above = Math.max(from, text.lastIndexOf('\n', above - 2) + 1);
    return STATUS_FROM_URL.test(this.cleanLine(text, above)) ? above : start;
  }

  /** Start of the last non-blank line before the line at `at` (at most 3 lines up). */
  private messageAbove(text: string, from: number, at: number): number {
    let start = at;
    for (let n = 0; n < 3 && start > from; n++) {
      start = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
      if (cleanLineAt(text, start).trim() !== '') return start;
    }
    return at;
  }

  /**
   * The line that opens what the anchor line continues: the head above a stack whose frames name
   * the anchor (`✖ 401 …` above `    at new APIError (…)`), or the line that opens a
   * pretty-printed error body (`{` or `SomeException: 404 - {` above `  "error": {`).
   */
  private openingLine(text: string, from: number, lineStart: number): number {
    let start = lineStart;
    let n = 0;
    if (!indented(text, start)) return this.flatBodyOpening(text, from, lineStart);
    for (; n < MAX_OPENING_LOOKBACK && start > from; n++) {
      const prevStart = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
      if (!indented(text, start)) break;
      start = prevStart;
      if (indented(text, prevStart)) continue;
      // A dump's opening line (`upstream error {`), then a blank line a post put under it, then its fields.
      if (prevStart > from && this.cleanLine(text, prevStart) === '') {
        const opener = Math.max(from, text.lastIndexOf('\n', prevStart - 2) + 1);
        if (DUMP_OPENER.test(this.cleanLine(text, opener))) return opener;
      }
      // A later piece of an indented line a terminal cut (a long frame line): the run goes on above.
      const first = prevStart > from ? wrappedLineStart(text, from, prevStart, this.widthUpTo) : prevStart;
      if (first < prevStart && indented(text, first)) {
        start = first;
        continue;
      }
      return this.captionAbove(text, from, start);
    }
    return start === from && n > 0 ? from : lineStart;
  }

  /**
   * A pretty-printed error body whose indentation a post lost (`{` / `"error": {` / `"message": …`
   * all at column 0, quotes sometimes made typographic): from a key line, up over the key lines
   * above it to the lone `{` that opens them, and that brace's caption (`HTTP POST … failed with
   * status code 401:`). Else `lineStart`. A few short lines up at most.
   */
  private flatBodyOpening(text: string, from: number, lineStart: number): number {
    if (!FLAT_BODY_KEY.test(this.cleanLine(text, lineStart))) return lineStart;
    let at = lineStart;
    for (let n = 0; n < MAX_FLAT_BODY_KEYS && at > from; n++) {
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      const line = this.cleanLine(text, at);
      if (line === '{') return this.captionAbove(text, from, at);
      if (!FLAT_BODY_KEY.test(line)) return lineStart;
    }
    return lineStart;
  }

  /** The line at `at` as the cutter reads it; a long one (none of the short lines asked about) is left empty. */
  private cleanLine(text: string, at: number): string {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    return stop - at > 2048 ? '' : cleanLineAt(text, at).trimEnd();
  }

  /**
   * An anchor in a .NET exception's `Status: 404 (Not Found)` line or the `ErrorCode:` line under
   * it (`parse/layouts/otherRuntimes.ts`): the message above them starts the block, else `lineStart`.
   */
  private messageAboveStatus(text: string, from: number, lineStart: number): number {
    if (lineStart <= from) return lineStart;
    const above = (at: number): number => Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
    const status = ERROR_CODE_LINE.test(this.cleanLine(text, lineStart)) ? above(lineStart) : lineStart;
    if (status <= from || !STATUS_REASON_LINE.test(this.cleanLine(text, status))) return lineStart;
    const message = above(status);
    const head = this.cleanLine(text, message);
    // Unindented, or .NET's indented inner-exception arrow (` ---> Azure.RequestFailedException: …`), or
    // the `  Message=…` field of Visual Studio's copied exception details.
    return head.trim() !== '' && (!/^\s/.test(head) || DOTNET_INNER.test(head) || VS_DETAILS_MESSAGE.test(head)) ? message : lineStart;
  }

  /**
   * An anchor in the body the Azure SDK for .NET prints under its `Content:` label (`Status: 404 (Not
   * Found)`, maybe `ErrorCode: …`, a blank line, `Content:`, then `{"detail":"The API deployment …"}`),
   * when the message and status above say no anchor word: the message above the status starts the
   * block, else `lineStart`. One look at the line above for most anchors.
   */
  private statusAboveContent(text: string, from: number, lineStart: number): number {
    const above = (at: number): number => Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
    if (lineStart <= from || !this.cleanLine(text, lineStart).startsWith('{')) return lineStart;
    let at = above(lineStart);
    if (this.cleanLine(text, at) !== 'Content:') return lineStart;
    for (let n = 0; n < 2 && at > from; n++) {
      at = above(at);
      const line = this.cleanLine(text, at);
      if (line.trim() === '') continue;
      if (ERROR_CODE_LINE.test(line) || STATUS_REASON_LINE.test(line)) {
        const start = this.messageAboveStatus(text, from, at);
        return start < at ? start : lineStart;
      }
      return lineStart;
    }
    return lineStart;
  }

  /**
   * The request echo (`parse/layouts/surroundings.ts`) right above an error head at `lineStart`, one blank line
   * at most between: where its URL line starts, else `lineStart`. Looked at only when the line
   * above the head is a lone `}`.
   */
  private requestEchoAbove(text: string, from: number, lineStart: number): number {
    // Short lines only (`}`, `{`, a URL): a long one is none of them, and is not stripped.
    const line = (at: number): string => this.cleanLine(text, at);
    if (lineStart <= from) return lineStart;
    const above = (at: number): number => (at > from ? Math.max(from, text.lastIndexOf('\n', at - 2) + 1) : -1);
    let at = above(lineStart);
    // Most anchors: the line above ends in neither `}` nor is blank; one look, no scan back
    // (past the `\r` and spaces a terminal copy may leave). A short line may carry a collector's
    // prefix before its `}`: it is cleaned and looked at again.
    let end = lineStart - 2;
    while (end > at && (text.charCodeAt(end) === 13 || text.charCodeAt(end) === 32)) end--;
    const c = text.charCodeAt(end);
    if (c !== 125 /* } */ && c !== 10 && (lineStart - at > 80 || !/^\}?$/.test(line(at)))) return lineStart;
    if (at >= 0 && line(at).trim() === '') at = above(at);
    if (at < 0 || line(at) !== '}' || !nodeHead(line(lineStart))) return lineStart;
    for (let n = 0; n <= MAX_REQUEST_ECHO_LINES; n++) {
      at = above(at);
      if (at < 0) return lineStart;
      if (indented(text, at)) continue;
      if (line(at) !== '{') return lineStart;
      const url = above(at);
      return url >= 0 && REQUEST_ECHO_URL.test(line(url)) ? url : lineStart;
    }
    return lineStart;
  }

  /**
   * wget's refused status line at `lineStart`: up over its progress lines to the request line that
   * names the URL (`parse/layouts/surroundings.ts` WGET_REQUEST), where the block starts; else `lineStart`.
   */
  private wgetRequestAbove(text: string, from: number, lineStart: number): number {
    if (lineStart <= from || !WGET_REFUSED.test(this.cleanLine(text, lineStart))) return lineStart;
    let at = lineStart;
    for (let n = 0; n <= MAX_WGET_PROGRESS && at > from; n++) {
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      const line = this.cleanLine(text, at);
      if (WGET_REQUEST.test(line)) return at;
      if (!WGET_PROGRESS.test(line)) return lineStart;
    }
    return lineStart;
  }

  /**
   * A library's hint line at `lineStart` (`parse/layouts.ts` HINT_UNDER_REPORT) under its own report: where
   * that report's line starts, a few lines up (blank lines between allowed), else `lineStart`; -1 when
   * the view begins before the reach ends and no report was found (the caller may widen it).
   */
  private reportAboveHint(text: string, from: number, lineStart: number, a: number): number {
    // The anchor's own line: a run of lines a terminal seems to have cut starts above it (the hint's lines are of a width).
    if (!isHintUnderReport(this.cleanLine(text, Math.max(from, text.lastIndexOf('\n', a) + 1)))) return lineStart;
    let at = lineStart;
    for (let n = 0; n < MAX_HINT_REACH; n++) {
      if (at <= from) return -1;
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      if (lineReportStart(this.cleanLine(text, at)) >= 0) return at;
    }
    return lineStart;
  }

  /**
   * A role-based refusal broken off before its action (`… lacks the required data action`), the action starting the
   * anchor's line (`Microsoft.Acme/…/read to perform …`), one blank line at most between (a Markdown quote pastes each
   * line as a paragraph): where the refusal's line starts, else `lineStart`.
   */
  private actionHeadAbove(text: string, from: number, lineStart: number): number {
    // Only the line's start is read first: most anchor lines are no such action, and some are very long.
    if (!startsWithAction(stripLinePrefix(stripAnsi(text.slice(lineStart, lineStart + ACTION_START_READ))))) return lineStart;
    const line = this.cleanLine(text, lineStart);
    let at = lineStart;
    for (let n = 0; n < 2 && at > from; n++) {
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      const above = this.cleanLine(text, at);
      if (wrappedAtAction(above, line)) return at;
      if (above.trim() !== '') break;
    }
    return lineStart;
  }

  /**
   * An IDE extension's report (`parse/layouts/surroundings.ts` TOOL_REPORT_FIELD) whose `Status Code:` line is at
   * `lineStart`, or above the error output there (one blank line at most between): where its first
   * field line starts (`Model:`, `Provider:`, then its `Status Code:`), else `lineStart`.
   */
  private toolFieldsAbove(text: string, from: number, lineStart: number): number {
    const above = (at: number): number => (at > from ? Math.max(from, text.lastIndexOf('\n', at - 2) + 1) : -1);
    // The anchor may be the `Status Code:` field itself, or the error output below the fields.
    let at = TOOL_REPORT_STATUS.test(this.cleanLine(text, lineStart)) ? lineStart : above(lineStart);
    // One blank line between; pasted as Markdown source, also the section's heading (`**Error Output**`)
    // and the output's fence (read as a blank line once its prefix is taken off).
    for (let n = 0; n < 3 && at >= 0 && at !== lineStart; n++) {
      const line = this.cleanLine(text, at);
      if (line.trim() !== '' && !TOOL_REPORT_OUTPUT_HEAD.test(line)) break;
      at = above(at);
    }
    if (at < 0 || !TOOL_REPORT_STATUS.test(this.cleanLine(text, at))) return lineStart;
    let start = at;
    for (let n = 1; n < MAX_TOOL_REPORT_FIELDS; n++) {
      const up = above(start);
      if (up < 0 || !TOOL_REPORT_FIELD.test(this.cleanLine(text, up))) break;
      start = up;
    }
    return start;
  }

  /**
   * Whether the anchor at `a` is a troubleshooting page's entry: its own line holds both labels
   * (`DOC_ENTRY`), or one of the few lines right above it is a fix label (`DOC_LABEL`, read even when
   * already passed).
   */
  private documented(text: string, from: number, a: number): boolean {
    const lineStart = Math.max(from, text.lastIndexOf('\n', a) + 1);
    const nl = text.indexOf('\n', a);
    const lineEnd = nl < 0 ? text.length : nl;
    let at = lineStart;
    // A table row holding both labels, read whole when a terminal cut it at its width. Most anchors
    // have neither label near them: two searches say so before any piece is joined.
    const near = text.slice(Math.max(from, lineStart - MAX_DOC_LINE), Math.min(text.length, lineEnd + MAX_DOC_LINE));
    if (near.includes('Cause:') && near.includes('Solution:')) {
      if (lineStart - from > MIN_WRAP_WIDTH) at = wrappedLineStart(text, from, lineStart, this.widthUpTo);
      let end = lineEnd;
      if (nl >= 0 && lineEnd - lineStart >= MIN_WRAP_WIDTH) end = Math.max(end, wrappedLineEnd(text, lineStart, lineEnd, this.widthUpTo, true));
      const row = text.slice(at, Math.min(end, at + MAX_DOC_LINE));
      if (DOC_ENTRY.test(stripLinePrefix(stripAnsi(row.replace(/\r?\n/g, ''))))) return true;
    }
    // A fix label in the lines above, from the window, read or not (streamed, they may precede this view).
    const before =
      at >= MAX_DOC_ABOVE ? text.slice(at - MAX_DOC_ABOVE, at) : this.slice(Math.max(this.ringStart, this.textBase + at - MAX_DOC_ABOVE), this.textBase + at);
    if (!before.includes('olution:')) return false;
    const above = before.split('\n');
    above.pop();
    return above
      .map((l) => stripLinePrefix(stripAnsi(l)))
      .filter((l) => l.trim() !== '')
      .slice(-MAX_DOC_LABEL_REACH)
      .some((l) => DOC_LABEL.test(l));
  }

  /**
   * Where line processing should start for an anchor at `a`: the nearest header line before it,
   * or the anchor's own line. -1: the view is too short to tell (`mayWiden`) and the line before
   * the anchor looks like traceback content, so the caller should look at the whole window.
   */
  private lookBack(text: string, from: number, a: number, mayWiden: boolean): number {
    let lineStart = Math.max(from, text.lastIndexOf('\n', a) + 1);
    // The anchor in a later piece of a line a terminal cut: the line starts with its first piece.
    if (lineStart - from > MIN_WRAP_WIDTH) lineStart = wrappedLineStart(text, from, lineStart, this.widthUpTo);
    let start = lineStart;
    // Headers are looked for forward, each stretch of text once: where the last one was is kept.
    const lo = Math.max(from, this.headersSeenTo - this.textBase);
    // Widening reads the text before this view again: its headers are not seen yet.
    const seenBefore = this.headersSeenTo;
    if (lo < a) {
      // Bounded to [lo, a): indexOf on the whole text would run on past the anchor.
      // Forward searches only (backward ones are several times slower); one word covers both
      // Python headers.
      const stretch = text.slice(lo, a);
      for (const word of HEADER_WORDS) {
        for (let i = stretch.indexOf(word); i >= 0; i = stretch.indexOf(word, i + word.length)) {
          if (!isHeaderAt(stretch, i)) continue;
          const abs = this.textBase + lo + (stretch.charCodeAt(i - 1) === 10 && stretch.startsWith('Traceback:', i) ? i - 1 : i);
          if (abs > this.lastHeader) this.lastHeader = abs;
        }
      }
    }
    if (lineStart > lo) this.headersSeenTo = this.textBase + lineStart;
    const header = this.lastHeader - this.textBase;
    if (header >= from && header < a) {
      let ls = Math.max(from, text.lastIndexOf('\n', header) + 1);
      // Streamlit's `Traceback:` comes after the message: start at the message (blank lines between).
      if (text.startsWith('\nTraceback:', header)) ls = this.messageAbove(text, from, header + 1);
      if (ls < start) start = ls;
    }
    if (start === lineStart) {
      start = this.openingLine(text, from, lineStart);
      // A frame at the margin over the anchor's indented run (a quoted traceback's end, dedented):
      // the frames above it are the same traceback.
      if (start < lineStart && BARE_FRAME.test(this.cleanLine(text, start))) start = this.bareFramesAbove(text, from, start);
      else if (start < lineStart && DOTNET_BARE_FRAME.test(this.cleanLine(text, start))) start = this.dotnetStatusAbove(text, from, start);
    }
    start = this.statusFromUrlAbove(text, from, start);
    if (mayWiden && start === from && start < lineStart) {
      // The indented run goes on above a narrowed view (a long traceback whose first anchor is
      // deep in it): its opening line, or its header, may be further up.
      this.headersSeenTo = seenBefore;
      return -1;
    }
    if (start === lineStart) start = this.requestEchoAbove(text, from, lineStart);
    if (start === lineStart) start = this.wgetRequestAbove(text, from, lineStart);
    if (start === lineStart) {
      const head = this.reportAboveHint(text, from, lineStart, a);
      // The view begins within the hint's reach: its report's line may be just above it.
      if (head < 0 && mayWiden) {
        this.headersSeenTo = seenBefore;
        return -1;
      }
      if (head >= 0) start = head;
    }
    if (start === lineStart) start = this.actionHeadAbove(text, from, lineStart);
    if (
      start === lineStart &&
      (text.startsWith('Status Code: ', a) || text.slice(Math.max(from, lineStart - TOOL_FIELDS_REACH), lineStart).includes('Status Code: '))
    )
      start = this.toolFieldsAbove(text, from, lineStart);
    if (start === lineStart && (text.startsWith('ErrorCode: ', a) || statusLineAt(text, lineStart, a))) start = this.messageAboveStatus(text, from, lineStart);
    // Most anchors: one look at the few characters above for the Azure SDK's `Content:` label.
    if (start === lineStart && lineStart > from && text.slice(Math.max(from, lineStart - 48), lineStart).includes('Content:')) {
      start = this.statusAboveContent(text, from, lineStart);
    }
    if (start === lineStart && mayWiden && lineStart > from) {
      const prev = text.slice(Math.max(from, text.lastIndexOf('\n', lineStart - 2) + 1), lineStart - 1);
      if (TRACE_CONTENT.test(stripLinePrefix(stripAnsi(prev)))) {
        this.headersSeenTo = seenBefore;
        return -1;
      }
    }
    if (start === lineStart && mayWiden && lineStart === from) {
      this.headersSeenTo = seenBefore;
      return -1;
    }
    if (start === lineStart) start = this.statusLineAbove(text, from, lineStart);
    if (start === lineStart) start = this.responseRecordAbove(text, from, lineStart);
    if (start === lineStart) start = this.bareFramesAbove(text, from, lineStart);
    start = this.gatedMessageAbove(text, from, start);
    // A line found above (a message over its `Status:` line, a head over its stack) may be a later piece too.
    if (start < lineStart && start - from > MIN_WRAP_WIDTH) start = wrappedLineStart(text, from, start, this.widthUpTo);
    return this.commandAbove(text, from, this.refusedRequestAbove(text, from, this.coreRequestAbove(text, from, start)));
  }

  /**
   * Azure.Core's error response (`[Warning] Azure-Core: Error response [id] 404 Not Found`) starting the
   * block: the block starts at that request's own log line above (`Azure-Core: Request [id] POST https://…`),
   * whose URL names the service called; the cutter hands it over as the block's request. Else `start`:
   * other blocks pay one search of their first line.
   */
  private coreRequestAbove(text: string, from: number, start: number): number {
    const end = text.indexOf('\n', start);
    const head = text.slice(start, Math.min(end < 0 ? text.length : end, start + 512));
    let id = AZURE_CORE_ERROR_RESPONSE.exec(head)?.[1];
    // A .NET logger's record (System.ClientModel's MessageLoggingPolicy) puts its category line over the response,
    // and its collector a stamp before each: the response is the record's next line, read past the stamp.
    if (id === undefined && end >= 0 && DOTNET_LOG_CATEGORY.test(this.cleanLine(text, start))) {
      const next = this.cleanLine(text, end + 1);
      if (next.indexOf('Error response [') >= 0) id = AZURE_CORE_ERROR_RESPONSE.exec(next)?.[1];
    }
    if (id === undefined) return start;
    const at = text.lastIndexOf(`${AZURE_CORE_REQUEST}${id}]`, start);
    return at < Math.max(from, start - MAX_CORE_REQUEST_REACH) ? start : Math.max(from, text.lastIndexOf('\n', at) + 1);
  }

  /**
   * httpx's log line of a refused request (blockCutter's HTTPX_REQUEST) a line or two above the block's
   * `start`: the block is cut from it, so the cutter hands it over as the error's request (its URL may name
   * the model). Else `start`. Most anchors have no such line near them: one slice and one search.
   */
  private refusedRequestAbove(text: string, from: number, start: number): number {
    if (start <= from) return start;
    const near = text.slice(Math.max(from, start - COMMAND_REACH), start);
    if (near.indexOf('HTTP Request: ') < 0) return start;
    let at = start;
    for (let n = 0; n <= MAX_REFUSED_REQUEST_AGE && at > from; n++) {
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      let line = this.cleanLine(text, at);
      // Its last piece, the log line cut by a terminal at its width (the status on a line of its own, a width no other
      // line shows): the long pieces above it read as one line with it.
      for (let piece = at, k = 0; !HTTPX_REQUEST.test(line) && k < MAX_REQUEST_PIECES && longLineAbove(text, from, piece); k++) {
        piece = Math.max(from, text.lastIndexOf('\n', piece - 2) + 1);
        const joined = this.cleanLine(text, piece) + line;
        if (HTTPX_REQUEST.test(joined)) at = piece;
        line = joined;
      }
      const m = HTTPX_REQUEST.exec(line);
      if (m) return m[1].startsWith('4') ? at : start;
    }
    return start;
  }

  /**
   * A shell command passing a model flag (`$ sgpt --model gpt-4 "…"`, `parse/layouts/surroundings.ts`
   * SHELL_COMMAND_MODEL), or an agent CLI's `Responding with <model>` line, a few lines above the block's `start`: the block is cut from it, so the
   * cutter sees it above the error (CutBlock.command). Else `start`. Most anchors have no model
   * flag near them: one slice and two searches.
   */
  private commandAbove(text: string, from: number, start: number): number {
    if (start <= from) return start;
    const near = text.slice(Math.max(from, start - COMMAND_REACH), start);
    if (near.indexOf('--model') < 0 && near.indexOf(' -m ') < 0 && near.indexOf('Responding with ') < 0) return start;
    let at = start;
    for (let n = 0; n < MAX_COMMAND_ABOVE && at > from; n++) {
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      const line = this.cleanLine(text, at);
      if (SHELL_COMMAND_MODEL.test(line) || CLI_MODEL_LINE.test(line)) return at;
      if (SHELL_COMMAND.test(line)) return start;
    }
    return start;
  }

  /**
   * A status line right above an anchor's line that states no status (`❌ Code 401: Unauthorized`
   * over `2022-12-15 16:18:28 ❌ Incorrect API key provided: …`): the block starts there, and the
   * cutter reads it as the report's status line. Else `lineStart`. One look at one short line.
   */
  private statusLineAbove(text: string, from: number, lineStart: number): number {
    if (lineStart <= from) return lineStart;
    const above = Math.max(from, text.lastIndexOf('\n', lineStart - 2) + 1);
    // The Hub's `403 Forbidden: <the server's message>` over its `Cannot access content at: <url>.`: one report.
    if (lineStart - above <= MAX_HUB_HEAD_LINE && HUB_CONTENT_LINE.test(this.cleanLine(text, lineStart)) && HUB_STATUS_HEAD.test(this.cleanLine(text, above))) {
      return above;
    }
    // A log collector's prefix may make the raw line long: its length is read without it.
    if (lineStart - above > MAX_STATUS_LINE + MAX_LINE_PREFIX) return lineStart;
    const line = this.cleanLine(text, above);
    if (line.length <= MAX_STATUS_LINE && STATUS_ONLY_LINE.test(line)) return HAS_STATUS.test(this.cleanLine(text, lineStart)) ? lineStart : above;
    // A bare `403` right above the body it came with (`{"error":{…}}`): the body's status line.
    if (line.length <= MAX_STATUS_LINE && isStatusAboveBody(line, this.cleanLine(text, lineStart))) return above;
    // An app's rule between its status line and the report (`Request failed with status code 401`, `=====`, then the message).
    if (!RULE_ONLY_LINE.test(line) || above <= from) return lineStart;
    const further = Math.max(from, text.lastIndexOf('\n', above - 2) + 1);
    if (above - further > MAX_STATUS_LINE + MAX_LINE_PREFIX) return lineStart;
    const status = this.cleanLine(text, further);
    return status.length <= MAX_STATUS_LINE && STATUS_ONLY_LINE.test(status) && !HAS_STATUS.test(this.cleanLine(text, lineStart)) ? further : lineStart;
  }

  /**
   * transformers' gated-repo message printed without its class (an app's panel showing `str(exc)`): `You are trying
   * to access a gated repo.` and `Make sure to have access to it at https://<the Hub>/owner/name.` right above the
   * Hub's `401 Client Error. (Request ID: …)` line at or just above `lineStart` (its `Cannot access gated repo …` line):
   * the block starts there, the model named only in it. Else `lineStart`. One look at one line for most anchors.
   */
  private gatedMessageAbove(text: string, from: number, lineStart: number): number {
    if (lineStart <= from) return lineStart;
    const above = (at: number): number => Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
    let status = lineStart;
    if (!CLIENT_ERROR_HEAD.test(this.cleanLine(text, status))) {
      if (!this.cleanLine(text, lineStart).startsWith('Cannot access gated repo')) return lineStart;
      status = above(lineStart);
      if (status > from && this.cleanLine(text, status).trim() === '') status = above(status);
      if (!CLIENT_ERROR_HEAD.test(this.cleanLine(text, status))) return lineStart;
    }
    if (status <= from) return lineStart;
    const hint = above(status);
    if (!GATED_ACCESS_HINT.test(this.cleanLine(text, hint))) return lineStart;
    const head = hint > from ? above(hint) : hint;
    return head < hint && GATED_MESSAGE_HEAD.test(this.cleanLine(text, head)) ? head : hint;
  }

  /** The logfmt response record right above the anchor's line (LOGFMT_RESPONSE_RECORD), else `lineStart`. */
  private responseRecordAbove(text: string, from: number, lineStart: number): number {
    if (lineStart <= from) return lineStart;
    const above = Math.max(from, text.lastIndexOf('\n', lineStart - 2) + 1);
    // One cheap look at the raw line first: most lines above an anchor hold no such key.
    const raw = text.slice(above, lineStart);
    return raw.includes('response_code=') && LOGFMT_RESPONSE_RECORD.test(this.cleanLine(text, above)) ? above : lineStart;
  }

  /**
   * A body captioned by the last frame of a .NET stack (an app printing the response under its
   * HttpRequestException): up over those frames to `… does not indicate success: 404 (Not Found).`, which
   * states the status. Else `start`.
   */
  private dotnetStatusAbove(text: string, from: number, start: number): number {
    let at = start;
    for (let n = 0; n < MAX_BARE_FRAME_LINES && at > from; n++) {
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      const line = this.cleanLine(text, at);
      if (DOTNET_STATUS_HEAD.test(line)) return at;
      if (!DOTNET_BARE_FRAME.test(line)) break;
    }
    return start;
  }

  /**
   * Python frames printed without their `Traceback` header right above the anchor's line (a post
   * or a log that cut the header off, Ren'Py's "While running game code:"): the first frame of
   * that run, else `lineStart`. Most anchors end here after one look at the line above.
   */
  private bareFramesAbove(text: string, from: number, lineStart: number): number {
    let start = lineStart;
    let at = lineStart;
    for (let n = 0; n < MAX_BARE_FRAME_LINES && at > from; n++) {
      const prevStart = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      const end = at - 1;
      if (end - prevStart > MAX_BARE_FRAME_LINE) break;
      const line = stripLinePrefix(stripAnsi(text.slice(prevStart, end)));
      if (!TRACE_CONTENT.test(line)) {
        // A page that doubled every line break and lost the indentation (a forum post): a frame at
        // the margin, a blank line, its source at the margin, a blank line. Only such a pair is crossed.
        const pair = this.doubledFrameAbove(text, from, prevStart, line);
        if (pair < 0) break;
        start = pair;
        at = pair;
        continue;
      }
      if (BARE_FRAME.test(line)) start = prevStart;
      at = prevStart;
    }
    return start;
  }

  /**
   * Where a margin frame starts when `line` (starting at `lineStart`) is the blank line or the
   * source line of a "frame, blank, source, blank" run right above: else -1.
   */
  private doubledFrameAbove(text: string, from: number, lineStart: number, line: string): number {
    let at = lineStart;
    if (line.trim() === '') {
      if (at <= from) return -1;
      at = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
      line = this.cleanLine(text, at);
      if (line.trim() === '' || /^\s/.test(line)) return -1;
    }
    if (at <= from || PY_EXCEPTION.test(line.trimEnd())) return -1;
    const blank = Math.max(from, text.lastIndexOf('\n', at - 2) + 1);
    if (blank <= from || this.cleanLine(text, blank).trim() !== '') return -1;
    const frame = Math.max(from, text.lastIndexOf('\n', blank - 2) + 1);
    return PY_FRAME.test(this.cleanLine(text, frame)) && !/^\s/.test(this.cleanLine(text, frame)) ? frame : -1;
  }
}

/**
 * Whether the anchor's line (from `lineStart`, the anchor at `a`) is a .NET `Status:` line
 * (`Status: 401 (Unauthorized)`, its reason the anchor), after a log collector's prefix or colour too.
 */
function statusLineAt(text: string, lineStart: number, a: number): boolean {
  if (text.startsWith('Status: ', lineStart)) return true;
  const at = text.lastIndexOf('Status: ', a);
  return at > lineStart && stripLinePrefix(stripAnsi(text.slice(lineStart, a))).startsWith('Status: ');
}
