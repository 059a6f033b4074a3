// The one table of trace layouts: the line shapes that open, continue and end a trace block in
// each layout the engine reads, shared by the block cutter (src/core/scan/blockCutter.ts) and
// the parsers, so a block the cutter cuts is a block a parser reads. Shapes, never providers.
// Every pattern is anchored and linear per line (no nested or adjacent unbounded quantifiers
// that can match the same text).
import { escapeRegExp } from '../escapeRegExp';

/** Python: `Traceback (most recent call last):`, exception groups' `| ` and `+ ` margins. */
export const PY_HEADER = /^[\s|+]*(?:Exception Group )?Traceback \(most recent call last\):/;
/** Python chained exceptions. */
export const PY_CHAIN =
  /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
/**
 * `  File "app.py", line 42, in main` (the function is trimmed by the parser); a paste through a word
 * processor or a forum may turn the quotes typographic (`File “app.py”, line 42`). A line holding
 * more frames after this one is a whole trace flattened onto one line, not a frame. A Markdown renderer
 * drops `<module>` as a tag: `File "app.py", line 154, in` is a frame whose function it ate.
 */
export const PY_FRAME = /^\s*File ["\u201c]([^"\u201c\u201d]+)["\u201d], line (\d+)(?:, in(?: (?!.* File ["\u201c])(\S.*))?)?[ \t]*$/;
/** The carets (3.11+) or tildes under a source line. */
export const PY_CARETS = /^\s*[~^]+\s*$/;
/** Streamlit's exception display and pasted pages put `Traceback:` between message and frames. */
export const PY_LOOSE_HEADER = /^\s*(?:Traceback|Stack ?trace):?\s*$/i;
/** `openai.PermissionDeniedError: Error code: 403 - …`, `KeyError`, `replicate.exceptions.X: …`. */
export const PY_EXCEPTION = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
/**
 * Django's copy-and-paste debug view ends its traceback with `Exception Type: X at /path/` and then
 * `Exception Value: message` where Python prints `X: message`.
 */
export const DJANGO_EXCEPTION_TYPE = /^Exception Type:[ \t]*([A-Za-z_][\w.]*)(?: at \S*)?[ \t]*$/;
export const DJANGO_EXCEPTION_VALUE = /^Exception Value:[ \t]?(.*)$/;

/** IPython/Jupyter: `PermissionDeniedError                     Traceback (most recent call last)`. */
export const IPY_HEADER = /^([A-Za-z_][\w.]*)[ \t]+Traceback \(most recent call last\)\s*$/;
/** The dashed rule IPython prints above its header. */
export const IPY_RULE = /^-{20,}\s*$/;
/**
 * IPython 8 frames: `Cell In[28], line 3` (`, in ask(prompt)` when in a function); 8.0–8.5
 * printed `Cell In [28], line 3`; Databricks names its cells `File <command-2381926542358720>, line 5`
 * (a cell, not a file: no quotes, no `path:line`). Group 1: the cell as printed.
 */
export const IPY_CELL_FRAME = /^(?:File )?(Cell In ?\[\d+\]|(?<=^File )<[^<>]+>), line (\d+)(?:, in (.+?))?\s*$/;
/** `File ~/…/openai/_base_client.py:1047, in SyncAPIClient.request(self, …)`. */
export const IPY_FILE_FRAME = /^File (.+?):(\d+)(?:, in (.+?))?\s*$/;
/** IPython 8.0–8.4 named the cell without its line: `Input In [20], in <cell line: 5>()` (the marker gives it). */
export const IPY_INPUT_FRAME = /^(Input In \[\d+\]), in (.+?)\s*$/;
/** IPython 7 / Colab: `<ipython-input-21-…> in <cell line: 1>()`, `/path/file.py in func(args)`. */
export const IPY_OLD_FRAME = /^(<ipython-input-[\w-]+>|(?:[A-Za-z]:)?[~\\/.\w-]\S*?\.py|<[\w -]+>) in (.+?)\s*$/;
/** `----> 1 code`, `--> 275 code`, `      2 code`: numbered source, the arrow on the failing line. */
export const IPY_SOURCE_LINE = /^\s*(-+>)?\s*(\d+)(?: (.*))?$/;
/**
 * VS Code Jupyter (2022–2023) named a cell by its notebook and index, in the user's language:
 * `c:\proj\chat.ipynb Cell 3 line <cell line: 5>()`, `/u/report.ipynb Cell 16' in <module>`,
 * `…\Intro.ipynb 셀 15 in <cell line: 1>()`.
 */
export const IPY_VSCODE_CELL_FRAME = /^(\S.*?\.ipynb \S+ \d+'?) (?:in|line) (.+?)\s*$/;
/** Colab's folded `4 frames`, IPython's `(...)` for elided source lines. */
export const IPY_FOLDED = /^\s*(?:\d+ frames?|\(\.\.\.\))\s*$/;

/** Drops Markdown links (Colab copies) and HTML anchors (VS Code Jupyter), keeping their text. */
export function stripLinks(line: string): string {
  if (line.indexOf('](') < 0 && line.indexOf('<a ') < 0) return line;
  return line.replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1').replace(/<a\s[^>]*>([^<]*)<\/a>/g, '$1');
}

/** A first-column line that belongs to an IPython traceback before its exception line. */
export function isIPythonFrameLine(line: string): boolean {
  const l = stripLinks(line);
  return (
    IPY_CELL_FRAME.test(l) ||
    IPY_FILE_FRAME.test(l) ||
    IPY_OLD_FRAME.test(l) ||
    IPY_INPUT_FRAME.test(l) ||
    IPY_VSCODE_CELL_FRAME.test(l) ||
    IPY_SOURCE_LINE.test(l) ||
    IPY_FOLDED.test(l) ||
    IPY_RULE.test(l) ||
    PY_CHAIN.test(l) ||
    IPY_HEADER.test(l)
  );
}

/**
 * Rich (`rich.traceback`, Typer): the top of its box, `╭──── Traceback (most recent call last) ────╮`
 * (`┌…┐` on legacy Windows consoles), or a bare rule when the box has no sides (Streamlit's log).
 * The right corner goes when a copy cuts the line. Group 1: the indentation (RichHandler's log
 * columns), group 2: the left corner (none: no sides).
 */
export const RICH_HEADER = /^([ \t]*)([╭┌]?)─+ Traceback \(most recent call last\) ─+[╮┐]?[ \t]*$/;
/** The bottom of a Rich box; the exception line(s) come right after it. */
export const RICH_BOTTOM = /^[╰└]─+[╯┘]?[ \t]*$/;
/** The rule closing a Rich traceback printed without sides. */
export const RICH_RULE = /^─{8,}[ \t]*$/;
/** The side of a Rich box, opening each of its lines. */
export const RICH_SIDE = '│';
/**
 * A numbered source line inside a Rich frame (the box's side taken off): `❱ 149 │   response = …`,
 * legacy Windows' `>  61 │ …`, `   146 │   llm = …`. Group 1: the marker of the failing line, 2: the
 * line number, 3: the code with Rich's indent guides (`│   `).
 */
export const RICH_SOURCE = /^(?:([❱>]) +| +)(\d+)(?: (.*))?$/;
/** The guides Rich draws at each indentation level of a source line. */
export const RICH_GUIDES = /^(?:│ {0,3})+/;

/** pytest's `____ test_name ____` entry header, and the `path:line: ErrorClass` line ending it. */
export const PYTEST_HEADER = /^_{3,} .* _{3,}\s*$/;
export const PYTEST_LOCATION_END = /^\S+:\d+: [A-Za-z_][\w.]*\s*$/;
/** pytest's short frame line (`--tb=short`, collection errors): `app/client.py:29: in <module>`. */
export const PYTEST_FRAME_LINE = /^\S+:\d+: in \S+\s*$/;

/**
 * What runtimes put before a Node error head: Deno's `error: `, Next.js dev's ` ⨯ ` (also
 * `⨯ unhandledRejection: `), Node's `Unhandled Rejection: `. js-debug's `Uncaught ` is in the head.
 * Julia's REPL reads the same way: `ERROR: ArgumentError: api_key cannot be empty`, its stack below; so does
 * the JVM's uncaught exception: `Exception in thread "main" com.anthropic.errors.UnauthorizedException: 401: …`.
 */
const NODE_HEAD_PREFIX =
  /^(?:\s*⨯ (?:unhandledRejection: |uncaughtException: )?|error: (?=Uncaught )|Unhandled [Rr]ejection:? |ERROR: (?=[A-Z]\w*(?:Error|Exception): )|Exception in thread "[^"\n]{0,100}" (?=[\w$.]+: ))/;
/**
 * A Node error head after its prefix: `Error: 403 …`, `Error:msg`, `PermissionDeniedError: …`,
 * `APICallError [AI_APICallError]: …`, js-debug's `Uncaught PermissionDeniedError Error: …`
 * (class, then the stack's first line), `[Error: …]` (Next.js 15), a bare class with the spaces a
 * terminal copy left after it. PHP's namespaced class reads alike when a framework prints it
 * without ` in file:line` (`Prism\Exceptions\PrismException: …`). Groups: 1 js-debug class, 2 class, 3 message.
 */
const NODE_HEAD_BODY =
  /^\[?(?:Uncaught (?:\(in promise\) )?(?:([A-Za-z_$][\w$.]*(?:Error|Exception)) )?)?((?:[A-Za-z_$][\w$.]*|(?:[A-Za-z_]\w*\\)+\w*)?(?:Error|Exception))(?: \[[\w-]+\])?(?::\s?(.*)|\s*)$/;

export interface NodeHead {
  /** The class the runtime names first (js-debug), else the stack's class. */
  errorClass: string;
  message: string;
}

/** Reads a Node error head line, or null when the line is not one. */
export function nodeHead(line: string): NodeHead | null {
  const p = NODE_HEAD_PREFIX.exec(line);
  const rest = p ? line.slice(p[0].length) : line;
  const m = NODE_HEAD_BODY.exec(rest);
  if (!m) return null;
  let message = m[3] ?? '';
  // `Error:` alone is a post's caption above the output: an error without a message prints no colon.
  if (m[3] !== undefined && m[3].trim() === '' && !m[1] && (m[2] === 'Error' || m[2] === 'Exception')) return null;
  // Next.js 15 wraps the head in brackets: `[Error: 401 …]`.
  if (rest.startsWith('[') && message.endsWith(']')) message = message.slice(0, -1);
  return { errorClass: m[1] ?? m[2], message };
}

/**
 * VS Code's debugger shows a raised exception as `Exception has occurred: PermissionDenied`, with
 * debugpy's `(note: full exception trace is shown but execution is paused at: …)` after it at
 * times, and the message on the lines below. Markdown bold kept from a post (`**…**`) is allowed.
 */
export const DEBUGGER_HEAD = /^(?:\*\*)?Exception has occurred: ([A-Za-z_][\w.]*)(?:\*\*)?(?:\s+\(note: .*\))?\s*$/;

const DEBUGGER_VALUE_SEPARATOR = '"} | ';
const DEBUGGER_VALUE_TYPE = /^[A-Za-z_][\w.]*(?:Exception|Error)$/;

/**
 * Visual Studio's display of an exception value (Locals, Watch, a DataTip copied as text): the
 * message as a C# string in braces, then its type: `{"HTTP 401 (PermissionDenied)\r\n\r\nPrincipal
 * does not have access to API/Operation."} | System.ClientModel.ClientResultException`. The
 * message keeps its C# escapes; null when the line is not one. indexOf and one anchored test.
 */
export function debuggerValue(line: string): NodeHead | null {
  if (!line.startsWith('{"')) return null;
  const end = line.lastIndexOf(DEBUGGER_VALUE_SEPARATOR);
  if (end < 2) return null;
  const type = line.slice(end + DEBUGGER_VALUE_SEPARATOR.length).trimEnd();
  return DEBUGGER_VALUE_TYPE.test(type) ? { errorClass: type, message: line.slice(2, end) } : null;
}

/**
 * R's condition as rlang and cli print it (httr2, ellmer): a head that names the call and ends in a
 * colon, `Error in `req_perform()`:`, with the place it was raised (`Error in `f()` at
 * pkg/R/httr2.R:36:3:`), or a chained `Caused by error in `req_perform()`:`; its message on the lines
 * below. A bare `Error:` is left alone: it is far more often a post's caption.
 */
export const R_CONDITION_HEAD = /^(?:Error in `[^`\n]{1,200}`|Caused by error(?: in `[^`\n]{1,200}`)?)(?: at [^\s:]{1,200}:\d+:\d+)?:\s*$/;
/**
 * A line of an R condition's message: `! HTTP 401 Unauthorized.`, then cli's bullets (`ℹ Invalid API
 * Key`, `• PermissionDenied: …`, `✖ with endpoint <https://…>`; `x`, `*`, `i` without Unicode) and
 * the lines a long bullet wraps onto, indented.
 */
export const R_CONDITION_LINE = /^(?:[!\u2139\u2022\u2716\u2714\u2192*xvi] \S|  +\S)/;

/**
 * System.ClientModel's exception (the OpenAI and Azure OpenAI .NET SDKs) heads its message with
 * the status and the provider's code, then a blank line, then the provider's message:
 * `ClientResultException: HTTP 401 (invalid_request_error: invalid_api_key)`.
 */
export const HTTP_STATUS_HEAD = /^(?:[\w.]+\.)?\w+Exception: HTTP [45]\d\d \([^()]*\)\s*$/;
/**
 * The Azure SDK for .NET words a failed request (`RequestFailedException`, and Semantic Kernel's
 * `HttpOperationException` around it) as the service's message, then `Status: 404 (Not Found)` and
 * `ErrorCode: DeploymentNotFound` lines (then `Content:` and `Headers:`). Apps print the message
 * after words of their own (`An error occurred: …`): the status line makes the line above it the head.
 */
export const STATUS_REASON_LINE = /^\s*Status: [1-5]\d\d \([^()]{1,80}\)\s*$/;
/**
 * A status and its reason phrase alone on a line (`401 Unauthorized`, `HTTP/2 403 Forbidden`), also
 * labelled and marked by a bot's log (`❌ Code 401: Unauthorized`), above a report that states none;
 * or a status field of Swift's `dump()` of an error, as Xcode's debugger prints it (`- httpResponseCode : 400`);
 * or a tool's short words ending in the status (tgpt: `Some error has occurred. Statuscode: 401`; chatgpt-cli:
 * `Unknown error, status code 404`, no colon),
 * or axios's message printed alone (`Request failed with status code 401`),
 * or a step of plandex's nested arrow chain that holds only the status (`      → 401, message`, its message one step below).
 */
export const STATUS_ONLY_LINE =
  /^\s*(?:[^\w\s]{1,3} )?(?:HTTP\/[\d.]+ |(?:Status|Code|Status Code):? )?[45]\d\d:?(?: [A-Z][a-z]+){1,3}\s*$|^\s*- (?:httpResponseCode|httpStatusCode|statusCode|responseCode) : [45]\d\d\s*$|^[^{}\n]{0,40}\b[Ss]tatus ?[Cc]ode:? [45]\d\d\s*$|^\s*Request failed with status code [45]\d\d\s*$|^\s*\u2192 [45]\d\d, message\s*$/;
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
/** A rule an app prints between its error's lines (`==========`, `----------`): looked past between a status line and the report. */
export const RULE_ONLY_LINE = /^\s*(?:={3,}|-{3,})\s*$/;
/** An exception head that states its status and nothing after it: `openai.BadRequestError: Error code: 400`, `APIError: 401`. */
export const STATUS_ONLY_HEAD = /^\s*[A-Za-z_][\w.]*(?:Error|Exception): (?:Error code: )?[45]\d\d\s*$/;
/** A poster's short label over a body they pasted apart from its head (`Error details:`, `エラー情報`): no status, no bracket. */
export const BODY_LABEL = /^\s*[^\s{}[\]\d][^{}[\]\d]{0,38}$/;
export const ERROR_CODE_LINE = /^\s*ErrorCode: \w+\s*$/;
/** A field of Swift's `dump()` (`- message : "API key not valid. …"`, `- status : GoogleGenerativeAI.RPCStatus.invalidArgument`). */
export const SWIFT_DUMP_FIELD = /^\s*- \w+ : \S/;
/**
 * PHP's exception head (`OpenAI\Exceptions\ErrorException: message in /app/x.php:61`, after
 * `Fatal error: Uncaught `): the class, namespaced with backslashes (group 1).
 */
export const PHP_EXCEPTION_CLASS = /^((?:[A-Za-z_]\w*\\)*[A-Za-z_]\w*): /;
/** Where PHP says it was thrown, after the message's last ` in `: the file (group 1) and line (group 2). */
export const PHP_LOCATION = /^(\S.*\.(?:php\d?|phtml|inc)):(\d{1,9})$/;
/** The lines under a PHP exception: `Stack trace:`, `#0 /app/y.php(26): Ns\A->b()`, `#2 {main}`, `  thrown in … on line 61`. */
export const PHP_TRACE_LINE = /^\s*(?:Stack trace:\s*$|#\d+ (?:\{main\}|\S.*\(\d{1,9}\): )|thrown in \S)/;
const UNCAUGHT = 'Uncaught ';

/** Where the class of PHP's `Uncaught Ns\Cls: … in /app/x.php:61` starts in a line, or -1. */
function phpUncaughtStart(line: string): number {
  const i = line.indexOf(UNCAUGHT);
  if (i < 0) return -1;
  const start = i + UNCAUGHT.length;
  return PHP_EXCEPTION_CLASS.test(line.slice(start, start + 200)) && line.indexOf('.php', start) > 0 ? start : -1;
}

/** .NET's inner exception after the outer one's sections (` ---> Azure.RequestFailedException: …`): the same failure. */
export const DOTNET_INNER = /^\s*---> \S/;

/**
 * Visual Studio's exception helper copied with "Copy Details": the type alone on a line, then
 * indented `HResult=0x…` and `Message=…` fields (`  Message=Service request failed.`), the Azure SDK's
 * `Status: 404 (Not Found)` and `Content:` body right under the message.
 */
export const VS_DETAILS_MESSAGE = /^\s*Message=\S/;

/**
 * Ruby's uncaught-exception head: `file.rb:56:in 'Mod::Klass.method': message (Mod::SomeError)`,
 * its `from file.rb:42:in '…'` frames on the lines below. Group 1: the message, group 2: the class.
 */
export const RUBY_HEAD = /^\S+:\d+:in [`'][^'`]*': (.*) \(((?:[A-Z]\w*::)*[A-Z]\w*)\)\s*$/;
/** The place of that head (`file.rb:56:in 'Klass#method': …`): file, line, method as printed. */
export const RUBY_HEAD_SITE = /^(\S+?):(\d+):in [`']([^'`]*)': /;
/** A `from file.rb:42:in 'block in Klass#call'` frame line (tab- or space-indented, Ruby 2.x numbered too). */
export const RUBY_FROM = /^\s*(?:\d+: )?from (\S+?):(\d+):in [`']([^'`]*)'\s*$/;

/**
 * A class printed bare with an HTTP status first in its message: `google.api_core` words its
 * exceptions `{code} {message}` (`PermissionDenied: 403 Request had insufficient authentication
 * scopes. [reason: …`), so the status names the line a report though its class says no `Error`.
 * Two-humped names only (`PermissionDenied`, `NotFound`): `Status: 401 …` is a header, not a class.
 */
export const STATUS_CLASS_HEAD = /^([A-Z][a-z]+[A-Z][A-Za-z]{0,40}): ([45]\d\d \S.*)$/s;

/** replicate-python's message, after whatever a tool prints before it: `ReplicateError Details:`, then `title: …`, `status: 401`, `detail: …` lines. */
export const ERROR_DETAILS_HEAD = /^([A-Za-z_][\w.]*(?:Error|Exception)) Details:\s*(.*)$/s;
const DETAILS_WORD = ' Details:';

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
 * `    at …` stack frame line; also at the margin, when a post lost the stack's indentation, but
 * then only in a frame's own shape (`at fn (file:1:2)`, `at file:1:2`, `at fn (<anonymous>)`):
 * `at least …` is prose; the last frame may open the error's object dump (`at fn (file:1:2) {`). Also Vitest's `❯ fn file:line:col` (` ❯ new VoiceAiService
 * src/voice.js:9:19`, ` ❯ src/x.test.ts:12:5`): its location ends the line, which a prompt's does not.
 */
export const NODE_AT = /^(?:\s+at\s|at (?=\S[^\n]*(?::\d+:\d+\)?|\((?:<anonymous>|native|node:[\w/]+)\))(?: \{)?\s*$)|\s*❯ [^\s❯][^❯]*:\d+:\d+\s*$)/;
/**
 * Julia's stack under its error: `Stacktrace:`, then per frame ` [1] auth_header(::OpenAI.OpenAIProvider, …)`
 * and, indented under it, `@ OpenAI ~/.julia/packages/OpenAI/wLQsT/src/OpenAI.jl:40` (the module left
 * out of an inlined frame's: `@ ~/.julia/packages/OpenAI/wLQsT/src/OpenAI.jl:135 [inlined]`).
 */
export const JULIA_STACKTRACE = /^Stacktrace:\s*$/;
export const JULIA_FRAME_CALL = /^\s*\[\d+\] (\S.*?)\s*$/;
export const JULIA_FRAME_AT = /^\s+@ (?:[A-Z]\w*(?:\.\w+)* )?(\S.*?):(\d+)(?: \[inlined\])?\s*$/;
/**
 * A JVM stack's `Caused by: pkg.Class: message` line (and `Suppressed:`), under the frames of the exception that
 * wrapped it: the same failure goes on, its cause's frames below (`... 7 more` where they repeat).
 */
export const JVM_CAUSED_BY = /^\s*(?:Caused by|Suppressed): ([\w$]+(?:\.[\w$]+)+)(?:: ?(.*))?$/;
/** A JVM frame line as printed (a source file and line, `Unknown Source` or `Native Method`), or `... 7 more`. */
export const JVM_FRAME_LINE = /^\s+(?:at [\w$.<>/@-]+\((?:[\w$-]+\.(?:java|kt|kts|scala|groovy):\d+|Unknown Source|Native Method)\)|\.\.\. \d+ more\s*$)/;
/**
 * Lines a Node stack carries besides its frames: V8's `... 7 more lines`, `[cause]:`, .NET's `--- End of …`, and the
 * dots a poster put where they cut frames out (`....`, `…`), with more frames below.
 */
export const NODE_STACK_EXTRA =
  /^\s+(?:\.\.\. \d+ (?:more )?lines?\b|\[cause\]:|\[errors\]:)|^\s*--- End of (?:inner exception stack trace|stack trace from previous location(?: where exception was thrown)?) ---\s*$|^\s*(?:\.{3,}|…)\s*$/;

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
 * 403`), as a service's log prints it with the provider's message on the next line.
 */
export const BARE_ERROR_CODE_END = /\bError code: [45]\d\d[ \t]*$/;

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
 * Whether `line` goes on with the reason phrase of the status `head` ends in, or with the rest of the
 * sentence `head` broke off after its model: one report, wrapped.
 */
export function wrappedAfterStatus(head: string, line: string): boolean {
  if (ENDS_AT_MODEL.test(head) && WRAPPED_SENTENCE_TAIL.test(line)) return true;
  const reason = REASON_OF[BARE_STATUS_END.exec(head)?.[1] ?? ''];
  return reason !== undefined && line.startsWith(reason) && !/^\w/.test(line.slice(reason.length));
}

/**
 * A line of a post's markup around pasted output: a Markdown code fence (```` ``` ````, ```` ```python ````,
 * one backtick as some tools write it) or GitHub's collapsible section (`<details>`, `<summary>Logs</summary>`).
 */
export const MARKUP_LINE = /^\s*(?:(?:`+|~{3,})[\w+#.-]*|<\/?(?:details|pre|code)>|<summary>.{0,80}<\/summary>)\s*$/;
/**
 * A field line of the error report an IDE extension prints above the provider's words (Continue's
 * "Error Details": `Model: <title>`, `Provider: groq`, `Status Code: 401`, a blank line, then the
 * error output): the provider and status may be said only there.
 */
export const TOOL_REPORT_FIELD = /^(?:Model|Provider|Status Code): \S.*$/;
/** The field that makes field lines a report: its status (`N/A` when the extension had none). */
export const TOOL_REPORT_STATUS = /^Status Code: (?:[45]\d\d|N\/A)\s*$/;
/**
 * What stands between the fields and the error output when a report is pasted as its Markdown source:
 * the section's heading (`**Error Output**`) and the code fence that opens the output.
 */
export const TOOL_REPORT_OUTPUT_HEAD = /^(?:\*\*|#{1,4} )?Error Output(?:\*\*)?\s*$|^```[\w-]*\s*$/;
/** Most field lines a tool report has. */
export const MAX_TOOL_REPORT_FIELDS = 4;
/** huggingface_hub's head inside a log record's words: `Load model: repo="…" login=True 401 Client Error. (Request ID: …`. */
export const CLIENT_ERROR_IN_RECORD = /\b[45]\d\d Client Error\. \(Request ID:/;

/**
 * pytest's short summary repeats each failure's last line, cut: `FAILED tests/x.py::t - openai.X: E...`.
 * Its item is a test file or node id; a logger's `ERROR livekit.plugins.openai.realtime - …` (Python's
 * `%(levelname)s %(name)s - %(message)s`) is a record of its own.
 */
export const REPEATED_SUMMARY = /^(?:FAILED|ERROR) \S*(?:\.py\b|::)\S* - /;

/** A banner line (`=====`, pytest's summary) that ends whatever came before it. */
export const SEPARATOR = /^={5,}/;
/** A log record or a CI runner's own line (`##[error]…`, `::group::…`): not part of a message. */
export const LOG_RECORD =
  /^(?:(?:INFO|WARNING|WARN|DEBUG|ERROR|CRITICAL|FATAL|TRACE)\b[:\s[]|\[?\d{4}-\d\d-\d\d[ T]|\[\d{1,2}:\d\d|##\[[a-z]+\]|::[a-z-]+(?: [^:]*)?::)/;
/** A shell prompt: the output of the command is over. */
const PROMPT = /(?:^|\s|[\w~\])])[$#%❯›»]\s*$|^PS [A-Za-z]:\\.*>\s*$|^>>>\s/;
/** The last visible character of every prompt PROMPT reads (`PS C:\>` ends in `>`). */
const PROMPT_ENDS = '$#%❯›»>';

/**
 * Whether a line is a shell prompt. PROMPT only matches a line that starts with `>>>` or whose
 * last non-space character is a prompt sign: that is checked first, without running the pattern
 * over the line (it is asked of most lines inside a trace).
 */
export function isPrompt(line: string): boolean {
  const last = line.trimEnd().slice(-1);
  if ((last === '' || !PROMPT_ENDS.includes(last)) && !line.startsWith('>>>')) return false;
  return PROMPT.test(line);
}

/** PROMPT itself, for the test that compares it with isPrompt. */
export function matchesPromptPattern(line: string): boolean {
  return PROMPT.test(line);
}

/**
 * Report phrases a provider prints on a later line of its own message: a report when quoted alone,
 * the same report when a head above is still open (Hugging Face's `Cannot access gated repo for url …`,
 * then `Access to model owner/name is restricted. You must have access to it …`).
 */
const MESSAGE_TAIL_PHRASES: readonly string[] = [
  'is restricted. You must',
  // …and its refusal to a token not on the list (`Access to model owner/name is restricted and you are not in the
  // authorized list. Visit …`), an issue's title quoting it alone.
  'is restricted and you are not in the authorized list',
  // …and transformers' line naming the gated repo's page, printed without the class line above it (the scanner
  // starts there only over the Hub's status line: GATED_ACCESS_HINT).
  'Make sure to have access to it at https://',
  // …and the Hub's lines under its `Repository Not Found for url …` (REPORT_PHRASES): its hint, and its
  // reason (a bad token).
  'trying to access a private or gated repo',
  'Invalid username or password.',
  'Invalid credentials in Authorization header',
  // …and its line under any other refusal (`403 Forbidden: The requested provider 'deepinfra' is not available..`
  // above it, the class printed apart or not at all): `Cannot access content at: https://<the Hub>/…`.
  'Cannot access content at: ',
  // Replicate's 401 detail: the `detail:` line under replicate-python's `ReplicateError Details:`, or quoted alone
  // (`"Error: You did not pass an authentication token" with notebook/…`, an issue's title).
  'did not pass an authentication token',
  'did not pass a valid authentication token',
];
/**
 * Hint lines a library prints a line or two under its own report, where the scanner's anchor is (the
 * report's line has none): pyannote.audio's `sure to authenticate. Visit https://hf.co/settings/tokens to`
 * under `Could not download 'pyannote/…' pipeline.` and `It might be because the pipeline is private or gated so make`.
 */
const HINT_UNDER_REPORT = /\bsure to authenticate\. Visit /;
/** How many lines above its hint a report's line may be (blank lines included). */
export const MAX_HINT_REACH = 4;
/** Whether a line is one of the hints HINT_UNDER_REPORT names. */
export function isHintUnderReport(line: string): boolean {
  return HINT_UNDER_REPORT.test(line);
}

/**
 * The rest of a provider's sentence on the next line, where a popup or a user's retyping broke it after the
 * model (`404 The model 'gpt-4o'`, then `does not exist or you do not have access to it.`): it starts with
 * the sentence's lowercase verb, which no report of its own starts with.
 */
const WRAPPED_SENTENCE_TAIL = /^\s*(?:does not exist or you do not have access|does not have access to model)\b/;
/** Whether a line holds one of MESSAGE_TAIL_PHRASES, or starts with the wrapped rest of a provider's sentence. */
export function isMessageTail(line: string): boolean {
  return MESSAGE_TAIL_PHRASES.some((p) => line.includes(p)) || WRAPPED_SENTENCE_TAIL.test(line);
}

/**
 * Report phrases: words that make a line a report though it says no `error` (a provider's message
 * printed alone, a transport's own wording). Each names an access failure or its transport, never
 * a provider's identity (the packs decide that from the rest of the line).
 */
const REPORT_PHRASES: readonly string[] = [
  // Groq's retirement of a model quoted after an app's words (`Error while chatting: The model `…` has been
  // decommissioned and is no longer supported. …`). Without an `Error` word before it no anchor finds the line: the
  // sentence's lowercase words, as an anchor, let benign text through the prefilter (measured).
  'has been decommissioned and is no longer',
  // Cohere's refusal of a model printed alone after an app's words (`Error while extracting keywords from text: model not
  // found, make sure the correct model ID was used and that you have access to the model.`).
  'make sure the correct model ID was used',
  // OpenAI: `400 Your organization must be verified to stream this model.`
  'ization must be verified',
  // OpenAI's region block as tools print it: `Reason: Country, region, or territory not supported`.
  'territory not supported',
  // Gemini's region block in a tool's own words: gemini-cli's `[API Error: User location is not supported for the API use. (Status: FAILED_PRECONDITION)]`.
  'User location is not supported',
  // Gemini's refusal of a leaked key quoted alone, without status or body (an issue's title: `Your API key was
  // reported as leaked. Please use another API key.`); the `API key` anchor finds the line, the packs tell whose key.
  'reported as leaked. Please use another',
  // …and Gemini CLI's frame around any refusal it took from Google's error, which names the gRPC status it got
  // (`[API Error: Permission denied on resource project p. (Status: PERMISSION_DENIED)]`); the packs decide whose.
  '(Status: PERMISSION_DENIED)',
  // …and Vertex AI's refusal of a model in its words, which Gemini CLI prints without status or brackets (`✕ API Error:
  // Publisher Model `projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro-preview-06-05` not found.`).
  'Publisher Model `',
  // The ChatGPT-plan backend's refusal (Codex): `… 404 Not Found: Model not found gpt-5.4, url: …`.
  'Model not found',
  // openai-python 0.x's log line for a failed call: `openai: error_code=PermissionDenied error_message='…' … message='OpenAI API error received'`.
  'OpenAI API error received',
  // Google's API key restrictions quoted without status or body: `Requests to this API generativelanguage.googleapis.com
  // method … are blocked.`, `Requests from referer <empty> are blocked.` (an AI API's name makes them incidents).
  'Requests to this API ',
  'Requests from referer ',
  'User location not supported',
  // Azure's network rules quoted without status (`{"code":"403","message":"A Virtual Network is configured for this resource. …"}`).
  'A Virtual Network is configured',
  // Azure AI's RBAC refusal as an IDE extension's report field gives it, without status (`Error Message: The
  // principal `…` lacks the required data action `Microsoft.CognitiveServices/…` to perform …`).
  'lacks the required data action',
  // Replicate's 422 title for a version that does not exist or is not this token's to run, quoted with its
  // body after a tool's own words (LiteLLM: `Error with model replicate/…: ReplicateException - Failed to
  // start prediction {"title":"Invalid version or not permitted",…,"status":422}`).
  'Invalid version or not permitted',
  // The Hub's refusal to a token whose permissions do not cover the file, printed alone: `403 Forbidden:
  // Authorization error..`, then `Cannot access content at: https://<the Hub>/…`.
  'Forbidden: Authorization error',
  // `Environment variable <PROVIDER>_API_TOKEN is required` (replicate-js), `…_API_KEY is required`.
  '_API_TOKEN is required',
  '_API_KEY is required',
  // replicate-python's client without a token, quoted without its class (an issue's title): `No API token provided.
  // You need to set the ACME_API_TOKEN environment variable or create a client with …`.
  'No API token provided',
  // LangChain's missing-key sentence under a pydantic `1 validation error for OpenAI` / `__root__` that a
  // tool printed without the ValidationError class (Langflow's `Error building node …:`, h2oGPT's
  // `evaluate_nochat exception:`): `Did not find openai_api_key, please add an environment variable `ACME_API_KEY` …`.
  'please add an environment variable `',
  // LlamaIndex's `No API key found for OpenAI.` inside an exception's repr that a log printed without its
  // traceback's last line (asyncio's `Task exception was never retrieved` / `future: <Task … exception=ValueError("…")>`).
  'No API key found for ',
  // A key's variable named as unset, printed alone (Chroma's embedding functions: `Failed to peek collection
  // 'x': The CHROMA_<VENDOR>_API_KEY environment variable is not set`); the packs tell whose key.
  '_API_KEY environment variable is not set',
  // Rust's reqwest `Response` printed with `{:?}` after an app's words (`Problem with request: Response { url: Url {
  // scheme: "https", …, host: Some(Domain("api.acme.example")), … }, status: 401, headers: {…} }`): its host says whose API.
  'Response { url: Url {',
  // Weaviate's model modules with no key for the provider they call, printed without a client's error class
  // (`remote client vectorize: Palm API Key: no api key found neither in request header: X-Palm-Api-Key nor …`).
  'no api key found neither in request header',
  // Speakeasy-generated SDKs (Mistral's): `API error occurred: Status 401 …`.
  'API error occurred',
  // Hugging Face: `Cannot access gated repo for url …`, transformers' `You are trying to access a gated repo.`
  'gated repo',
  // …and the Hub's refusal of a private, gated or missing repo printed without its class or status (a
  // tool's console): `Repository Not Found for url: https://<the Hub>/…`, its reason lines below it.
  'Repository Not Found for url',
  // pyannote.audio's words for the Hub's refusal, printed instead of raising: `Could not download
  // 'pyannote/speaker-diarization-3.1' pipeline.` and its hint lines (no `error` word, class or status).
  "Could not download '",
  // …and the Hub's sentence quoted alone (MESSAGE_TAIL_PHRASES).
  ...MESSAGE_TAIL_PHRASES,
  // Guzzle (PHP): `Client error: 'GET https://…' resulted in a '401 Unauthorized' response`; Guzzle 7
  // quotes with backticks: `Client error: `GET https://…` resulted in a `404 Not Found` response:`.
  "' resulted in a '",
  '` resulted in a `',
  // LangChain JS tags a model's access errors with a link: `404 Invalid URL (POST /v1/…)
  // Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND/`.
  'troubleshooting/errors/MODEL_',
  // OpenAI's bad-key message quoted without its status (`'Incorrect API key provided: undefined. …'`);
  // the `API key` anchor already finds the line. Vendors that copy it are told apart by classify.
  'Incorrect API key provided',
  // The openai SDKs' own missing-key message quoted without its class: an app's `Error message: The
  // api_key client option must be set either by passing api_key to the client or by setting …`.
  'api_key client option must be set',
  // OpenAI's missing-key message quoted alone, as a bot replied it (`"You didn't provide an API key. You
  // need to provide your API key in an Authorization header …"`), also with a typographic apostrophe.
  "didn't provide an API key",
  'didn\u2019t provide an API key',
  // OpenAI's region refusal of a ChatGPT sign-in as a self-hosted proxy logs it after its own words (Pandora:
  // `Error occurred: access_denied: OpenAI's services are not available in your country. (error=unsupported_country)`).
  'not available in your country',
  // OpenAI's older unknown-model refusal logged after a bot's own words (chatgpt-on-wechat: `[ERROR][…]
  // - That model does not exist`).
  'That model does not exist',
  // The Go SDKs' status line, its body printed on the next line by some tools (docker agent): `POST
  // "https://…/v1/messages": 401 Unauthorized (Request-ID: req_…)`.
  '(Request-ID: ',
  // OpenAI's model refusals printed without `error`: `403 Project `proj_…` does not have access to
  // model `gpt-4.1`` and `The model `gpt-4` does not exist or you do not have access to it`.
  'does not have access to model',
  'does not exist or you do not have access',
  // Claude Code's refusal of the model it was set to, in its own words (`There's an issue with the selected
  // model (claude-…). It may not exist or you may not have access to it. Run /model to pick a different model.`).
  'may not exist or you may not have access',
  // A tool's own words for the model refusal, naming the id (Open Interpreter: `You do not have access to
  // gpt-4-1106-preview. Would you like to try gpt-3.5-turbo instead? (y/n)`).
  'You do not have access to gpt-',
  // Azure OpenAI's DeploymentNotFound sentence quoted alone (`The API deployment for this resource does
  // not exist. If you created the deployment within the last 5 minutes, …`; older: `for the resource`).
  'API deployment for th',
  // …and its refusal of a bad or expired Entra token quoted with its status only (`401 Unauthorized. Access
  // token is missing, invalid, audience is incorrect (urn:ms.scopedToken or …), or have expired.`).
  'token is missing, invalid',
  // …and its older wording, the id in backticks: `error: The model: `gpt-4` does not exist` (go-openai).
  '` does not exist',
  // …and its refusal of a retired model quoted alone (`404 The model `gpt-4-vision-preview` has been deprecated, learn
  // more here: …`), a chunk the id's anchor (`` `gpt- ``) lets through.
  '` has been deprecated',
  // @google/generative-ai's message quoted without its class: `[GoogleGenerativeAI Error]: Error fetching from …`,
  // or with its class name in the same brackets: `[GoogleGenerativeAIError]: API key not valid. …`.
  '[GoogleGenerativeAI Error]: ',
  '[GoogleGenerativeAIError]: ',
  // Google's disabled-API message as a tool prints it: `Failed to connect to Vertex AI: 403 Vertex AI
  // API has not been used in project … before or it is disabled.` (only an AI API's name makes it one).
  'has not been used in project',
  // Gemini's region refusal inside a tool's own brackets: `✕ [API Error: User location is not
  // supported for the API use. (Status: FAILED_PRECONDITION)]`.
  'User location is not supported',
  // OpenAI's restricted-key refusal as Codex prints it: `■ unexpected status 401 Unauthorized: You
  // have insufficient permissions for this operation. Missing scopes: api.responses.write. …`.
  'Missing scopes: ',
  // google-genai's client built without a key (`Missing key inputs argument! To use the Google AI API,provide
  // (`api_key`) arguments. …`), which agent frameworks print inside their own words with no class (ADK through A2A's
  // `An error occurred while streaming the response: …`).
  'Missing key inputs argument!',
  // Vertex AI's refusal of an API key where it takes only OAuth, inside a tool's own brackets: `✕ [API Error: API keys
  // are not supported by this API. Expected OAuth2 access token … (Status: UNAUTHENTICATED)]` (the `API key` anchor finds it).
  'API keys are not supported by this API',
  // Gemini's unknown-model refusal printed alone: `404 models/gemini-pro is not found for API version v1beta, …`.
  'is not found for API version',
  // Hugging Face's refusal to a token without the Inference Providers permission, quoted alone:
  // `403 Forbidden: This authentication method does not have sufficient permissions to call
  // Inference Providers on behalf of user …`.
  'call Inference Providers',
  // …and its refusal to a fine-grained token without read access to public gated repos, quoted alone after the
  // CLI's command: `403 Forbidden: Please enable access to public gated repositories in your fine-grained token
  // settings to view this repository.`.
  'enable access to public gated',
  // Zed's words around a provider's answer: `Failed to connect to Mistral API: 401 Unauthorized {…}` (a client
  // error: `40`), `The API key for Anthropic is invalid or has expired.` (the `API key` anchor finds that line).
  'API: 40',
  'is invalid or has expired',
  // …and an app's error card in the same sense: `Authentication Failed: Unable to authenticate with Anthropic. Your
  // API key may be invalid or expired.` (the `API key` anchor finds the line; the packs tell whose key).
  'API key may be invalid',
  // Anthropic's SDKs with no key, quoted without class or frames: `"Could not resolve
  // authentication method. Expected either api_key or auth_token to be set. …"`, Node's `apiKey or
  // authToken` (the key names are what is rare; the sentence's lowercase words would make the
  // prefilter pass prose).
  'api_key or auth_token',
  'apiKey or authToken',
  // An app refusing to send a request whose key is unset, naming the provider (Continue's `Request not sent. You have
  // an Anthropic model configured in your config.yaml, but the API key is not set.`; the `API key` anchor finds it).
  'but the API key is not set',
  // OpenAI's Realtime API closes its websocket with `<type>.<code>` as the reason: `received 3000
  // (registered) invalid_request_error.invalid_api_key` (the `_error` anchor finds the line).
  'invalid_request_error.',
  // The Claude Agent SDK's line for a run that ended in an error, as claude-code-action logs it:
  // `error: Claude Code returned an error result: Invalid API key` (the `error` anchor finds it).
  'returned an error result: ',
  // Claude Code's refusal line without status or body: `⎿  Invalid API key · Please run /login`,
  // `Missing API key · Run /login` (the `API key` anchor finds it).
  'API key · ',
  // OpenAI's own words for a request without a key, as Codex prints them (`unexpected status 401 Unauthorized:
  // Missing bearer or basic authentication in header`).
  'Missing bearer or basic authentication',
  // Codex signed in with a ChatGPT plan: `unexpected status 401 Unauthorized: {"detail":"Unauthorized"},
  // url: https://chatgpt.com/backend-api/codex/responses` (no `error` word; REPORT_ANCHORS has `Unauthorized: {`).
  'chatgpt.com/backend-api/',
  // A missing key in an app's own words or OpenAI's, quoted alone after a log record's words: open-notebook's
  // `… - Failed to embed source …: OpenAI API key not found`, `… authentication failed: You didn't provide an API key.`
  // (the `API key` anchor finds the line; the packs decide whose key it is).
  'API key not found',
  // …and its `<Vendor> API key is required` (Cline's providers check before any request, printed as its own JSON
  // `{"message":"Anthropic API key is required","modelId":…}`).
  'API key is required',
  // spacy-llm's warning for a REST model without its key, a Python warnings line (`…\model.py:25: UserWarning:
  // Could not find the API key to access the OpenAI API. …`): no class or status makes it a report.
  'Could not find the API key',
  // transformers.js's 401 from the Hub, printed alone: `Unauthorized access to file: "https://<the Hub>/…/config.json".`
  'Unauthorized access to file: ',
  "You didn't provide an API key",
  // OpenAI's deactivated-account message quoted without code or status (the ChatGPT backend's `{
  // "detail": "Your OpenAI account has been deactivated, please check your email …" }`).
  'OpenAI account has been',
  // The Vercel AI SDK's missing-key message quoted without its LoadAPIKeyError class (a chat window's `Google
  // Generative AI API key is missing. Pass it using the 'apiKey' parameter or the …_API_KEY environment variable.`);
  // the `API key` anchor finds the line, the packs tell whose key from the words before it.
  'API key is missing. Pass it using',
  // Gemini's bad-key message printed alone under an app's `Error` heading (`API key not valid. Please pass
  // a valid API key. [{"@type":"type.googleapis.com/google.rpc.ErrorInfo",…}]`); the `API key` anchor finds it.
  'API key not valid',
  // …and OpenAI's older deactivated-key wording quoted alone: `This key is associated with a deactivated account. If you
  // feel this is an error, contact us through our help center at help.openai.com`.
  'with a deactivated account',
  // …and its `account_deactivated` message shown with its code and no status (FastGPT's chat: `account_deactivated The
  // OpenAI account associated with this API key has been deactivated. …`); the `API key` anchor finds the line.
  'API key has been deactivated',
  // An app's own words for the client error its call got, with no other anchor (a Worker's `Claude API
  // returned 403: error code: 1000`, Cloudflare's plain-text refusal); the packs tell whose API.
  'API returned 4',
  // A websocket the server closed for a policy violation, as Python's websockets prints it (`received 1008
  // (policy violation) <reason>; then sent …`): the Gemini Live API's refusals come only this way (a missing
  // key's `Method doesn't allow unregistered callers …`); classify decides whether the reason is an access failure.
  'received 1008 (policy violation)',
];

/**
 * What the scanner's prefilter (`scan/anchors.ts`) looks for besides `error` words, for report
 * phrases on lines that carry no other anchor (Guzzle's and Hugging Face's lines say `error` or
 * `Error` already). Printable ASCII, 4 to 31 characters: the scanner carries the longest anchor's length
 * from each chunk to the next, and measured, 40 characters there (`_API_KEY environment variable is not set`)
 * cost the scanner 6% of its speed on benign output against 31. The prefilter's cost hardly grows with their
 * number, but each one that benign output holds makes the scanner read that output closely
 * (`npm run bench` prints the chunks with an anchor), so: words printed next to the phrase where
 * that is rarer (`Verify Organization`). The prefilter knows a literal by its rarest four
 * characters: a literal made of lowercase words and spaces only (`gated repo`) lets most benign
 * text through it (the anchors test checks that benign output passes none).
 */
export const REPORT_ANCHORS: readonly string[] = [
  // An app's own words for a key it was not given, logged as a structlog/logfmt value without an anchor before
  // it (`error='… Realtime provider requires ACME_API_KEY'`): the key name and its closing quote.
  "_API_KEY'",
  // google.api_core's 403 printed bare or in a debugger's display: `PermissionDenied: 403 …`, `Exception has occurred: PermissionDenied`.
  'PermissionDenied',
  // google.api_core's 404 printed bare (`NotFound: 404 Gemini 1.0 Pro Vision has been deprecated …`).
  'NotFound: 404',
  'Verify Organization',
  // …and the verification sentence quoted without that tail or `gpt-` backticks (a forum post's `403 Your
  // organization must be verified to use the model gpt-image-1.`, `… to stream this model.`). Measured with
  // every anchor in: `organization must be verified` and `must be verified to` let 313 benign blocks a MiB
  // through the prefilter, these none more than before.
  'ied to use the model',
  'ied to stream this model',
  'territory not supported',
  '_API_TOKEN is required',
  '_API_KEY is required',
  // replicate-python's `No API token provided. You need to set …` quoted alone (REPORT_PHRASES): no `error` word.
  'No API token',
  'API error occurred',
  // Weaviate's module line for a missing provider key, which says `API Key` (not `API key`) and no `error`:
  // the header's name before `nor in` is what is rare.
  '-Api-Key nor in',
  // …and a key's variable named as unset with no `error` word (REPORT_PHRASES): the capitals keep it rare. Not
  // the whole `… is not set`: see the length limit above.
  '_API_KEY environment variable',
  // …and Rust's reqwest `Response { url: Url {` debug print (REPORT_PHRASES), which says no `error` word of its own.
  'Response { url: Url {',
  // LangChain's MODEL_NOT_FOUND and MODEL_AUTHENTICATION links; `e`, like the `error` anchors.
  'errors/MODEL_',
  // Fern-generated SDKs (Cohere v5) print the status and body without their class in an app's UI:
  // `status_code: 401, body: {…}`; client errors only (`status_code: 200` is everywhere).
  'status_code: 4',
  // LangChain4j's own clients (Mistral, Hugging Face) state it in words: `status code: 404; body: {"detail":"Not Found"}`
  // (client errors only). Measured with every anchor in: `; body: {` lets 4,142 benign blocks a MiB through the
  // prefilter (its fingerprint is common in JSON), this one 10.
  'status code: 40',
  // Hugging Face's gated-repo text printed without its class or status: `Cannot access gated repo for url …`
  // (`gated repo` alone shares its prefilter fingerprint with common words).
  'Cannot access gated',
  // pyannote.audio's refusal, printed instead of raised (REPORT_PHRASES: `Could not download 'pyannote/…' pipeline.`,
  // then `It might be because the pipeline is private or gated so make` / `sure to authenticate. Visit …`): the
  // anchor is the hint (HINT_UNDER_REPORT), whose prefilter fingerprint ` to ` an anchor already has, so the
  // prefilter lets no more benign blocks through (the report line's own words let 284 to 4505 a MiB through).
  'sure to authenticate.',
  // …and its `Repository Not Found for url: …` printed the same way (the capitals keep the fingerprint rare).
  'Repository Not Found for',
  // The Hub's gated sentence quoted alone (`Access to model owner/name is restricted. You must have access to it and
  // be authenticated …`): the capital after the full stop keeps the fingerprint rare.
  'restricted. You must',
  // …and its refusal to a token not on the list, quoted alone (MESSAGE_TAIL_PHRASES): the sentence's start, its capital
  // keeping the fingerprint rare (measured: `restricted and you are not` let 639 benign blocks a MiB through, this none more).
  'Access to model ',
  // OpenAI's project allow-list printed with its status only: `403 Project `proj_…` does not have access
  // to model `…``; the backtick before the phrase is what is rare.
  '` does not have access',
  // .NET exceptions as a debugger shows their value (`parse/layouts.ts` debuggerValue), and the
  // System.ClientModel exception (Azure and OpenAI .NET SDKs) whose `HTTP 404 (DeploymentNotFound)` says no `Error`.
  '"} | ',
  'ClientResultException',
  // Azure.Core's exception (Azure SDKs for .NET), its `Content:` body cut off or not printed: `--->
  // Azure.RequestFailedException: Access denied … Status: 401 (PermissionDenied)` says no `Error` before its
  // `ErrorCode:` (without its `R` and with the colon: the prefilter's fingerprint of the whole name mixes with benign runs).
  'equestFailedException:',
  // Google's `<Name> API has not been used in project …`: the capitals keep benign `project` lines out.
  'API has not been used',
  // …and a staging API's (`Generative Language API (Staging) has not been used in project …`): the bracket before is what is rare.
  ') has not been used',
  // OpenAI's model refusals printed alone (`404 The model `gpt-5.5` does not exist or you do not
  // have access to it`, `403 Project `proj_…` does not have access to model …`). Measured on the
  // benchmark: these two cost nothing, while `The model `` or the sentence's own words cost a third of the
  // scanner's speed, so a refusal naming no `gpt-` model nor a project id needs another anchor.
  '`gpt-',
  'Project `proj_',
  // …and a tool's words for that refusal (REPORT_PHRASES: Open Interpreter's `You do not have access to gpt-4. …`).
  // Measured with every anchor in: `have access to gpt-` let 2,405 benign blocks a MiB through the prefilter, this one
  // keeps under the anchors test's limit.
  'access to gpt-',
  // …and Claude Code's (REPORT_PHRASES: `… It may not exist or you may not have access to it. Run /model to pick a
  // different model.`): its slash command is what is rare. Which words pass benign text depends on the others'
  // (the prefilter's buckets mix them): `. Run /model` let 12 benign blocks a MiB through, then 1910 beside
  // two later anchors; `/model to pick` lets 14 (`Run /model to pick` once let 889).
  '/model to pick',
  // Azure OpenAI's DeploymentNotFound sentence quoted alone, without `error` words.
  'API deployment for th',
  // API Management's refusal body (in front of Azure OpenAI) quoted without `error` words: `{ "statusCode": 401,
  // "message": "Access denied due to missing subscription key. …" }`; client errors only. Measured on the
  // benchmark: `Access denied due to` let a fifth of the benign chunks through the prefilter, this none.
  'statusCode": 4',
  // …and its refusal of a bad or expired Entra token printed with its status only (`401 Unauthorized. Access
  // token is missing, invalid, audience is incorrect (…), or have expired.`): the comma keeps the fingerprint rare.
  'token is missing, invalid',
  'Missing scopes: ',
  // google-genai's client built without a key, in an agent framework's own words (REPORT_PHRASES: `Missing key
  // inputs argument! To use the Google AI API,provide …`). Measured with every anchor in: with its own words the
  // prefilter lets 11 benign blocks a MiB through, with the API's name (`the Google AI API`) 17.
  'Missing key inputs argument',
  // transformers.js's 401 from the Hub printed alone (no `Error` word): the colon and quote are what is rare.
  'file: "https://',
  // Spring's WebClient refusal logged without an `Error` word (`…WebClientResponseException$Forbidden: 403 Forbidden
  // from POST https://…`, STATUS_FROM_METHOD_URL). Measured with every anchor in: ending in `POST` the two let
  // 8 benign blocks a MiB through, ending in `from ` 1,891, and adding the `GET` pair 295.
  'Forbidden from POST',
  'Unauthorized from POST',
  // Gemini's unknown-model refusal printed alone: `404 models/gemini-pro is not found for API version v1beta, …`.
  'is not found for API version',
  // Gemini's region refusal printed with its status only: `400 User location is not supported for the API use.`
  'User location is not',
  // …and its older wording, without `is`, shown alone by a chat app: `User location not supported for the API use.`
  'User location not',
  // Hugging Face's refusal to a token without the Inference Providers permission, quoted alone:
  // `403 Forbidden: This authentication method does not have sufficient permissions to call
  // Inference Providers on behalf of user …`.
  'call Inference Providers',
  // …and its refusal to a token whose permissions miss a file (`403 Forbidden: Authorization error..`): its
  // doubled full stop is what is rare (the words alone let benign text through the prefilter).
  'Authorization error..',
  // …and the line under its other refusals (`Cannot access content at: https://router.acme.example/…`): the capital keeps it rare.
  'Cannot access content at: ',
  // …and to a fine-grained token without read access to public gated repos (`403 Forbidden: Please enable access
  // to public gated repositories in your fine-grained token settings …`).
  'enable access to public gated',
  // Anthropic's SDKs with no key, quoted without class or frames: `"Could not resolve
  // authentication method. Expected either api_key or auth_token to be set. …"`, Node's `apiKey or
  // authToken` (the key names are what is rare; the sentence's lowercase words would make the
  // prefilter pass prose).
  'api_key or auth_token',
  'apiKey or authToken',
  // Gemini's region refusal printed alone (`400 User location is not supported for the API use.`);
  // shares `API key`'s fingerprint too.
  'API use',
  // Groq's bad-key message as a tool prints it alone (Continue: `401 Invalid API Key`); `API key`
  // above has the same fingerprint, so the prefilter lets no more text through.
  'API Key',
  // GNU wget's status line for a refused download (`HTTP request sent, awaiting response... 401
  // Unauthorized`): client errors only; its request line above names the URL (WGET_REQUEST).
  'awaiting response... 4',
  // An IDE extension's report fields (`TOOL_REPORT_FIELD`): its `Status Code: 401` line, above error
  // output that may say no `error` (Continue: `{"type":"forbidden","message":"Request not allowed"}`).
  // Measured on the benchmark's benign output: no candidate block more than without it.
  'Status Code: ',
  // The ChatGPT-plan backend's refusal as Codex prints it: `unexpected status 404 Not Found: Model not
  // found gpt-5.4, url: https://chatgpt.com/backend-api/codex/responses`. Its status and words together:
  // `Model not found` alone, with `Status Code: `, regroups the prefilter's buckets (measured: 260
  // times the candidate blocks); this adds none.
  'Found: Model',
  // Anthropic's Go SDK status line whose body a tool printed on the next line: `POST
  // "https://…/v1/messages": 401 Unauthorized (Request-ID: req_…)`.
  'Request-ID: req_',
  // Gemini's region refusal printed with its status only (`400 User location is not supported for the
  // API use.`): the capitals give the fingerprint `API ` the `API key` anchor already has, so benign
  // text passes the prefilter no more often.
  'API use.',
  // Groq's `401 Invalid API Key` quoted alone: the same `API ` fingerprint again.
  'API Key',
  // OpenAI's deactivated-account message quoted alone, its quotes made typographic by a post (`{ “detail”:
  // “Your OpenAI account has been deactivated, …” }`): measured, no candidate block more.
  'OpenAI account has been',
  // …and the API's older wording quoted alone (`This key is associated with a deactivated account. If you
  // feel this is an error, contact us through our help center at help.openai.com`): its own words after
  // `error`. Measured: `a deactivated account` (lowercase words) let 1,527 benign blocks a MiB through,
  // `help.openai.com` 271; this stays under the anchors test's bound.
  'an error, contact us',
  // Vertex AI in Firebase's key-restriction refusal quoted alone (`Requests to this API
  // firebasevertexai.googleapis.com method … are blocked.`): the `API ` fingerprint once more.
  'API firebasevertexai',
  // Azure's network rules quoted alone (`{"code":"403","message":"A Virtual Network is configured for this
  // resource. …"}`); its capitals make a rare fingerprint.
  'A Virtual Network is configured',
  // OpenAI's model refusal logged after a program's own words with no other anchor (go-openai:
  // `CreateChatCompletion Failed err=error, status code: 404, message: The model gpt-4-32k does not
  // exist or you do not have access to it. Learn more: https://help.openai.com/…`). Measured: the
  // words before its link cost the prefilter nothing next to `401 Unauthorized`, while go-openai's
  // `error, status code: ` (lowercase words) or the host alone let thousands of benign blocks through.
  'Learn more: https://help',
  // A browser console's failed request with its reason (DEVTOOLS_REQUEST: `POST https://api.<provider>/v1/chat/completions
  // 401 (Unauthorized)`); the bracket before the capital is what is rare. `(Forbidden)` too mixed
  // with the anchors merged next to it (about 300 benign blocks a MiB) and no real post needed it.
  '(Unauthorized)',
  // OpenAI's refusal of a request without a key as Codex prints it alone in a CI log (`unexpected status 401
  // Unauthorized: Missing bearer or basic authentication in header`): no `error` word on the line.
  'Missing bearer or basic',
  // Not Zed's line for a provider's client error alone (`Failed to connect to Mistral API: 401 Unauthorized
  // {…}`, no `error` word): measured, `API: 40` as an anchor took the scanner from 0.68 to under 0.5 of
  // indexOf's speed; its `Error interacting with language model` heading, when shown, is the anchor.
  // An app's own words for the client error its call got (a Worker's `Claude API returned 403: error code:
  // 1000`). Measured: no candidate block more; Cloudflare's `error code: 10` would let 270 a MiB through.
  'API returned 4',
  // Not Replicate's problem bodies printed alone (`{"title":"Unauthenticated","detail":"You did not
  // pass an authentication token","status":401}`): measured, any of their words as an anchor (the
  // titles too) costs the prefilter a third to a half of its speed.
  // OpenAI's refusals printed alone naming its other families' ids in backticks, like `` `gpt-`` above
  // (`404 The model `o3-mini` does not exist …`), a fine-tune's `ft:` included. Measured with the anchors
  // test: no benign block more (`-mini` or `o3-` alone: hundreds).
  ...['`ft:', '`o1`', '`o3`', '`o1-mini', '`o1-preview', '`o1-pro', '`o3-mini', '`o3-pro', '`o4-mini'],
  ...['`chatgpt-', '`dall-e-', '`whisper-', '`tts-1', '`text-embedding-', '`davinci'],
  // A client's 401 line with no `error` word: Codex's `unexpected status 401 Unauthorized: {"detail":"Unauthorized"},
  // url: https://chatgpt.com/backend-api/codex/responses` and Continue's `HTTP 401 Unauthorized from https://…`.
  // Measured: no benign block more; their `Forbidden` twins (or `chatgpt.com/backend-api/`) let hundreds to
  // thousands through, so a 403 in these shapes still needs another anchor.
  'Unauthorized: {',
  'Unauthorized from http',
  // Retrofit's `retrofit2.HttpException: HTTP 401 Unauthorized` (openai-java's and Android clients' calls), which
  // says `Exception`, not `Error`. Measured with the anchors test: no benign block more.
  'HttpException: ',
  // An app's words for the API its call failed on, with the status (Zed's `Failed to connect to Mistral API: 401
  // Unauthorized {"detail":"Unauthorized"}`); the packs tell whose API.
  'API: 40',
];

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
/** Words that put an HTTP status right after them: `failed with status 422`, `status code 401`, `HTTP status code: 401`. */
const STATUS_KEYS = ['failed with status ', 'status code ', 'Status code: ', 'status code: ', 'status_code: ', 'HTTP status: '];
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
  // STATUS_FROM_URL: a client's `HTTP 401 Unauthorized from https://…` line; Spring's `403 Forbidden from POST …`.
  ' from http',
  ' from POST',
  ' from GET',
];
const REPORT_HINT = new RegExp(REPORT_HINT_WORDS.map(escapeRegExp).join('|'));
/**
 * An app's own words for a key it was not given, naming the variable after `requires` (a voice agent's
 * `error='… Realtime provider requires ACME_API_KEY'`); `_API_KEY is required` is a phrase above.
 */
const KEY_VAR_REQUIRED = /\brequires [A-Z][A-Z0-9]*_(?:API_KEY|API_TOKEN)\b/;

/**
 * A client's line giving the status before the API's error type (OpenClaw's `HTTP 404: not_found_error: Not Found
 * (request_id: …)`): the type names the provider, the status is the report's.
 */
const STATUS_THEN_ERROR_TYPE = /\bHTTP [45]\d\d:? [a-z]+(?:_[a-z]+)*_error: /;

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
      if (line.indexOf(phrase) >= 0) {
        evidence = 0;
        break;
      }
    }
  }
  if (evidence < 0 && KEY_VAR_REQUIRED.test(line)) evidence = 0;
  if (evidence < 0) {
    const typed = STATUS_THEN_ERROR_TYPE.exec(line);
    if (typed) evidence = typed.index;
  }
  const client = line.indexOf(' Client Error');
  if (client >= 3 && /^[45]\d\d$/.test(line.slice(client - 3, client)) && (evidence < 0 || client < evidence)) evidence = client - 3;
  const cls = classStart(line, evidence < 0 ? line.length : evidence + 1, evidence < 0);
  if (cls >= 0) return cls;
  if (evidence < 0) {
    if (STATUS_CLASS_HEAD.test(line) || debuggerValue(line)) return 0;
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
 * Start of the first error class with a message (`NotFoundError: `, `openai.X: `, `APICallError
 * [AI_APICallError]: `) before `limit`, or -1. Alone (no other evidence) only a dotted or
 * AI-SDK class counts, or one a retry warning says was raised: not every `TypeError: ` in a log is a report.
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
      // A bare `Error: ` (`Server Error: …`) names no class.
      if (start === i && key !== 'Error [AI_') continue;
      if (!alone || line.slice(start, i).includes('.') || key === 'Error [AI_' || line.startsWith(RETRY_RAISED, start - RETRY_RAISED.length)) {
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

/** Which parser reads a cut block. */
export type LayoutId = 'python' | 'ipython' | 'rich' | 'pytest' | 'node' | 'python-message-first' | 'line-report' | (string & {});

/** A block of clean lines as the cutter cut it, with the layout it was cut in. */
export interface CutBlock {
  layout: LayoutId;
  text: string;
  /**
   * The request the output printed right before the error (a request echo, Azure.Core's logged
   * request line): read for the failing call's model, and for a look-alike's host or path (an
   * Azure sibling service's `/documentintelligence/…`); no provider evidence is taken from it.
   */
  request?: string;
  /**
   * The words the line printed before a report found inside it (`  - claude-opus-5: grounded=None,
   * error=` before `Error code: 401 - {…}`): read for the failing call's model only.
   */
  label?: string;
  /**
   * The shell command printed a few lines above the block with a model flag (`$ sgpt --model gpt-4 …`):
   * read for the failing call's model only, when the provider's words name none.
   */
  command?: string;
  /**
   * How many lines stood between the block cut before this one and this block (0: right below it;
   * absent when unknown: a blank line or skipped output between, or none cut before).
   */
  after?: number;
}

/**
 * GNU wget's exchange for one URL: its request line (`--2023-05-06 13:37:02--  https://…`), its
 * progress lines (`Resolving …`, `Connecting to …`), then its status line (`HTTP request sent,
 * awaiting response... 401 Unauthorized`). A client error there is a report whose URL is the
 * request line's; redirects (`302 Found`, `Location: …`) go on to the next request line.
 */
export const WGET_REQUEST = /^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s+https?:\/\/\S/;
export const WGET_PROGRESS =
  /^(?:Resolving |Connecting to |Reusing existing connection to |(?:HTTP|Proxy) request sent, awaiting response\.\.\. [123]\d\d\b|Location: )/;
export const WGET_REFUSED = /^(?:HTTP|Proxy) request sent, awaiting response\.\.\. 4\d\d\b/;
/** Most progress lines between a wget request line and its status line. */
export const MAX_WGET_PROGRESS = 6;

/**
 * A request echo: a tool's debug output printing the request it is about to send, as a URL line,
 * then its body between a `{` line and a `}` line at column 0 (node-chatgpt-api: the URL, then
 * `{ model: '…', … }`). Right above an error head (one blank line at most), it is that error's request.
 */
export const REQUEST_ECHO_URL = /^https?:\/\/[^\s'"<>]+$/;
/** Most lines the scanner walks up through a request echo's body. */
export const MAX_REQUEST_ECHO_LINES = 20;

/** Whether `lines` (a URL, `{`, the body, `}`) are a request echo. */
export function isRequestEcho(lines: readonly string[]): boolean {
  return (
    lines.length >= 3 &&
    REQUEST_ECHO_URL.test(lines[0].trimEnd()) &&
    lines[1].trimEnd() === '{' &&
    lines[lines.length - 1].trimEnd() === '}' &&
    lines.slice(2, -1).every((l) => /^\s/.test(l))
  );
}

/**
 * A command typed at a shell prompt (`$ `, `% `, `❯ `, PowerShell's `PS C:\\…> `) that passes a model
 * flag (`--model gpt-4`, `--model=gpt-4`, `-m gpt-4o`): group 1 the flag's value.
 */
export const SHELL_COMMAND_MODEL = /^(?:[$%\u276f]|PS [^>\n]{1,200}>)\s+\S[^\n]*?\s(?:--model(?:=|\s+)|-m\s+)["']?([\w.:/@-]+)/u;
/** An agent CLI's line naming the model that answers the turn, right above its error (Gemini CLI's `Responding with gemini-2.5-pro`). */
export const CLI_MODEL_LINE = /^\s*Responding with ([\w.:/@-]+)\s*$/;
/** Any command typed at such a prompt: a later one without a model flag ran the error's call instead. */
export const SHELL_COMMAND = /^(?:[$%\u276f]|PS [^>\n]{1,200}>)\s+\S/u;

/** Lines looked up past a bare `{`'s caption for the request it answers (its headers, a `Response:` label). */
export const MAX_REQUEST_SECTION = 4;
/** An HTTP request line as a REST client shows it: `POST https://…/v1beta/models/…:generateContent?key=…`. */
const HTTP_REQUEST_LINE = /^(?:GET|POST|PUT|PATCH|DELETE) https?:\/\/\S+\s*$/;
/** A line between that request and its response body: a header (`Content-Type: application/json`) or a label (`Response:`). */
const REQUEST_SECTION = /^(?:Response(?: body)?|Body):\s*$|^[A-Z][A-Za-z-]*: [^\s{}][^{}]*$/;
/**
 * An HTTP request line and a header or label under it: two lines, never one a terminal cut (a URL
 * holds no space, and nothing follows it on a request line as a REST client shows it).
 */
export function requestThenSection(line: string, next: string): boolean {
  return HTTP_REQUEST_LINE.test(line) && REQUEST_SECTION.test(next.trimEnd());
}
/**
 * Where in `earlier` the HTTP request line stands whose response a bare `{` under `caption` opens,
 * every line from it to the caption a header or a label; -1 when there is none.
 */
export function requestAbove(caption: string, earlier: readonly string[]): number {
  if (!REQUEST_SECTION.test(caption.trimEnd())) return -1;
  for (let at = earlier.length - 1; at >= 0; at--) {
    if (HTTP_REQUEST_LINE.test(earlier[at])) return at;
    if (!REQUEST_SECTION.test(earlier[at].trimEnd())) return -1;
  }
  return -1;
}
