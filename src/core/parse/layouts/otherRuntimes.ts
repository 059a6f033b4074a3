// Heads, frames and sections of the other runtimes the engine reads: .NET and the Azure SDK for .NET,
// the JVM, PHP, Ruby, R, Julia, Swift.

/**
 * R's condition as rlang and cli print it (httr2, ellmer): a head that names the call and ends in a
 * colon, `Error in `req_perform()`:`, with the place it was raised (`Error in `f()` at
 * pkg/R/httr2.R:36:3:`), or a chained `Caused by error in `req_perform()`:`; its message on the lines
 * below. A bare `Error:` is left alone: it is far more often a post's caption. Indented as a whole
 * (testthat's snapshot of a condition, callr's report of a subprocess's), its message lines share the indent.
 */
export const R_CONDITION_HEAD = /^ {0,8}(?:Error in `[^`\n]{1,200}`|Caused by error(?: in `[^`\n]{1,200}`)?)(?: at [^\s:]{1,200}:\d+:\d+)?:\s*$/;

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
 * .NET's HttpRequestException from `EnsureSuccessStatusCode()`: `Response status code does not indicate success:
 * 404 (Not Found).`; apps print its async stack (frames without a file) and then the response body under it. In the
 * UI's language its words differ (`Der Antwortstatuscode gibt keinen Erfolg an: 401 (Nicht autorisiert).`,
 * `回應狀態碼未表示成功: 400 (Bad Request)。`): the status and its reason end the line. Read only above such frames.
 */
export const DOTNET_STATUS_HEAD = /: [45]\d\d \([^()]{1,40}\)[.。]?\s*$/;

/**
 * A .NET frame as a release build prints it, without a file (`   at Ns.Type.<Translate>d__19.MoveNext()`, the word
 * `at` in the UI's language), or a debug build's with its source (`… in C:\\src\\App.cs:line 12`, `… dans
 * C:\\src\\App.cs:ligne 12`), or the separator between async sections (`--- End of stack trace from … ---`).
 */
export const DOTNET_BARE_FRAME = /^\s*\S{1,12} [\w.`<>$|]+\([^()]*\)(?: \S{1,6} \S.*:\S{1,8} \d{1,9}\.?)?\s*$|^--- \S.* ---\s*$/;

/**
 * .NET's frame words in the UI's language (its `at` and ` in {file}:line {n}`), as Windows prints them: the word
 * before the method, the word before the file, the word before the line number (German adds a full stop after it:
 * `   bei App.Run() in C:\\src\\App.cs:Zeile 12.`). English frames are read as Node's are.
 */
const DOTNET_FRAME_WORDS: ReadonlyArray<{ at: string; in: string; line: string }> = [
  { at: 'bei', in: 'in', line: 'Zeile' },
  { at: 'en', in: 'en', line: 'línea' },
  { at: 'à', in: 'dans', line: 'ligne' },
  { at: 'em', in: 'na', line: 'linha' },
  { at: 'в', in: 'в', line: 'строка' },
  { at: '위치:', in: '파일', line: '줄' },
];

const words = (key: 'at' | 'in' | 'line'): string => [...new Set(DOTNET_FRAME_WORDS.map((w) => w[key]))].join('|');

/**
 * A .NET frame in another language: indented, the word, a dotted method with its parameters, and its source when the
 * build has symbols. Groups: 1 the method (without its parameters), 2 the file, 3 the line.
 */
export const DOTNET_LOCALIZED_FRAME = new RegExp(
  `^\\s+(?:${words('at')}) ([\\w\`<>$|[\\],]+(?:\\.[\\w\`<>$|[\\],]+)+)\\([^()]*\\)` +
    `(?: (?:${words('in')}) (\\S.*?):(?:${words('line')}) (\\d{1,9})\\.?)?\\s*$`,
);

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

export const UNCAUGHT = 'Uncaught ';

/**
 * The Dart VM's line for an exception nobody caught in a Flutter app (`[ERROR:flutter/runtime/dart_vm_initializer.cc(41)]
 * Unhandled Exception: …`): what follows is the exception's toString, often a bare sentence with no class before it.
 */
const DART_UNHANDLED = /\[ERROR:flutter\/[^\]\n]{1,80}\] (Unhandled Exception: )\S/;

/** Where the report after Dart's `Unhandled Exception: ` starts in a line (at those words), or -1. */
export function dartUnhandledStart(line: string): number {
  if (line.indexOf('Unhandled Exception: ') < 0) return -1;
  const m = DART_UNHANDLED.exec(line);
  return m ? m.index + m[0].length - m[1].length - 1 : -1;
}

/** Where the class of PHP's `Uncaught Ns\Cls: … in /app/x.php:61` starts in a line, or -1. */
export function phpUncaughtStart(line: string): number {
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
