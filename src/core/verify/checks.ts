// How each provider's token is checked, as data. `verify.ts` interprets this table; no code
// branches on the provider id. Paths are relative to the base URL + `apiPrefix`.
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

const OPENAI_COMPATIBLE_STEPS = {
  list: { sdkCall: 'models.list', path: '/models', items: 'data', id: 'id' },
  model: { sdkCall: 'models.retrieve', path: '/models/{model}', when: 'unless-listed' },
} as const;

/** Rules of the OpenAI-shaped error bodies `{"error":{"message","type","param","code"}}`. */
const OPENAI_RULES: OutcomeRule[] = [
  { status: 429, bodyIncludes: ['insufficient_quota'], outcome: 'rate-limited', reason: 'quota' },
  { status: [401, 403], bodyIncludes: ['Missing scopes', 'insufficient permissions'], outcome: 'no-access', reason: 'missing-scopes' },
  { status: 401, bodyIncludes: ['mismatched_organization', 'mismatched_project'], outcome: 'invalid-token', reason: 'org-mismatch' },
  { status: [403, 404], step: 'model', bodyIncludes: ['model_not_found', 'does not exist'], outcome: 'model-not-found' },
];

export const CHECKS: Record<ProviderId, ProviderCheck> = {
  openai: {
    client: 'openai-sdk',
    defaultBaseUrl: 'https://api.openai.com/v1',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    ...OPENAI_COMPATIBLE_STEPS,
    tokenNoun: 'key',
    rules: [
      // OpenAI answers "you may not use this model" as 403 model_not_found "You do not have access…".
      { status: 403, step: 'model', bodyIncludes: ['do not have access', 'not have access'], outcome: 'no-access' },
      ...OPENAI_RULES,
    ],
  },
  'azure-openai': {
    client: 'http',
    // The endpoint is per resource: https://YOUR-RESOURCE.openai.azure.com
    defaultBaseUrl: undefined,
    auth: { header: 'api-key' },
    query: { 'api-version': '2024-10-21' },
    list: { path: '/openai/models', items: 'data', id: 'id' },
    // A deployment name is not a model id, and the data-plane API has no deployment lookup:
    // the model is matched against the list only and never fails the check on its own.
    tokenNoun: 'key',
    rules: [
      { status: [401, 403], bodyIncludes: ['PermissionDenied'], outcome: 'no-access', reason: 'azure-rbac' },
      { status: 404, bodyIncludes: ['DeploymentNotFound'], outcome: 'model-not-found' },
    ],
  },
  anthropic: {
    client: 'http',
    defaultBaseUrl: 'https://api.anthropic.com',
    auth: { header: 'x-api-key' },
    headers: { 'anthropic-version': '2023-06-01' },
    list: {
      path: '/v1/models',
      items: 'data',
      id: 'id',
      query: { limit: '1000' },
      page: { moreField: 'has_more', nextField: 'last_id', query: 'after_id' },
    },
    model: { path: '/v1/models/{model}', when: 'unless-listed' },
    tokenNoun: 'key',
    rules: [
      // Anthropic's answer to callers from unsupported regions.
      { status: 403, bodyIncludes: ['Request not allowed'], outcome: 'unsupported-region' },
      { status: 404, step: 'model', bodyIncludes: ['not_found_error'], outcome: 'model-not-found' },
    ],
  },
  replicate: {
    client: 'replicate-sdk',
    defaultBaseUrl: 'https://api.replicate.com/v1',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    account: { sdkCall: 'accounts.current', path: '/account', nameFields: ['username', 'name'] },
    model: {
      sdkCall: 'models.get',
      path: '/models/{model}',
      when: 'always',
      idPattern: /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*(:[0-9a-f]+)?$/,
      idHint: 'owner/name',
      dropSuffix: /:[0-9a-f]+$/,
    },
    tokenNoun: 'token',
    rules: [
      // Replicate answers a private model of another account, or a wrong owner/name, with 404.
      {
        status: [403, 404],
        step: 'model',
        outcome: 'model-not-found',
        message: 'The {provider} token{envVarParen} is valid but sees no model {model}: it does not exist or is private to another account ({status}).',
        nextStep: 'Check the owner/name of {model} on replicate.com, or use a token of the account or organization that owns it{alternativesSuffix}.',
      },
    ],
  },
  google: {
    client: 'http',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com',
    // The header keeps the key out of URLs (the API also takes ?key=).
    auth: { header: 'x-goog-api-key' },
    list: {
      path: '/v1beta/models',
      items: 'models',
      id: 'name',
      stripPrefix: 'models/',
      query: { pageSize: '1000' },
      page: { nextField: 'nextPageToken', query: 'pageToken' },
    },
    model: { path: '/v1beta/models/{model}', when: 'unless-listed' },
    tokenNoun: 'key',
    rules: [
      { bodyIncludes: ['User location is not supported'], outcome: 'unsupported-region' },
      { bodyIncludes: ['API_KEY_INVALID', 'API key not valid', 'API key expired'], outcome: 'invalid-token' },
      { bodyIncludes: ['reported as leaked'], outcome: 'invalid-token', reason: 'leaked' },
      { status: 404, step: 'model', outcome: 'model-not-found' },
    ],
  },
  mistral: {
    client: 'openai-sdk',
    defaultBaseUrl: 'https://api.mistral.ai',
    apiPrefix: '/v1',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    ...OPENAI_COMPATIBLE_STEPS,
    tokenNoun: 'key',
    rules: [...OPENAI_RULES],
  },
  cohere: {
    client: 'http',
    defaultBaseUrl: 'https://api.cohere.com',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    list: {
      path: '/v1/models',
      items: 'models',
      id: 'name',
      query: { page_size: '1000' },
      page: { nextField: 'next_page_token', query: 'page_token' },
    },
    model: { path: '/v1/models/{model}', when: 'unless-listed' },
    tokenNoun: 'key',
    rules: [],
  },
  groq: {
    client: 'openai-sdk',
    defaultBaseUrl: 'https://api.groq.com',
    apiPrefix: '/openai/v1',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    ...OPENAI_COMPATIBLE_STEPS,
    tokenNoun: 'key',
    rules: [...OPENAI_RULES],
  },
  huggingface: {
    client: 'http',
    defaultBaseUrl: 'https://huggingface.co',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    account: { path: '/api/whoami-v2', nameFields: ['name', 'fullname'] },
    // huggingface_hub's auth_check(): 200 when the token may read the repo.
    model: { path: '/api/models/{model}/auth-check', when: 'always', idPattern: /^[\w.-]+(\/[\w.-]+)?$/, idHint: 'owner/name' },
    tokenNoun: 'token',
    rules: [
      {
        header: { name: 'x-error-code', includes: 'GatedRepo' },
        outcome: 'no-access',
        reason: 'gated',
        message: 'The {provider} token{envVarParen} is valid but has not been granted access to the gated repo {model} ({status}).',
        nextStep: 'Open https://huggingface.co/{model} logged in as {accountOr}, accept the conditions and wait for approval; a fine-grained token also needs "read access to public gated repos".',
      },
      { step: 'model', header: { name: 'x-error-code', includes: 'RepoNotFound' }, outcome: 'model-not-found' },
      { status: [401, 404], step: 'model', outcome: 'model-not-found' },
    ],
  },
};

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

export function checkFor(provider: ProviderId): ProviderCheck {
  return CHECKS[provider];
}
