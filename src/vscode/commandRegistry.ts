// Registering, running and linking the extension's commands, typed by the table in commandIds.ts.
import * as vscode from 'vscode';
import type { CommandArgs, CommandId } from './commandIds';

export { Commands, type CommandId } from './commandIds';

/** Handlers take what a caller may send (validated inside), at least the table's arguments. */
export function registerCommand<K extends CommandId>(id: K, handler: (...args: Partial<CommandArgs[K]>) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown);
}

export function executeCommand<K extends CommandId, R = unknown>(id: K, ...args: CommandArgs[K]): Thenable<R> {
  return vscode.commands.executeCommand<R>(id, ...args);
}

/** A `command:` link target for Markdown, its arguments JSON then percent-encoded. */
export function commandLinkTarget<K extends CommandId>(id: K, ...args: CommandArgs[K]): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The same target as a URI (a diagnostic's code link). */
export function commandUri<K extends CommandId>(id: K, ...args: CommandArgs[K]): vscode.Uri {
  return vscode.Uri.parse(commandLinkTarget(id, ...args));
}
