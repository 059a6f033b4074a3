// The rule catalogue: how each provider's access failures look, as data. Adding a provider is
// adding an entry here (plus SDK facts in providers.ts and snippets in snippets.ts) and tests.
import type { CauseId, ProviderId } from '../types';

/** A sign that a trace comes from a provider's SDK or API. */
export interface Evidence {
  /** `class`: the printed error class; `frames`: any frame's file; `text`: message and trace. */
  in: 'class' | 'frames' | 'text';
  re: RegExp;
  weight: number;
}

export interface ProviderRule {
  provider: ProviderId;
  /** Summed per matching entry; the best provider needs at least MIN_EVIDENCE. */
  evidence: Evidence[];
  /** Causes this provider can produce; signals for other causes are not tried. */
  causes: CauseId[];
  /** Cause when no signal matched but the status alone says "access problem". */
  fallback: Partial<Record<number, CauseId>>;
}

/** A message shape that names the cause. Tried in order; the first match wins. */
export interface CauseSignal {
  cause: CauseId;
  re: RegExp;
  /** Only for these providers (default: any provider whose `causes` list it). */
  providers?: ProviderId[];
  /** Only when the status is one of these (null: status unknown). */
  statuses?: Array<number | null>;
}

export const MIN_EVIDENCE = 3;

const SITE = String.raw`(?:site-packages|dist-packages)[\\/]`;
const NM = String.raw`node_modules[\\/]`;
const STAINLESS_NODE_CLASS = /^(?:APIError|AuthenticationError|PermissionDeniedError|NotFoundError|UnprocessableEntityError|BadRequestError)$/;

export const RULES: ProviderRule[] = [
  {
    provider: 'azure-openai',
    evidence: [
      { in: 'class', re: /^openai\./, weight: 2 },
      { in: 'frames', re: new RegExp(`${SITE}openai[\\\\/]|${NM}openai[\\\\/]`), weight: 2 },
      {
        in: 'text',
        re: /openai\.azure\.com|cognitiveservices\.azure\.com|Microsoft\.CognitiveServices|AzureOpenAI|AZURE_OPENAI_|\bDeploymentNotFound\b|API deployment for this resource|invalid subscription key|private endpoint|The principal `/,
        weight: 6,
      },
    ],
    causes: ['model-access', 'invalid-token', 'missing-token', 'principal-no-access', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'openai',
    evidence: [
      { in: 'class', re: /^openai\./, weight: 3 },
      { in: 'class', re: /^OpenAIError$/, weight: 3 },
      { in: 'class', re: STAINLESS_NODE_CLASS, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}openai[\\\\/]|${NM}openai[\\\\/]`), weight: 3 },
      {
        in: 'text',
        re: /api\.openai\.com|platform\.openai\.com|OPENAI_API_KEY|OpenAI-(?:Organization|Project) header|unsupported_country_region_territory|mismatched_(?:organization|project)/,
        weight: 3,
      },
    ],
    causes: ['model-access', 'unsupported-region', 'missing-token', 'invalid-token', 'org-mismatch', 'missing-scopes', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'anthropic',
    evidence: [
      { in: 'class', re: /^anthropic\./, weight: 3 },
      { in: 'class', re: /^AnthropicError$/, weight: 3 },
      { in: 'class', re: STAINLESS_NODE_CLASS, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}anthropic[\\\\/]|${NM}@anthropic-ai[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.anthropic\.com|console\.anthropic\.com|ANTHROPIC_API_KEY/, weight: 3 },
      { in: 'text', re: /['"]type['"]: ?['"]error['"], ?['"]error['"]: ?\{['"]type['"]/, weight: 2 },
    ],
    causes: ['model-access', 'unsupported-region', 'missing-token', 'invalid-token', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'replicate',
    evidence: [
      { in: 'class', re: /^replicate\./, weight: 3 },
      { in: 'class', re: /^ApiError$/, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}replicate[\\\\/]|${NM}replicate[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.replicate\.com|replicate\.com\/account|REPLICATE_API_TOKEN|ReplicateError Details/, weight: 3 },
    ],
    causes: ['model-access', 'missing-token', 'invalid-token', 'version-not-permitted', 'destination-not-found', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'google',
    evidence: [
      { in: 'class', re: /^google\.genai\./, weight: 3 },
      { in: 'class', re: /^(?:ApiError|ClientError)$/, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}google[\\\\/]genai[\\\\/]|${NM}@google[\\\\/]genai[\\\\/]`), weight: 3 },
      { in: 'text', re: /generativelanguage\.googleapis\.com|aistudio\.google\.com|GEMINI_API_KEY/, weight: 3 },
      { in: 'text', re: /models\/gemini-/, weight: 2 },
    ],
    causes: ['model-access', 'unsupported-region', 'missing-token', 'invalid-token', 'key-leaked', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'mistral',
    evidence: [
      { in: 'class', re: /^mistralai\./, weight: 3 },
      { in: 'class', re: /^SDKError$/, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}mistralai[\\\\/]|${NM}@mistralai[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.mistral\.ai|console\.mistral\.ai|MISTRAL_API_KEY/, weight: 3 },
    ],
    causes: ['model-access', 'missing-token', 'invalid-token', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'cohere',
    evidence: [
      { in: 'class', re: /^cohere\./, weight: 3 },
      { in: 'class', re: /^Cohere\w*Error$/, weight: 3 },
      { in: 'frames', re: new RegExp(`${SITE}cohere[\\\\/]|${NM}cohere-ai[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.cohere\.(?:com|ai)|dashboard\.cohere\.com|\bCO_API_KEY\b|COHERE_API_KEY/, weight: 3 },
    ],
    causes: ['model-access', 'missing-token', 'invalid-token', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'groq',
    evidence: [
      { in: 'class', re: /^groq\./, weight: 3 },
      { in: 'class', re: /^GroqError$/, weight: 3 },
      { in: 'class', re: STAINLESS_NODE_CLASS, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}groq[\\\\/]|${NM}groq-sdk[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.groq\.com|console\.groq\.com|GROQ_API_KEY/, weight: 3 },
    ],
    causes: ['model-access', 'unsupported-region', 'missing-token', 'invalid-token', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
  {
    provider: 'huggingface',
    evidence: [
      { in: 'class', re: /^huggingface_hub\./, weight: 3 },
      { in: 'class', re: /^HubApiError$/, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}(?:huggingface_hub|transformers)[\\\\/]|${NM}@huggingface[\\\\/]`), weight: 3 },
      { in: 'text', re: /\bhuggingface\.co\b|\bHF_TOKEN\b|HUGGING_FACE_HUB_TOKEN/, weight: 3 },
    ],
    causes: ['model-access', 'missing-token', 'invalid-token', 'missing-scopes', 'gated-repo', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: { 401: 'invalid-token', 403: 'permission-denied' },
  },
];

/** Ordered: the most specific shapes first. */
export const SIGNALS: CauseSignal[] = [
  { cause: 'network-block', re: /Attention Required! \| Cloudflare|Sorry, you have been blocked|used Cloudflare to restrict access|cf-error-details/i },
  { cause: 'proxy-html', re: /<!DOCTYPE html|<html[\s>]|<head>|<body[\s>]|<title>/i },
  { cause: 'key-leaked', re: /reported as leaked|detected as leaked|key (?:was|has been) (?:disabled|revoked) because it was (?:leaked|exposed)/i },
  {
    cause: 'unsupported-region',
    re: /unsupported_country_region_territory|Country, region, or territory not supported|User location is not supported|not available in your (?:country|region|location)|unsupported (?:country|region)/i,
  },
  { cause: 'unsupported-region', re: /\bRequest not allowed\b/, providers: ['anthropic'], statuses: [403] },
  { cause: 'principal-no-access', re: /lacks the required data action|does not have authorization to perform action|The principal `[^`]*` (?:lacks|does not have)/i },
  { cause: 'org-mismatch', re: /mismatched_(?:organization|project)|header should match (?:organization|project)|No such organization|not a member of (?:an |the )?organization|Invalid (?:organization|project) (?:ID|header)/i },
  { cause: 'missing-scopes', re: /Missing scopes|insufficient permissions for this operation|does not have sufficient permissions|insufficient_scope|token (?:is missing|lacks) (?:the )?(?:required )?(?:scope|permission)/i },
  {
    cause: 'missing-token',
    re: /environment variable is missing or empty|api_key client option must be set|Missing credentials|must be instantiated be either passing in token|did not pass an authentication token|You didn't provide an API key|unregistered callers|Could not resolve authentication method|x-api-key header is required|must have access to it and be authenticated|Missing key inputs argument|No API key (?:was )?(?:provided|found)/i,
  },
  { cause: 'gated-repo', re: /Cannot access gated repo|not in the authorized list|access (?:request )?(?:is )?awaiting (?:a )?review|GatedRepoError/ },
  { cause: 'version-not-permitted', re: /Invalid version or not permitted|specified version does not exist/i },
  {
    cause: 'invalid-token',
    re: /Incorrect API key provided|invalid_api_key|Invalid API Key|invalid x-api-key|API key not valid|API_KEY_INVALID|invalid api token|invalid subscription key|did not pass a valid authentication token|Invalid username or password|Invalid credentials|token (?:has )?expired|\bUnauthorized\b|authentication_error/i,
  },
  { cause: 'network-block', re: /Please check your network settings|Public access is disabled|not from an approved private endpoint|Traffic is not from|IP (?:address )?[\w.:]* (?:is )?not (?:allowed|permitted)|blocked by (?:the )?firewall/i },
  {
    cause: 'model-access',
    re: /model_not_found|access to (?:the )?model|The model `[^`]+` does not exist|DeploymentNotFound|API deployment for this resource does not exist|is not found for API version|Invalid model\b|invalid_model|model '[^']+' not found|not_found_error|Repository Not Found|This model is private|model (?:is )?not (?:available|enabled) for your/i,
  },
  { cause: 'destination-not-found', re: /requested resource could not be found|"detail":\s*"Not found|title: Not found|\bNot found\b/i, providers: ['replicate'], statuses: [404] },
  { cause: 'permission-denied', re: /permission_error|permission_denied|PERMISSION_DENIED|do(?:es)? not have permission|not allowed to|\bForbidden\b|ForbiddenError/ },
];
