// Quick fixes on flagged lines (tied to their diagnostics) and on any recognised SDK call.
import * as vscode from 'vscode';
import { findSdkCallLines, languageFromId } from '../core/fixes';
import { CAUSE_IDS, type CauseId, type Incident } from '../core/types';
import { DIAGNOSTIC_SOURCE, TASK_DIAGNOSTIC_SOURCE, type DiagnosticsSurface } from './diagnostics';
import type { FixEdits } from './fixEdits';
import { isModelCheckDiagnostic } from './modelCheck';
import type { FixResult } from '../core/fixes';

/** A quick fix whose edit is computed only when VS Code asks for it (the user picks it or Auto Fix runs). */
class FixAction extends vscode.CodeAction {
  constructor(
    readonly document: vscode.TextDocument,
    readonly fix: FixResult,
  ) {
    super(fix.title, vscode.CodeActionKind.QuickFix);
  }
}

export { EDITOR_LANGUAGE_IDS as CODE_ACTION_LANGUAGES } from '../core/fixes';

export class CodeActionSurface implements vscode.CodeActionProvider<FixAction> {
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
  ): Promise<FixAction[]> {
    // The model check's diagnostics have their own fixes (modelCheck.ts).
    const modelChecked = context.diagnostics.some(isModelCheckDiagnostic);
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && !isModelCheckDiagnostic(d));
    const fromTasks = ours.length ? [] : taskEntries(document, range, context);
    const actions: FixAction[] = [];
    for (const diagnostic of [...ours, ...fromTasks]) {
      if (token.isCancellationRequested) return [];
      const hint = this.diagnostics.incidentFor(diagnostic)?.incident ?? hintFromTaskEntry(diagnostic);
      const results = await this.fixes.fixesAt(document, diagnostic.range.start.line, hint);
      for (const [index, fix] of results.entries()) {
        const action = new FixAction(document, fix);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        actions.push(action);
      }
    }
    if (token.isCancellationRequested) return [];
    if (actions.length === 0 && !modelChecked && this.isSdkCallLine(document, range.start.line)) {
      const results = await this.fixes.fixesAt(document, range.start.line);
      if (token.isCancellationRequested) return [];
      actions.push(...results.map((fix) => new FixAction(document, fix)));
    }
    return actions;
  }

  /** The edit, built only for the action chosen (it may read `.gitignore`). */
  async resolveCodeAction(action: FixAction, token: vscode.CancellationToken): Promise<FixAction> {
    const edit = await this.fixes.toWorkspaceEdit(action.document, action.fix);
    if (!token.isCancellationRequested) action.edit = edit;
    return action;
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

/**
 * Entries of the `$ai-access-doctor` task problem matcher on the requested lines. VS Code gives
 * them an empty range at column 0, which a cursor elsewhere on the line does not touch, so they
 * are looked up by line as well as taken from the context.
 */
function taskEntries(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.Diagnostic[] {
  const inContext = context.diagnostics.filter((d) => d.source === TASK_DIAGNOSTIC_SOURCE);
  if (inContext.length) return inContext;
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === TASK_DIAGNOSTIC_SOURCE && d.range.start.line >= range.start.line && d.range.start.line <= range.end.line);
}

/** What a task entry says: the cause id in its code, the model in "(model)" after the title. */
function hintFromTaskEntry(diagnostic: vscode.Diagnostic): Partial<Pick<Incident, 'cause' | 'model'>> | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  if (!CAUSE_IDS.includes(code as CauseId)) return undefined;
  return { cause: code as CauseId, model: /^[^:(]*\(([^)\s]+)\):/.exec(diagnostic.message)?.[1] };
}
