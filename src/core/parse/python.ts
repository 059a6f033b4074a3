// Python tracebacks (plain, chained, exception groups, logging.exception, 3.13 colour after
// stripping) and pytest failure entries -> ParsedTrace.
import type { Frame, ParsedTrace } from '../types';
import { statusFrom } from './frames';
import { DEBUGGER_HEAD, nodeHead } from './layouts/node';
import {
  DJANGO_EXCEPTION_TYPE,
  DJANGO_EXCEPTION_VALUE,
  PY_CHAIN as CHAIN,
  PY_EXCEPTION as EXC,
  PY_FRAME,
  PY_FRAME_ENDS_AT_IN,
  PY_WRAPPED_FUNCTION,
  PY_HEADER as HEADER,
  PY_LOOSE_HEADER,
  PY_LOGGING_CALL_STACK,
  PY_CARETS as CARETS,
} from './layouts/python';
import type { ParsedException } from './types';

const GROUP_PREFIX = /^(?:\s*[|+]\s?(?:-+ \d+ -+)?)+/;

/** `  File "app.py", line 42, in main` → Frame. */
function pyFrame(line: string): Frame | null {
  const f = PY_FRAME.exec(line);
  return f ? { file: f[1], line: Number(f[2]), function: f[3] ? f[3].trimEnd() : null } : null;
}

/** The line two below a frame, past a blank one, is its source: not a frame, not the exception's `Class: message`. */
function isSourceAfterBlank(line: string | undefined, bare: boolean): boolean {
  if (line === undefined || line.trim() === '' || PY_FRAME.test(line) || CARETS.test(line)) return false;
  return bare ? !EXC.test(line.trim()) : /^\s{4,}\S/.test(line);
}

function exception(cls: string, first: string, rest: string[], frames: Frame[]): ParsedException {
  while (rest.length && rest[rest.length - 1].trim() === '') rest.pop();
  const message = [first, ...rest].join('\n').trim();
  return { errorClass: cls, message, status: statusFrom(message), frames };
}

export function parsePythonTraceback(block: string): ParsedTrace | null {
  const lines = block.split('\n').map((l) => (l.startsWith(' ') || l.startsWith('|') ? l.replace(GROUP_PREFIX, (m) => (m.includes('|') ? '' : m)) : l));
  const chain: ParsedException[] = [];
  let frames: Frame[] = [];
  // Frames without their header (cut off by a log collector or a post).
  let inFrames = PY_FRAME.test(lines[0] ?? '');
  let exc: { cls: string; first: string; rest: string[] } | null = null;
  let lastFrames: Frame[] = [];
  // A logging error's `Call stack:` frames: the calls down to the `logger.…(` line, outside the frames above.
  let callStack: Frame[] | null = null;
  const close = (): void => {
    if (exc) {
      chain.push(exception(exc.cls, exc.first, exc.rest, callStack ? [...callStack, ...frames] : frames));
      callStack = null;
      lastFrames = [];
    } else if (frames.length) lastFrames = frames;
    exc = null;
    frames = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (HEADER.test(line)) {
      close();
      inFrames = true;
      continue;
    }
    if (CHAIN.test(line)) {
      close();
      inFrames = false;
      continue;
    }
    if (inFrames) {
      const frame = pyFrame(line);
      if (frame) {
        if (frame.function === null && PY_FRAME_ENDS_AT_IN.test(line) && PY_WRAPPED_FUNCTION.test(lines[i + 1] ?? '')) {
          // The function's name a wrap put on the next line.
          frame.function = lines[i + 1].trim();
          i++;
        }
        const next = lines[i + 1];
        // The source line is indented under it, or at column 0 when the frame is (a post lost the indentation).
        const bare = /^\S/.test(line);
        if (next !== undefined && (bare ? next.trim() !== '' : /^\s{4,}\S/.test(next)) && !PY_FRAME.test(next) && !CARETS.test(next)) {
          frame.source = next.trim();
          i++;
          // Python 3.13 prints a call over several lines whole (`generate_content(`, `model="…",`,
          // `...<4 lines>...`, `)`): its argument lines are the same statement's source.
          for (let open = unclosed(frame.source); open > 0 && i + 1 < lines.length; i++) {
            const more = lines[i + 1];
            if (!/^\s{4,}\S/.test(more) || PY_FRAME.test(more) || CARETS.test(more)) break;
            frame.source += ' ' + more.trim();
            open += unclosed(more);
          }
        } else if (next !== undefined && next.trim() === '' && isSourceAfterBlank(lines[i + 2], bare)) {
          // A paste that doubled every line break (a blank line between frame and source).
          frame.source = lines[i + 2].trim();
          i += 2;
        }
        frames.push(frame);
        continue;
      }
      if (line.trim() === '' || /^\s/.test(line) || CARETS.test(line)) continue;
      const django = DJANGO_EXCEPTION_TYPE.exec(line);
      if (django) {
        const value = DJANGO_EXCEPTION_VALUE.exec(lines[i + 1] ?? '');
        exc = { cls: django[1], first: value ? value[1] : '', rest: [] };
        if (value) i++;
        inFrames = false;
        continue;
      }
      const m = EXC.exec(line);
      exc = m ? { cls: m[1], first: m[2] ?? '', rest: [] } : { cls: line.trim(), first: '', rest: [] };
      inFrames = false;
      continue;
    }
    if (exc && PY_LOGGING_CALL_STACK.test(line)) {
      callStack = [];
      for (let frame = pyFrame(lines[i + 1] ?? ''); frame; frame = pyFrame(lines[i + 1] ?? '')) {
        i++;
        if (/^\s{4,}\S/.test(lines[i + 1] ?? '') && !PY_FRAME.test(lines[i + 1])) frame.source = lines[++i].trim();
        callStack.push(frame);
      }
      continue;
    }
    if (exc) exc.rest.push(line);
  }
  close();
  if (!chain.length) {
    // Cut short before its exception line: the message logged above the header (or above the chain
    // line that leads to it) stands in, also when the copy stops at the header itself.
    const preface = lines
      .slice(
        0,
        Math.max(
          0,
          lines.findIndex((l) => HEADER.test(l) || CHAIN.test(l)),
        ),
      )
      .join('\n')
      .trim();
    if (!preface) return null;
    const head = nodeHead(preface.split('\n', 1)[0]);
    chain.push(
      exception(
        head?.errorClass ?? '',
        head ? head.message + preface.slice(preface.indexOf('\n') < 0 ? preface.length : preface.indexOf('\n')) : preface,
        [],
        lastFrames,
      ),
    );
  }
  // A chained traceback cut before its exception line (a post that stops at the user's call): its
  // frames are the outer calls of the last exception printed, the user's among them.
  if (lastFrames.length && chain[chain.length - 1].frames !== lastFrames) {
    chain[chain.length - 1] = { ...chain[chain.length - 1], frames: [...lastFrames, ...chain[chain.length - 1].frames] };
  }
  const last = chain[chain.length - 1];
  return { language: 'python', errorClass: last.errorClass, status: last.status, message: last.message, body: block, frames: last.frames, chain };
}

const PYTEST_FRAME = /^(\S.*?):(\d+): (?:in (\S+)|([A-Za-z_][\w.]*))?\s*$/;

export function parsePytest(block: string): ParsedTrace | null {
  const lines = block.split('\n');
  const frames: Frame[] = [];
  let lastDef: string | null = null;
  let lastMarked: string | null = null;
  let cls: string | null = null;
  let first = '';
  const rest: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const def = /^\s*(?:async\s+)?def (\w+)\(/.exec(line);
    if (def) lastDef = def[1];
    if (line.startsWith('>')) lastMarked = line.slice(1).trim();
    if (/^E\s/.test(line) || line === 'E') {
      const text = line.replace(/^E\s{0,7}/, '');
      if (cls === null) {
        const m = EXC.exec(text.trim());
        if (m) {
          cls = m[1];
          first = m[2] ?? '';
        } else {
          cls = text.trim();
        }
      } else {
        rest.push(text);
      }
      continue;
    }
    const f = PYTEST_FRAME.exec(line);
    if (f && !/^\s/.test(line)) {
      if (f[3]) {
        const frame: Frame = { file: f[1], line: Number(f[2]), function: f[3] };
        const next = lines[i + 1];
        if (next !== undefined && /^\s{4}\S/.test(next)) frame.source = next.trim();
        frames.push(frame);
      } else {
        frames.push({ file: f[1], line: Number(f[2]), function: lastDef, ...(lastMarked ? { source: lastMarked } : {}) });
      }
      lastDef = null;
      lastMarked = null;
    }
  }
  if (cls === null) return null;
  const e = exception(cls, first, rest, frames);
  return { language: 'python', errorClass: e.errorClass, status: e.status, message: e.message, body: block, frames, chain: [e] };
}

/**
 * Message first, then the frames (Streamlit's exception display, pasted pages): the head line,
 * an optional `Traceback:` line, then `File "…", line N, in f` lines (outermost first), each
 * followed by its source line, unindented or indented, with blank lines between frames.
 */
export function parsePythonMessageFirst(block: string): ParsedTrace | null {
  const lines = block.split('\n');
  const exc = EXC.exec(lines[0]);
  // A debugger's `Exception has occurred: X` names the class, the message below it; a head that
  // names no class (`Error code: 401 - {…}`) is the message alone.
  const shown = DEBUGGER_HEAD.exec(lines[0]);
  const head = shown
    ? { errorClass: shown[1], message: '' }
    : (nodeHead(lines[0]) ?? (exc ? { errorClass: exc[1], message: exc[2] ?? '' } : { errorClass: '', message: lines[0] }));
  const msg = [head.message];
  const frames: Frame[] = [];
  let i = 1;
  for (; i < lines.length && !PY_FRAME.test(lines[i]) && !PY_LOOSE_HEADER.test(lines[i]); i++) msg.push(lines[i]);
  for (; i < lines.length; i++) {
    const frame = pyFrame(lines[i]);
    if (!frame) continue;
    const next = lines[i + 1];
    if (next !== undefined && next.trim() !== '' && !PY_FRAME.test(next) && !CARETS.test(next)) {
      frame.source = next.trim();
      i++;
    }
    frames.push(frame);
  }
  // The debugger lists the stack from the paused frame down (most recent call first, `<module>`
  // last): turned round into a traceback's order.
  if (shown) frames.reverse();
  const e = exception(head.errorClass, msg[0], msg.slice(1), frames);
  // A message that names no class nor status, over the traceback of the exception it was raised from
  // (a launcher's log of the Hub's text, then `requests.exceptions.HTTPError: 401 …`): that line's status.
  const status = e.status ?? (head.errorClass === '' ? statusOfExceptionLines(lines.slice(i0(lines))) : null);
  return { language: 'python', errorClass: e.errorClass, status, message: e.message, body: block, frames, chain: [e] };
}

/** Where a message-first block's traceback starts: its first frame or header line. */
function i0(lines: readonly string[]): number {
  const at = lines.findIndex((l, n) => n > 0 && (PY_FRAME.test(l) || PY_LOOSE_HEADER.test(l)));
  return at < 0 ? lines.length : at;
}

/** The status the last exception line (`pkg.Class: 401 …`) among `lines` states, or null. */
function statusOfExceptionLines(lines: readonly string[]): number | null {
  let status: number | null = null;
  for (const line of lines) {
    const m = EXC.exec(line);
    if (m) status = exception(m[1], m[2] ?? '', [], []).status ?? status;
  }
  return status;
}

/** Brackets a source line opens and leaves open (negative when it closes more): a call's first line is > 0. */
function unclosed(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === '(' || ch === '[' || ch === '{') n++;
    else if (ch === ')' || ch === ']' || ch === '}') n--;
  }
  return n;
}
