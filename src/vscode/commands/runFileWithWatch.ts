import * as path from 'node:path';
import * as vscode from 'vscode';
import { languageFromId } from '../../core/fixes';
import { readSettings } from '../settings';
import { runWithWatch, shellQuote } from '../sources/watchRunner';
import { sharedTokenEnv } from '../tokenSharing';
import type { CommandContext } from './context';

/** "AI Access Doctor: Run File with Watch": runs the active Python/JS/TS file in a watched terminal. */
export function registerRunFileWithWatch(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('aiAccessDoctor.runFileWithWatch', async (uri?: unknown) => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Running a file needs a trusted workspace. Trust this folder to run it.'));
      return undefined;
    }
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    const language = document ? (languageFromId(document.languageId) ?? languageFromId(document.uri.path)) : null;
    if (!document || !language || document.uri.scheme !== 'file') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a Python, JavaScript or TypeScript file on disk to run it with watch.'));
      return undefined;
    }
    if (document.isDirty) await document.save();
    const file = document.uri.fsPath;
    const settings = readSettings();
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const quoted = shellQuote(file);
    if (quoted === null) {
      void vscode.window.showWarningMessage(vscode.l10n.t('This file name has characters the shell cannot pass safely. Rename the file to run it with watch.'));
      return undefined;
    }
    const run = runWithWatch(ctx.feed, {
      commandLine: `${settings.runCommands[language]} ${quoted}`,
      cwd: folder?.uri.fsPath ?? path.dirname(file),
      env: settings.shareTokensWithTerminals ? await sharedTokenEnv(ctx.tokens) : {},
      name: path.basename(file),
    });
    return run.exited;
  });
}
