// Problems entries: one Error per incident on its user frame's line, related information for
// the other user frames. Each change event re-renders only the files it touched.
import * as vscode from 'vscode';
import { problemMessage } from '../core/present/problemMessage';
import { DisposableStore } from './disposables';
import type { IncidentChange, IncidentStore, StoredIncident } from './incidents';
import { Commands, commandUri } from './commandRegistry';

export const DIAGNOSTIC_SOURCE = 'AI Access Doctor';
/** The source of entries from the contributed `$ai-access-doctor` task problem matcher. */
export const TASK_DIAGNOSTIC_SOURCE = 'AI Access Doctor (task)';

export class DiagnosticsSurface implements vscode.Disposable {
  private readonly disposables = new DisposableStore();
  private readonly collection = this.disposables.add(vscode.languages.createDiagnosticCollection('aiAccessDoctor'));
  /** Diagnostic -> incident id, for code actions. */
  private readonly incidentIds = new WeakMap<vscode.Diagnostic, string>();

  constructor(private readonly store: IncidentStore) {
    this.disposables.add(store.onDidChange((change) => this.update(change)));
    for (const uri of this.filesOf(store.all())) this.render(uri);
  }

  /** The incident a diagnostic of ours stands for. */
  incidentFor(diagnostic: vscode.Diagnostic): StoredIncident | undefined {
    const id = this.incidentIds.get(diagnostic);
    return id ? this.store.get(id) : undefined;
  }

  /** Re-renders only the files the change touched (where entries were, and where they are now). */
  private update(change: IncidentChange): void {
    const touched = [...change.added, ...change.removed, ...change.changed.flatMap(({ before, after }) => [before, after])];
    for (const uri of this.filesOf(touched)) this.render(uri);
  }

  private filesOf(items: readonly StoredIncident[]): vscode.Uri[] {
    const files = new Map<string, vscode.Uri>();
    for (const item of items) if (item.location) files.set(item.location.uri.toString(), item.location.uri);
    return [...files.values()];
  }

  private render(uri: vscode.Uri): void {
    const key = uri.toString();
    const diagnostics: vscode.Diagnostic[] = [];
    const lines = new Set<string>();
    for (const item of this.store.all()) {
      if (item.location?.uri.toString() !== key) continue;
      // Newest first: an older incident of the same cause on the same line adds nothing.
      const lineKey = `${item.location.range.start.line}:${item.incident.cause}`;
      if (lines.has(lineKey)) continue;
      lines.add(lineKey);
      diagnostics.push(this.toDiagnostic(item));
    }
    this.collection.set(uri, diagnostics);
  }

  private toDiagnostic(item: StoredIncident): vscode.Diagnostic {
    const { incident } = item;
    // Short and self-contained; the provider's own message is the hover's and the panel's.
    const diagnostic = new vscode.Diagnostic(item.location!.range, problemMessage(incident), vscode.DiagnosticSeverity.Error);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = {
      value: incident.cause,
      target: commandUri(Commands.ShowDiagnostics, incident.id),
    };
    diagnostic.relatedInformation = item.related.map((location) => new vscode.DiagnosticRelatedInformation(location, vscode.l10n.t('Called from here')));
    this.incidentIds.set(diagnostic, incident.id);
    return diagnostic;
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
