// IncidentStore: the one list of this window's incidents; every surface reads from it.
import * as vscode from 'vscode';
import type { Incident } from '../core/types';

/** The store keeps the newest incidents up to this many; older ones fall off. */
const MAX_INCIDENTS = 200;

export interface StoredIncident {
  incident: Incident;
  /** Where the user frame resolved to in this workspace, while it still applies. */
  location?: vscode.Location;
  /** Other user frames that resolved. */
  related: vscode.Location[];
  /** When it was seen (ms since epoch). */
  seenAt: number;
  /** Where the output came from: "Terminal: bash", "Debug: Launch app.js", a file name. */
  origin: string;
  /** The command line that produced it, when known (clears it once that command succeeds). */
  command?: string;
  /** Other places the same trace was seen (a saved log of the same run): one incident, several origins. */
  alsoSeenIn?: string[];
  /** The flagged line's text when it was flagged, so undoing an edit of it brings the entry back. */
  flaggedText?: string;
  /** Where the entry was before an edit of its line took it off (for undo). */
  editedAway?: vscode.Location;
}

export class IncidentStore implements vscode.Disposable {
  private readonly items: StoredIncident[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after any change. */
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
    this.items.length = Math.min(this.items.length, MAX_INCIDENTS);
    this.changed.fire();
  }

  /** Notes another origin of an incident already listed (the same trace seen again). */
  addOrigin(id: string, origin: string): void {
    const item = this.get(id);
    if (!item || item.origin === origin || item.alsoSeenIn?.includes(origin)) return;
    item.alsoSeenIn = [...(item.alsoSeenIn ?? []), origin];
    this.changed.fire();
  }

  /** Puts an entry back on the line an edit took it off (the edit was undone). */
  restore(id: string): void {
    const item = this.get(id);
    if (!item?.editedAway || item.location) return;
    item.location = item.editedAway;
    item.editedAway = undefined;
    this.changed.fire();
  }

  /** Puts a better-resolved copy of an incident in its place. */
  replace(id: string, item: StoredIncident): void {
    const index = this.items.findIndex((entry) => entry.incident.id === id);
    if (index < 0) return;
    this.items[index] = item;
    this.changed.fire();
  }

  /** Drops the source location of matching incidents (the line was edited or the run now succeeds); the panel keeps them. */
  detach(predicate: (item: StoredIncident) => boolean): void {
    let changed = false;
    for (const item of this.items) {
      if (item.location && predicate(item)) {
        item.location = undefined;
        item.related = [];
        changed = true;
      }
    }
    if (changed) this.changed.fire();
  }

  /**
   * After an edit in `uri`: `move` maps a 0-based line to where it is now, or to undefined
   * when the line itself was edited (its incident then leaves Problems; the panel keeps it).
   */
  moveLines(uri: vscode.Uri, move: (line: number) => number | undefined): void {
    const key = uri.toString();
    const moved = (location: vscode.Location): vscode.Location | undefined => {
      if (location.uri.toString() !== key) return location;
      const line = move(location.range.start.line);
      if (line === undefined) return undefined;
      const delta = line - location.range.start.line;
      return delta ? new vscode.Location(location.uri, new vscode.Range(line, location.range.start.character, location.range.end.line + delta, location.range.end.character)) : location;
    };
    let changed = false;
    for (const item of this.items) {
      if (!item.location) continue;
      const location = moved(item.location);
      const related = location ? item.related.map(moved).filter((l): l is vscode.Location => !!l) : [];
      if (location !== item.location || related.length !== item.related.length || related.some((l, i) => l !== item.related[i])) {
        if (!location) item.editedAway = item.location;
        item.location = location;
        item.related = related;
        changed = true;
      }
    }
    if (changed) this.changed.fire();
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
