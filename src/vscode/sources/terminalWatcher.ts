// Streams every shell execution of every integrated terminal into the feed
// (shell integration), and says once, plainly, when a terminal has none.
import * as vscode from 'vscode';
import { DisposableStore } from '../disposables';
import type { IncidentFeed } from '../incidentFeed';

/** How long a new terminal may take to report shell integration before we say it has none. */
const SHELL_INTEGRATION_GRACE_MS = 5_000;

export interface ExecutionEvent {
  phase: 'start' | 'end';
  terminal: vscode.Terminal;
  commandLine: string;
  exitCode?: number;
}

export class TerminalWatcher implements vscode.Disposable {
  private readonly disposables = new DisposableStore();
  private readonly executions = this.disposables.add(new vscode.EventEmitter<ExecutionEvent>());
  /** Fires when a watched execution starts and ends. */
  readonly onDidWatchExecution = this.executions.event;
  private counter = 0;
  private warned = false;
  private readonly noIntegration = this.disposables.add(new vscode.EventEmitter<string>());
  /** Terminals still in their grace period; a timer leaves when it fires or its terminal closes. */
  private readonly graceTimers = new Map<vscode.Terminal, NodeJS.Timeout>();
  /** Fires (once per window) with the name of a terminal that has no shell integration. */
  readonly onNoShellIntegration = this.noIntegration.event;

  constructor(
    private readonly feed: IncidentFeed,
    private readonly log: vscode.LogOutputChannel,
    private readonly enabled: () => boolean,
  ) {
    this.disposables.add(vscode.window.onDidStartTerminalShellExecution((event) => this.watch(event)));
    this.disposables.add(vscode.window.onDidEndTerminalShellExecution((event) => this.ended(event)));
    this.disposables.add(vscode.window.onDidOpenTerminal((terminal) => this.checkShellIntegration(terminal)));
    this.disposables.add(vscode.window.onDidCloseTerminal((terminal) => this.stopGrace(terminal)));
    this.disposables.add({ dispose: () => [...this.graceTimers.keys()].forEach((terminal) => this.stopGrace(terminal)) });
    vscode.window.terminals.forEach((terminal) => this.checkShellIntegration(terminal));
  }

  private async watch(event: vscode.TerminalShellExecutionStartEvent): Promise<void> {
    if (!this.enabled()) return;
    // read() must start at once: output produced before the call is not replayed.
    const stream = event.execution.read();
    const streamId = `terminal-${++this.counter}`;
    const commandLine = event.execution.commandLine.value;
    const info = {
      origin: `Terminal: ${event.terminal.name}`,
      cwd: event.execution.cwd ?? event.shellIntegration.cwd,
      command: commandLine,
    };
    this.executions.fire({ phase: 'start', terminal: event.terminal, commandLine });
    try {
      for await (const data of stream) this.feed.write(streamId, data, info);
    } catch (error) {
      this.log.warn(`Stopped reading terminal output: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.feed.end(streamId);
    }
  }

  private ended(event: vscode.TerminalShellExecutionEndEvent): void {
    const commandLine = event.execution.commandLine.value;
    this.executions.fire({ phase: 'end', terminal: event.terminal, commandLine, exitCode: event.exitCode });
    if (event.exitCode === 0 && commandLine.trim()) this.feed.commandSucceeded(commandLine);
  }

  private checkShellIntegration(terminal: vscode.Terminal): void {
    const options = terminal.creationOptions;
    // Pseudoterminals (ours among them) carry no shell; hidden terminals are not the user's.
    if (this.warned || terminal.shellIntegration || 'pty' in options || options.hideFromUser || this.graceTimers.has(terminal)) return;
    const timer = setTimeout(() => {
      this.graceTimers.delete(terminal);
      if (this.warned || terminal.shellIntegration || terminal.exitStatus) return;
      this.warned = true;
      this.log.warn(
        `Terminal "${terminal.name}" has no shell integration, so its output is not watched. ` +
          'Turn on "terminal.integrated.shellIntegration.enabled" and use bash, zsh, fish or PowerShell, ' +
          'or run the file with "AI Access Doctor: Run File with Watch".',
      );
      this.noIntegration.fire(terminal.name);
    }, SHELL_INTEGRATION_GRACE_MS);
    this.graceTimers.set(terminal, timer);
  }

  private stopGrace(terminal: vscode.Terminal): void {
    clearTimeout(this.graceTimers.get(terminal));
    this.graceTimers.delete(terminal);
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
