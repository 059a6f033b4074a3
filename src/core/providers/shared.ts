// Pieces several packs share: where SDK files live, the Stainless SDKs' Node error classes, the
// OpenAI-shaped verification steps and rules. Data only.
import type { OutcomeRule } from '../verify/checks';
import type { Evidence, Recognition } from './types';

/** A Python package folder / an npm package folder, for `frames` evidence. */
export const SITE = String.raw`(?:site-packages|dist-packages)[\\/]`;
export const NM = String.raw`node_modules[\\/]`;

/**
 * A tool's words naming the provider it has no key for, in whatever case it prints the id (the pi coding
 * agent's `No API key found for anthropic.`, LlamaIndex's `No API key found for OpenAI.`, OpenClaw's `No API key
 * found for provider "anthropic".`, a project tool's `Missing API key for provider: Acme`), or an app's own config check labelled with the provider's id (a video
 * generator's `Error: acme: api_key is not set, please set it in the config.toml file.`), or an app's failure to build its
 * model client for a provider it names, the missing key said after it (a crawler's `Error creating LLM client for provider
 * acme: Acme API key not found`): `names`, the pack's own.
 */
export const keyLackedFor = (names: string): Evidence => ({
  in: 'text',
  re: new RegExp(
    String.raw`\b(?:No API (?:key|token) (?:was )?(?:found|provided|set)|Missing API (?:key|token)) for (?:the )?(?:provider:? ?["'\x60]?)?(?:${names})\b|\b(?:${names}): api_key (?:is not set|is required|is missing|is empty)\b|\bfor (?:the )?provider:? ?["'\x60]?(?:${names})["'\x60]?: (?:[^\n:]{0,40} )?API (?:key|token) (?:not found|(?:is )?missing|(?:is )?not set|not provided)\b`,
    'i',
  ),
  weight: 3,
});

/** Error classes every Stainless-generated Node SDK prints (OpenAI, Anthropic, Groq). */
export const STAINLESS_NODE_CLASS = /^(?:APIError|AuthenticationError|PermissionDeniedError|NotFoundError|UnprocessableEntityError|BadRequestError)$/;

/** The status fallback most providers use. */
export const ACCESS_FALLBACK: Recognition['fallback'] = { 401: 'invalid-token', 403: 'permission-denied' };

/** `name=key` for a Python call, or nothing when the SDK reads the default. */
export const pyArg = (key: string | undefined, name: string, sep = ''): string => (key ? `${sep}${name}=${key}` : '');
/** `{ name: key }` for a JavaScript constructor, or nothing. */
export const jsOpt = (key: string | undefined, name: string): string => (key ? `{ ${name}: ${key} }` : '');

/** OpenAI-compatible list and model steps (`models.list`, `models.retrieve`). */
export const OPENAI_COMPATIBLE_STEPS = {
  list: { sdkCall: 'models.list', path: '/models', items: 'data', id: 'id' },
  model: { sdkCall: 'models.retrieve', path: '/models/{model}', when: 'unless-listed' },
} as const;

/** Rules of the OpenAI-shaped error bodies `{"error":{"message","type","param","code"}}`. */
export const OPENAI_RULES: OutcomeRule[] = [
  { status: 429, bodyIncludes: ['insufficient_quota'], outcome: 'rate-limited', reason: 'quota' },
  { status: [401, 403], bodyIncludes: ['Missing scopes', 'insufficient permissions'], outcome: 'no-access', reason: 'missing-scopes' },
  { status: 401, bodyIncludes: ['mismatched_organization', 'mismatched_project'], outcome: 'invalid-token', reason: 'org-mismatch' },
  { status: [403, 404], step: 'model', bodyIncludes: ['model_not_found', 'does not exist'], outcome: 'model-not-found' },
];
