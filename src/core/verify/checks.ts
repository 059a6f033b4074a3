// The vocabulary of token checks; each provider's check is data in its pack. `verify.ts`
// interprets it; no code branches on the provider id. Paths are relative to the base URL + `apiPrefix`.
import { fromPacks } from '../providers';
import type { ProviderId } from '../types';
import type { VerifyOutcome } from './types';

/**
 * `openai-sdk`: the real `openai` package (OpenAI and OpenAI-compatible APIs).
 * `replicate-sdk`: the real `replicate` package.
 * `http`: plain `fetch` driven by the paths, headers and fields below.
 */
export type ClientKind = 'openai-sdk' | 'replicate-sdk' | 'http';

export type StepKind = 'account' | 'list' | 'model';

export interface AuthSpec {
  /** Header that carries the token. */
  header: string;
  /** Written before the token: `Bearer `. */
  prefix?: string;
}

export interface EndpointSpec {
  /** GET path, `{model}` standing for the model id (its `/`-separated segments URL-encoded). */
  path: string;
  /** For SDK clients: the SDK call that performs this request (documentation and dispatch). */
  sdkCall?: string;
}

export interface AccountSpec extends EndpointSpec {
  /** Fields of the JSON answer holding the account name, first present wins. */
  nameFields: string[];
}

export interface ListSpec extends EndpointSpec {
  /** Field of the JSON answer holding the array of models. */
  items: string;
  /** Field of each model holding its id. */
  id: string;
  /** Prefix removed from listed ids and from a requested model (`models/` for Gemini). */
  stripPrefix?: string;
  /** Query added to the list request (page size). */
  query?: Record<string, string>;
  /** Cursor paging: the answer's field with the next cursor, the query parameter to send it in. */
  page?: { nextField: string; query: string; moreField?: string };
}

export interface ModelSpec extends EndpointSpec {
  /** `unless-listed`: only ask for the model when the list did not contain it. */
  when: 'always' | 'unless-listed';
  /** A model id the provider would accept; anything else is reported as not found without a request. */
  idPattern?: RegExp;
  /** How such an id looks, for the message: "owner/name". */
  idHint?: string;
  /** Part of the id the endpoint does not take (`:version` on Replicate), removed before the request. */
  dropSuffix?: RegExp;
}

/** Maps one failed answer to an outcome. Every given condition must hold; first match wins. */
export interface OutcomeRule {
  status?: number | number[];
  /** Inclusive range, for 5xx. */
  statusRange?: [number, number];
  step?: StepKind | StepKind[];
  /** Case-insensitive substrings of the body; one is enough. */
  bodyIncludes?: string[];
  /** A response header (lower case) containing a substring. */
  header?: { name: string; includes: string };
  outcome: VerifyOutcome;
  /** Picks a message template (messages.ts) finer than the outcome's default. */
  reason?: string;
  /** Templates overriding the message / next step, see messages.ts for the placeholders. */
  message?: string;
  nextStep?: string;
}

export interface ProviderCheck {
  client: ClientKind;
  /** Base URL as the provider's own SDK and its env var write it; undefined: must be configured. */
  defaultBaseUrl?: string;
  /** How a base URL looks when there is no default (Azure's per-resource endpoint), for messages. */
  baseUrlExample?: string;
  /** Added after the base URL unless it already ends with it (Groq's SDK base has no `/openai/v1`). */
  apiPrefix?: string;
  /** How the token is sent. SDK clients send it themselves; kept here as the fact. */
  auth: AuthSpec;
  headers?: Record<string, string>;
  /** Query sent with every request (Azure's api-version). */
  query?: Record<string, string>;
  account?: AccountSpec;
  list?: ListSpec;
  model?: ModelSpec;
  /** "key" or "token", as the provider calls it. */
  tokenNoun: 'key' | 'token';
  /** Provider-specific rules, tried before COMMON_RULES. */
  rules: OutcomeRule[];
}

/** Each provider's check, from its pack. */
export const CHECKS: Record<ProviderId, ProviderCheck> = fromPacks((p) => p.check);

/** Tried after a provider's own rules. */
export const COMMON_RULES: OutcomeRule[] = [
  { bodyIncludes: ['unsupported_country_region_territory'], outcome: 'unsupported-region' },
  { bodyIncludes: ['<!doctype html', '<html'], outcome: 'provider-error', reason: 'html' },
  { status: 401, outcome: 'invalid-token' },
  { status: 403, step: 'model', outcome: 'no-access' },
  { status: 403, outcome: 'no-access', reason: 'token' },
  { status: 404, step: 'model', outcome: 'model-not-found' },
  { status: 404, outcome: 'provider-error', reason: 'endpoint' },
  { status: 429, outcome: 'rate-limited' },
  { statusRange: [500, 599], outcome: 'provider-error', reason: 'server' },
  { outcome: 'provider-error', reason: 'unexpected' },
];
