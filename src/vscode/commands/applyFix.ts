import * as vscode from 'vscode';
import type { CommandContext } from './context';

/** Applies a quick fix to an incident's source line (from the panel or a hover link). */
export function registerApplyFix(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('aiAccessDoctor.applyFix', async (incidentId?: unknown, index?: unknown, title?: unknown) => {
    const stored = typeof incidentId === 'string' ? ctx.store.get(incidentId) : undefined;
    if (!stored) {
      void vscode.window.showWarningMessage(vscode.l10n.t('That incident is no longer listed. Run the script again to see it.'));
      return false;
    }
    if (!stored.location) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The line that failed is not in this workspace (or it changed since), so there is nothing to fix here.'),
      );
      return false;
    }
    const document = await vscode.workspace.openTextDocument(stored.location.uri);
    const fixes = await ctx.fixes.fixesAt(document, stored.location.range.start.line, stored.incident);
    if (fixes.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No quick fix applies to this line. The diagnostics panel lists what to check.'));
      return false;
    }
    // An index skips the picker only with the title of the fix shown for it (the panel's
    // button); any other caller, or a list that changed since, gets the picker.
    const offered = Number.isInteger(index) && (index as number) >= 0 ? fixes[index as number] : undefined;
    let fix = offered && typeof title === 'string' && offered.title === title ? offered : undefined;
    if (!fix) {
      const picked = await vscode.window.showQuickPick(
        fixes.map((candidate) => ({ label: candidate.title, fix: candidate })),
        { placeHolder: vscode.l10n.t('Choose a fix for this line') },
      );
      fix = picked?.fix;
    }
    if (!fix) return false;
    const applied = await vscode.workspace.applyEdit(await ctx.fixes.toWorkspaceEdit(document, fix));
    if (applied) await vscode.window.showTextDocument(document, { selection: stored.location?.range });
    return applied;
  });
}
