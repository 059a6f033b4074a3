// Reads the extension's settings (package.json `contributes.configuration`) in one place.
import * as vscode from 'vscode';
import { PROVIDER_IDS, type ProviderId } from '../core/types';
import { SETTING_DEFAULTS, SETTINGS_SECTION as SECTION, type SettingKey, type SettingValues } from './settingKeys';

/** A setting's value as the configuration resolves it, else its one default. */
function get<K extends SettingKey>(config: vscode.WorkspaceConfiguration, key: K): SettingValues[K] {
  return config.get<SettingValues[K]>(key, SETTING_DEFAULTS[key]);
}

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
function userValue<K extends SettingKey>(config: vscode.WorkspaceConfiguration, key: K): unknown {
  const inspected = config.inspect<unknown>(key);
  return inspected?.globalValue ?? SETTING_DEFAULTS[key];
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const providers = get(config, 'providers');
  const rawBaseUrls = userValue(config, 'verify.baseUrls');
  const baseUrls: Record<string, unknown> = rawBaseUrls && typeof rawBaseUrls === 'object' ? (rawBaseUrls as Record<string, unknown>) : {};
  return {
    watchTerminal: get(config, 'watch.terminal'),
    watchDebugConsole: get(config, 'watch.debugConsole'),
    watchNotebooks: get(config, 'watch.notebooks'),
    scanSavedNotebookOutputs: get(config, 'watch.savedNotebookOutputs'),
    openPanelOnFirstIncident: get(config, 'panel.openOnFirstIncident'),
    enabledProviders: PROVIDER_IDS.filter((id) => providers[id] !== false),
    baseUrls: Object.fromEntries(PROVIDER_IDS.filter((id) => typeof baseUrls[id] === 'string' && baseUrls[id]).map((id) => [id, baseUrls[id] as string])),
    shareTokensWithTerminals: userValue(config, 'tokens.shareWithTerminals') === true,
    shareTokensWithDebugSessions: userValue(config, 'tokens.shareWithDebugSessions') === true,
    runCommands: {
      python: get(config, 'run.python'),
      javascript: get(config, 'run.javascript'),
      typescript: get(config, 'run.typescript'),
    },
  };
}

/** Fires `listener` when any of the extension's settings change. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SECTION)) listener();
  });
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
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
    unreachableModels: get(config, 'check.unreachableModels'),
    retiredModels: get(config, 'check.retiredModels'),
    misspelledModels: get(config, 'check.misspelledModels'),
  };
}
