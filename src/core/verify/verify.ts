// verifyToken: runs the provider's steps from checks.ts (account, list, model) through its
// client, under one deadline and the caller's AbortSignal, and turns whatever happens into a
// VerifyResult. Never throws.
import { PROVIDERS } from '../providers';
import type { ProviderId } from '../types';
import { effectiveBaseUrl, hostOf, isInsecureEndpoint } from './baseUrl';
import { CHECKS } from './checks';
import { classifyFailure } from './classifyFailure';
import { guardError, RedirectError, TooLargeError } from './guardedFetch';
import { createClient, NotJsonError, SdkLoadError, StepError, stripPrefix } from './clients';
import { modelIds } from '../modelId';
import { redact } from '../secrets';
import { describe, outcomeLink, type MessageFacts } from './messages';
import type { VerifyOutcome, VerifyRequest, VerifyResult } from './types';

const DEFAULT_TIMEOUT_MS = 15_000;

/** Providers verifyToken can check (all of them; Azure needs its endpoint as base URL). */
export function verifiableProviders(): ProviderId[] {
  return (Object.keys(CHECKS) as ProviderId[]).filter((id) => id in PROVIDERS);
}

interface Progress {
  models: string[];
  account?: string;
}

type Finding = Omit<MessageFacts, 'provider' | 'host' | 'seconds'>;

export async function verifyToken(req: VerifyRequest): Promise<VerifyResult> {
  try {
    return await verify(req);
  } catch {
    // Only a bug gets here; the caller still gets an answer, and no text from the error.
    return {
      provider: req?.provider,
      outcome: 'provider-error',
      status: null,
      model: typeof req?.model === 'string' ? req.model : null,
      models: [],
      message: 'The token check failed unexpectedly.',
      nextStep: 'Try again; if it keeps failing, report it with the AI Access Doctor output.',
    };
  }
}

async function verify(req: VerifyRequest): Promise<VerifyResult> {
  const provider = req.provider;
  const token = typeof req.token === 'string' ? req.token.trim() : '';
  const model = typeof req.model === 'string' && req.model.trim() ? req.model.trim() : null;
  const timeoutMs = req.timeoutMs && req.timeoutMs > 0 ? req.timeoutMs : DEFAULT_TIMEOUT_MS;
  const check = CHECKS[provider];
  if (!check || !PROVIDERS[provider]) {
    return {
      provider,
      outcome: 'provider-error',
      status: null,
      model,
      models: [],
      message: `"${String(provider).slice(0, 40)}" is not a provider AI Access Doctor can verify.`,
      nextStep: `Pick one of: ${verifiableProviders().join(', ')}.`,
    };
  }
  const baseUrl = effectiveBaseUrl(provider, req.baseUrl);
  const host = hostOf(baseUrl);
  const finish = (finding: Finding): VerifyResult => {
    const facts: MessageFacts = { ...finding, provider, host, seconds: Math.round(timeoutMs / 100) / 10 };
    const { message, nextStep } = describe(facts, req.token ?? '');
    const result: VerifyResult = {
      provider,
      outcome: finding.outcome,
      status: finding.status,
      model: model === null ? null : redact(model, req.token ? [req.token] : []),
      models: finding.models,
      message,
      nextStep,
      link: outcomeLink(provider, finding.outcome, finding.reason),
    };
    if (finding.account) result.account = finding.account;
    return result;
  };
  const bare = (outcome: VerifyOutcome, reason?: string): VerifyResult => finish({ outcome, reason, status: null, model, models: [] });

  if (!token) return bare('invalid-token', 'missing');
  if (!baseUrl) return bare('provider-error', 'no-endpoint');
  if (!isHttpUrl(baseUrl)) return bare('provider-error', 'endpoint');
  if (isInsecureEndpoint(baseUrl)) return bare('provider-error', 'insecure');
  if (model && check.model?.idPattern && !check.model.idPattern.test(model)) return bare('model-not-found', 'bad-id');
  if (req.signal?.aborted) return bare('cancelled');

  const controller = new AbortController();
  let timedOut = false;
  let cancelled = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, timeoutMs);
  const onCancel = (): void => {
    cancelled = true;
    controller.abort(new Error('cancelled'));
  };
  req.signal?.addEventListener('abort', onCancel, { once: true });
  const aborted = new Promise<'aborted'>((resolve) => {
    controller.signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });

  const progress: Progress = { models: [] };
  const work = runSteps(provider, { token, model, baseUrl, signal: controller.signal, timeoutMs }, progress);
  work.catch(() => undefined);
  try {
    const done = await Promise.race([work, aborted]);
    if (done === 'aborted') return abortResult();
    return finish({ ...done, model });
  } catch (error) {
    if (controller.signal.aborted) return abortResult();
    return finish(describeError(provider, error, progress, model));
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onCancel);
    if (!controller.signal.aborted) controller.abort(new Error('done'));
  }

  function abortResult(): VerifyResult {
    const outcome: VerifyOutcome = cancelled || !timedOut ? 'cancelled' : 'timeout';
    return finish({ outcome, status: null, model, models: progress.models, account: progress.account });
  }
}

async function runSteps(
  provider: ProviderId,
  ctx: { token: string; model: string | null; baseUrl: string; signal: AbortSignal; timeoutMs: number },
  progress: Progress,
): Promise<Finding> {
  const check = CHECKS[provider];
  const client = await createClient({ check, token: ctx.token, baseUrl: ctx.baseUrl, signal: ctx.signal, timeoutMs: ctx.timeoutMs });
  if (check.account) progress.account = await client.account();
  // A provider (or whatever answers at its URL) names the models: keep only model-id shapes.
  if (check.list) progress.models = modelIds(await client.list());
  const { models, account } = progress;
  if (!ctx.model) {
    return { outcome: 'valid', reason: models.length ? 'listed' : 'token', status: 200, model: null, models, account };
  }
  const wanted = stripPrefix(ctx.model, check.list?.stripPrefix);
  const listed = models.includes(wanted);
  if (!check.model) {
    return { outcome: 'valid', reason: listed || !check.list ? 'model' : 'model-unchecked', status: 200, model: ctx.model, models, account };
  }
  if (!(check.model.when === 'unless-listed' && listed)) {
    const id = check.model.dropSuffix ? wanted.replace(check.model.dropSuffix, '') : wanted;
    await client.model(id);
  }
  return { outcome: 'valid', reason: 'model', status: 200, model: ctx.model, models, account };
}

function describeError(provider: ProviderId, error: unknown, progress: Progress, model: string | null): Finding {
  const { models, account } = progress;
  if (error instanceof StepError) {
    const { outcome, reason, rule } = classifyFailure(provider, error.failure);
    const override =
      rule.message || rule.nextStep ? { ...(rule.message ? { message: rule.message } : {}), ...(rule.nextStep ? { nextStep: rule.nextStep } : {}) } : undefined;
    return { outcome, reason, status: error.failure.status, model, models, account, override };
  }
  if (error instanceof NotJsonError) {
    return { outcome: 'provider-error', reason: 'not-json', status: error.status, model, models, account };
  }
  if (error instanceof SdkLoadError) {
    return { outcome: 'provider-error', reason: 'sdk', status: null, model, models, account, sdk: error.sdk };
  }
  const guard = guardError(error);
  if (guard instanceof RedirectError) {
    return { outcome: 'provider-error', reason: 'redirect', status: guard.status, model, models, account, redirectHost: guard.host };
  }
  if (guard instanceof TooLargeError) {
    return { outcome: 'provider-error', reason: 'too-large', status: null, model, models, account };
  }
  return { outcome: 'network-error', status: null, model, models, account, code: networkCode(error) };
}

/** ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED, UND_ERR_SOCKET… from the error's cause chain. */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(code)) return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length) {
      const inner = networkCode(errors[0]);
      if (inner) return inner;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
