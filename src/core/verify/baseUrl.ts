// Which base URL a check talks to: the same sources the providers' SDKs honour.
import { isProviderHost, PROVIDERS } from '../providers';
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

/** Whether `url` is https on one of the provider's own API hosts (the pack's `hosts`). */
export function isProviderApiUrl(provider: ProviderId, url: string | undefined): boolean {
  if (!url?.toLowerCase().startsWith('https:')) return false;
  try {
    return isProviderHost(provider, new URL(url).hostname);
  } catch {
    return false;
  }
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
