// Line state machine that cuts candidate trace blocks out of clean (escape-free) lines, in the
// layouts of src/core/parse/layouts/: Python tracebacks (chained, exception groups,
// logging.exception, message-first as Streamlit shows them), pytest failure entries, Node.js
// error stacks with the object dump that follows them, IPython/Jupyter tracebacks, traces inside
// JSON log lines, Rich's boxed tracebacks, and one-line reports with no trace. Knows layouts, not
// providers.
import { type CutBlock, type LayoutId } from '../parse/layouts/block';
import { DEBUGGER_HEAD, NODE_AT, NODE_STACK_EXTRA, nodeHead } from '../parse/layouts/node';
import {
  JULIA_STACKTRACE,
  DOTNET_INNER,
  VS_DETAILS_MESSAGE,
  PHP_TRACE_LINE,
  ERROR_CODE_LINE,
  HTTP_STATUS_HEAD,
  JVM_CAUSED_BY,
  JVM_FRAME_LINE,
  R_CONDITION_HEAD,
  R_CONDITION_LINE,
  STATUS_REASON_LINE,
  SWIFT_DUMP_FIELD,
  RUBY_FROM,
  RUBY_HEAD,
} from '../parse/layouts/otherRuntimes';
import {
  DJANGO_EXCEPTION_TYPE,
  IPY_CELL_FRAME,
  IPY_HEADER,
  IPY_RULE,
  isIPythonFrameLine,
  PY_CHAIN,
  PY_CHAIN_ELISION,
  PY_EXCEPTION,
  PY_FRAME,
  PY_FRAME_CUT_AT_WIDTH,
  PY_FRAME_ENDS_AT_IN,
  PY_WRAPPED_FUNCTION,
  flattenedTraceLines,
  PY_HEADER,
  PY_LOOSE_HEADER,
  PY_CARETS as CARETS,
  PYTEST_HEADER,
  PYTEST_LOCATION_END,
  RICH_BOTTOM,
  RICH_HEADER,
  RICH_RULE,
  RICH_SIDE,
} from '../parse/layouts/python';
import { isMessageTail } from '../parse/layouts/reportPhrases';
import { STATUS_FROM_URL, lineReportStart, mayHoldLineReport, reportStartIn } from '../parse/layouts/reportStart';
import {
  CLIENT_ERROR_HEAD,
  HUB_REQUEST_ID_ONLY_HEAD,
  STATUS_REASON_ONLY_END,
  BARE_ERROR_CODE_END,
  GOT_STATUS_HEAD_END,
  wrappedAfterStatus,
  wrappedAtAction,
  HUB_CLIENT_ERROR_END,
  bareReasonStatus,
  CLIENT_ERROR_LINE,
  STATUS_DETAIL_LINE,
  BODY_DETAIL_LINE,
  DUMP_WITHOUT_HEAD,
  LOGFMT_RESPONSE_RECORD,
  STATUS_ONLY_LINE,
  STATUS_BELOW_BODY,
  isStatusAboveBody,
  BODY_CLOSE_LINE,
  FAILED_STATUS_CAPTION,
  HUB_CONTENT_LINE,
  HUB_PERMISSIONS_HINT,
  HUB_STATUS_HEAD,
  RULE_ONLY_LINE,
  BODY_LABEL,
  STATUS_ONLY_HEAD,
  HTML_PAGE_LINE,
  URL_FIELD_AFTER_PAGE,
  htmlPageHeadAbove,
} from '../parse/layouts/statusLines';
import {
  CLIENT_ERROR_IN_RECORD,
  MAX_TOOL_REPORT_FIELDS,
  TOOL_REPORT_FIELD,
  TOOL_REPORT_OUTPUT_HEAD,
  TOOL_REPORT_STATUS,
  LOG_RECORD,
  isPrompt,
  REPEATED_SUMMARY,
  SEPARATOR,
  MAX_WGET_PROGRESS,
  WGET_PROGRESS,
  WGET_REFUSED,
  WGET_REQUEST,
  isRequestEcho,
  MAX_REQUEST_SECTION,
  SHELL_COMMAND,
  SHELL_COMMAND_MODEL,
  CLI_MODEL_LINE,
  requestAbove,
} from '../parse/layouts/surroundings';
import { statusFrom } from '../parse/frames';
import { parsePhpException } from '../parse/php';
import { isJsonRecord, traceInJsonLine } from './jsonLine';
import { NotebookErrorJson } from './notebookErrorJson';

type State =
  | 'idle'
  | 'py'
  | 'ipy'
  | 'rich'
  | 'pyExc'
  | 'pyExcBlank'
  | 'nodeHead'
  | 'nodeFrames'
  | 'nodeDump'
  | 'pytest'
  | 'pyLoose'
  | 'fields'
  | 'wget'
  | 'rHead'
  | 'rCondition'
  | 'rubyFrames';

export interface CutterLimits {
  maxBlockBytes: number;
  maxBlockLines: number;
}

/** A log record stating a status, then opening its body at the line's end (`… Antigravity API error (403): {`). */
const RECORD_STATUS_THEN_BODY = /\b[45]\d\d\b[^{}\n]*[{[]\s*$/;

/** Guzzle's status line: the response body follows on the next line. */
const GUZZLE_HEAD = /[`'] resulted in a [`'][45]\d\d [^`']*[`'] response/;
/**
 * huggingface_hub's own lines under the server's message of a `4xx Client Error` head (its
 * not-found hint, its docs link, the server's reason last): the same report, though the hint's
 * `private or gated repo` words would start one.
 */
const HUB_HINT_LINE =
  /^\s*(?:Please make sure you specified the correct `?repo_id|If you are trying to access a private or gated repo|For more details, see https:\/\/huggingface\.co\/docs\/|Invalid (?:username or password|credentials in Authorization header)\.?\s*$)/;
/** A head that says only a client error's status after its words (`API Error: 403`). */
const CLIENT_STATUS_ONLY_HEAD = /^\s*[\w. ]{0,30}\b[Ee]rror:\s*4\d\d\s*$/;
/** huggingface_hub's status line ends with the request id; the server's message is on the lines below. */
const HF_REQUEST_ID_END = /\(Request ID: [^()]*\)\s*$/;
/**
 * The Hub's not-found sentence on the head's own line, the status before it in the poster's words
 * (`401 client error, Repository Not Found for url: …`): its hint lines follow as under a `4xx Client Error` head.
 */
const HUB_NOT_FOUND_IN_HEAD = /\b[Rr]epository Not Found for url: https?:\/\//;
/** A record's date and time at the start of its line (`2024-04-22 16:54:03 `). */
const RECORD_STAMP = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d+)? /;
const MAX_EXC_CONTINUATION = 40;
/** A Rust error chain's heading over the causes of the error above it (anyhow's `Caused by:`, a blank line below that error). */
const CAUSES_HEADING = /^Caused by:\s*$/;
/**
 * httpx's log of a request the API refused (`HTTP Request: POST https://…/deployments/gpt-4o/… "HTTP/1.1 401
 * Unauthorized"`), as the OpenAI, Anthropic and Google SDKs and their wrappers print it right above the error:
 * its URL may name the model (an Azure deployment, a Gemini model), read like a request echo. Any other of its
 * lines (a request that succeeded) ends that.
 */
export const HTTPX_REQUEST = /\bHTTP Request: [A-Z]{3,7} https?:\/\/\S+ "HTTP\/[\d.]+ (\d{3})\b/;
/**
 * A Rust error chain's cause line for the request the API refused (anyhow's numbered `Caused by:` list,
 * reqwest's status, method and URL: `    1: 401 GET https://api.anthropic.com/v1/models`), right above the
 * cause line that prints the body: read as httpx's log line is.
 */
const CAUSE_REQUEST = /^\s*(?:\d{1,2}: )?(\d{3}) (?:GET|POST|PUT|PATCH|DELETE) https?:\/\/\S+\s*$/;
/** Idle lines after a refused request's log line within which an error still reads as its answer (retries between). */
export const MAX_REFUSED_REQUEST_AGE = 2;
/** The longest piece of a line a terminal cut at its width (wider terminals are rare). */
const MAX_CUT_PIECE = 512;
const MAX_NODE_HEAD_CONTINUATION = 60;
/** A one-line report hard-wrapped by a terminal or Rich: its open brackets close within this many lines. */
const MAX_REPORT_WRAP = 20;
/**
 * An object dump opened on the head line (`(error) {` from `wrangler tail`, `{` then `name:
 * 'AI_APICallError',`): Node prints its headers and a long body as `'…' +` lines, so it runs longer.
 */
const MAX_DUMP_LINES = MAX_NODE_HEAD_CONTINUATION;
const DUMP_OPENED = /\{\s*$/;
const MAX_BLANKS = 2;
/** Lines after a one-line report's head that still read as its message. */
const MAX_REPORT_LINES = 4;
/** A head line whose message opens an HTML page at its end (`…Error: <!DOCTYPE html>`, `…: <html lang="en">`). */
const HTML_PAGE_OPENED = /: ?<(?:!DOCTYPE html|html)\b[^<>]*>\s*$/i;
/** Lines of an error head's indented field list (`  status: 400 Bad Request`, `  reason: …`) read as one report. */
const MAX_FIELD_LIST = 12;
/** The status as the first field of such a list (indented or not); the head's own words state none. */
const STATUS_FIELD_LINE = /^([ \t]{0,8})status: [45]\d\d\b/;
/** A `name: value` field of it; an object dump's `status: 401,` ends in a comma. */
const FIELD_LINE = /^([ \t]{0,8})[a-z][a-z_]{1,30}: \S.*[^,\s]\s*$/;
/** Whether `line` is a field of the list whose status field is `status`: the same indentation. */
function sameListField(status: string, line: string): boolean {
  const s = STATUS_FIELD_LINE.exec(status);
  const f = FIELD_LINE.exec(line);
  return s !== null && f !== null && s[1] === f[1];
}
/** Reports read from one line; more are left in the last one. */
const MAX_REPORTS_PER_LINE = 8;
/** How much of a report's head another one repeats to be the same report again. */
const SAME_HEAD = 12;
/** A line that states an HTTP status of its own. */
export const HAS_STATUS = /\b[45]\d\d\b/;

/** An exception's line in a finished block (pytest's `E   ` marker aside): what a short summary repeats. */
const EXCEPTION_LINE = /^(?:E\s+)?((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*: \S.*)$/;
/** How much of a summary line's exception is looked for in the lines above (pytest cuts them to the width). */
const SUMMARY_KEY = 40;
const MIN_SUMMARY_KEY = 12;
/** How much of an exception's or a report's line is kept to find a summary line's words in. */
const MAX_HEAD_KEPT = 400;
/** Vitest's rule between an error's frames and its serialized properties (`⎯⎯⎯⎯`). */
const VITEST_RULE = /^\s*⎯{3,}\s*$/;
/** Vitest's line with the error's own properties. */
const SERIALIZED_ERROR = /^\s*Serialized Error: /;
/** Blank and rule lines looked past for it. */
const MAX_VITEST_GAP = 3;
/** Exception lines kept from finished blocks. */
const MAX_SEEN_HEADS = 32;

/** Longest line read as the caption above a bare `{`. */
const MAX_CAPTION = 300;
/** An HTTP client's error object printed from its `config: {` field, the request's `url: '…'` in it, closed (`},`). */
function isClientConfigDump(lines: readonly string[]): boolean {
  return /^\s*config: \{\s*$/.test(lines[0]) && /^\s*\},?\s*$/.test(lines[lines.length - 1]) && lines.some((l) => /^\s*url: '/.test(l));
}

/** The next field of that object holding the answer (`data: '[{\n' +`, `response: {`). */
const CLIENT_DUMP_NEXT_FIELD = /^\s*(?:data|response): \S/;

/** A line that opens a pretty-printed error body: `{`, `SomeException: 404 - {` (unindented). */
function opensBody(line: string): boolean {
  return line.length > 0 && line.charCodeAt(0) > 32 && line.trimEnd().endsWith('{');
}
/**
 * A line that opens with an HTTP status and a sentence (`"429 You exceeded your current quota, …`,
 * openai-node's `${status} ${message}`): another answer, not the line above going on.
 */
const STATUS_SENTENCE_LINE = /^\s*["'`]?[45]\d\d [A-Z][a-z]+ [a-z]/;
/**
 * A line that opens with an error code and a sentence (chatgpt-demo's `${code} ${message}`:
 * `insufficient_quota You exceeded your current quota, …` under a `model_not_found The model …` line): another answer.
 */
const CODE_SENTENCE_LINE = /^\s*[a-z]{2,20}(?:_[a-z]{2,20}){1,4} [A-Z][a-z]+ [a-z]/;
/**
 * Blank lines held between a .NET exception's sections: newer Azure SDKs print two between `ErrorCode:`,
 * `Content:` and `Headers:`, and a test report one more before its `Stack trace` heading.
 */
const MAX_DOTNET_BLANKS = 3;
/** A .NET exception's head: its namespace-qualified class, then its message (`Azure.RequestFailedException: …`). */
const DOTNET_EXCEPTION_HEAD = /^\s*(?:[A-Z]\w*\.)+[A-Z]\w*Exception: \S/;
/**
 * A .NET exception's sections after its `ErrorCode:` line; and the `Stack trace` heading a test
 * report (VSTest, Azure DevOps) puts above its frames, after a blank line.
 */
const DOTNET_SECTION = /^(?:Content|Headers):\s*$|^\s*Stack ?[Tt]race:?\s*$/;
/** The end of a report's line label kept for its model (a list item's, a log record's prefix). */
const MAX_LABEL = 200;
/** Lines after a message-first Python frame that may be its source and carets. */
const MAX_LOOSE_SOURCE = 2;

/**
 * Azure.Core's console log (the Azure SDK for .NET's `AzureEventSourceListener`): the request line, its
 * headers, then the error response under the same request id, several lines below.
 */
export const AZURE_CORE_REQUEST = 'Request [';
/**
 * …and its error response line, the request's id in group 1. System.ClientModel's MessageLoggingPolicy (the .NET SDKs
 * built on it) logs the same pair without the `Azure-Core: ` source: `Request [id] POST https://…`, `Error response [id] 404 …`.
 */
export const AZURE_CORE_ERROR_RESPONSE = /(?:Azure-Core: |^\s*)Error response \[([\w-]{1,64})\]/;
/** A head whose URL went onto the next line (huggingface_hub's `… for url:` then the URL). */
const FOR_URL_AT_END = /\bfor url:\s*$/;
/** …and a client's `, url:` field wrapped before its value (Codex: `unexpected status 403 Forbidden: Unknown error, url:` then the URL). */
const URL_FIELD_AT_END = /, url:\s*$/;
/** LangChain JS's link under an SDK error's head, a blank line either side (`Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND/`). */
const TROUBLESHOOTING_LINK = /^Troubleshooting URL: https?:\/\/\S+\/troubleshooting\/errors\/[A-Z_]{3,40}\/?\s*$/;
/** The Azure.Core request line whose id the block's first line (its error response) names, else null. */
function coreRequestAnswered(request: string, head: string): string | null {
  const id = AZURE_CORE_ERROR_RESPONSE.exec(head)?.[1];
  return id !== undefined && request.includes(`${AZURE_CORE_REQUEST}${id}]`) ? request : null;
}

export class BlockCutter {
  private state: State = 'idle';
  private lines: string[] = [];
  private bytes = 0;
  private cont = 0;
  private blanks = 0;
  private held: string[] = [];
  /** Lines of a tool report's Markdown source skipped between its fields and its output (toolFields). */
  private outputHeadings = 0;
  /** The head is a one-line report found in a line (often a log record), not an error head. */
  private fromReport = false;
  /**
   * After a Python frame printed unindented (indentation lost in a post): 1 right after it, 3 after
   * a blank line below it, 2 after its source line; 0 otherwise.
   */
  private afterBareFrame = 0;
  /** Brackets the head and its wrapped lines left open; the report goes on while > 0. */
  private open = 0;
  /** The head opened brackets and closed them since: a complete report. */
  private closed = false;
  /** The line fed just before, while no block was open (a head whose class is not an error's). */
  private prev: string | null = null;
  /** The idle lines fed before `prev`, newest last (a request line above its headers and `Response:` label). */
  private earlier: string[] = [];
  /** The block is IPython's layout: after a chain line its next traceback belongs to it. */
  private ipython = false;
  /**
   * The block is Rich's layout: inside a box (`box`), between a chain line and the next box, or in
   * the plain traceback some tools print right after it (`plain`: the same failure again).
   */
  private rich: 'no' | 'box' | 'between' | 'plain' = 'no';
  /** The Rich box has sides (`│`); Streamlit's log prints it without, between two rules. */
  private richSided = true;
  /** The report's message went on below a blank line (huggingface_hub's HTTP errors); once only. */
  private below = false;
  /** A chain line came after the report: it is the first exception of the traceback below. */
  private chained = false;
  /**
   * The start of the exception lines of the blocks cut so far (newest last): pytest's short summary
   * (`FAILED tests/x.py::t - openai.X: …`) repeats them, and only a summary line that repeats none
   * is a report of its own (the summary posted alone, or a failure whose entry was not printed).
   */
  private seenHeads: string[] = [];
  /** Blank and rule lines after a Node error's frames, held until Vitest's `Serialized Error:` line shows or not. */
  private vitestGap: string[] = [];
  /** A request echo right above the block being cut: handed over with it. */
  private request: string | null = null;
  /** The last Azure.Core request log line fed while idle (`Azure-Core: Request [id] POST https://…`). */
  private coreRequest: string | null = null;
  /** httpx's log line of a refused request fed while idle (HTTPX_REQUEST), and how many idle lines came since. */
  private refusedRequest: string | null = null;
  private refusedRequestAge = 0;
  /** The idle line last counted toward that age. */
  private agedLine: string | null = null;
  /** The shell command with a model flag printed right above the block in progress (CutBlock.command). */
  private command: string | null = null;
  /** What the head's line printed before the report found inside it: handed over with the block. */
  private label: string | null = null;
  /**
   * Lines read since the last block was cut that joined none (a blank line or skipped output makes
   * it unknown, null): a block that starts after a few is marked with how many (`CutBlock.after`).
   */
  private sinceBlock: number | null = null;
  /** `sinceBlock` when the block being cut started. */
  private startedAfter: number | null = null;
  /** `sinceBlock` before the blank line just read, kept in case an error chain's `Caused by:` heading follows it. */
  private beforeBlank: number | null = null;
  /** The line before the block in progress was that heading (CutBlock.cause). */
  private underCause = false;
  private startedUnderCause = false;
  /**
   * After a .NET exception's `ErrorCode:` line: its `Content:` and `Headers:` sections follow,
   * each up to a blank line (`section` while inside one), then its stack.
   */
  private dotnet: 'none' | 'details' | 'section' = 'none';
  /**
   * The indentation of a traceback header printed indented as a whole (quoted, nested in a list,
   * shifted by a tool): taken off every line of its block that has it, so the block reads as printed
   * at column 0.
   */
  private indent = '';
  /** VS Code's copied notebook error (`{ "name", "message", "stack" }`): its stack is read as printed. */
  private readonly notebookJson = new NotebookErrorJson();

  /** Where the block in progress starts in its stream (CutBlock.at). */
  private startedAt: number | undefined = undefined;

  /** `lineAt`: where the line being fed starts in the stream, when the feeder keeps count (the scanner does). */
  constructor(
    private readonly limits: CutterLimits,
    private readonly lineAt: () => number | undefined = () => undefined,
  ) {}

  get active(): boolean {
    return this.state !== 'idle' || this.notebookJson.holding;
  }

  /** Bytes held for the block being cut. */
  get bufferedBytes(): number {
    let held = 0;
    for (const l of this.held) held += l.length + 1;
    return this.bytes + held;
  }

  /** Feeds one complete line; completed blocks are appended to `out`. */
  feed(line: string, boundary: boolean, out: CutBlock[]): void {
    if (boundary && this.state !== 'idle') this.finish(out);
    const copied = this.notebookJson.take(line);
    if (copied.opened && this.state !== 'idle') {
      // The `{` above opened the copy, not an error body; anything else open ends here.
      if (this.lines.length === 1 && this.lines[0].trim() === '{') this.reset();
      else this.finish(out);
    }
    if (copied.line === null) return;
    line = copied.line;
    if (this.indent !== '') {
      // A block indented as a whole ends at the first line with text that lacks its indentation.
      if (line.startsWith(this.indent)) line = line.slice(this.indent.length);
      // A head alone so far says nothing of the whole being indented (a post's first line pasted after a
      // space, then a logged traceback at the margin): read on at column 0.
      else if (this.headAloneIndented(line) || this.hubHintUnderHead(line)) this.indent = '';
      else if (this.state !== 'idle' && line.trim() !== '' && !this.wrapsHead(line)) this.finish(out);
    }
    // A line may end one block and start the next, so loop until it is consumed.
    let pending: string[] | null = null;
    let next: string | undefined = line;
    while (next !== undefined) {
      const refeed = this.step(next, out);
      if (refeed) {
        pending ??= [];
        pending.push(...refeed);
      }
      next = pending?.shift();
    }
  }

  /** Lines were skipped: the next line does not follow the last one. */
  gap(): void {
    this.coreRequest = null;
    this.refusedRequest = null;
    this.prev = null;
    this.earlier = [];
    this.sinceBlock = null;
    this.beforeBlank = null;
    this.underCause = false;
    this.request = null;
    this.notebookJson.reset();
  }

  /** Ends the block in progress (stream quiet or ended). */
  finish(out: CutBlock[]): void {
    // A copied notebook error cut off inside its stack: its own name and message end the traceback.
    if (this.ipython) for (const l of this.notebookJson.cutShort()) this.push(l);
    // Report fields with no error output below them say nothing.
    if (this.state === 'fields' || this.state === 'wget' || this.state === 'rHead') {
      this.request = null;
      return this.reset();
    }
    let layout: LayoutId = 'python';
    // Held lines the block does not take are dropped: what follows is not right below the block.
    let dropped = false;
    if (this.state === 'nodeHead') {
      // A head line without frames: a one-line report, with the lines a terminal wrapped it onto.
      layout = 'line-report';
      // A message that goes on over a few lines (Hugging Face's gated-repo text) belongs to it. A
      // head that says only `Forbidden` has what it means in the paragraph below (an app's error
      // text: the URL it called, the block page's words): one blank line is crossed.
      // Also a head that says only its status (Chatbox's card: `API Error: 403`, a blank line, then `An error has
      // occurred with OpenAI API, …`).
      let blankAllowed =
        this.lines.length === 1 && (bareReasonStatus(nodeHead(this.lines[0])?.message ?? '') !== null || CLIENT_STATUS_ONLY_HEAD.test(this.lines[0]));
      // A head whose message opens an HTML page (`openai.PermissionDeniedError: <!DOCTYPE html>`) takes the page's
      // lines below it, as far as a wrapped report goes: the page's title says who answered.
      const page = HTML_PAGE_OPENED.test(this.lines[this.lines.length - 1]);
      let n = 0;
      for (let taken = 0; n < this.held.length && (taken < MAX_REPORT_LINES || (page && taken < MAX_REPORT_WRAP && HTML_PAGE_LINE.test(this.held[n]))); n++) {
        const l = this.held[n];
        if (l.trim() === '' && blankAllowed && (this.held[n + 1] ?? '').trim() !== '') {
          blankAllowed = false;
          this.push(l);
          continue;
        }
        if (l.trim() === '' || LOG_RECORD.test(l) || isPrompt(l)) break;
        this.push(l);
        taken++;
      }
      dropped = n < this.held.length;
      this.held = [];
    } else if (this.held.length) {
      for (const l of this.held) this.push(l);
      this.held = [];
    }
    if (this.ipython) layout = 'ipython';
    else if (this.rich !== 'no') layout = 'rich';
    else if (this.state === 'pytest') layout = 'pytest';
    else if (this.state === 'nodeFrames' || this.state === 'nodeDump') layout = 'node';
    else if (this.state === 'pyLoose') layout = 'python-message-first';
    else if (this.state === 'rCondition' || this.state === 'rubyFrames') layout = 'line-report';
    const cut = this.lines.length > 0;
    if (cut && this.request === null && this.coreRequest !== null) this.request = coreRequestAnswered(this.coreRequest, this.lines[0]);
    if (cut && this.request === null && this.refusedRequest !== null) this.request = this.refusedRequest;
    this.coreRequest = null;
    if (cut) {
      this.rememberHeads();
      out.push({
        layout,
        text: this.lines.join('\n'),
        ...(this.request !== null ? { request: this.request } : {}),
        ...(this.command !== null ? { command: this.command } : {}),
        ...(this.startedAt !== undefined ? { at: this.startedAt } : {}),
        ...(this.label !== null ? { label: this.label } : {}),
        ...(this.startedAfter !== null ? { after: this.startedAfter } : {}),
        ...(this.startedUnderCause ? { cause: true as const } : {}),
      });
    }
    this.request = null;
    this.command = null;
    this.startedAt = undefined;
    this.label = null;
    this.reset();
    this.sinceBlock = cut && !dropped ? 0 : null;
  }

  private reset(): void {
    this.label = null;
    this.vitestGap = [];
    this.state = 'idle';
    this.dotnet = 'none';
    this.indent = '';
    this.lines = [];
    this.bytes = 0;
    this.cont = 0;
    this.blanks = 0;
    this.held = [];
    this.outputHeadings = 0;
    this.fromReport = false;
    this.afterBareFrame = 0;
    this.open = 0;
    this.closed = false;
    this.prev = null;
    this.earlier = [];
    this.ipython = false;
    this.rich = 'no';
    this.below = false;
    this.chained = false;
  }

  /**
   * Vitest prints the error's own properties below its frames, after a blank line and a `⎯⎯⎯` rule:
   * `Serialized Error: { code: '401', request: { url: 'https://…' } }`. That line belongs to the
   * error (its status and URL); anything else after the gap ends the block.
   */
  private vitestSerialized(line: string, out: CutBlock[]): string[] | null {
    if (SERIALIZED_ERROR.test(line)) {
      for (const l of this.vitestGap) this.push(l);
      this.vitestGap = [];
      this.push(line);
      this.finish(out);
      return null;
    }
    if ((line.trim() === '' || VITEST_RULE.test(line)) && this.vitestGap.length < MAX_VITEST_GAP) {
      this.vitestGap.push(line);
      return null;
    }
    if (this.doubleSpacedFrame(line)) {
      // A paste that doubled every line break (a log viewer's copy, a forum post): the stack goes on.
      this.vitestGap = [];
      this.push(line);
      return null;
    }
    const again = [...this.vitestGap, line];
    this.vitestGap = [];
    this.finish(out);
    return again;
  }

  /** A frame one blank line below a frame: the same stack with every line break doubled. */
  private doubleSpacedFrame(line: string): boolean {
    const last = this.lines[this.lines.length - 1] ?? '';
    return this.vitestGap.length === 1 && this.vitestGap[0].trim() === '' && /^\s+at\s/.test(line) && /^\s+at\s/.test(last);
  }

  private rememberHeads(): void {
    // A summary line's own report repeats nothing: the next test may fail the same way.
    if (this.label !== null && REPEATED_SUMMARY.test(this.label)) return;
    const remember = (head: string): void => {
      this.seenHeads.push(head.slice(0, MAX_HEAD_KEPT));
      if (this.seenHeads.length > MAX_SEEN_HEADS) this.seenHeads.shift();
    };
    // A report found inside a line (a logged failure) is what a summary line would repeat.
    if (this.fromReport) remember(this.lines[0].trimStart());
    for (const l of this.lines) {
      const m = EXCEPTION_LINE.exec(l.length > MAX_HEAD_KEPT ? l.slice(0, MAX_HEAD_KEPT) : l);
      if (m) remember(m[1]);
    }
  }

  /** A short-summary line (`FAILED x.py::t - cls: msg`) whose exception a block above already printed. */
  private repeatsSeenHead(line: string): boolean {
    if (!REPEATED_SUMMARY.test(line)) return false;
    // pytest ends a line it cut at the width with `...`.
    const repeated = line.slice(line.indexOf(' - ') + 3).replace(/\.\.\.\s*$/, '');
    const key = repeated.slice(0, SUMMARY_KEY);
    return key.length >= MIN_SUMMARY_KEY && this.seenHeads.some((h) => h.includes(key));
  }

  private push(line: string): void {
    this.lines.push(line);
    this.bytes += line.length + 1;
  }

  private full(): boolean {
    return this.bytes > this.limits.maxBlockBytes || this.lines.length > this.limits.maxBlockLines;
  }

  private start(state: State, line: string): void {
    if (this.lines.length === 0) {
      this.startedAfter = this.sinceBlock;
      this.startedUnderCause = this.underCause;
      // The command a terminal session shows a few lines above the error names the model it asked for.
      this.command = null;
      for (let i = this.earlier.length - 1; i >= 0; i--) {
        // The nearest command is the one that ran (a venv's prompt alone is no SHELL_COMMAND).
        if (SHELL_COMMAND_MODEL.test(this.earlier[i])) {
          this.command = this.earlier[i];
          break;
        }
        if (CLI_MODEL_LINE.test(this.earlier[i])) this.command = this.earlier[i];
        if (SHELL_COMMAND.test(this.earlier[i])) break;
      }
      this.startedAt = this.lineAt();
    }
    this.state = state;
    this.push(line);
  }

  /** The lines held since the head, then `line`, belong to the block. */
  private takeHeld(line: string): void {
    for (const l of this.held) this.push(l);
    this.held = [];
    this.push(line);
  }

  /**
   * A copy that starts at the first exception's line (`HTTPError: 401 …`), then the chain line and
   * the traceback of the exception raised from it (IPython's or Python's): one report, one block.
   */
  private chainedTraceback(line: string): boolean {
    // Held words are the rest of a Hub error's message when it went on below its head (`Cannot access
    // gated repo …`, then `Access to model … is restricted.`): the chain line comes after all of it.
    // So are a report's lines that Python closes with a blank line and a chain line (a copy that
    // starts inside the exception's message): only an exception's message is followed by one.
    // A line under the head's own stamp (a viewer that stamps every line of a record, Docker Desktop's)
    // is still that record.
    const messageEnds = this.fromReport && this.held.length > 0 && this.held[this.held.length - 1].trim() === '';
    const stamp = messageEnds ? RECORD_STAMP.exec(this.lines[0])?.[0] : undefined;
    const messageHeld =
      (this.below || messageEnds) &&
      this.held.length <= MAX_REPORT_LINES &&
      !this.held.some((l) => LOG_RECORD.test(l) && (stamp === undefined || !l.startsWith(stamp)));
    if (!this.held.every((l) => l.trim() === '') && !(messageHeld && PY_CHAIN.test(line))) return false;
    if (PY_CHAIN.test(line) && !this.chained) {
      this.takeHeld(line);
      this.chained = true;
      return true;
    }
    if (!this.chained) return false;
    if (IPY_HEADER.test(line) || IPY_RULE.test(line)) {
      this.takeHeld(line);
      this.ipython = true;
      this.state = 'ipy';
      return true;
    }
    if (PY_HEADER.test(line) || PY_CHAIN_ELISION.test(line)) {
      // The traceback of the exception raised from it, or a poster's `...` where it was.
      this.takeHeld(line);
      this.state = 'py';
      return true;
    }
    return false;
  }

  /** A line after a .NET exception's `ErrorCode:`: its sections and stack belong to the report. */
  private dotnetDetail(line: string, out: CutBlock[]): string[] | null {
    if (line.trim() === '') {
      this.held.push(line);
      this.dotnet = 'details';
      if (++this.blanks <= MAX_DOTNET_BLANKS) return null;
    } else if (ERROR_CODE_LINE.test(line) && this.held.length === 0 && STATUS_REASON_LINE.test(this.lines[this.lines.length - 1])) {
      // The `ErrorCode:` line right under the `Status:` line that set these details going.
      this.takeHeld(line);
      return null;
    } else if (DOTNET_SECTION.test(line) || DOTNET_INNER.test(line) || this.dotnet === 'section') {
      this.takeHeld(line);
      this.blanks = 0;
      this.dotnet = 'section';
      return null;
    } else if (NODE_AT.test(line)) {
      this.takeHeld(line);
      this.dotnet = 'none';
      this.state = 'nodeFrames';
      return null;
    }
    const again = this.held;
    this.held = [];
    this.finish(out);
    again.push(line);
    return again;
  }

  private richBox(sided: boolean): void {
    this.rich = 'box';
    this.richSided = sided;
  }

  /**
   * A line of a Rich traceback: inside its box every line opens with the side (or, without sides,
   * is indented), up to the bottom; the exception follows, read on like a Python one. After a
   * chain sentence, blank lines up to the next box.
   */
  private richLine(line: string, out: CutBlock[]): string[] | null {
    const top = RICH_HEADER.exec(line);
    if (top && top[1] === '') {
      this.push(line);
      this.richBox(top[2] !== '');
      return null;
    }
    if (this.rich === 'between') {
      if (line.trim() === '') {
        this.push(line);
        return null;
      }
      this.finish(out);
      return [line];
    }
    const closing = this.richSided ? RICH_BOTTOM.test(line) : RICH_RULE.test(line);
    this.push(line);
    // Inside: the side opens the line, or closes it when the terminal wrapped a box wider than its window.
    const inside = this.richSided ? line.startsWith(RICH_SIDE) || line.trimEnd().endsWith(RICH_SIDE) : line.startsWith('  ');
    if (closing || !(line.trim() === '' || inside)) {
      // The bottom, or a first-column line where a copy cut it off: the exception is next (or this).
      this.state = 'pyExc';
      this.cont = closing ? 0 : 1;
      this.blanks = 0;
    }
    return null;
  }

  /**
   * A line after an IDE extension's report fields: more fields, one blank line, then the error
   * output, which heads a report with the fields above it. Fields without a status field are no
   * report: dropped, and the line is read again.
   */
  private toolFields(line: string): string[] | null {
    if (TOOL_REPORT_FIELD.test(line) && this.held.length === 0 && this.lines.length < MAX_TOOL_REPORT_FIELDS) {
      this.push(line);
      return null;
    }
    if (line.trim() === '' && this.held.length === 0) {
      this.held.push(line);
      return null;
    }
    // The Markdown source's heading and fence between the blank line and the output (the fence may
    // come as a blank line, its prefix taken off): presentation, not taken into the block.
    const afterHeading = line.trim() === '' && this.outputHeadings > 0;
    if (this.held.length > 0 && this.outputHeadings < 3 && (afterHeading || TOOL_REPORT_OUTPUT_HEAD.test(line))) {
      this.outputHeadings++;
      return null;
    }
    // A traceback below the fields is read in its own layout (the fields are dropped).
    const traceback = PY_HEADER.test(line) || IPY_HEADER.test(line) || RICH_HEADER.test(line);
    if (line.trim() === '' || traceback || !this.lines.some((l) => TOOL_REPORT_STATUS.test(l))) {
      const again = [...this.held, line];
      this.reset();
      return again;
    }
    const at = reportStartIn(line);
    const head = at > 0 ? line.slice(at) : line;
    this.takeHeld(head);
    this.state = 'nodeHead';
    this.fromReport = true;
    this.open = openBrackets(head);
    return null;
  }

  /**
   * A line after wget's request line: its progress is held; a client error on its status line makes
   * the exchange one report (the URL and the status), read as a one-line report and closed. Anything
   * else (a success, the next request, other output) drops the request line and is read again.
   */
  private wgetLine(line: string): string[] | null {
    if (WGET_REFUSED.test(line)) {
      this.push(line);
      this.state = 'nodeHead';
      this.fromReport = true;
      this.closed = true;
      return null;
    }
    if (WGET_PROGRESS.test(line) && this.lines.length <= MAX_WGET_PROGRESS) {
      this.push(line);
      return null;
    }
    this.reset();
    return [line];
  }

  /** One more line of a report's body. */
  private continueReport(line: string): void {
    this.takeHeld(line);
    this.open += openBrackets(line);
    if (this.open <= 0) this.closed = true;
  }

  /**
   * One blank line held after a head that ends in `:`: .NET and Java exceptions print
   * `…Exception: Error while requesting https://…:`, a blank line, then the provider's JSON.
   */
  private blankAfterColon(): boolean {
    return this.held.length === 1 && this.held[0].trim() === '' && /:\s*$/.test(this.lines[0] ?? '');
  }

  /**
   * A head indented by one space alone so far, over a line at the margin: a post's first line pasted after a
   * space. Output indented on purpose (a test runner's `    AssertionError: …`) is indented by more, and its
   * block ends at the margin.
   */
  private headAloneIndented(line: string): boolean {
    return this.indent === ' ' && this.state === 'nodeHead' && this.lines.length === 1 && this.held.length === 0 && line.trim() !== '';
  }

  /**
   * Nothing held yet, or one blank line: a post that set the Hub's not-found sentence apart from its hint as a
   * paragraph of its own (Markdown joins lines without one).
   */
  private heldAtMostOneBlank(): boolean {
    return this.held.length === 0 || (this.held.length === 1 && this.held[0].trim() === '');
  }

  /**
   * The Hub's hint lines under a head that holds its not-found sentence, at another indentation than the
   * head's (a post retyping the error: `   401 client error, Repository Not Found for url: …`, then
   * ` Please make sure you specified …`): the same report, not the end of a block indented as a whole.
   */
  private hubHintUnderHead(line: string): boolean {
    return (
      this.state === 'nodeHead' && this.heldAtMostOneBlank() && this.lines.length <= 3 && HUB_NOT_FOUND_IN_HEAD.test(this.lines[0]) && HUB_HINT_LINE.test(line)
    );
  }

  /**
   * A terminal wraps an indented head onto the margin: requests' URL after `for url:`, then what its
   * open bracket still holds (`(Request ID: ` … `)`).
   */
  private wrapsHead(line: string): boolean {
    if (this.state !== 'nodeHead' || this.held.length !== 0 || !FOR_URL_AT_END.test(this.lines[0] ?? '')) return false;
    return this.lines.length === 1 ? bodyFollows(this.lines[0], line) : this.open > 0 && this.lines.length <= 3;
  }

  /**
   * A blank line, then the same head again: the next of several reports a tool printed cut short, their
   * bodies left open (`Agent error: Request failed: {"error":{"message":"The model … is no longer supported.`).
   */
  private repeatsHeadAfterBlank(line: string): boolean {
    const above = this.held.length ? this.held[this.held.length - 1] : this.lines[this.lines.length - 1];
    if (above === undefined || above.trim() !== '') return false;
    // The same words up to the first `: ` (the tool's own label, a class name).
    const label = (l: string): string => l.slice(0, l.indexOf(': ') + 1);
    const first = label(this.lines[0]);
    return first.length >= 6 && label(line) === first;
  }

  /**
   * A log record of its own that reports again, under a record whose body a post cut before it closed (a relay's
   * `[ts] [ERROR] … API error (403): {` with its message cut, then the next `[ts] [ERROR] … (403): {`): the body is over.
   * Not a body's own line a logger stamped (Fly.io's `<ts> app[…] [info] "code": 404,`): the record states a status,
   * then opens a body of its own at its end.
   */
  private nextRecordReports(line: string): boolean {
    return this.lines.length > 1 && LOG_RECORD.test(this.lines[0]) && LOG_RECORD.test(line) && RECORD_STATUS_THEN_BODY.test(line) && lineReportStart(line) >= 0;
  }

  /** One blank line held after a head that states an HTTP status (`Error: HTTP 401 Unauthorized from https://…`). */
  private blankAfterStatus(): boolean {
    return this.held.length === 1 && this.held[0].trim() === '' && this.lines.length === 1 && statusFrom(this.lines[0]) !== null;
  }

  /** A head stating only its status, then a blank line and a short label held (a post that split the head from its body). */
  private labelAfterStatusOnly(): boolean {
    return (
      this.open <= 0 &&
      this.lines.length === 1 &&
      this.held.length === 2 &&
      this.held[0].trim() === '' &&
      BODY_LABEL.test(this.held[1]) &&
      STATUS_ONLY_HEAD.test(this.lines[0])
    );
  }

  /** One blank line held after a .NET `…Exception: HTTP 401 (code)` head: the provider's message comes next. */
  private blankAfterHttpStatus(): boolean {
    if (this.held.length !== 1 || this.held[0].trim() !== '') return false;
    if (this.lines.length === 1) return HTTP_STATUS_HEAD.test(this.lines[0]);
    // …also after the inner exception's own `HTTP 404 (…)` head under the outer one's message (Semantic Kernel's
    // `HttpOperationException` around the OpenAI SDK's ` ---> System.ClientModel.ClientResultException: HTTP 404 (…)`).
    const last = this.lines[this.lines.length - 1];
    return DOTNET_INNER.test(last) && HTTP_STATUS_HEAD.test(last.replace(DOTNET_INNER_MARK, ''));
  }

  private startHead(line: string): void {
    this.start('nodeHead', line);
    this.open = openBrackets(line);
  }

  /** `again`: the line just fed, read once more without its indentation. */
  private startIdle(line: string, out: CutBlock[], again = false): void {
    const prev = this.prev;
    const earlier = this.earlier;
    this.prev = line;
    // A line read again is the same line: the lines above it stay as they were.
    if (!again) this.earlier = prev === null ? [] : [...earlier, prev].slice(-MAX_REQUEST_SECTION);
    if (line.includes(AZURE_CORE_REQUEST)) this.coreRequest = line;
    let requestLine = line;
    let httpx = HTTPX_REQUEST.exec(line) ?? CAUSE_REQUEST.exec(line);
    // …or its last piece, the line cut by a terminal at a width no other line shows (the status on a line of its own):
    // a terminal's width bounds both pieces, so long lines cost no search.
    if (
      !httpx &&
      prev !== null &&
      prev.length <= MAX_CUT_PIECE &&
      line.length <= MAX_CUT_PIECE &&
      prev.indexOf('HTTP Request: ') >= 0 &&
      !HTTPX_REQUEST.test(prev)
    ) {
      httpx = HTTPX_REQUEST.exec(prev + line);
      if (httpx) requestLine = prev + line;
    }
    if (httpx) {
      this.refusedRequest = /^4\d\d$/.test(httpx[1]) ? requestLine : null;
      this.refusedRequestAge = 0;
      this.agedLine = null;
    } else if (this.refusedRequest !== null && !again && line !== this.agedLine) {
      // A line counts once: read again without its indentation, or fed again (a stream's anchor line once the line below it came).
      this.agedLine = line;
      if (++this.refusedRequestAge > MAX_REFUSED_REQUEST_AGE) this.refusedRequest = null;
    }
    // wget's request line: held until its status line says whether the request was refused.
    if (WGET_REQUEST.test(line)) return this.start('wget', line);
    if (TOOL_REPORT_FIELD.test(line)) {
      // An IDE extension's report fields: held until the error output below them (toolFields).
      this.prev = null;
      this.earlier = [];
      return this.start('fields', line);
    }
    // R's condition head (rlang, cli): held until the line below shows its message.
    if (R_CONDITION_HEAD.test(line)) return this.start('rHead', line);
    const rich = RICH_HEADER.exec(line);
    if (rich) {
      // RichHandler prints the box under its log columns: the block reads as printed at column 0.
      this.indent = rich[1];
      this.richBox(rich[2] !== '');
      return this.start('rich', line.slice(this.indent.length));
    }
    if (PY_HEADER.test(line)) {
      // The header with the whole trace after it on one line: cut as if it had been printed (its report read where it starts).
      if (this.cutFlattened(line, out)) return;
      const indent = /^[ \t]+(?=Traceback)/.exec(line);
      if (indent) this.indent = indent[0];
      return this.start('py', line.slice(this.indent.length));
    }
    if (IPY_HEADER.test(line)) {
      this.ipython = true;
      return this.start('ipy', line);
    }
    if (PYTEST_HEADER.test(line)) return this.start('pytest', line);
    if (nodeHead(line) || DEBUGGER_HEAD.test(line)) return this.startHead(line);
    const indent = this.indent === '' ? /^[ \t]+/.exec(line) : null;
    // .NET's ` ---> InnerException: …` is indented by its own format, not by whatever printed it.
    if (indent && !PY_FRAME.test(line) && !NODE_AT.test(line) && !DOTNET_INNER.test(line)) {
      // Output printed indented as a whole (quoted, nested in a list, shifted by a tool): read as
      // if at column 0, up to the first line with text that lacks the indentation.
      this.indent = indent[0];
      this.prev = prev;
      this.startIdle(line.slice(this.indent.length), out, true);
      if (this.state === 'idle') this.indent = '';
      return;
    }
    if (PY_FRAME.test(line) && !(prev !== null && PY_LOOSE_HEADER.test(prev))) {
      // Frames without their header (a log collector or a post cut it off). Python prints them two
      // spaces in: any more is the indentation of the whole output.
      const shifted = this.indent === '' ? /^( +) {2}File "/.exec(line) : null;
      if (shifted) {
        this.indent = shifted[1];
        line = line.slice(this.indent.length);
      }
      this.start('py', line);
      this.afterBareFrame = /^\S/.test(line) ? 1 : 0;
      return;
    }
    if (NODE_AT.test(line) && prev !== null && prev.trim() !== '' && !NODE_AT.test(prev)) {
      // A stack under a head that names no error class (`✖ 401 Incorrect API key …`).
      this.startHead(prev);
      this.takeHeld(line);
      this.state = line.trimEnd().endsWith('{') ? 'nodeDump' : 'nodeFrames';
      return;
    }
    // An object dump whose head was cut off: read on like the properties after a stack.
    if (DUMP_WITHOUT_HEAD.test(line)) return this.start('nodeFrames', line);
    if (
      STATUS_REASON_LINE.test(line) &&
      prev !== null &&
      prev.trim() !== '' &&
      (!/^\s/.test(prev) || DOTNET_INNER.test(prev) || VS_DETAILS_MESSAGE.test(prev))
    ) {
      // `Status: 404 (Not Found)` under a .NET exception's message: that message heads the report
      // (Visual Studio's copied details indent it as a `Message=` field).
      this.startHead(VS_DETAILS_MESSAGE.test(prev) ? prev.replace(VS_DETAILS_MESSAGE, (m) => m.slice(m.indexOf('=') + 1)) : prev);
      this.fromReport = true;
      this.takeHeld(line);
      // Its `Content:` and `Headers:` sections follow, with or without an `ErrorCode:` line between.
      this.dotnet = 'details';
      return;
    }
    if (opensBody(line)) {
      // A bare `{` under a caption (`Error code: 404`, `(status code 403)`): the caption heads it.
      const caption = line.trim() === '{' && prev !== null && prev.trim() !== '' && prev.length < MAX_CAPTION && !/^\s/.test(prev);
      // …or, the caption a `Response:` label or a header under an HTTP request line (a Postman or REST
      // client exchange as posted), that request line: its URL names the API.
      const request = caption && prev !== null ? requestAbove(prev, earlier) : -1;
      this.startHead(request >= 0 ? earlier[request] : caption ? prev : line);
      if (request >= 0) for (const l of [...earlier.slice(request + 1), prev ?? '']) this.continueReport(l);
      if (caption) this.continueReport(line);
      this.fromReport = true;
      return;
    }
    // One word test for both readings of the line (it is most of an idle line's cost).
    const mayHoldReport = mayHoldLineReport(line);
    const json = traceInJsonLine(line, mayHoldReport);
    if (json !== null) {
      // A JSON log record: cut the trace its string holds as if it had been printed (its blocks start at the record's line).
      const inner = new BlockCutter(this.limits, this.lineAt);
      for (const l of json.split('\n')) inner.feed(l.replace(/\r$/, ''), false, out);
      inner.finish(out);
      return;
    }
    const summary = REPEATED_SUMMARY.exec(line);
    // A short-summary line's report is the exception after its test id (`ERROR x.py::t - huggingface_hub.…Error: 404 …`).
    const at = !mayHoldReport || this.repeatsSeenHead(line) ? -1 : summary ? summary[0].length : reportStartIn(line);
    if (at < 0) return;
    // A traceback flattened onto the line before its report: cut as if it had been printed.
    if (at > 0 && this.cutFlattened(line, out, at)) return;
    if (
      prev !== null &&
      line.slice(0, at).trim() === '' &&
      ((STATUS_ONLY_LINE.test(prev) && !HAS_STATUS.test(line)) || isStatusAboveBody(prev, line.slice(at)))
    ) {
      // `401 Unauthorized` alone on the line above a report that states no status: the report's status line; or a bare
      // `403` right above the body it came with.
      this.startHead(prev);
      this.continueReport(line);
      this.fromReport = true;
      return;
    }
    if (prev !== null && line.slice(0, at).trim() === '' && /^https?:\/\//.test(line.slice(at)) && URL_FIELD_AT_END.test(prev) && statusFrom(prev) !== null) {
      // A client's status line wrapped before its URL's value (Codex: `… unexpected status 403 Forbidden: Unknown
      // error, url:` over `https://chatgpt.com/backend-api/…`): the line above is the report's head.
      this.startHead(prev);
      this.continueReport(line);
      this.fromReport = true;
      return;
    }
    // Read again without its indentation, the line's `earlier` already ends with `prev`.
    const above = prev === null ? [] : again ? earlier : [...earlier, prev];
    const pageHead = HTML_PAGE_LINE.test(line) && URL_FIELD_AFTER_PAGE.test(line) && statusFrom(line) === null ? htmlPageHeadAbove(above) : -1;
    if (pageHead >= 0) {
      // A client's status head over an HTML page printed on several lines, its `, url:` field after the page's
      // last line (Codex: `unexpected status 403 Forbidden: <html>` … `…c..., url: https://chatgpt.com/…`): one report.
      this.startHead(above[pageHead]);
      for (const l of above.slice(pageHead + 1)) this.continueReport(l);
      this.continueReport(line);
      this.fromReport = true;
      return;
    }
    if (prev !== null && LOGFMT_RESPONSE_RECORD.test(prev) && statusFrom(line.slice(at)) === null) {
      // A logger's record of the response (its URL and status) right above its record of the error: one report.
      this.startHead(prev);
      this.continueReport(line);
      this.fromReport = true;
      return;
    }
    if (prev !== null && HUB_STATUS_HEAD.test(prev) && HUB_CONTENT_LINE.test(line)) {
      // The Hub's `403 Forbidden: <the server's message>` over its `Cannot access content at: <url>.`: its head line.
      // Its hint may follow (`Make sure your token has the correct permissions.`): the report stays open for it.
      this.startHead(prev);
      this.continueReport(line);
      this.closed = false;
      this.fromReport = true;
      return;
    }
    const statusAbove = earlier.length ? earlier[earlier.length - 1] : null;
    if (
      prev !== null &&
      statusAbove !== null &&
      RULE_ONLY_LINE.test(prev) &&
      STATUS_ONLY_LINE.test(statusAbove) &&
      line.slice(0, at).trim() === '' &&
      !HAS_STATUS.test(line)
    ) {
      // …with an app's rule between them: the rule says nothing and is left out.
      this.startHead(statusAbove);
      this.continueReport(line);
      this.fromReport = true;
      return;
    }
    let report = line.slice(at);
    // The same report again on one line (retries logged without a newline): each error body that
    // closes before the line ends and is followed by a report with the same head is one. In one
    // JSON record (cut short, so not decoded above) the copies are its fields repeating one error
    // (loguru's `text` and `record.message`): the first is the report.
    const record = isJsonRecord(line);
    for (let n = 0; n < MAX_REPORTS_PER_LINE; n++) {
      const end = bodyEnd(report);
      const next = end > 0 ? lineReportStart(report.slice(end)) : -1;
      if (next < 0 || !report.startsWith(report.slice(end + next, end + next + SAME_HEAD))) break;
      if (record) {
        report = report.slice(0, end);
        break;
      }
      this.startHead(report.slice(0, end));
      this.fromReport = true;
      this.finish(out);
      report = report.slice(end + next);
    }
    this.startHead(report);
    this.fromReport = true;
    if (report.length < line.length) this.label = line.slice(0, line.length - report.length).slice(-MAX_LABEL);
  }

  /**
   * Cuts a traceback flattened onto one line (its frames before the report that starts at `at`) as the lines Python
   * printed, in a cutter of its own whose blocks start at this line; false when the line holds no such trace.
   */
  private cutFlattened(line: string, out: CutBlock[], at = line.indexOf('File ') < 0 ? -1 : reportStartIn(line)): boolean {
    const lines = at > 0 ? flattenedTraceLines(line, at) : null;
    if (lines === null) return false;
    const inner = new BlockCutter(this.limits, this.lineAt);
    for (const l of lines) inner.feed(l, false, out);
    inner.finish(out);
    return true;
  }

  /**
   * Whether a traceback was cut short above this first-column line: after a blank line, words that
   * cannot be an exception line (`GatedRepoError: …`, `KeyError`) are what the poster wrote below
   * a copy that ends in its frames; read as the exception, they would hide the status above.
   */
  private cutShortAbove(line: string): boolean {
    let n = this.lines.length;
    // Words, not a hard-wrapped path's next piece (`"C:\…`).
    if (n < 3 || this.lines[n - 1].trim() !== '' || !/^[A-Za-z]/.test(line) || PY_EXCEPTION.test(line.trimEnd()) || DJANGO_EXCEPTION_TYPE.test(line))
      return false;
    while (n > 1 && this.lines[n - 1].trim() === '') n--;
    // The copy ended in a frame's indented source line, its carets or a header. Not after a line at
    // column 0 (a frame printed there has its source line there too; a hard wrap's first piece).
    const last = this.lines[n - 1];
    return /^\s/.test(last) || CARETS.test(last) || PY_HEADER.test(last) || IPY_HEADER.test(last);
  }

  /**
   * Counts an idle line since the last block. A blank line makes the count unknown, except before a Rust error
   * chain's `Caused by:` heading (anyhow: `Error: …`, a blank line, `Caused by:`, the causes indented below).
   */
  private countSinceBlock(line: string): void {
    if (line.trim() === '') {
      // Kept for one line: a `Caused by:` heading right below the blank goes on counting.
      this.beforeBlank = this.sinceBlock;
      this.sinceBlock = null;
      this.underCause = false;
      return;
    }
    this.underCause = this.beforeBlank !== null && CAUSES_HEADING.test(line);
    if (this.underCause) this.sinceBlock = (this.beforeBlank ?? 0) + 2;
    else if (this.sinceBlock !== null) this.sinceBlock++;
    this.beforeBlank = null;
  }

  /** Returns lines to feed again (after a block ended on them), or null. */
  private step(line: string, out: CutBlock[]): string[] | null {
    if (this.state !== 'idle' && this.full()) {
      this.finish(out);
    }
    switch (this.state) {
      case 'idle':
        this.startIdle(line, out);
        if (this.state === 'idle') this.countSinceBlock(line);
        return null;

      case 'py':
        return this.pythonFrameLine(line, out);

      case 'rich':
        return this.richLine(line, out);

      case 'ipy':
        return this.ipythonLine(line, out);

      case 'pyExc':
      case 'pyExcBlank':
        return this.pythonExceptionLine(line, out);

      case 'nodeHead':
        return this.nodeHeadLine(line, out);

      case 'fields':
        return this.toolFields(line);

      case 'wget':
        return this.wgetLine(line);

      case 'rHead':
        return this.rHeadLine(line);

      case 'rubyFrames':
        return this.rubyFrameLine(line, out);

      case 'rCondition':
        return this.rConditionLine(line, out);

      case 'pyLoose':
        return this.looseFrameLine(line, out);

      case 'nodeFrames':
        return this.nodeFrameLine(line, out);

      case 'nodeDump':
        this.push(line);
        if (/^\}\s*$/.test(line)) this.finish(out);
        return null;

      case 'pytest':
        return this.pytestLine(line, out);
    }
  }

  /** A line under a Python traceback's header: frames, their source and carets, until the exception line. */
  private pythonFrameLine(line: string, out: CutBlock[]): string[] | null {
    const above = this.lines.length > 0 ? this.lines[this.lines.length - 1] : '';
    if (PY_WRAPPED_FUNCTION.test(line) && PY_FRAME_ENDS_AT_IN.test(above) && !PY_FRAME_CUT_AT_WIDTH.test(above)) {
      // The frame's function name, wrapped onto the next line: still the frame.
      this.push(line);
      return null;
    }
    if (PY_FRAME.test(line)) {
      this.push(line);
      this.afterBareFrame = /^\S/.test(line) ? 1 : 0;
      return null;
    }
    if (this.afterBareFrame === 2 && !CARETS.test(line)) this.afterBareFrame = 0;
    if (this.afterBareFrame === 3 && PY_EXCEPTION.test(line.trimEnd())) this.afterBareFrame = 0;
    if (this.afterBareFrame === 1 && line.trim() === '') {
      // A page that doubled every line break (a forum post): the source comes after a blank line.
      this.push(line);
      this.afterBareFrame = 3;
      return null;
    }
    if (this.afterBareFrame > 0) {
      // The source line under a frame printed at column 0, then its carets.
      this.push(line);
      this.afterBareFrame = this.afterBareFrame !== 2 && !CARETS.test(line) ? 2 : 0;
      return null;
    }
    if (line.trim() === '' || PY_CHAIN.test(line) || PY_HEADER.test(line) || /^\s/.test(line) || CARETS.test(line)) {
      this.push(line);
      return null;
    }
    if (this.cutShortAbove(line)) {
      this.finish(out);
      return [line];
    }
    // First column, not a header: the exception line.
    this.push(line);
    this.state = 'pyExc';
    this.cont = 0;
    return null;
  }

  /** A line of an IPython traceback: frames, numbered source and markers, until the exception line. */
  private ipythonLine(line: string, out: CutBlock[]): string[] | null {
    // The first first-column line that is not a frame, source line or marker is the exception line.
    if (!(line.trim() === '' || /^\s/.test(line) || isIPythonFrameLine(line)) && this.cutShortAbove(line)) {
      this.finish(out);
      return [line];
    }
    this.push(line);
    if (!(line.trim() === '' || /^\s/.test(line) || isIPythonFrameLine(line))) {
      this.state = 'pyExc';
      this.cont = 0;
    }
    return null;
  }

  /** A line after a Python exception line: its message goes on, a chain line leads to the next traceback. */
  private pythonExceptionLine(line: string, out: CutBlock[]): string[] | null {
    if (PY_CHAIN.test(line)) {
      this.takeHeld(line);
      const richChain = this.rich === 'box' || this.rich === 'between';
      this.state = this.ipython ? 'ipy' : richChain ? 'rich' : 'py';
      if (richChain) this.rich = 'between';
      return null;
    }
    if (line.trim() === '') {
      this.held.push(line);
      this.state = 'pyExcBlank';
      if (++this.blanks > MAX_BLANKS) {
        this.finish(out);
      }
      return null;
    }
    if (this.rich === 'box' && PY_HEADER.test(line) && this.blanks === 0) {
      // A tool printing the failure again as a plain traceback right after Rich's: one report.
      this.takeHeld(line);
      this.rich = 'plain';
      this.state = 'py';
      return null;
    }
    if (
      PY_HEADER.test(line) ||
      RICH_HEADER.test(line) ||
      IPY_HEADER.test(line) ||
      IPY_RULE.test(line) ||
      PYTEST_HEADER.test(line) ||
      SEPARATOR.test(line) ||
      LOG_RECORD.test(line) ||
      isPrompt(line) ||
      this.cont >= MAX_EXC_CONTINUATION ||
      this.restatedBelowClosedBody(line)
    ) {
      this.finish(out);
      return [line];
    }
    this.takeHeld(line);
    this.blanks = 0;
    this.cont++;
    this.state = 'pyExc';
    return null;
  }

  /**
   * The exception line ended with its body closed (`openai.AuthenticationError: Error code: 401 - {…}}`) and the
   * line right below is a report stating its own status (an app's log line restating it, `Updating from thread
   * EXCEPTION: Error code: 401 - {…}`): that line is no part of the message but a report of its own.
   */
  private restatedBelowClosedBody(line: string): boolean {
    if (this.cont !== 0 || this.held.length !== 0) return false;
    const exc = this.lines[this.lines.length - 1];
    return CLOSED_BODY_END.test(exc) && PY_EXCEPTION_HEAD.test(exc) && openBrackets(exc) === 0 && statusFrom(line) !== null && lineReportStart(line) >= 0;
  }

  /** A line after an error head (Node's, a one-line report, the other runtimes'): its message, body, details and stack. */
  private nodeHeadLine(line: string, out: CutBlock[]): string[] | null {
    if (this.dotnet !== 'none') return this.dotnetDetail(line, out);
    if (STATUS_REASON_LINE.test(line) && DOTNET_EXCEPTION_HEAD.test(this.lines[0]) && this.held.every((l) => l.trim() !== '')) {
      // `Status: 401 (Unauthorized)` under a .NET exception's own head and message (Azure.Core's
      // `Azure.RequestFailedException: …`): its `ErrorCode:`, `Content:` and `Headers:` sections follow.
      this.takeHeld(line);
      this.dotnet = 'details';
      return null;
    }
    if (this.held.length === 0 && HUB_PERMISSIONS_HINT.test(line) && HUB_CONTENT_LINE.test(this.lines[this.lines.length - 1])) {
      // The Hub's hint under its `Cannot access content at: <url>.` line: the end of the same message.
      this.push(line);
      this.closed = true;
      return null;
    }
    if (RUBY_FROM.test(line) && RUBY_HEAD.test(this.lines[0])) {
      // Ruby's `from file.rb:42:in '…'` frames under its head (and under the rest of a message of several lines).
      this.takeHeld(line);
      this.state = 'rubyFrames';
      return null;
    }
    if (this.open <= 0 && REPEATED_SUMMARY.test(line)) {
      // The next test's summary line: a report of its own, or a repeat that ends this one.
      this.finish(out);
      return [line];
    }
    if (this.chainedTraceback(line)) return null;
    if (this.labelAfterStatusOnly() && line.trim() === '{') {
      // `openai.BadRequestError: Error code: 400`, a blank line, the poster's label, then the body it stands for.
      this.continueReport(line);
      return null;
    }
    if (this.blankAfterStatus() && TROUBLESHOOTING_LINK.test(line)) {
      // The wrapper's link belongs to the head above it; the stack follows after one more blank line.
      this.takeHeld(line);
      return null;
    }
    if (this.blankAfterHttpStatus() && line.trim() !== '' && !nodeHead(line) && !NODE_AT.test(line)) {
      this.takeHeld(line);
      return null;
    }
    if (
      this.open <= 0 &&
      !this.closed &&
      (this.held.length === 0 || this.blankAfterColon() || this.blankAfterStatus()) &&
      this.lines.length === 1 &&
      bodyFollows(this.lines[0], line)
    ) {
      // `litellm.NotFoundError: AnthropicException -` then the body on its own line.
      this.continueReport(line);
      return null;
    }
    if (this.held.length === 0 && REQUEST_ID_TAIL.test(line) && endsInWrappedRequestId([...this.lines, line])) {
      // huggingface_hub's `401 Client Error. (Request ID: ` cut by a terminal's width: the id's rest (`Root=…)`).
      this.continueReport(line);
      return null;
    }
    if (
      this.open <= 0 &&
      this.held.length === 0 &&
      this.lines.length === 2 &&
      FOR_URL_AT_END.test(this.lines[0]) &&
      /^\s*https?:\/\/\S+\s*$/.test(this.lines[1]) &&
      WRAPPED_REQUEST_ID.test(line)
    ) {
      // huggingface_hub's `… for url: <url> (Request ID: …)` wrapped at the URL: its end and the request id.
      this.continueReport(line);
      return null;
    }
    if (this.open <= 0 && (this.held.length === 0 || this.blankAfterColon()) && this.lines.length <= MAX_LISTED_PROBLEMS && listsProblems(this.lines, line)) {
      // A head ending in `:` over the problems it lists, indented: its message (claude-code-action's
      // `Environment variable validation failed:` / `  - Either ACME_API_KEY or … is required …`); a rendered
      // list a blank line below its head, an item's words wrapped onto a deeper line that may open the body
      // the list explains (an editor extension's `Potential reasons:` / `  • 2.Incorrect API key provided.` /
      // `    See … for more details. ChatGPT error 401: {`).
      this.takeHeld(line);
      this.open += openBrackets(line);
      return null;
    }
    if (
      this.open > 0 &&
      !NODE_AT.test(line) &&
      this.lines.length <= (DUMP_OPENED.test(this.lines[0]) ? MAX_DUMP_LINES : MAX_REPORT_WRAP) &&
      !this.repeatsHeadAfterBlank(line) &&
      !this.nextRecordReports(line)
    ) {
      // The report goes on over lines a terminal or a pretty-printer broke it onto.
      this.takeHeld(line);
      this.open += openBrackets(line);
      if (this.open <= 0) this.closed = true;
      return null;
    }
    if (NODE_AT.test(line)) {
      this.takeHeld(line);
      this.state = line.trimEnd().endsWith('{') ? 'nodeDump' : 'nodeFrames';
      return null;
    }
    if (JULIA_STACKTRACE.test(line) && this.held.length === 0) {
      // Julia's `Stacktrace:` right under its error: its indented frame lines follow.
      this.takeHeld(line);
      this.state = 'nodeFrames';
      return null;
    }
    if (this.open <= 0 && this.held.length === 0 && DOTNET_INNER.test(line)) {
      // .NET's inner exception right under the outer one's message (` ---> System.ClientModel.ClientResultException:
      // HTTP 404 (: DeploymentNotFound)`): the same failure, its status on this line.
      this.push(line);
      return null;
    }
    if (DUMP_WITHOUT_HEAD.test(line) && this.held.length === 0) {
      // The head's own object dump, its stack left out: `status: 401,`, then its properties.
      this.push(line);
      this.state = 'nodeFrames';
      return null;
    }
    if (CLIENT_ERROR_LINE.test(line) && !this.closed && this.held.length < MAX_REPORT_LINES && this.held.every((l) => l.trim() !== '' && !LOG_RECORD.test(l))) {
      // transformers' gated-repo message quotes the HTTP error on its own line: the same report.
      this.takeHeld(line);
      this.open = 0;
      this.closed = true;
      return null;
    }
    if (!this.closed && this.held.length === 0 && this.lines.length === 1 && STATUS_DETAIL_LINE.test(line) && statusFrom(this.lines[0]) === null) {
      // The head's status on a line of its own (`Status code: 401`); its body may follow.
      this.takeHeld(line);
      return null;
    }
    if (this.open <= 0 && this.held.length === 0 && this.lines.length === 2 && STATUS_DETAIL_LINE.test(this.lines[1]) && BODY_DETAIL_LINE.test(line)) {
      // `Response body: {`, then the body over the lines a pretty-printer broke it onto.
      this.continueReport(line);
      return null;
    }
    if (
      line.trim() !== '' &&
      // …and again under a Hub exception raised from the one above it (`requests…HTTPError: 401 …`, a blank
      // line, `…RepositoryNotFoundError: 401 Client Error. (Request ID: …)`): its message follows too.
      (!this.below || (this.held.length === 1 && HF_REQUEST_ID_END.test(this.lines[this.lines.length - 1]))) &&
      ((this.held.length === 1 &&
        this.held[0].trim() === '' &&
        (CLIENT_ERROR_HEAD.test(this.lines[this.lines.length - 1]) ||
          endsInWrappedRequestId(this.lines) ||
          HUB_REQUEST_ID_ONLY_HEAD.test(this.lines[this.lines.length - 1]) ||
          (this.lines.length <= 3 && this.lines.some((l) => CLIENT_ERROR_IN_RECORD.test(l))))) ||
        (this.held.length === 0 && HF_REQUEST_ID_END.test(this.lines[this.lines.length - 1]) && CLIENT_ERROR_HEAD.test(this.lines[this.lines.length - 1])) ||
        (this.held.length === 0 &&
          this.lines.length === 1 &&
          HUB_CLIENT_ERROR_END.test(this.lines[0]) &&
          CLIENT_ERROR_HEAD.test(this.lines[0]) &&
          !/^\s/.test(line) &&
          !PY_HEADER.test(line) &&
          !nodeHead(line)))
    ) {
      // huggingface_hub: `403 Client Error. (Request ID: …)`, a blank line (or none), then the server's
      // message; also when a logger wrapped the head's record onto lines of its own (SD.Next's Rich log).
      this.takeHeld(line);
      this.below = true;
      this.open = 0;
      this.closed = false;
      return null;
    }
    if ((this.below || (this.heldAtMostOneBlank() && this.lines.length <= 3 && HUB_NOT_FOUND_IN_HEAD.test(this.lines[0]))) && HUB_HINT_LINE.test(line)) {
      // …and huggingface_hub's hint lines under that message, the server's reason last.
      this.takeHeld(line);
      return null;
    }
    if (line.trim() !== '' && this.held.length === 0 && this.lines.length === 1 && !this.closed && GUZZLE_HEAD.test(this.lines[0])) {
      // Guzzle (PHP) prints the response body under its `… resulted in a `401 Unauthorized` response` line.
      this.takeHeld(line);
      this.closed = true;
      return null;
    }
    if (this.fromReport && PHP_TRACE_LINE.test(line) && this.lines.length > 0 && parsePhpException(this.lines[0]) !== null) {
      // A PHP exception's `Stack trace:` and `#n` frames under its head: the same report.
      this.takeHeld(line);
      return null;
    }
    if (DEBUGGER_HEAD.test(this.lines[0]) && !this.closed && (PY_CHAIN.test(line) || DEBUGGER_CAUSE.test(line))) {
      // VS Code's exception panel of a chained exception: the cause's `module.Class: …` line and the
      // chain line come between the message and the frames of the exception it paused on.
      this.takeHeld(line);
      return null;
    }
    if ((PY_LOOSE_HEADER.test(line) && this.held.every((l) => l.trim() === '')) || PY_FRAME.test(line)) {
      // Message first, then the frames (Streamlit, pasted pages).
      this.takeHeld(line);
      this.state = 'pyLoose';
      this.cont = PY_FRAME.test(line) ? 0 : MAX_LOOSE_SOURCE;
      this.blanks = 0;
      return null;
    }
    if (
      this.fromReport &&
      this.lines.length === 1 &&
      this.held.length === 0 &&
      STATUS_REASON_ONLY_END.test(this.lines[0]) &&
      (/^\s/.test(line) || /^\{['"]/.test(line) || sameRecordPrefix(this.lines[0], line)) &&
      statusFrom(line) === null &&
      lineReportStart(line) >= 0
    ) {
      // The status head's message on the line below (`[ERROR] OpenAI API Error: 401 Unauthorized`,
      // then `  Message: "Incorrect API key provided."`, or the body `{'error': …}`): the same
      // report, not another.
      this.takeHeld(line);
      this.closed = true;
      return null;
    }
    if (
      this.lines.length === 1 &&
      this.held.length === 0 &&
      !this.closed &&
      BARE_ERROR_CODE_END.test(this.lines[0]) &&
      statusFrom(line) === null &&
      lineReportStart(line) >= 0
    ) {
      // `openai.PermissionDeniedError: Error code: 403`, then the provider's message on a line of
      // its own (a service's log): one report, its status from the head. A client's `]: got status: 404 Not Found`
      // head over a message a post put below it: the message may go on, hard-wrapped, on the lines after.
      this.takeHeld(line);
      this.closed = !GOT_STATUS_HEAD_END.test(this.lines[0]);
      return null;
    }
    if (this.lines.length === 1 && this.held.length === 0 && !this.closed && wrappedAfterStatus(this.lines[0], line)) {
      // `… Request failed with status: 401`, then `Unauthorized, the error: …`: a popup wrapped one report after its status.
      this.takeHeld(line);
      return null;
    }
    if (this.lines.length === 1 && this.heldAtMostOneBlank() && !this.closed && wrappedAtAction(this.lines[0], line)) {
      // `The principal … lacks the required data action`, (a blank line,) then `Microsoft.Acme/…/read to perform …`:
      // one refusal whose action a Markdown quote or a terminal moved to the next line.
      this.takeHeld(line);
      return null;
    }
    if (
      this.lines.length === 1 &&
      this.held.length === 1 &&
      RULE_ONLY_LINE.test(this.held[0]) &&
      STATUS_ONLY_LINE.test(this.lines[0]) &&
      statusFrom(line) === null &&
      lineReportStart(line) >= 0
    ) {
      // A status line alone (axios's `Request failed with status code 401`), an app's rule, then the
      // provider's message: one report; the rule says nothing and is left out.
      this.held = [];
      this.push(line);
      this.closed = true;
      return null;
    }
    if (
      (IPY_RULE.test(line) || IPY_HEADER.test(line)) &&
      this.lines.length === 1 &&
      (DEBUGGER_CAUSE.test(this.lines[0]) || BARE_EXCEPTION_LINE.test(this.lines[0])) &&
      this.held.length > 0 &&
      this.held.every((l) => l.trim() === '')
    ) {
      // …and above a notebook's traceback (IPython's dashed rule, then its header): the same block.
      this.takeHeld(line);
      this.ipython = true;
      this.state = 'ipy';
      return null;
    }
    if (
      IPY_CELL_FRAME.test(line) &&
      this.lines.length === 1 &&
      this.held.length === 0 &&
      (DEBUGGER_CAUSE.test(this.lines[0]) || BARE_EXCEPTION_LINE.test(this.lines[0]))
    ) {
      // …or right above the cell's frame with no header (Positron shows the message first): the same block.
      this.takeHeld(line);
      this.ipython = true;
      this.state = 'ipy';
      return null;
    }
    if (
      PY_HEADER.test(line) &&
      (this.fromReport || (this.lines.length === 1 && DEBUGGER_CAUSE.test(this.lines[0]))) &&
      this.held.every((l, n) => l.trim() === '' || (n === this.held.length - 1 && isTraceCaption(l)))
    ) {
      // `ERROR:root:… Error code: 401 …` logged right before its traceback: one block, the
      // traceback's exception first, the logged message when the traceback is cut short. So is
      // the exception line a post gives first (`openai.AuthenticationError: …`, then its traceback).
      this.takeHeld(line);
      this.state = 'py';
      return null;
    }
    if (ERROR_CODE_LINE.test(line) && STATUS_REASON_LINE.test(this.held.length ? this.held[this.held.length - 1] : this.lines[this.lines.length - 1])) {
      // A .NET exception's `ErrorCode: 401` under its `Status:` line: the same report, not another.
      this.takeHeld(line);
      this.dotnet = 'details';
      return null;
    }
    if (this.fromReport && this.lines.length === 1 && this.held.length === 0 && restatesReport(this.lines[0], line)) {
      // A logger's record ending in the error (`… job failed: Error: 403 …`), then the error's own
      // stack under the same words (winston, pino printing `err.stack`): one failure.
      this.takeHeld(line);
      return null;
    }
    if (
      this.lines.length >= 2 &&
      this.lines.length + this.held.length < MAX_FIELD_LIST &&
      sameListField(this.lines[1], line) &&
      this.held.every((l) => sameListField(this.lines[1], l))
    ) {
      // A CLI's error head over a field list whose first field is the status (mistral-vibe's `LLM backend error
      // [mistral]`, then `  status: 400 Bad Request`, `  reason: …`, `  provider_message: …`, `  body_excerpt: {…}`,
      // indented or, copied, not): one report, though a field quotes the provider's body.
      this.takeHeld(line);
      return null;
    }
    if (isPrompt(line) && !nodeHead(line) && !this.closed) {
      // The command is over: the lines held since the head are the rest of its message.
      this.finish(out);
      return [line];
    }
    if (this.closed && this.fromReport && this.held.length <= 1 && this.held.every((l) => l.trim() === '') && nodeHead(line) && isRequestEcho(this.lines)) {
      // The request a tool echoed right above an error head: that error's request, not a report.
      const request = this.lines.join('\n');
      this.reset();
      this.request = request;
      return [line];
    }
    if (this.fromReport && SWIFT_DUMP_FIELD.test(line) && SWIFT_DUMP_FIELD.test(this.lines[0]) && this.lines.length < MAX_DUMP_LINES) {
      // The next field of the Swift `dump()` whose status field headed the report (`- status : …`).
      this.takeHeld(line);
      return null;
    }
    if (PY_HEADER.test(line) && this.held.length > 0 && this.held.every(isMessageTail)) {
      // The rest of the provider's message, then the traceback that raised it (Hugging Face's `Cannot access gated repo
      // for url …`, its `Repo model owner/name is gated. You must …` line, then `Traceback …`): the sentence is this
      // report's, not the head of the traceback's own.
      for (const l of this.held) this.push(l);
      this.held = [];
      this.finish(out);
      return [line];
    }
    if (this.closed && this.held.length === 0 && isClientConfigDump(this.lines) && CLIENT_DUMP_NEXT_FIELD.test(line)) {
      // gaxios/axios's error printed from its `config: {…}` on (the request it sent, the URL naming the API),
      // then the same object's `data:`/`response:` field with the body: one report.
      this.push(line);
      this.closed = false;
      this.open = openBrackets(line);
      return null;
    }
    if (
      HEAD_ENDS_IN_FIELDS.test(this.lines[0]) &&
      this.lines.length + this.held.length < MAX_FIELD_LIST &&
      MARGIN_FIELD_LINE.test(line) &&
      this.held.every((l) => MARGIN_FIELD_LINE.test(l)) &&
      this.lines.slice(1).every((l) => MARGIN_FIELD_LINE.test(l))
    ) {
      // A head whose own words end in fields (a typed-agent library's `status_code: 400, model_name: acme-1`), the body's
      // fields printed one a line under it (`message: '…'`, `status: '…'`): one report, though a field reads as one.
      this.takeHeld(line);
      return null;
    }
    if (this.lines.length === 1 && this.held.length === 0 && CLASS_ONLY_HEAD.test(this.lines[0]) && nodeHead(line)) {
      // A head whose message went on the next line (a logger wrapping at a word, padding the line to its width:
      // `… Error running agent: acme.AuthenticationError:`, then `AuthenticationError: AcmeException - …`): that
      // exception line is its message, not a report of its own.
      this.push(line);
      this.open += openBrackets(line);
      return null;
    }
    if (this.lines.length === 1 && this.held.length === 1 && HEAD_AWAITS_URL.test(this.lines[0]) && URL_ONLY_LINE.test(this.held[0]) && !nodeHead(line)) {
      // A client's sentence broken at the URL it names (`[AcmeAI Error]: Error fetching from`, the URL alone on the next
      // line, then `[403 Forbidden] …`): the line after the URL is that sentence's rest, though it reads as a report.
      this.takeHeld(line);
      return null;
    }
    if (
      this.closed &&
      this.fromReport &&
      this.held.length === 0 &&
      STATUS_BELOW_BODY.test(line) &&
      BODY_CLOSE_LINE.test(this.lines[this.lines.length - 1]) &&
      statusFrom(this.lines.join('\n')) === null
    ) {
      // axios's error response printed field by field (its data, then its status alone, then its headers): the status
      // right below the body's closing brace is that body's; the block stays closed.
      this.push(line);
      return null;
    }
    if (
      (this.closed && line.trim() !== '') ||
      PY_HEADER.test(line) ||
      RICH_HEADER.test(line) ||
      nodeHead(line) ||
      isPrompt(line) ||
      (!this.repeatsSeenHead(line) && !isMessageTail(line) && lineReportStart(line) >= 0) ||
      (this.fromReport && (STATUS_SENTENCE_LINE.test(line) || CODE_SENTENCE_LINE.test(line))) ||
      this.held.length >= MAX_NODE_HEAD_CONTINUATION
    ) {
      const again = this.held;
      this.held = [];
      this.finish(out);
      again.push(line);
      return again;
    }
    this.held.push(line);
    return null;
  }

  /** The line under an R condition's head: its message, or a caption's line read on its own. */
  private rHeadLine(line: string): string[] | null {
    // The head's own indent (none, or a snapshot's) opens its message line; a line indented further is no message.
    const indent = this.lines[0].length - this.lines[0].trimStart().length;
    if (line.startsWith(this.lines[0].slice(0, indent)) && R_CONDITION_LINE.test(line.slice(indent)) && !/^\s/.test(line.slice(indent))) {
      // `! HTTP 401 Unauthorized.` (or a bullet) under it: one report, head, message and bullets.
      this.push(line);
      this.state = 'rCondition';
      return null;
    }
    // A caption that ends in a colon, not a condition: the line below is read on its own.
    this.reset();
    return [line];
  }

  /** A line under Ruby's head: its `from` frames go on. */
  private rubyFrameLine(line: string, out: CutBlock[]): string[] | null {
    if (RUBY_FROM.test(line)) {
      this.push(line);
      return null;
    }
    this.finish(out);
    return [line];
  }

  /**
   * A line of an R condition: its bullets, the lines they wrap onto and a chained `Caused by error …:`
   * head go on; a blank line, `---` or `Backtrace:` ends it.
   */
  private rConditionLine(line: string, out: CutBlock[]): string[] | null {
    if (R_CONDITION_LINE.test(line) || R_CONDITION_HEAD.test(line)) {
      this.push(line);
      return null;
    }
    this.finish(out);
    return [line];
  }

  /** A line of a traceback pasted message first (Streamlit's display): frames with a line of source each. */
  private looseFrameLine(line: string, out: CutBlock[]): string[] | null {
    if (PY_HEADER.test(line) && this.held.length === 0 && PY_LOOSE_HEADER.test(this.lines[this.lines.length - 1])) {
      // An app's `Traceback:` label over Python's own header (comic-translate's error dialog): the same frames follow.
      this.push(line);
      return null;
    }
    if (PY_FRAME.test(line)) {
      this.takeHeld(line);
      this.cont = 0;
      this.blanks = 0;
      return null;
    }
    if (line.trim() === '') {
      this.held.push(line);
      if (++this.blanks > 1) this.finish(out);
      return null;
    }
    if (this.cont < MAX_LOOSE_SOURCE && this.blanks === 0) {
      this.push(line);
      this.cont++;
      return null;
    }
    this.held = [];
    this.finish(out);
    return [line];
  }

  /** A line after a Node error's first frame: frames, a JVM cause, the error's properties, Vitest's serialized error. */
  private nodeFrameLine(line: string, out: CutBlock[]): string[] | null {
    if (JVM_CAUSED_BY.test(line) && this.lines.length > 0 && JVM_FRAME_LINE.test(this.lines[this.lines.length - 1])) {
      // A JVM stack's `Caused by: …` under the frames it wrapped: the same failure, its cause's frames follow.
      this.push(line);
      return null;
    }
    if (this.vitestGap.length > 0 || line.trim() === '' || VITEST_RULE.test(line)) return this.vitestSerialized(line, out);
    if (NODE_AT.test(line) || NODE_STACK_EXTRA.test(line)) {
      this.push(line);
      if (line.trimEnd().endsWith('{')) this.state = 'nodeDump';
      return null;
    }
    if (line.trimEnd() === '{') {
      this.push(line);
      this.state = 'nodeDump';
      return null;
    }
    // The error's own properties, printed after the stack without their opening brace; and the source a dev
    // server prints under the stack, whose marked line starts at the margin (Next.js's `> 25 |     const r = …`).
    if (/^\s+\S/.test(line) || (line.charCodeAt(0) === 62 /* > */ && CODE_FRAME_MARK.test(line))) {
      this.push(line);
      return null;
    }
    if (/^[}\]]/.test(line)) {
      this.push(line);
      this.finish(out);
      return null;
    }
    this.finish(out);
    return [line];
  }

  /** A line of a pytest failure entry, up to its `path:line: ErrorClass` end. */
  private pytestLine(line: string, out: CutBlock[]): string[] | null {
    if (PYTEST_HEADER.test(line) || SEPARATOR.test(line)) {
      this.finish(out);
      return [line];
    }
    this.push(line);
    if (PYTEST_LOCATION_END.test(line)) this.finish(out);
    return null;
  }
}

/** A head line whose last words are `name: value` fields after its status (`… status_code: 400, model_name: acme-1`). */
const HEAD_ENDS_IN_FIELDS = /\bstatus(?:_code)?: [45]\d\d(?:, [a-z][a-z_]{1,30}: [\w.:/@-]+)+\s*$/;
/** A `name: value` field at the margin whose value is quoted or a word (`message: 'API key not valid.'`, `status: 'INVALID_ARGUMENT'`). */
const MARGIN_FIELD_LINE = /^[a-z][a-z_]{1,30}: (?:'[^'\n]*'|"[^"\n]*"|[\w.-]+)\s*$/;
/** A head that is a module's class and its colon alone (`acme.AuthenticationError:`, padding after it): its message is below. */
const CLASS_ONLY_HEAD = /^\s*(?:[A-Za-z_]\w*\.)+[A-Z]\w*(?:Error|Exception):\s*$/;
/** A head line that ends where a URL should follow (`… Error fetching from`, `… request to`). */
const HEAD_AWAITS_URL = /\b(?:fetching from|request to|calling)\s*$/;
/** A line that is a URL alone (a colon after it as a message goes on: `https://api.acme.example/v1/models/m:generate:`). */
const URL_ONLY_LINE = /^\s*https?:\/\/\S+\s*$/;

/** A code frame's marked line at the margin: `> 25 |     const response = await …`. */
const CODE_FRAME_MARK = /^> ?\d{1,6} \|/;

/** The ` ---> ` before .NET's inner exception head. */
const DOTNET_INNER_MARK = /^\s*---> /;

/** Whether two lines start with the same bracketed logger tag (`[ERROR] …`, `[Email Agent] [ERROR] …`). */
function sameRecordPrefix(a: string, b: string): boolean {
  const end = a.startsWith('[') ? a.lastIndexOf('] ', 80) : -1;
  return end > 0 && b.startsWith(a.slice(0, end + 2));
}

/** A caption an app prints between its error message and the traceback (`Full Traceback for X:`, `Stacktrace:`). */
function isTraceCaption(line: string): boolean {
  return line.length < MAX_CAPTION && /^\S.*\b(?:[Tt]raceback|[Ss]tack ?trace)\b.*:\s*$/.test(line);
}

/** The cause a debugger's exception panel shows above the chain line: a dotted exception class and its message. */
const DEBUGGER_CAUSE = /^[a-z_][\w]*(?:\.[A-Za-z_]\w*)+(?:Error|Exception): \S/;
/** An exception line as IPython ends its traceback, the class unqualified (`AuthenticationError: Error code: 401 - …`). */
const BARE_EXCEPTION_LINE = /^[A-Z]\w*(?:Error|Exception): \S/;

/** Whether `line` is a Node error head restating the end of the report line above it. */
function restatesReport(report: string, line: string): boolean {
  const head = line.trim();
  const error = head.length >= SAME_HEAD ? nodeHead(head) : null;
  if (error === null) return false;
  const record = report.trimEnd();
  // …or the record holds the error's message alone, its class left out (NestJS's `ERROR [ExceptionsHandler] 401 …`,
  // then `Error: 401 …` and the stack).
  const message = error.message.trim();
  const said = record.endsWith(head) ? head : message.length >= SAME_HEAD && record.endsWith(message) ? message : null;
  return said !== null && record.length > said.length;
}

/** An indented list item (`  - …`, `  * …`, `  • …`): a problem a validation error lists under its head. */
const LISTED_PROBLEM = /^[ \t]{1,8}[-*\u2022] \S/;
/** Problems read as a head's message, at most. */
const MAX_LISTED_PROBLEMS = 8;
/** A listed item's words a renderer wrapped onto the next line, deeper than its bullet. */
const LISTED_ITEM_WRAP = /^[ \t]{4,12}\S/;

/** Whether `line` is one more problem listed under a head that ends in `:`, every line so far below it one too. */
function listsProblems(lines: readonly string[], line: string): boolean {
  if (!/:\s*$/.test(lines[0])) return false;
  const item = (l: string, i: number): boolean =>
    LISTED_PROBLEM.test(l) || (i > 1 && LISTED_ITEM_WRAP.test(l) && (LISTED_PROBLEM.test(lines[i - 1] ?? '') || LISTED_ITEM_WRAP.test(lines[i - 1] ?? '')));
  if (!LISTED_PROBLEM.test(line) && !(lines.length > 1 && item(line, lines.length))) return false;
  for (let i = 1; i < lines.length; i++) if (lines[i].trim() !== '' && !item(lines[i], i)) return false;
  return true;
}

/** huggingface_hub's status line cut by a terminal inside its request id (`401 Client Error. (Request ID: `, then `Root=…)`). */
const REQUEST_ID_OPEN_AT_END = /\(Request ID:\s*$/;
const REQUEST_ID_TAIL = /^\s*[^\s()]+\)\s*$/;
function endsInWrappedRequestId(lines: readonly string[]): boolean {
  const n = lines.length;
  if (n < 2 || !REQUEST_ID_TAIL.test(lines[n - 1]) || !REQUEST_ID_OPEN_AT_END.test(lines[n - 2])) return false;
  if (CLIENT_ERROR_HEAD.test(lines[n - 2])) return true;
  // …and a head a terminal also wrapped at its URL (`… Forbidden for url: `, then `https://… (Request ID: `, then `Root=…)`).
  return n >= 3 && FOR_URL_AT_END.test(lines[n - 3]) && CLIENT_ERROR_HEAD.test(lines[n - 3]) && URL_THEN_REQUEST_ID.test(lines[n - 2]);
}

/** A wrapped head's URL line that opens huggingface_hub's request id: `https://hub.example/… (Request ID: `. */
const URL_THEN_REQUEST_ID = /^\s*https?:\/\/\S+ \(Request ID:\s*$/;

/** The rest of a wrapped URL, if any, then huggingface_hub's `(Request ID: …` (`Instruct (Request ID:`). */
const WRAPPED_REQUEST_ID = /^\s*(?:[\w.~%/-]+ )?\(Request ID: ?/;

/**
 * The next line opens the body a head announced: a bare `{`, or any `{…` after `… -` or `…:`;
 * under a debugger's `Exception has occurred: X`, the message itself.
 */
function bodyFollows(head: string, line: string): boolean {
  const t = line.trim();
  if (DEBUGGER_HEAD.test(head)) return t !== '';
  if (t === '{') return true;
  // `Error: OpenAI API request failed [401]:` (R's stop()), then the API's message in words.
  if (FAILED_STATUS_CAPTION.test(head)) return t !== '';
  // requests' `404 Client Error: Not Found for url:` with the URL wrapped onto the next line.
  if (FOR_URL_AT_END.test(head) && /^https?:\/\/\S/.test(t)) return true;
  // `… -` / `…:` then the body, or a status the terminal wrapped the body away from (Claude Code's `API Error: 401` then `    {"type":"error",…`,
  // a Go SDK's `…": 401 Unauthorized (Request-ID: req_…)` then `{"type":"error",…`).
  return (
    t.startsWith('{') &&
    (/[-:]\s*$/.test(head) ||
      STATUS_FROM_URL.test(head) ||
      /\b[45]\d\d\s*$/.test(head) ||
      /\b[45]\d\d [A-Z][a-z]+(?: [A-Z][a-z]+)? \(Request-ID: [\w-]+\)\s*$/.test(head))
  );
}

/**
 * Where the first error body (`{…}`) of a report closes, when text follows it on the line; -1
 * otherwise (brackets counted as in openBrackets, quotes ignored).
 */
function bodyEnd(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) n++;
    else if (c === 125 || c === 93 || c === 41) {
      n--;
      if (n === 0 && c === 125) return i + 1 < text.length ? i + 1 : -1;
      if (n < 0) return -1;
    }
  }
  return -1;
}

/** A line ending in a closed object body (`… - {'error': {…}}`). */
const CLOSED_BODY_END = /\{.*\}\s*$/;
/** A Python exception line with a message (`openai.AuthenticationError: …`), no indent. */
const PY_EXCEPTION_HEAD = /^[A-Za-z_][\w.]*(?:Error|Exception): \S/;

/** Open brackets minus closed ones, quotes ignored: > 0 while a wrapped report goes on. */
function openBrackets(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) n++;
    else if (c === 125 || c === 93 || c === 41) n--;
  }
  return n;
}
