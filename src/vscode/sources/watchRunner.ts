// "Run File with Watch": runs a file in a terminal the extension owns (a Pseudoterminal),
// so the output reaches the feed whether or not the shell has shell integration.
import { spawn, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { DisposableStore } from '../disposables';
import type { IncidentFeed } from '../incidentFeed';

export interface RunRequest {
  /** Full command line, e.g. `python3 "/w/app.py"`. */
  commandLine: string;
  cwd: string;
  env: Record<string, string>;
  name: string;
}

/** The runs of this window: each owns its emitters and process; disposing ends them all. */
export class WatchRuns implements vscode.Disposable {
  private count = 0;
  private readonly live = new Set<DisposableStore>();

  constructor(private readonly feed: IncidentFeed) {}

  /** Starts the run in a new terminal; resolves with the exit code when the process ends. */
  start(request: RunRequest): { terminal: vscode.Terminal; exited: Promise<number> } {
    const feed = this.feed;
    const streamId = `run-${++this.count}`;
    const run = new DisposableStore();
    this.live.add(run);
    const written = run.add(new vscode.EventEmitter<string>());
    const closed = run.add(new vscode.EventEmitter<number | void>());
    let child: ChildProcess | undefined;
    run.add({ dispose: () => child?.kill() });
    run.add({ dispose: () => this.live.delete(run) });
    let resolveExit: (code: number) => void = () => {};
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    const info = { origin: `Run: ${request.name}`, cwd: vscode.Uri.file(request.cwd), command: request.commandLine };

    const show = (text: string) => written.fire(text.replace(/\r?\n/g, '\r\n'));
    const output = (text: string) => {
      if (!text) return;
      show(text);
      feed.write(streamId, text, info);
    };
    const pty: vscode.Pseudoterminal = {
      onDidWrite: written.event,
      onDidClose: closed.event,
      open: () => {
        show(`\x1b[2m> ${request.commandLine}\x1b[0m\n`);
        child = spawn(request.commandLine, { cwd: request.cwd, env: { ...process.env, ...request.env }, shell: true });
        // One streaming decoder per pipe: a character split across two chunks is decoded whole.
        const stdout = new TextDecoder();
        const stderr = new TextDecoder();
        child.stdout?.on('data', (data: Buffer) => output(stdout.decode(data, { stream: true })));
        child.stderr?.on('data', (data: Buffer) => output(stderr.decode(data, { stream: true })));
        child.on('error', (error) => show(`\x1b[31m${error.message}\x1b[0m\n`));
        child.on('close', (code) => {
          output(stdout.decode() + stderr.decode());
          feed.end(streamId);
          show(`\n\x1b[2mProcess exited with code ${code ?? 'unknown'}. Press any key to close.\x1b[0m\n`);
          child = undefined;
          resolveExit(code ?? 1);
        });
      },
      handleInput: (data) => {
        if (child && data === '\x03') child.kill('SIGINT');
        else if (child) child.stdin?.write(data === '\r' ? '\n' : data);
        else closed.fire();
      },
      // The terminal closed (by the user, or after the run): the process and emitters go with it.
      close: () => run.dispose(),
    };
    const terminal = vscode.window.createTerminal({ name: `Watch: ${request.name}`, pty, iconPath: new vscode.ThemeIcon('shield') });
    terminal.show();
    return { terminal, exited };
  }

  /** Kills every process still running (deactivation) and releases the emitters. */
  dispose(): void {
    for (const run of [...this.live]) run.dispose();
  }
}

export { shellQuote } from '../../core/shellQuote';
