// Which base URL a check talks to: the same sources the providers' SDKs honour.
import { PROVIDERS } from '../providers';
import type { ProviderId } from '../types';
import { CHECKS } from './checks';

/**
 * The setting's override, else the env var the provider's SDK reads (OPENAI_BASE_URL,
 * REPLICATE_BASE_URL, AZURE_OPENAI_ENDPOINT, ANTHROPIC_BASE_URL, …), else undefined (the
 * provider's default). Blank values count as unset.
 */
export function resolveBaseUrl(
  provider: ProviderId,
  env: Record<string, string | undefined>,
  override?: string,
): string | undefined {
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
