// Message shapes that name a cause, for any provider, in the order tried (the most specific
// first; the first match wins). A pack adds the shapes only its provider uses (`signals`), tried
// right after the shared signals of their `after` cause.
import { fromPacks, type CauseSignal, type ProviderRule } from './providers';
import type { ProviderId } from './types';

const SHARED_SIGNALS: CauseSignal[] = [
  // Cloudflare's block page (`Please enable cookies.` heads it, also when an app quotes only its words),
  // or its plain-text body for a refused caller (`error code: 1020`, `error code: 1000`).
  // Also a front end's page for traffic it takes for a bot's (`<title>Sorry...</title>`, `Our systems have detected
  // unusual traffic from your computer network`), in place of the API's JSON: the caller's network is refused.
  {
    cause: 'network-block',
    re: /Attention Required! \| Cloudflare|Sorry, you have been blocked|used Cloudflare to restrict access|cf-error-details|Please enable cookies\.|\berror code: 10(?!15\b)\d\d\b|<title>Sorry\.\.\.<\/title>|unusual traffic from your computer network/i,
  },
  // Cloudflare's bare refusal page (`<h1>403 Forbidden</h1>` over a `cloudflare` footer) in front of a
  // provider's API: its edge refused the caller. Only as 403: the same footer signs its 5xx and 404 pages.
  { cause: 'network-block', re: /<center>cloudflare<\/center>/i, statuses: [403] },
  { cause: 'proxy-html', re: /<!DOCTYPE html|<html[\s>]|<head>|<body[\s>]|<title>/i },
  { cause: 'key-leaked', re: /reported as leaked|detected as leaked|key (?:was|has been) (?:disabled|revoked) because it was (?:leaked|exposed)/i },
  {
    cause: 'unsupported-region',
    re: /unsupported_country_region_territory|Country, region, or territory not supported|(?:User|Your) location (?:is )?not supported|not available in your (?:country|region|location)|unsupported[ _](?:country|region)\b/i,
  },
  {
    cause: 'principal-no-access',
    re: /lacks the required data action|does not have authorization to perform action|The principal `[^`]*` (?:lacks|does not have)|Principal does not have access to `?API\/Operation/i,
  },
  {
    cause: 'org-mismatch',
    re: /mismatched_(?:organization|project)|header should match (?:organization|project)|No such organization|not a member of (?:an |the )?organization|Invalid (?:organization|project) (?:ID|header)/i,
  },
  {
    cause: 'missing-scopes',
    re: /Missing scopes|ACCESS_TOKEN_SCOPE_INSUFFICIENT|insufficient authentication scopes|enable access to public gated repositories in your fine-grained token|insufficient permissions for this operation|does not\s*have sufficient permissions|insufficient_scope|token (?:is missing|lacks) (?:the )?(?:required )?(?:scope|permission)|token does not meet scope requirement/i,
  },
  {
    cause: 'gated-repo',
    re: /Cannot access gated repo|access a gated repo|is a gated repo|Access to model [\w.-]+\/[\w.-]+ is restricted|Repo model [\w.-]+\/[\w.-]+ is gated\b|gated repo(?:sitory)? (?:access|request)|not in the authorized list|access (?:request )?(?:is )?awaiting (?:a )?review|GatedRepoError/,
  },
  // A key never given, in SDKs' and wrappers' own words; also an LLM library's or an eval harness's
  // pre-flight check (guidance's `You must provide an OpenAI API key …`, embedchain's `Please provide an OpenAI API key. …`, spacy-llm's `Could not find
  // the API key to access the OpenAI API`, `Please set ACME_API_KEY`), or an app's own, the variable
  // quoted (mindcraft's `API key "ACME_API_KEY" not found in keys.json or environment variables!`), or
  // named as a variable (Chroma's `The CHROMA_<VENDOR>_API_KEY environment variable is not set`), or offered with
  // alternatives (AG2's `API key or AWS credentials or GCP credentials are required to use …`; Genkit's `Please pass in the
  // API key or set the GOOGLE_GENAI_API_KEY or GOOGLE_API_KEY environment variable.`), or said not available
  // (CodeRabbit's ai-pr-reviewer: `Unable to initialize the OpenAI API, both 'ACME_API_KEY' environment variable are not available`).
  // An agent builder's lookup that found the key in neither place it looked (AutoGen Studio: `api_key is not present in
  // llm_config or ACME_API_KEY env variable for agent …`): the variable it fell back on tells whose key.
  // A document app's job that found no key set up for the model it was to call (`No API key configured for model acme-ocr-2`).
  // LLMs with MATLAB's check before any request: `Unable to find API key. Either set environment variable ACME_API_KEY or …`.
  // A coding CLI's start-up check (`Please set an Auth method in your ~/.acme/settings.json or specify one of the following
  // environment variables before running: ACME_API_KEY, …`): the variables it lists tell the packs whose key.
  // An agent's own check naming the variables it lacks (browser-use: `LLM API Key environment variables not set up for
  // ChatAcme, missing: ['ACME_API_KEY']`).
  // A typed-agent library's check when it builds a provider (Pydantic AI's `UserError: Set the `ACME_API_KEY` environment
  // variable or pass it via `AcmeProvider(api_key=...)` to use the Acme provider.`): the message opens with it, so a
  // refusal that only ends by telling the reader where a key goes is not read as none given.
  // A client factory's check offering where the key may come from (an agent framework's `ValueError: API key must be
  // provided either via api_key parameter or ACME_API_KEY environment variable`): `either` marks the check, not a
  // guide's `the API key must be provided via …`.
  {
    cause: 'missing-token',
    re: /environment variable is missing or empty|\bAPI (?:key|token) must be provided,? either (?:via|through|by|as|in|with)\b|Missing or empty required API keys?\b|api_key client option must(?: be\b| b?$)|Missing credentials|must be instantiated be either passing in token|did not pass an authentication token|You didn't provide an API key|You need to provide your API key in an Authorization header|unregistered callers|Could not resolve authentication method|x-api-key header is required|must have access to it and be authenticated|Missing key inputs argument|No (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?API (?:key|token) (?:was )?(?:provided|found|configured)|API key not (?:found(?!\. Please pass a valid)|provided\b)|API key is (?:missing|not set|not configured|not provided|required)|API key or [\w ]{1,60}? are required\b|\b[A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN|TOKEN|KEY)["'`]?(?: environment variable)? (?:(?:is )?not set|is required|is missing|not found)|\b[A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN)["'`]? must be a non-empty string\b|\b[A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN)["'`]?(?: environment variables?)? (?:is|are) not available\b|\brequires [A-Z][A-Z0-9]*_(?:API_KEY|API_TOKEN)\b|\bPlease set (?:the |your )?[A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN)\b(?! (?:correctly|properly|to a valid))|\bPlease pass (?:in )?the API key or set the [A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN)\b|Environment variable [A-Z][A-Z0-9_]* is required|Did not find [A-Z][A-Z0-9_]*_(?:API_KEY|TOKEN)|Set \w+ (?:API )?Key in [A-Z][A-Z0-9_]*|Missing \w+ API Key|Missing API (?:key|token) for\b|Missing [a-z]+_api_key\b|api_key (?:must be set|is required|cannot be empty|is not set)|\bapi[ _]key is not present in (?:the )?[\w.-]+(?: [\w.-]+)? or (?:the )?[A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN)\b|API key environment variables? (?:are )?not set up\b|\bmissing: \[['"][A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN)['"]|\bBearer (?:undefined|null|None)\b|must provide an? (?:\w+ )?API key|(?:Could not|Unable to) find (?:the |an? |your )?(?:\w+ )?API key|\bPlease provide (?:an? |your )?(?!(?:valid|correct|proper|working)\b)(?:\w+ )?API key\b|\bPlease set an Auth method in your \S*settings\.json\b|^Set (?:the |your )?[`'"]?[A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN|TOKEN)[`'"]? environment variable\b/i,
  },
  // Python's lookup of a key's environment variable that is not set (`os.environ["ACME_API_KEY"]`):
  // `KeyError: 'ACME_API_KEY'`. Capitals only: a dict's `KeyError: 'next_token'` is no key.
  { cause: 'missing-token', re: /\bKeyError: ['"][A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN|TOKEN|KEY)['"]/ },
  { cause: 'version-not-permitted', re: /Invalid version or not permitted|specified version does not exist/i },
  // A gateway's per-key model allow-list, sent as 401 (LiteLLM proxy).
  { cause: 'model-access', re: /key not allowed to access model|does not have access to model/i },
  {
    cause: 'invalid-token',
    re: /Incorrect API key provided|invalid_api_key|Invalid API Key|invalid ?x-api-key|Could not validate your (?:token|credentials)|Authentication error|API key used [^.]{0,80} is invalid|is invalid or has expired|is invalid or has been revoked|API key (?:is|may be) invalid|(?:API key|token) is not valid\b|API key not valid|API_KEY_INVALID|invalid api token|invalid subscription key|did not pass a valid authentication token|Invalid username or password|Invalid credentials|token (?:has )?expired|API key expired|Invalid bearer token|not from a valid issuer|token seems invalid|(?:OAuth|access) token (?:has been )?revoked\b|\bUnauthorized\b|authentication_error/i,
  },
  {
    cause: 'network-block',
    re: /Please check your network settings|Public access is disabled|not from an approved private endpoint|Traffic is not from|IP (?:address )?[\w.:]* (?:is )?not (?:allowed|permitted)|blocked by (?:the )?firewall/i,
  },
  // A relay or a wrong base URL: the path does not exist (OpenAI's "Invalid URL (POST /v1/…)", a Spring relay's 404),
  // and a Go client's (openai-go's, Mattermost's bifrost) `POST "https://…": 404 Not Found` with no body at all: a
  // model the API does not serve comes with the API's body; a path it does not serve, with none (also inside a JSON log's string).
  // The other wording of a path it does not serve (`Unknown request URL: POST /chat/completions. Please check the URL for typos`).
  {
    cause: 'destination-not-found',
    re: /Invalid URL \((?:GET|POST|PUT|PATCH|DELETE) \/|\bUnknown request URL: (?:GET|POST|PUT|PATCH|DELETE) \/|['"]error['"]: ?['"]Not Found['"], ?['"]path['"]|\b(?:GET|POST|PUT|PATCH|DELETE) \\?"https?:\/\/[^"\s\\]{1,300}\\?": 404 Not Found ?(?=\\?"|\s*$)/,
    statuses: [404, null],
  },
  // `The model: `gpt-4` does not exist` also without its backticks (a post's Markdown eats them), and in 2023's single quotes.
  // Gemini's `… is not found for API version v1beta` also as a Live API websocket cuts its close reason
  // at 123 bytes (`… generic::not_found: models/gemini-2.0-flash is not found for API v; then sent 1008 …`).
  {
    cause: 'model-access',
    // LangChain JS's link names its guess for any 404 (`…/troubleshooting/errors/MODEL_NOT_FOUND/`), not the provider's words.
    re: /(?<!troubleshooting\/errors\/)model_not_found|key not allowed to access model|Publisher Model (?:`[^`]+`|'[^'\n]+') (?:was |is )?not found|project does not have access to it|This model is private|private model|That model does not exist|access to (?:the )?model|The model:? (?:`[^`]+`|'[^'\n]+'|[\w.:/@-]+) (?:does not exist|has been deprecated|has been decommissioned)|\bmodel_decommissioned\b|does not exist or you do not have access to it(?<=[Mm]odel\b[\s\S]{1,200})|DeploymentNotFound|API deployment (?:'[\w.-]{1,64}' )?for (?:this|the) resource does not exist|is not found for API version|is not found for API v(?:e(?:r(?:s(?:io?)?)?)?)?(?=;|[ \t]*$)|Invalid model\b|invalid_model|model '[^']+' not found|not_found_error|Repository ?Not ?Found|This model is private|model (?:is )?not (?:available|enabled) for your|\bModel not found\b/i,
  },
  {
    cause: 'permission-denied',
    re: /permission_error|permission_denied|PERMISSION_DENIED|[Pp]ermission denied|has been denied access|do(?:es)? not have (?:the )?permission|not allowed to|\bForbidden\b|ForbiddenError/,
  },
];

/** The signals one provider's traces are tried against, in order: only causes it can produce. */
function signalsOf(rule: ProviderRule): CauseSignal[] {
  // Each entry remembers the cause it is placed by: its own for shared signals, `after` for a pack's.
  const list = SHARED_SIGNALS.map((signal) => ({ signal, placedBy: signal.cause }));
  for (const own of rule.signals ?? []) {
    const anchor = own.after ?? own.cause;
    if (!SHARED_SIGNALS.some((s) => s.cause === anchor)) throw new Error(`${rule.provider}: no shared signal for ${anchor} to follow`);
    const at = list.map((e) => e.placedBy).lastIndexOf(anchor);
    list.splice(at + 1, 0, { signal: { cause: own.cause, re: own.re, ...(own.statuses ? { statuses: own.statuses } : {}) }, placedBy: anchor });
  }
  return list.map((e) => e.signal).filter((s) => rule.causes.includes(s.cause));
}

/** Per provider, built once. */
export const SIGNALS: Record<ProviderId, readonly CauseSignal[]> = fromPacks((p) => signalsOf({ provider: p.id, ...p.recognition }));

/**
 * Answers that look like access failures but are not: quota and rate limits (a gateway's spend
 * cap included, even sent as 403), billing (no payment method on file: AWS Marketplace's
 * `INVALID_PAYMENT_INSTRUMENT` behind Bedrock), context length, content policy, a model version disabled
 * because it is broken, a model used in a session mode it does not serve (the Realtime API's `Model "gpt-4o-mini-transcribe"
 * is not supported in transcription mode.`, which refuses every model), a model too large for Hugging Face's serverless
 * inference (`… is too large to be loaded automatically (54GB > 10GB)`, sent as 403 whatever the token), and the Responses
 * API's 404s and 400s for conversation state it did not keep (`Item with id 'rs_…' not found. Items are not persisted when
 * `store` is set to false.`, `Previous response with id 'resp_…' not found.`). Read on the raised exception's class and message.
 */
export const NOT_ACCESS =
  /insufficient_quota|Quota exceeded|quotaExceeded|rateLimitExceeded|dailyLimitExceeded|BILLING_DISABLED|requires billing to be enabled|INVALID_PAYMENT_INSTRUMENT|valid payment instrument must be provided|credit balance is too low|billing_not_active|billing hard limit|exceeded your current quota|\brate[_ ]limit(?:_exceeded|ed\b| reached| exceeded)|RESOURCE_EXHAUSTED|Budget has been exceeded|budget_exceeded|ExceededBudget|free (?:account|plan|tier) is limited|context_length_exceeded|maximum context length|context window|content_policy_violation|content management policy|version (?:has been |is )?disabled|failed (?:during )?setup|\bis not supported in [\w-]+ mode\b|too large to be loaded automatically|\b(?:Item|Previous response) with id '[^'\n]{1,200}' not found\b|\bprevious_response_not_found\b/i;

/** Whether `text` says no key was given (the shared missing-token words), as a client says before any request. */
export function statesMissingKey(text: string): boolean {
  return SHARED_SIGNALS.some((s) => s.cause === 'missing-token' && s.re.test(text));
}

/**
 * A wrapper's catch-all class for what failed before or while sending (LiteLLM's `APIConnectionError` around the
 * ValueError `Missing gemini_api_key, please set …`): not an access failure unless its message says no key was given.
 */
export const CONNECTION_CLASS = /(?:^|\.|::)APIConnectionError$/;

/**
 * Error classes that name a non-access failure (rate limit, server error, timeout, context length),
 * and Python's own `PermissionError` (a file's `[Errno 13]`), bare or as `builtins.`: an SDK's class of
 * that name (openai-python 0.x's `openai.error.PermissionError`, its 403) is an access failure.
 */
export const NOT_ACCESS_CLASS =
  /(?:^|\.|::)(?:RateLimitError|RateLimitExceeded|InternalServerError|ServiceUnavailableError|ServiceUnavailable|BadGatewayError|APITimeoutError|Timeout|APIConnectionError|ContextWindowExceededError|BudgetExceededError|ResourceExhausted|ContentPolicyViolationError)$|^(?:builtins\.)?PermissionError$/;

/**
 * A provider's 401/403 inside a server error's message: its status right after a wrapper's provider prefix (LiteLLM's
 * `litellm.InternalServerError: VertexAIException InternalServerError - 401 Request had invalid authentication
 * credentials. …`), or a wrapper's refusal class quoted in a proxy's 500 (`Error code: 500 - {'error':
 * 'litellm.AuthenticationError: HuggingfaceException - …'}`). The refusal decides, not the class or status around it.
 */
const WRAPPED_REFUSAL = [
  { re: /\b[A-Z][A-Za-z_]*Exception(?: [A-Z]\w{0,30}Error)? - (40[13]) [A-Z]/, status: null },
  { re: /(?:^|[\s'"`{(])(?:[A-Za-z_]\w*\.)+AuthenticationError: /, status: 401 },
  { re: /(?:^|[\s'"`{(])(?:[A-Za-z_]\w*\.)+PermissionDeniedError: /, status: 403 },
];

/** The status of a provider's refusal a server error's message carries (WRAPPED_REFUSAL), or null. */
export function wrappedRefusalStatus(message: string): number | null {
  for (const w of WRAPPED_REFUSAL) {
    const m = w.re.exec(message);
    if (m) return w.status ?? Number(m[1]);
  }
  return null;
}

/**
 * Python's compile errors: text given to `ast.parse`, `compile` or `exec` (a node that runs the code a
 * model wrote, here the provider's error message itself) did not parse, so no request failed in this
 * trace; its source line may echo a provider's words. JavaScript's `SyntaxError` is a body's JSON parse
 * (an HTML page from a proxy) and stays readable.
 */
export const PY_COMPILE_ERROR_CLASS = /^(?:SyntaxError|IndentationError|TabError)$/;

/**
 * Statuses error classes stand for, in the names SDKs and wrappers share (openai 2.x, anthropic,
 * LiteLLM, google.api_core).
 */
export const CLASS_STATUSES: ReadonlyArray<{ re: RegExp; status: number | null }> = [
  // azure-core's `ClientAuthenticationError` and `ResourceNotFoundError` (Azure SDKs for Python) too.
  // Ruby's `RubyLLM::UnauthorizedError` too (`::` between namespaces).
  // The JVM SDKs' names too: openai-kotlin's `AuthenticationException`, the Stainless Java SDKs' `UnauthorizedException`.
  {
    re: /(?:^|\.|::)(?:AuthenticationError|ClientAuthenticationError|UnauthorizedError|Unauthenticated|AuthenticationException|UnauthorizedException)$/,
    status: 401,
  },
  // …and an SDK's own `PermissionError` (openai-python 0.x's `openai.error.PermissionError` is its 403).
  { re: /(?:^|\.|::)(?:PermissionDeniedError|PermissionDenied|ForbiddenError|PermissionDeniedException)$|(?:\.|::)PermissionError$/, status: 403 },
  // …and LangChain4j's `ModelNotFoundException` (its name for every 404).
  { re: /(?:^|\.|::)(?:NotFoundError|ResourceNotFoundError|NotFound|ModelNotFoundException)$/, status: 404 },
  { re: /(?:^|\.|::)(?:BadRequestError|BadRequest)$/, status: 400 },
  { re: /(?:^|\.|::)UnprocessableEntityError$/, status: 422 },
];

/** Status shapes in messages beyond those the parser reads; group 1. */
export const STATUS_SHAPES: readonly RegExp[] = [
  // `[400 FAILED_PRECONDITION]` (Google's status names have underscores) too.
  /^\[?(\d{3}) [A-Z][A-Za-z_ ]*\]/,
  /^\W{0,3}\s*(4\d\d) [A-Z][a-z]/,
  /^(?:[\w.]+: )?(\d{3}) (?:GET|POST|PUT|PATCH|DELETE) /,
  /\[(\d{3}) (?:Bad Request|Unauthorized|Forbidden|Not Found)\]/,
  /\bstatus code (\d{3})\b/i,
  /\bError response (\d{3})\b/,
  /\(status (\d{3})\)/,
  /\b(?:API )?Error:? (\d{3}) [{A-Z]/,
  /\b(\d{3}) (?:Unauthorized|Forbidden|Not Found|Bad Request)\b/,
  /\b(?:Unauthorized|Forbidden|Not Found) \((\d{3})\)/,
  /\bHTTP(?:\/\d(?:\.\d)?)? (\d{3})\b/,
  // A wrapper quoting the status after its own words: `… provided to Gemini: 400 API key not valid`, also
  // with two spaces before the body (Chatbox's `Error from OpenAI: 404  {`).
  /: (4\d\d) {1,2}(?=[A-Z{])/,
  // A tool's own label before the status and a colon: `Error Message: 401: The principal … lacks the required data action …`.
  /: (4\d\d): (?=[A-Z])/,
  // openai-node's `${status} ${message}` quoted in a sentence: `it is showing "404 The model `gpt-4o` does not exist …"`.
  /["'](4\d\d) (?=[A-Z][a-z]+ )/,
  // A chat app's `${status}: ${message}`: `400: User location is not supported for the API use …`.
  /^(4\d\d): (?=[A-Z])/,
  // An app's exception with the status in brackets before its own words: `OpenaiApiException: [404] errors.openaiWeb {…}`.
  /^\[(4\d\d)\] (?=\S)/,
  // A gateway's upstream status in brackets before a colon (OmniRoute's `403 [403]: Cloud Code Private API has not been used …`,
  // `[ERROR] [403]: …`, `[401]: Missing API key.`).
  /(?:^|\s)\[(4\d\d)\]: (?=[A-Z])/,
  // A bot's labelled status line above the report (`❌ Code 401: Unauthorized`, its glyph already dropped).
  /^(?:Status|Code|Status Code):? (4\d\d):? (?=[A-Z][a-z])/,
  // openai-node's `${status} ${message}` after a tool's own words: `Error handling request 404 Your organization must be verified …`.
  /\b(?:request|response) (4\d\d) (?=[A-Z{])/,
  // After a logger's ` - ` separator: `opendevin:ERROR: llm.py:64 - 400 API key not valid.`
  / - (4\d\d) (?=[A-Z{])/,
  // After a job's own capitals tag, before the body: `INFERENCE_FAIL 403 {"error":…}`.
  /^[A-Z][A-Z0-9]*_[A-Z0-9_]* (4\d\d) (?=[{A-Z])/,
  // A raw error kept as a JSON string by the tool: `"rawErrorMessage": ["404 - {\"error\":…`.
  /"(4\d\d) - \{/,
  // A problem body's numeric status (`{"title":"Unauthenticated",…,"status":401}`).
  /["']status["']: ?(4\d\d)\b/,
  // …and a body's own `status_code` field, also a relayed copy's `raw_status_code` (`{"object":"error","message":"Invalid
  // model: acme-mini",…,"raw_status_code":400}`, an SDK printing the body under its bare `Status 400` head).
  /["'](?:raw_)?status_code["']: ?(4\d\d)\b/,
  // openai-python 0.x's error repr inside a wrapper's tuple: `AuthenticationError(message='', http_status=401, request_id=None)`.
  /\bhttp_status=(\d{3})\b/,
  // …and its logfmt record of the response above the error (`message='… API response' path=… response_code=404`).
  /\bresponse_code=(4\d\d)\b/,
  // openai-python's `Error code: 400 - {…}` as a tool lowercased it: `error code: 400 - {'error': …}`.
  /\berror code: (4\d\d) - [{[]/,
  // A browser console's failed request: `POST https://api.<provider>/v1/chat/completions 401 (Unauthorized)`.
  /^(?:GET|POST|PUT|PATCH|DELETE) https?:\/\/\S+ (4\d\d)(?= \([A-Za-z ]*\)|\s|$)/,
  // Swift's description of an error enum's labelled status: `OpenAIError.badResponse(code: 401, response: Optional("{…}"))`,
  // Alamofire's `unacceptableStatusCode(code: 401)`.
  /\((?:status)?[Cc]ode: (4\d\d)[,)]/,
  // The status in brackets after `Error` (Dart's chat_gpt_sdk: `have Error [401] => Data: {error: {…}}`).
  /\b[Ee]rror \[(4\d\d)\]/,
  // A post's sentence quoting the refusal it got right after the status: `HTTP to `/v1/responses` returns 401 "Missing scopes: …"`.
  /\breturn(?:s|ed)? (4\d\d):? (?=["'`{])/,
  // Google Apps Script's UrlFetchApp: `Exception: Request failed for https://api.acme.example returned code 401. Truncated server response: …`.
  /\bRequest failed for \S+ returned code (4\d\d)\b/,
  // huggingface_hub's `401 Client Error.` inside a repr'd exception, after a `\n` escape (a logging record's
  // `Arguments: (…, OSError('You are trying to access a gated repo.\nMake sure …\n401 Client Error. (Request ID: …`).
  /\\n([45]\d\d) Client Error\b/,
  // Google's Java SDK's `${code} ${status}. ${message}` with the status left empty: `ClientException: 401 . API keys are …`.
  /^(4\d\d) \. (?=[A-Z])/,
  // A CLI's own words with the status in brackets before the message (Claude Code's `claude remote-control`:
  // `Error: Poll: Authentication failed (401): Invalid OAuth token. …`).
  /\bfailed \((4\d\d)\): (?=\S)/,
  // An app's own words naming the provider with the status in brackets before the message (a text
  // utility's `Message from Acme (code 401): You didn't provide an API key. …`).
  /\(code (4\d\d)\): (?=[A-Z])/,
];

/**
 * Messages an SDK raises before sending any request (openai-python 0.x's "No API key provided", its
 * 2021 wording `No API key provided. (HINT: set your API key …`, also as posted cut after its first
 * sentence and closed by a quote, or without its period at the end or inside a post's Markdown bold
 * `**…: No API key provided**`): no HTTP status, whatever the class would imply.
 */
export const CLIENT_SIDE =
  /No API key provided(?:\.(?: You can set your API key| \(HINT: set your API key|\s*["'`]|\s*$)|\*\*|\s*$)|api_key client option must(?: be\b| b?$)|Missing credentials\. Please pass|environment variable is missing or empty|_API_KEY["'`]? environment variables? (?:is|are) not available\b/;

/**
 * AI vendors and gateways that are none of the packs. When the output names one and the chosen
 * provider's own words do not show, the SDK in use (often the OpenAI one) is only the transport.
 */
export const OTHER_VENDORS =
  /\b(?:OpenRouter|openrouter|DeepSeek|deepseek|Together ?AI|together\.xyz|Fireworks AI|fireworks\.ai|Perplexity|perplexity\.ai|Moonshot|moonshot(?:\.cn)?|DashScope|dashscope|SiliconFlow|siliconflow|Zhipu|bigmodel\.cn|x\.ai|Cerebras|cerebras\.ai|Ollama|ollama|LM Studio|vLLM|Novita|novita\.ai|AIHubMix|Aihubmix|aihubmix|Aihubmix_api_error)\b/;

/**
 * An app's own words for the API its call failed on, naming a vendor that is none of the packs
 * (`ERROR: Qwen API request failed: Incorrect API key provided.`): that vendor answered, whatever
 * words of a provider it copied, unless the output names the provider too.
 */
export const OTHER_VENDOR_CALL =
  /\b(?:OpenRouter|DeepSeek|Together(?: ?AI)?|Fireworks(?: AI)?|Perplexity|Moonshot|Kimi|DashScope|Qwen|Tongyi|SiliconFlow|Zhipu|GLM|Baichuan|ERNIE|Wenxin|Doubao|Volcengine|MiniMax|Hunyuan|Ollama|xAI|Grok|Cerebras|Novita) API (?:request |call )?(?:failed|error)\b/i;

/**
 * A client class of another vendor, as an agent framework's retry line names the model client of the failed call
 * (Agno's `Failed after 1 attempts. Last error using Qwen(qwen-plus)`, `… using DeepSeek(deepseek-chat)`): its
 * OpenAI-compatible call went to that vendor, whatever OpenAI's words the refusal copied.
 */
export const OTHER_VENDOR_CLIENT =
  /^(?:Qwen|DashScope|DeepSeek|OpenRouter|Together|Fireworks|Perplexity|Moonshot|Kimi|SiliconFlow|Zhipu|Ollama|LMStudio|Cerebras|xAI|Grok|Nebius|Sambanova|Novita|Doubao|MiniMax|LlamaCpp|VLLM)$/;

/**
 * Answers only another vendor words so, the way it names itself in them: OpenRouter's "No auth
 * credentials found", DeepSeek's "Authentication Fails", Moonshot's `invalid_authentication_error` and its
 * message after the status (`401 Invalid Authentication`; OpenAI's docs title the status so, its API never
 * answers so), Ollama's "try pulling it first", and the
 * One API family of relays typing their own errors by brand (`'type': 'new_api_error'`,
 * `shell_api_error`; the providers' own type is a bare `api_error`; a function's name that handles one, `handle_api_error`
 * in a stack's frame, is no brand), and relays' own key checks:
 * claude-relay-service's client restriction (`403 Your client is not authorized to use this API key`)
 * (read up to `this`: a terminal may wrap the line there) and a relay token's model allow-list in
 * Chinese (`API Key 不允许使用该模型`; the providers answer in English), and an Anthropic-compatible vendor's body
 * typing its error by a numeric business code (`{"error":{"message":"Authentication Failed","type":"1000"}}`; the
 * providers type theirs by words), as Claude Code prints it under its own `Failed to authenticate.`, and Volcengine
 * Ark's refusal of an id that is its model or its endpoint (`404 The model or endpoint ep-2025… does not exist or you
 * do not have access to it. Request id: 0217…`; the providers name a model alone). Next to a pack's
 * model id, SDK class or a client's own words they tell whose answer it is.
 */
export const OTHER_VENDOR_WORDS =
  /\bNo auth credentials found\b|\b[Tt]he model or endpoint [\w.:/@-]{1,128} does not exist\b|\bAuthentication Fails\b|\bnot found, try pulling it first\b|\b(?!(?:handle|raise|throw|parse|process|log|check|map|wrap|on|format|make|build|get|to|is|from)_api_error\b)[A-Za-z]+_api_error\b|\bYour client is not authorized to use this\b|不允许使用该模型|\binvalid_authentication_error\b|\b401 Invalid Authentication\b|['"]error['"]: ?\{ ?['"]message['"]: ?['"][^'"\n]{0,200}['"], ?['"]type['"]: ?['"]\d{3,4}['"] ?\}/;

/**
 * An LLM gateway's own envelope under openai-python's status line (`Error code: 401 - {'status': 'failure', 'message':
 * 'Unauthorized: Service account … does not exist', …, 'error_origin_level': 'authentication'}`): like output naming
 * another vendor, the SDK's class then says nothing of who answered, only a provider's own words in the message do
 * (a relayed `'message': 'openai error: The model `gpt-5.5` does not exist or you do not have access to it.'`).
 */
export const GATEWAY_ENVELOPE = /\bError code: ?\d{3} - \{['"]status['"]: ?['"]failure['"]/;

/**
 * A gateway in front of the providers naming itself as the one whose call failed, in the message an SDK raised
 * (`openai.AuthenticationError: Acme gateway error: auth failed [401 Unauthorized]: Invalid API Key`, an eval
 * library routed through its vendor's gateway): the SDK's class says only which client was used; as with output
 * naming another vendor, only a provider's own words in the message make it the provider's refusal.
 */
export const GATEWAY_OWN_ERROR = /\b[A-Z][A-Za-z0-9]+(?: AI)? [Gg]ateway error\b/;

/**
 * Clouds and routers that resell the providers' models (Bedrock, OpenRouter): their answers name
 * Anthropic or OpenAI models yet are theirs, also when they relay the provider's own refusal
 * inside their envelope (OpenRouter's "Provider returned error" with `provider_name`; OpenCode
 * Zen's `Error from provider (Console): Upstream request failed: [unsupported_country_region_territory] …`;
 * a model id in OpenCode Zen's or Go's namespace, `opencode/claude-sonnet-4-6`, as a CI workflow's opencode
 * run names it; not a path's `…/opencode/opencode.json`); AWS's refusal of a request's signature, the cloud's own words
 * whichever vendor's client sent it (`API Error: 403 Authorization header requires 'Credential' parameter. …`,
 * `IncompleteSignatureException`).
 * Only a wrapper or a request URL naming the provider makes such output the provider's.
 */
export const RESELLERS =
  /\bBedrock\b|\bAuthorization header requires '(?:Credential|Signature|SignedHeaders)' parameter|\bIncompleteSignature(?:Exception)?\b|bedrock-runtime|botocore\.exceptions|AccessDeniedException|\bOpenRouter\b|openrouter\.ai|Provider returned error|["']provider_name["']: ?["']|\bError from provider \(|\bUpstream request failed: \[|(?<![\w./-])opencode(?:-go)?\/[a-z][\w.-]*\d/;

/**
 * OpenRouter's own error envelope: a numeric code right after the message and nothing else (`{"error":{"message":"This
 * model is not available in your region.","code":403}}`); no provider's body has that shape. Whose refusal it relays
 * only a model id the caller named can tell (Claude Code pointed at OpenRouter names none).
 */
export const ROUTER_ENVELOPE = /\{\s?["']error["']:\s?\{\s?["']message["']:\s?["'][^"'\n]{1,300}["'],\s?["']code["']:\s?[45]\d\d\s?\}\s?\}/;

/**
 * OpenAI-compatible servers (vLLM and its kin) answering in OpenAI's words under the model name the
 * caller sent (`ErrorInfo(message='The model `gpt-4o` does not exist.', type='NotFoundError', …)`):
 * they type an error by an exception class, where the providers' types are snake_case words. Like a
 * reseller's answer, it is a provider's only when a wrapper or the request URL names that provider.
 * Also a server's own refusal in FastAPI's shape under openai-python's status line (`Error code: 401 -
 * {'detail': 'Authentication required'}`): OpenAI answers in an `error` object, never a bare `detail`.
 */
export const COMPATIBLE_SERVER_WORDS = /\btype["']?\s?[:=]\s?["'](?:NotFound|BadRequest)Error["']|\bError code: ?\d{3} - \{['"]detail['"]: ?['"]/;

/**
 * A refusal naming the model it was asked for (OpenAI's words, which OpenAI-compatible servers
 * copy): the id says what the caller sent, not who answered (`The model anthropic:claude-3-7-sonnet
 * does not exist …` came from OpenAI). Group 1: the id.
 */
export const REFUSED_MODEL = /\bThe model:? [`'"]?([A-Za-z0-9][\w.:/@-]{0,127})[`'"]? does not exist\b/g;
