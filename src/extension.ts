// Wires the adapters together; no logic of its own.
import * as vscode from 'vscode';
import { secretEnvValues } from './core/secrets';
import { explanationFor } from './core/explanations';
import { CODE_ACTION_LANGUAGES, CodeActionSurface } from './vscode/codeActions';
import { registerApplyFix } from './vscode/commands/applyFix';
import { registerClear } from './vscode/commands/clear';
import type { CommandContext } from './vscode/commands/context';
import { registerForgetToken } from './vscode/commands/forgetToken';
import { registerRunFileWithWatch } from './vscode/commands/runFileWithWatch';
import { registerScanLog } from './vscode/commands/scanLog';
import { registerSetToken } from './vscode/commands/setToken';
import { registerShareTokens } from './vscode/commands/shareTokens';
import { registerShowDiagnostics } from './vscode/commands/showDiagnostics';
import { registerVerifyToken } from './vscode/commands/verifyToken';
import { DiagnosticsSurface } from './vscode/diagnostics';
import { FixEdits } from './vscode/fixEdits';
import { HoverSurface } from './vscode/hover';
import { IncidentFeed } from './vscode/incidentFeed';
import { IncidentStore } from './vscode/incidents';
import { DiagnosticsPanel } from './vscode/panel';
import { onDidChangeSettings, readSettings } from './vscode/settings';
import { DebugWatcher } from './vscode/sources/debugTracker';
import { NotebookWatcher } from './vscode/sources/notebookWatcher';
import { TerminalWatcher } from './vscode/sources/terminalWatcher';
import { StatusBarSurface } from './vscode/statusBar';
import { TokenSharing } from './vscode/tokenSharing';
import { TokenStore } from './vscode/tokens';
import { ACCESS_VIEW_ID, AccessView, registerAccessViewCommands } from './vscode/accessView';
import { KEY_FILE_SELECTOR, KeyLensProvider } from './vscode/dotenvLens';
import { registerLanguageModelTools, type ModelAccessTool } from './vscode/lmTools';
import { ModelCheckActions, ModelCheckSurface } from './vscode/modelCheck';
import { WorkspaceModels } from './vscode/workspaceModels';

/** What the extension exports (used by its integration tests). */
export interface AiAccessDoctorApi {
  store: IncidentStore;
  terminals: TerminalWatcher;
  panel: DiagnosticsPanel;
  access: AccessView;
  modelCheck: ModelCheckSurface;
  tokens: TokenStore;
  modelAccessTool: ModelAccessTool;
}

export async function activate(context: vscode.ExtensionContext): Promise<AiAccessDoctorApi> {
  let settings = readSettings();
  const log = vscode.window.createOutputChannel('AI Access Doctor', { log: true });
  const store = new IncidentStore();
  const tokens = new TokenStore(context);
  const ownSecrets = secretEnvValues(process.env);
  const feed = new IncidentFeed(store, log, settings.enabledProviders, () => [...tokens.knownValues(), ...ownSecrets]);
  const fixes = new FixEdits(tokens);
  const diagnostics = new DiagnosticsSurface(store);
  const panel = new DiagnosticsPanel(context, {
    store,
    explain: (incident) => explanationFor(incident.provider, incident.cause),
    fixesFor: async (stored) => {
      if (!stored.location) return [];
      const document = await vscode.workspace.openTextDocument(stored.location.uri);
      const found = await fixes.fixesAt(document, stored.location.range.start.line, stored.incident);
      return found.map((fix, index) => ({ kind: fix.kind, title: fix.title, index }));
    },
  });
  const terminals = new TerminalWatcher(
    feed,
    log,
    () => settings.watchTerminal,
    (commandLine) => store.detach((item) => item.command === commandLine),
  );
  const statusBar = new StatusBarSurface(store, tokens);
  const sharing = new TokenSharing(context, tokens);
  let opened = false;
  context.subscriptions.push(
    log,
    store,
    tokens,
    feed,
    diagnostics,
    panel,
    terminals,
    statusBar,
    new DebugWatcher(feed, () => settings.watchDebugConsole),
    new NotebookWatcher(feed, store, () => ({ watch: settings.watchNotebooks, savedOutputs: settings.scanSavedNotebookOutputs })),
    sharing,
    terminals.onNoShellIntegration((name) => statusBar.noteUnwatchedTerminal(name)),
    feed.onDidFind((stored) => {
      if (!opened && settings.openPanelOnFirstIncident) panel.show(stored.incident.id, true);
      opened = true;
    }),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'vscode-notebook-cell' }], new HoverSurface(store)),
    vscode.languages.registerCodeActionsProvider(
      CODE_ACTION_LANGUAGES.map((language) => ({ language })),
      new CodeActionSurface(diagnostics, fixes),
      CodeActionSurface.metadata,
    ),
    onDidChangeSettings(() => {
      settings = readSettings();
      feed.configure(settings.enabledProviders);
      void sharing.updateTerminals();
    }),
  );
  const commands: CommandContext = { extension: context, store, tokens, feed, panel, fixes, log };
  context.subscriptions.push(
    registerShowDiagnostics(commands),
    registerClear(commands),
    registerApplyFix(commands),
    registerRunFileWithWatch(commands),
    registerScanLog(commands),
    registerSetToken(commands),
    registerForgetToken(commands),
    registerVerifyToken(commands),
    ...registerShareTokens(),
  );
  const workspaceModels = new WorkspaceModels();
  const modelCheck = new ModelCheckSurface(tokens);
  const access = new AccessView(tokens, workspaceModels);
  const keyLens = new KeyLensProvider(workspaceModels);
  const lmTools = registerLanguageModelTools(store, tokens, fixes);
  context.subscriptions.push(
    workspaceModels,
    modelCheck,
    access,
    keyLens,
    vscode.languages.registerCodeActionsProvider(
      CODE_ACTION_LANGUAGES.map((language) => ({ language })),
      new ModelCheckActions(modelCheck, tokens, fixes),
      ModelCheckActions.metadata,
    ),
    vscode.languages.registerCodeLensProvider(KEY_FILE_SELECTOR, keyLens),
    vscode.window.createTreeView(ACCESS_VIEW_ID, { treeDataProvider: access, showCollapseAll: true }),
    ...registerAccessViewCommands(),
    ...lmTools.disposables,
  );
  await tokens.refresh();
  return { store, terminals, panel, access, modelCheck, tokens, modelAccessTool: lmTools.modelAccess };
}

export function deactivate(): void {}
