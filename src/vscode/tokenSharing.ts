// Gives stored tokens to new terminals (environment variable collection, never persisted)
// and to debug sessions (a configuration resolver adding `env`); each opt-in by setting.
import * as vscode from 'vscode';
import { PROVIDERS } from '../core/providers';
import { debugConfigUsesEnv } from '../core/debugTypes';
import { readSettings } from './settings';
import type { TokenStore } from './tokens';

/** Env var -> token for every provider with a stored token. */
export async function sharedTokenEnv(tokens: TokenStore): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const provider of tokens.providersWithToken()) {
    const token = await tokens.get(provider);
    if (token) env[PROVIDERS[provider].tokenEnvVars[0]] = token;
  }
  return env;
}

export class TokenSharing implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly tokens: TokenStore,
  ) {
    const collection = context.environmentVariableCollection;
    collection.persistent = false;
    collection.description = vscode.l10n.t('Stored AI tokens from AI Access Doctor');
    this.disposables.push(
      tokens.onDidChange(() => void this.updateTerminals()),
      vscode.debug.registerDebugConfigurationProvider('*', {
        resolveDebugConfiguration: (_folder, config) => this.addToDebug(config),
      }),
    );
    void this.updateTerminals();
  }

  /** Re-reads the setting and the stored tokens into the terminal environment. */
  async updateTerminals(): Promise<void> {
    const collection = this.context.environmentVariableCollection;
    const env = readSettings().shareTokensWithTerminals ? await sharedTokenEnv(this.tokens) : {};
    collection.clear();
    for (const [name, value] of Object.entries(env)) collection.replace(name, value);
  }

  private async addToDebug(config: vscode.DebugConfiguration): Promise<vscode.DebugConfiguration> {
    if (!readSettings().shareTokensWithDebugSessions || !debugConfigUsesEnv(config)) return config;
    // Values the launch configuration sets itself win.
    config.env = { ...(await sharedTokenEnv(this.tokens)), ...(config.env ?? {}) };
    return config;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
