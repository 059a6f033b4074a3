// Lines that state an HTTP status apart from a trace: a status and its reason alone, a client's status
// detail lines, Hugging Face's `4xx Client Error` heads, a reason phrase standing for its status.
import { WRAPPED_SENTENCE_TAIL } from './reportPhrases';

/**
 * A status and its reason phrase alone on a line (`401 Unauthorized`, `HTTP/2 403 Forbidden`, httr2's `HTTP 401
 * Unauthorized.` as an R app's cli alert prints it: `✖ HTTP 401 Unauthorized.` over its `•` bullets), also
 * labelled and marked by a bot's log (`❌ Code 401: Unauthorized`), above a report that states none;
 * or a status field of Swift's `dump()` of an error, as Xcode's debugger prints it (`- httpResponseCode : 400`);
 * or a tool's short words ending in the status (tgpt: `Some error has occurred. Statuscode: 401`; chatgpt-cli:
 * `Unknown error, status code 404`, no colon; a CLI's `Failed to fetch models: HTTP 401` over its own missing-key line),
 * or axios's message printed alone (`Request failed with status code 401`),
 * or a step of plandex's nested arrow chain that holds only the status (`      → 401, message`, its message one step below),
 * or a gRPC status name with the HTTP status in parentheses (Antigravity CLI's log: `FAILED_PRECONDITION (code 400):`),
 * or Codex's status head whose message a terminal or a post put on the next line (`unexpected status 401 Unauthorized:`),
 * or a client's `HTTP <status>: <sentence>.` whose message goes on on the next line (OpenClaw's `HTTP 401: You have
 * insufficient permissions for this operation.` over `Missing scopes: model.request.`),
 * or a client's sentence ending in the status and a colon, the body on the next line (a dictation app's `Transcription
 * Failed: The API request failed with status code 400:` over the API's JSON); without the colon a sentence is no head.
 */
export const STATUS_ONLY_LINE =
  /^\s*(?:[^\w\s]{1,3} )?(?:HTTP(?:\/[\d.]+)? |(?:Status|Code|Status Code):? )?[45]\d\d:?(?: [A-Z][a-z]+){1,3}\.?\s*$|^\s*(?:[^\w\s]{1,3} )?[Uu]nexpected status [45]\d\d(?: [A-Z][a-z]+){1,3}:\s*$|^\s*[A-Z]+(?:_[A-Z]+)+ \(code [45]\d\d\):?\s*$|^\s*- (?:httpResponseCode|httpStatusCode|statusCode|responseCode) : [45]\d\d\s*$|^[^{}\n]{0,40}\b[Ss]tatus ?[Cc]ode:? [45]\d\d\s*$|^[^{}\n]{0,40}: HTTP [45]\d\d\s*$|^\s*Request failed with status code [45]\d\d\s*$|^\s*\u2192 [45]\d\d, message\s*$|^\s*HTTP [45]\d\d: [A-Z][^{}\n]{0,60}\.\s*$|^[^{}\n]{0,60}\bstatus code [45]\d\d:\s*$/;

/**
 * A client-error status alone on its line, right below the closing brace of the body printed above it: axios's
 * response printed field by field, as its docs show (`console.log(error.response.data)`, `…status`, `…headers`).
 */
export const STATUS_BELOW_BODY = /^\s*(4\d\d)\s*$/;

/**
 * …and the same status alone on the line right above the body it came with (an extension's or a desktop app's
 * error panel: `403` over `{"error":{…}}`): the body's status line, but only over a line that opens a body (BODY_OPEN_LINE):
 * a number alone is otherwise a count, a line number or a page number.
 */
const STATUS_ABOVE_BODY = /^\s*4\d\d\s*$/;

/** A line that opens a printed JSON body: what STATUS_ABOVE_BODY must stand right above. */
const BODY_OPEN_LINE = /^\s*\{\s*(?:["'][\w-]+["']\s*:|$)/;

/** Whether `status` is a bare client-error status alone on its line right above `line`, which opens a body. */
export function isStatusAboveBody(status: string, line: string): boolean {
  return STATUS_ABOVE_BODY.test(status) && BODY_OPEN_LINE.test(line);
}

/** The line a printed body closes on (`}`, `})`): what STATUS_BELOW_BODY must come right after. */
export const BODY_CLOSE_LINE = /^\s*[}\]]+[)]?,?\s*$/;

/** The status printed alone below the body the lines end with (STATUS_BELOW_BODY), or null. */
export function statusBelowBody(lines: readonly string[]): number | null {
  let last = lines.length - 1;
  while (last > 0 && lines[last].trim() === '') last--;
  const m = last > 0 && BODY_CLOSE_LINE.test(lines[last - 1]) ? STATUS_BELOW_BODY.exec(lines[last]) : null;
  return m ? Number(m[1]) : null;
}

/**
 * A logfmt record of the response a request got, logged right above the record of the error read
 * from it (`message='… API response' path=https://…/v1/engines/<model>/completions … response_code=404`,
 * then `error_code=… error_message='That model does not exist' …`): the report's URL and status.
 */
export const LOGFMT_RESPONSE_RECORD = /\bpath=https?:\/\/\S+ .*\bresponse_code=[45]\d\d\b/;

/**
 * The Hub's refusal head (`huggingface_hub`'s `hf_raise_for_status`): `403 Forbidden: <the server's message>`,
 * the line above its `Cannot access content at: <url>.` (HUB_CONTENT_LINE) when the class is printed apart.
 */
export const HUB_STATUS_HEAD = /^\s*[45]\d\d [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}: \S/;

export const HUB_CONTENT_LINE = /^\s*Cannot access content at: /;

/** …and the hint the Hub puts under that line. */
export const HUB_PERMISSIONS_HINT = /^\s*Make sure your token has the correct permissions\.?\s*$/;

/**
 * A client's words ending in the status in brackets and a colon, its message on the lines below (the R package
 * openai's stop(): `Error: OpenAI API request failed [401]:`, a blank line, the API's message).
 */
export const FAILED_STATUS_CAPTION = /\bfailed \[[45]\d\d\]:\s*$/;

/**
 * A client's status head whose message is an HTML page, the page going on over the lines below it (Codex:
 * `unexpected status 403 Forbidden: <html>`, then `  <head>`, …).
 */
const STATUS_HTML_HEAD = /^\s*(?:[^\w\s]{1,3} )?(?:[Uu]nexpected status |HTTP )?[45]\d\d(?: [A-Z][a-z]+){1,3}: ?<(?:!DOCTYPE html|html)\b/i;

/** …a line of that page (its markup opens the line). */
export const HTML_PAGE_LINE = /^\s*</;

/** …and the client's own fields printed after the page on its last line (Codex cuts the page with `...`): `…, url: https://…`. */
export const URL_FIELD_AFTER_PAGE = /, url: https?:\/\/\S/;

/** Where in the lines above (newest last) the status head of an HTML page they all belong to is, or -1. */
export function htmlPageHeadAbove(above: readonly string[]): number {
  for (let i = above.length - 1; i >= 0; i--) {
    if (STATUS_HTML_HEAD.test(above[i])) return i;
    if (!HTML_PAGE_LINE.test(above[i])) return -1;
  }
  return -1;
}

/** A rule an app prints between its error's lines (`==========`, `----------`): looked past between a status line and the report. */
export const RULE_ONLY_LINE = /^\s*(?:={3,}|-{3,})\s*$/;

/** An exception head that states its status and nothing after it: `openai.BadRequestError: Error code: 400`, `APIError: 401`. */
export const STATUS_ONLY_HEAD = /^\s*[A-Za-z_][\w.]*(?:Error|Exception): (?:Error code: )?[45]\d\d\s*$/;

/** A poster's short label over a body they pasted apart from its head (`Error details:`, `エラー情報`): no status, no bracket. */
export const BODY_LABEL = /^\s*[^\s{}[\]\d][^{}[\]\d]{0,38}$/;

/**
 * A class printed bare with an HTTP status first in its message: `google.api_core` words its
 * exceptions `{code} {message}` (`PermissionDenied: 403 Request had insufficient authentication
 * scopes. [reason: …`), so the status names the line a report though its class says no `Error`.
 * Two-humped names only (`PermissionDenied`, `NotFound`): `Status: 401 …` is a header, not a class.
 */
export const STATUS_CLASS_HEAD = /^([A-Z][a-z]+[A-Z][A-Za-z]{0,40}): ([45]\d\d \S.*)$/s;

/** replicate-python's message, after whatever a tool prints before it: `ReplicateError Details:`, then `title: …`, `status: 401`, `detail: …` lines. */
export const ERROR_DETAILS_HEAD = /^([A-Za-z_][\w.]*(?:Error|Exception)) Details:\s*(.*)$/s;

export const DETAILS_WORD = ' Details:';

/**
 * The first property of an SDK error's object dump at column 0 (`status: 403,`): the dump of an
 * error whose head and stack were not printed or not pasted. Its indented properties follow.
 */
export const DUMP_WITHOUT_HEAD = /^status(?:Code)?: [45]\d\d,\s*$/;

/**
 * An HTTP reason phrase printed alone as an error's message (`Error: Forbidden`, `APICallError:
 * Unauthorized`), or after an SDK's own words (replicate-js 0.x: `API request failed: Not Found`).
 */
const BARE_REASON = /^\s*(?:API request failed: )?(Unauthorized|Forbidden|Not Found)\.?\s*$/i;

const REASON_STATUS: Readonly<Record<string, number>> = { unauthorized: 401, forbidden: 403, 'not found': 404, notfound: 404 };

/**
 * A reason phrase where a client prints the status: `HTTP status code: Unauthorized | Response body: {…}`
 * (OpenAI-DotNet), Azure AI Search's skill error `Web Api response status: 'Forbidden'` (.NET's
 * `HttpStatusCode` name: `'NotFound'`), Qt's `QNetworkReply` error string (`Error transferring
 * https://api.acme.example/v1/chat/completions - server replied: Not Found`).
 */
const STATUS_AS_REASON = /(?:\b(?:status code|response status)| - server replied): '?(Unauthorized|Forbidden|Not ?Found)\b/i;

/** An error body whose message is the reason phrase alone (Mistral's `{"message":"Unauthorized","request_id":…}`, `{"detail":"Forbidden"}`); a bare `Not Found` body may be any server's. */
const BODY_REASON = /["'](?:message|detail)["'] ?: ?["'](Unauthorized|Forbidden)["']/;

/** The status a message that is only a reason phrase states, else null. */
export function bareReasonStatus(message: string): number | null {
  const m = BARE_REASON.exec(message);
  return m ? REASON_STATUS[m[1].toLowerCase()] : null;
}

/** The status a client's `status code: <reason>`, or a body's message that is only the reason, states, else null. */
export function reasonAsStatus(text: string): number | null {
  const m = STATUS_AS_REASON.exec(text) ?? BODY_REASON.exec(text);
  return m ? REASON_STATUS[m[1].toLowerCase()] : null;
}

/**
 * The HTTP error text of `requests` and `huggingface_hub` at a line's start: `401 Client Error.
 * (Request ID: …)`. It goes on a message (transformers' gated-repo `OSError` quotes it on its
 * third line), and huggingface_hub prints the server's message below it after one blank line.
 */
export const CLIENT_ERROR_LINE = /^\s*[45]\d\d Client Error\b/;

/**
 * A report's status and body printed as lines of their own under its head: Haystack 1.x's
 * `OpenAIError: OpenAI returned an error.`, then `Status code: 401`, then `Response body: {`.
 */
export const STATUS_DETAIL_LINE = /^\s*(?:HTTP )?[Ss]tatus(?:[ _][Cc]ode)?: ?[45]\d\d\b/;

export const BODY_DETAIL_LINE = /^\s*(?:Response |HTTP )?[Bb]ody: ?[{[]/;

/** The same text after an error class: `huggingface_hub.errors.GatedRepoError: 401 Client Error. …`. */
export const CLIENT_ERROR_HEAD = /^\s*(?:[A-Za-z_][\w.]*: )?[45]\d\d Client Error\b/;

/**
 * Older huggingface_hub's head whose message is only the request id (`huggingface_hub.utils._errors.
 * BadRequestError:  (Request ID: …)`): the server's words follow after a blank line (`Bad request:`, then
 * `Authorization header is correct, but the token seems invalid`), as under a `4xx Client Error` head.
 */
export const HUB_REQUEST_ID_ONLY_HEAD = /^\s*[A-Za-z_][\w.]*Error:\s+\(Request ID: [^()]*\)[*\s]*$/;

/**
 * huggingface_hub's head that ends where the server's message begins (`…GatedRepoError: 403 Client
 * Error.`, its request id after it or not): the message may follow on the very next line, without
 * the blank line between (as posts and newer versions print it). `requests`' `403 Client Error:
 * Forbidden for url: …` says it all on one line.
 */
export const HUB_CLIENT_ERROR_END = /[45]\d\d Client Error\.(?: \(Request ID: [^()]*\))?[ \t]*$/;

/**
 * A report head that says only a status and its reason (`[ERROR] OpenAI API Error: 401
 * Unauthorized`, Agno's `Error from Gemini API: 404 NOT_FOUND.`): what it means is on the line
 * below (an indented `Message: "…"`, the body, or the next record of the same logger).
 */
export const STATUS_REASON_ONLY_END = /\b[45]\d\d(?: [A-Z][A-Za-z-]*){1,3}[ \t]*$|\b[45]\d\d [A-Z]+(?:_[A-Z]+)+\.?[ \t]*$/;

/**
 * A head whose message is openai-python's status alone (`openai.PermissionDeniedError: Error code:
 * 403`), as a service's log prints it with the provider's message on the next line; or a client's
 * `[<Class>]: got status: <status> <reason>` head whose message a post put on the line below
 * (`[AcmeAI.ClientError]: got status: 404 Not Found` over the service's sentence; printed whole, its body follows on the line);
 * or an SDK's `<Class>Error: <status> <CANONICAL_CODE>.` head (`acme.errors.ClientError: 404 NOT_FOUND.`, printed whole
 * with its body on the line) whose message a post put, hard-wrapped, on the lines below.
 */
export const BARE_ERROR_CODE_END =
  /\bError code: [45]\d\d[ \t]*$|\]: got status: [45]\d\d(?: [A-Z][a-z]+){1,3}\.?[ \t]*$|\b\w*(?:Client|Server|API)Error: [45]\d\d [A-Z]+(?:_[A-Z]+)*\.[ \t]*$/;

/** …the heads of those whose message may go on, hard-wrapped, over the lines after the first. */
export const GOT_STATUS_HEAD_END =
  /\]: got status: [45]\d\d(?: [A-Z][a-z]+){1,3}\.?[ \t]*$|\b\w*(?:Client|Server|API)Error: [45]\d\d [A-Z]+(?:_[A-Z]+)*\.[ \t]*$/;

/**
 * A report cut right after its status by a popup or a terminal (the Sublime Text plugin's `LlmRunner
 * error: Request failed with status: 401`), its reason phrase starting the next line (`Unauthorized,
 * the error: You didn't provide an API key. …`): group 1 the status.
 */
export const BARE_STATUS_END = /\bstatus(?: code)?:? ([45]\d\d)[ \t]*$/i;

const REASON_OF: Readonly<Record<string, string>> = { '400': 'Bad Request', '401': 'Unauthorized', '403': 'Forbidden', '404': 'Not Found' };

/** A head that stops after the model its sentence names (`404 The model 'gpt-4o'`, `… model `gpt-4``). */
const ENDS_AT_MODEL = /\bmodel:? ['"`]?[\w.:/-]+['"`]?\s*$/i;

/**
 * A role-based refusal broken off right before the action it names (`The principal … lacks the required data action`,
 * `… does not have authorization to perform action`), a terminal's width or a Markdown quote pasting each line as a
 * paragraph of its own having moved the action to the next line.
 */
const ENDS_AT_ACTION = /\b(?:lacks the required data action|does not have authorization to perform action)[ \t]*$/;

/** An RBAC action path starting a line (`Microsoft.Acme/accounts/widgets/read to perform …`), quoted or not. */
const STARTS_WITH_ACTION = /^\s*['"`]?[A-Z]\w*\.[A-Z]\w*\/[\w*./-]+/;

/** Whether `line` starts with an RBAC action path, as the rest of a refusal broken off before it would. */
export function startsWithAction(line: string): boolean {
  return STARTS_WITH_ACTION.test(line);
}

/** Whether `line` is the action `head` broke off before: one refusal, wrapped (a blank line between or not). */
export function wrappedAtAction(head: string, line: string): boolean {
  return STARTS_WITH_ACTION.test(line) && ENDS_AT_ACTION.test(head);
}

/**
 * Whether `line` goes on with the reason phrase of the status `head` ends in, or with the rest of the
 * sentence `head` broke off after its model: one report, wrapped.
 */
export function wrappedAfterStatus(head: string, line: string): boolean {
  if (ENDS_AT_MODEL.test(head) && WRAPPED_SENTENCE_TAIL.test(line)) return true;
  const reason = REASON_OF[BARE_STATUS_END.exec(head)?.[1] ?? ''];
  return reason !== undefined && line.startsWith(reason) && !/^\w/.test(line.slice(reason.length));
}
