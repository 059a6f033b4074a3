// Which base URL a check talks to: the same sources the providers' SDKs honour.
import { PROVIDERS } from '../providers';
import type { ProviderId } from '../types';
import { CHECKS } from './checks';

/**
 * The setting's override, else the env var the provider's SDK reads (the pack's
 * `baseUrlEnvVar`), else undefined (the provider's default). Blank values count as unset.
 */
export function resolveBaseUrl(provider: ProviderId, env: Record<string, string | undefined>, override?: string): string | undefined {
  const fromSetting = override?.trim();
  if (fromSetting) return fromSetting;
  const envVar = PROVIDERS[provider].baseUrlEnvVar;
  const fromEnv = envVar ? env[envVar]?.trim() : undefined;
  return fromEnv || undefined;
}

/** The URL requests are built on: base (given or default) + the API prefix, no trailing slash. */
export function effectiveBaseUrl(provider: ProviderId, baseUrl: string | undefined): string | undefined {
  const check = CHECKS[provider];
  const base = (baseUrl?.trim() || check.defaultBaseUrl)?.replace(/\/+$/, '');
  if (!base) return undefined;
  const prefix = check.apiPrefix?.replace(/\/+$/, '');
  return prefix && !base.endsWith(prefix) ? base + prefix : base;
}

/** Host (and port) only, for messages: never the path, query or credentials of a URL. */
export function hostOf(url: string | undefined): string {
  if (!url) return 'the provider';
  try {
    return new URL(url).host || 'the provider';
  } catch {
    return 'the configured base URL';
  }
}

/**
 * Hosts a provider serves its API from besides its default base URL's (Azure: the user's own
 * resource). Per-provider data; the provider packs may own it.
 */
const OWN_HOST_SUFFIXES: Partial<Record<ProviderId, string[]>> = {
  'azure-openai': ['.openai.azure.com', '.cognitiveservices.azure.com', '.services.ai.azure.com'],
};

function hostnameOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** The provider's own API host (its default base URL's, or one of its own suffixes), over https. */
export function isProviderHost(provider: ProviderId, url: string | undefined): boolean {
  const host = hostnameOf(url);
  if (!host || !url?.toLowerCase().startsWith('https:')) return false;
  if (host === hostnameOf(CHECKS[provider].defaultBaseUrl)) return true;
  return (OWN_HOST_SUFFIXES[provider] ?? []).some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** A token may go over plain `http:` only to this machine. */
export function isInsecureEndpoint(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname);
  } catch {
    return false;
  }
}
