// The detection engine: raw output chunks per stream in, incidents out.
import { classifyTrace, toIncident, type TraceClassification } from './classify';
import { modelInRunHeaders, modelInTrailers, otherVendorInTrailers, providerInRunHeaders } from './findModel';
import { RUN_PROVIDER_STATUSES, RUN_TRAILER_REACH } from './parse/layouts/surroundings';
import { parseBlock, type CutBlock } from './parse';
import type { ParsedTrace } from './types';
import { RejectedBlocks } from './rejectedBlocks';
import { headOf, restates, TOLD_KEPT, type Told } from './restatement';
import { DEFAULT_LIMITS, StreamScanner } from './scan/streamScanner';
import { PROVIDER_IDS, type Incident, type ProviderId, type ScanRecord } from './types';

export interface TraceEngineOptions {
  /** Enabled providers; default all. */
  providers?: readonly ProviderId[];
  /** A stream quiet for longer than this completes its open trace (flushIdle). Default 1500. */
  quietMs?: number;
  /** Exact secret values to mask in incidents besides the known shapes (stored tokens, own env keys). */
  knownSecrets?: () => readonly string[];
  /** Where incident ids come from; engines that share one never repeat an id. Default: the engine's own. */
  ids?: IncidentIds;
}

/** Hands out incident ids, `<stream>#<n>` counted per stream. */
export class IncidentIds {
  private readonly counts = new Map<string, number>();

  next(streamId: string): string {
    const n = (this.counts.get(streamId) ?? 0) + 1;
    this.counts.set(streamId, n);
    return `${streamId}#${n}`;
  }
}

/** Hard cap on what one stream may hold (the scanner's own limits stay well below it). */
export const MAX_BUFFERED_PER_STREAM = 256 * 1024;

export class TraceEngine {
  private readonly streams = new Map<string, StreamScanner>();
  private readonly enabled: ReadonlySet<ProviderId> | null;
  private readonly quietMs: number;
  private readonly knownSecrets: () => readonly string[];
  private readonly ids: IncidentIds;
  /** Blocks seen not to be incidents: repeated benign errors cost one lookup, not a parse. */
  private readonly rejected = new RejectedBlocks();
  /** Each stream's last incident, so a line restating it right below is not told twice. */
  private readonly told = new Map<string, Told>();
  /**
   * Each stream's incidents not told yet, in order: the first names no model and the lines below it that may
   * (RUN_TRAILERS) have not all come in. Those after it wait too, so incidents are told in the order printed.
   */
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(opts: TraceEngineOptions = {}) {
    this.enabled = opts.providers && opts.providers.length < PROVIDER_IDS.length ? new Set(opts.providers) : null;
    this.quietMs = opts.quietMs ?? 1500;
    this.knownSecrets = opts.knownSecrets ?? (() => []);
    this.ids = opts.ids ?? new IncidentIds();
  }

  /** Feeds a chunk of a stream's output, exactly as delivered; returns completed incidents. */
  push(streamId: string, chunk: string, now: number = Date.now()): Incident[] {
    let s = this.streams.get(streamId);
    if (!s) {
      s = new StreamScanner(DEFAULT_LIMITS);
      this.streams.set(streamId, s);
    }
    s.lastActivity = now;
    // A chunk larger than the scanner's window is taken in parts, each read before the next comes in:
    // an incident may look above its block (runHeadersAbove) while that text is still in the window.
    if (chunk.length <= MAX_PIECE) return this.toIncidents(streamId, s, s.push(chunk));
    const out: Incident[] = [];
    for (let i = 0; i < chunk.length; i += MAX_PIECE) out.push(...this.toIncidents(streamId, s, s.push(chunk.slice(i, i + MAX_PIECE))));
    return out;
  }

  /** The stream ended: completes its open trace and forgets it. */
  end(streamId: string): Incident[] {
    const s = this.streams.get(streamId);
    if (!s) return [];
    this.streams.delete(streamId);
    const out = [...this.toIncidents(streamId, s, s.flush()), ...this.release(streamId, s, true)];
    this.told.delete(streamId);
    this.waiting.delete(streamId);
    return out;
  }

  /** Completes the open traces of streams quiet for more than quietMs. */
  flushIdle(now: number = Date.now()): Incident[] {
    const out: Incident[] = [];
    for (const [id, s] of this.streams) {
      if ((s.pending || this.waiting.has(id)) && now - s.lastActivity > this.quietMs)
        out.push(...this.toIncidents(id, s, s.flush()), ...this.release(id, s, true));
    }
    return out;
  }

  /** Bytes buffered for a stream (for tests and the benchmark). */
  bufferedBytes(streamId: string): number {
    return this.streams.get(streamId)?.bufferedBytes ?? 0;
  }

  /**
   * A refusal whose words name no provider (`stream error: exceeded retry limit, last status: 401 Unauthorized`),
   * read again as the provider its run's header above names (Codex's `provider: openai`). Only for an access
   * status stated in the block and no URL: other blocks never pay the look above.
   */
  private withRunProvider(trace: ParsedTrace, block: CutBlock, headersAbove: () => string[]): TraceClassification | null {
    if (block.at === undefined || trace.status === null || !RUN_PROVIDER_STATUSES.has(trace.status)) return null;
    // A URL in it says which service answered (`https://api.github.com/…`): not the run's provider, or the words would have named it.
    if (block.text.includes('://')) return null;
    const provider = providerInRunHeaders(headersAbove());
    return provider && classifyTrace(trace, this.enabled, provider);
  }

  private toIncidents(streamId: string, scanner: StreamScanner, blocks: CutBlock[]): Incident[] {
    // Nearly every chunk completes no block: skip the loop's setup.
    if (blocks.length === 0) return this.waiting.has(streamId) ? this.release(streamId, scanner, false) : [];
    const queue = this.waiting.get(streamId) ?? [];
    for (const block of blocks) {
      if (this.rejected.has(block)) {
        if (!isBodyRemnant(block)) this.told.delete(streamId);
        continue;
      }
      const trace = parseBlock(block);
      // The run's header lines above, read at most once per block and only when asked for.
      let headers: string[] | undefined;
      const headersAbove = (): string[] => (headers ??= block.at === undefined ? [] : scanner.runHeadersAbove(block.at));
      const c = trace && (classifyTrace(trace, this.enabled) ?? this.withRunProvider(trace, block, headersAbove));
      if (!trace || !c) {
        this.rejected.add(block);
        if (!isBodyRemnant(block)) this.told.delete(streamId);
        continue;
      }
      // A failure naming no model takes the one its run's header above names, when that is its provider's.
      if (c.model === null) c.model = modelInRunHeaders(c.provider, headersAbove());
      const told = this.told.get(streamId);
      if (told && restates(block, trace, c, told)) {
        told.text = `${told.text}\n${block.text}`.slice(-TOLD_KEPT);
        told.head = headOf(block);
        continue;
      }
      // …else it waits for a line below it that names it (a retry loop's last words): see release().
      const at = c.model === null ? block.at : undefined;
      queue.push({ c, trace, below: at === undefined ? null : { scanned: at, end: at + block.text.length + RUN_TRAILER_REACH, lines: [] } });
      this.told.set(streamId, { provider: c.provider, cause: c.cause, status: c.status, model: c.model, text: block.text, head: headOf(block) });
    }
    if (queue.length) this.waiting.set(streamId, queue);
    return this.release(streamId, scanner, false);
  }

  /**
   * Tells a stream's waiting incidents in order, each that names no model with the one a line below it names
   * (RUN_TRAILERS: `Last error using Groq(llama-3.1-8b-instant)`); stops at one whose lines below have not all
   * come in, unless the stream ended or went quiet (`final`).
   */
  private release(streamId: string, scanner: StreamScanner, final: boolean): Incident[] {
    const queue = this.waiting.get(streamId);
    const out: Incident[] = [];
    if (!queue) return out;
    while (queue.length) {
      const { c, trace, below } = queue[0];
      if (below !== null) {
        // Each line below is read once, as it comes in.
        const done = final || scanner.received >= below.end;
        const read = scanner.trailersBelow(below.scanned, below.end, done);
        below.scanned = read.next;
        below.lines.push(...read.lines);
        // The retry line below names another vendor's client as the one whose call failed: not this provider's refusal.
        if (otherVendorInTrailers(below.lines, trace.body)) {
          queue.shift();
          continue;
        }
        c.model = modelInTrailers(c.provider, below.lines);
        if (c.model === null && !done && !read.closed) break;
      }
      queue.shift();
      out.push(toIncident(c, trace, streamId, this.ids.next(streamId), this.knownSecrets()));
    }
    if (!queue.length) this.waiting.delete(streamId);
    return out;
  }
}

/** An incident found and not told yet; `below` while it waits for a line below it to name its model. */
interface Waiting {
  c: TraceClassification;
  trace: ParsedTrace;
  /** Where its lines below were read up to, where the look ends, and the trailer lines found so far. */
  below: { scanned: number; end: number; lines: string[] } | null;
}

/** The longest chunk the scanner takes at once (a quarter of its window). */
const MAX_PIECE = DEFAULT_LIMITS.ringBytes / 4;

/**
 * A line of the printed body the last incident came from, cut apart by the scanner (`"type": "invalid_request_error",`,
 * `} error= {`): no failed call of its own, so the line restating that incident below it is still a restatement.
 */
const BODY_REMNANT = /^\s*(?:["']?[\w.-]+["']?: ?(?:"[^"\n]*"|'[^'\n]*'|[\w.-]+),?|[}\])]+,?(?: ?[\w.]+ ?[=:] ?[{[])?)\s*$/;

function isBodyRemnant(block: CutBlock): boolean {
  return block.layout === 'line-report' && block.text.indexOf('\n') < 0 && BODY_REMNANT.test(block.text);
}

/** Scans a whole text as one stream that then ends (pass `opts.ids` to keep ids unique across calls). */
export function scanText(text: string, streamId = 'scan', opts?: TraceEngineOptions): Incident[] {
  const engine = new TraceEngine(opts);
  return [...engine.push(streamId, text), ...engine.end(streamId)];
}

export function toScanRecord(i: Incident): ScanRecord {
  const frame = (f: { file: string; line: number; function: string | null }) => ({ file: f.file, line: f.line, function: f.function });
  return {
    provider: i.provider,
    cause: i.cause,
    status: i.status,
    errorClass: i.errorClass,
    model: i.model,
    message: i.message,
    frames: i.frames.map(frame),
    userFrame: i.userFrame ? frame(i.userFrame) : null,
  };
}
