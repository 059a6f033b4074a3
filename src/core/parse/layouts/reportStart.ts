// Where a one-line report (a provider's error quoted with its status, an error body, a dotted class
// and its message) starts inside a line. indexOf and bounded back-scans only: linear in the line.
import { escapeRegExp } from '../../escapeRegExp';
import { DEBUGGER_VALUE_SEPARATOR, debuggerValue } from './node';
import { RUBY_HEAD, UNCAUGHT, dartUnhandledStart, phpUncaughtStart } from './otherRuntimes';
import { REPORT_PHRASES } from './reportPhrases';
import { DETAILS_WORD, ERROR_DETAILS_HEAD, STATUS_CLASS_HEAD } from './statusLines';

/**
 * Error bodies as providers send them and SDKs print them (JSON or a Python dict), and the logfmt
 * record openai-python 0.x logs for one (`error_code=invalid_api_key error_message= …`, whose
 * message may be empty).
 */
const BODY_KEYS = [
  '"error":',
  '"object":"error"',
  '"object": "error"',
  "'error': ",
  '"type":"error"',
  '"type": "error"',
  "'type': 'error'",
  '_error"',
  "_error'",
  'error_code=',
];

/**
 * Words that put an HTTP status right after them: `failed with status 422`, `status code 401`, `HTTP status code: 401`,
 * Elasticsearch's inference API's `… for request from inference entity id [x] status [404]. Error message: […]`, and a
 * relay's own line closing a Google-style error with its code and status word in brackets (`acme error: Permission
 * denied: … (code: 403, status: PERMISSION_DENIED)`).
 */
const STATUS_KEYS = ['failed with status ', 'status code ', 'Status code: ', 'status code: ', 'status_code: ', 'HTTP status: ', 'status [', '(code: '];

const CLASS_KEYS: Array<[string, number]> = [
  ['Error: ', 5],
  ['Exception: ', 9],
  ['Error [AI_', 5],
];

const STATUS_AFTER = /^[1-5]\d\d\b/;

const STATUS_ANYWHERE = /(?:^|[\s([])[45]\d\d(?=[\s:)\]-]|$)/;

/** An `error`/`Error` word with an HTTP status close after it: `API Error: 401`, `error (status 404)`. */
const STATUS_NEAR = /^[^\n]{0,40}?\b[45]\d\d\b/;

/**
 * …or after the request id Azure.Core's and System.ClientModel's logging policy print between
 * (`Error response [3d125785-…] 404 DeploymentNotFound (00.2s)`), read from after `rror`.
 */
const RESPONSE_ID_STATUS = /^ response \[[^\]\n]{1,64}\] ([45]\d\d)\b/;

/**
 * Where a one-line report starts inside a line, or -1. A report is a provider's error quoted with
 * its status (`Error code: 403 - {…}`, `Request to … failed with status 403 Forbidden: {…}`,
 * `API Error: 401 {…}`), an error body (`{"error": {…}}`, `{'type': 'error', …}`), or a dotted
 * error class with its message (`… - ERROR - openai.AuthenticationError: …`). It starts at the
 * error class printed before it, else at `Error code`, else at the start of the line (the whole
 * line is the report). indexOf and bounded back-scans only: linear in the line.
 */
export function lineReportStart(line: string): number {
  return REPORT_HINT.test(line) ? reportStartIn(line) : -1;
}

/**
 * The words without which reportStartIn finds nothing: every key it looks for contains one of
 * them (`rror` covers the body keys, `Error code: `, ` Client Error` and the `Error: ` class
 * keys). Most lines near an anchor are not reports: one native pass rejects them instead of the
 * two dozen searches below. A unit test runs both over every fixture line.
 */
const REPORT_HINT_WORDS: readonly string[] = [
  'rror',
  UNCAUGHT,
  'Exception: ',
  '.exceptions.',
  'API key',
  'API Key',
  ...STATUS_KEYS,
  ...REPORT_PHRASES,
  // STATUS_CLASS_HEAD (`PermissionDenied: 403 …`), ERROR_DETAILS_HEAD (`…Exception Details:`), debuggerValue.
  ': 4',
  ': 5',
  DETAILS_WORD,
  DEBUGGER_VALUE_SEPARATOR,
  // DEVTOOLS_REQUEST: a browser console's failed request.
  'POST http',
  'GET http',
  // KEY_VAR_REQUIRED's `Either ACME_API_KEY or ACME_AUTH_TOKEN is required …`.
  '_API_KEY or ',
  // STATUS_FROM_URL: a client's `HTTP 401 Unauthorized from https://…` line; Spring's `403 Forbidden from POST …`.
  ' from http',
  ' from POST',
  ' from GET',
];

const REPORT_HINT = new RegExp(REPORT_HINT_WORDS.map(escapeRegExp).join('|'));

/**
 * An app's own words for a key it was not given, naming the variable after `requires` (a voice agent's
 * `error='… Realtime provider requires ACME_API_KEY'`), or saying it is not available (CodeRabbit's ai-pr-reviewer,
 * after its own words: `Warning: Skipped: … Error: Unable to initialize the OpenAI API, both 'ACME_API_KEY' environment
 * variable are not available`), or requiring one of two variables, quoted alone without the check's head above it (a
 * CI action's `Either ACME_API_KEY or ACME_OAUTH_TOKEN is required when using …`); `_API_KEY is required` is a phrase above.
 * Or found in neither place it looked, the variable it fell back on named, after an agent builder's own words (AutoGen
 * Studio's `Error occurred while processing message: api_key is not present in llm_config or ACME_API_KEY env variable …`).
 * Or a plugin's own words logged after a framework's (Genkit's `Non-streaming request failed with error: Please pass in the
 * API key or set the ACME_API_KEY or … environment variable.`, the same words it throws as an Error below).
 */
const KEY_VAR_REQUIRED =
  /\bapi[ _]key is not present in (?:the )?[\w.-]+(?: [\w.-]+)? or (?:the )?[A-Z][A-Z0-9_]*_(?:API_KEY|API_TOKEN)\b|\brequires [A-Z][A-Z0-9]*_(?:API_KEY|API_TOKEN)\b|\b[A-Z][A-Z0-9]*_(?:API_KEY|API_TOKEN)["'`]?(?: environment variables?)? (?:is|are) not available\b|\b[A-Z][A-Z0-9]*_API_KEY or [A-Z][A-Z0-9_]*_(?:KEY|TOKEN) (?:is|are) required\b|\bPlease pass in the API key or set the [A-Z][A-Z0-9_]*_API_KEY\b/;

/**
 * A tool's own words for a key it looked for and did not find, naming the vendor or not (a CLI's `No Acme API key
 * found. Please run <tool> --setup …`), or found none it could use (a CLI extension's `ERROR: No valid API key found.
 * Please set ACME_API_KEY, …`); the `API key` words let the line through the first stage, the packs tell whose key.
 */
const NO_KEY_FOUND = /\bNo (?:valid )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?API (?:key|token) (?:was )?found\b/;

/**
 * A client's line giving the status before the API's error type (OpenClaw's `HTTP 404: not_found_error: Not Found
 * (request_id: …)`), or a tool's summary of it without `HTTP` or the colon (`Evidence: 404 not_found_error model:
 * acme-large-1`): the type names the provider, the status is the report's.
 */
const STATUS_BEFORE_ERROR_TYPE = /(^|[^\w.])((?:HTTP )?[45]\d\d:? [a-z]+(?:_[a-z]+)*)$/;

/** Where such a line's status (or its `HTTP`) starts, or -1: each `_error` found, its status sought in the 64 characters before it. */
function statusThenErrorTypeStart(line: string): number {
  for (let i = line.indexOf('_error'), n = 0; i > 0 && n < 8; i = line.indexOf('_error', i + 1), n++) {
    if (line[i + 6] !== ' ' && !line.startsWith(': ', i + 6)) continue;
    const from = Math.max(0, i - 64);
    const m = STATUS_BEFORE_ERROR_TYPE.exec(line.slice(from, i));
    if (m) return from + m.index + m[1].length;
  }
  return -1;
}

/** Whether `text` (a line, or a JSON line whose strings hold no escapes) may hold a one-line report. */
export function mayHoldLineReport(text: string): boolean {
  return REPORT_HINT.test(text);
}

/** lineReportStart without its first-stage test (for callers that ran mayHoldLineReport already). */
export function reportStartIn(line: string): number {
  // PHP's uncaught exception: the report is its class and what follows (`Fatal error: Uncaught ` is the label).
  const php = phpUncaughtStart(line);
  if (php >= 0) return php;
  // Ruby's uncaught exception: its place, message and ` (Class)` on one line, the report's start.
  if (RUBY_HEAD.test(line)) return 0;
  const code = errorCodeAt(line);
  let evidence = code;
  for (const key of BODY_KEYS) {
    const i = line.indexOf(key);
    if (i >= 0 && (evidence < 0 || i < evidence)) evidence = i;
  }
  for (let i = line.indexOf('rror'), n = 0; i > 0 && n < 8; i = line.indexOf('rror', i + 1), n++) {
    if (evidence >= 0 && i > evidence) break;
    if ((line[i - 1] === 'E' || line[i - 1] === 'e') && (STATUS_NEAR.test(line.slice(i + 4, i + 52)) || RESPONSE_ID_STATUS.test(line.slice(i + 4, i + 90)))) {
      evidence = i - 1;
      break;
    }
  }
  let request = -1;
  for (const key of STATUS_KEYS) {
    const i = line.indexOf(key);
    if (i >= 0 && (evidence < 0 || i < evidence) && STATUS_AFTER.test(line.slice(i + key.length, i + key.length + 4))) {
      evidence = i;
      // replicate-js: `Request to https://… failed with status 403 Forbidden: {…}.`
      request = key === 'failed with status ' ? line.lastIndexOf('Request to ', i) : -1;
    }
  }
  // `401 Incorrect API key provided: …`, Groq's `401 Invalid API Key`: a status and the words `API key` on one line.
  const key = Math.max(line.indexOf('API key'), line.indexOf('API Key'));
  if (key >= 0 && evidence < 0 && STATUS_ANYWHERE.test(line)) evidence = 0;
  if (evidence < 0) {
    for (const phrase of REPORT_PHRASES) {
      const at = line.indexOf(phrase);
      if (at >= 0) {
        // The whole line is the report, from the class a CJK caption labels before the phrase if one does.
        const labelled = classStart(line, at, true);
        if (labelled >= 0 && line[labelled - 1] === CJK_CAPTION_COLON) return labelled;
        evidence = 0;
        break;
      }
    }
  }
  if (evidence < 0 && (KEY_VAR_REQUIRED.test(line) || NO_KEY_FOUND.test(line))) evidence = 0;
  if (evidence < 0) evidence = statusThenErrorTypeStart(line);
  const client = line.indexOf(' Client Error');
  if (client >= 3 && /^[45]\d\d$/.test(line.slice(client - 3, client)) && (evidence < 0 || client < evidence)) evidence = client - 3;
  const cls = classStart(line, evidence < 0 ? line.length : evidence + 1, evidence < 0);
  if (cls >= 0) return cls;
  if (evidence < 0) {
    if (STATUS_CLASS_HEAD.test(line) || debuggerValue(line)) return 0;
    const dart = dartUnhandledStart(line);
    if (dart >= 0) return dart;
    return retriedStatusClass(line) ?? devtoolsRequestStart(line) ?? statusFromUrlStart(line) ?? detailsStart(line);
  }
  if (evidence === code) return classBefore(line, code);
  if (request >= 0) return classBefore(line, request);
  return 0;
}

/** Where `ReplicateError Details:` ending the line starts (after a tool's own words), or -1; a bare `Error Details:` names no class. */
function detailsStart(line: string): number {
  const end = line.trimEnd().length - DETAILS_WORD.length;
  if (end < 6 || !line.startsWith(DETAILS_WORD, end)) return -1;
  const start = identifierStart(line, end);
  return end - start > 5 && ERROR_DETAILS_HEAD.test(line.slice(start)) ? start : -1;
}

/** Position of `Error code: NNN`, or -1. */
function errorCodeAt(line: string): number {
  for (let i = line.indexOf('Error code: '), n = 0; i >= 0 && n < 8; i = line.indexOf('Error code: ', i + 1), n++) {
    if (STATUS_AFTER.test(line.slice(i + 12, i + 16))) return i;
  }
  return -1;
}

/**
 * A logger's level column, all that stands before an error's own `Error: ` head (a CLI's `ERROR\tError: …`,
 * `[ERROR] Error: …`, `error: Error: …`): the head is the report's start, as it is at the start of a line.
 */
const LEVEL_COLUMN = /^\s*(?:\[(?:ERROR|ERR|FATAL|CRITICAL|error)\]|(?:ERROR|ERR|FATAL|CRITICAL|error):?)[ \t]+$/;
/** Most characters such a column takes (`[CRITICAL]` and its padding). */
const MAX_LEVEL_COLUMN = 16;

/**
 * The full-width colon ending a CJK caption that a post glues to the error it labels (`报错：AuthenticationError: …`,
 * `错误信息：…` = error, error message).
 */
const CJK_CAPTION_COLON = '\uFF1A';

/**
 * Start of the first error class with a message (`NotFoundError: `, `openai.X: `, `APICallError
 * [AI_APICallError]: `) before `limit`, or -1. Alone (no other evidence) only a dotted or
 * AI-SDK class counts, or one a retry warning says was raised, or one a CJK caption labels: not every
 * `TypeError: ` in a log is a report.
 */
function classStart(line: string, limit: number, alone: boolean): number {
  let best = -1;
  // `google.api_core.exceptions.NotFound: `: a Python exception path names a class, whatever its name.
  const path = line.indexOf('.exceptions.');
  if (path >= 0 && path < limit) {
    let end = path + 12;
    while (end < line.length && /[\w.]/.test(line[end])) end++;
    if (line.startsWith(': ', end) || end === line.length) best = identifierStart(line, path);
  }
  for (const [key, len] of CLASS_KEYS) {
    for (let i = line.indexOf(key), n = 0; i >= 0 && i < limit && n < 8 && (best < 0 || i < best); i = line.indexOf(key, i + 1), n++) {
      const start = identifierStart(line, i + len);
      // A bare `Error: ` (`Server Error: …`) names no class, unless a logger's level column is all before it.
      const levelled = start === i && i <= MAX_LEVEL_COLUMN && key === 'Error: ' && LEVEL_COLUMN.test(line.slice(0, i));
      if (start === i && key !== 'Error [AI_' && !levelled) continue;
      if (
        !alone ||
        levelled ||
        line.slice(start, i).includes('.') ||
        key === 'Error [AI_' ||
        line.startsWith(RETRY_RAISED, start - RETRY_RAISED.length) ||
        line[start - 1] === CJK_CAPTION_COLON
      ) {
        best = start;
        break;
      }
    }
  }
  return best;
}

/**
 * A browser's console line for a failed request (Chromium's devtools, also inside Electron apps and
 * Obsidian): `POST https://api.<provider>/v1/chat/completions 401 (Unauthorized)`, after the
 * script's location or not (`plugin:smart-connections:3621          POST https://… 404`), the
 * reason in brackets or none (HTTP/2 sends none). The status and the request URL are the report.
 */
const DEVTOOLS_REQUEST = /(?:^|\s)((?:GET|POST|PUT|PATCH|DELETE) https?:\/\/[^\s'"<>]+ [45]\d\d(?: \([A-Za-z ]*\))?)\s*$/;

/**
 * A client's own line for a refused request, its body below it (Continue's `HTTP 401 Unauthorized
 * from https://api.<provider>/v1/models`, then a blank line or none, then `{"error": …}`).
 */
export const STATUS_FROM_URL = /\bHTTP [45]\d\d [A-Z][A-Za-z]+(?: [A-Z][a-z]+)? from https?:\/\/[^\s'"<>]+\s*$/;

/**
 * The same line with its body after the URL on that line (Continue's `HTTP 401 Access Denied from
 * https://…/openai/deployments/…?api-version=… { "statusCode": 401, "message": "…" }`).
 */
const STATUS_FROM_URL_INLINE_BODY = /\bHTTP [45]\d\d [A-Z][A-Za-z]+(?: [A-Z][a-z]+)? from https?:\/\/[^\s'"<>]+ \{/;

/**
 * Qt's `QNetworkReply` error string, which C++ apps show as is: `Error transferring
 * https://api.acme.example/v1/chat/completions - server replied: Not Found` (the status as its reason phrase).
 */
const QT_REPLY = /\bError (?:transferring|downloading) https?:\/\/[^\s'"<>]+ - server replied: (?:Unauthorized|Forbidden|Not Found)\b/;

/**
 * Spring's WebClient (`WebClientResponseException`): `403 Forbidden from POST https://…`, the status
 * and reason, then the method and URL; a logger may wrap the URL onto the next line.
 */
const STATUS_FROM_METHOD_URL = /\b[45]\d\d [A-Z][A-Za-z]+(?: [A-Z][a-z]+)? from (?:GET|POST|PUT|PATCH|DELETE)(?: https?:\/\/[^\s'"<>]+)?\s*$/;

/** Where a status-from-URL line's `HTTP` (or Qt's `Error transferring`, or Spring's status) starts, or null. */
function statusFromUrlStart(line: string): number | null {
  const m = STATUS_FROM_URL.exec(line) ?? STATUS_FROM_URL_INLINE_BODY.exec(line);
  if (m) return m.index + (line[m.index] === 'H' ? 0 : 1);
  const spring = STATUS_FROM_METHOD_URL.exec(line);
  if (spring) return spring.index;
  const qt = QT_REPLY.exec(line);
  return qt ? qt.index : null;
}

/** Where a devtools request line's method starts, or null. */
function devtoolsRequestStart(line: string): number | null {
  const m = DEVTOOLS_REQUEST.exec(line);
  return m ? line.lastIndexOf(m[1]) : null;
}

/** tenacity's retry warning (LangChain, LlamaIndex): `Retrying … in 4.0 seconds as it raised CohereAPIError: …`. */
const RETRY_RAISED = 'as it raised ';

/**
 * Where a bare status class starts after a retry warning's words, or null: LangChain's tenacity
 * warning for google.api_core's classes (`Retrying … in 4.0 seconds as it raised PermissionDenied:
 * 403 Permission … denied …`), whose names end in neither `Error` nor `Exception`.
 */
function retriedStatusClass(line: string): number | null {
  const at = line.indexOf(RETRY_RAISED);
  if (at < 0) return null;
  const start = at + RETRY_RAISED.length;
  return STATUS_CLASS_HEAD.test(line.slice(start)) ? start : null;
}

/** `openai.PermissionDeniedError: ` right before `at`: where that class starts, else `at`. */
function classBefore(line: string, at: number): number {
  if (at < 2 || line.slice(at - 2, at) !== ': ') return at;
  let end = at - 2;
  // `APICallError [AI_APICallError]: `
  if (line[end - 1] === ']') {
    const open = line.lastIndexOf(' [', end);
    if (open > 0 && end - open < 64) end = open;
  }
  const start = identifierStart(line, end);
  return start < end && /(?:Error|Exception)$/.test(line.slice(start, end)) ? start : at;
}

/** Start of the `[\w$.]` run ending at `end` (at most 200 characters back). */
function identifierStart(line: string, end: number): number {
  let i = end;
  const stop = Math.max(0, end - 200);
  while (i > stop && /[\w$.]/.test(line[i - 1])) i--;
  // An escaped line break right before the class (`… from None\nanthropic.NotFoundError: …` in a
  // logged string): the escape's letter is not the class's.
  if (i > 0 && line[i - 1] === '\\' && /[nrt]/.test(line[i])) i++;
  while (i < end && (line[i] === '.' || /\d/.test(line[i]))) i++;
  return i;
}
