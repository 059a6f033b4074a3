// Every setting the extension contributes and its default, in one table checked against
// package.json by test/unit/package/contributions.test.ts. Free of `vscode` so a unit test can read it.

export const SETTINGS_SECTION = 'aiAccessDoctor';

export interface SettingValues {
  'watch.terminal': boolean;
  'watch.debugConsole': boolean;
  'watch.notebooks': boolean;
  'watch.savedNotebookOutputs': boolean;
  'panel.openOnFirstIncident': boolean;
  providers: Record<string, boolean>;
  'verify.baseUrls': Record<string, string>;
  'tokens.shareWithTerminals': boolean;
  'tokens.shareWithDebugSessions': boolean;
  'run.python': string;
  'run.javascript': string;
  'run.typescript': string;
  'check.unreachableModels': boolean;
  'check.retiredModels': boolean;
  'check.misspelledModels': boolean;
}

export type SettingKey = keyof SettingValues;

export const SETTING_DEFAULTS: SettingValues = {
  'watch.terminal': true,
  'watch.debugConsole': true,
  'watch.notebooks': true,
  'watch.savedNotebookOutputs': true,
  'panel.openOnFirstIncident': true,
  providers: {},
  'verify.baseUrls': {},
  'tokens.shareWithTerminals': false,
  'tokens.shareWithDebugSessions': false,
  'run.python': 'python3',
  'run.javascript': 'node',
  'run.typescript': 'npx --no-install tsx',
  'check.unreachableModels': true,
  'check.retiredModels': true,
  'check.misspelledModels': true,
};
