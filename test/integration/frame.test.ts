// The frame: the extension activates in a real VS Code host, registers its commands,
// and sees shell executions in the integrated terminal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { report } from './report';

const EXTENSION_ID = 'ai-access-doctor.ai-access-doctor';

describe('extension frame', () => {
  it('activates in VS Code 1.139', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension is installed');
    await extension.activate();
    assert.equal(extension.isActive, true);
    report(`host: VS Code ${vscode.version}, ${vscode.env.appName}, node ${process.version}`);
    assert.match(vscode.version, /^1\.1[3-9]\d\./);
  });

  it('registers every contributed command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: Array<{ command: string }> = extension.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });
});
