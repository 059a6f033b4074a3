// Model ids in SDK calls, checked as you type: ids the verified key cannot reach, retired ids,
// likely typos (src/core/check). Visible documents only, once per document version, after a
// pause in typing; a document that changed again meanwhile is not checked twice.
import * as vscode from 'vscode';
import { keyWorks, verifiedWhen } from '../core/access/keyStatus';
import { checkModelSites, modelIdSites, type CheckCode, type ModelFinding, type ModelIdSite } from '../core/check';
import { buildFix, languageFromId, modelCandidates } from '../core/fixes';
import { PROVIDERS } from '../core/providers';
import { PROVIDER_IDS, type ProviderId } from '../core/types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { FixEdits } from './fixEdits';
import { onDidChangeSettings, readCheckSettings, type CheckSettings } from './settings';
import type { TokenStore } from './tokens';
import { Commands } from './commandRegistry';

/** Diagnostic codes of the model check; every other surface leaves these alone. */
const MODEL_CHECK_CODES: ReadonlySet<string> = new Set<CheckCode>(['model-unreachable', 'retired-model', 'retiring-model', 'model-typo']);

const DEBOUNCE_MS = 300;
const MAX_LENGTH = 2_000_000;
/** Same shape as the check's: such an id needs no escaping in any string literal. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$/;

const SETTING_OF: Record<CheckCode, keyof CheckSettings> = {
  'model-unreachable': 'unreachableModels',
  'retired-model': 'retiredModels',
  'retiring-model': 'retiredModels',
  'model-typo': 'misspelledModels',
};

export function isModelCheckDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === DIAGNOSTIC_SOURCE && MODEL_CHECK_CODES.has(String(code));
}

export class ModelCheckSurface implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('aiAccessDoctor.models');
  private readonly sites = new WeakMap<vscode.TextDocument, { version: number; sites: ModelIdSite[] }>();
  private readonly findings = new WeakMap<vscode.Diagnostic, ModelFinding>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private settings = readCheckSettings();

  constructor(private readonly tokens: TokenStore) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.checkVisible()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && this.isVisible(event.document)) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
      tokens.onDidChange(() => this.checkVisible(0)),
      onDidChangeSettings(() => {
        this.settings = readCheckSettings();
        this.checkVisible(0);
      }),
    );
    this.checkVisible(0);
  }

  /** The finding a diagnostic of ours stands for. */
  findingFor(diagnostic: vscode.Diagnostic): ModelFinding | undefined {
    return this.findings.get(diagnostic);
  }

  /** Checks a document now (tests, and documents that just became visible). */
  checkNow(document: vscode.TextDocument): vscode.Diagnostic[] {
    const language = languageFromId(document.languageId);
    if (!language || document.uri.scheme === 'output' || document.getText().length > MAX_LENGTH) {
      this.collection.delete(document.uri);
      return [];
    }
    let cached = this.sites.get(document);
    if (cached?.version !== document.version) {
      cached = { version: document.version, sites: modelIdSites(document.getText(), language) };
      this.sites.set(document, cached);
    }
    const reachable: Partial<Record<ProviderId, string[]>> = {};
    const verifiedAt: Partial<Record<ProviderId, number>> = {};
    for (const provider of PROVIDER_IDS) {
      const record = this.tokens.lastVerification(provider);
      if (record && keyWorks(record.outcome) && record.models.length && this.tokens.providersWithToken().includes(provider)) {
        reachable[provider] = record.models;
        verifiedAt[provider] = record.at;
      }
    }
    const today = new Date().toISOString().slice(0, 10);
    const found = checkModelSites(cached.sites, { today, reachable: this.settings.unreachableModels ? reachable : {} }).filter(
      (finding) => this.settings[SETTING_OF[finding.code]],
    );
    const diagnostics = found.map((finding) => this.toDiagnostic(finding, verifiedAt[finding.provider]));
    this.collection.set(document.uri, diagnostics);
    return diagnostics;
  }

  private toDiagnostic(finding: ModelFinding, verifiedAt: number | undefined): vscode.Diagnostic {
    const range = new vscode.Range(finding.line - 1, finding.column - 1, finding.line - 1, finding.endColumn - 1);
    const name = PROVIDERS[finding.provider].name;
    let message = finding.message;
    let severity = vscode.DiagnosticSeverity.Warning;
    if (finding.code === 'model-unreachable') {
      message = verifiedAt
        ? vscode.l10n.t('The stored {0} key cannot use {1} (verified {2}).', name, finding.model, verifiedWhen(verifiedAt, Date.now()))
        : vscode.l10n.t('The stored {0} key cannot use {1}.', name, finding.model);
    } else if (finding.code === 'retiring-model' || finding.code === 'model-typo') {
      severity = vscode.DiagnosticSeverity.Information;
    }
    const diagnostic = new vscode.Diagnostic(range, message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = finding.source && /^https:\/\//.test(finding.source) ? { value: finding.code, target: vscode.Uri.parse(finding.source) } : finding.code;
    this.findings.set(diagnostic, finding);
    return diagnostic;
  }

  private isVisible(document: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((editor) => editor.document === document);
  }

  private checkVisible(delay = DEBOUNCE_MS): void {
    const visible = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    for (const document of visible) this.schedule(document, delay);
  }

  /** Runs the check once typing pauses; a newer request for the document replaces an older one. */
  private schedule(document: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    if (!languageFromId(document.languageId)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // Stale: edited since, a newer timer is on its way; hidden or closed, nothing to show.
        if (document.isClosed || document.version !== version || !this.isVisible(document)) return;
        this.checkNow(document);
      }, delay),
    );
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Quick fixes on the model check's diagnostics: the closest reachable id, the successor, the spelling; "Verify again". */
export class ModelCheckActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly surface: ModelCheckSurface,
    private readonly tokens: TokenStore,
    private readonly fixes: FixEdits,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics.filter(isModelCheckDiagnostic)) {
      const finding = this.surface.findingFor(diagnostic);
      if (!finding) continue;
      const to =
        finding.code === 'model-unreachable'
          ? modelCandidates(finding.provider, finding.model, this.tokens.reachableModels(finding.provider))[0]
          : finding.suggestion;
      if (to && MODEL_ID.test(to)) {
        const action = new vscode.CodeAction(vscode.l10n.t('Use {0}', to), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        action.edit = await this.swapEdit(document, diagnostic, finding, to);
        actions.push(action);
      }
      if (finding.code === 'model-unreachable') {
        const verify = new vscode.CodeAction(vscode.l10n.t('Verify again'), vscode.CodeActionKind.QuickFix);
        verify.diagnostics = [diagnostic];
        verify.command = { command: Commands.VerifyToken, title: verify.title, arguments: [finding.provider] };
        actions.push(verify);
      }
    }
    return actions;
  }

  /** Through the swap-model fix when it finds the literal; else the id itself (a model-id shape needs no escaping). */
  private async swapEdit(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: ModelFinding, to: string): Promise<vscode.WorkspaceEdit> {
    const language = languageFromId(document.languageId);
    const fix = language
      ? buildFix({ kind: 'swap-model', text: document.getText(), line: finding.line, language, provider: finding.provider, model: finding.model, toModel: to })
      : null;
    const start = document.offsetAt(diagnostic.range.start);
    if (fix && fix.edits.length === 1 && fix.edits[0]!.start === start) return this.fixes.toWorkspaceEdit(document, fix);
    const edit = new vscode.WorkspaceEdit();
    if (document.getText(diagnostic.range) === finding.model) edit.replace(document.uri, diagnostic.range, to);
    return edit;
  }
}
