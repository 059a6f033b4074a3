// Node.js error output -> ParsedTrace: uncaught errors (CJS, ESM, with the source preamble),
// logged `err.stack`, console.error(err) with the object dump after the stack, Next.js dev,
// Deno and Bun heads. Frame lines are read by hand (nodeFrame.ts), never by backtracking.
import type { Frame, ParsedTrace } from '../types';
import { isLibraryFrame, statusFrom } from './frames';
import { NODE_AT, NODE_STACK_EXTRA, nodeHead } from './layouts/node';
import { JULIA_FRAME_AT, JULIA_FRAME_CALL, JULIA_STACKTRACE, JVM_CAUSED_BY } from './layouts/otherRuntimes';
import { DUMP_WITHOUT_HEAD } from './layouts/statusLines';
import { parseNodeFrame } from './nodeFrame';
import type { ParsedException } from './types';

/** The status an error's object dump states: `status: 401,`, `statusCode: 403`, or Azure's `code: '401'`. */
const DUMP_STATUS = /^[ \t]+(?:status(?:Code)?: (\d{3})|code: '([45]\d\d)'),?[ \t]*$/m;
/**
 * A line of a test runner's code frame: Jest's (`    > 13 |     const r = await …`, `      12 |   it(…`) and
 * Vitest's (`     13|       model: 'gpt-4o',`). Group 1: the line number, group 2: the source.
 */
const CODE_FRAME_LINE = /^\s*(?:> ?)?\s*(\d{1,6}) ?\|(.*)$/;
/** The provider's message inside an object dump: `error: { error: { type: 'forbidden', message: 'Request not allowed' } }`. */
const DUMP_MESSAGE = /\bmessage: '([^'\n]{1,500})'/;

/** A line that is only the end of a frame's location (a path's last part, its line and column) and its closing paren, or the paren alone. */
const FRAME_TAIL = /^(?:[\w./\\@~-]*[.:/\\\d][\w./\\@~:-]*)?\)\s*$/;

export function parseNode(block: string): ParsedTrace | null {
  const lines = block.split('\n');
  if (DUMP_WITHOUT_HEAD.test(lines[0])) return parseHeadlessDump(block, lines[0]);
  // The rest of a frame a terminal cut at its width (`/node_modules/openai/error.js:47:20)`) is no head: the
  // report is the block above it.
  if (FRAME_TAIL.test(lines[0])) return null;
  // A head that names no error class (`✖ 401 Incorrect API key …`) still heads its stack.
  // Its status glyph goes: `✖ 401 …` reads as `401 …`.
  const head = nodeHead(lines[0]) ?? labelledHead(lines[0]) ?? { errorClass: '', message: lines[0].trim().replace(/^[^\w[{("']+/, '') };
  const msgLines = [head.message];
  const frames: Frame[] = [];
  let i = 1;
  // The message ends where the stack, or an object dump printed without its stack, begins.
  // A .NET exception's `Headers:` section (Azure.Core) is the response's headers, not its message.
  let headers = false;
  for (; i < lines.length && !NODE_AT.test(lines[i]) && !DUMP_WITHOUT_HEAD.test(lines[i]) && !JULIA_STACKTRACE.test(lines[i]); i++) {
    headers ||= /^Headers:\s*$/.test(lines[i]);
    if (!headers) msgLines.push(lines[i]);
  }
  if (i < lines.length && JULIA_STACKTRACE.test(lines[i])) i = juliaFrames(lines, i + 1, frames);
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!NODE_AT.test(line)) {
      if (NODE_STACK_EXTRA.test(line)) continue;
      break;
    }
    const f = parseNodeFrame(line);
    if (f) frames.push(f);
  }
  attachCodeFrame(lines, frames);
  frames.reverse();
  while (msgLines.length > 1 && msgLines[msgLines.length - 1].trim() === '') msgLines.pop();
  const message = msgLines.join('\n').trim();
  let status = statusFrom(message);
  const causes = jvmCauses(lines, i);
  if (status === null) {
    const d = DUMP_STATUS.exec(lines.slice(i).join('\n'));
    if (d) status = Number(d[1] ?? d[2]);
  }
  const exc: ParsedException = { errorClass: head.errorClass, message, status, frames };
  // Raised last is the outer exception; its causes were raised before it, the deepest first.
  return { language: 'node', errorClass: head.errorClass, status, message, body: block, frames, chain: [...causes.reverse(), exc] };
}

/**
 * `console.error('label:', err)`: the app's label, then the error's own stack head on the same line (`Error while
 * predicting images:  Error: API request failed: Not Found`). The class starts after the label's colon or spaces.
 */
const LABELLED_HEAD = /^[^\n]{1,120}?(?::|\s)\s+((?:[A-Za-z_$][\w$.]*)?(?:Error|Exception)(?: \[[\w-]+\])?: \S.*)$/;

/** The error head after an app's label on a stack's first line, or null. */
function labelledHead(line: string): { errorClass: string; message: string } | null {
  const m = LABELLED_HEAD.exec(line);
  return m ? nodeHead(m[1]) : null;
}

/** A JVM stack's `Caused by: …` exceptions from line `from` on, each with its frames, as printed (outermost first). */
function jvmCauses(lines: readonly string[], from: number): ParsedException[] {
  const causes: ParsedException[] = [];
  for (let i = from; i < lines.length;) {
    const m = JVM_CAUSED_BY.exec(lines[i]);
    if (!m) break;
    const message = (m[2] ?? '').trim();
    const frames: Frame[] = [];
    for (i++; i < lines.length && !JVM_CAUSED_BY.test(lines[i]); i++) {
      const f = NODE_AT.test(lines[i]) ? parseNodeFrame(lines[i]) : null;
      if (f) frames.push(f);
    }
    causes.push({ errorClass: m[1], message, status: statusFrom(message), frames: frames.reverse() });
  }
  return causes;
}

/**
 * Julia's frames from `from` on, innermost first as printed: each ` [n] call` line names the function,
 * the `@ Module file:line` line under it the place. Returns where they end.
 */
function juliaFrames(lines: readonly string[], from: number, frames: Frame[]): number {
  let fn: string | null = null;
  let i = from;
  for (; i < lines.length; i++) {
    const call = JULIA_FRAME_CALL.exec(lines[i]);
    if (call) {
      // `auth_header(::OpenAI.OpenAIProvider, api_key::String)`: the name before its arguments.
      const open = call[1].indexOf('(');
      fn = open > 0 ? call[1].slice(0, open) : call[1];
      continue;
    }
    const at = JULIA_FRAME_AT.exec(lines[i]);
    if (!at) break;
    frames.push({ file: at[1], line: Number(at[2]), function: fn });
    fn = null;
  }
  return i;
}

/** An SDK error's object dump whose head was not printed: its status and the provider's message. */
function parseHeadlessDump(block: string, first: string): ParsedTrace {
  const status = statusFrom(first);
  const message = DUMP_MESSAGE.exec(block)?.[1] ?? first.trim();
  const exc: ParsedException = { errorClass: '', message, status, frames: [] };
  return { language: 'node', errorClass: '', status, message, body: block, frames: [], chain: [exc] };
}

/**
 * A test runner prints the source around the failing line of the first frame in the user's code (Jest above
 * the stack, Vitest under its frame): that line is the frame's source, where the call shows its model.
 * `frames` is in printed order (innermost first). A char test before the pattern: most lines hold no `|`.
 */
function attachCodeFrame(lines: readonly string[], frames: Frame[]): void {
  let code: Map<number, string> | null = null;
  for (const line of lines) {
    if (line.indexOf('|') < 0) continue;
    const m = CODE_FRAME_LINE.exec(line);
    if (m) (code ??= new Map()).set(Number(m[1]), m[2]);
  }
  if (!code) return;
  const user = frames.find((f) => !f.source && !isLibraryFrame(f) && code.has(f.line));
  if (user) user.source = callSource(code, user.line);
}

/** The most lines a call's arguments may go on below its marked line in a code frame. */
const CALL_ARG_LINES = 6;

/**
 * The marked line, and the lines below it while the call it opens is still open (Next.js shows
 * `> 25 | const r = await ai.models.generateImages({` then `26 |   model: 'imagen-4.0-…',`): the model is
 * often an argument on a line of its own. A line that closes what it opens stands alone.
 */
function callSource(code: ReadonlyMap<number, string>, line: number): string | undefined {
  const first = code.get(line);
  if (first === undefined) return undefined;
  const parts = [first.trim()];
  let depth = bracketDepth(first);
  for (let n = line + 1; depth > 0 && n <= line + CALL_ARG_LINES; n++) {
    const next = code.get(n);
    if (next === undefined) break;
    parts.push(next.trim());
    depth += bracketDepth(next);
  }
  return parts.join(' ');
}

/** Opening minus closing brackets on a line of code (strings are not told apart: a rough count is enough here). */
function bracketDepth(code: string): number {
  let d = 0;
  for (const c of code) {
    if (c === '(' || c === '{' || c === '[') d++;
    else if (c === ')' || c === '}' || c === ']') d--;
  }
  return d;
}
