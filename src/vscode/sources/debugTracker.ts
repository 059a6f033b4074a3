// Reads every debug session's output events (not telemetry) and exception details into the feed.
import * as vscode from 'vscode';
import { traceFromExceptionInfo, type ExceptionInfoBody } from '../../core/parse';
import type { IncidentFeed, StreamInfo } from '../incidentFeed';

/** DAP messages as far as we read them. */
interface DapMessage {
  type?: string;
  event?: string;
  command?: string;
  success?: boolean;
  body?: { category?: string; output?: string } & ExceptionInfoBody;
}

export class DebugWatcher implements vscode.Disposable {
  private readonly registration: vscode.Disposable;
  private exceptions = 0;

  constructor(
    private readonly feed: IncidentFeed,
    private readonly enabled: () => boolean,
  ) {
    this.registration = vscode.debug.registerDebugAdapterTrackerFactory('*', {
      createDebugAdapterTracker: (session) => (this.enabled() ? this.tracker(session) : undefined),
    });
  }

  private tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    const streamId = `debug-${session.id}`;
    const cwd = typeof session.configuration.cwd === 'string' ? vscode.Uri.file(session.configuration.cwd) : session.workspaceFolder?.uri;
    const info: StreamInfo = {
      origin: `Debug: ${session.name}`,
      cwd,
      group: streamId,
      program: launchedProgram(session),
    };
    return {
      onDidSendMessage: (message: DapMessage) => {
        if (message.type === 'event' && message.event === 'output') {
          const { category, output } = message.body ?? {};
          if (category !== 'telemetry' && typeof output === 'string') this.feed.write(streamId, output, info);
        } else if (message.type === 'response' && message.command === 'exceptionInfo' && message.success) {
          const text = traceFromExceptionInfo(message.body);
          if (!text) return;
          // Exception details are a whole trace on their own stream.
          const id = `${streamId}-exception-${++this.exceptions}`;
          this.feed.write(id, text, info);
          this.feed.end(id);
        }
      },
      onWillStopSession: () => this.feed.end(streamId),
      onExit: () => this.feed.end(streamId),
      onError: () => this.feed.end(streamId),
    };
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** The `program` of the session or its parent (js-debug runs the code in a child session). */
function launchedProgram(session: vscode.DebugSession | undefined): vscode.Uri | undefined {
  for (; session; session = session.parentSession) {
    const { program } = session.configuration;
    if (typeof program === 'string' && program) return vscode.Uri.file(program);
  }
  return undefined;
}
