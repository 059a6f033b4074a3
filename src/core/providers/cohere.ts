// Cohere: the `cohere` / `cohere-ai` SDKs and api.cohere.com.
import { ACCESS_FALLBACK, jsOpt, keyLackedFor, NM, pyArg, SITE } from './shared';
import type { ProviderPack } from './types';

export const cohere = {
  id: 'cohere',
  name: 'Cohere',
  tokenEnvVars: ['CO_API_KEY', 'COHERE_API_KEY'],
  hosts: ['api.cohere.com', 'api.cohere.ai'],
  consoleUrl: 'https://dashboard.cohere.com/api-keys',
  token: { pattern: /^[A-Za-z0-9]{20,}$/, hint: 'Cohere keys are 40 letters and digits' },
  recognition: {
    names: /^cohere$/i,
    evidence: [
      keyLackedFor('cohere'),
      { in: 'class', re: /^cohere\./, weight: 3 },
      { in: 'class', re: /^Cohere\w*Error$/, weight: 3 },
      // The Fern-generated v5 SDK's error text.
      { in: 'text', re: /\bstatus_code: \d{3}, body: |\bCohere\b/, weight: 2 },
      // Its API's words for a bad key (`{'message': 'invalid api token'}`) and for none (`{"message":"no api
      // key supplied"}`); with the SDK's text above or its name, Cohere.
      { in: 'text', re: /\binvalid api token\b|\bno api key supplied\b/i, weight: 2 },
      // …and for an unknown model (`Error 404: model at 'text-ada-001' does not exist`), likewise.
      { in: 'text', re: /\bmodel at '[^']{1,128}' does not exist\b/, weight: 2 },
      // …and for a retired one, which sends the reader to its own docs: `model 'command' was removed on September 15,
      // 2025. See https://docs.cohere.com/docs/models#command for a list of models you can use instead.`
      { in: 'text', re: /\bmodel '[^'\n]{1,128}' was removed on \w+ \d{1,2}, \d{4}\. See https:\/\/docs\.cohere\.com\//, weight: 5 },
      // …and for a model it does not serve to this key, in its v1 and v2 APIs alike (`model 'xyz' not found, make sure the
      // correct model ID was used and that you have access to the model.`; cohere 4.x printed `model not found, …`).
      { in: 'text', re: /\bnot found, make sure the correct model ID was used\b/, weight: 3 },
      { in: 'frames', re: new RegExp(`${SITE}cohere[\\\\/]|${NM}cohere-ai[\\\\/]`), weight: 3 },
      { in: 'text', re: /api\.cohere\.(?:com|ai)|dashboard\.cohere\.com|\bCO_API_KEY\b|COHERE_API_KEY/, weight: 3 },
      // Its own embedding and rerank model ids (`embed-multilingual-v3.0`, `rerank-english-v3.0`, `rerank-v3.5`), as a
      // tracker's tag line under the failure names the call's model (RUN_TRAILERS).
      { in: 'text', re: /\b(?:embed-(?:english|multilingual)(?:-light)?-v\d\.\d|rerank-(?:(?:english|multilingual)-)?v\d\.\d)\b/, weight: 1, modelIds: true },
    ],
    causes: ['model-access', 'missing-token', 'invalid-token', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: ACCESS_FALLBACK,
    // …and the model's refusal of an endpoint it does not serve (cohere 3.x: `embed is not an available
    // endpoint on this model`, when a retired default such as `medium` is asked to embed).
    signals: [
      {
        cause: 'model-access',
        re: /\bmodel at '[^']{1,128}' does not exist\b|\bis not an available endpoint on this model\b|\bmodel '[^'\n]{1,128}' was removed on \w+ \d{1,2}, \d{4}\b|\bnot found, make sure the correct model ID was used\b/,
      },
      { cause: 'missing-token', re: /\bno api key supplied\b/i },
    ],
    modelPatterns: [
      /\bmodel '([^'\n]{1,128})' not found, make sure the correct model ID\b/,
      /\bmodel at '([^']{1,128})' does not exist\b/,
      /\bmodel '([^'\n]{1,128})' was removed on \w+ \d{1,2}, \d{4}\b/,
    ],
  },
  python: {
    pipPackage: 'cohere',
    module: 'cohere',
    importLine: 'import cohere',
    baseErrorClass: 'cohere.core.ApiError',
    statusErrorClasses: { 401: 'cohere.errors.UnauthorizedError', 403: 'cohere.errors.ForbiddenError', 404: 'cohere.errors.NotFoundError' },
  },
  node: {
    npmPackage: 'cohere-ai',
    importName: 'CohereError',
    importStyle: 'named',
    errorGuard: '{err} instanceof CohereError',
  },
  syntax: {
    modelArgs: ['model'],
    python: {
      modules: ['cohere'],
      clients: ['Client', 'ClientV2', 'AsyncClient', 'AsyncClientV2'],
      tokenArgs: ['api_key'],
      positionalClients: ['Client', 'ClientV2'],
    },
    node: { modules: ['cohere-ai'], clients: ['CohereClient', 'CohereClientV2'], tokenArgs: ['token'] },
  },
  snippets: {
    model: 'command-a-03-2025',
    altModel: 'command-r-plus',
    python: {
      imports: 'import os\nimport cohere',
      client: (k) => `co = cohere.ClientV2(${pyArg(k, 'api_key')})`,
      call: (m) => `reply = co.chat(model="${m}", messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import { CohereClientV2, CohereError } from 'cohere-ai';",
      client: (k) => `const co = new CohereClientV2(${jsOpt(k, 'token')});`,
      call: (m) => `const reply = await co.chat({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  modelFallbacks: {
    'command-a': ['command-r-plus', 'command-r', 'command-r7b-12-2024'],
    'command-r-plus': ['command-r', 'command-r7b-12-2024'],
    'command-r': ['command-r7b-12-2024', 'command-light'],
    command: ['command-r', 'command-light'],
    'embed-v4.0': ['embed-english-v3.0', 'embed-multilingual-v3.0'],
    'embed-english-v3.0': ['embed-english-light-v3.0'],
    'rerank-v3.5': ['rerank-english-v3.0'],
  },
  models: { retirements: [], spellCheck: true, listIsComplete: true },
  check: {
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
} satisfies ProviderPack;
