import * as vscode from 'vscode';
import type { CommandContext } from './context';

/** "AI Access Doctor: Show Diagnostics" (optionally on one incident). */
export function registerShowDiagnostics(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('aiAccessDoctor.showDiagnostics', (incidentId?: unknown) => {
    ctx.panel.show(typeof incidentId === 'string' ? incidentId : undefined);
  });
}
