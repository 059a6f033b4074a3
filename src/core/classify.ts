// ParsedTrace + the provider packs and carriers -> Incident (or null when it is not an AI access
// failure). Everything provider- or wrapper-specific is data: packs (providers/), carriers
// (carriers/), message shapes (signals.ts).
import { CARRIER_PACKAGES, carriedBy, carriedModel, labelCallsForeign } from './carriers';
import { addLibraryPackages, foldersStripped, innermostUserFrame } from './parse/frames';
import { bareReasonStatus, reasonAsStatus } from './parse/layouts/statusLines';
import { isClassName, isModelId } from './modelId';
import { anyOf } from './anyOf';
import { anyProviderIds, anyProviderWords } from './providerWords';
import { escapeRegExp } from './escapeRegExp';
import { redact } from './secrets';
import { findModel, modelInCommand, modelInPackShapes, modelInLabel, modelInRequest, withoutOwnSlug } from './findModel';
import { PROVIDERS, RULES, type ProviderRule } from './providers';
import { isProviderSite, requestHosts } from './requestHost';
import {
  CLASS_STATUSES,
  CLIENT_SIDE,
  COMPATIBLE_SERVER_WORDS,
  GATEWAY_ENVELOPE,
  GATEWAY_OWN_ERROR,
  NOT_ACCESS,
  NOT_ACCESS_CLASS,
  wrappedRefusalStatus,
  CONNECTION_CLASS,
  statesMissingKey,
  PY_COMPILE_ERROR_CLASS,
  OTHER_VENDOR_CALL,
  OTHER_VENDOR_WORDS,
  OTHER_VENDORS,
  REFUSED_MODEL,
  RESELLERS,
  ROUTER_ENVELOPE,
  SIGNALS,
  STATUS_SHAPES,
} from './signals';
import type { CauseId, Frame, Incident, ParsedTrace, ProviderId } from './types';

// `litellm/main.py`, `langchain_openai/chat_models/base.py`: wrapper code, not the user's.
addLibraryPackages(CARRIER_PACKAGES);

/** The best provider needs at least this much evidence. */
const MIN_EVIDENCE = 3;
/** A wrapper naming the provider, or the request URL on the provider's own host, outweighs the SDK in use. */
const NAMED_WEIGHT = 8;

/** Statuses an access failure can have; others (429, 5xx, …) are never incidents. */
const ACCESS_STATUSES = new Set<number | null>([null, 400, 401, 403, 404, 422]);

/** What classifying a trace yields; `message` is still unredacted here (toIncident redacts). */
export type TraceClassification = Pick<Incident, 'provider' | 'cause' | 'status' | 'errorClass' | 'model' | 'message' | 'frames' | 'userFrame'>;

interface Score {
  /** All evidence. */
  total: number;
  /** Evidence from the provider's own words (text, a wrapper naming it, its host), not only its SDK. */
  own: number;
  /** …of which its words in the text alone (not a wrapper's or a host's naming it). */
  words: number;
}

// Most blocks (a test's assertion, a TypeError) hold no provider's words: trying every pack's patterns one by
// one to learn that was a third of the scanner's time on output with errors. anyProviderWords reads the whole
// text; anyProviderIds the text without refused ids, which the routed ids only shorten further.

/** Some pack's class, frame or function patterns (a TypeError in the app's own files has none of them). */
const evidenceIn = (where: 'class' | 'frames' | 'functions'): ((text: string) => boolean) =>
  anyOf(RULES.flatMap((r) => r.evidence.filter((e) => e.in === where).map((e) => e.re)));
const anyClass = evidenceIn('class');
const anyFrame = evidenceIn('frames');
const anyFunction = evidenceIn('functions');

/** Which kinds of evidence may match at all: no pack's patterns of a kind none of is there are tried. */
interface TextHits {
  words: boolean;
  ids: boolean;
  cls: boolean;
  frames: boolean;
  functions: boolean;
}

function score(rule: ProviderRule, cls: string, frames: readonly Frame[], text: Texts, named: ReadonlySet<ProviderId>, hits: TextHits): Score {
  const s: Score = { total: 0, own: 0, words: 0 };
  for (const e of rule.evidence) {
    if (e.in === 'class') {
      if (hits.cls && e.re.test(cls)) s.total += e.weight;
    } else if (e.in === 'frames') {
      if (hits.frames && frames.some((f) => e.re.test(f.file))) s.total += e.weight;
    } else if (e.in === 'functions') {
      if (hits.functions && frames.some((f) => f.function !== null && e.re.test(f.function))) s.total += e.weight;
    } else if ((e.modelIds ? hits.ids : hits.words) && e.re.test(e.modelIds ? idsText(rule, text) : text.all)) {
      s.total += e.weight;
      // A model id is no word of the provider's own: relays and resellers name the same ids.
      if (!e.modelIds && !e.named) {
        s.own += e.weight;
        s.words += e.weight;
      }
    }
  }
  if (isNamed(rule, named)) {
    // A name it only shares (`openai` for Azure OpenAI) yields to the provider it names outright.
    const weight = named.has(rule.provider) ? NAMED_WEIGHT : NAMED_WEIGHT - 1;
    s.total += weight;
    s.own += weight;
  }
  return s;
}

/** Per provider: its model ids as routers write them (`google/gemini-2.5-flash`), to leave out. */
const ROUTED_IDS = new Map<ProviderId, RegExp>(
  RULES.flatMap((r) =>
    r.routerSlugs?.length ? [[r.provider, new RegExp(`\\b(?:${r.routerSlugs.map(escapeRegExp).join('|')})/[\\w.:@-]+`, 'g')] as const] : [],
  ),
);

/** The text model-id evidence reads: without refused ids, nor ids a router's slug names. */
function idsText(rule: ProviderRule, text: Texts): string {
  const routed = ROUTED_IDS.get(rule.provider);
  return routed ? text.withoutRefused.replace(routed, '') : text.withoutRefused;
}

/** Whether a wrapper or the request URL named this provider (or a name it shares). */
function isNamed(rule: ProviderRule, named: ReadonlySet<ProviderId>): boolean {
  return named.has(rule.provider) || (rule.namedAlsoAs ?? []).some((p) => named.has(p));
}

/** The block's text, and the same without the model ids a refusal names (for evidence that reads ids). */
interface Texts {
  all: string;
  withoutRefused: string;
}

interface Picked {
  rule: ProviderRule;
  own: number;
  words: number;
}

function pickProvider(
  cls: string,
  frames: readonly Frame[],
  text: string,
  named: ReadonlySet<ProviderId>,
  enabled: ReadonlySet<ProviderId> | null,
  runProvider: ProviderId | null = null,
): Picked | null {
  let best: Picked | null = null;
  let bestScore = MIN_EVIDENCE - 1;
  const texts: Texts = {
    all: text,
    withoutRefused: text.indexOf(' does not exist') < 0 ? text : text.replace(REFUSED_MODEL, (m, id: string) => m.replace(id, '')),
  };
  const hits: TextHits = {
    words: anyProviderWords(texts.all),
    ids: anyProviderIds(texts.withoutRefused),
    cls: anyClass(cls),
    frames: frames.some((f) => anyFrame(f.file)),
    functions: frames.some((f) => f.function !== null && anyFunction(f.function)),
  };
  for (const rule of RULES) {
    if (enabled && !enabled.has(rule.provider)) continue;
    const s = score(rule, cls, frames, texts, named, hits);
    // The provider the run's header names is evidence enough, but none of the answer's own words.
    if (rule.provider === runProvider) s.total += MIN_EVIDENCE;
    if (s.total > bestScore) {
      best = { rule, own: s.own, words: s.words };
      bestScore = s.total;
    }
  }
  return best;
}

function pickCause(rule: ProviderRule, status: number | null, texts: readonly string[]): CauseId | null {
  for (const text of texts) {
    for (const sig of SIGNALS[rule.provider]) {
      if (sig.statuses && !sig.statuses.includes(status)) continue;
      if (sig.re.test(text)) return sig.cause;
    }
  }
  return status !== null ? (rule.fallback[status] ?? null) : null;
}

/** The user's innermost frame in the tracebacks of exceptions raised later in a chain, nearest first. */
function laterUserFrame(later: readonly { frames: readonly Frame[] }[]): Frame | null {
  for (const exc of later) {
    const frame = innermostUserFrame(exc.frames);
    if (frame) return frame;
  }
  return null;
}

/** httpx's log line of the refused request right above the error states its status (`"HTTP/1.1 401 Unauthorized"`). */
const REFUSED_REQUEST_STATUS = /\bHTTP Request: [A-Z]{3,7} \S+ "HTTP\/[\d.]+ (4\d\d)\b/;
/** …or a Rust error chain's cause line for it (`    1: 401 GET https://api.anthropic.com/v1/models`). */
const REFUSED_CAUSE_STATUS = /^\s*(?:\d{1,2}: )?(4\d\d) (?:GET|POST|PUT|PATCH|DELETE) https?:\/\//;

function refusedRequestStatus(request: string): number | null {
  const m = REFUSED_REQUEST_STATUS.exec(request) ?? REFUSED_CAUSE_STATUS.exec(request);
  return m ? Number(m[1]) : null;
}

/** `read`, evaluated on the first call only. */
function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: read() }).v;
}

/**
 * Typographic quotes a post or a word processor put in (`{“error”:{“type”:“forbidden”, …`), and an
 * apostrophe escaped by the printer of a quoted string (Godot's Dictionary print and Python's repr:
 * `"You didn\'t provide an API key"`).
 */
const UNSTRAIGHT_QUOTES = /[\u2018\u2019\u201c\u201d]|\\'/;

function straightQuotes(text: string): string {
  return UNSTRAIGHT_QUOTES.test(text) ? text.replace(/[\u2018\u2019]|\\'/g, "'").replace(/[\u201c\u201d]/g, '"') : text;
}

/** The trace as the packs' words read it: a body quoted with typographic or escaped quotes is still the provider's JSON. */
function withStraightQuotes(trace: ParsedTrace): ParsedTrace {
  if (!UNSTRAIGHT_QUOTES.test(trace.message) && !UNSTRAIGHT_QUOTES.test(trace.body)) return trace;
  return {
    ...trace,
    message: straightQuotes(trace.message),
    body: straightQuotes(trace.body),
    chain: trace.chain?.map((c) => ({ ...c, message: straightQuotes(c.message) })),
  };
}

/**
 * Provider knowledge applied to a parsed trace; unredacted result (the message as printed).
 * `runProvider`: the provider the run's header above names (`provider: openai`), for a failure whose own
 * words name none; the engine passes it only when a first reading found no provider.
 */
export function classifyTrace(
  printed: ParsedTrace,
  enabled: ReadonlySet<ProviderId> | null = null,
  runProvider: ProviderId | null = null,
): TraceClassification | null {
  const trace = withStraightQuotes(printed);
  const chain = trace.chain?.length ? trace.chain : [{ errorClass: trace.errorClass, message: trace.message, status: trace.status, frames: trace.frames }];
  const printedMessages = printed.chain?.length ? printed.chain.map((c) => c.message) : [printed.message];
  const allFrames = chain.flatMap((c) => c.frames);
  const files = allFrames.map((f) => f.file);
  const whole = `${trace.errorClass}: ${trace.message}\n${trace.body}`;
  const carried = carriedBy(whole, files);
  // The wrapper's own server refused the call (the LiteLLM proxy's virtual-key or role check): whatever
  // provider its config dump or request names, none answered.
  if (carried.some((c) => c.refused)) return null;
  const hosts = requestHosts(whole);
  // Read only once some pack's evidence picked a provider: most blocks (a test's assertion, a TypeError) have none.
  const otherVendorSaid = once(() => OTHER_VENDOR_WORDS.test(whole));
  // The words a line printed before its report may name the vendor called (a test id's `[moonshot]`,
  // a log's `[ollama]`, RAGFlow's model factory).
  const elsewhere = once(
    () =>
      hosts.foreign ||
      OTHER_VENDORS.test(whole) ||
      GATEWAY_ENVELOPE.test(whole) ||
      GATEWAY_OWN_ERROR.test(whole) ||
      (trace.label !== undefined && OTHER_VENDORS.test(trace.label)) ||
      otherVendorSaid() ||
      carried.some((c) => c.foreign) ||
      labelCallsForeign(trace.label),
  );
  const resold = once(() => RESELLERS.test(whole) || COMPATIBLE_SERVER_WORDS.test(whole));
  // The refused request logged right above the error (httpx's `HTTP Request: POST https://api.acme.example/v1/…
  // "HTTP/1.1 401 …"`) went to a public host that is no provider's: an OpenAI-compatible SDK pointed at another vendor.
  const requestedElsewhere = once(() => {
    if (trace.request === undefined) return false;
    const r = requestHosts(trace.request);
    return r.foreign && r.providers.size === 0;
  });
  const named = new Set<ProviderId>(hosts.providers);
  for (const c of carried) if (c.provider) named.add(c.provider);
  // The request logged right above the error (httpx's refused `HTTP Request: GET https://api.acme.example/…`) names whose API answered.
  if (trace.request !== undefined) for (const p of requestHosts(trace.request).providers) named.add(p);
  // The last exception is what was raised; an earlier one in the chain may be the provider's.
  // Later ones printed as a bare class (`GatedRepoError` raised from an `HTTPError`) still name
  // the cause: the last exception decides it.
  const raisedLater: string[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const exc = chain[i];
    const last = i === chain.length - 1;
    const head = `${exc.errorClass}: ${exc.message}`;
    const frames = exc.frames.length ? exc.frames : last ? trace.frames : [];
    // A report without frames is its whole block: a quota or rate-limit word anywhere in it counts.
    const keyNeverSent = CONNECTION_CLASS.test(exc.errorClass) && statesMissingKey(exc.message);
    // A server error around a provider's refusal (a proxy's 500, LiteLLM's fallback class): the refusal decides.
    const serverError = NOT_ACCESS_CLASS.test(exc.errorClass) || (exc.status ?? (last ? trace.status : null) ?? 0) >= 500;
    const refusalInside = serverError ? wrappedRefusalStatus(exc.message) : null;
    if ((NOT_ACCESS_CLASS.test(exc.errorClass) && !keyNeverSent && refusalInside === null) || NOT_ACCESS.test(last && !frames.length ? whole : head))
      return null;
    if (trace.language === 'python' && PY_COMPILE_ERROR_CLASS.test(exc.errorClass)) return null;
    // A bare class name with no message and no frames is a heading (a docs page, a log title).
    if (!exc.message.trim() && !frames.length) {
      raisedLater.push(exc.errorClass);
      continue;
    }
    // Text evidence from the whole block counts for the exception that was raised (source lines,
    // object dumps, a wrapper's words); an earlier one speaks for itself.
    const text = last ? whole : head;
    const picked = pickProvider(exc.errorClass, frames.length ? frames : allFrames, text, last ? named : new Set(), enabled, last ? runProvider : null);
    if (!picked) continue;
    const rule = picked.rule;
    // A request to a public host that is no provider's, or output naming another vendor (a
    // relay, OpenRouter, DeepSeek), is not this provider's answer unless its own words show.
    if (picked.own < MIN_EVIDENCE && elsewhere()) continue;
    // Words only another vendor answers with outweigh a wrapper's or a report's name for the client
    // it used (Continue's `Provider: openai`, LiteLLM's `OpenAIException` for any OpenAI-compatible
    // server); only a request URL on the provider's own host keeps it.
    if (!hosts.providers.has(rule.provider) && otherVendorSaid()) continue;
    // …and so do they to the host the refused request went to, when that is another vendor's, unless the answer
    // is in the provider's own words (a proxy forwarding its refusal: `Incorrect API key provided: …`).
    if (!hosts.providers.has(rule.provider) && picked.words < MIN_EVIDENCE && requestedElsewhere()) continue;
    // Its own words copied by another vendor: the message sends the reader to that vendor for a key.
    if (hosts.keySites.length && !hosts.keySites.some((site) => isProviderSite(rule.provider, site))) continue;
    if (!isNamed(rule, named) && resold()) continue;
    if (!isNamed(rule, named) && ROUTER_ENVELOPE.test(whole) && !anyProviderIds(whole)) continue;
    // The app says whose API it called, and it is none of the packs.
    if (OTHER_VENDOR_CALL.test(whole) && !isNamed(rule, named)) continue;
    // Another service in the same words: the vendor's own (Azure's Computer Vision), or a copier's envelope;
    // also named by the request the output logged for this error (Azure.Core's `Request [id] POST https://…/documentintelligence/…`).
    const lookAlike = rule.lookAlikes?.test(text) || (last && trace.request !== undefined && rule.lookAlikes?.test(trace.request));
    if (lookAlike && !isNamed(rule, named)) continue;
    const status =
      refusalInside ??
      exc.status ??
      (last ? trace.status : null) ??
      (last && trace.request !== undefined ? refusedRequestStatus(trace.request) : null) ??
      statusInText(exc.message) ??
      (last ? (carried.find((c) => c.status !== null)?.status ?? null) : null) ??
      (CLIENT_SIDE.test(exc.message)
        ? null
        : (statusFromClass(rule.provider, exc.errorClass) ?? statusFromClass(rule.provider, innerClass(exc.errorClass, exc.message))));
    if (!ACCESS_STATUSES.has(status)) continue;
    // The class names the cause when the words do not (`RepositoryNotFoundError: 404 Client Error. (Request ID: …)`): read last.
    const cause = pickCause(rule, status, [...raisedLater, ...(last && chain.length === 1 ? [exc.message, trace.body] : [exc.message]), exc.errorClass]);
    if (!cause) continue;
    // An earlier exception's traceback is often the library's alone (`raise_for_status`); the
    // user's call is in the traceback of what was raised from it.
    const userFrame = foldersStripped(allFrames)
      ? null
      : (innermostUserFrame(frames) ??
        laterUserFrame(chain.slice(i + 1)) ??
        (last && !frames.length && trace.quotedStack ? innermostUserFrame(trace.quotedStack) : null));
    return {
      provider: rule.provider,
      cause,
      status,
      errorClass: exc.errorClass,
      model: withoutOwnSlug(
        rule.provider,
        findModel(rule.provider, last && !frames.length ? `${exc.message}\n${trace.body}` : exc.message, frames, userFrame) ??
          (last
            ? (modelInPackShapes(rule.provider, trace.body) ??
              modelInRequest(rule.provider, trace.request) ??
              // …or the request line a client logged for this error (Azure.Core's `Request [id] POST https://…/openai/deployments/gpt-4o/…`).
              (trace.request !== undefined ? modelInPackShapes(rule.provider, trace.request) : null) ??
              carried.find((c) => c.model !== null)?.model ??
              modelInLabel(rule.provider, trace.label ?? (frames.length ? undefined : exc.message.split('\n', 1)[0])) ??
              carriedModel(trace.label) ??
              modelInCommand(rule.provider, trace.command))
            : null),
        last ? `${exc.message}\n${trace.body}` : exc.message,
      ),
      message: printedMessages[i] ?? exc.message,
      frames,
      userFrame,
    };
  }
  return null;
}

/**
 * The incident as it leaves the core: every text field masked (`known` are exact secret values
 * to mask as well), the error class only in a class name's shape and the model only in a model
 * id's shape (an interleaved log line or a quoted token is neither).
 */
export function toIncident(c: TraceClassification, trace: ParsedTrace, streamId: string, id: string, known: readonly string[] = []): Incident {
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
    id,
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

/** A status the message states in a shape the parser does not read (`[400 Bad Request]`, `(HTTP/2 401)`). */
function statusInText(text: string): number | null {
  for (const re of STATUS_SHAPES) {
    const m = re.exec(text);
    if (m && Number(m[1]) >= 400 && Number(m[1]) < 600) return Number(m[1]);
  }
  return bareReasonStatus(text) ?? reasonAsStatus(text);
}

/**
 * The SDK class a tool's own words quote in the message (`Error: openai.error.AuthenticationError: …`, a report's
 * `3. Error: \`openai.error.AuthenticationError: …\``): a dotted module path before its colon, so a plain word is none
 * inside the message. A bare class name opens it only where the message itself starts with it (`type(e).__name__`
 * printed: `Error: PermissionDeniedError: …`, a post's `**"PermissionDeniedError: …"**`).
 */
function innerClass(errorClass: string, message: string): string {
  // Under a class of its own (a JVM wrapper's `AIProcessingException: com.google…PermissionDeniedException: …`) the
  // inner class is a cause the wrapper chose to keep, not the tool's label: it states no status of its own here.
  if (!/^(?:[Ee]rror|[Ee]xception)?$/.test(errorClass)) return '';
  return (
    /(?:^|[\s`'"(])((?:[A-Za-z_]\w*\.)+[A-Z]\w*(?:Error|Exception)): /.exec(message)?.[1] ??
    /^[\s`'"*(]{0,4}([A-Z]\w*(?:Error|Exception)): /.exec(message)?.[1] ??
    ''
  );
}

/**
 * The status an error class stands for: the names SDKs and wrappers share (`litellm.NotFoundError`
 * → 404), else the pack's own classes (`openai.PermissionDeniedError` → 403).
 */
function statusFromClass(provider: ProviderId, errorClass: string): number | null {
  for (const c of CLASS_STATUSES) if (c.re.test(errorClass)) return c.status;
  const facts = PROVIDERS[provider];
  const short = errorClass.slice(errorClass.lastIndexOf('.') + 1);
  const tables: Array<Partial<Record<number, string>> | undefined> = [facts.python?.statusErrorClasses, facts.node?.statusErrorGuards];
  let found: number | null = null;
  let shared = false;
  for (const table of tables) {
    if (!table) continue;
    for (const [status, cls] of Object.entries(table)) {
      const name = (cls ?? '').replace(/^\{err\} instanceof /, '');
      const n = name.slice(name.lastIndexOf('.') + 1);
      if (n === short) {
        // A class shared by several statuses (google ClientError) says nothing.
        if (found !== null && found !== Number(status)) shared = true;
        found = Number(status);
      }
    }
  }
  return shared ? null : found;
}
