import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/providers';
import { PROVIDER_IDS, type ProviderId } from '../../core/types';
import { effectiveBaseUrl, hostOf, resolveBaseUrl, verifyToken, type VerifyResult } from '../../core/verify';
import { mayTokenGoTo } from '../hostConsent';
import { readSettings } from '../settings';
import type { CommandContext } from './context';
import { pickProvider } from './pickProvider';

/** What to verify: an incident's provider and model, a provider, or the user's pick. */
async function target(ctx: CommandContext, arg: unknown): Promise<{ provider: ProviderId; model: string | null; incidentId?: string } | undefined> {
  const stored = typeof arg === 'string' ? ctx.store.get(arg) : undefined;
  if (stored) return { provider: stored.incident.provider, model: stored.incident.model, incidentId: arg as string };
  const provider = PROVIDER_IDS.find((id) => id === arg) ?? (await pickProvider(ctx.tokens, 'Which provider\'s token should be verified?'));
  if (!provider) return undefined;
  // The newest incident of that provider names the model worth checking.
  const latest = ctx.store.all().find((item) => item.incident.provider === provider);
  return { provider, model: latest?.incident.model ?? null, incidentId: latest?.incident.id };
}

/** "AI Access Doctor: Verify AI token": checks the stored token against the provider with its SDK. */
export function registerVerifyToken(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('aiAccessDoctor.verifyToken', async (arg?: unknown): Promise<VerifyResult | undefined> => {
    const picked = await target(ctx, arg);
    if (!picked) return undefined;
    const { provider, model } = picked;
    const name = PROVIDERS[provider].name;
    const token = await ctx.tokens.get(provider);
    if (!token) {
      const set = 'Set token';
      const choice = await vscode.window.showWarningMessage(`No ${name} token is stored. Set one to verify it.`, set);
      if (choice === set) await vscode.commands.executeCommand('aiAccessDoctor.setToken', provider);
      return undefined;
    }
    const fromSetting = readSettings().baseUrls[provider];
    const baseUrl = resolveBaseUrl(provider, process.env, fromSetting);
    const envVar = PROVIDERS[provider].baseUrlEnvVar;
    const source = fromSetting?.trim() ? 'your aiAccessDoctor.verify.baseUrls user setting' : `${envVar ?? 'the base URL'} in VS Code's environment`;
    if (!(await mayTokenGoTo(ctx.extension, provider, baseUrl, source))) {
      void vscode.window.showInformationMessage(`The ${name} token was not sent. Change the base URL to verify it against ${name} itself.`);
      return undefined;
    }
    const host = hostOf(effectiveBaseUrl(provider, baseUrl));
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Verifying the ${name} token at ${host}${model ? ` for ${model}` : ''}`, cancellable: true },
      (_progress, cancel) => {
        const abort = new AbortController();
        cancel.onCancellationRequested(() => abort.abort());
        return verifyToken({ provider, token, model, baseUrl, signal: abort.signal });
      },
    );
    await ctx.tokens.recordVerification(provider, {
      outcome: result.outcome,
      message: result.message,
      model: result.model,
      models: result.models,
      at: Date.now(),
    });
    ctx.log.info(`Verified ${name} token: ${result.outcome}${result.status ? ` (${result.status})` : ''}${model ? ` for ${model}` : ''}`);
    if (result.outcome !== 'cancelled') void notify(result, picked.incidentId);
    return result;
  });
}

async function notify(result: VerifyResult, incidentId: string | undefined): Promise<void> {
  const text = `${result.message} ${result.nextStep}`.trim();
  const show = 'Show Diagnostics';
  const choice =
    result.outcome === 'valid'
      ? await vscode.window.showInformationMessage(text, show)
      : await vscode.window.showErrorMessage(text, show);
  if (choice === show) await vscode.commands.executeCommand('aiAccessDoctor.showDiagnostics', incidentId);
}
