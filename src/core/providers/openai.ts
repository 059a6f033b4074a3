// OpenAI: the `openai` SDKs (Python, Node) and api.openai.com.
import { ACCESS_FALLBACK, jsOpt, keyLackedFor, NM, OPENAI_COMPATIBLE_STEPS, OPENAI_RULES, pyArg, SITE, STAINLESS_NODE_CLASS } from './shared';
import type { NodeSdkFacts, ProviderPack, PythonSdkFacts } from './types';

/** The `openai` package's error classes; Azure OpenAI uses the same SDK. */
export const OPENAI_PYTHON: PythonSdkFacts = {
  pipPackage: 'openai',
  module: 'openai',
  importLine: 'import openai',
  baseErrorClass: 'openai.APIStatusError',
  statusErrorClasses: {
    401: 'openai.AuthenticationError',
    403: 'openai.PermissionDeniedError',
    404: 'openai.NotFoundError',
  },
};

export const OPENAI_NODE: NodeSdkFacts = {
  npmPackage: 'openai',
  importName: 'OpenAI',
  importStyle: 'default',
  errorGuard: '{err} instanceof OpenAI.APIError',
  statusErrorGuards: {
    401: '{err} instanceof OpenAI.AuthenticationError',
    403: '{err} instanceof OpenAI.PermissionDeniedError',
    404: '{err} instanceof OpenAI.NotFoundError',
  },
};

/** The Chat Completions call, as OpenAI-compatible SDKs (OpenAI, Groq) spell it. */
export const CHAT_COMPLETIONS_CALL = {
  python: (m: string): string => `reply = client.chat.completions.create(model="${m}", messages=[{"role": "user", "content": "Hello"}])`,
  javascript: (m: string): string => `const reply = await client.chat.completions.create({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] });`,
};

/** Files of the `openai` package in a trace (OpenAI and Azure OpenAI). */
export const OPENAI_SDK_FRAMES = new RegExp(`${SITE}openai[\\\\/]|${NM}openai[\\\\/]`);

export const openai = {
  id: 'openai',
  name: 'OpenAI',
  tokenEnvVars: ['OPENAI_API_KEY'],
  baseUrlEnvVar: 'OPENAI_BASE_URL',
  hosts: ['api.openai.com'],
  consoleUrl: 'https://platform.openai.com/settings/organization/api-keys',
  fixLinks: {
    // Model allow-lists and usage tiers (the project's own limits are one click further).
    'model-access': 'https://platform.openai.com/settings/organization/limits',
    'unsupported-region': 'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
    'org-mismatch': 'https://platform.openai.com/settings/organization/general',
    'org-verification-required': 'https://platform.openai.com/settings/organization/general',
    'account-disabled': 'https://platform.openai.com/settings/organization/billing/overview',
  },
  token: { prefix: 'sk-', pattern: /^sk-[A-Za-z0-9_-]{8,}$/, hint: 'OpenAI keys start with sk-' },
  organization: {
    envVars: ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID'],
    python: 'client = OpenAI(organization="org-old", project="proj_old")',
    javascript: "const client = new OpenAI({ organization: 'org-old', project: 'proj_old' });",
  },
  recognition: {
    routerSlugs: ['openai'],
    jvmPackages: ['com.openai', 'com.theokanning.openai', 'com.aallam.openai'],
    phpNamespaces: ['OpenAI', 'Tectalic\\OpenAi'],
    composerPackages: ['openai-php/client', 'tectalic/openai'],
    names: /^(?:openai|open_ai|chatgpt)$/i,
    evidence: [
      keyLackedFor('openai'),
      { in: 'class', re: /^openai\./, weight: 3 },
      { in: 'class', re: /^OpenAIError$/, weight: 3 },
      { in: 'class', re: STAINLESS_NODE_CLASS, weight: 1 },
      { in: 'frames', re: OPENAI_SDK_FRAMES, weight: 3 },
      // Its Java SDKs' frames (openai-java, TheoKanning's client, openai-kotlin): the package is in the method name.
      { in: 'functions', re: /^com\.(?:theokanning\.|aallam\.)?openai\./, weight: 3 },
      // Semantic Kernel for .NET's connectors to it, by class: its namespace holds Azure's too, whose classes say
      // `AzureOpenAI…` (`at Microsoft.SemanticKernel.Connectors.AI.OpenAI.ImageGeneration.OpenAIImageGeneration.GenerateImageAsync(…)`).
      {
        in: 'text',
        re: /\bMicrosoft\.SemanticKernel\.Connectors\.(?:AI\.)?OpenAI\.(?:\w+\.){0,3}OpenAI(?:ImageGeneration|ChatCompletion(?:Service)?|TextCompletion|TextEmbeddingGeneration(?:Service)?|TextToImageService|AudioToTextService|TextToAudioService|FileService)\./,
        weight: 3,
      },
      // openai-php/client's exceptions and files (`OpenAI\Exceptions\ErrorException`, `vendor/openai-php/client/src/…`).
      { in: 'class', re: /^OpenAI\\Exceptions\\/, weight: 3 },
      { in: 'frames', re: /[\\/]openai-php[\\/]client[\\/]/, weight: 3 },
      // Tectalic's PHP client for the API, as a Laravel log serializes its exception (`[object]
      // (Tectalic\\OpenAi\\ClientException(code: 0): … at …/vendor/tectalic/openai/src/…)`).
      { in: 'text', re: /\bTectalic\\{1,2}OpenAi\\{1,2}|[\\/]tectalic[\\/]openai[\\/]src[\\/]/, weight: 3 },
      // OpenAI.jl (Julia), installed as a package: `~/.julia/packages/OpenAI/<slug>/src/OpenAI.jl`.
      { in: 'frames', re: /[\\/]\.julia[\\/]packages[\\/]OpenAI[\\/]/, weight: 3 },
      // `openai-api`, an unofficial client for api.openai.com only: its axios errors carry no body.
      { in: 'frames', re: new RegExp(`${NM}openai-api[\\\\/]`), weight: 3 },
      // …and openai-node 3's own User-Agent in the axios error dump it threw (`'User-Agent': 'OpenAI/NodeJS/3.1.0'`),
      // or in the JSON a logger wrote of it (pino: `"User-Agent":"OpenAI/NodeJS/3.2.1"`).
      {
        in: 'text',
        re: /api\.openai\.com|(?:platform|beta)\.openai\.com|OPENAI_API_KEY|OpenAI-(?:Organization|Project) header|unsupported_country_region_territory|mismatched_(?:organization|project)|(['"])User-Agent\1: ?\1OpenAI\/NodeJS\//,
        weight: 3,
      },
      // The API's own words and the model ids only OpenAI serves (its Whisper is `whisper-1` only: `whisper-large-v3` is
      // Groq's or a Hub id, so `The model `whisper-large-v3` does not exist…` under `groq.NotFoundError` is Groq's).
      // Its project refusal also without the quotes around the
      // id, or with Markdown having eaten them (`Project proj_…does not have access to modelgpt-4o``): its `proj_` ids say whose.
      // A poster who hid the id (`Project XYZ does not have access to model `gpt-4o-mini-…``): the model's family says whose.
      // Its `Invalid URL (POST /v1/…)` for a path it does not serve, also for one of its own routes asked without the version
      // (a base URL missing `/v1`: `Invalid URL (POST /chat/completions)`); a copier's own prefix (`/compatible-api/v1/…`) is not it.
      // Its name also as a screenshot's reader or a retyping user spells it, a lowercase `l` for the `I` (`OpenAl API key is
      // invalid`); `OpenAlex` (another API) has no space after it.
      {
        in: 'text',
        re: /Incorrect API key provided|organization must be verified to|Invalid URL \((?:GET|POST|PUT|PATCH|DELETE) \/(?:v1\/|(?:chat\/completions|completions|embeddings|responses|models|moderations)\))|help\.openai\.com|chatgpt\.com\/backend-api\/|\bOpen ?A[Il] (?:API [Kk]ey|account|Authentication|token\b)|The model:? [`']?(?:ft:)?(?:gpt-|o\d|text-|code-|davinci|curie|babbage|ada\b|dall-e|whisper-1\b|tts-|chatgpt|computer-use)|Project\s{1,2}[`'][^`'\n]{1,80}[`'] does not have access to model|Project\s{1,2}proj_[A-Za-z0-9]{16,40}\s?does not have access to model|Project\s{1,2}\S{1,80}\s{1,2}does not have access to model\s{1,2}[`']?(?:gpt-|o\d|chatgpt-|text-embedding-|dall-e|whisper|tts-|computer-use)|\bChatGPT\b|\b(?:no|invalid)_organization\b|\baccount_deactivated\b|The requested model '[^'\n]{1,128}' does not exist|Country, region, or territory not supported|That model does not exist|does not exist or you do not have access to it(?<=[Mm]odel\b[\s\S]{1,200})|OpenAI's services are not available|message='OpenAI API error received'|Encountered invalidated oauth token for user|not allowed to (?:sample|generate embeddings) from this model/,
        weight: 3,
      },
      // openai-python 0.x's missing-key message, quoted cut short before its platform link (an issue title's `Error: No API
      // key provided. You can set your API key in code using 'openai.api_key = <API-KEY>'`): the module's own attribute.
      { in: 'text', re: /\bopenai\.api_key(?:_path)? = <(?:API-KEY|PATH)>/, weight: 3 },
      // An app's own words for the API its call failed on, with the status and the body it got (`[Error] OpenAI API error: 401 - {…}`).
      { in: 'text', re: /\bOpenAI API (?:error|request failed)(?::| with)? (?:status )?(?:code )?4\d\d(?: -|:)? \{/i, weight: 3 },
      // vim-ai's label for the OpenAI call its urllib request failed on, with no body (`OpenAI: HTTPError 401 (Hint: verify
      // that your API key is valid)`).
      { in: 'text', re: /\bOpenAI: HTTPError 4\d\d\b/i, weight: 3 },
      // …or naming it under a bare status (Chatbox's card: `API Error: 403`, then `An error has occurred with OpenAI API, …`).
      { in: 'text', re: /\bAn error has occurred with OpenAI API\b/, weight: 3 },
      // Its restricted keys' scope names (`Missing scopes: api.responses.write`, an OAuth token's
      // `model.request`), quoted without host or class.
      { in: 'text', re: /\bMissing scopes: (?:api\.)?[a-z_]+\.(?:read|write|request)\b/, weight: 3 },
      // Its words for a request without a key (Codex's raw log quotes them with no host), and the
      // Realtime API's websocket close reason `invalid_request_error.invalid_api_key` (`<type>.<code>`).
      // Its sentence for a request without a key, also when a tool quotes only that sentence.
      {
        in: 'text',
        re: /Missing bearer or basic authentication in header|\binvalid_request_error\.[a-z]+(?:_[a-z]+)*\b|You didn't provide an API key\. You need|You didn't provide an API key\.?$|You need to provide your API key in an Authorization header using Bearer auth/m,
        weight: 3,
      },
      // The Agents SDK's trace exporter, which posts only to its trace-ingest endpoint, quoting the refusal it got
      // without a host (`[non-fatal] Tracing client error 403: {… "code": "zdr_forbidden" …}`).
      { in: 'text', re: /\[non-fatal\] Tracing client error 4\d\d\b/, weight: 3 },
      // The realm of its 401's `WWW-Authenticate` header, as R's httr2 prints it under the status (`• realm: OpenAI API`).
      { in: 'text', re: /\brealm: ?"?OpenAI API\b/, weight: 3 },
      // The ChatGPT-plan backend's 401 for a revoked Codex OAuth token, relayed by CLI proxies without a host
      // (`{"error":{"message":"Your authentication token has been invalidated. …","code":"token_invalidated"}}`).
      { in: 'text', re: /Your authentication token has been invalidated\. Please try signing in again|['"]code['"]: ?['"]token_invalidated['"]/, weight: 3 },
      // The Realtime API's own refusal of an organization (`access_not_enabled`).
      { in: 'text', re: /does not have access to the Realtime API/, weight: 3 },
      // The ChatGPT-plan backend's refusal as Codex prints it without the URL (its WebSocket attempt's warning:
      // `unexpected status 404 Not Found: Model not found gpt-5.5-codex-…`); others' `Model not found: gpt-4o` has a colon.
      { in: 'text', re: /\bunexpected status 404 Not Found: Model not found (?:gpt-|o\d|codex-)/, weight: 3 },
      // …and its 401 for a model the plan lacks, as Codex prints it without the URL (the issue title's `unexpected status 401
      // Unauthorized: You are not authorized to access this model`; signals: model-access).
      { in: 'text', re: /\bunexpected status 401 Unauthorized: You are not authorized to access this model\b/, weight: 3 },
      { in: 'text', re: /\b(?:gpt-(?:3\.5|4|5)[\w.-]*|o[134](?:-mini|-preview|-pro)?|chatgpt-4o[\w-]*)\b/, weight: 1, modelIds: true },
      // A tool's words for a refused model that is one of its ids (Open Interpreter: `You do not have access to gpt-4. …`).
      { in: 'text', re: /\bYou do not have access to (?:gpt-(?:3\.5|4|5)|o[134]\b)/, weight: 3 },
      // openai-python 0.x's repr of its errors, as wrappers print them in their own tuples
      // (semantic-kernel: `AuthenticationError(message='', http_status=401, request_id=None)`).
      { in: 'text', re: /\b[A-Z]\w*Error\(message=.{0,400}?, http_status=(?:\d{3}|None), request_id=/, weight: 3 },
      // OpenAI's error body carries `param`; most look-alike bodies do not.
      { in: 'text', re: /['"]type['"]: ?['"]invalid_request_error['"], ?['"]param['"]: ?(?:null|None)/, weight: 2 },
    ],
    causes: [
      'model-access',
      'unsupported-region',
      'missing-token',
      'invalid-token',
      'org-mismatch',
      'missing-scopes',
      'org-verification-required',
      'account-disabled',
      'destination-not-found',
      'network-block',
      'proxy-html',
      'permission-denied',
    ],
    fallback: ACCESS_FALLBACK,
    // OpenAI-compatible hosts in its words: DashScope's bare sentence with a trailing space and no key
    // (`'message': 'Incorrect API key provided. '`, also as a framework's console restates it after a colon, the line padded:
    // `WARNING  Attempt 1/1 failed: Incorrect API key provided.   `; OpenAI's names the key or its console) or followed by its
    // help link (`Incorrect API key provided. For details, see: https://help.aliyun.com/…`, the link masked in posts), and a
    // server whose body's `error` is a string where OpenAI's is an object (`Error code: 401 - {'error': 'Unauthorized'}`),
    // a relay typing its own refusal just `error` (`{'error': {'message': '无效的sk token…', 'type': 'error', …}}`),
    // a key refused without a body (`401 status code (no body)`), which the API never sends, and an `error` of only a
    // numeric code and a message (`"error":{"code":401,"message":"Invalid credentials"}`; OpenAI's code is a string
    // or null, and Google's numeric one comes with a `status`): another host's. So is an error typed or coded
    // `auth_error` (the LiteLLM proxy's type, UCloud's code behind a gateway: `'code': 'auth_error'`), a word OpenAI's never uses;
    // and a gateway's own flat body, a numeric code beside a `msg` (`{'code': 401, 'msg': 'API Key解析失败'}`), a key OpenAI's never has.
    lookAlikes:
      /['"](?:type|code)['"]: ?['"]auth_error['"]|\{ ?['"]code['"]: ?\d{3}, ?['"]msg['"]: ?['"]|Incorrect API key provided\. (?=['"\]]|$|For details, see:)|(?<=: )Incorrect API key provided\. +$|\bError code: \d{3} - \{['"]error['"]: ?['"]|['"]message['"]: ?['"][^'"\n]{0,300}['"], ?['"]type['"]: ?['"]error['"]|\b40[13] status code \(no body\)|['"]error['"]: ?\{ ?['"]code['"]: ?\d{3}, ?['"]message['"]: ?['"][^'"\n]{0,300}['"] ?\}/m,
    // Its other refusal of an unknown id: `The requested model 'gpt-4-1106-preview' does not exist.`
    // …and the fine-tuning API's: `Model ft:gpt-3.5-turbo-0613:acme::abc is not available for fine-tuning or does not exist.`
    modelPatterns: [
      /\bThe requested model '([^'\n]{1,128})' does not exist/,
      /\bModel (\S{1,128}) is not available for fine-tuning\b/,
      // …and a fine-tuned model another organization owns: `Model 'ft:gpt-4o-mini-…:acme::abc' is not a valid model for your organization.`
      /\bModel '([^'\n]{1,128})' is not a valid model for your organization/,
      // The Realtime API's websocket URL names the model in its query (`wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview`),
      // as a refused handshake prints it (aiohttp's `WSServerHandshakeError: 403, …, url='https://api.openai.com/v1/realtime?model=…'`).
      /\bapi\.openai\.com\/v1\/realtime\?(?:[^\s'"?#]*&)?model=([\w.:-]+)/,
      // The legacy engines endpoint names the model as its engine (`https://api.openai.com/v1/engines/davinci/completions`).
      /\bapi\.openai\.com\/v1\/engines\/([\w.:-]+)\/(?:chat\/)?(?:completions|embeddings|search|answers|classifications)\b/,
      // …and OpenAI's own refusal of that path quotes it without the host (openai 0.x called with `engine=`):
      // `Invalid URL (POST /v1/engines/gpt-35-turbo-16k/chat/completions)`.
      /\bInvalid URL \((?:GET|POST|PUT|PATCH|DELETE) \/v1\/engines\/([\w.:-]+)\/(?:chat\/)?(?:completions|embeddings)\)/,
      // The retrieve-model endpoint names the id it asked about (httpx's `HTTP Request: GET https://api.openai.com/v1/models/gpt-4o "HTTP/1.1 401 …"`).
      /\bapi\.openai\.com\/v1\/models\/([\w.:-]+)(?=[\s"'?]|$)/,
      // The verification message with its backticks lost (a tool's own print, a wrap): `must be verified to use the model o3. Please go to: …`.
      /\bmust be verified\s+to (?:use|stream) the model:?\s+[`'"]?([A-Za-z0-9][\w.:/-]*[\w])/,
      // A tool's own words for the API's model refusal, naming the id (Open Interpreter: `You do not have access to gpt-4-1106-preview. …`).
      /\bYou do not have access to ((?:gpt-|o\d)[\w.:-]*[\w])/,
    ],
    signals: [
      { cause: 'org-verification-required', re: /organization must be verified to/i, after: 'unsupported-region' },
      { cause: 'missing-token', re: /Missing bearer or basic authentication in header/ },
      // An id it does not serve to this key (`The requested model 'gpt-4-turbo-preview' does not exist.`,
      // 400 without `model_not_found` as openai-node prints it), and an organization the Realtime API
      // is not open to (`access_not_enabled`).
      {
        cause: 'model-access',
        re: /The requested model '[^'\n]{1,128}' does not exist|\baccess_not_enabled\b|does not have access to the Realtime API/,
      },
      // A tool's own words for that refusal, naming one of its model ids (Open Interpreter's `You do not have access to
      // gpt-4-1106-preview. Would you like to try gpt-3.5-turbo instead? (y/n)`).
      { cause: 'model-access', re: /\bYou do not have access to (?:gpt-|o\d)/ },
      // A model this key may not call (`You are not allowed to sample from this model`, DALL·E and older
      // models, 403; embeddings: `… to generate embeddings from this model`), or one the fine-tuning API
      // will not take from it (`… is not available for fine-tuning or does not exist`); the first would
      // otherwise read as a bare "not allowed to".
      {
        cause: 'model-access',
        re: /not allowed to (?:sample|generate embeddings) from this model|is not available for fine-tuning or does not exist|is not a valid model for your organization/,
      },
      // The ChatGPT-plan backend refuses a model the plan lacks with a 401 (Codex: `unexpected status 401
      // Unauthorized: You are not authorized to access this model.`): tried before the bare `Unauthorized`.
      { cause: 'model-access', re: /\bYou are not authorized to access this model\b/, after: 'version-not-permitted' },
      // A bare 404 from an endpoint that exists (requests' `404 Client Error: Not Found for url:
      // https://api.openai.com/v1/chat/completions`): the API answers 404 there only for a model this key
      // cannot use (`model_not_found`); a wrong path is `Invalid URL` with the path it got.
      {
        cause: 'model-access',
        re: /\bapi\.openai\.com\/v1\/(?:chat\/completions|completions|embeddings|responses)(?=[\s'"`)>,]|$)/,
        statuses: [404],
      },
      {
        cause: 'account-disabled',
        re: /\baccount_deactivated\b|deactivated account|account associated with this API key has been deactivated|OpenAI account has been deactivated|You do not have an account because it has been deleted or deactivated/i,
        after: 'unsupported-region',
      },
      {
        cause: 'org-mismatch',
        re: /\b(?:no|invalid)_organization\b|must be a member of an organization|do not have access to the organization tied to the API key/,
      },
    ],
  },
  python: OPENAI_PYTHON,
  node: OPENAI_NODE,
  syntax: {
    modelArgs: ['model'],
    python: { modules: ['openai'], clients: ['OpenAI', 'AsyncOpenAI'], tokenArgs: ['api_key'], tokenAttributes: ['api_key'], modelCalls: ['models.retrieve'] },
    node: { modules: ['openai'], clients: ['OpenAI'], tokenArgs: ['apiKey'], modelCalls: ['models.retrieve'] },
  },
  snippets: {
    model: 'gpt-4o',
    altModel: 'gpt-4o-mini',
    python: {
      imports: 'import os\nimport openai\nfrom openai import OpenAI',
      client: (k) => `client = OpenAI(${pyArg(k, 'api_key')})`,
      call: CHAT_COMPLETIONS_CALL.python,
    },
    javascript: {
      imports: "import OpenAI from 'openai';",
      client: (k) => `const client = new OpenAI(${jsOpt(k, 'apiKey')});`,
      call: CHAT_COMPLETIONS_CALL.javascript,
    },
  },
  modelFallbacks: {
    'gpt-5': ['gpt-5-mini', 'gpt-4.1', 'gpt-4o'],
    'gpt-5-mini': ['gpt-5-nano', 'gpt-4.1-mini', 'gpt-4o-mini'],
    'gpt-5-nano': ['gpt-4.1-nano', 'gpt-4o-mini'],
    'gpt-4.5-preview': ['gpt-4.1', 'gpt-4o'],
    'gpt-4.1': ['gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini'],
    'gpt-4.1-mini': ['gpt-4.1-nano', 'gpt-4o-mini'],
    'gpt-4.1-nano': ['gpt-4o-mini'],
    'gpt-4o': ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano'],
    'gpt-4o-mini': ['gpt-4.1-nano', 'gpt-4.1-mini'],
    'gpt-4o-audio-preview': ['gpt-4o-mini-audio-preview'],
    'gpt-4o-realtime-preview': ['gpt-4o-mini-realtime-preview'],
    'gpt-4-turbo': ['gpt-4o', 'gpt-4o-mini'],
    'gpt-4-32k': ['gpt-4o', 'gpt-4o-mini'],
    'gpt-4': ['gpt-4o-mini', 'gpt-4.1-mini'],
    'gpt-3.5-turbo': ['gpt-4o-mini'],
    o1: ['o3-mini', 'o1-mini', 'gpt-4o'],
    'o1-pro': ['o1', 'o3-mini'],
    'o1-preview': ['o1-mini', 'o3-mini'],
    'o1-mini': ['o3-mini', 'gpt-4o-mini'],
    o3: ['o4-mini', 'o3-mini', 'gpt-4.1'],
    'o3-pro': ['o3', 'o4-mini'],
    'o3-mini': ['o4-mini', 'o1-mini', 'gpt-4o-mini'],
    'o4-mini': ['o3-mini', 'gpt-4.1-mini'],
    'dall-e-3': ['dall-e-2'],
    'gpt-image-1': ['dall-e-3', 'dall-e-2'],
    'text-embedding-3-large': ['text-embedding-3-small', 'text-embedding-ada-002'],
    'text-embedding-3-small': ['text-embedding-ada-002'],
    'tts-1-hd': ['tts-1'],
    'whisper-1': ['gpt-4o-mini-transcribe'],
  },
  // Retirement dates and successors as read on https://platform.openai.com/docs/deprecations
  models: {
    spellCheck: true,
    listIsComplete: true,
    knownIds: [
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'gpt-4o',
      'gpt-4o-mini',
      'gpt-5',
      'gpt-5-mini',
      'gpt-5-nano',
      'o3',
      'o4-mini',
      'gpt-3.5-turbo-instruct',
    ],
    retirements: [
      {
        ids: ['text-davinci-003', 'text-davinci-002'],
        date: '2024-01-04',
        successor: 'gpt-3.5-turbo-instruct',
        source: 'https://platform.openai.com/docs/deprecations',
      },
      {
        ids: ['gpt-4-vision-preview', 'gpt-4-1106-vision-preview'],
        date: '2024-12-06',
        successor: 'gpt-4o',
        source: 'https://platform.openai.com/docs/deprecations',
      },
      {
        ids: ['gpt-4-32k', 'gpt-4-32k-0613', 'gpt-4-32k-0314'],
        date: '2025-06-06',
        successor: 'gpt-4o',
        source: 'https://platform.openai.com/docs/deprecations',
      },
      {
        ids: ['gpt-4.5-preview', 'gpt-4.5-preview-2025-02-27'],
        date: '2025-07-14',
        successor: 'gpt-4.1',
        source: 'https://platform.openai.com/docs/deprecations',
      },
      { ids: ['o1-preview', 'o1-preview-2024-09-12'], date: '2025-07-28', successor: 'o3', source: 'https://platform.openai.com/docs/deprecations' },
      { ids: ['o1-mini', 'o1-mini-2024-09-12'], date: '2025-10-27', successor: 'o4-mini', source: 'https://platform.openai.com/docs/deprecations' },
      { ids: ['gpt-3.5-turbo', 'gpt-3.5-turbo-0125'], date: '2026-10-23', successor: 'gpt-4.1-mini', source: 'https://platform.openai.com/docs/deprecations' },
    ],
  },
  check: {
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
} satisfies ProviderPack;
