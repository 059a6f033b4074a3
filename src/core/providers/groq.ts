// Groq: the `groq` / `groq-sdk` SDKs and api.groq.com (OpenAI-compatible).
import { ACCESS_FALLBACK, jsOpt, keyLackedFor, NM, OPENAI_COMPATIBLE_STEPS, OPENAI_RULES, pyArg, SITE, STAINLESS_NODE_CLASS } from './shared';
import { CHAT_COMPLETIONS_CALL } from './openai';
import type { ProviderPack } from './types';

/** Groq's 400 for a model whose terms the organization has not accepted yet (code `model_terms_required`). */
const TERMS_REQUIRED = /\bmodel_terms_required\b|\brequires terms acceptance\. Please have the org admin accept the terms\b/;

export const groq = {
  id: 'groq',
  name: 'Groq',
  tokenEnvVars: ['GROQ_API_KEY'],
  baseUrlEnvVar: 'GROQ_BASE_URL',
  hosts: ['api.groq.com'],
  consoleUrl: 'https://console.groq.com/keys',
  token: { prefix: 'gsk_', pattern: /^gsk_[A-Za-z0-9_]{8,}$/, hint: 'Groq keys start with gsk_' },
  recognition: {
    names: /^groq$/i,
    evidence: [
      keyLackedFor('groq'),
      // Its SDK's qualified class outweighs the OpenAI words its API copies (`groq.NotFoundError: … The model
      // `whisper-large-v3` does not exist or you do not have access to it.`).
      { in: 'class', re: /^groq\./, weight: 4 },
      { in: 'class', re: /^GroqError$/, weight: 3 },
      { in: 'class', re: STAINLESS_NODE_CLASS, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}groq[\\\\/]|${NM}groq-sdk[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.groq\.com|console\.groq\.com|GROQ_API_KEY|x-groq-region|\bGroq\b/, weight: 3 },
      // An app's own label for the Groq call that failed, with the status, over a body that copies OpenAI's words
      // (`Groq error 404: {"error":{"message":"The model `…` does not exist or you do not have access to it.",…}}`).
      { in: 'text', re: /\bGroq(?: API)? error:? 4\d\d\b/i, weight: 3 },
      // The response's own cookie (Cloudflare's `__cf_bm=…; domain=.groq.com`): groq.com answered.
      { in: 'text', re: /\bdomain=\.?groq\.com\b/i, weight: 3 },
      // Groq's body for a bad key (OpenAI says "Incorrect API key provided").
      { in: 'text', re: /['"]?message['"]?: ?['"]Invalid API Key['"], ?['"]?type['"]?: ?['"]invalid_request_error/, weight: 3 },
      // Its sentence for a retired model, also when a tool cuts it before the deprecations link (`The model
      // gemma2-9b-it has been decommissioned and is no longer supported.`).
      { in: 'text', re: /\bThe model `?[\w.:/-]{2,128}`? has been decommissioned and is no longer supported\b/, weight: 3 },
      // The same words as a whole message (`APICallError: Invalid API Key`, `401 Invalid API Key`); not after a Python
      // class qualified by another package's modules (`acmeapi.exceptions.AcmeAuthError: Invalid API Key`): that
      // package's own words for its own key (Groq's SDK prints its body, and its class names Groq).
      { in: 'text', re: /(?:^|(?<!(?:^|\s)(?:[a-z_]\w*\.)+[A-Z]\w*): |^[45]\d\d )Invalid API Key\s*$/m, weight: 3 },
      // Its answer to a key of an organization it has restricted (code `organization_restricted`): `Organization has
      // been restricted. Please reach out to support if you believe this was in error.`
      { in: 'text', re: /\borganization_restricted\b|\bOrganization has been restricted\. Please reach out to support\b/, weight: 3 },
      // Its refusal of a model whose terms the organization has not accepted (code `model_terms_required`).
      { in: 'text', re: TERMS_REQUIRED, weight: 3 },
    ],
    // `The model canopylabs/orpheus-arabic-saudi requires terms acceptance. …`
    modelPatterns: [/\bThe model `?([\w.:/-]{2,128}?)`? requires terms acceptance\b/],
    causes: [
      'model-access',
      'unsupported-region',
      'missing-token',
      'invalid-token',
      'account-disabled',
      'network-block',
      'proxy-html',
      'permission-denied',
      'destination-not-found',
    ],
    fallback: ACCESS_FALLBACK,
    signals: [
      { cause: 'account-disabled', re: /\borganization_restricted\b|\bOrganization has been restricted\b/, after: 'unsupported-region' },
      // The model exists but its terms wait for the org admin's acceptance (console.groq.com/playground?model=…).
      { cause: 'model-access', re: TERMS_REQUIRED },
      // Its 404 for a path it does not serve (a base URL that already ends in `/chat/completions`, the SDK
      // adding its own): `Error code: 404 - {'error': {'message': 'Not Found'}}`. A model it lacks is named.
      // openai-node's dump of the same answer prints the body unquoted (`  error: { message: 'Not Found' },`).
      {
        cause: 'destination-not-found',
        re: /\{\s*['"]error['"]: ?\{\s*['"]message['"]: ?['"]Not Found['"]\s*\}\s*\}|^\s*error: \{ message: 'Not Found' \},?\s*$/m,
        statuses: [404],
      },
      // Its answer to a path it does not serve (the OpenAI path without its `/openai` prefix): `Unknown request URL:
      // POST /v1/chat/completions. Please check the URL for typos, or see the docs at https://console.groq.com/docs/`.
      { cause: 'destination-not-found', re: /\bUnknown request URL: (?:GET|POST|PUT|PATCH|DELETE) \// },
    ],
  },
  python: {
    pipPackage: 'groq',
    module: 'groq',
    importLine: 'import groq',
    baseErrorClass: 'groq.APIStatusError',
    statusErrorClasses: { 401: 'groq.AuthenticationError', 403: 'groq.PermissionDeniedError', 404: 'groq.NotFoundError' },
  },
  node: {
    npmPackage: 'groq-sdk',
    importName: 'Groq',
    importStyle: 'default',
    errorGuard: '{err} instanceof Groq.APIError',
    statusErrorGuards: {
      401: '{err} instanceof Groq.AuthenticationError',
      403: '{err} instanceof Groq.PermissionDeniedError',
      404: '{err} instanceof Groq.NotFoundError',
    },
  },
  syntax: {
    modelArgs: ['model'],
    python: { modules: ['groq'], clients: ['Groq', 'AsyncGroq'], tokenArgs: ['api_key'] },
    node: { modules: ['groq-sdk'], clients: ['Groq'], tokenArgs: ['apiKey'] },
  },
  snippets: {
    model: 'llama-3.3-70b-versatile',
    altModel: 'llama-3.1-8b-instant',
    python: {
      imports: 'import os\nimport groq\nfrom groq import Groq',
      client: (k) => `client = Groq(${pyArg(k, 'api_key')})`,
      call: CHAT_COMPLETIONS_CALL.python,
    },
    javascript: {
      imports: "import Groq from 'groq-sdk';",
      client: (k) => `const client = new Groq(${jsOpt(k, 'apiKey')});`,
      call: CHAT_COMPLETIONS_CALL.javascript,
    },
  },
  modelFallbacks: {
    'llama-3.3-70b-versatile': ['llama-3.1-8b-instant', 'gemma2-9b-it'],
    'llama-3.1-70b-versatile': ['llama-3.3-70b-versatile', 'llama-3.1-8b-instant'],
    'llama3-70b-8192': ['llama-3.3-70b-versatile', 'llama3-8b-8192'],
    'llama3-8b-8192': ['llama-3.1-8b-instant'],
    'mixtral-8x7b-32768': ['llama-3.3-70b-versatile', 'gemma2-9b-it'],
    'deepseek-r1-distill-llama-70b': ['llama-3.3-70b-versatile', 'qwen-qwq-32b'],
    'openai/gpt-oss-120b': ['openai/gpt-oss-20b', 'llama-3.3-70b-versatile'],
  },
  models: { retirements: [], spellCheck: true, listIsComplete: true },
  check: {
    client: 'openai-sdk',
    defaultBaseUrl: 'https://api.groq.com',
    apiPrefix: '/openai/v1',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    ...OPENAI_COMPATIBLE_STEPS,
    tokenNoun: 'key',
    rules: [...OPENAI_RULES],
  },
} satisfies ProviderPack;
