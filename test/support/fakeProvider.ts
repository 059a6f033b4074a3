// A local stand-in for the AI providers' HTTP APIs, for unit and integration tests and scripts.
// A real node:http server on 127.0.0.1 speaking each provider's request paths, auth headers and
// response/error body shapes, so that the real SDK clients (openai, replicate) and plain fetch
// get what they would get from the provider. Behaviour is chosen by the token:
//
//   token ends with   answer (in the provider's own error shape)
//   …valid            success; model access per the catalogue below
//   …revoked          401 (invalid / revoked key)              any other unknown token: same
//   …region           403 unsupported_country_region_territory (Anthropic: 403 "Request not
//                     allowed"; Gemini: 400 FAILED_PRECONDITION "User location is not supported")
//   …ratelimit        429 rate limit
//   …quota            429 insufficient_quota (OpenAI shape; others: plain rate limit)
//   …noscope          401 "Missing scopes: api.model.read" (OpenAI restricted key; others 403)
//   …broken           500
//   …html             403 HTML page, as a corporate proxy answers
//   …hang             never answers (until close())
//   …redirect         302 to http://localhost:PORT/__redirected/… (another host name, same
//                     server: a request there shows the token followed the redirect)
//   …huge             200 JSON that streams 12 MiB (no content-length)
//   …badids           OpenAI-like model list that also names ids carrying code
//   (no token)        401 (Gemini: 403 PERMISSION_DENIED, as Google answers)
//
// e.g. sk-test-valid, sk-test-revoked, r8_test_valid, sk-ant-test-valid, hf_test_valid,
// AIzaTest-valid, gsk_test_valid. Tokens are read from the header each provider uses
// (Authorization: Bearer, x-api-key, api-key, x-goog-api-key or ?key=).
//
// Routing: a first path segment /azure, /anthropic, /replicate, /google, /mistral, /cohere,
// /groq or /hf forces that provider (base URL `${url}/cohere`). Without it: /v1/… is OpenAI
// (or Replicate for /v1/account, /v1/predictions, /v1/models/{owner}/{name}…, r8_ tokens),
// /openai/v1/… Groq, /openai/… Azure, x-api-key or anthropic-version Anthropic, /v1beta/…
// Gemini, /api/… and /{owner}/{repo}/resolve/… Hugging Face.
//
// Catalogue for …valid tokens:
//   OpenAI   lists gpt-4o-mini, gpt-4.1-mini, text-embedding-3-small; gpt-4o -> 403
//            model_not_found "You do not have access to model gpt-4o" (retrieve, chat, …);
//            other models 404 model_not_found
//   Azure    lists gpt-4o-mini, gpt-4o; deployment gpt-4o-mini works, others 404 DeploymentNotFound
//   Groq     llama-3.1-8b-instant, llama-3.3-70b-versatile    Mistral  mistral-small-latest, mistral-large-latest
//   Anthropic  claude-sonnet-4-20250514, claude-3-5-haiku-20241022; claude-opus-4-1-20250805 -> 403
//   Replicate  account test-user; meta/meta-llama-3-8b-instruct and test-user/own-model exist;
//            any other owner/name (e.g. owner/private, owner/private-model) -> 404 as Replicate
//            answers for private models; POST /v1/predictions with an unknown version -> 422
//   Gemini   gemini-2.0-flash, gemini-1.5-flash, text-embedding-004; others 404
//   Cohere   command-r-plus, embed-english-v3.0
//   Hugging Face  whoami test-user; openai-community/gpt2 public; meta-llama/Llama-3.1-8B gated
//            (auth-check and resolve -> 403 X-Error-Code: GatedRepo); others 404 RepoNotFound
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  /** Path and query as sent. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The provider the request was routed to. */
  provider: Dialect;
  body: string;
}

export interface FakeProvider {
  /** http://127.0.0.1:PORT */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Dialect = 'openai' | 'azure-openai' | 'anthropic' | 'replicate' | 'google' | 'mistral' | 'cohere' | 'groq' | 'huggingface';
type Behaviour = 'valid' | 'revoked' | 'region' | 'ratelimit' | 'quota' | 'noscope' | 'broken' | 'html' | 'hang' | 'missing' | 'redirect' | 'huge' | 'badids';

const BEHAVIOURS: Behaviour[] = ['valid', 'revoked', 'region', 'ratelimit', 'quota', 'noscope', 'broken', 'html', 'hang', 'redirect', 'huge', 'badids'];

/** Model ids a hostile list may carry (the `badids` token). */
export const HOSTILE_MODEL_IDS = ['gpt-4o-mini${require("child_process").execSync("touch PWNED")}', 'gpt-4o-mini"\nimport os'];

const PREFIXES: Record<string, Dialect> = {
  azure: 'azure-openai',
  anthropic: 'anthropic',
  replicate: 'replicate',
  google: 'google',
  mistral: 'mistral',
  cohere: 'cohere',
  groq: 'groq',
  hf: 'huggingface',
};

const CREATED = 1_715_367_049;

const OPENAI_LIKE: Record<'openai' | 'groq' | 'mistral' | 'azure-openai', { models: string[]; forbidden: string[]; owner: string }> = {
  openai: { models: ['gpt-4o-mini', 'gpt-4.1-mini', 'text-embedding-3-small'], forbidden: ['gpt-4o'], owner: 'system' },
  groq: { models: ['llama-3.1-8b-instant', 'llama-3.3-70b-versatile'], forbidden: [], owner: 'Meta' },
  mistral: { models: ['mistral-small-latest', 'mistral-large-latest'], forbidden: [], owner: 'mistralai' },
  'azure-openai': { models: ['gpt-4o-mini', 'gpt-4o'], forbidden: [], owner: 'system' },
};
const AZURE_DEPLOYMENTS = ['gpt-4o-mini'];
const ANTHROPIC_MODELS = ['claude-sonnet-4-20250514', 'claude-3-5-haiku-20241022'];
const ANTHROPIC_FORBIDDEN = ['claude-opus-4-1-20250805'];
const REPLICATE_MODELS = ['meta/meta-llama-3-8b-instruct', 'test-user/own-model'];
const REPLICATE_VERSION = '5a6809ca6288247d06daf6365557e5e429063f32a21146b2a807c682652136b8';
const GOOGLE_MODELS = ['gemini-2.0-flash', 'gemini-1.5-flash', 'text-embedding-004'];
const COHERE_MODELS = ['command-r-plus', 'embed-english-v3.0'];
const HF_PUBLIC = ['openai-community/gpt2'];
const HF_GATED = ['meta-llama/Llama-3.1-8B'];

interface Ctx {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  dialect: Dialect;
  /** Path after any dialect prefix, no query. */
  path: string;
  query: URLSearchParams;
  token: string | undefined;
  body: string;
  json: Record<string, unknown> | undefined;
}

export async function startFakeProvider(): Promise<FakeProvider> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        handle(req, res, body, requests);
      } catch (error) {
        send(res, 500, { error: { message: `fake provider bug: ${String(error)}`, type: 'server_error', param: null, code: null } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function handle(req: http.IncomingMessage, res: http.ServerResponse, body: string, requests: RecordedRequest[]): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const { dialect, path } = route(url.pathname, req.headers, url.searchParams);
  requests.push({ method: req.method ?? 'GET', path: url.pathname, url: req.url ?? '/', headers: { ...req.headers }, provider: dialect, body });
  let json: Record<string, unknown> | undefined;
  try {
    json = body ? (JSON.parse(body) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  const ctx: Ctx = { req, res, dialect, path, query: url.searchParams, token: tokenOf(dialect, req.headers, url.searchParams), body, json };
  const behaviour = behaviourOf(ctx.token);
  if (behaviour === 'hang') return; // never answers; close() drops the socket
  if (url.pathname.startsWith('/__redirected/')) return send(res, 200, { object: 'list', data: [], note: 'the token followed a redirect' });
  if (behaviour === 'redirect') {
    res.writeHead(302, { location: `http://localhost:${req.socket.localPort}/__redirected${url.pathname}${url.search}` });
    res.end();
    return;
  }
  if (behaviour === 'huge') return sendHuge(res);
  if (behaviour === 'badids') {
    if (dialect === 'openai' && path === '/v1/models') {
      return send(res, 200, {
        object: 'list',
        data: [...HOSTILE_MODEL_IDS, 'gpt-4o-mini'].map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'system' })),
      });
    }
    return HANDLERS[dialect](ctx);
  }
  if (behaviour !== 'valid') return failByToken(ctx, behaviour);
  HANDLERS[dialect](ctx);
}

function route(pathname: string, headers: http.IncomingHttpHeaders, query: URLSearchParams): { dialect: Dialect; path: string } {
  const first = pathname.split('/')[1] ?? '';
  if (PREFIXES[first]) return { dialect: PREFIXES[first], path: pathname.slice(first.length + 1) || '/' };
  const auth = String(headers.authorization ?? '');
  if (pathname.startsWith('/openai/v1/')) return { dialect: 'groq', path: pathname };
  if (pathname.startsWith('/openai/') || headers['api-key']) return { dialect: 'azure-openai', path: pathname };
  if (headers['x-api-key'] || headers['anthropic-version']) return { dialect: 'anthropic', path: pathname };
  if (pathname.startsWith('/v1beta/') || headers['x-goog-api-key'] || query.has('key')) return { dialect: 'google', path: pathname };
  if (pathname.startsWith('/api/') || /^\/[^/]+\/[^/]+\/resolve\//.test(pathname)) return { dialect: 'huggingface', path: pathname };
  if (
    /^\/v1\/(account|predictions|deployments|collections|trainings|hardware|files)(\/|$)/.test(pathname) ||
    /^\/v1\/models\/[^/]+\/[^/]+/.test(pathname) ||
    /^(Bearer|Token)\s+r8_/.test(auth)
  ) {
    return { dialect: 'replicate', path: pathname };
  }
  return { dialect: 'openai', path: pathname };
}

function tokenOf(dialect: Dialect, headers: http.IncomingHttpHeaders, query: URLSearchParams): string | undefined {
  const bearer = /^(?:Bearer|Token)\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1]?.trim();
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  switch (dialect) {
    case 'anthropic':
      return header('x-api-key') ?? bearer;
    case 'azure-openai':
      return header('api-key') ?? bearer;
    case 'google':
      return header('x-goog-api-key') ?? (query.get('key') || undefined) ?? bearer;
    default:
      return bearer;
  }
}

function behaviourOf(token: string | undefined): Behaviour {
  if (!token) return 'missing';
  // The word must follow a separator: sk-test-valid is valid, sk-test-invalid is not.
  const word = /[-_.]([a-z]+)$/i.exec(token)?.[1]?.toLowerCase();
  return BEHAVIOURS.find((behaviour) => behaviour === word) ?? 'revoked';
}

// ------------------------------------------------------------------ token-driven failures

/** 12 MiB of a valid-looking model list, chunked, for the verifier's body cap. */
function sendHuge(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = `${'{"id":"gpt-4o-mini","object":"model"},'.repeat(1024)}`;
  let left = Math.ceil((12 * 1024 * 1024) / chunk.length);
  res.write('{"object":"list","data":[');
  const pump = (): void => {
    while (left > 0) {
      left--;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('{"id":"last"}]}');
  };
  res.on('error', () => undefined);
  pump();
}

function failByToken(ctx: Ctx, behaviour: Exclude<Behaviour, 'valid' | 'hang' | 'redirect' | 'huge' | 'badids'>): void {
  if (behaviour === 'html') {
    ctx.res.writeHead(403, { 'content-type': 'text/html; charset=utf-8' });
    ctx.res.end(
      "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head><body><h1>Access denied</h1><p>This site is blocked by your organization's web proxy.</p></body></html>\n",
    );
    return;
  }
  ERRORS[ctx.dialect](ctx, behaviour);
}

type ErrorKind = Exclude<Behaviour, 'valid' | 'hang' | 'html' | 'redirect' | 'huge' | 'badids'>;

function openAiError(_status: number, message: string, type: string, code: string | null, param: string | null = null): Record<string, unknown> {
  return { error: { message, type, param, code } };
}

function openAiFailure(ctx: Ctx, kind: ErrorKind): void {
  const masked = maskForMessage(ctx.token);
  const table: Record<ErrorKind, [number, Record<string, unknown>]> = {
    missing: [
      401,
      openAiError(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        'invalid_request_error',
        null,
      ),
    ],
    revoked: [
      401,
      openAiError(
        401,
        `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        'invalid_request_error',
        'invalid_api_key',
      ),
    ],
    region: [403, openAiError(403, 'Country, region, or territory not supported', 'request_forbidden', 'unsupported_country_region_territory')],
    ratelimit: [429, openAiError(429, 'Rate limit reached for requests. Limit: 3 / min. Please try again in 20s.', 'requests', 'rate_limit_exceeded')],
    quota: [429, openAiError(429, 'You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota')],
    noscope: [
      401,
      openAiError(
        401,
        "You have insufficient permissions for this operation. Missing scopes: api.model.read. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
        'invalid_request_error',
        null,
      ),
    ],
    broken: [500, openAiError(500, 'The server had an error while processing your request. Sorry about that!', 'server_error', null)],
  };
  const [status, body] = table[kind];
  send(ctx.res, status, body, { 'x-request-id': 'req_fake' });
}

const ERRORS: Record<Dialect, (ctx: Ctx, kind: ErrorKind) => void> = {
  openai: openAiFailure,
  groq: openAiFailure,
  mistral: (ctx, kind) => {
    if (kind === 'missing' || kind === 'revoked') return send(ctx.res, 401, { message: 'Unauthorized', request_id: 'fake' });
    if (kind === 'noscope') return send(ctx.res, 403, { message: 'Forbidden', request_id: 'fake' });
    openAiFailure(ctx, kind);
  },
  'azure-openai': (ctx, kind) => {
    const error = (status: number, code: string, message: string): void => send(ctx.res, status, { error: { code, message } });
    const table: Record<ErrorKind, () => void> = {
      missing: () =>
        error(
          401,
          '401',
          'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        ),
      revoked: () =>
        error(
          401,
          '401',
          'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        ),
      region: () => error(403, 'unsupported_country_region_territory', 'Country, region, or territory not supported'),
      ratelimit: () =>
        error(
          429,
          '429',
          'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 6 seconds.',
        ),
      quota: () => error(429, '429', 'Rate limit is exceeded. Try again in 6 seconds.'),
      noscope: () => error(401, 'PermissionDenied', 'Principal does not have access to API/Operation.'),
      broken: () => error(500, 'InternalServerError', 'The service is temporarily unable to process your request. Please try again later.'),
    };
    table[kind]();
  },
  anthropic: (ctx, kind) => {
    const error = (status: number, type: string, message: string): void =>
      send(ctx.res, status, { type: 'error', error: { type, message }, request_id: 'req_fake' }, { 'request-id': 'req_fake' });
    const table: Record<ErrorKind, () => void> = {
      missing: () => error(401, 'authentication_error', 'x-api-key header is required'),
      revoked: () => error(401, 'authentication_error', 'invalid x-api-key'),
      region: () => error(403, 'forbidden', 'Request not allowed'),
      ratelimit: () => error(429, 'rate_limit_error', 'This request would exceed the rate limit for your organization of 50 requests per minute.'),
      quota: () =>
        error(
          400,
          'invalid_request_error',
          'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
        ),
      noscope: () => error(403, 'permission_error', 'Your API key does not have permission to use the specified resource.'),
      broken: () => error(500, 'api_error', 'Internal server error'),
    };
    table[kind]();
  },
  replicate: (ctx, kind) => {
    const error = (status: number, title: string, detail: string): void => send(ctx.res, status, { title, detail, status }, {}, 'application/problem+json');
    const table: Record<ErrorKind, () => void> = {
      missing: () => error(401, 'Unauthenticated', 'You did not pass an authentication token'),
      revoked: () => error(401, 'Unauthenticated', 'You did not pass a valid authentication token'),
      region: () => error(403, 'Forbidden', 'You do not have permission to perform this action.'),
      ratelimit: () => error(429, 'Request was throttled', 'Request was throttled. Your rate limit resets in ~1s.'),
      quota: () =>
        error(
          402,
          'Insufficient credit',
          'You have insufficient credit to run this model. Go to https://replicate.com/account/billing#billing to purchase credit.',
        ),
      noscope: () => error(403, 'Forbidden', 'You do not have permission to perform this action.'),
      broken: () => error(500, 'Internal Server Error', 'Something went wrong on our end.'),
    };
    table[kind]();
  },
  google: (ctx, kind) => {
    const error = (code: number, status: string, message: string, reason?: string): void =>
      send(ctx.res, code, {
        error: {
          code,
          message,
          status,
          ...(reason
            ? {
                details: [
                  {
                    '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
                    reason,
                    domain: 'googleapis.com',
                    metadata: { service: 'generativelanguage.googleapis.com' },
                  },
                ],
              }
            : {}),
        },
      });
    const table: Record<ErrorKind, () => void> = {
      missing: () =>
        error(
          403,
          'PERMISSION_DENIED',
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        ),
      revoked: () => error(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', 'API_KEY_INVALID'),
      region: () => error(400, 'FAILED_PRECONDITION', 'User location is not supported for the API use.'),
      ratelimit: () => error(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'),
      quota: () => error(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.'),
      noscope: () =>
        error(403, 'PERMISSION_DENIED', 'Permission denied: Consumer does not have access to the Generative Language API.', 'API_KEY_SERVICE_BLOCKED'),
      broken: () =>
        error(500, 'INTERNAL', 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting'),
    };
    table[kind]();
  },
  cohere: (ctx, kind) => {
    const table: Record<ErrorKind, [number, string]> = {
      missing: [401, 'no api key supplied'],
      revoked: [401, 'invalid api token'],
      region: [403, 'Cohere is not available in your region.'],
      ratelimit: [
        429,
        "You are using a Trial key, which is limited to 20 API calls / minute. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'.",
      ],
      quota: [429, 'You are past the per month request limit for a Trial key.'],
      noscope: [403, 'forbidden'],
      broken: [500, 'internal server error, this has been reported to our developers'],
    };
    const [status, message] = table[kind];
    send(ctx.res, status, { message });
  },
  huggingface: (ctx, kind) => {
    const error = (status: number, message: string, code?: string): void =>
      send(ctx.res, status, { error: message }, { 'x-error-message': message, ...(code ? { 'x-error-code': code } : {}) });
    const table: Record<ErrorKind, () => void> = {
      missing: () => error(401, 'Invalid credentials in Authorization header'),
      revoked: () => error(401, 'Invalid credentials in Authorization header'),
      region: () => error(451, 'Unavailable for legal reasons'),
      ratelimit: () => error(429, 'You have exceeded our hourly quotas for action: api. We invite you to retry later.'),
      quota: () => error(402, 'You have exceeded your monthly included credits for Inference Providers.'),
      noscope: () => error(403, 'This authentication method does not have sufficient permissions to call this route.'),
      broken: () => error(500, "Internal Error - We're working hard to fix this as soon as possible!"),
    };
    table[kind]();
  },
};

// ------------------------------------------------------------------------ valid tokens

const HANDLERS: Record<Dialect, (ctx: Ctx) => void> = {
  openai: (ctx) => openAiCompatible(ctx, 'openai', '/v1'),
  groq: (ctx) => openAiCompatible(ctx, 'groq', '/openai/v1'),
  mistral: (ctx) => openAiCompatible(ctx, 'mistral', '/v1'),
  'azure-openai': azure,
  anthropic,
  replicate,
  google,
  cohere,
  huggingface,
};

function openAiModel(id: string, owner: string): Record<string, unknown> {
  return { id, object: 'model', created: CREATED, owned_by: owner };
}

/** The body of a model OpenAI will not let this key use (403) or does not know (404). */
function openAiModelRefusal(catalogue: (typeof OPENAI_LIKE)['openai'], model: string): [number, Record<string, unknown>] | undefined {
  if (catalogue.models.includes(model)) return undefined;
  if (catalogue.forbidden.includes(model)) {
    return [
      403,
      openAiError(
        403,
        `You do not have access to model ${model}. Project \`proj_fake\` does not have access to model \`${model}\``,
        'invalid_request_error',
        'model_not_found',
      ),
    ];
  }
  return [404, openAiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found')];
}

function openAiCompatible(ctx: Ctx, which: 'openai' | 'groq' | 'mistral', prefix: string): void {
  const catalogue = OPENAI_LIKE[which];
  if (!ctx.path.startsWith(`${prefix}/`)) return notFoundOpenAi(ctx);
  const rest = ctx.path.slice(prefix.length);
  const method = ctx.req.method ?? 'GET';
  if (method === 'GET' && rest === '/models') {
    return send(ctx.res, 200, { object: 'list', data: catalogue.models.map((id) => openAiModel(id, catalogue.owner)) });
  }
  const one = /^\/models\/(.+)$/.exec(rest);
  if (method === 'GET' && one) {
    const model = decodeURIComponent(one[1]);
    const refusal = openAiModelRefusal(catalogue, model);
    return refusal ? send(ctx.res, refusal[0], refusal[1]) : send(ctx.res, 200, openAiModel(model, catalogue.owner));
  }
  if (method === 'POST' && ['/chat/completions', '/completions', '/embeddings', '/responses'].includes(rest)) {
    const model = typeof ctx.json?.model === 'string' ? ctx.json.model : '';
    if (!model) return send(ctx.res, 400, openAiError(400, 'you must provide a model parameter', 'invalid_request_error', null, 'model'));
    const refusal = openAiModelRefusal(catalogue, model);
    if (refusal) return send(ctx.res, refusal[0], refusal[1]);
    return send(ctx.res, 200, openAiSuccess(rest, model));
  }
  notFoundOpenAi(ctx);
}

function openAiSuccess(endpoint: string, model: string): Record<string, unknown> {
  const usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 };
  if (endpoint === '/embeddings') {
    return { object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.01, -0.02, 0.03] }], model, usage: { prompt_tokens: 5, total_tokens: 5 } };
  }
  if (endpoint === '/responses') {
    return {
      id: 'resp_fake',
      object: 'response',
      created_at: CREATED,
      status: 'completed',
      model,
      output: [
        { type: 'message', id: 'msg_fake', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Hello!', annotations: [] }] },
      ],
      usage: { input_tokens: 5, output_tokens: 2, total_tokens: 7 },
    };
  }
  if (endpoint === '/completions') {
    return {
      id: 'cmpl-fake',
      object: 'text_completion',
      created: CREATED,
      model,
      choices: [{ text: 'Hello!', index: 0, logprobs: null, finish_reason: 'stop' }],
      usage,
    };
  }
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: CREATED,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hello!', refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage,
  };
}

function notFoundOpenAi(ctx: Ctx): void {
  send(ctx.res, 404, openAiError(404, `Invalid URL (${ctx.req.method} ${ctx.path})`, 'invalid_request_error', null));
}

function azure(ctx: Ctx): void {
  const method = ctx.req.method ?? 'GET';
  if (!ctx.query.get('api-version')) return send(ctx.res, 404, { error: { code: '404', message: 'Resource not found' } });
  if (method === 'GET' && ctx.path === '/openai/models') {
    return send(ctx.res, 200, {
      data: OPENAI_LIKE['azure-openai'].models.map((id) => ({
        id,
        status: 'succeeded',
        created_at: CREATED,
        object: 'model',
        capabilities: { chat_completion: true },
      })),
      object: 'list',
    });
  }
  const deployment = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|completions|embeddings)$/.exec(ctx.path);
  if (method === 'POST' && deployment) {
    const name = decodeURIComponent(deployment[1]);
    if (!AZURE_DEPLOYMENTS.includes(name)) {
      return send(ctx.res, 404, {
        error: {
          code: 'DeploymentNotFound',
          message:
            'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
        },
      });
    }
    return send(ctx.res, 200, openAiSuccess(`/${deployment[2]}`, name));
  }
  send(ctx.res, 404, { error: { code: '404', message: 'Resource not found' } });
}

function anthropic(ctx: Ctx): void {
  const method = ctx.req.method ?? 'GET';
  const model = (id: string): Record<string, unknown> => ({ type: 'model', id, display_name: id, created_at: '2025-05-14T00:00:00Z' });
  const error = (status: number, type: string, message: string): void => send(ctx.res, status, { type: 'error', error: { type, message } });
  const refuse = (id: string): boolean => {
    if (ANTHROPIC_MODELS.includes(id)) return false;
    if (ANTHROPIC_FORBIDDEN.includes(id)) error(403, 'permission_error', 'Your API key does not have permission to use the specified resource.');
    else error(404, 'not_found_error', `model: ${id}`);
    return true;
  };
  if (method === 'GET' && ctx.path === '/v1/models') {
    return send(ctx.res, 200, {
      data: ANTHROPIC_MODELS.map(model),
      has_more: false,
      first_id: ANTHROPIC_MODELS[0],
      last_id: ANTHROPIC_MODELS[ANTHROPIC_MODELS.length - 1],
    });
  }
  const one = /^\/v1\/models\/([^/]+)$/.exec(ctx.path);
  if (method === 'GET' && one) {
    const id = decodeURIComponent(one[1]);
    if (!refuse(id)) send(ctx.res, 200, model(id));
    return;
  }
  if (method === 'POST' && ctx.path === '/v1/messages') {
    const id = typeof ctx.json?.model === 'string' ? ctx.json.model : '';
    if (!id) return error(400, 'invalid_request_error', 'model: Field required');
    if (refuse(id)) return;
    return send(ctx.res, 200, {
      id: 'msg_fake',
      type: 'message',
      role: 'assistant',
      model: id,
      content: [{ type: 'text', text: 'Hello!' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 5, output_tokens: 2 },
    });
  }
  error(404, 'not_found_error', 'Not found');
}

function replicate(ctx: Ctx): void {
  const method = ctx.req.method ?? 'GET';
  const base = `http://${ctx.req.headers.host ?? '127.0.0.1'}`;
  const problem = (status: number, title: string | undefined, detail: string): void =>
    send(ctx.res, status, { ...(title ? { title } : {}), detail, status }, {}, 'application/problem+json');
  const notFound = (): void => problem(404, undefined, 'The requested resource could not be found.');
  const prediction = (model: string, version: string, input: unknown): Record<string, unknown> => ({
    id: 'fakeprediction0001',
    model,
    version,
    input,
    logs: '',
    output: 'Hello!',
    data_removed: false,
    error: null,
    status: 'succeeded',
    created_at: '2026-01-01T00:00:00.000Z',
    started_at: '2026-01-01T00:00:00.100Z',
    completed_at: '2026-01-01T00:00:00.200Z',
    urls: {
      get: `${base}/v1/predictions/fakeprediction0001`,
      cancel: `${base}/v1/predictions/fakeprediction0001/cancel`,
      stream: `${base}/v1/predictions/fakeprediction0001/stream`,
    },
    metrics: { predict_time: 0.1 },
  });
  if (method === 'GET' && ctx.path === '/v1/account') {
    return send(ctx.res, 200, { type: 'user', username: 'test-user', name: 'Test User', github_url: 'https://github.com/test-user' });
  }
  const model = /^\/v1\/models\/([^/]+)\/([^/]+)(\/.*)?$/.exec(ctx.path);
  if (model) {
    const id = `${decodeURIComponent(model[1])}/${decodeURIComponent(model[2])}`;
    const rest = model[3] ?? '';
    // A private model of another account, or a wrong owner/name: Replicate answers 404.
    if (!REPLICATE_MODELS.includes(id)) {
      if (method === 'GET' && !rest) return problem(404, undefined, 'Not found.');
      return notFound();
    }
    if (method === 'GET' && !rest) {
      const [owner, name] = id.split('/');
      return send(ctx.res, 200, {
        url: `https://replicate.com/${id}`,
        owner,
        name,
        description: 'A fake model',
        visibility: 'public',
        github_url: null,
        paper_url: null,
        license_url: null,
        run_count: 1,
        cover_image_url: null,
        default_example: null,
        latest_version: { id: REPLICATE_VERSION, created_at: '2026-01-01T00:00:00.000Z', cog_version: '0.9.0', openapi_schema: {} },
      });
    }
    if (method === 'POST' && rest === '/predictions') {
      return send(ctx.res, 201, prediction(id, REPLICATE_VERSION, ctx.json?.input ?? {}));
    }
    return notFound();
  }
  if (method === 'POST' && ctx.path === '/v1/predictions') {
    const version = String(ctx.json?.version ?? '');
    const id = version.includes(':') ? version.split(':')[1] : version;
    if (id !== REPLICATE_VERSION) {
      return problem(422, 'Invalid version or not permitted', "The specified version does not exist (or perhaps you don't have permission to use it?)");
    }
    return send(ctx.res, 201, prediction(REPLICATE_MODELS[0], id, ctx.json?.input ?? {}));
  }
  if (method === 'GET' && ctx.path === '/v1/predictions/fakeprediction0001') {
    return send(ctx.res, 200, prediction(REPLICATE_MODELS[0], REPLICATE_VERSION, {}));
  }
  if (method === 'POST' && ctx.path === '/v1/predictions/fakeprediction0001/cancel') {
    return send(ctx.res, 200, { ...prediction(REPLICATE_MODELS[0], REPLICATE_VERSION, {}), status: 'canceled' });
  }
  notFound();
}

function google(ctx: Ctx): void {
  const method = ctx.req.method ?? 'GET';
  const model = (id: string): Record<string, unknown> => ({
    name: `models/${id}`,
    version: '001',
    displayName: id,
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 8192,
    supportedGenerationMethods: id.startsWith('text-embedding') ? ['embedContent'] : ['generateContent', 'countTokens'],
  });
  const notFound = (id: string): void =>
    send(ctx.res, 404, {
      error: {
        code: 404,
        message: `models/${id} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
        status: 'NOT_FOUND',
      },
    });
  if (method === 'GET' && ctx.path === '/v1beta/models') {
    // Pages of two, as the API pages with pageSize/pageToken.
    const size = Math.max(1, Math.min(Number(ctx.query.get('pageSize') ?? 2) || 2, 2));
    const start = Number(ctx.query.get('pageToken') ?? 0) || 0;
    const page = GOOGLE_MODELS.slice(start, start + size);
    const next = start + size < GOOGLE_MODELS.length ? String(start + size) : undefined;
    return send(ctx.res, 200, { models: page.map(model), ...(next ? { nextPageToken: next } : {}) });
  }
  const one = /^\/v1beta\/models\/([^/:]+)(?::(\w+))?$/.exec(ctx.path);
  if (one) {
    const id = decodeURIComponent(one[1]);
    if (!GOOGLE_MODELS.includes(id)) return notFound(id);
    if (method === 'GET' && !one[2]) return send(ctx.res, 200, model(id));
    if (method === 'POST' && one[2] === 'generateContent') {
      return send(ctx.res, 200, {
        candidates: [{ content: { parts: [{ text: 'Hello!' }], role: 'model' }, finishReason: 'STOP', index: 0 }],
        usageMetadata: { promptTokenCount: 5, candidatesTokenCount: 2, totalTokenCount: 7 },
        modelVersion: id,
      });
    }
  }
  send(ctx.res, 404, { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } });
}

function cohere(ctx: Ctx): void {
  const method = ctx.req.method ?? 'GET';
  const model = (name: string): Record<string, unknown> => ({
    name,
    endpoints: name.startsWith('embed') ? ['embed'] : ['chat', 'generate'],
    finetuned: false,
    context_length: 128000,
  });
  if (method === 'GET' && ctx.path === '/v1/models') return send(ctx.res, 200, { models: COHERE_MODELS.map(model), next_page_token: null });
  const one = /^\/v1\/models\/([^/]+)$/.exec(ctx.path);
  if (method === 'GET' && one) {
    const name = decodeURIComponent(one[1]);
    return COHERE_MODELS.includes(name) ? send(ctx.res, 200, model(name)) : send(ctx.res, 404, { message: `model '${name}' not found` });
  }
  send(ctx.res, 404, { message: 'not found' });
}

function huggingface(ctx: Ctx): void {
  const method = ctx.req.method ?? 'GET';
  const error = (status: number, message: string, code?: string): void =>
    send(ctx.res, status, { error: message }, { 'x-error-message': message, ...(code ? { 'x-error-code': code } : {}) });
  const repoAccess = (repo: string): boolean => {
    if (HF_PUBLIC.includes(repo)) return true;
    if (HF_GATED.includes(repo)) {
      error(
        403,
        `Access to model ${repo} is restricted and you are not in the authorized list. Visit https://huggingface.co/${repo} to ask for access.`,
        'GatedRepo',
      );
    } else {
      error(404, 'Repository not found', 'RepoNotFound');
    }
    return false;
  };
  if (method === 'GET' && ctx.path === '/api/whoami-v2') {
    return send(ctx.res, 200, {
      type: 'user',
      id: '60f0000000000000000fa4e0',
      name: 'test-user',
      fullname: 'Test User',
      email: null,
      emailVerified: false,
      isPro: false,
      orgs: [],
      auth: { type: 'access_token', accessToken: { displayName: 'test', role: 'read', createdAt: '2026-01-01T00:00:00.000Z' } },
    });
  }
  const check = /^\/api\/models\/([^/]+\/[^/]+)\/auth-check$/.exec(ctx.path);
  if (method === 'GET' && check) {
    const repo = decodeURIComponent(check[1]);
    if (repoAccess(repo)) send(ctx.res, 200, {});
    return;
  }
  const info = /^\/api\/models\/([^/]+\/[^/]+)$/.exec(ctx.path);
  if (method === 'GET' && info) {
    // Like the Hub: a gated repo's card is public, its files are not (see auth-check, resolve).
    const repo = decodeURIComponent(info[1]);
    if (!HF_PUBLIC.includes(repo) && !HF_GATED.includes(repo)) return error(404, 'Repository not found', 'RepoNotFound');
    return send(ctx.res, 200, {
      _id: 'fake',
      id: repo,
      modelId: repo,
      private: false,
      gated: HF_GATED.includes(repo) ? 'manual' : false,
      disabled: false,
      downloads: 1,
      likes: 1,
      tags: [],
      sha: '0'.repeat(40),
    });
  }
  const resolve = /^\/([^/]+\/[^/]+)\/resolve\/[^/]+\/(.+)$/.exec(ctx.path);
  if ((method === 'GET' || method === 'HEAD') && resolve) {
    const repo = decodeURIComponent(resolve[1]);
    if (!repoAccess(repo)) return;
    ctx.res.writeHead(200, { 'content-type': 'application/json', etag: '"fake"', 'x-repo-commit': '0'.repeat(40) });
    ctx.res.end(method === 'HEAD' ? undefined : '{"model_type":"gpt2"}');
    return;
  }
  error(404, 'Not Found');
}

// --------------------------------------------------------------------------------- helpers

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, type = 'application/json'): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** OpenAI's way of echoing a wrong key: `sk-test-*****oked`. */
function maskForMessage(token: string | undefined): string {
  if (!token) return '';
  return token.length > 12 ? `${token.slice(0, 8)}*****${token.slice(-4)}` : `${token.slice(0, 3)}*****`;
}
