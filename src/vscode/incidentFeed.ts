// Feeds output chunks from every source into the core engine and stores what it finds,
// with the trace's files resolved against the workspace. Sources know nothing else.
import * as vscode from 'vscode';
import { TraceEngine } from '../core/engine';
import type { Incident } from '../core/types';
import type { IncidentStore, StoredIncident } from './incidents';
import { frameLocation, resolveFrameFile } from './locations';

export interface StreamInfo {
  /** Shown to users: "Terminal: bash", "Debug: Launch app". */
  origin: string;
  /** Where relative paths in the trace start from. */
  cwd?: vscode.Uri;
  /** The command line, when the source knows it. */
  command?: string;
  /** Streams of one group (a debug session's output and its exception details) report a trace once. */
  group?: string;
}

const IDLE_CHECK_MS = 500;
const DEDUPE_WINDOW_MS = 10_000;

export class IncidentFeed implements vscode.Disposable {
  private engine: TraceEngine;
  private readonly streams = new Map<string, StreamInfo>();
  private readonly recent = new Map<string, number>();
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly found = new vscode.EventEmitter<StoredIncident>();
  /** Fires for each incident stored. */
  readonly onDidFind = this.found.event;

  constructor(
    private readonly store: IncidentStore,
    private readonly log: vscode.LogOutputChannel,
    enabledProviders: readonly string[],
  ) {
    this.engine = new TraceEngine({ providers: enabledProviders as never });
  }

  /** Rebuilds the engine for new settings; streams in flight start afresh. */
  configure(enabledProviders: readonly string[]): void {
    this.engine = new TraceEngine({ providers: enabledProviders as never });
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

  private accept(incidents: Incident[], streamId: string): void {
    const info = this.streams.get(streamId) ?? { origin: streamId };
    for (const incident of incidents) {
      if (this.isRepeat(incident, info)) continue;
      void this.store_(incident, info);
    }
  }

  /** The same trace seen twice in one group (debug output + exception details) counts once. */
  private isRepeat(incident: Incident, info: StreamInfo): boolean {
    if (!info.group) return false;
    const frame = incident.userFrame;
    const key = [info.group, incident.provider, incident.cause, incident.message, frame?.file, frame?.line].join('\u0000');
    const now = Date.now();
    for (const [k, at] of this.recent) if (now - at > DEDUPE_WINDOW_MS) this.recent.delete(k);
    if (this.recent.has(key)) return true;
    this.recent.set(key, now);
    return false;
  }

  private async store_(incident: Incident, info: StreamInfo): Promise<void> {
    const stored: StoredIncident = {
      incident,
      related: [],
      seenAt: Date.now(),
      origin: info.origin,
      command: info.command,
    };
    if (incident.userFrame) {
      const uri = await resolveFrameFile(incident.userFrame, info.cwd);
      if (uri) stored.location = frameLocation(uri, incident.userFrame);
      for (const frame of incident.frames) {
        if (sameFrame(frame, incident.userFrame) || !isUserCode(frame.file)) continue;
        const other = await resolveFrameFile(frame, info.cwd);
        if (other) stored.related.push(frameLocation(other, frame));
      }
    }
    const where = stored.location ? `${vscode.workspace.asRelativePath(stored.location.uri)}:${incident.userFrame?.line}` : 'no source line';
    this.log.info(`${info.origin}: ${incident.provider} ${incident.cause} (${incident.status ?? 'no status'}, ${incident.errorClass}) at ${where}`);
    this.store.add(stored);
    this.found.fire(stored);
  }

  dispose(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.found.dispose();
  }
}

/** Frames in installed packages or the runtime are not the user's code. */
function isUserCode(file: string): boolean {
  return !/(site-packages|dist-packages|node_modules|^node:|<frozen|\/lib\/python\d)/.test(file);
}

function sameFrame(a: { file: string; line: number }, b: { file: string; line: number }): boolean {
  return a.file === b.file && a.line === b.line;
}
