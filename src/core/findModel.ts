// Where the model id of a failing call shows: the provider's message first (shared shapes, then
// its pack's own), then the source lines the trace printed. Data, tried in order; group 1 is the id.
import { escapeRegExp } from './escapeRegExp';
import { fromPacks, isProviderHost } from './providers';
import { providerNamed } from './carriers';
import { CLI_MODEL_LINE, RUN_HEADERS, RUN_TRAILERS, SHELL_COMMAND_MODEL, type RunHeaderShape } from './parse/layouts/surroundings';
import { OTHER_VENDOR_CLIENT } from './signals';
import type { Frame, ProviderId } from './types';

const SHARED_MESSAGE_PATTERNS: RegExp[] = [
  // An app's model-fallback loop labelling the call it tried before the provider's words (`Model models/acme-1.5-pro
  // failed: 404 models/acme-1.5-pro-002 is not found …`, `Acme model acme-2.0-flash failed: …`): the label names the id the
  // call asked for, where the answer may name the version the service resolved it to. An id holds a digit, `-` or `/`, so
  // a word (`Model loading failed:`) is none.
  /(?:^|[\s\]>:])(?:[A-Z][a-z]+ )?[Mm]odel [`'"]?(?:models\/)?(?=[\w.:/@-]*[\d/-])([A-Za-z0-9][\w.:/@-]*[\w])[`'"]? failed: /,
  /access to model:?\s*[`'"]?([A-Za-z0-9][\w.:/-]*[\w])/i,
  // …its id also on the next line where a wrap broke the sentence (Rich: `'The model` / `` `o1-preview` does not exist``).
  /The model:?(?:[ \t]|[ \t]*\n)[`'"]([^`'"]+)[`'"]/i,
  // The backticks lost (Markdown rendered them away, a log stripped them): `The model gpt-4 does not exist`.
  /The model:?\s+([A-Za-z0-9][\w.:/@-]*[\w])\s+(?:does not exist|has been deprecated|has been decommissioned)/i,
  /\bTried to access ([A-Za-z0-9][\w.:/-]*[\w])/,
  // Gemini's `models/gemini-pro is not found …`, also with the slash escaped by a JSON encoder (PHP's `models\/…`),
  // and an id an app sent with its router's owner prefix, which the API echoes (`models/acme/gemini-x is not found …`).
  /\bmodels\\?\/([\w.-]+(?:\\?\/[\w.-]+)?) is not found/,
  /Invalid model:\s*([\w.:/-]+)/i,
  /\bmodel '([^']+)' not found/i,
  // The ChatGPT-plan backend (Codex): `Model not found gpt-5.4, url: …`.
  /\bModel not found:? ([A-Za-z0-9][\w.:/-]*[\w])/,
  // langchain-google-genai: `Error calling model 'gemini-3-flash-preview' (INVALID_ARGUMENT): 400 …`.
  /\bcalling model '([^']+)'/,
  // An app's own label before the wrapped error (`Error with model replicate/meta-llama-3-8b-instruct: ReplicateException - …`);
  // the id holds a digit, `-` or `/`, so a word (`Error with model loading:`) is none.
  /\b[Ee]rror (?:with|for) model [`'"]?(?=[\w.:/@-]*[\d/-])([A-Za-z0-9][\w.:/@-]*[\w])[`'"]?:\s/,
  // An agent framework's model router naming the id it found no key for (`Could not find API key process.env.ACME_API_KEY
  // for model id acme/x-1`): the router's id, its own prefix left out later.
  /\bfor model id [`'"]?(?=[\w.:/@-]*[\d/-])([A-Za-z0-9][\w.:/@-]*[\w])/,
  // …or a tool's own refusal of the key naming the model it was for (`InvalidAPIKeyError: Invalid API key for acme/acme-2.5-flash`):
  // the id holds a digit, so a provider's name (`Invalid API key for Acme`) is none.
  /\bInvalid API key for [`'"]?(?=[\w.:/@-]*\d)([A-Za-z0-9][\w.:/@-]*[\w])/,
  // …or a gateway's log with the status before it: `request failed with status code: 403 for model llama-3.3-70b-versatile at channel Groq`.
  /\bstatus code:? [45]\d\d for model [`'"]?(?=[\w.:/@-]*[\d/-])([A-Za-z0-9][\w.:/@-]*[\w])/,
  /Access to model ([\w.-]+\/[\w.-]+)/,
  // A Rust struct's Debug print names it inside its Option (BAML's `LLMErrorResponse { client: "…", model: Some("gpt-4o"), … }`).
  /(?:^|[\s'"{,])model: Some\("([A-Za-z0-9][\w.:/@-]*[\w])"\)/,
  // Spaces after the colon are a wrap undone (`"message":"model: \n     sonnet"`); Rust's `Some(…)`/`None` is no id.
  // Anthropic's not_found_error message is the whole value its pack reads (`"model: Claude Sonnet 4.5"` is no id, not `Claude`).
  // An acronym going on into a sentence is no id (`failed to create model: API request failed`).
  // …also in a log line's parentheses: `request failed with status code: 403 (model: llama-3.3-70b-versatile, client: …)`.
  /(?:^|[\s'"{(])model: +(?<!not_found_error['"], ?['"]?message['"]?: ?['"]model: +)(?!Some\(|None\b|[A-Z]+ [a-z])([A-Za-z0-9][\w.:/-]*[\w])/,
  // A logfmt record's key: `… model=claude-haiku-4-5 provider=anthropic error="HTTP 401 …"`.
  // …also in a tool's parentheses: `LLM embedding request failed (model=openai/text-embedding-3-small): …`.
  /(?:^|[\s(])model(?:_?(?:id|name))?=["']?([A-Za-z0-9][\w.:/@-]*[\w])(?=["']?(?:[\s),]|$))/i,
  // The request a tool prints after the error (BAML's `Request options: {"model":"claude-opus-4-1-20250805",…}`).
  /\bRequest options: \{"model": ?"([A-Za-z0-9][\w.:/@-]*[\w])"/,
  // A structured log record's own key for the call's model, as the dict a Python logger printed or pretty JSON
  // (`{'event': 'embedded_run_agent_end', …, 'model': 'gemini-2.5-flash', 'provider': 'google'}`): tried last. Not in a
  // compact request dump (`"litellm_params":{…,"model":"azure/gpt-4o"}`), whose id is a router's route.
  /(?:^|\s)["']model["']: ["']([A-Za-z0-9][\w.:/@-]*[\w])["'](?=\s*[,}\n]|\s*$)/,
];

/**
 * Per provider: the pack's own shapes first (its request URLs, which hold the id as the call sent
 * it, where a message may restate it in another case: Hugging Face's `MahmoodLab/UNI` for a request
 * to `MahmoodLab/uni`), then the shared ones.
 */
const MESSAGE_MODEL_PATTERNS: Record<ProviderId, readonly RegExp[]> = fromPacks((p) => [...(p.recognition.modelPatterns ?? []), ...SHARED_MESSAGE_PATTERNS]);
const PACK_MODEL_PATTERNS: Record<ProviderId, readonly RegExp[]> = fromPacks((p) => p.recognition.modelPatterns ?? []);

const SOURCE_MODEL_PATTERNS: readonly RegExp[] = [
  /\bmodel\s*[=:]\s*["']([^"']+)["']/,
  /\b(?:repo_id|model_id|repo)\s*=\s*["']([^"']+)["']/,
  /\bfrom_pretrained\(\s*["']([^"']+)["']/,
  /\b(?:run|get|async_get|async_run|stream|model_info|deployments\.get)\(\s*["']([\w.-]+\/[\w.-]+)(?::[\w.-]+)?["']/,
];

/** What a model id looks like (`gpt-4o`, `claude-3-5-sonnet-20241022`, `meta-llama/Llama-3-8B`, `owner/name:version`): no spaces, no template syntax. */
const MODEL_ID = /^[A-Za-z0-9][\w.:/@-]{0,127}$/;

/** A language's empty value printed where a model would be (`model=None` in a Python repr, `model: null`). */
const NO_VALUE = /^(?:None|null|nil|undefined|NULL|NaN)$/;

function cleanModel(id: string): string | null {
  const m = id.replace(/[.,;:]+$/, '');
  return MODEL_ID.test(m) && /[A-Za-z]/.test(m) && !NO_VALUE.test(m) ? m : null;
}

/**
 * The model a pack's own shapes (its request URLs) find anywhere in `text`: an SDK's error dump
 * holds the URL the failing call went to (`url: 'https://…/openai/deployments/gpt-4o-mini/…'`).
 */
export function modelInPackShapes(provider: ProviderId, text: string): string | null {
  for (const re of PACK_MODEL_PATTERNS[provider]) {
    const m = re.exec(text);
    const id = m && cleanModel(m[1]);
    if (id) return id;
  }
  return null;
}

/** Per provider: whether its model ids are `owner/name[:version]` refs. */
const OWNER_NAME_REFS: Record<ProviderId, boolean> = fromPacks((p) => p.syntax.ownerNameRefs === true);
const PINNED_VERSION = /(?<=^[\w.-]+\/[\w.-]+):[0-9a-f][0-9a-f.]{5,}$/;

/**
 * A provider whose ids are `owner/name` refs: a version pinned after the name (`acme/x-1:5c7d5dc6…`, elided or not)
 * is which build of the model, not another model.
 */
function withoutPinnedVersion(provider: ProviderId, id: string | null): string | null {
  return id !== null && OWNER_NAME_REFS[provider] ? id.replace(PINNED_VERSION, '') : id;
}

/** Per provider: its own router prefix (`openai/` in `openai/gpt-4o`, as LiteLLM and routers write ids). */
const OWN_SLUG: Record<ProviderId, RegExp | null> = fromPacks((p) =>
  p.recognition.routerSlugs?.length ? new RegExp(`^(?:${p.recognition.routerSlugs.join('|')})/(?=[^/]+$)`) : null,
);

/**
 * The id as the provider knows it: `openai/text-embedding-3-small` is OpenAI's `text-embedding-3-small`. Not when the
 * provider's own answer names the id with the prefix in its resource path (`models/acme/x-1 is not found …`, also
 * JSON-escaped `models\/acme\/x-1`), or as the model a not-found answer did not find (`404 Not Found (not_found_error)
 * …: model: acme/x-1`): the call sent it so, a router's id sent straight to the provider, and the prefix is why it failed.
 */
export function withoutOwnSlug(provider: ProviderId, id: string | null, answer = ''): string | null {
  id = withoutPinnedVersion(provider, id);
  const slug = OWN_SLUG[provider];
  if (id === null || !slug || !slug.test(id)) return id;
  const escaped = escapeRegExp(id);
  const echoed = new RegExp(
    `\\bmodels\\\\?\\/${escaped.replace(/\\\//g, '\\\\?\\/')}(?![\\w.-])|\\bnot_found\\w{0,12}\\b[^\\n]{0,200}?\\bmodel: ${escaped}(?![\\w.-])`,
  );
  return echoed.test(answer) ? id : id.replace(slug, '');
}

/**
 * A fallback chain's summary, each model tried with its own error (OpenClaw's `All models failed (2): acme-web/x-1: Unknown
 * model: acme-web/x-1 (model_not_found) | acme/y-2: No API key found for provider "acme". … (auth).`): the failing call of
 * this provider is the entry whose id carries the provider's own router prefix, not the first id the summary names;
 * when none does, the summary names no id of the provider's.
 */
const CANDIDATES = /\bAll models failed \(\d+\): /;
const CANDIDATE_ID = /^([A-Za-z0-9][\w.:@-]*\/[\w.:@-]*[\w]): /;

function candidateModel(provider: ProviderId, message: string): string | null | undefined {
  const slug = OWN_SLUG[provider];
  const m = slug && CANDIDATES.exec(message);
  if (!slug || !m) return undefined;
  for (const entry of message.slice(m.index + m[0].length).split(' | ')) {
    const id = CANDIDATE_ID.exec(entry)?.[1];
    if (id && slug.test(id)) return cleanModel(id);
  }
  // Each entry names its route (a fork's `acme-web/…`, a router's): none is an id the provider knows.
  return null;
}

/** The model id a failing call used: from the message, else the user's frame's source, else other frames'. */
export function findModel(provider: ProviderId, message: string, frames: readonly Frame[], userFrame: Frame | null): string | null {
  const candidate = candidateModel(provider, message);
  if (candidate !== undefined) return candidate;
  for (const re of MESSAGE_MODEL_PATTERNS[provider]) {
    const m = re.exec(message);
    const id = m && cleanModel(m[1]);
    if (id) return id;
  }
  const sources: string[] = [];
  if (userFrame?.source) sources.push(userFrame.source);
  for (let i = frames.length - 1; i >= 0; i--) {
    const s = frames[i].source;
    if (s && frames[i] !== userFrame) sources.push(s);
  }
  for (const src of sources) {
    for (const re of SOURCE_MODEL_PATTERNS) {
      const m = re.exec(src);
      const id = m && cleanModel(m[1]);
      if (id) return id;
    }
  }
  return null;
}

/** Per provider: the pack's own model-id shapes (`claude-…`, `gemini-2…`, `gpt-4o`), for labels and commands. */
const OWN_MODEL_IDS: Record<ProviderId, readonly RegExp[]> = fromPacks((p) =>
  p.recognition.evidence.filter((e) => e.modelIds).map((e) => new RegExp(`^(?:${e.re.source})`, e.re.flags.replace('g', ''))),
);
/** A word of a label that may be a model id: `claude-opus-5`, `gpt-5.5`, `[gemini-2.5-pro]`. */
const LABEL_WORD = /[A-Za-z0-9][\w.:/-]*[\w]/g;
/** Words that put a suggested replacement after them (`Consider switching to …, for example gemini-1.5-flash`). */
const SUGGESTION_BEFORE = /\b(?:for example|for instance|e\.g\.|such as|switch(?:ing)? to|migrate to|use|try)[\s:,]*[`'"[]?$/i;

/**
 * The model a line's label names, in the provider's own id shape (an app listing its calls: `  -
 * gpt-5.5: grounded=None, error=Error code: 401 …`): one id of that provider's, else none.
 */
export function modelInLabel(provider: ProviderId, label: string | undefined): string | null {
  if (!label) return null;
  // A report that is the whole line: its words before the body are the label.
  const body = label.indexOf('{');
  if (body >= 0) label = label.slice(0, body);
  let found: string | null = null;
  for (const m of label.matchAll(LABEL_WORD)) {
    const word = m[0];
    // A `key=value` value is that key's (`fallback_model=…`); `model=` itself is a message shape above.
    const before = m.index > 0 && /["']/.test(label[m.index - 1]) ? m.index - 1 : m.index;
    if (before > 0 && label[before - 1] === '=') continue;
    // A word the message masks after it is a secret's visible part (`Incorrect API key provided: gpt-4-11******view`).
    if (label[m.index + word.length] === '*') continue;
    // A replacement the message suggests is not the model the call used.
    if (SUGGESTION_BEFORE.test(label.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (!OWN_MODEL_IDS[provider].some((re) => re.test(word))) continue;
    const id = cleanModel(word);
    if (id === null || (found !== null && found !== id)) return null;
    found = id;
  }
  return found;
}

/** The echo's URL host, and its body's own `model` key (two spaces in: not a nested object's). */
const ECHO_HOST = /^https?:\/\/([A-Za-z0-9.-]{1,253})(?![A-Za-z0-9.-])/;
const ECHO_MODEL = /^ {2}["']?model["']?: ?["']([^"'\n]+)["'],?\s*$/m;

/**
 * The model of a request echoed right above the error (`ParsedTrace.request`), only when the echo
 * went to the provider's own API host: otherwise it may be another call's request.
 */
export function modelInRequest(provider: ProviderId, request: string | undefined): string | null {
  if (!request) return null;
  const host = ECHO_HOST.exec(request);
  if (!host || !isProviderHost(provider, host[1])) return null;
  const m = ECHO_MODEL.exec(request);
  return m ? cleanModel(m[1]) : null;
}

/**
 * The model a shell command right above the error asked for with its model flag (`$ sgpt --model
 * gpt-4 …`), when it is in one of the provider's own id shapes: a tool's alias (`-m mixtral`) or
 * another vendor's id is not read as this provider's model. The provider's own router prefix
 * (`-m acme/x-1`, as a plugin-based CLI names its models) is the provider's id without it.
 */
export function modelInCommand(provider: ProviderId, command: string | undefined): string | null {
  const m = command ? (SHELL_COMMAND_MODEL.exec(command) ?? CLI_MODEL_LINE.exec(command)) : null;
  const id = withoutOwnSlug(provider, m && cleanModel(m[1]));
  return id && OWN_MODEL_IDS[provider].some((re) => re.test(id)) ? id : null;
}

/**
 * The model the nearest of a run's header lines (`StreamScanner.runHeadersAbove`, nearest first) names for
 * this provider: the provider the line names itself (LiteLLM's `provider = openai`, an `openai/` prefix),
 * else one of the provider's own id shapes. A header of another provider's call is passed over.
 */
export function modelInRunHeaders(provider: ProviderId, headers: readonly string[], shapes: readonly RunHeaderShape[] = RUN_HEADERS): string | null {
  // A settings block naming the provider on a line of its own (`provider: acme` under `model: x-1`) vouches for the ids
  // its other lines name, whatever their shape (a deployment's name).
  let said: boolean | undefined;
  const vouched = (): boolean => (said ??= shapes === RUN_HEADERS && providerInRunHeaders(headers) === provider);
  for (const header of headers) {
    const id = modelInRunHeader(provider, header, shapes, vouched);
    if (id !== null) return withoutPinnedVersion(provider, id);
  }
  return null;
}

/** The model the first of the lines below a failure (`StreamScanner.trailersBelow`) names for this provider. */
export function modelInTrailers(provider: ProviderId, trailers: readonly string[]): string | null {
  return modelInRunHeaders(provider, trailers, RUN_TRAILERS);
}

/**
 * Whether a trailer below a failure names another vendor's client as the failed call's (`Last error using Qwen(qwen-plus)`),
 * and the failure's own words name no provider of the packs (a block that says `Error calling Acme API` is Acme's, whatever
 * client the retry line names).
 */
export function otherVendorInTrailers(trailers: readonly string[], failure: string): boolean {
  const other = trailers.some((t) =>
    RUN_TRAILERS.some(({ re }) => {
      const hint = re.exec(t)?.groups?.hint;
      return hint !== undefined && OTHER_VENDOR_CLIENT.test(hint);
    }),
  );
  return other && !(failure.match(/[A-Za-z][\w-]*/g) ?? []).some((word) => providerNamed(word) !== null);
}

function modelInRunHeader(provider: ProviderId, header: string, shapes: readonly RunHeaderShape[], vouched: () => boolean): string | null {
  for (const { re } of shapes) {
    const m = re.exec(header);
    if (!m?.groups) continue;
    if (m.groups.model === undefined) continue;
    const id = cleanModel(m.groups.model);
    const named = m.groups.provider;
    if (id === null) return null;
    if (named !== undefined) return providerNamed(named) === provider ? id : null;
    // A word that may name the provider (a client's class: `Groq(…)`, `OpenAIChat(…)`): when it does not, the id's own shape decides.
    const hint = m.groups.hint;
    if (hint !== undefined && providerNamed(hint) === provider) return id;
    return OWN_MODEL_IDS[provider].some((own) => own.test(id)) || (hint === undefined && vouched()) ? id : null;
  }
  return null;
}

/** The provider the nearest of a run's header lines names outright (`provider: openai`, LiteLLM's `provider = anthropic`), else null. */
export function providerInRunHeaders(headers: readonly string[]): ProviderId | null {
  for (const header of headers) {
    for (const { re } of RUN_HEADERS) {
      const named = re.exec(header)?.groups?.provider;
      if (named !== undefined) return providerNamed(named.trim());
    }
  }
  return null;
}
