// "AI Access Doctor: Scan Log for AI Access Errors": a saved log (a CI run, a server log, text
// pasted into an editor) read by the same engine as the terminal; what it finds goes to the
// panel, Problems and hovers, with CI paths mapped onto this workspace.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { Commands, registerCommand } from '../commandRegistry';

/** Larger logs are left to the command-line tool, which streams them. */
const MAX_LOG_BYTES = 256 * 1024 * 1024;
const LOG_LANGUAGES = new Set(['log', 'plaintext']);

interface LogSource {
  name: string;
  text: string;
  folder?: vscode.Uri;
}

export function registerScanLog(ctx: CommandContext): vscode.Disposable {
  let scans = 0;
  return registerCommand(Commands.ScanLog, async (target?: unknown) => {
    const source = await logSource(target instanceof vscode.Uri ? target : undefined);
    if (!source) return undefined;
    const found = await ctx.feed.scan(`log-${++scans}`, source.text, { origin: `Log: ${source.name}`, cwd: source.folder });
    if (found.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No AI access errors found in {0}.', source.name));
      return 0;
    }
    ctx.panel.show(found[0]!.incident.id, true);
    const unplaced = found.filter((item) => !item.location).length;
    const count = found.length === 1 ? vscode.l10n.t('an AI access error') : vscode.l10n.t('{0} AI access errors', found.length);
    const note = !unplaced
      ? ''
      : unplaced === found.length
        ? vscode.l10n.t('; none names a file in this workspace')
        : vscode.l10n.t('; {0} name no file in this workspace', unplaced);
    void vscode.window.showInformationMessage(vscode.l10n.t('Found {0} in {1}{2}.', count, source.name, note));
    return found.length;
  });
}

/** The file given (Explorer), else the log open in the editor, else one the user picks. */
async function logSource(uri: vscode.Uri | undefined): Promise<LogSource | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!uri && editor && (LOG_LANGUAGES.has(editor.document.languageId) || editor.document.isUntitled)) {
    const { document } = editor;
    return { name: path.basename(document.uri.path), text: document.getText(), folder: folderOf(document.uri) };
  }
  uri ??= (
    await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: vscode.l10n.t('Scan'),
      title: vscode.l10n.t('Scan a log for AI access errors'),
      filters: { Logs: ['log', 'txt', 'out'], 'All files': ['*'] },
    })
  )?.[0];
  if (!uri) return undefined;
  const name = path.basename(uri.path);
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_LOG_BYTES) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          '{0} is too large to scan in the editor ({1} MB). Use the command-line tool: ai-access-doctor scan {0}',
          name,
          Math.round(size / 2 ** 20),
        ),
      );
      return undefined;
    }
    return { name, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), folder: folderOf(uri) };
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  return (vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0])?.uri;
}
