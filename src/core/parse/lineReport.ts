// A one-line report with no trace (`openai.PermissionDeniedError: Error code: 403 - {…}`,
// `Error code: 401 - {…}` inside a log line, `Request to … failed with status 403 Forbidden:
// {…}.`, a printed error body dict), possibly hard-wrapped onto a few lines -> ParsedTrace
// without frames.
import type { Frame, ParsedTrace, TraceLanguage } from '../types';
import { statusFrom } from './frames';
import { parseNodeFrame } from './nodeFrame';
import { parsePhpException } from './php';
import { DEBUGGER_HEAD, debuggerValue, nodeHead, type NodeHead } from './layouts/node';
import { R_CONDITION_HEAD, R_CONDITION_LINE, RUBY_FROM, RUBY_HEAD, RUBY_HEAD_SITE } from './layouts/otherRuntimes';
import { BARE_ERROR_CODE_END, BARE_STATUS_END, ERROR_DETAILS_HEAD, STATUS_CLASS_HEAD, bareReasonStatus, statusBelowBody } from './layouts/statusLines';
import { TOOL_REPORT_FIELD } from './layouts/surroundings';
import type { ParsedException } from './types';

/** `google.api_core.exceptions.BadRequest: 400 …`: a dotted class path, whatever its name says. */
const DOTTED_CLASS = /^([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+): (.*)$/s;

/**
 * `Error code: 403 - {'…'}` and single-quoted dicts are how Python prints, and so are api_core's
 * `PermissionDenied: 403 …` and replicate-python's `ReplicateError Details:`; the rest is Node's.
 */
const PYTHON_SHAPE = /\bError code: \d{3} - |\{'\w+': |^[A-Z][a-z]+[A-Z][A-Za-z]*: [45]\d\d |^\w+ Details:/;

/** Symbols a CLI prints before its error line (`✖`, `✗`, `❌`, `×`). */
const LEADING_GLYPH = /^\s*[\u2716\u2717\u2718\u274c\u274e\u00d7\u2a2f]\uFE0F?\s+/u;

/** Longest report read: real ones are far shorter, and classification reads all of it. */
const MAX_REPORT = 8 * 1024;

/** `startedMidLine`: the report began after other words on its first line (a label, a sentence quoting it). */
export function parseLineReport(block: string, startedMidLine = false): ParsedTrace | null {
  if (block.length > MAX_REPORT) block = block.slice(0, MAX_REPORT);
  // An IDE extension's report fields above the error output are no part of its message (they stay in the body).
  const lines = withoutToolFields(block.split('\n'));
  if (lines.length === 0) return null;
  // A debugger's `Exception has occurred: X` names the class; the message is on the lines below.
  const shown = DEBUGGER_HEAD.exec(lines[0]);
  if (shown && lines.length < 2) return null;
  // PHP prints its class, message and the place it was thrown, then its `#n` frames.
  const php = parsePhpException(block);
  if (php) return php;
  // Ruby prints the message and class on its first line; the `from …` lines below are frames.
  const ruby = RUBY_HEAD.exec(lines[0]);
  if (ruby) return rubyReport(lines, ruby[1], ruby[2], block);
  // R's condition (rlang, cli): its message is the `!` line and the bullets under the head, a line each.
  if (R_CONDITION_HEAD.test(lines[0])) return rConditionReport(lines, block);
  // Python's chained exceptions printed without their tracebacks (their last lines kept, a blank line
  // between them): each `pkg.Class: …` line is the next exception; the last one was raised.
  const raisedAt = shown ? -1 : lastChainedExceptionLine(lines);
  if (raisedAt > 0) return chainedReport(lines, raisedAt, block);
  const text = unescapeJson(unwrap(shown ? lines.slice(1) : lines, startedMidLine));
  const head = shown ? { errorClass: shown[1], message: text } : classAndMessage(text);
  const errorClass = head ? head.errorClass : '';
  // A report without a class may lead with a tool's status glyph (`✖ 403 {…}`): the message starts after it.
  const message = (head ? head.message : text.replace(LEADING_GLYPH, '')).trim();
  if (!message) return null;
  // `Error: Forbidden` above the paragraph that says more: the head's own words state the status.
  // …or a client printed its response's status alone below the body (axios's `data`, `status`, `headers`).
  const status = statusFrom(message) ?? statusBelowBody(lines) ?? (shown ? null : bareReasonStatus(nodeHead(lines[0])?.message ?? ''));
  const language: TraceLanguage = PYTHON_SHAPE.test(text) || /^[a-z_]\w*\.[\w.]*[A-Z]/.test(errorClass) ? 'python' : 'node';
  const exc: ParsedException = { errorClass, message, status, frames: [] };
  const quotedStack = inspectedStackFrames(lines);
  return { language, errorClass, status, message, body: block, frames: [], chain: [exc], ...(quotedStack.length ? { quotedStack } : {}) };
}

/** A Python exception's last line: a dotted module path, then a class named as an error or exception. */
const PY_EXCEPTION_LINE = /^[a-z_]\w*(?:\.\w+)*\.([A-Z]\w*(?:Error|Exception)): \S/;

/**
 * The index of the last exception line after a blank line (the first line is the first exception), or -1.
 * The same class again is the same failure repeated (a retry, another file), not an exception raised from it.
 */
function lastChainedExceptionLine(lines: readonly string[]): number {
  const first = PY_EXCEPTION_LINE.exec(lines[0]);
  if (!first) return -1;
  let previous = first[1];
  let last = -1;
  for (let i = 2; i < lines.length; i++) {
    const m = lines[i - 1].trim() === '' ? PY_EXCEPTION_LINE.exec(lines[i]) : null;
    if (!m) continue;
    if (m[1] === previous) return -1;
    previous = m[1];
    last = i;
  }
  return last;
}

/** The exceptions of a chain printed as their last lines, each read as a report of its own, the raised one last. */
function chainedReport(lines: readonly string[], raisedAt: number, block: string): ParsedTrace | null {
  const chain: ParsedException[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !(i <= raisedAt && PY_EXCEPTION_LINE.test(lines[i]) && lines[i - 1].trim() === '')) continue;
    const own = lines.slice(start, i).filter((l, j, all) => l.trim() !== '' || j < all.length - 1);
    const head = classAndMessage(unwrap(own.map((l) => l.trimEnd()).filter((l) => l !== '')));
    if (head) chain.push({ errorClass: head.errorClass, message: head.message.trim(), status: statusFrom(head.message), frames: [] });
    start = i;
  }
  const raised = chain[chain.length - 1];
  if (!raised?.message) return null;
  return { language: 'python', errorClass: raised.errorClass, status: raised.status, message: raised.message, body: block, frames: [], chain };
}

/**
 * Node's `console.log` of an object whose `stack` string it splits into literals, one line each
 * (`stacktrace: 'Error\n' +` / `'    at ActionTracker.trackError (file:///…/actionTracker.js:16:24)\n' +`):
 * that stack's frames, outermost first.
 */
const INSPECTED_STACK_LINE = /^\s*'\s+(at \S[^']*?)(?:\\n)?'(?: \+|,)?\s*$/;

function inspectedStackFrames(lines: readonly string[]): Frame[] {
  const frames: Frame[] = [];
  for (const l of lines) {
    const m = l.indexOf("'") >= 0 ? INSPECTED_STACK_LINE.exec(l) : null;
    const f = m ? parseNodeFrame(m[1]) : null;
    if (f) frames.push(f);
  }
  return frames.reverse();
}

/**
 * Ruby's uncaught exception: the head's place is the innermost frame, the `from` lines its callers.
 * A message of several lines (a JSON body) has its first line in the head, before ` (Class)`, and
 * the rest on the lines between the head and the first `from`.
 */
function rubyReport(lines: string[], first: string, errorClass: string, block: string): ParsedTrace {
  const site = RUBY_HEAD_SITE.exec(lines[0]);
  const frames: Frame[] = site ? [{ file: site[1], line: Number(site[2]), function: site[3] }] : [];
  const more: string[] = [];
  let i = 1;
  for (; i < lines.length && !RUBY_FROM.test(lines[i]); i++) more.push(lines[i]);
  for (let m = RUBY_FROM.exec(lines[i] ?? ''); m; m = RUBY_FROM.exec(lines[++i] ?? '')) {
    frames.push({ file: m[1], line: Number(m[2]), function: m[3] });
  }
  const message = more.length ? [first, ...more].join('\n').trimEnd() : first;
  frames.reverse();
  const exc: ParsedException = { errorClass, message, status: statusFrom(message), frames };
  return { language: 'node', errorClass, status: exc.status, message, body: block, frames, chain: [exc] };
}

/** The glyph an R condition's message line or cli bullet opens with (`! `, `ℹ `, `• `, `✖ `, `x `). */
const R_BULLET = /^\s*[!\u2139\u2022\u2716\u2714\u2192*xvi] (?=\S)/;

/**
 * R's condition as rlang and cli print it: `Error in `req_perform()`:`, then `! HTTP 401 Unauthorized.` and
 * cli's bullets (`ℹ Invalid API Key`, `• realm: …`), each its own line of the message without its glyph, so
 * that the service's words under the status read as a line of their own; a bullet's wrapped lines join it.
 * A chained `Caused by error in `f()`:` head is no part of the message.
 */
function rConditionReport(lines: readonly string[], block: string): ParsedTrace | null {
  const own: string[] = [];
  for (const l of lines.slice(1)) {
    if (R_CONDITION_HEAD.test(l)) continue;
    const bullet = R_BULLET.exec(l);
    if (bullet) own.push(l.slice(bullet[0].length).trimEnd());
    else if (own.length && R_CONDITION_LINE.test(l)) own[own.length - 1] += ` ${l.trim()}`;
  }
  const message = own.join('\n').trim();
  if (!message) return null;
  const status = statusFrom(message);
  const exc: ParsedException = { errorClass: '', message, status, frames: [] };
  return { language: 'node', errorClass: '', status, message, body: block, frames: [], chain: [exc] };
}

/** `lines` after the field lines (and the blank line) an IDE extension's report starts with. */
function withoutToolFields(lines: string[]): string[] {
  let n = 0;
  while (n < lines.length && TOOL_REPORT_FIELD.test(lines[n])) n++;
  if (n === 0) return lines;
  while (n < lines.length && lines[n].trim() === '') n++;
  return lines.slice(n);
}

/** The class a report line starts with and the message after it, or null when it names none. */
function classAndMessage(text: string): NodeHead | null {
  const shown = debuggerValue(text);
  if (shown) return { errorClass: shown.errorClass, message: unescapeCSharp(shown.message) };
  const m = DOTTED_CLASS.exec(text) ?? STATUS_CLASS_HEAD.exec(text) ?? ERROR_DETAILS_HEAD.exec(text);
  return nodeHead(text) ?? (m ? { errorClass: m[1], message: m[2] } : null);
}

/** A debugger's C# string literal read back: `\r\n`, `\"`, `\\`. */
function unescapeCSharp(text: string): string {
  return text.indexOf('\\') < 0 ? text : text.replace(/\\([rnt"\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '' : c === 't' ? '\t' : c));
}

/**
 * Joins a hard-wrapped report back: a terminal cuts every line at the same width, mid-word (join
 * as is); Rich and loggers wrap at a space they drop (join with one).
 */
function unwrap(lines: string[], startedMidLine = false): string {
  if (lines.length === 1) return lines[0];
  lines = joinUrlsBrokenAtHyphens(lines);
  if (lines.length === 1) return lines[0];
  const cut = lines.slice(0, -1);
  // One cut line says little about the width: a sentence that ends there and a capital that
  // starts the next line are two sentences, not one word cut in two.
  // So is a head that ends in its bare status (`…Error: Error code: 403`) above the message.
  const sentences =
    cut.length === 1 && (/[.!?]$/.test(cut[0]) || BARE_ERROR_CODE_END.test(cut[0]) || BARE_STATUS_END.test(cut[0])) && /^\s*[A-Z]/.test(lines[1]);
  // A continuation printed indented (Claude Code's `    organization has been disabled.`) was wrapped at a space, not cut mid-word.
  const indentedWrap = lines.slice(1).some((l) => /^\s{2,}\S/.test(l));
  // A report that began mid-line (after a label, inside a sentence) printed more than its first line shows here:
  // that one cut line's length is not the width a terminal cut at (a note's `видел \`Ошибка: Error code: 401 - …
  // 'Incorrect API` wrapped at a space before `key provided: …`).
  const oneCutMidLine = startedMidLine && cut.length === 1;
  const fixedWidth = !sentences && !indentedWrap && !oneCutMidLine && cut.every((l) => l.length === cut[0].length) && cut[0].length >= 40;
  // A cut line that ends in spaces was broken at a space (padding after it is the terminal's): one space.
  if (fixedWidth) return lines.map((l, i) => (i < cut.length ? l.replace(/[ \t]+$/, ' ') : l)).join('');
  // The space a line was broke at may stay at its end (one, or a terminal's padding): one space joins.
  // Not inside a quoted resource path, which has no space to break at: the terminal cut it mid-word.
  return lines.map((l, i) => (i === 0 ? l.trimEnd() : l.trim())).reduce((text, l) => text + (OPEN_QUOTED_PATH_AT_END.test(text) ? '' : ' ') + l);
}

/**
 * A line that ends inside a backticked path (Gemini CLI's `Publisher Model `projects/p/locations/us-central1/pub`,
 * then `lishers/google/models/…` on the next line): its opening backtick not closed, a slash and no space after it.
 */
const OPEN_QUOTED_PATH_AT_END = /^[^`]*(?:`[^`]*`[^`]*)*`[^`\s]*\/[^`\s]*$/;

/** A line ending in a URL broken after a hyphen (Python's textwrap breaks there: `…/Meta-Llama-3.1-8B-` / `Instruct (Request ID:`). */
const URL_BROKEN_AT_HYPHEN = /\bhttps?:\/\/\S*\w-[ \t]*$/;

/** The lines with each URL broken after a hyphen joined back to the rest of it on the next line. */
function joinUrlsBrokenAtHyphens(lines: string[]): string[] {
  if (!lines.some((l) => URL_BROKEN_AT_HYPHEN.test(l))) return lines;
  const out: string[] = [];
  for (const l of lines) {
    const last = out.length ? out[out.length - 1] : null;
    if (last !== null && URL_BROKEN_AT_HYPHEN.test(last) && /^\s*\w/.test(l)) out[out.length - 1] = last.trimEnd() + l.trim();
    else out.push(l);
  }
  return out;
}

/** An escaped body: a quote, or a pretty-printed JSON's line break before its next key or brace (`{\n  "error"`). */
const ESCAPED_BODY = /\\"|\\n\s*["{}[\]]/;

/**
 * A body quoted inside a JSON string (`"error": "… {\\"type\\":\\"error\\", …}"`, a pretty-printed
 * log record) reads as the body itself: its escapes undone. A string of that string (a Lua
 * plugin's error showing the body it got: `Body: '{\\n  \"error\": …'`) is undone twice; the line
 * breaks it held join as one space, as a wrapped report's do.
 */
function unescapeJson(text: string): string {
  if (!ESCAPED_BODY.test(text)) return text;
  for (let pass = 0; pass < 2 && ESCAPED_BODY.test(text); pass++) {
    text = text.replace(/\\(["\\/]|n|t)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  return text.replace(/[ \t]*\n\s*/g, ' ');
}
