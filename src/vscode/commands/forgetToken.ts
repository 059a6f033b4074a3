import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/providers';
import { PROVIDER_IDS } from '../../core/types';
import type { CommandContext } from './context';
import { pickProvider } from './pickProvider';

/** "AI Access Doctor: Forget AI Token": removes a stored token. */
export function registerForgetToken(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('aiAccessDoctor.forgetToken', async (providerArg?: unknown) => {
    const stored = ctx.tokens.providersWithToken();
    if (stored.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No AI token is stored.'));
      return false;
    }
    const provider =
      PROVIDER_IDS.find((id) => id === providerArg && stored.includes(id)) ??
      (await pickProvider(ctx.tokens, vscode.l10n.t('Which token should be forgotten?'), stored));
    if (!provider) return false;
    await ctx.tokens.forget(provider);
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} token removed from secret storage.', PROVIDERS[provider].name));
    return true;
  });
}
