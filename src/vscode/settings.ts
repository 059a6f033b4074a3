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

/**
 * The user's own (global) value of a setting that routes or shares a token, else its default:
 * a workspace's `.vscode/settings.json` never wins, whatever scope VS Code gives it.
 */
function userValue<T>(config: vscode.WorkspaceConfiguration, key: string, fallback: T): T {
  const inspected = config.inspect<T>(key);
  return inspected?.globalValue ?? fallback;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const providers = config.get<Record<string, boolean>>('providers', {});
  const rawBaseUrls = userValue<unknown>(config, 'verify.baseUrls', {});
  const baseUrls: Record<string, unknown> = rawBaseUrls && typeof rawBaseUrls === 'object' ? (rawBaseUrls as Record<string, unknown>) : {};
  return {
    watchTerminal: config.get('watch.terminal', true),
    watchDebugConsole: config.get('watch.debugConsole', true),
    watchNotebooks: config.get('watch.notebooks', true),
    scanSavedNotebookOutputs: config.get('watch.savedNotebookOutputs', true),
    openPanelOnFirstIncident: config.get('panel.openOnFirstIncident', true),
    enabledProviders: PROVIDER_IDS.filter((id) => providers[id] !== false),
    baseUrls: Object.fromEntries(PROVIDER_IDS.filter((id) => typeof baseUrls[id] === 'string' && baseUrls[id]).map((id) => [id, baseUrls[id] as string])),
    shareTokensWithTerminals: userValue<unknown>(config, 'tokens.shareWithTerminals', false) === true,
    shareTokensWithDebugSessions: userValue<unknown>(config, 'tokens.shareWithDebugSessions', false) === true,
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

/** Which model-id checks run as you type (`aiAccessDoctor.check.*`). */
export interface CheckSettings {
  unreachableModels: boolean;
  retiredModels: boolean;
  misspelledModels: boolean;
}

export function readCheckSettings(): CheckSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    unreachableModels: config.get('check.unreachableModels', true),
    retiredModels: config.get('check.retiredModels', true),
    misspelledModels: config.get('check.misspelledModels', true),
  };
}
