import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/providers';
import { checkTokenShape } from '../../core/verify';
import { PROVIDER_IDS, type ProviderId } from '../../core/types';
import type { CommandContext } from './context';
import { pickProvider } from './pickProvider';

function asProvider(value: unknown): ProviderId | undefined {
  return PROVIDER_IDS.find((id) => id === value);
}

/** The password box for a provider's token; stores and returns it, or undefined when dismissed. */
export async function askForToken(ctx: CommandContext, provider: ProviderId): Promise<string | undefined> {
  const facts = PROVIDERS[provider];
  const token = await vscode.window.showInputBox({
    title: vscode.l10n.t('{0} token', facts.name),
    prompt: vscode.l10n.t("Paste your {0} token ({1}). It is kept in VS Code's secret storage only.", facts.name, facts.tokenEnvVars[0] ?? ''),
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? checkTokenShape(provider, value.trim()) : vscode.l10n.t('Enter a token.')),
  });
  if (!token?.trim()) return undefined;
  await ctx.tokens.set(provider, token.trim());
  return token.trim();
}

/** "AI Access Doctor: Set AI Token...": a password box per provider, kept in SecretStorage only. */
export function registerSetToken(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('aiAccessDoctor.setToken', async (providerArg?: unknown) => {
    const provider = asProvider(providerArg) ?? (await pickProvider(ctx.tokens, vscode.l10n.t('Which provider is the token for?')));
    if (!provider) return false;
    const facts = PROVIDERS[provider];
    if (!(await askForToken(ctx, provider))) return false;
    const verify = vscode.l10n.t('Verify Now');
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} token stored.', facts.name), verify).then((choice) => {
      if (choice === verify) void vscode.commands.executeCommand('aiAccessDoctor.verifyToken', provider);
    });
    return true;
  });
}
