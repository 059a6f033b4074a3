// Reads the extension's settings (package.json `contributes.configuration`) in one place.
import * as vscode from 'vscode';
import { PROVIDER_IDS, type ProviderId } from '../core/types';

const SECTION = 'aiAccessDoctor';

export interface Settings {
  watchTerminal: boolean;
  watchDebugConsole: boolean;
  watchNotebooks: boolean;
  scanSavedNotebookOutputs: boolean;
  openPanelOnFirstIncident: boolean;
  enabledProviders: ProviderId[];
  baseUrls: Partial<Record<ProviderId, string>>;
  shareTokensWithTerminals: boolean;
  shareTokensWithDebugSessions: boolean;
  runCommands: Record<'python' | 'javascript' | 'typescript', string>;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const providers = config.get<Record<string, boolean>>('providers', {});
  const baseUrls = config.get<Record<string, string>>('verify.baseUrls', {});
  return {
    watchTerminal: config.get('watch.terminal', true),
    watchDebugConsole: config.get('watch.debugConsole', true),
    watchNotebooks: config.get('watch.notebooks', true),
    scanSavedNotebookOutputs: config.get('watch.savedNotebookOutputs', true),
    openPanelOnFirstIncident: config.get('panel.openOnFirstIncident', true),
    enabledProviders: PROVIDER_IDS.filter((id) => providers[id] !== false),
    baseUrls: Object.fromEntries(PROVIDER_IDS.filter((id) => baseUrls[id]).map((id) => [id, baseUrls[id]])),
    shareTokensWithTerminals: config.get('tokens.shareWithTerminals', false),
    shareTokensWithDebugSessions: config.get('tokens.shareWithDebugSessions', false),
    runCommands: {
      python: config.get('run.python', 'python3'),
      javascript: config.get('run.javascript', 'node'),
      typescript: config.get('run.typescript', 'npx --no-install tsx'),
    },
  };
}

/** Fires `listener` when any of the extension's settings change. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SECTION)) listener();
  });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Global);
}
