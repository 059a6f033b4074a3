// IncidentStore: the one list of this window's incidents; every surface reads from it.
import * as vscode from 'vscode';
import type { Incident } from '../core/types';

export interface StoredIncident {
  incident: Incident;
  /** Where the user frame resolved to in this workspace, if it did. */
  location?: vscode.Location;
  /** Other user frames that resolved. */
  related: vscode.Location[];
  /** When it was seen (ms since epoch). */
  seenAt: number;
  /** Where the output came from: "terminal: bash", "debug: Launch app.js", a file name. */
  origin: string;
}

export class IncidentStore implements vscode.Disposable {
  private readonly items: StoredIncident[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after any add, remove or clear. */
  readonly onDidChange = this.changed.event;

  /** Newest first. */
  all(): readonly StoredIncident[] {
    return this.items;
  }

  get(id: string): StoredIncident | undefined {
    return this.items.find((item) => item.incident.id === id);
  }

  add(item: StoredIncident): void {
    this.items.unshift(item);
    this.changed.fire();
  }

  remove(predicate: (item: StoredIncident) => boolean): void {
    let removed = false;
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (predicate(this.items[i])) {
        this.items.splice(i, 1);
        removed = true;
      }
    }
    if (removed) this.changed.fire();
  }

  clear(): void {
    if (this.items.length === 0) return;
    this.items.length = 0;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
