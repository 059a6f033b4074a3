// Mistral: the `mistralai` / `@mistralai/mistralai` SDKs and api.mistral.ai.
import { ACCESS_FALLBACK, jsOpt, keyLackedFor, NM, OPENAI_COMPATIBLE_STEPS, OPENAI_RULES, pyArg, SITE } from './shared';
import type { ProviderPack } from './types';

export const mistral = {
  id: 'mistral',
  name: 'Mistral',
  tokenEnvVars: ['MISTRAL_API_KEY'],
  hosts: ['api.mistral.ai', 'codestral.mistral.ai'],
  consoleUrl: 'https://console.mistral.ai/api-keys',
  token: { pattern: /^[A-Za-z0-9]{20,}$/, hint: 'Mistral keys are 32 letters and digits' },
  recognition: {
    routerSlugs: ['mistralai'],
    // LiteLLM's `codestral` and `text-completion-codestral` providers are Mistral's Codestral endpoint.
    names: /^(?:mistral|mistral_?ai|(?:text-completion-)?codestral)$/i,
    evidence: [
      keyLackedFor('mistral'),
      { in: 'class', re: /^mistralai\./, weight: 3 },
      // LangChain4j's and Spring AI's Mistral modules (`dev.langchain4j.model.mistralai.internal.client.DefaultMistralAiClient`).
      { in: 'functions', re: /^(?:dev\.langchain4j\.model|org\.springframework\.ai)\.mistralai\./, weight: 3 },
      { in: 'frames', re: new RegExp(`${SITE}mistralai[\\\\/]|${NM}@mistralai[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.mistral\.ai|console\.mistral\.ai|MISTRAL_API_KEY|\bMistral(?:AI)?\b(?![-/.]\w)|\bcodestral\b/, weight: 3 },
      // The Speakeasy-generated SDK's error line (and its `SDKError` class) is shared by other vendors'
      // SDKs (Unstructured's answers `{"detail":"API key is invalid…"}`): it counts with Mistral's body.
      { in: 'text', re: /\bAPI error occurred: Status \d{3}\b/, weight: 2 },
      // The bodies api.mistral.ai answers a rejected key with (`{"message":"Unauthorized","request_id":…}`,
      // lately `{"detail":"Unauthorized"}`); with the SDK's line above (tools such as Cline print it
      // without the `SDKError` class), enough to tell Mistral's SDK from other Speakeasy-generated ones.
      { in: 'text', re: /"message": ?"Unauthorized",\s*"request_id": ?"\w+"|\{"detail": ?"Unauthorized"\}/, weight: 1 },
      // Its API's error envelope, whose code is a string of four digits (`{"object":"error","message":"Invalid model: ",
      // "type":"invalid_model","param":null,"code":"1500"}`); OpenAI-compatible servers (vLLM, FastChat) send a number.
      { in: 'text', re: /"object": ?"error",[^{}\n]{0,400}"code": ?"\d{4}"/, weight: 3 },
      // Its model ids (`codestral-latest`, `mistral-large-2411`): a hint, as other hosts serve them too; they let a
      // tool's label name the model (Continue's `codestral-latest: HTTP 401 Unauthorized from https://…`).
      {
        in: 'text',
        re: /\b(?:codestral|devstral|magistral|ministral|pixtral|mistral-(?:large|medium|small|tiny|embed|saba|ocr|moderation)|open-mi[sx]tral)-[\w.-]*\w/,
        weight: 1,
        modelIds: true,
      },
    ],
    causes: ['model-access', 'missing-token', 'invalid-token', 'network-block', 'proxy-html', 'permission-denied', 'destination-not-found'],
    fallback: ACCESS_FALLBACK,
    signals: [
      // api.mistral.ai's gateway (Kong) for a path it does not serve: a wrong base URL or endpoint.
      { cause: 'destination-not-found', re: /no Route matched with those values/, statuses: [404, null] },
      // …and its API's own 404 for a route it does not serve (LangChain4j's `status code: 404; body: {"detail":"Not Found"}`).
      { cause: 'destination-not-found', re: /\{"detail": ?"Not Found"\}/, statuses: [404] },
    ],
  },
  python: {
    pipPackage: 'mistralai',
    module: 'mistralai',
    importLine: 'from mistralai import models',
    baseErrorClass: 'models.SDKError',
  },
  node: {
    npmPackage: '@mistralai/mistralai',
    importName: 'SDKError',
    importStyle: 'named',
    errorGuard: '{err} instanceof SDKError',
  },
  syntax: {
    modelArgs: ['model'],
    python: { modules: ['mistralai'], clients: ['Mistral', 'MistralClient'], tokenArgs: ['api_key'] },
    node: { modules: ['@mistralai/mistralai'], clients: ['Mistral'], tokenArgs: ['apiKey'] },
  },
  snippets: {
    model: 'mistral-large-latest',
    altModel: 'mistral-small-latest',
    python: {
      imports: 'import os\nfrom mistralai import Mistral, models',
      client: (k) => `client = Mistral(${pyArg(k, 'api_key')})`,
      call: (m) => `reply = client.chat.complete(model="${m}", messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import { Mistral } from '@mistralai/mistralai';\nimport { SDKError } from '@mistralai/mistralai/models/errors';",
      client: (k) => `const client = new Mistral(${jsOpt(k, 'apiKey')});`,
      call: (m) => `const reply = await client.chat.complete({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  modelFallbacks: {
    'mistral-large-latest': ['mistral-medium-latest', 'mistral-small-latest'],
    'mistral-large': ['mistral-medium-latest', 'mistral-small-latest'],
    'mistral-medium-latest': ['mistral-small-latest', 'open-mistral-nemo'],
    'mistral-medium': ['mistral-small-latest', 'open-mistral-nemo'],
    'mistral-small-latest': ['open-mistral-nemo', 'ministral-8b-latest'],
    'codestral-latest': ['mistral-small-latest', 'open-codestral-mamba'],
    'pixtral-large-latest': ['pixtral-12b-2409', 'mistral-small-latest'],
    'magistral-medium-latest': ['magistral-small-latest', 'mistral-medium-latest'],
  },
  models: { retirements: [], spellCheck: true, listIsComplete: true },
  check: {
    client: 'openai-sdk',
    defaultBaseUrl: 'https://api.mistral.ai',
    apiPrefix: '/v1',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    ...OPENAI_COMPATIBLE_STEPS,
    tokenNoun: 'key',
    rules: [...OPENAI_RULES],
  },
} satisfies ProviderPack;
