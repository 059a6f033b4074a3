// Prefixes that log collectors, task runners and quoting put before every line of a program's output. They
// are removed before a line is read as part of a trace. Each is specific enough not to eat a
// trace's own text (a provider tag like `[ANTHROPIC] 401 …` is evidence, not a prefix).
import { MARKUP_LINE } from '../parse/layouts/surroundings';

/** GitHub Actions raw logs, `kubectl logs --timestamps`, `docker logs -t`, Heroku: an ISO timestamp. */
const ISO_STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d) /;
/**
 * containerd's CRI log lines (a node's pod log files, `crictl logs`, some log shippers): the stream
 * and the full/partial tag after the timestamp, `2024-03-11T13:11:09.012759123Z stderr F `.
 */
const CRI_STREAM = /^(?:stdout|stderr) [FP](?: |$)/;
/** GitLab CI's raw job log after its timestamp: the stream's id and `O`/`E` (`2024-05-01T12:00:00.123456Z 01O `). */
const GITLAB_STREAM = /^[0-9a-f]{2}[OE]\+? /;
/** Jenkins' Timestamper in a pipeline's console text: `[2024-05-01T12:00:00.123Z] `. */
const JENKINS_STAMP = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\] /;
/**
 * ComfyUI-Manager's console (its older releases wrap the server's output): every line after the
 * minute in brackets, `[2024-03-17 16:43] ` (no seconds, unlike a logger's own record stamp).
 */
const COMFY_MANAGER_STAMP = /^\[\d{4}-\d\d-\d\d \d\d:\d\d\] ?/;
/** Heroku's process after its timestamp: `app[web.1]: `, `heroku[router]: `; Fly.io's `app[3d8d9e5c] iad [info]`. */
const HEROKU_PROCESS = /^(?:[a-z][\w-]*\[[\w.-]+\]: |app\[[\w-]+\] [a-z]{3} \[\w+\])/;
/**
 * A log viewer's time column, copied with the lines (Render, Google Cloud's Logs Explorer): a date
 * and time, then a wide gap, `2024-05-01 12:00:00.123 CEST  `, `May  1 12:00:00 PM  `. A logger's
 * own stamp is followed by one space (`2025-04-16 23:19:50 error: …`) and stays: it is the record.
 * So does a logger's padded level column (`%(asctime)s %(levelname)-8s`, `… 08:09:21 ERROR    src.bot -> …`),
 * which a zone's capitals would otherwise match.
 */
const VIEWER_STAMP =
  /^(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?(?: (?!(?:DEBUG|INFO|WARN|ERROR|FATAL|TRACE)\b)[A-Z]{2,5})?|[A-Z][a-z]{2} [ \d]\d,? \d\d?:\d\d:\d\d(?:\.\d+)?(?: [AP]M)?)(?: {2}|\t)/;
/**
 * Docker Desktop's log view copies each line after its time and one space (`2025-03-06 09:28:36 `),
 * like a logger's own stamp: taken off only where a Python traceback's own lines follow it (its
 * heads, chain markers, an exception line or a blank line), which no logger record starts with,
 * or a line of an HTML page the exception printed (`<!DOCTYPE html>`, `<title>…`, `<!--[if IE 7]>…`).
 */
const DESKTOP_STAMP =
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?=$|Traceback \(most recent call last\):|During handling of the above exception|The above exception was the direct cause|[A-Za-z_][\w.]*?[A-Za-z0-9_](?:Error|Exception)(?::|$)|<(?:!DOCTYPE|!--|\/?[a-z][a-z0-9]*[\s>/]))/;
/**
 * …and its view of a compose stack's logs: the time, then the service column (`2025-08-19 06:33:45 api-1  | `,
 * the column alone where the container printed an empty line). Not a logger's own level column after its stamp
 * (`2024-05-01 12:00:00 INFO     | app:main:12 - …`), nor its stamp before its own columns (`… 10:33:45 | search | ERROR | `).
 */
const DESKTOP_SERVICE =
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?!(?:DEBUG|INFO|WARN|WARNING|ERROR|FATAL|TRACE|CRITICAL|SUCCESS|NOTICE|debug|info|warn|warning|error|fatal|trace|critical)\s)[A-Za-z0-9][\w.-]*(?:@[\w.-]+)? +\|(?: |$)/;
/** Vercel's build log, copied from its viewer: `17:40:04.825 | ` (older), `[22:07:50.970] ` (newer). */
const VERCEL_BUILD_STAMP = /^\d\d:\d\d:\d\d\.\d{3} \| /;
const VERCEL_BUILD_BRACKETED = /^\[\d\d:\d\d:\d\d\.\d{3}\] /;
/**
 * Netlify's function logs: `Apr 25, 12:36:49 PM: error  [entry] ` (edge functions: level, function),
 * `Apr 25, 12:36:49 PM: 2a1b3c4d ERROR  ` (serverless functions: request id, level).
 */
const NETLIFY_FUNCTION_STAMP =
  /^[A-Z][a-z]{2} \d\d?, \d\d?:\d\d:\d\d [AP]M: (?:[0-9a-f]{8} )?(?:(?:error|warn|info|debug|ERROR|WARN|INFO|DEBUG) +)?(?:\[[\w.-]+\] )?/;
/** Netlify's deploy log: `4:09:02 PM: `. */
const NETLIFY_STAMP = /^\d\d?:\d\d:\d\d [AP]M: /;
/** foreman and honcho running a Procfile (Heroku's local runners): the time, then the process column, `12:00:00 web.1  | `. */
const PROCFILE_RUNNER = /^\d\d:\d\d:\d\d [A-Za-z][\w.-]*\s*\| /;
/**
 * AWS Lambda's own record columns in CloudWatch: Node's console (`2024-05-01T12:00:00.123Z\t<request id>\tERROR\t`)
 * and Python's logging (`[ERROR]\t2024-05-01T12:00:00.123Z\t<request id>\t`); copied from the console, the tabs
 * may come out as spaces.
 */
const LAMBDA_NODE_RECORD = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z[\t ]+[0-9a-f-]{36}[\t ]+(?:[A-Z]+[\t ]+)?/;
const LAMBDA_PYTHON_RECORD = /^\[[A-Z]+\][\t ]+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z[\t ]+[0-9a-f-]{36}[\t ]+/;
/** The CloudWatch console's table, copied row by row: `| 2024-05-01T12:00:00.123+08:00 | `. */
const CLOUDWATCH_ROW = /^\| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d) \| /;
/**
 * The CloudWatch console's table pasted as Markdown: each row the time glued to the message, then
 * the message again (`2023-07-05T22:00:23.165+08:00Repository Not Found … | Repository Not Found …`),
 * later rows led by an empty cell, the header's rule (`-- | --`) between.
 */
const CLOUDWATCH_TABLE_ROW = /^(?: *\| )?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)(.+?) \| \1\s*$/;
const TABLE_RULE = /^-+ \| -+\s*$/;
/**
 * A log viewer's time glued to every line it shows (TrueNAS' app log view: `2025-08-27 15:25:06.530287+00:00[backend] error: …`,
 * `…+00:00at new OpenAI (…)`): a fraction and an offset, then the line's own first character with no
 * space between, which a logger's own record stamp always has.
 */
const GLUED_STAMP = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\.\d+(?:Z|[+-]\d\d:\d\d)(?=[^\s\d.:+-])/;
/** `docker compose up`: the service column, `web-1  | `; `docker service logs` (Swarm): the task and its node, `web.1.5i9c5kwt9m4r@manager1    | `. */
const COMPOSE_SERVICE = /^[A-Za-z0-9][\w.-]*(?:@[\w.-]+)?\s*\| /;
/** …and its column alone, the space after it trimmed, where the container printed an empty line (`mindsdb_container  |`). */
const COMPOSE_SERVICE_BLANK = /^[A-Za-z0-9][\w.-]*(?:@[\w.-]+)? +\|$/;
/** pm2 logs: `0|app      | `. */
const PM2_PROCESS = /^\d+\|[\w.-]+\s*\| /;
/**
 * pm2's own time after its process column when started with `--time` or a `log_date_format`:
 * `0|name     | 2019-07-11T15:02:13: `, `0|server   | 2017-03-25 18:29:46.4920: ` (a colon, then the line).
 */
const PM2_TIME = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?: /;
/** journald and syslog: `Apr 16 23:19:50 host python3[1234]: `; `journalctl -o short-precise` adds microseconds. */
const SYSLOG = /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ [\w.@/-]+(?:\[\d+\])?: /;
/** `journalctl -o short-full`: `Fri 2024-12-06 12:00:00 UTC host gunicorn[1234]: `. */
const JOURNAL_FULL = /^[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [A-Z]{2,5} \S+ [\w.@/-]+\[\d+\]: /;
/**
 * What `journalctl -o short-iso` (and `short-iso-precise`) puts after its ISO time: the host, then the
 * unit's process with its pid (`tarta r710_fan_controller.sh[20911]: `). The pid is required: without
 * it, two words and a colon are as likely the output's own (`Error code: 401`).
 */
const JOURNAL_HOST_PROCESS = /^\S+ [\w.@/-]+\[\d+\]: /;
/** `kubectl logs --prefix`: `[pod/api-7d9f/app] `. */
const KUBECTL_PREFIX = /^\[pod\/[^\]\s]+\] /;
/**
 * torchrun's worker ranks (torch.distributed.elastic): `[rank0]: ` before each line of a worker's
 * trace; with `--tee`/`--log-dir`, `[default0]:`.
 */
const TORCH_RANK = /^\[(?:rank|default)\d{1,4}\]: ?/;
/** A job runner's bracketed time, level and logger before every line (Dataiku's `[09:00:41] [INFO] [dku.utils]  - `). */
const BRACKETED_LOGGER = /^\[\d\d:\d\d:\d\d\] \[[A-Z]+\] \[[\w.-]+\] +- /;
/** concurrently's default column, `[0] `, and Turborepo's `web:dev: ` / `@acme/web:build: `. */
const TASK_COLUMN = /^(?:\[\d{1,2}\] |(?:@[\w.-]+\/)?[\w.-]+:(?:dev|build|start|serve|test|preview|watch)(?::[\w-]+)?: )/;

/** An R reprex's mark before every output line (`#> Error in `f()`:`), reprex's and knitr's default comment. */
const REPREX_OUTPUT = /^#> ?/;

/**
 * Android's logcat before every line of a crash: `adb logcat`'s brief format (`E/AndroidRuntime( 2345): `) and
 * its threadtime format (`12-18 00:16:52.025 26751 26782 E AndroidRuntime: `). Android Studio's own view pads
 * the lines after the first to the message column instead, which reads as indentation.
 */
const LOGCAT_BRIEF = /^[VDIWEFA]\/[\w.$-]{1,64}\( *\d{1,7}\): /;
const LOGCAT_THREADTIME = /^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d{1,7} +\d{1,7} [VDIWEFA] [\w.$ -]{1,64}: /;

/**
 * Azure Container Apps' log stream (`az containerapp logs show`, the portal's console): one JSON record per line of
 * the container's output, `{"TimeStamp": "…", "Log": "F   File \"/app/app.py\", line 4, in <module>"}`, the line
 * in `Log` after containerd's full/partial tag. The record is the line's wrapping: its string, unescaped, is the line.
 */
const CONTAINER_APPS_RECORD = /^\{"TimeStamp": ?"[^"\\]{8,40}", ?"Log": ?("(?:[^"\\]|\\.)*")\}\s*$/;
const CONTAINER_LINE_TAG = /^[FP](?: |$)/;

/** The container's own line a Container Apps log record wraps, or the line as it was. */
function unwrapContainerAppsRecord(line: string): string {
  const record = CONTAINER_APPS_RECORD.exec(line);
  if (!record) return line;
  try {
    const logged: unknown = JSON.parse(record[1]);
    return typeof logged === 'string' && !logged.includes('\n') ? logged.replace(CONTAINER_LINE_TAG, '') : line;
  } catch {
    return line;
  }
}

/**
 * A Node stack frame printed as an item of a JSON list of lines: AWS Lambda's console and `aws lambda invoke` show
 * an error's `"trace": [` / `"stack": [` pretty-printed, an item a line (`    "    at Runtime.handler (file:///var/task/index.mjs:12:20)",`).
 * The item's string, unescaped, is the frame line, so the frames under the record's message read as its trace.
 */
const LISTED_NODE_FRAME = /^\s*("\s+at (?:[^"\\]|\\.)+"),?\s*$/;
/** …and the list's first item, the stack's head line (`    "Error: 401 Incorrect API key provided: …",`, `"Runtime.UnhandledPromiseRejection: …"`). */
const LISTED_STACK_HEAD = /^\s*("(?:[A-Za-z_$][\w$]*\.)*(?:[A-Za-z_$][\w$]*)?(?:Error|Exception|Rejection)(?: \[\w+\])?: (?:[^"\\]|\\.)+"),?\s*$/;

/** The frame (or the stack's head) a JSON list item holds, or the line as it was. */
function unquoteListedFrame(line: string): string {
  const item = LISTED_NODE_FRAME.exec(line) ?? LISTED_STACK_HEAD.exec(line);
  if (!item) return line;
  try {
    const frame: unknown = JSON.parse(item[1]);
    return typeof frame === 'string' && !frame.includes('\n') ? frame : line;
  } catch {
    return line;
  }
}

/** Whether the line's first character past its indentation is a double quote: one look for most lines. */
function quotedAfterSpaces(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return i > 0 && line.charCodeAt(i) === 34; /* " */
}

/**
 * A Markdown blockquote's marker (output quoted in an issue or a notes app), possibly nested. Not a code
 * frame's mark at the margin (Next.js's `> 25 |     const r = await ai.models.generateImages({`): its line number stays.
 */
const BLOCKQUOTE = /^(?:>(?! ?\d{1,6} \|) ?)+/;
/**
 * A blockquote's marker under indentation (a quote in a list item, output indented as a whole): the
 * indentation kept, the marker dropped. Not Jest's code-frame mark (`    > 12 |`) nor pytest's
 * source mark (`>       raise …`), whose text stands three or more columns after it.
 */
const INDENTED_BLOCKQUOTE = /^([ \t]{1,8})>(?:$| (?! {2})(?!\d+ \|))/;

/** A line without the time (and what goes with it) a collector put first, when it starts with a digit. */
function withoutStamp(line: string): string {
  // A Lambda record copied with its tabs as spaces: its request id column goes with the time.
  if (line.charCodeAt(10) === 84 /* T */ && line.indexOf('\t') < 0) {
    const lambda = line.replace(LAMBDA_NODE_RECORD, '');
    if (lambda !== line) return lambda;
  }
  const stamped = line.replace(ISO_STAMP, '');
  if (stamped !== line) return stamped.replace(HEROKU_PROCESS, '').replace(GITLAB_STREAM, '').replace(CRI_STREAM, '').replace(JOURNAL_HOST_PROCESS, '');
  const platform = stripPlatformColumns(line);
  if (platform !== line) return platform;
  if (line.charCodeAt(2) === 45 /* - */) {
    const logcat = line.replace(LOGCAT_THREADTIME, '');
    if (logcat !== line) return logcat;
  }
  const piped = line.indexOf('|') > 0;
  if (piped && line.charCodeAt(4) === 45 /* - */) {
    const service = line.replace(DESKTOP_SERVICE, '');
    if (service !== line) return service;
  }
  const process = piped ? line.replace(PM2_PROCESS, '') : line;
  const viewed = process !== line ? process.replace(PM2_TIME, '') : line.replace(VIEWER_STAMP, '');
  if (viewed !== line) return viewed;
  const desktop = line.replace(DESKTOP_STAMP, '');
  // A row of a pasted table whose cells differ keeps its glued time (CLOUDWATCH_TABLE_ROW reads the console's own copy).
  return desktop !== line || line.indexOf(' | ') > 0 ? desktop : line.replace(GLUED_STAMP, '');
}

/** One clean (escape-free) line without its collector prefix. */
export function stripLinePrefix(line: string): string {
  const stripped = stripCollectorPrefix(line);
  // Output copied from a log viewer keeps its time column (`2025-03-07 17:49:56     at new OpenAI (…)`,
  // Docker Desktop's); collected again, that column follows the collector's prefix. So do a
  // container's own `docker logs -t` stamp in a CI job's log and a platform's own columns (a deploy
  // log's clock, a Lambda record's).
  if (stripped === line) return stripped;
  const first = stripped.charCodeAt(0);
  let own = stripped;
  if (first >= 48 && first <= 57) {
    const stamped = stripped.replace(ISO_STAMP, '');
    own = stamped !== stripped ? stamped : stripPlatformColumns(stripped);
    if (own === stripped) own = stripped.replace(VIEWER_STAMP, '');
  } else if (first >= 65 && first <= 90) own = stripped.replace(VIEWER_STAMP, '');
  else if (first === 91 /* [ */) own = stripped.replace(VERCEL_BUILD_BRACKETED, '').replace(LAMBDA_PYTHON_RECORD, '');
  else if (first === 124 /* | */) own = stripped.replace(CLOUDWATCH_ROW, '');
  // Turborepo's task column inside a deploy log: `17:40:04.825 | web:build: `.
  if (own !== stripped && own.indexOf(': ') > 0) own = own.replace(TASK_COLUMN, '');
  return own.indexOf(' | ') > 0 ? stripTableRow(own) : own;
}

/** Whether `>` follows the line's first (at most 8) spaces or tabs: a char test per column, no scan. */
function quotedAfterIndent(line: string): boolean {
  let i = 0;
  while (i < 8 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i > 0 && line.charCodeAt(i) === 62; /* > */
}

function stripCollectorPrefix(line: string): string {
  if (line.charCodeAt(0) === 123 /* { */ && line.charCodeAt(2) === 84 /* T */) line = unwrapContainerAppsRecord(line);
  if (line.charCodeAt(0) === 62 /* > */ && !line.startsWith('>>>')) line = line.replace(BLOCKQUOTE, '');
  else if (quotedAfterIndent(line)) line = line.replace(INDENTED_BLOCKQUOTE, '$1');
  if (line.charCodeAt(0) === 35 /* # */ && line.charCodeAt(1) === 62 /* > */) return line.replace(REPREX_OUTPUT, '');
  if (line.indexOf(' | ') > 0) {
    const row = stripTableRow(line);
    if (row !== line) return row;
  }
  const posted = line;
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    line = withoutStamp(line);
  } else if (first >= 65 && first <= 90 && line.charCodeAt(3) === 32) {
    const logged = line.replace(SYSLOG, '').replace(JOURNAL_FULL, '');
    const netlify = logged !== line ? logged : line.replace(NETLIFY_FUNCTION_STAMP, '');
    line = netlify !== line ? netlify : line.replace(VIEWER_STAMP, '');
  } else if (first === 91 /* [ */) {
    line = line.replace(KUBECTL_PREFIX, '').replace(JENKINS_STAMP, '').replace(VERCEL_BUILD_BRACKETED, '').replace(LAMBDA_PYTHON_RECORD, '');
  } else if (first === 124 /* | */) {
    line = line.replace(CLOUDWATCH_ROW, '');
  } else if (first >= 65 && first <= 90 && line.charCodeAt(1) === 47 /* / */) {
    line = line.replace(LOGCAT_BRIEF, '');
  }
  if (line.indexOf(': ') > 0 || line.charCodeAt(0) === 91) line = line.replace(TASK_COLUMN, '');
  if (line.indexOf('| ') > 0) {
    const service = line.replace(COMPOSE_SERVICE, '');
    // `docker compose logs -t`: the service column, then the container's timestamp.
    if (service !== line) line = service.charCodeAt(0) >= 48 && service.charCodeAt(0) <= 57 ? withoutStamp(service) : service;
  } else if (line.charCodeAt(line.length - 1) === 124 /* | */) line = line.replace(COMPOSE_SERVICE_BLANK, '');
  // The job's own prefix, also under a collector's; ComfyUI-Manager's minute stamp and torchrun's rank likewise.
  if (line.charCodeAt(0) === 91 /* [ */) line = line.replace(BRACKETED_LOGGER, '').replace(COMFY_MANAGER_STAMP, '').replace(TORCH_RANK, '');
  // A time the program's own view put on its lines (Docker Desktop's, containerd's), under a collector's prefix.
  const next = line.charCodeAt(0);
  if (line !== posted && next >= 48 && next <= 57) {
    const own = withoutStamp(line);
    // Turborepo's task column inside a deploy log under a collector's prefix: `… 17:40:04.825 | web:build: `.
    if (own !== line) line = own.indexOf(': ') > 0 ? own.replace(TASK_COLUMN, '') : own;
  }
  // A collector's prefix before output that was itself quoted (a notes app's callout, a tool's quote), or a reprex's.
  if (line.charCodeAt(0) === 62 /* > */ && !line.startsWith('>>>')) line = line.replace(BLOCKQUOTE, '');
  else if (line.charCodeAt(0) === 35 /* # */ && line.charCodeAt(1) === 62 /* > */) line = line.replace(REPREX_OUTPUT, '');
  if (quotedAfterSpaces(line)) line = unquoteListedFrame(line);
  // A fence or a collapsible section's tag reads as the blank line it stands for: it opens or
  // closes the pasted output, and read as a line of it, it would be taken for the error's last line.
  return line.length < 120 && isMarkupStart(line) && MARKUP_LINE.test(line) ? '' : line;
}

/** A row of the CloudWatch console's pasted table: its message; the header's rule: a blank line. */
function stripTableRow(line: string): string {
  const row = line.replace(CLOUDWATCH_TABLE_ROW, '$1');
  return row !== line ? row : TABLE_RULE.test(line) ? '' : line;
}

/** A deploy log's clock column (Vercel's, Netlify's: a time, no date) or a Lambda record's columns. */
function stripPlatformColumns(line: string): string {
  if (line.charCodeAt(2) === 58 /* : */ || line.charCodeAt(1) === 58) {
    const vercel = line.replace(VERCEL_BUILD_STAMP, '');
    if (vercel !== line) return vercel;
    const netlify = line.replace(NETLIFY_STAMP, '');
    return netlify !== line ? netlify : line.replace(PROCFILE_RUNNER, '');
  }
  return line.indexOf('\t') > 0 ? line.replace(LAMBDA_NODE_RECORD, '') : line;
}

/** Whether the line's first character past its indentation may open markup (`` ` ``, `~`, `<`): one look for most lines. */
function isMarkupStart(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  const c = line.charCodeAt(i);
  return c === 96 || c === 126 || c === 60;
}
