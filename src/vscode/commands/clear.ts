import * as vscode from 'vscode';
import type { CommandContext } from './context';

/** "AI Access Doctor: Clear Incidents": empties the panel, Problems and hovers. */
export function registerClear(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('aiAccessDoctor.clear', () => ctx.store.clear());
}
