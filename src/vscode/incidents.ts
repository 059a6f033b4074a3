// IncidentStore: the one list of this window's incidents and its only writer. Surfaces read it
// and update from its change events; sources reach it through the feed. Entries are frozen: a
// change (a line moved by an edit, a run that now succeeds) puts a new entry in the old one's place.
import * as vscode from 'vscode';
import type { Incident } from '../core/types';
import { DisposableStore } from './disposables';

/** The store keeps the newest incidents up to this many; older ones fall off. */
const MAX_INCIDENTS = 200;

export interface StoredIncident {
  readonly incident: Incident;
  /** Where the user frame resolved to in this workspace, while it still applies. */
  readonly location?: vscode.Location;
  /** Other user frames that resolved. */
  readonly related: readonly vscode.Location[];
  /** When it was seen (ms since epoch). */
  readonly seenAt: number;
  /** Where the output came from: "Terminal: bash", "Debug: Launch app.js", a file name. */
  readonly origin: string;
  /** The command line that produced it, when known (clears it once that command succeeds). */
  readonly command?: string;
  /** Where the trace's relative paths start from (the panel opens other frames from there too). */
  readonly cwd?: vscode.Uri;
  /** Other places the same trace was seen (a saved log of the same run): one incident, several origins. */
  readonly alsoSeenIn?: readonly string[];
  /** The flagged line's text when it was flagged, so undoing an edit of it brings the entry back. */
  readonly flaggedText?: string;
  /** Where the entry was before an edit of its line took it off (for undo). */
  readonly editedAway?: vscode.Location;
}

/** What one change did: entries added, entries replaced (before and after), entries gone. */
export interface IncidentChange {
  readonly added: readonly StoredIncident[];
  readonly changed: ReadonlyArray<{ readonly before: StoredIncident; readonly after: StoredIncident }>;
  readonly removed: readonly StoredIncident[];
}

export class IncidentStore implements vscode.Disposable {
  private items: StoredIncident[] = [];
  private readonly disposables = new DisposableStore();
  private readonly changes = this.disposables.add(new vscode.EventEmitter<IncidentChange>());
  /** Fires after every change, saying what changed. */
  readonly onDidChange = this.changes.event;

  constructor() {
    this.disposables.add(vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)));
  }

  /** Newest first. */
  all(): readonly StoredIncident[] {
    return this.items;
  }

  get(id: string): StoredIncident | undefined {
    return this.items.find((item) => item.incident.id === id);
  }

  add(item: StoredIncident): StoredIncident {
    const added = freeze(item);
    this.items = [added, ...this.items];
    const removed = this.items.splice(MAX_INCIDENTS);
    this.changes.fire({ added: [added], changed: [], removed });
    return added;
  }

  /** Notes another origin of an incident already listed (the same trace seen again). */
  addOrigin(id: string, origin: string): void {
    this.update((item) =>
      item.incident.id === id && item.origin !== origin && !item.alsoSeenIn?.includes(origin)
        ? { ...item, alsoSeenIn: [...(item.alsoSeenIn ?? []), origin] }
        : item,
    );
  }

  /** Puts a better-resolved copy of an incident in its place. */
  replace(id: string, better: StoredIncident): void {
    this.update((item) => (item.incident.id === id ? better : item));
  }

  /** Drops the source location of matching incidents (the run now succeeds, the cell ran again); the panel keeps them. */
  detach(predicate: (item: StoredIncident) => boolean): void {
    this.update((item) => (item.location && predicate(item) ? { ...item, location: undefined, related: [] } : item));
  }

  clear(): void {
    if (this.items.length === 0) return;
    const removed = this.items;
    this.items = [];
    this.changes.fire({ added: [], changed: [], removed });
  }

  dispose(): void {
    this.disposables.dispose();
  }

  /** Applies `next` to every entry; entries it returns anew replace the old ones, in one event. */
  private update(next: (item: StoredIncident) => StoredIncident): void {
    const changed: Array<{ before: StoredIncident; after: StoredIncident }> = [];
    this.items = this.items.map((before) => {
      const after = next(before);
      if (after === before) return before;
      const frozen = freeze(after);
      changed.push({ before, after: frozen });
      return frozen;
    });
    if (changed.length) this.changes.fire({ added: [], changed, removed: [] });
  }

  /** Edited lines lose their entry (the user is fixing them); lines below an edit move with it. */
  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const key = event.document.uri.toString();
    if (event.reason !== undefined) {
      // Undo/redo move nothing; an undo that gives a flagged line its text back brings its entry back.
      this.update((item) => (isUndone(item, event.document) ? { ...item, location: item.editedAway, editedAway: undefined } : item));
      return;
    }
    const changes = event.contentChanges;
    const move = (line: number): number | undefined => {
      let current = line;
      // Changes come last-in-document first, so each range is valid when applied in order.
      for (const { range, text } of changes) {
        if (range.end.line < current) current += countLines(text) - (range.end.line - range.start.line);
        else if (range.start.line <= current) return undefined;
      }
      return current;
    };
    const moved = (location: vscode.Location): vscode.Location | undefined => {
      if (location.uri.toString() !== key) return location;
      const line = move(location.range.start.line);
      if (line === undefined) return undefined;
      const delta = line - location.range.start.line;
      return delta
        ? new vscode.Location(
            location.uri,
            new vscode.Range(line, location.range.start.character, location.range.end.line + delta, location.range.end.character),
          )
        : location;
    };
    this.update((item) => {
      if (!item.location) return item;
      const location = moved(item.location);
      const related = location ? item.related.map(moved).filter((l): l is vscode.Location => !!l) : [];
      if (location === item.location && related.length === item.related.length && related.every((l, i) => l === item.related[i])) return item;
      return { ...item, location, related, editedAway: location ? item.editedAway : item.location };
    });
  }
}

function isUndone(item: StoredIncident, document: vscode.TextDocument): boolean {
  const away = item.editedAway;
  if (!away || item.location || item.flaggedText === undefined || away.uri.toString() !== document.uri.toString()) return false;
  const line = away.range.start.line;
  return line < document.lineCount && document.lineAt(line).text === item.flaggedText;
}

/** Frozen all the way down to the incident's frames: what the store hands out cannot change under a view. */
function freeze(item: StoredIncident): StoredIncident {
  const { incident } = item;
  if (!Object.isFrozen(incident)) {
    incident.frames.forEach((frame) => Object.freeze(frame));
    if (incident.userFrame) Object.freeze(incident.userFrame);
    Object.freeze(incident.frames);
    Object.freeze(incident);
  }
  return Object.freeze({ ...item, related: Object.freeze([...item.related]), alsoSeenIn: item.alsoSeenIn && Object.freeze([...item.alsoSeenIn]) });
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
