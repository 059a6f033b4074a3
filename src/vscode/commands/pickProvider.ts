// Quick pick of providers, those with a stored token first.
import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/providers';
import { PROVIDER_IDS, type ProviderId } from '../../core/types';
import type { TokenStore } from '../tokens';

export async function pickProvider(tokens: TokenStore, placeHolder: string, only?: readonly ProviderId[]): Promise<ProviderId | undefined> {
  const stored = new Set(tokens.providersWithToken());
  const ids = (only ?? PROVIDER_IDS).slice().sort((a, b) => Number(stored.has(b)) - Number(stored.has(a)));
  const picked = await vscode.window.showQuickPick(
    ids.map((id) => ({
      label: PROVIDERS[id].name,
      description: stored.has(id) ? 'token stored' : undefined,
      detail: PROVIDERS[id].tokenEnvVars.join(', '),
      id,
    })),
    { placeHolder, matchOnDetail: true },
  );
  return picked?.id;
}
