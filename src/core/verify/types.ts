// Public vocabulary of the token verifier. No `vscode` import anywhere in src/core.
import type { ProviderId } from '../types';

export type VerifyOutcome =
  | 'valid'
  | 'invalid-token'
  | 'no-access'
  | 'model-not-found'
  | 'unsupported-region'
  | 'rate-limited'
  | 'provider-error'
  | 'network-error'
  | 'timeout'
  | 'cancelled';

export interface VerifyRequest {
  provider: ProviderId;
  token: string;
  /** The model the check should include (an incident's model), or null/undefined for the token only. */
  model?: string | null;
  /** Base URL (proxy, gateway, Azure endpoint); see resolveBaseUrl. Provider default when absent. */
  baseUrl?: string;
  /** Whole check, all requests included. Default 15000. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface VerifyResult {
  provider: ProviderId;
  outcome: VerifyOutcome;
  /** HTTP status of the answer that decided the outcome, or null (network, timeout, cancel). */
  status: number | null;
  model: string | null;
  /** Models the token can reach, when the provider lists them (feeds "swap model"). */
  models: string[];
  /** Account name when the provider tells it (Replicate, Hugging Face). */
  account?: string;
  /** One plain sentence naming provider, model and env var; never the token. */
  message: string;
  /** What to do next, one sentence; never the token. */
  nextStep: string;
  /** The provider's page for the next step (the same link the hover and panel show). */
  link?: string;
}
