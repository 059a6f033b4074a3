// Problems entries: one Error per incident on its user frame's line, related information for
// the other user frames. Rebuilt from the store; edits to a flagged line detach its incident.
import * as vscode from 'vscode';
import { problemMessage } from '../core/present/problemMessage';
import type { IncidentStore, StoredIncident } from './incidents';

export const DIAGNOSTIC_SOURCE = 'AI Access Doctor';
/** The source of entries from the contributed `$ai-access-doctor` task problem matcher. */
export const TASK_DIAGNOSTIC_SOURCE = 'AI Access Doctor (task)';

export class DiagnosticsSurface implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('aiAccessDoctor');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  /** Diagnostic -> incident id, for code actions. */
  private readonly incidentIds = new WeakMap<vscode.Diagnostic, string>();

  constructor(private readonly store: IncidentStore) {
    this.disposables.push(
      store.onDidChange(() => this.render()),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
    );
    this.render();
  }

  /** The incident a diagnostic of ours stands for. */
  incidentFor(diagnostic: vscode.Diagnostic): StoredIncident | undefined {
    const id = this.incidentIds.get(diagnostic);
    return id ? this.store.get(id) : undefined;
  }

  private render(): void {
    const byFile = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[]; lines: Set<string> }>();
    for (const item of this.store.all()) {
      if (!item.location) continue;
      const key = item.location.uri.toString();
      const entry = byFile.get(key) ?? { uri: item.location.uri, diagnostics: [], lines: new Set<string>() };
      byFile.set(key, entry);
      // Newest first: an older incident of the same cause on the same line adds nothing.
      const lineKey = `${item.location.range.start.line}:${item.incident.cause}`;
      if (entry.lines.has(lineKey)) continue;
      entry.lines.add(lineKey);
      entry.diagnostics.push(this.toDiagnostic(item));
    }
    this.collection.clear();
    for (const { uri, diagnostics } of byFile.values()) this.collection.set(uri, diagnostics);
  }

  private toDiagnostic(item: StoredIncident): vscode.Diagnostic {
    const { incident } = item;
    // Short and self-contained; the provider's own message is the hover's and the panel's.
    const diagnostic = new vscode.Diagnostic(item.location!.range, problemMessage(incident), vscode.DiagnosticSeverity.Error);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = {
      value: incident.cause,
      target: vscode.Uri.parse(`command:aiAccessDoctor.showDiagnostics?${encodeURIComponent(JSON.stringify([incident.id]))}`),
    };
    diagnostic.relatedInformation = item.related.map(
      (location) => new vscode.DiagnosticRelatedInformation(location, vscode.l10n.t('Called from here')),
    );
    this.incidentIds.set(diagnostic, incident.id);
    return diagnostic;
  }

  /** Lines edited lose their entry (the user is fixing them); lines below an edit move with it. */
  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    if (event.reason !== undefined) {
      // Undo/redo move nothing; an undo that gives a flagged line its text back brings its entry back.
      this.restoreUndone(event.document);
      return;
    }
    const changes = event.contentChanges;
    this.store.moveLines(event.document.uri, (line) => {
      let current = line;
      // Changes come last-in-document first, so each range is valid when applied in order.
      for (const { range, text } of changes) {
        if (range.end.line < current) current += countLines(text) - (range.end.line - range.start.line);
        else if (range.start.line <= current) return undefined;
      }
      return current;
    });
  }

  private restoreUndone(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    for (const item of this.store.all()) {
      const away = item.editedAway;
      if (!away || item.location || away.uri.toString() !== key || item.flaggedText === undefined) continue;
      const line = away.range.start.line;
      if (line < document.lineCount && document.lineAt(line).text === item.flaggedText) this.store.restore(item.incident.id);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
