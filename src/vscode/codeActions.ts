// Quick fixes on flagged lines (tied to their diagnostics) and on any recognised SDK call.
import * as vscode from 'vscode';
import { findSdkCallLines, languageFromId } from '../core/fixes';
import { DIAGNOSTIC_SOURCE, type DiagnosticsSurface } from './diagnostics';
import type { FixEdits } from './fixEdits';

export const CODE_ACTION_LANGUAGES = ['python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact'];

export class CodeActionSurface implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  /** SDK call lines per document version: code actions are asked for on every cursor move. */
  private readonly callLines = new WeakMap<vscode.TextDocument, { version: number; lines: Set<number> }>();

  constructor(
    private readonly diagnostics: DiagnosticsSurface,
    private readonly fixes: FixEdits,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const stored = this.diagnostics.incidentFor(diagnostic);
      const results = await this.fixes.fixesAt(document, diagnostic.range.start.line, stored?.incident);
      for (const [index, fix] of results.entries()) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        action.edit = await this.fixes.toWorkspaceEdit(document, fix);
        actions.push(action);
      }
    }
    if (ours.length === 0 && !token.isCancellationRequested && this.isSdkCallLine(document, range.start.line)) {
      for (const fix of await this.fixes.fixesAt(document, range.start.line)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = await this.fixes.toWorkspaceEdit(document, fix);
        actions.push(action);
      }
    }
    return actions;
  }

  private isSdkCallLine(document: vscode.TextDocument, line: number): boolean {
    let cached = this.callLines.get(document);
    if (cached?.version !== document.version) {
      const language = languageFromId(document.languageId);
      const lines = language ? findSdkCallLines(document.getText(), language).map((call) => call.line - 1) : [];
      cached = { version: document.version, lines: new Set(lines) };
      this.callLines.set(document, cached);
    }
    return cached.lines.has(line);
  }
}
