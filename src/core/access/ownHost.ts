// Where a key found in the workspace (`.env`, launch.json) is verified: the provider's own
// default host, never a base URL the workspace names (OPENAI_BASE_URL in that same `.env`, a
// workspace setting). The one exception is for this project's host tests: a loopback origin
// given to the extension host process (AAD_TEST_PROVIDER_ORIGIN), which no workspace file can
// set and which can only point at this machine.
import { PROVIDERS } from '../providers';
import type { ProviderId } from '../types';
import { isLoopbackHost } from '../verify/baseUrl';

export const TEST_ORIGIN_ENV = 'AAD_TEST_PROVIDER_ORIGIN';

/** `http://127.0.0.1:PORT` (or localhost / [::1]) with nothing after the port, else undefined. */
export function loopbackOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname) || url.username || url.password || (url.pathname !== '/' && url.pathname !== ''))
      return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * The base URL to verify a workspace-held key against: the provider's default, or undefined
 * when the provider has none (Azure OpenAI: every resource has its own endpoint).
 */
export function ownHostBaseUrl(provider: ProviderId, env: Record<string, string | undefined>): string | undefined {
  const fallback = PROVIDERS[provider].check.defaultBaseUrl;
  if (!fallback) return undefined;
  const test = loopbackOrigin(env[TEST_ORIGIN_ENV]);
  if (!test) return fallback;
  const path = new URL(fallback).pathname.replace(/\/+$/, '');
  return `${test}${path}`;
}
