// A line that says again what the report right above it said: the same failed call, logged once
// more by the layer above (an agent framework's "Non-retryable model provider error: …", "Error in
// Agent run: …", a retry's "Attempt 1/1 failed: …", a script printing the run's content).
import type { CutBlock } from './parse';
import type { ParsedTrace, ProviderId } from './types';

/** Lines that may stand between the report and its restatement (a status line, a run summary). */
const MAX_LINES_BETWEEN = 3;
/** How much of the provider's message must recur, in characters. */
const SHARED_RUN = 40;
/** Only the start of a restatement and the end of what was told are compared (bounded work). */
const MAX_COMPARED = 1024;
/** What is kept of the told text. */
export const TOLD_KEPT = 8 * 1024;

/** What a stream's last incident was, and the text of the blocks that told it. */
export interface Told {
  provider: ProviderId;
  cause: string;
  /** The status the incident stated, if any. */
  status?: number | null;
  /** The model the incident named, if any: a line naming another one is another call. */
  model?: string | null;
  text: string;
  /** The last block's first line, its numbers left out (see `headOf`). */
  head: string;
}

/**
 * A block's first line without its numbers: the same line again (a retry's next attempt, another
 * timestamp) is another failed call, not a restatement.
 */
export function headOf(block: CutBlock): string {
  const end = block.text.indexOf('\n');
  return squeeze((end < 0 ? block.text : block.text.slice(0, end)).slice(0, MAX_COMPARED).replace(/\d+/g, '#'));
}

/**
 * Whether a block is a restatement of the incident told right above it: a one-line report, a few
 * lines below at most, stating no status of its own, read as the same provider and cause, whose
 * words (40 characters in a row) were already said, that is not the same line again and names no other model.
 */
export function restates(
  block: CutBlock,
  trace: ParsedTrace,
  verdict: { provider: ProviderId; cause: string; model?: string | null },
  told: Told | undefined,
): boolean {
  if (!told || block.layout !== 'line-report' || block.after === undefined || block.after > MAX_LINES_BETWEEN) return false;
  // A line stating a status is another call's, unless it is the report's own details line (`📋 Details: {…}` under
  // `📝 Error: HTTP 400: …`), which gives the body again with the status it already stated.
  // Nor is a cause under the error's `Caused by:` heading (anyhow's chain: the same request's status again).
  if (trace.status !== null && (trace.status !== told.status || !(block.cause || DETAILS_LINE.test(block.text)))) return false;
  if (verdict.provider !== told.provider || verdict.cause !== told.cause) return false;
  if (headOf(block) === told.head) return false;
  // Two lines refusing two models are two calls, however alike their words (a Live API refusal per model tried).
  if (verdict.model && told.model && verdict.model !== told.model) return false;
  // …and two naming two requests (`to perform `GET …/assistants` operation` over `… `GET …/threads` …`).
  const request = REQUEST.exec(block.text.slice(0, MAX_COMPARED))?.[0];
  if (request && !told.text.slice(-TOLD_KEPT).includes(request) && REQUEST.test(told.text.slice(-TOLD_KEPT))) return false;
  const said = squeeze(told.text.slice(-TOLD_KEPT));
  const again = squeeze(block.text.slice(0, MAX_COMPARED));
  // A websocket closed with the error event's own `<type>.<code>` as its reason (`… closed: 3000
  // invalid_request_error.invalid_api_key` under the event `{ type: 'invalid_request_error', code: 'invalid_api_key', … }`).
  const reason = CLOSE_REASON.exec(again);
  if (reason && said.includes(`type:${reason[1]},`) && said.includes(`code:${reason[2]},`)) return true;
  for (let i = 0; i + SHARED_RUN <= again.length; i++) {
    if (i > 0 && WORD_CHAR.test(again[i - 1])) continue;
    if (said.includes(again.slice(i, i + SHARED_RUN))) return true;
  }
  return false;
}

/** A line labelled as the details of the report above (an agent CLI's `   📋 Details: [{'error': …}]`). */
const DETAILS_LINE = /^[^\w\n]{0,12}Details: [[{]/u;

/** An HTTP method and the path or URL it asked for: the request a line names. */
const REQUEST = /\b(?:GET|POST|PUT|PATCH|DELETE) (?:https?:\/\/|\/)[^\s`'"]{1,300}/;

/** A close reason made of an error's type and code (`invalid_request_error.invalid_api_key`). */
const CLOSE_REASON = /\b([a-z]+(?:_[a-z]+)*_error)\.([a-z]+(?:_[a-z]+)+)\b/;

/** A character inside a word: a shared run starts after none. */
const WORD_CHAR = /[\w-]/;

/**
 * Runs of whitespace as one space (a wrapped line and its one-line restatement compare equal), and
 * quotes and the spaces around an object's punctuation left out: a body printed as JSON and again as
 * the object a dump parsed from it (`responseBody: '{"type":"error",…}'` over `data: { type: 'error', … }`) compare equal.
 */
function squeeze(text: string): string {
  return text
    .replace(/["'`]/g, '')
    .replace(/\s*([{}[\],:])\s*/g, '$1')
    .replace(/\s+/g, ' ');
}
