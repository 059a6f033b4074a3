import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/providers';
import { PROVIDER_IDS, type ProviderId } from '../../core/types';
import { effectiveBaseUrl, hostOf, resolveBaseUrl, verifyToken, type VerifyResult } from '../../core/verify';
import { mayTokenGoTo } from '../hostConsent';
import { readSettings } from '../settings';
import type { CommandContext } from './context';
import { pickProvider } from './pickProvider';
import { askForToken } from './setToken';
import { Commands, registerCommand } from '../commandRegistry';

/** What to verify: an incident's provider and model, a provider, or the user's pick. */
async function target(ctx: CommandContext, arg: unknown): Promise<{ provider: ProviderId; model: string | null; incidentId?: string } | undefined> {
  const stored = typeof arg === 'string' ? ctx.store.get(arg) : undefined;
  if (stored) return { provider: stored.incident.provider, model: stored.incident.model, incidentId: arg as string };
  const provider = PROVIDER_IDS.find((id) => id === arg) ?? (await pickProvider(ctx.tokens, vscode.l10n.t("Which provider's token should be verified?")));
  if (!provider) return undefined;
  // The newest incident of that provider names the model worth checking.
  const latest = ctx.store.all().find((item) => item.incident.provider === provider);
  return { provider, model: latest?.incident.model ?? null, incidentId: latest?.incident.id };
}

/** "AI Access Doctor: Verify AI Token": checks the stored token against the provider with its SDK. */
export function registerVerifyToken(ctx: CommandContext): vscode.Disposable {
  return registerCommand(Commands.VerifyToken, async (arg?: unknown): Promise<VerifyResult | undefined> => {
    const picked = await target(ctx, arg);
    if (!picked) return undefined;
    const { provider, model } = picked;
    const name = PROVIDERS[provider].name;
    // No stored token: ask for it right away (the password box), then verify it at once.
    const token = (await ctx.tokens.get(provider)) ?? (await askForToken(ctx, provider));
    if (!token) return undefined;
    const fromSetting = readSettings().baseUrls[provider];
    const baseUrl = resolveBaseUrl(provider, process.env, fromSetting);
    const envVar = PROVIDERS[provider].baseUrlEnvVar;
    const source = fromSetting?.trim()
      ? vscode.l10n.t('your aiAccessDoctor.verify.baseUrls user setting')
      : vscode.l10n.t("{0} in VS Code's environment", envVar ?? vscode.l10n.t('the base URL'));
    if (!(await mayTokenGoTo(ctx.extension, provider, baseUrl, source))) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The {0} token was not sent. Change the base URL to verify it against {0} itself.', name));
      return undefined;
    }
    const host = hostOf(effectiveBaseUrl(provider, baseUrl));
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: model ? vscode.l10n.t('Verifying the {0} token at {1} for {2}', name, host, model) : vscode.l10n.t('Verifying the {0} token at {1}', name, host),
        cancellable: true,
      },
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

interface NextStep {
  label: string;
  run: () => Thenable<unknown>;
}

/** The buttons of a result: its next step first, then the incident's panel. */
function nextSteps(result: VerifyResult, incidentId: string | undefined): NextStep[] {
  const facts = PROVIDERS[result.provider];
  const command = (label: string, id: string, ...args: unknown[]): NextStep => ({ label, run: () => vscode.commands.executeCommand(id, ...args) });
  const openPage: NextStep = {
    label: vscode.l10n.t('Open {0} Page', facts.name),
    run: () => vscode.env.openExternal(vscode.Uri.parse(result.link ?? facts.consoleUrl)),
  };
  const setToken = command(vscode.l10n.t('Set Token…'), 'aiAccessDoctor.setToken', result.provider);
  const steps: NextStep[] = [];
  switch (result.outcome) {
    case 'invalid-token':
      steps.push(setToken, openPage);
      break;
    case 'no-access':
    case 'model-not-found':
      if (incidentId && result.models.length) steps.push(command(vscode.l10n.t('Use a Reachable Model…'), 'aiAccessDoctor.applyFix', incidentId));
      steps.push(openPage);
      break;
    case 'rate-limited':
    case 'unsupported-region':
      steps.push(openPage);
      break;
    case 'provider-error':
    case 'network-error':
    case 'timeout':
      steps.push(
        command(vscode.l10n.t('Verify Again'), 'aiAccessDoctor.verifyToken', incidentId ?? result.provider),
        command(vscode.l10n.t('Open Settings'), 'workbench.action.openSettings', 'aiAccessDoctor.verify.baseUrls'),
      );
      break;
  }
  steps.push(command(vscode.l10n.t('Show Diagnostics'), 'aiAccessDoctor.showDiagnostics', incidentId));
  return steps;
}

async function notify(result: VerifyResult, incidentId: string | undefined): Promise<void> {
  const text = `${result.message} ${result.nextStep}`.trim();
  const steps = nextSteps(result, incidentId);
  const labels = steps.map((step) => step.label);
  const choice =
    result.outcome === 'valid' ? await vscode.window.showInformationMessage(text, ...labels) : await vscode.window.showErrorMessage(text, ...labels);
  await steps.find((step) => step.label === choice)?.run();
}
