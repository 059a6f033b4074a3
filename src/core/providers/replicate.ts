// Replicate: the `replicate` SDKs (Python, Node) and api.replicate.com.
import { ACCESS_FALLBACK, jsOpt, keyLackedFor, NM, pyArg, SITE } from './shared';
import type { ProviderPack } from './types';

/** replicate-js's words for a client built without a token; `auth_code`, `authToken` are others' parameters. */
const MISSING_AUTH = /\bMissing required parameter: auth(?![\w-])/;

export const replicate = {
  id: 'replicate',
  name: 'Replicate',
  tokenEnvVars: ['REPLICATE_API_TOKEN'],
  baseUrlEnvVar: 'REPLICATE_BASE_URL',
  hosts: ['api.replicate.com'],
  consoleUrl: 'https://replicate.com/account/api-tokens',
  token: { prefix: 'r8_', pattern: /^r8_[A-Za-z0-9_]{8,}$/, hint: 'Replicate tokens start with r8_' },
  recognition: {
    names: /^replicate$/i,
    // LiteLLM's route (`replicate/meta-llama-3-8b-instruct`); its own models' ids (`replicate/hello-world`) stay
    // where its answer echoes them in a models path.
    routerSlugs: ['replicate'],
    evidence: [
      keyLackedFor('replicate'),
      { in: 'class', re: /^replicate\./, weight: 3 },
      { in: 'class', re: /^ApiError$/, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}replicate[\\\\/]|${NM}replicate[\\\\/]`), weight: 3 },
      // replicate-js's own methods in a Node stack, where a bundle left no `replicate/` path (a Next.js build's
      // `.next/server/chunks/205.js`, Vite's `main-….js`, which may number the class: `Replicate2.request`).
      { in: 'functions', re: /^Replicate\d*\.(?:request|createPrediction|createTraining|getModelVersion)$/, weight: 3 },
      { in: 'text', re: /api\.replicate\.com|replicate\.com\/account|REPLICATE_API_TOKEN|ReplicateError Details/, weight: 3 },
      { in: 'class', re: /^ReplicateError$/, weight: 3 },
      { in: 'text', re: /\bReplicateError\b|\bReplicate\b/, weight: 2 },
      // Its API's own titles and details, in a problem body printed without host or class.
      { in: 'text', re: /Invalid version or not permitted|You did not pass (?:a valid |an )authentication token/, weight: 3 },
      // replicate-js's constructor with no token (`new Replicate()` without `auth` or REPLICATE_API_TOKEN),
      // often bundled where no `replicate/` path is left: `Error: Missing required parameter: auth`.
      { in: 'text', re: MISSING_AUTH, weight: 3 },
    ],
    causes: [
      'model-access',
      'missing-token',
      'invalid-token',
      'version-not-permitted',
      'destination-not-found',
      'network-block',
      'proxy-html',
      'permission-denied',
    ],
    fallback: ACCESS_FALLBACK,
    // Replicate answers a wrong owner/name (or another account's private model) with a bare 404.
    signals: [
      { cause: 'missing-token', re: MISSING_AUTH },
      {
        cause: 'destination-not-found',
        re: /requested resource could not be found|"detail":\s*"Not found|title: Not found|\bNot found\b/i,
        statuses: [404],
        after: 'model-access',
      },
    ],
    // The request URL, on Replicate's own host or through a proxy or gateway.
    // A version id where the owner belongs (`…/models/<version>/predictions`, LiteLLM) names no model.
    modelPatterns: [/(?:api\.replicate\.com|https?:\/\/[^\s/]+)\/v1\/(?:models|deployments)\/([\w.-]+\/(?!predictions\b|versions\b)[\w.-]+)/],
  },
  python: {
    pipPackage: 'replicate',
    module: 'replicate',
    importLine: 'import replicate.exceptions',
    baseErrorClass: 'replicate.exceptions.ReplicateError',
  },
  node: {
    npmPackage: 'replicate',
    importName: 'Replicate',
    importStyle: 'default',
    // replicate-js throws ApiError but does not export the class.
    errorGuard: "{err} instanceof Error && {err}.name === 'ApiError'",
  },
  syntax: {
    modelArgs: ['model', 'ref'],
    ownerNameRefs: true,
    python: {
      modules: ['replicate'],
      clients: ['Client'],
      functions: ['run', 'stream', 'async_run', 'use'],
      tokenArgs: ['api_token'],
    },
    node: { modules: ['replicate'], clients: ['Replicate'], tokenArgs: ['auth'] },
  },
  snippets: {
    model: 'acme/private-model',
    altModel: 'meta/meta-llama-3-8b-instruct',
    python: {
      imports: 'import os\nimport replicate\nimport replicate.exceptions',
      client: (k) => `client = replicate.Client(${pyArg(k, 'api_token')})`,
      call: (m) => `output = client.run("${m}", input={"prompt": "Hello"})`,
    },
    javascript: {
      imports: "import Replicate from 'replicate';",
      client: (k) => `const replicate = new Replicate(${jsOpt(k, 'auth')});`,
      call: (m) => `const output = await replicate.run('${m}', { input: { prompt: 'Hello' } });`,
    },
  },
  // Official models anyone with a token can run; private or gated ones fall back to them.
  modelFallbacks: {
    'meta/meta-llama-3.1-405b-instruct': ['meta/meta-llama-3-70b-instruct', 'meta/meta-llama-3-8b-instruct'],
    'meta/meta-llama-3-70b-instruct': ['meta/meta-llama-3-8b-instruct'],
    'meta/llama-2-70b-chat': ['meta/meta-llama-3-70b-instruct', 'meta/llama-2-13b-chat'],
    'meta/llama-2-13b-chat': ['meta/meta-llama-3-8b-instruct', 'meta/llama-2-7b-chat'],
    'black-forest-labs/flux-1.1-pro-ultra': ['black-forest-labs/flux-1.1-pro', 'black-forest-labs/flux-dev'],
    'black-forest-labs/flux-1.1-pro': ['black-forest-labs/flux-dev', 'black-forest-labs/flux-schnell'],
    'black-forest-labs/flux-pro': ['black-forest-labs/flux-dev', 'black-forest-labs/flux-schnell'],
    'black-forest-labs/flux-dev': ['black-forest-labs/flux-schnell'],
    'stability-ai/stable-diffusion-3.5-large': ['stability-ai/stable-diffusion-3.5-medium', 'stability-ai/sdxl'],
    'stability-ai/stable-diffusion-3': ['stability-ai/stable-diffusion-3.5-medium', 'stability-ai/sdxl'],
    'stability-ai/sdxl': ['black-forest-labs/flux-schnell'],
    'mistralai/mixtral-8x7b-instruct-v0.1': ['mistralai/mistral-7b-instruct-v0.2'],
    'openai/whisper': ['vaswanth/whisper-large-v3'],
  },
  models: { retirements: [], spellCheck: false, listIsComplete: true },
  check: {
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
} satisfies ProviderPack;
