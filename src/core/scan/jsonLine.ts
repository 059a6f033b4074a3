// Structured JSON logs (pino, winston, bunyan, structlog, …): one JSON object per line whose
// string fields hold the whole trace with `\n` escapes (`err.stack`, `stack`, `exc_info`,
// `exception`) or a one-line report (`msg`). The decoded text is then cut like printed output.
import { lineReportStart, mayHoldLineReport } from '../parse/layouts/reportStart';
import { LOG_RECORD } from '../parse/layouts/surroundings';

const MAX_DEPTH = 4;
/** Longest log prefix (timestamp, level, service) before a record's `{`. */
const MAX_PREFIX = 200;
/** A record's field that names the model of the failing call (`"modelId":"gemini-3-pro-preview"`). */
const MODEL_KEY = /^model(?:_?(?:id|name))?$/i;
/** A record's field that names the URL of the failing request (the Vercel AI SDK's `"url":"https://…/v1/messages"`). */
const URL_KEY = /^url$/i;
const REQUEST_URL_VALUE = /^https?:\/\/[^\s"'<>]{1,300}$/;
/** An error class named before the body. */
const ERROR_HEAD = /[A-Za-z](?:Error|Exception)\b/;
/** The field a router's envelope names the upstream provider in. */
const RELAY_KEY = /^provider_name$/;
/** An error body's own status field beside its message: `{"code":"403","message":"…"}`. */
const STATUS_KEY = /^(?:code|status|statusCode|status_code)$/;
/**
 * A field whose whole value is a client-error status line (a relay's envelope: `"type":"401 Unauthorized"`):
 * the status of the body it wraps, whatever the field is called.
 */
const STATUS_LINE_VALUE = /^(4\d\d) [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$/;
/** A prefix stating a status: `Reason: Request Failed: 400 `, `Error code: 403 - `. */
const STATUS_BEFORE_BODY = /\b[45]\d\d\b/;

/**
 * A record's field that holds a process's captured output (an agent's tool result: `{"stdout": "Error: …", "stderr": ""}`):
 * printed output, read as printed even when it is one line that states no status (`Error: Failed to load …: …`).
 */
const CAPTURED_OUTPUT_KEY = /^(?:stdout|stderr)$/;

/** A record's fields without its start: the rest of a string value, then `","key":` (no `{` before it). */
const CUT_RECORD_START = /^[^{\s]*","[\w.-]{1,40}":/;

/** A frame line of a stack printed as a list of strings (AWS Lambda's Node runtime: `"stack":["Error: …","    at …"]`). */
const STACK_ITEM = /^\s+(?:at |File ")/;

function isStackList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 1 && v.every((x) => typeof x === 'string') && STACK_ITEM.test(v[1] as string);
}

/**
 * The trace a JSON log line carries, decoded, or null when the line is not a JSON object or
 * carries none. Multi-line strings (stacks, tracebacks) win over a one-line message that
 * usually repeats their first line.
 */
export function traceInJsonLine(line: string, mayHoldReport = mayHoldLineReport(line)): string | null {
  const start = line.search(/[{[]/);
  if (start < 0 || start > MAX_PREFIX) return null;
  // Without a backslash no string in the line holds a newline (JSON escapes it) or differs from
  // the raw text: a report in one of them would show in the line. Most JSON log lines end here,
  // before JSON.parse.
  if (!mayHoldReport && line.indexOf('\\') < 0) return null;
  // Copied from a terminal, a line may end in spaces after the JSON.
  line = line.trimEnd();
  const last = line.charCodeAt(line.length - 1);
  // Cut short (a post, a line limit): no JSON left to parse, but its escaped stack still reads.
  if (last !== 125 /* } */ && last !== 93 /* ] */) return escapedStack(line.slice(start));
  // Only what a log prefix may precede: a timestamp, a level, a service column. A prefix naming
  // an error class (`litellm.NotFoundError: VertexAIException - {…}`) heads the body that follows:
  // the line is a report as printed, not a record to unwrap.
  if (start > 0 && (/[{"']/.test(line.slice(0, start)) || ERROR_HEAD.test(line.slice(0, start)))) {
    // …unless the line is a record cut at its start (a post's excerpt: `one","level":"error",…,"stack":"Error: …`): its escaped stack still reads.
    return CUT_RECORD_START.test(line.slice(0, start)) ? escapedStack(line) : null;
  }
  let value: unknown;
  try {
    value = JSON.parse(line.slice(start));
  } catch {
    return escapedStack(line.slice(start));
  }
  const multi: string[] = [];
  const reports: string[] = [];
  let model: string | null = null;
  let url: string | null = null;
  // An object's fields repeat one error (`msg` and `err.message`): its first report counts. A
  // list's items are each their own (a printed list of the errors of several attempts).
  let relayed = false;
  const walk = (v: unknown, depth: number, listed: boolean, status = ''): void => {
    if (typeof v === 'string') {
      if (v.includes('\n')) multi.push(v);
      // A message that states the status itself (`"message":"401 {…}","status":401`) keeps its own words.
      else if ((listed || reports.length === 0) && lineReportStart(v) >= 0) reports.push(status && !v.includes(status.trimEnd()) ? status + v : v);
    } else if (isStackList(v)) {
      multi.push(v.join('\n'));
    } else if (v && typeof v === 'object' && depth < MAX_DEPTH) {
      const list = Array.isArray(v);
      // The body's own client-error status, read with the message beside it (an app's 200 or 5xx log field is no body's).
      const own = list
        ? undefined
        : (Object.entries(v).find(([k, x]) => STATUS_KEY.test(k) && /^4\d\d$/.test(String(x)))?.[1] ??
          Object.values(v)
            .map((x) => (typeof x === 'string' ? STATUS_LINE_VALUE.exec(x)?.[1] : undefined))
            .find((x) => x !== undefined));
      // An envelope's status holds for the error object it nests (`{"error":{"message":{…},"type":"401 Unauthorized"}}`).
      const passed = own === undefined ? status : `${String(own)} `;
      for (const [k, x] of Object.entries(v)) {
        if (!list && typeof x === 'string' && CAPTURED_OUTPUT_KEY.test(k) && !x.includes('\n') && mayHoldLineReport(x)) {
          multi.push(x);
          continue;
        }
        if (!list && model === null && typeof x === 'string' && MODEL_KEY.test(k) && /^[\w.:/@-]{1,128}$/.test(x)) model = x;
        if (!list && url === null && typeof x === 'string' && URL_KEY.test(k) && REQUEST_URL_VALUE.test(x)) url = x;
        if (!list && RELAY_KEY.test(k)) relayed = true;
        walk(x, depth + 1, list, passed);
      }
    }
  };
  walk(value, 0, false);
  const lambda = lambdaPythonTrace(value);
  if (lambda !== null) return lambda;
  // The response body a record logs beside a Node stack (winston's `"error":{"code":401,"message":"…"}`) says who
  // answered: it is read as the object dump Node prints after the stack's last frame.
  const body = multi.length === 1 ? bodyBesideStack(value, multi[0]) : null;
  // A router's envelope around an upstream answer (OpenRouter's `provider_name`): its inner error
  // is not the caller's own; the whole record is read as printed, envelope included.
  if (relayed) return null;
  // A status printed before the body (`Request Failed: 400 {…}`, `Error code: 403 - {…}`) is the report's own.
  const prefix = line.slice(0, start);
  const said = STATUS_BEFORE_BODY.test(prefix) ? prefix.trimStart() : '';
  // The model a record names beside its error text reads as part of it: on a one-line report's
  // own line (`… model: gemini-3-pro-preview`), under a multi-line trace.
  if (multi.length) {
    const trace = body === null ? withoutRuntimeWrappers(multi).join('\n\n') : `${multi[0].trimEnd()} {\n  "error": ${body}\n}`;
    return model === null ? trace : `${trace.trimEnd()}\nmodel: ${model}`;
  }
  if (!reports.length) return null;
  // …and the URL it names says whose API answered (a relay's host is none of the providers').
  const asked = `${model === null ? '' : ` model: ${model}`}${url === null ? '' : ` url: ${url}`}`;
  return reports.map((r) => `${said}${r}${asked}`).join('\n');
}

/** A Python frame as Lambda's runtime lists it, its source line after it: `  File "/var/task/app.py", line 10, in handler\n    x = f()\n`. */
const LISTED_PYTHON_FRAME = /^ {2}File "[^"]+", line \d+, in /;

/**
 * AWS Lambda's Python runtime reports an error as `{"errorMessage": …, "errorType": …, "stackTrace": [frame, …]}`
 * (the invoke response, `aws lambda invoke`'s output file): the frames without Python's head and exception line,
 * for which the record's type and message stand. Read as the traceback they make together, or null.
 */
function lambdaPythonTrace(record: unknown): string | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return null;
  const { errorMessage, errorType, stackTrace } = record as Record<string, unknown>;
  if (typeof errorMessage !== 'string' || typeof errorType !== 'string' || !Array.isArray(stackTrace) || stackTrace.length === 0) return null;
  if (!stackTrace.every((x) => typeof x === 'string' && LISTED_PYTHON_FRAME.test(x))) return null;
  const frames = (stackTrace as string[]).map((x) => x.replace(/\n+$/, '')).join('\n');
  return `Traceback (most recent call last):\n${frames}\n${errorType}: ${errorMessage}`;
}

/**
 * AWS Lambda's Node runtime logs an unhandled rejection as its own error around the rejection's
 * (`"reason":{…,"stack":["Error: 401 …","    at …"]}`, then `"stack":["Runtime.UnhandledPromiseRejection: Error: 401 …",
 * "    at process.<anonymous> (file:///var/runtime/index.mjs:…)"]`): the wrapper's stack repeats the reason's head over
 * the runtime's own frames, one failure, so it is dropped when the reason's stack is there.
 */
const RUNTIME_REJECTION_HEAD = /^Runtime\.UnhandledPromiseRejection: (.+)$/;

function withoutRuntimeWrappers(stacks: string[]): string[] {
  if (stacks.length < 2) return stacks;
  const heads = stacks.map((x) => x.split('\n', 1)[0].trim());
  return stacks.filter((_, i) => {
    const wrapped = RUNTIME_REJECTION_HEAD.exec(heads[i]);
    return wrapped === null || !heads.some((h, j) => j !== i && h === wrapped[1].trim());
  });
}

/** A Node stack's frame line: the last line of a stack a dump may follow. */
const NODE_FRAME_LINE = /^\s+at \S/;

/**
 * A record's `error` object beside the Node stack it logs, as JSON (one line, a message of one line,
 * no stack of its own), else null.
 */
function bodyBesideStack(record: unknown, stack: string): string | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return null;
  const error = (record as Record<string, unknown>).error;
  if (!error || typeof error !== 'object' || Array.isArray(error)) return null;
  const message = (error as Record<string, unknown>).message;
  if (typeof message !== 'string' || message.includes('\n') || 'stack' in error) return null;
  if (!NODE_FRAME_LINE.test(stack.trimEnd().slice(stack.trimEnd().lastIndexOf('\n') + 1))) return null;
  return JSON.stringify(error);
}

/**
 * Whether a line is a JSON object (a log record), whole or cut short: `{"` first, or after a
 * log prefix (a timestamp, a level), not after a message's own words.
 */
export function isJsonRecord(line: string): boolean {
  const start = line.indexOf('{"');
  if (start < 0 || start > MAX_PREFIX) return false;
  const prefix = line.slice(0, start);
  return prefix.trim() === '' || (LOG_RECORD.test(prefix) && !/[{"']/.test(prefix));
}

/** A JSON string's escapes undone, when the text holds an escaped stack (`\n    at `, `\n  File "`). */
function escapedStack(json: string): string | null {
  let stackAt = nextStack(json, 0);
  if (stackAt < 0) return null;
  // The stack's string ends at its closing quote: the record's fields after it (`","status":401,…`) are not its last
  // frame's; indented on a line of their own they read as the error's properties printed after its stack. A later
  // record's stack in the same cut line (an array of errors, Claude Code's `[{"error":"Error: 404 …\n    at …"},{"error":"…`)
  // starts a line of its own at its string's opening quote, so its head reads as a report too.
  let out = '';
  let from = 0;
  for (let n = 0; stackAt >= 0 && n < MAX_CUT_STACKS; n++) {
    const open = json.lastIndexOf('":"', stackAt);
    if (from > 0 && open >= from) {
      out += `${json.slice(from, open + 3)}\n`;
      from = open + 3;
    }
    const end = stringEnd(json, stackAt);
    if (end < 0) break;
    out += `${json.slice(from, end)}\n  `;
    from = end;
    stackAt = nextStack(json, end);
  }
  json = out + json.slice(from);
  return json.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '';
    if (c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
    return c;
  });
}

/** Most stacks a cut line is split into: a log line holds a few records. */
const MAX_CUT_STACKS = 16;

/** Where the next escaped stack (`\n    at `, `\n  File \"`) starts at or after `from`, or -1. */
function nextStack(json: string, from: number): number {
  const node = json.indexOf('\\n    at ', from);
  const python = json.indexOf('\\n  File \\"', from);
  return node < 0 ? python : python < 0 ? node : Math.min(node, python);
}

/** The index of the unescaped `"` that closes the JSON string holding `from`, or -1. */
function stringEnd(json: string, from: number): number {
  for (let i = from; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 92 /* \\ */) i++;
    else if (c === 34 /* " */) return i;
  }
  return -1;
}
