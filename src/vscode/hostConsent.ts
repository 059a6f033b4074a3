// Asks once per host before a stored token goes anywhere but its provider's own API host
// (a gateway from the user's settings or from OPENAI_BASE_URL and friends); the answer is kept
// in global state, so it holds in every workspace and no workspace can give it.
import * as vscode from 'vscode';
import { PROVIDERS } from '../core/providers';
import type { ProviderId } from '../core/types';
import { effectiveBaseUrl, hostOf, isInsecureEndpoint, isProviderApiUrl } from '../core/verify';

const APPROVED_KEY = 'aiAccessDoctor.approvedTokenHosts';

/** `true` when the token may be sent to where `baseUrl` points (asking the user if needed). */
export async function mayTokenGoTo(context: vscode.ExtensionContext, provider: ProviderId, baseUrl: string | undefined, source: string): Promise<boolean> {
  const url = effectiveBaseUrl(provider, baseUrl);
  // No URL, a malformed one or plain http: the verifier refuses those itself, without a request.
  if (!url || isProviderApiUrl(provider, url) || isInsecureEndpoint(url) || !/^https?:/i.test(url)) return true;
  const host = hostOf(url);
  const key = `${provider} ${host}`;
  const approved = context.globalState.get<string[]>(APPROVED_KEY, []);
  if (approved.includes(key)) return true;
  const name = PROVIDERS[provider].name;
  // A question that waits for an answer; Escape, or the first (safe) choice, sends nothing.
  const send = { label: vscode.l10n.t('Send it to {0}', host), description: vscode.l10n.t('remembered for this host') };
  const choice = await vscode.window.showQuickPick([{ label: vscode.l10n.t("Don't send") }, send], {
    title: vscode.l10n.t('Send your {0} token to {1}?', name, host),
    placeHolder: vscode.l10n.t("{0} is not {1}'s own API host; the URL comes from {2}.", host, name, source),
    ignoreFocusOut: true,
  });
  if (choice !== send) return false;
  await context.globalState.update(APPROVED_KEY, [...approved, key]);
  return true;
}
