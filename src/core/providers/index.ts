// All provider packs, and the per-concern views other folders read. Adding a provider: write
// its pack (<id>.ts), add its id to PROVIDER_IDS (types.ts) and here; the compiler then asks for
// every fact the views need.
import { PROVIDER_IDS, type CauseId, type ProviderId } from '../types';
import { anthropic } from './anthropic';
import { azureOpenai } from './azure-openai';
import { cohere } from './cohere';
import { google } from './google';
import { groq } from './groq';
import { huggingface } from './huggingface';
import { mistral } from './mistral';
import { openai } from './openai';
import { replicate } from './replicate';
import type { FallbackTable, ModelLifecycle, ProviderPack, ProviderSyntax, Recognition } from './types';

export type * from './types';

export const PROVIDERS: Record<ProviderId, ProviderPack> = {
  openai,
  'azure-openai': azureOpenai,
  anthropic,
  replicate,
  google,
  mistral,
  cohere,
  groq,
  huggingface,
};

/** One value per provider, from its pack. */
export function fromPacks<T>(pick: (pack: ProviderPack) => T): Record<ProviderId, T> {
  return Object.fromEntries(PROVIDER_IDS.map((id) => [id, pick(PROVIDERS[id])])) as Record<ProviderId, T>;
}

export interface ProviderRule extends Recognition {
  provider: ProviderId;
}

/**
 * The order providers are scored in; the first wins a tie. Azure OpenAI comes before OpenAI:
 * both match the `openai` SDK, and only Azure's own evidence tells them apart.
 */
const RECOGNITION_ORDER: readonly ProviderId[] = ['azure-openai', ...PROVIDER_IDS.filter((id) => id !== 'azure-openai')];

/** Recognition view: evidence, causes and fallbacks per provider, in scoring order. */
export const RULES: readonly ProviderRule[] = RECOGNITION_ORDER.map((id) => ({ provider: id, ...PROVIDERS[id].recognition }));

export const SDK_SYNTAX: Record<ProviderId, ProviderSyntax> = fromPacks((p) => p.syntax);

export const MODEL_FALLBACKS: Record<ProviderId, FallbackTable> = fromPacks((p) => p.modelFallbacks);

/** The page that fixes `cause` for `provider`: its own link, else the token page. */
export function fixLink(provider: ProviderId, cause: CauseId | undefined): string {
  const pack = PROVIDERS[provider];
  return (cause && pack.fixLinks?.[cause]) || pack.consoleUrl;
}

export const MODEL_LIFECYCLE: Record<ProviderId, ModelLifecycle> = fromPacks((p) => p.models);

/** Whether `hostname` is one of the provider's own API hosts (`*.domain` covers subdomains only). */
export function isProviderHost(provider: ProviderId, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return PROVIDERS[provider].hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) && host.length > h.length - 1 : host === h));
}
