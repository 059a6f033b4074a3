// Anthropic: the `anthropic` / `@anthropic-ai/sdk` SDKs and api.anthropic.com.
import { ACCESS_FALLBACK, jsOpt, keyLackedFor, NM, pyArg, SITE, STAINLESS_NODE_CLASS } from './shared';
import type { ProviderPack } from './types';

/** Its words for a model the account may no longer call, by display name, and the one to use instead. */
const CLAUDE_MODEL_WITHDRAWN = /\bClaude [A-Z][\w.]*(?: [\w.]+){0,3} is not available\. Please use (?:Claude )?(?:Opus|Sonnet|Haiku)\b/;

/** Claude Code's words for a signed-in account that may not use Claude at all. */
const CLAUDE_ACCOUNT_NO_ACCESS = /\bYour account does not have access to Claude\. Please login again or contact your administrator\b/;

export const anthropic = {
  id: 'anthropic',
  name: 'Anthropic',
  tokenEnvVars: ['ANTHROPIC_API_KEY'],
  baseUrlEnvVar: 'ANTHROPIC_BASE_URL',
  hosts: ['api.anthropic.com'],
  consoleUrl: 'https://console.anthropic.com/settings/keys',
  fixLinks: {
    'unsupported-region': 'https://platform.claude.com/docs/en/api/supported-regions',
  },
  token: { prefix: 'sk-ant-', pattern: /^sk-ant-[A-Za-z0-9_-]{8,}$/, hint: 'Anthropic keys start with sk-ant-' },
  recognition: {
    routerSlugs: ['anthropic'],
    jvmPackages: ['com.anthropic'],
    phpNamespaces: ['Anthropic'],
    names: /^(?:anthropic|claude)$/i,
    evidence: [
      keyLackedFor('anthropic|claude'),
      { in: 'class', re: /^anthropic\./, weight: 3 },
      { in: 'class', re: /^AnthropicError$/, weight: 3 },
      { in: 'class', re: STAINLESS_NODE_CLASS, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}anthropic[\\\\/]|${NM}@anthropic-ai[\\\\/]`), weight: 3 },
      // Its Java SDK's frames: the package is in the method name.
      { in: 'functions', re: /^com\.anthropic\./, weight: 3 },
      // LangChain4j's and Spring AI's Anthropic modules (`dev.langchain4j.model.anthropic.AnthropicChatModel.doChat`).
      { in: 'functions', re: /^(?:dev\.langchain4j\.model|org\.springframework\.ai)\.anthropic\./, weight: 3 },
      { in: 'text', re: /api\.anthropic\.com|console\.anthropic\.com|ANTHROPIC_API_KEY/, weight: 3 },
      // Anthropic's error body `{"type":"error","error":{"type":"permission_error"}}`, also printed as a
      // dict or unquoted. Its inner types are snake_case; a gateway copying the envelope names its own
      // (`"type":"RegionError"`). Its inner object has no `code`: OpenAI's Realtime error event, in the same
      // envelope, has (`{"type":"error","error":{"type":"invalid_request_error","code":"invalid_model",…}}`).
      {
        in: 'text',
        re: /['"]?type['"]?: ?['"]?error['"]?, ?['"]?error['"]?: ?\{ ?['"]?type['"]?: ?['"]?[a-z]+(?:_[a-z]+)*['"]?(?:[}\s]|,(?! ?['"]?code['"]?:))/,
        weight: 3,
      },
      // Its 2023 body had no outer `type`: `{'error': {'type': 'not_found_error', 'message': 'Not Found'}}`. The inner
      // type comes first and is one of its own (OpenAI's bodies put `message` first).
      {
        in: 'text',
        re: /['"]?error['"]?: ?\{ ?['"]?type['"]?: ?['"](?:not_found_error|permission_error|authentication_error)['"], ?['"]?message['"]?:/,
        weight: 3,
      },
      {
        in: 'text',
        // Keys quoted (JSON, a dict) or not (Node's object dump: `{ type: 'forbidden', message: … }`), or the body printed
        // as a Clojure map, a blank for the colon (Metabase's ex-info data: `{"error" {"type" "forbidden", "message" "Request not allowed"}}`).
        // Its disabled-organization refusal, also in Claude Code's short form without the body: `API Error: 400 This organization has been disabled.`
        // A terminal's word wrap may drop the space it broke at (`has been` / `disabled.`); a relay's user may quote it
        // lowercased and without its full stop (`API Error 400 this organization has been disabled`).
        re: /['"]?\btype['"]?(?:: ?| )['"]forbidden['"],? ?['"]?message['"]?(?:: ?| )['"]Request not allowed|\binvalid ?x-api-key\b|x-api-key header is required|OAuth\s+authentication\s+is\s+currently\s+not\s+(?:allowed|supported)|[Tt]his\s+organization\s+has\s*been\s*disabled\b/,
        weight: 3,
      },
      { in: 'text', re: /\b(?:authentication_error|not_found_error|permission_error)\b|\b(?:Anthropic|anthropic|Claude)\b/, weight: 2 },
      // Its refusal of a model this account may no longer call, naming the model it offers instead (`Claude Fable 5 is not
      // available. Please use Opus 4.8.`), which Claude Code may print with neither body nor type (signals: model-access).
      { in: 'text', re: CLAUDE_MODEL_WITHDRAWN, weight: 3 },
      // Claude Code's words for a signed-in account without Claude (`Your account does not have access to Claude. Please
      // login again or contact your administrator.`), printed alone (signals: permission-denied).
      { in: 'text', re: CLAUDE_ACCOUNT_NO_ACCESS, weight: 3 },
      // Its 404 for an unknown model, whatever the id looks like (`{"type":"not_found_error","message":"model: Claude Sonnet 4.5"}`).
      { in: 'text', re: /['"]?type['"]?: ?['"]not_found_error['"], ?['"]?message['"]?: ?['"]model: /, weight: 3 },
      // Go's go-anthropic client names the API in its error's own words (`anthropic api error type: not_found_error, message: …`).
      { in: 'text', re: /\banthropic api error type: [a-z]+(?:_[a-z]+)*_error\b/, weight: 3 },
      // Its request ids (`req_011C…`), which a CLI prints as its trace id beside the error type (`404 Not Found
      // (not_found_error) [trace req_011C…]: model: …`): a sign of its own apart from the words above.
      { in: 'text', re: /\breq_011C[1-9A-HJ-NP-Za-km-z]{10,}/, weight: 2 },
      { in: 'text', re: /\bclaude-[\w.-]*\d/, weight: 3, modelIds: true },
      // The claude.ai web API that Claude reverse proxies call with a session cookie (clewd, clove, Claude-API:
      // `"url":"https://claude.ai/api/organizations/…/completion"`): its answer is Anthropic's.
      { in: 'text', re: /\bclaude\.ai\/api\//, weight: 3 },
      // The first `@anthropic-ai/sdk` (0.4) threw `Error: Sampling error: 401 Unauthorized`: with its name, enough.
      { in: 'text', re: /\bSampling error: [45]\d\d\b/, weight: 1 },
      // An app's own log naming the API and the status it got (`Claude API returned 403: error code: 1000`): with its name, enough.
      // Also worded `Claude API returned error status: 403`, and a relay's `Claude API error: 403` (claude-relay-service).
      { in: 'text', re: /\b(?:Anthropic|Claude) API (?:returned (?:HTTP |(?:error )?status:? )?|error: )[45]\d\d\b/, weight: 1 },
      // Claude Code's own rendering of a refused call, whatever the body says (`Failed to
      // authenticate. API Error: 401 API key is invalid.`, `… 401 OAuth access token has expired.`).
      { in: 'text', re: /Failed to authenticate\. API Error: 4\d\d\b/, weight: 3 },
      // A tool naming the provider that answered (`Error: Anthropic error: Handshake status 401 None`, `Anthropic API error: 404 - {…}`).
      { in: 'text', re: /\bAnthropic(?: API)? [Ee]rror\b/, weight: 3 },
      // Claude Code's own words for the model it was set to and cannot use (`There's an issue with the selected
      // model (claude-…). It may not exist or you may not have access to it. Run /model to pick a different model.`),
      // when that model is Claude: pointed at another vendor's endpoint (`glm-4.6`, `kimi-k2`), that vendor answered. A terminal may double
      // or wrap the spaces between its words (`have access  to it`).
      {
        in: 'text',
        re: /\bissue with the selected model \([\w.:@/-]*\b(?:claude|opus|sonnet|haiku)\b[^)\n]{0,120}\)\.\s+It\s+may\s+not\s+exist\s+or\s+you\s+may\s+not\s+have\s+access\s+to\s+it\b/i,
        weight: 3,
      },
      // The Agent SDK's words for a Claude Code run that ended in an error (claude-code-action's log:
      // `Claude Code returned an error result: Invalid API key`).
      { in: 'text', re: /\bClaude Code returned an error result: /, weight: 3 },
      // …and its words for a web session opened with an API key (`Claude Code web sessions require authentication with a Claude.ai account.`).
      { in: 'text', re: /\bClaude Code web sessions require authentication with a Claude\.ai account\b/, weight: 3 },
      // …and its stream-json record of a refused call, the status beside its own error type (`"error_status":401,
      // "error":"authentication_failed"` in an `api_retry` or result message); another app's `"error":"forbidden"` is not its.
      { in: 'text', re: /["']error_status["']: ?4\d\d, ?["']error["']: ?["']authentication_failed["']/, weight: 3 },
      // …and its refusal lines with no status or body: `Invalid API key · Please run /login`, `Missing API
      // key · Run /login`, headless `-p`'s `Invalid API key · Fix external API key`.
      { in: 'text', re: /\bAPI key · (?:(?:Please )?[Rr]un \/login\b|Fix external API key)/, weight: 3 },
      // Its words for a key sent as a bearer token (the OpenAI SDK pointed at it): with its name, enough.
      { in: 'text', re: /\bInvalid bearer token\b/, weight: 1 },
      // …and its words for an expired subscription (OAuth) token, which an app may print as `type: message` without the
      // body (`HTTP 401: authentication_error: OAuth token has expired`): with its error type, enough. Other services
      // say the same of their own OAuth tokens, so alone it is not.
      { in: 'text', re: /\bOAuth token has expired\b/, weight: 1 },
      // Claude Code's own lines for a subscription (OAuth) login it can no longer use: the status-less `⎿  OAuth token
      // revoked · Please run /login`, and the newer `● Please run /login · API Error: 401 OAuth access token has been
      // revoked.` (`… has expired.`). A gateway under Claude Code takes keys, not its OAuth login: its refusals say other words.
      {
        in: 'text',
        re: /\bOAuth token (?:revoked|expired) · (?:Please )?[Rr]un \/login\b|\bAPI Error: 40[13] OAuth (?:access )?token has (?:expired|been revoked)\b/,
        weight: 3,
      },
      // Its refusal of a browser's request without the opt-in header names its own header (`CORS requests must set
      // 'anthropic-dangerous-direct-browser-access' header`): an extension may show it alone, after the status only.
      { in: 'text', re: /\bmust set '?anthropic-dangerous-direct-browser-access'? header\b/i, weight: 3 },
      // An app's or a library's words naming whose key it lacks (`Error: Anthropic API key not found`), as OpenAI's pack reads `OpenAI API key`.
      { in: 'text', re: /\bAnthropic API key\b/, weight: 3 },
      // …and an app's card naming whom it could not sign in to (`Authentication Failed: Unable to authenticate with
      // Anthropic. Your API key may be invalid or expired.`).
      { in: 'text', re: /\bauthenticate with (?:Anthropic|Claude)\b/, weight: 3 },
      // …and naming the API it needs credentials for (AG2's `API key or AWS credentials or GCP credentials are required to use the Anthropic API.`).
      { in: 'text', re: /\b(?:is|are) required to (?:use|access|call) the Anthropic API\b/, weight: 3 },
      // Its SDKs' own words when no key is set (Python: `api_key or auth_token`, Node: `apiKey or authToken`;
      // newer releases: `Expected one of api_key, auth_token, or credentials to be set`).
      { in: 'text', re: /Could not resolve authentication method\. Expected (?:either api_?[Kk]ey or|one of api_?[Kk]ey,) auth_?[Tt]oken/, weight: 3 },
      // Its refusal of a subscription (OAuth) token it does not know, in its own words, which Claude Code's other
      // commands print without the body (`claude remote-control`: `Error: Poll: Authentication failed (401): Invalid OAuth
      // token. The provided token was not found or is malformed.`).
      { in: 'text', re: /\bInvalid OAuth token\. The provided token was not found or is malformed\b/, weight: 3 },
      // Claude Code's own words when it finds no credential to send (its /bug Errors array: `Error: Failed to get auth
      // headers: No API key available`, frames in its bundled binary).
      { in: 'text', re: /\bFailed to get auth headers: No API key available\b/, weight: 3 },
      // Its refusal of a Claude Code subscription credential sent by another client, relayed without its envelope (a relay's
      // log: `Forward request failed: upstream error: 400 message=This credential is only authorized for use with Claude Code …`).
      { in: 'text', re: /\bcredential is only authorized for use with Claude Code\b/, weight: 3 },
      // …and its refusal of the 1M-context beta, which names no one else (`The long context beta is not yet available for
      // this subscription.`), kept when a terminal's wrap breaks the body it came in.
      { in: 'text', re: /\bThe long context beta is not yet available\b/, weight: 3 },
    ],
    // Vendors answering in Anthropic's envelope (MiniMax, Mistral's `request_id` style) give a hex
    // request id; Anthropic's own are `req_…`. MiniMax's own error type too, when a log cuts the id off,
    // and any `…_error` type outside Anthropic's documented set (a relay's `client_validation_error`,
    // `new_api_error`): its types are a closed list. Its 404 names a model `model: <id>`; a body
    // saying `"message":"Model '<id>' not found…"` is a proxy's or an editor's model list answering. A gateway's own
    // `{"code":401,"msg":{…}}` envelope under Claude Code's frame (cc-switch's providers) is that gateway's: Anthropic says no `msg`.
    // Its messages are English: an error typed its way whose message is Chinese (`{"type":"permission_error","message":"此 API Key
    // 无权访问 Claude 服务"}`) is a relay's own refusal (claude-relay-service, sub2api) before any upstream call.
    lookAlikes:
      /['"]?request_id['"]?: ?['"][0-9a-f]{16,}['"]|['"]code['"]: ?[45]\d\d, ?['"]msg['"]: ?[{'"]|['"]type['"]: ?['"](?!(?:invalid_request|authentication|permission|not_found|rate_limit|api|overloaded|billing|timeout)_error['"])[a-z]+(?:_[a-z]+)*_error['"]|['"]message['"]: ?['"]Model '[^'\n]{1,128}' not found\b|['"]type['"]: ?['"]\w+_error['"], ?['"]message['"]: ?['"][^'"\n]{0,80}?[\u3400-\u9fff]/,
    // A not_found_error whose whole message is the id asked for (`"message":"claude-3-5-sonnet-20240620"`).
    // …or `model: <id>` (newer: `model: <id> was not found. Did you mean …?`), up to its quote: an id with spaces (a display name sent as the id) is no id.
    // Some clients print two spaces after the colon (aider: `"model:  anthropic.claude-3-5-sonnet-20240620-v1:0"`).
    modelPatterns: [
      // Claude Code names the model it was set to: `There's an issue with the selected model (claude-haiku-4-5-20251001). …`,
      // also a router's namespaced route (`anthropic/claude-ccr-…`, claude-code-router).
      /\bissue with the selected model \(([A-Za-z0-9][\w.:@[\]/-]*[\w\]])\)/,
      /['"]?type['"]?: ?['"]not_found_error['"], ?['"]?message['"]?: ?['"]([A-Za-z0-9][\w.:@-]*[\w])['"]/,
      /['"]?type['"]?: ?['"]not_found_error['"], ?['"]?message['"]?: ?['"]model: +([^'"\\\n]{1,128}?)(?: was not found\b[^'"\n]{0,200})? *\\?['"]/,
      // …its id right after the colon, the value ending at a brace where a poster copied the body by hand and lost its
      // closing quote (`{"type":"not_found_error","message":"model:claude-3-opus-20240229},`); a display name is no id.
      /['"]?type['"]?: ?['"]not_found_error['"], ?['"]?message['"]?: ?['"]model: *([A-Za-z0-9][\w.:@-]*[\w]) *(?:['"]|\}(?=[,}\s]|$))/,
      // The Java SDK's error as its toString prints it, without quotes
      // (`AnthropicError{additionalProperties={type=error, error={type=not_found_error, message=model: claude-3-sonnet-20240229}}}`).
      /\btype=not_found_error, message=model: ([A-Za-z0-9][\w.:@-]*[\w])/,
    ],
    causes: [
      'model-access',
      'unsupported-region',
      'missing-token',
      'invalid-token',
      'account-disabled',
      'auth-method-disabled',
      // A subscription OAuth token without the inference scope (`OAuth token does not meet scope requirement any_of(user:inference, …)`).
      'missing-scopes',
      'destination-not-found',
      'network-block',
      'proxy-html',
      'permission-denied',
    ],
    fallback: ACCESS_FALLBACK,
    // Anthropic's whole answer to callers from unsupported regions; claude.ai's web API (what Claude reverse proxies
    // call) words it `{"type": "permission_error", "message": "We are unable to serve your request"}`.
    signals: [
      { cause: 'unsupported-region', re: /\bRequest not allowed\b|\bWe are unable to serve your request\b/, statuses: [403, null] },
      { cause: 'account-disabled', re: /This\s+organization\s+has\s*been\s*disabled/i, after: 'unsupported-region' },
      // Its 404 for a model names it `model: <id>`; Claude Code may print only that (`API Error: 404 model: claude-sonnet-4-20250514`).
      { cause: 'model-access', re: /\bmodel: claude-[\w.:@-]*\d/, statuses: [404] },
      // A bare 404 from the Messages endpoint, its body dropped by the client (requests' `404 Client Error: Not Found
      // for url: https://api.anthropic.com/v1/messages`, aiohttp's `404, message='Not Found', url=…`, an app's
      // `HTTP/2 404 returned for …`): it answers 404 there only for a model id this key cannot use (`not_found_error`).
      { cause: 'model-access', re: /\bapi\.anthropic\.com\/v1\/messages(?=[\s'"`)>,?]|\.?$)/m, statuses: [404] },
      // …and as the whole message after an error's label where a client dropped the status (a browser extension's
      // `Error: API error: model: claude-3-5-sonnet-latest`, an SDK's class `AI_APICallError: model: …`, newer `…: model: <id>
      // was not found. Did you mean <id>?`); a config's `model: claude-…` line has no such label.
      {
        cause: 'model-access',
        re: /(?:\b[Ee]rror|[a-z]Error|\bAPI error): model: claude-[\w.:@-]*\d[\w.:@-]*(?: was not found\. Did you mean claude-[\w.:@-]+\?)?\s*$/m,
        statuses: [null],
      },
      // …and in its own words: `There's an issue with the selected model (…). It may not exist or you may not have access to it.`
      {
        cause: 'model-access',
        re: /\bissue with the selected model \([^)\n]{1,128}\)\.\s+It\s+may\s+not\s+exist\s+or\s+you\s+may\s+not\s+have\s+access\s+to\s+it\b/,
      },
      // Claude Code's words when its subscription login could not be renewed, without a status (the Agent SDK's
      // `Claude Code returned an error result: Failed to authenticate: OAuth session expired and could not be refreshed`).
      { cause: 'invalid-token', re: /\bOAuth session expired and could not be refreshed\b/ },
      // Claude Code with no key at all: `Missing API key · Run /login`.
      { cause: 'missing-token', re: /\bMissing API key · (?:Please )?[Rr]un \/login\b|\bFailed to get auth headers: No API key available\b/ },
      // Claude Code prints it wrapped at the terminal's width: the words may sit on several lines.
      { cause: 'auth-method-disabled', re: /OAuth\s+authentication\s+is\s+currently\s+not\s+(?:allowed|supported)/i, after: 'unsupported-region' },
      // A browser's (CORS) request, both refusals typed authentication_error: without the opt-in header
      // (`CORS requests must set 'anthropic-dangerous-direct-browser-access' header`), or barred by the
      // organization (`CORS requests are not allowed for this Organization because of its settings.`).
      { cause: 'permission-denied', re: /must set '?anthropic-dangerous-direct-browser-access'? header/i, after: 'unsupported-region' },
      { cause: 'auth-method-disabled', re: /CORS\s+requests\s+are\s+not\s+allowed\s+for\s+this\s+Organization\b/i, after: 'unsupported-region' },
      // Claude Code signed in with a subscription where the organization allows only API keys:
      // `Your organization has disabled Claude subscription access for Claude Code · Use an Anthropic API key instead`.
      { cause: 'auth-method-disabled', re: /organization\s+has\s+disabled\s+Claude\s+subscription\s+access/i, after: 'unsupported-region' },
      // …and the case where a Claude.ai login is required and an API key will not do (Claude Code's web sessions:
      // `Claude Code web sessions require authentication with a Claude.ai account. API key authentication is not sufficient.`).
      {
        cause: 'auth-method-disabled',
        re: /\bsessions\s+require\s+authentication\s+with\s+a\s+Claude\.ai\s+account\.\s+API\s+key\s+authentication\s+is\s+not\s+sufficient\b/i,
        after: 'unsupported-region',
      },
      // The reverse: a Claude Code (subscription OAuth) credential sent to the Messages API by another
      // client, refused as invalid_request_error: `This credential is only authorized for use with Claude Code
      // and cannot be used for other API requests.`
      { cause: 'auth-method-disabled', re: /credential\s+is\s+only\s+authorized\s+for\s+use\s+with\s+Claude\s+Code\b/i, after: 'unsupported-region' },
      // Its 404 for a path it does not serve names no model: `{'type': 'not_found_error', 'message': 'Not
      // found'}` (a gateway sending `/v1/completions`); an unknown model's names the id instead. A client may print
      // the type and message on one line (OpenClaw: `HTTP 404: not_found_error: Not Found (request_id: …)`), or
      // unquoted (Go's go-anthropic: `anthropic api error type: not_found_error, message: Not Found`).
      // claude.ai's refusal of a model the plan does not include (`permission_error - This model isn't available right now.
      // You can switch to another model to continue using Claude.`), as a reverse proxy relays it.
      { cause: 'model-access', re: /\bThis\s+model\s+isn't\s+available\s+right\s+now\b/, statuses: [403, null] },
      // Its refusal of a model this account may no longer call, by the model's display name and the one to use instead
      // (`404 … not_found_error … Claude Fable 5 is not available. Please use Opus 4.8.`), also as Claude Code prints it
      // for a tool's model with a 400 and no body (`API Error: 400 tools.16.model: Claude Fable 5 is not available. …`).
      { cause: 'permission-denied', re: CLAUDE_ACCOUNT_NO_ACCESS, after: 'unsupported-region' },
      {
        cause: 'model-access',
        re: CLAUDE_MODEL_WITHDRAWN,
        statuses: [400, 404, null],
      },
      // Its refusal of the 1M-context beta to an account or subscription not entitled to it, typed invalid_request_error
      // with a 400 (`The long context beta is not yet available for this subscription.`); Claude Code prints it wrapped, the
      // message's tail cut off on the next line.
      { cause: 'model-access', re: /\bThe\s+long\s+context\s+beta\s+is\s+not\s+yet\s+available\b/, statuses: [400, null] },
      {
        cause: 'destination-not-found',
        re: /['"]?type['"]?: ?['"]not_found_error['"], ?['"]?message['"]?: ?['"]Not [Ff]ound['"]|\bnot_found_error: Not [Ff]ound(?=\s*(?:\(|$))|\btype: not_found_error, message: Not [Ff]ound(?=\s*$|[\s,.)}])/m,
      },
    ],
  },
  python: {
    pipPackage: 'anthropic',
    module: 'anthropic',
    importLine: 'import anthropic',
    baseErrorClass: 'anthropic.APIStatusError',
    statusErrorClasses: {
      401: 'anthropic.AuthenticationError',
      403: 'anthropic.PermissionDeniedError',
      404: 'anthropic.NotFoundError',
    },
  },
  node: {
    npmPackage: '@anthropic-ai/sdk',
    importName: 'Anthropic',
    importStyle: 'default',
    errorGuard: '{err} instanceof Anthropic.APIError',
    statusErrorGuards: {
      401: '{err} instanceof Anthropic.AuthenticationError',
      403: '{err} instanceof Anthropic.PermissionDeniedError',
      404: '{err} instanceof Anthropic.NotFoundError',
    },
  },
  syntax: {
    modelArgs: ['model'],
    python: { modules: ['anthropic'], clients: ['Anthropic', 'AsyncAnthropic'], tokenArgs: ['api_key'], modelCalls: ['models.retrieve'] },
    node: { modules: ['@anthropic-ai/sdk'], clients: ['Anthropic'], tokenArgs: ['apiKey'], modelCalls: ['models.retrieve'] },
  },
  snippets: {
    model: 'claude-opus-4-1-20250805',
    altModel: 'claude-sonnet-4-20250514',
    python: {
      imports: 'import os\nimport anthropic',
      client: (k) => `client = anthropic.Anthropic(${pyArg(k, 'api_key')})`,
      call: (m) => `reply = client.messages.create(model="${m}", max_tokens=256, messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import Anthropic from '@anthropic-ai/sdk';",
      client: (k) => `const client = new Anthropic(${jsOpt(k, 'apiKey')});`,
      call: (m) => `const reply = await client.messages.create({ model: '${m}', max_tokens: 256, messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  modelFallbacks: {
    'claude-opus-4-1': ['claude-sonnet-4-5', 'claude-sonnet-4-0', 'claude-3-7-sonnet-latest'],
    'claude-opus-4': ['claude-sonnet-4-0', 'claude-3-7-sonnet-latest', 'claude-3-5-haiku-latest'],
    'claude-sonnet-4-5': ['claude-sonnet-4-0', 'claude-3-7-sonnet-latest', 'claude-haiku-4-5'],
    'claude-sonnet-4': ['claude-3-7-sonnet-latest', 'claude-3-5-sonnet-latest', 'claude-3-5-haiku-latest'],
    'claude-haiku-4-5': ['claude-3-5-haiku-latest', 'claude-3-haiku-20240307'],
    'claude-3-7-sonnet': ['claude-3-5-sonnet-latest', 'claude-3-5-haiku-latest'],
    'claude-3-5-sonnet': ['claude-3-5-haiku-latest', 'claude-3-haiku-20240307'],
    'claude-3-5-haiku': ['claude-3-haiku-20240307'],
    'claude-3-opus': ['claude-3-5-sonnet-latest', 'claude-3-sonnet-20240229', 'claude-3-haiku-20240307'],
    'claude-3-sonnet': ['claude-3-haiku-20240307'],
    'claude-2': ['claude-3-5-haiku-latest', 'claude-3-haiku-20240307'],
  },
  // Retirement dates and successors as read on https://docs.anthropic.com/en/docs/about-claude/model-deprecations
  models: {
    spellCheck: true,
    listIsComplete: true,
    knownIds: [
      'claude-sonnet-4-5',
      'claude-sonnet-4-5-20250929',
      'claude-haiku-4-5',
      'claude-haiku-4-5-20251001',
      'claude-opus-4-1',
      'claude-opus-4-1-20250805',
    ],
    retirements: [
      {
        ids: ['claude-1.0', 'claude-1.1', 'claude-1.2', 'claude-1.3', 'claude-instant-1.0', 'claude-instant-1.1', 'claude-instant-1.2'],
        date: '2024-11-06',
        successor: 'claude-haiku-4-5',
        source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations',
      },
      {
        ids: ['claude-2.0', 'claude-2.1', 'claude-3-sonnet-20240229'],
        date: '2025-07-21',
        successor: 'claude-sonnet-4-5',
        source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations',
      },
      {
        ids: ['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-latest'],
        date: '2025-10-22',
        successor: 'claude-sonnet-4-5',
        source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations',
      },
      {
        ids: ['claude-3-opus-20240229', 'claude-3-opus-latest'],
        date: '2026-01-05',
        successor: 'claude-opus-4-1',
        source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations',
      },
      {
        ids: ['claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-latest'],
        date: '2026-02-19',
        successor: 'claude-sonnet-4-5',
        source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations',
      },
      {
        ids: ['claude-3-5-haiku-20241022', 'claude-3-5-haiku-latest'],
        date: '2026-02-19',
        successor: 'claude-haiku-4-5',
        source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations',
      },
    ],
  },
  check: {
    client: 'http',
    defaultBaseUrl: 'https://api.anthropic.com',
    auth: { header: 'x-api-key' },
    headers: { 'anthropic-version': '2023-06-01' },
    list: {
      path: '/v1/models',
      items: 'data',
      id: 'id',
      query: { limit: '1000' },
      page: { moreField: 'has_more', nextField: 'last_id', query: 'after_id' },
    },
    model: { path: '/v1/models/{model}', when: 'unless-listed' },
    tokenNoun: 'key',
    rules: [
      // Anthropic's answer to callers from unsupported regions.
      { status: 403, bodyIncludes: ['Request not allowed'], outcome: 'unsupported-region' },
      { status: 404, step: 'model', bodyIncludes: ['not_found_error'], outcome: 'model-not-found' },
    ],
  },
} satisfies ProviderPack;
