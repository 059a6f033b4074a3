// "Run File with Watch": runs a file in a terminal the extension owns (a Pseudoterminal),
// so the output reaches the feed whether or not the shell has shell integration.
import { spawn, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import type { IncidentFeed } from '../incidentFeed';

export interface RunRequest {
  /** Full command line, e.g. `python3 "/w/app.py"`. */
  commandLine: string;
  cwd: string;
  env: Record<string, string>;
  name: string;
}

let runs = 0;

/** Starts the run in a new terminal; resolves with the exit code when the process ends. */
export function runWithWatch(feed: IncidentFeed, request: RunRequest): { terminal: vscode.Terminal; exited: Promise<number> } {
  const streamId = `run-${++runs}`;
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<number | void>();
  let child: ChildProcess | undefined;
  let resolveExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  const info = { origin: `Run: ${request.name}`, cwd: vscode.Uri.file(request.cwd), command: request.commandLine };

  const show = (text: string) => written.fire(text.replace(/\r?\n/g, '\r\n'));
  const pty: vscode.Pseudoterminal = {
    onDidWrite: written.event,
    onDidClose: closed.event,
    open: () => {
      show(`\x1b[2m> ${request.commandLine}\x1b[0m\n`);
      child = spawn(request.commandLine, { cwd: request.cwd, env: { ...process.env, ...request.env }, shell: true });
      const onData = (data: Buffer) => {
        const text = data.toString();
        show(text);
        feed.write(streamId, text, info);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('error', (error) => show(`\x1b[31m${error.message}\x1b[0m\n`));
      child.on('close', (code) => {
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
    close: () => child?.kill(),
  };
  const terminal = vscode.window.createTerminal({ name: `Watch: ${request.name}`, pty, iconPath: new vscode.ThemeIcon('shield') });
  terminal.show();
  return { terminal, exited };
}

export { shellQuote } from '../../core/shellQuote';
