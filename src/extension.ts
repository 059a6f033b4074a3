// Wires the adapters together; no logic of its own.
import * as vscode from 'vscode';
import { IncidentStore } from './vscode/incidents';

export function activate(context: vscode.ExtensionContext): void {
  const store = new IncidentStore();
  context.subscriptions.push(store);
}

export function deactivate(): void {}
