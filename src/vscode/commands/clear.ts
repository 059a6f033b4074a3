import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { Commands, registerCommand } from '../commandRegistry';

/** "AI Access Doctor: Clear Incidents": empties the panel, Problems and hovers. */
export function registerClear(ctx: CommandContext): vscode.Disposable {
  return registerCommand(Commands.Clear, () => ctx.store.clear());
}
