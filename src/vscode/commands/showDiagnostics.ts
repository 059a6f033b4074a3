import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { Commands, registerCommand } from '../commandRegistry';

/** "AI Access Doctor: Show Diagnostics" (optionally on one incident). */
export function registerShowDiagnostics(ctx: CommandContext): vscode.Disposable {
  return registerCommand(Commands.ShowDiagnostics, (incidentId?: unknown) => {
    ctx.panel.show(typeof incidentId === 'string' ? incidentId : undefined);
  });
}
