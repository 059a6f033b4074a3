// What a wrap-catch handler says per cause, and which HTTP statuses the cause arrives with.
// Cause knowledge only (shared CAUSES.md); provider facts come from rules/providers.ts.
import type { CauseId } from '../types';

export interface CauseHint {
  /** Statuses the providers use for this cause, most usual first (picks the SDK's error classes). */
  statuses: number[];
  /**
   * One sentence for the handler; placeholders: {provider} {model} {envVar} {console}.
   * Plain ASCII, no quotes, so it fits any string literal.
   */
  message: string;
}

export const CAUSE_HINTS: Record<CauseId, CauseHint> = {
  'model-access': {
    statuses: [403, 404],
    message: '{provider} refused {model} for the key in {envVar}: check the project model allow-list and plan at {console}, or switch to a model the key can use',
  },
  'unsupported-region': {
    statuses: [403],
    message: '{provider} does not serve this country or region (key in {envVar}, {model}): run from a supported region',
  },
  'missing-token': {
    statuses: [401],
    message: 'No {provider} key was sent: set {envVar} in the environment (or in .env) before this runs',
  },
  'invalid-token': {
    statuses: [401],
    message: '{provider} rejected the key: check that {envVar} holds a current key from {console}',
  },
  'org-mismatch': {
    statuses: [401],
    message: 'The organization or project sent does not match the {provider} key in {envVar}: check both at {console}',
  },
  'missing-scopes': {
    statuses: [401, 403],
    message: 'The restricted {provider} key in {envVar} lacks the permission this endpoint needs: grant it at {console}',
  },
  'principal-no-access': {
    statuses: [401, 403],
    message: 'The identity calling {provider} has no role on the resource: assign one (for example Cognitive Services OpenAI User) at {console}',
  },
  'version-not-permitted': {
    statuses: [422],
    message: '{provider} does not accept this version of {model}: check the version id or use the latest version',
  },
  'destination-not-found': {
    statuses: [404],
    message: '{provider} cannot find {model}: check the owner and name, and that the key may see a private model',
  },
  'gated-repo': {
    statuses: [403, 401],
    message: '{model} is gated on {provider}: request access on its page and use a token that has it in {envVar}',
  },
  'key-leaked': {
    statuses: [401, 403],
    message: '{provider} disabled this key as leaked: create a new one at {console} and keep it out of the code',
  },
  'network-block': {
    statuses: [403],
    message: '{provider} or its CDN blocked this network: try another network, or check the VPN or proxy',
  },
  'proxy-html': {
    statuses: [403],
    message: 'A proxy or gateway answered instead of {provider}: check the proxy settings and the base URL the SDK uses',
  },
  'permission-denied': {
    statuses: [403],
    message: '{provider} denied permission: check that the key in {envVar} may use {model} at {console}',
  },
};

/** When no cause is known. */
export const GENERIC_HINT: CauseHint = {
  statuses: [403],
  message: '{provider} refused the request: check the key in {envVar} and its access to {model} at {console}',
};
