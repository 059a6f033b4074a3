// Feeds output chunks from every source into the core engine and stores what it finds,
// with the trace's files resolved against the workspace. Sources know nothing else.
import * as vscode from 'vscode';
import { TraceEngine } from '../core/engine';
import { languageFromId, locateFailingCall } from '../core/fixes';
import { isLibraryFrame } from '../core/parse/frames';
import type { Frame, Incident } from '../core/types';
import type { IncidentStore, StoredIncident } from './incidents';
import { frameLineText, frameLocation, resolveFrameFile } from './locations';

export interface StreamInfo {
  /** Shown to users: "Terminal: bash", "Debug: Launch app". */
  origin: string;
  /** Where relative paths in the trace start from. */
  cwd?: vscode.Uri;
  /** The command line, when the source knows it. */
  command?: string;
  /** Streams of one group (a debug session's output and its exception details) report a trace once. */
  group?: string;
  /** The file a debug session launched: where to look when the trace names no line of the user's. */
  program?: vscode.Uri;
  /** Frames the source can place itself (a notebook's `Cell In[N]`); others resolve as files. */
  locate?: (frame: Frame) => vscode.Location | undefined;
  /** A saved log: a trace already listed from the run it records counts once, with both origins. */
  savedLog?: boolean;
}

const IDLE_CHECK_MS = 500;
const DEDUPE_WINDOW_MS = 10_000;
const SCAN_CHUNK = 64 * 1024;

export class IncidentFeed implements vscode.Disposable {
  private engine: TraceEngine;
  private readonly streams = new Map<string, StreamInfo>();
  private readonly recent = new Map<string, { at: number; stored: Promise<StoredIncident> }>();
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly found = new vscode.EventEmitter<StoredIncident>();
  /** Fires for each incident stored. */
  readonly onDidFind = this.found.event;

  constructor(
    private readonly store: IncidentStore,
    private readonly log: vscode.LogOutputChannel,
    enabledProviders: readonly string[],
    /** Exact secret values incidents must not show (stored tokens, the host's own keys). */
    private readonly knownSecrets: () => readonly string[] = () => [],
  ) {
    this.engine = new TraceEngine({ providers: enabledProviders as never, knownSecrets: this.knownSecrets });
  }

  /** Rebuilds the engine for new settings; streams in flight start afresh. */
  configure(enabledProviders: readonly string[]): void {
    this.engine = new TraceEngine({ providers: enabledProviders as never, knownSecrets: this.knownSecrets });
  }

  write(streamId: string, text: string, info: StreamInfo): void {
    this.streams.set(streamId, info);
    this.accept(this.engine.push(streamId, text), streamId);
    this.idleTimer ??= setInterval(() => this.flushIdle(), IDLE_CHECK_MS);
  }

  /** The stream ended: whatever trace it holds is complete. */
  end(streamId: string): void {
    this.accept(this.engine.end(streamId), streamId);
    this.streams.delete(streamId);
    if (this.streams.size === 0 && this.idleTimer) {
      clearInterval(this.idleTimer);
      this.idleTimer = undefined;
    }
  }

  private flushIdle(): void {
    for (const incident of this.engine.flushIdle()) this.accept([incident], incident.streamId);
  }

  /** A whole text at once (a saved log): resolves with what it stored. */
  async scan(streamId: string, text: string, info: StreamInfo): Promise<StoredIncident[]> {
    this.streams.set(streamId, { ...info, savedLog: true });
    const pending: Array<Promise<StoredIncident>> = [];
    // Chunks as a stream would bring them: the engine's buffer stays bounded for large logs.
    for (let at = 0; at < text.length; at += SCAN_CHUNK) pending.push(...this.accept(this.engine.push(streamId, text.slice(at, at + SCAN_CHUNK)), streamId));
    pending.push(...this.accept(this.engine.end(streamId), streamId));
    this.streams.delete(streamId);
    return Promise.all(pending);
  }

  private accept(incidents: Incident[], streamId: string): Array<Promise<StoredIncident>> {
    const info = this.streams.get(streamId) ?? { origin: streamId };
    const now = Date.now();
    const added: Array<Promise<StoredIncident>> = [];
    for (const [key, seen] of this.recent) if (now - seen.at > DEDUPE_WINDOW_MS) this.recent.delete(key);
    for (const incident of incidents) {
      const key = info.group && [info.group, incident.provider, incident.cause, incident.message].join('\u0000');
      const earlier = key ? this.recent.get(key) : undefined;
      if (earlier) {
        void this.upgrade(earlier.stored, incident, info);
        continue;
      }
      const stored = this.resolve(incident, info).then((item) => this.add(item, info));
      if (key) this.recent.set(key, { at: now, stored });
      added.push(stored);
    }
    return added;
  }

  /**
   * The same trace seen twice in one group (a debug adapter's own report and the process's
   * stderr) counts once; the copy that names a source line wins.
   */
  private async upgrade(earlier: Promise<StoredIncident>, incident: Incident, info: StreamInfo): Promise<void> {
    const previous = await earlier;
    if (previous.location || !incident.userFrame) return;
    const better = await this.resolve(incident, info);
    if (better.location) this.store.replace(previous.incident.id, better);
  }

  private async resolve(incident: Incident, info: StreamInfo): Promise<StoredIncident> {
    const stored: StoredIncident = { incident, related: [], seenAt: Date.now(), origin: info.origin, command: info.command };
    const user = incident.userFrame;
    if (!user) {
      if (info.program) stored.location = await locateInProgram(info.program, incident);
      return stored;
    }
    stored.location = await this.place(user, info);
    if (stored.location) stored.flaggedText = await frameLineText(stored.location.uri, { ...user, line: stored.location.range.start.line + 1 });
    for (const frame of incident.frames) {
      if ((frame.file === user.file && frame.line === user.line) || isLibraryFrame(frame)) continue;
      const other = await this.place(frame, info);
      if (other) stored.related.push(other);
    }
    return stored;
  }

  private async place(frame: Frame, info: StreamInfo): Promise<vscode.Location | undefined> {
    const own = info.locate?.(frame);
    if (own) return own;
    const uri = await resolveFrameFile(frame, info.cwd);
    return uri ? frameLocation(uri, frame) : undefined;
  }

  private add(stored: StoredIncident, info: StreamInfo): StoredIncident {
    const { incident } = stored;
    const same = info.savedLog ? this.store.all().find((item) => item.origin !== info.origin && sameTrace(item.incident, incident)) : undefined;
    if (same) {
      this.log.info(`${info.origin}: the same ${incident.provider} ${incident.cause} trace as from ${same.origin}`);
      this.store.addOrigin(same.incident.id, info.origin);
      return same;
    }
    const where = stored.location ? `${vscode.workspace.asRelativePath(stored.location.uri)}:${incident.userFrame?.line}` : 'no source line';
    this.log.info(`${info.origin}: ${incident.provider} ${incident.cause} (${incident.status ?? 'no status'}, ${incident.errorClass}) at ${where}`);
    this.store.add(stored);
    this.found.fire(stored);
    return stored;
  }

  dispose(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.found.dispose();
  }
}

/** One run's trace seen twice (live, then in its saved log): same failure, same message, same user line. */
function sameTrace(a: Incident, b: Incident): boolean {
  const line = (i: Incident) => (i.userFrame ? `${i.userFrame.file.split(/[\\/]/).pop()}:${i.userFrame.line}` : '');
  return a.provider === b.provider && a.cause === b.cause && a.status === b.status && a.message === b.message && line(a) === line(b);
}

/** The launched program's call that most likely failed, when the trace itself names no line. */
async function locateInProgram(program: vscode.Uri, incident: Incident): Promise<vscode.Location | undefined> {
  const language = languageFromId(program.path);
  if (!language) return undefined;
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(program));
    const line = locateFailingCall(text, language, incident.provider, incident.model);
    return line ? await frameLocation(program, { file: program.fsPath, line, function: null }, text) : undefined;
  } catch {
    return undefined;
  }
}
