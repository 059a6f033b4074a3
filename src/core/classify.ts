// ParsedTrace + the provider packs -> Incident (or null when it is not an AI access failure).
import { innermostUserFrame } from './parse/frames';
import { isClassName, isModelId } from './modelId';
import { redact } from './secrets';
import { findModel } from './findModel';
import { PROVIDERS, RULES, type ProviderRule } from './providers';
import { SIGNALS } from './signals';
import type { CauseId, Frame, Incident, ParsedTrace, ProviderId } from './types';

/** The best provider needs at least this much evidence. */
const MIN_EVIDENCE = 3;

/** Statuses an access failure can have; others (429, 5xx, …) are never incidents. */
const ACCESS_STATUSES = new Set<number | null>([null, 400, 401, 403, 404, 422]);

/** What classifying a trace yields; `message` is still unredacted here (toIncident redacts). */
export type TraceClassification = Pick<Incident, 'provider' | 'cause' | 'status' | 'errorClass' | 'model' | 'message' | 'frames' | 'userFrame'>;

function score(rule: ProviderRule, cls: string, frames: readonly Frame[], text: string): number {
  let s = 0;
  for (const e of rule.evidence) {
    if (e.in === 'class') {
      if (e.re.test(cls)) s += e.weight;
    } else if (e.in === 'frames') {
      if (frames.some((f) => e.re.test(f.file))) s += e.weight;
    } else if (e.re.test(text)) {
      s += e.weight;
    }
  }
  return s;
}

function pickProvider(cls: string, frames: readonly Frame[], text: string, enabled: ReadonlySet<ProviderId> | null): ProviderRule | null {
  let best: ProviderRule | null = null;
  let bestScore = MIN_EVIDENCE - 1;
  for (const rule of RULES) {
    if (enabled && !enabled.has(rule.provider)) continue;
    const s = score(rule, cls, frames, text);
    if (s > bestScore) {
      best = rule;
      bestScore = s;
    }
  }
  return best;
}

function pickCause(rule: ProviderRule, status: number | null, message: string, body: string): CauseId | null {
  for (const text of [message, body]) {
    for (const sig of SIGNALS[rule.provider]) {
      if (sig.statuses && !sig.statuses.includes(status)) continue;
      if (sig.re.test(text)) return sig.cause;
    }
  }
  return status !== null ? (rule.fallback[status] ?? null) : null;
}

/** Provider knowledge applied to a parsed trace; unredacted result. */
export function classifyTrace(trace: ParsedTrace, enabled: ReadonlySet<ProviderId> | null = null): TraceClassification | null {
  const chain = trace.chain?.length ? trace.chain : [{ errorClass: trace.errorClass, message: trace.message, status: trace.status, frames: trace.frames }];
  // The last exception is what was raised; an earlier one in the chain may be the provider's.
  for (let i = chain.length - 1; i >= 0; i--) {
    const exc = chain[i];
    const allFrames = chain.flatMap((c) => c.frames);
    const rule = pickProvider(exc.errorClass, exc.frames.length ? exc.frames : allFrames, `${exc.errorClass}: ${exc.message}`, enabled);
    // Text evidence from the whole block counts too (source lines, object dumps), but only when
    // this exception carries a status or class of its own that could be an SDK's.
    const ruleWide = rule ?? (exc.frames.some((f) => /site-packages|dist-packages|node_modules/.test(f.file)) || exc.status !== null ? pickProvider(exc.errorClass, exc.frames, trace.body, enabled) : null);
    if (!ruleWide) continue;
    const status = exc.status ?? (i === chain.length - 1 ? trace.status : null) ?? statusFromClass(ruleWide.provider, exc.errorClass);
    if (!ACCESS_STATUSES.has(status)) continue;
    const bodyForCause = chain.length > 1 ? exc.message : trace.body;
    const cause = pickCause(ruleWide, status, exc.message, bodyForCause);
    if (!cause) continue;
    const frames = exc.frames.length ? exc.frames : trace.frames;
    const userFrame = innermostUserFrame(frames);
    return {
      provider: ruleWide.provider,
      cause,
      status,
      errorClass: exc.errorClass,
      model: findModel(ruleWide.provider, exc.message, frames, userFrame),
      message: exc.message,
      frames,
      userFrame,
    };
  }
  return null;
}

let counter = 0;

/**
 * The incident as it leaves the core: every text field masked (`known` are exact secret values
 * to mask as well), the error class only in a class name's shape and the model only in a model
 * id's shape (an interleaved log line or a quoted token is neither).
 */
export function toIncident(c: TraceClassification, trace: ParsedTrace, streamId: string, id?: string, known: readonly string[] = []): Incident {
  const mask = (text: string): string => redact(text, known);
  const frame = (f: Frame): Frame => ({
    ...f,
    file: mask(f.file),
    function: f.function === null ? null : mask(f.function),
    ...(f.source !== undefined ? { source: mask(f.source) } : {}),
  });
  const errorClass = mask(c.errorClass);
  const model = c.model === null ? null : mask(c.model);
  return {
    id: id ?? `${streamId}#${++counter}`,
    provider: c.provider,
    cause: c.cause,
    status: c.status,
    errorClass: isClassName(errorClass) ? errorClass : 'Error',
    model: isModelId(model) ? model : null,
    message: mask(c.message),
    frames: c.frames.map(frame),
    userFrame: c.userFrame ? frame(c.userFrame) : null,
    language: trace.language,
    trace: mask(trace.body),
    streamId,
  };
}

/** The status an SDK class stands for (`openai.PermissionDeniedError` → 403), from its pack. */
function statusFromClass(provider: ProviderId, errorClass: string): number | null {
  const facts = PROVIDERS[provider];
  const short = errorClass.slice(errorClass.lastIndexOf('.') + 1);
  const tables: Array<Partial<Record<number, string>> | undefined> = [facts.python?.statusErrorClasses, facts.node?.statusErrorGuards];
  let found: number | null = null;
  for (const table of tables) {
    if (!table) continue;
    for (const [status, cls] of Object.entries(table)) {
      const name = (cls ?? '').replace(/^\{err\} instanceof /, '');
      const n = name.slice(name.lastIndexOf('.') + 1);
      if (n === short) {
        // A class shared by several statuses (google ClientError) says nothing.
        if (found !== null && found !== Number(status)) return null;
        found = Number(status);
      }
    }
  }
  return found;
}
