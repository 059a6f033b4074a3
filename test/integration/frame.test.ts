// The frame: the extension activates in a real VS Code host, registers its commands,
// and sees shell executions in the integrated terminal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, report, runInTerminal, shellTerminal } from './helpers';

describe('extension frame', () => {
  it('activates in a host that meets the engine the manifest asks for', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension is installed');
    await extension.activate();
    assert.equal(extension.isActive, true);
    report(`host: VS Code ${vscode.version}, ${vscode.env.appName}, node ${process.version}`);
    // Compatibility, not a pinned version: the host is at least `engines.vscode`'s minimum.
    const wanted = String(extension.packageJSON.engines.vscode)
      .replace(/^[^\d]*/, '')
      .split('.')
      .map(Number);
    const have = vscode.version.split('.').map((part) => parseInt(part, 10));
    assert.ok(have[0]! > wanted[0]! || (have[0] === wanted[0] && have[1]! >= wanted[1]!), `VS Code ${vscode.version} meets ^${wanted.join('.')}`);
  });

  it('registers every contributed command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: Array<{ command: string }> = extension.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });

  it('sees a shell execution start and end in the terminal', async () => {
    const { terminals } = await api();
    const seen: string[] = [];
    const listener = terminals.onDidWatchExecution((event) => seen.push(`${event.phase} ${event.commandLine} ${event.exitCode ?? ''}`.trim()));
    const terminal = await shellTerminal('frame');
    try {
      await runInTerminal(terminal, 'echo frame-check; sleep 0.2; (exit 3)');
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      listener.dispose();
      terminal.dispose();
    }
    assert.deepEqual(seen, ['start echo frame-check; sleep 0.2; (exit 3)', 'end echo frame-check; sleep 0.2; (exit 3) 3']);
  });
});
