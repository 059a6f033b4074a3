// The three kinds of client a check can use (checks.ts `client`). Each performs the steps the
// table names and reports a provider's non-success answer as a StepError; network failures and
// aborts are rethrown as they come. The SDKs load here, inside the call, never at activation:
// esbuild turns these dynamic imports into the separate dist/sdk-*.js files.
import type { ProviderCheck, StepKind } from './checks';
import type { HttpFailure } from './classifyFailure';
import { guardedFetch } from './guardedFetch';

export interface StepContext {
  check: ProviderCheck;
  token: string;
  /** Effective base URL (default or given, plus the API prefix), no trailing slash. */
  baseUrl: string;
  signal: AbortSignal;
  timeoutMs: number;
}

export interface CheckClient {
  account(): Promise<string | undefined>;
  list(): Promise<string[]>;
  /** Resolves when the token may use the model. */
  model(id: string): Promise<void>;
}

/** The provider answered with a non-success status. */
export class StepError extends Error {
  constructor(readonly failure: HttpFailure) {
    super(`${failure.step} answered ${failure.status}`);
    this.name = 'StepError';
  }
}

/** The provider (or something in between) answered 2xx with a body that is not its JSON. */
export class NotJsonError extends Error {
  constructor(
    readonly step: StepKind,
    readonly status: number,
  ) {
    super(`${step} answered ${status} without JSON`);
    this.name = 'NotJsonError';
  }
}

export class SdkLoadError extends Error {
  constructor(
    readonly sdk: string,
    cause: unknown,
  ) {
    super(`could not load the ${sdk} SDK`, { cause });
    this.name = 'SdkLoadError';
  }
}

export async function createClient(ctx: StepContext): Promise<CheckClient> {
  return CLIENT_FACTORIES[ctx.check.client](ctx);
}

const CLIENT_FACTORIES: Record<ProviderCheck['client'], (ctx: StepContext) => Promise<CheckClient>> = {
  'openai-sdk': openAiClient,
  'replicate-sdk': replicateClient,
  http: async (ctx) => httpClient(ctx),
};

// ---------------------------------------------------------------------------------- openai

async function openAiClient(ctx: StepContext): Promise<CheckClient> {
  let OpenAI: typeof import('openai').OpenAI;
  let APIError: typeof import('openai').APIError;
  try {
    const mod = await import('openai');
    const loose = mod as unknown as Record<string, unknown> & { default?: Record<string, unknown> };
    OpenAI = (loose.OpenAI ?? loose.default) as typeof import('openai').OpenAI;
    APIError = (loose.APIError ??
      (loose.default as Record<string, unknown> | undefined)?.APIError ??
      (OpenAI as unknown as Record<string, unknown>).APIError) as typeof import('openai').APIError;
    if (typeof OpenAI !== 'function') throw new Error('no OpenAI export');
  } catch (error) {
    throw new SdkLoadError('openai', error);
  }
  const client = new OpenAI({
    apiKey: ctx.token,
    baseURL: ctx.baseUrl,
    // One request per step: a check must not hide a 429 or a 5xx behind retries.
    maxRetries: 0,
    timeout: ctx.timeoutMs,
    // The token alone is checked, not the environment's organization/project/admin key.
    organization: null,
    project: null,
    adminAPIKey: null,
    defaultHeaders: ctx.check.headers,
    // No redirects (the key would follow them), no unbounded answers.
    fetch: guardedFetch(),
  });
  const options = { signal: ctx.signal, maxRetries: 0, timeout: ctx.timeoutMs };
  const translate = (step: StepKind, error: unknown): never => {
    if (typeof APIError === 'function' && error instanceof APIError && typeof error.status === 'number') {
      throw new StepError({
        step,
        status: error.status,
        body: `${safeJson(error.error)} ${error.message}`,
        headers: headerRecord(error.headers),
      });
    }
    throw error;
  };
  return {
    async account() {
      return undefined;
    },
    async list() {
      try {
        const { data: page, response } = await client.models.list(options).withResponse();
        if (!isJson(response) || !Array.isArray(page.data)) throw new NotJsonError('list', response.status);
        return page.data.map((model) => String(model.id));
      } catch (error) {
        return translate('list', error);
      }
    },
    async model(id) {
      try {
        const { response } = await client.models.retrieve(id, options).withResponse();
        if (!isJson(response)) throw new NotJsonError('model', response.status);
      } catch (error) {
        translate('model', error);
      }
    },
  };
}

// ------------------------------------------------------------------------------- replicate

interface ReplicateLike {
  accounts: { current(options?: { signal?: AbortSignal }): Promise<Record<string, unknown>> };
  models: { get(owner: string, name: string, options?: { signal?: AbortSignal }): Promise<unknown> };
}
type ReplicateCtor = new (options: {
  auth?: string;
  baseUrl?: string;
  userAgent?: string;
  fetch?: (input: Request | string, init?: RequestInit) => Promise<Response>;
}) => ReplicateLike;

async function replicateClient(ctx: StepContext): Promise<CheckClient> {
  let Replicate: ReplicateCtor;
  try {
    const mod = (await import('replicate')) as unknown as { default?: unknown };
    Replicate = (mod.default ?? mod) as ReplicateCtor;
    if (typeof Replicate !== 'function') throw new Error('no Replicate export');
  } catch (error) {
    throw new SdkLoadError('replicate', error);
  }
  const client = new Replicate({
    auth: ctx.token,
    baseUrl: ctx.baseUrl,
    userAgent: 'ai-access-doctor',
    fetch: singleAttemptFetch(ctx.signal),
  });
  const options = { signal: ctx.signal };
  const translate = (step: StepKind, error: unknown): never => {
    const response = (error as { response?: unknown } | null)?.response;
    if (error instanceof Error && error.name === 'ApiError' && response instanceof Response) {
      throw new StepError({ step, status: response.status, body: error.message, headers: headerRecord(response.headers) });
    }
    if (error instanceof SyntaxError) throw new NotJsonError(step, 200);
    throw error;
  };
  return {
    async account() {
      try {
        const account = await client.accounts.current(options);
        return pickName(account, ctx.check.account?.nameFields ?? []);
      } catch (error) {
        return translate('account', error);
      }
    },
    async list() {
      return [];
    },
    async model(id) {
      const [owner, name] = id.split('/');
      try {
        await client.models.get(owner, name, options);
      } catch (error) {
        translate('model', error);
      }
    },
  };
}

/**
 * replicate-js retries GETs on 429 and 5xx up to five times and has no option to stop it. This
 * fetch answers a repeated request with a copy of the first answer (or its failure), so each
 * step costs one real request, and it ties every request to the check's signal.
 */
function singleAttemptFetch(signal: AbortSignal): (input: Request | string | URL, init?: RequestInit) => Promise<Response> {
  const seen = new Map<string, Promise<Response>>();
  const once = guardedFetch();
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${init?.method ?? 'GET'} ${url}`;
    let answer = seen.get(key);
    if (!answer) {
      answer = once(input, { ...init, signal });
      seen.set(key, answer);
    }
    return answer.then((response) => response.clone());
  };
}

// ------------------------------------------------------------------------------------ http

function httpClient(ctx: StepContext): CheckClient {
  const { check } = ctx;
  const guarded = guardedFetch();
  const get = async (step: StepKind, path: string, query?: Record<string, string>): Promise<unknown> => {
    const url = new URL(ctx.baseUrl + path);
    for (const [key, value] of Object.entries({ ...check.query, ...query })) url.searchParams.set(key, value);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'ai-access-doctor',
      ...check.headers,
      [check.auth.header]: `${check.auth.prefix ?? ''}${ctx.token}`,
    };
    const response = await guarded(url, { method: 'GET', headers, signal: ctx.signal });
    const text = await response.text();
    if (!response.ok) {
      throw new StepError({ step, status: response.status, body: text.slice(0, 20_000), headers: headerRecord(response.headers) });
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new NotJsonError(step, response.status);
    }
  };
  return {
    async account() {
      if (!check.account) return undefined;
      return pickName(await get('account', check.account.path), check.account.nameFields);
    },
    async list() {
      const spec = check.list;
      if (!spec) return [];
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const query = { ...spec.query, ...(cursor ? { [spec.page!.query]: cursor } : {}) };
        const body = (await get('list', spec.path, query)) as Record<string, unknown> | null;
        const items = body?.[spec.items];
        if (!Array.isArray(items)) throw new NotJsonError('list', 200);
        for (const item of items) {
          const id = (item as Record<string, unknown> | null)?.[spec.id];
          if (typeof id === 'string') ids.push(stripPrefix(id, spec.stripPrefix));
        }
        const next = spec.page ? body?.[spec.page.nextField] : undefined;
        const more = spec.page?.moreField ? body?.[spec.page.moreField] === true : true;
        if (!spec.page || typeof next !== 'string' || !next || !more) break;
        cursor = next;
      }
      return ids;
    },
    async model(id) {
      const spec = check.model;
      if (!spec) return;
      const encoded = id.split('/').map(encodeURIComponent).join('/');
      await get('model', spec.path.replace('{model}', encoded));
    },
  };
}

// --------------------------------------------------------------------------------- helpers

export function stripPrefix(id: string, prefix: string | undefined): string {
  return prefix && id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

function pickName(body: unknown, fields: string[]): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  for (const field of fields) {
    const value = (body as Record<string, unknown>)[field];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

function headerRecord(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers && typeof (headers as Headers).forEach === 'function') {
    (headers as Headers).forEach((value, key) => {
      out[key.toLowerCase()] = value;
    });
  }
  return out;
}

function isJson(response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  return type === '' || /json/i.test(type);
}

function safeJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
