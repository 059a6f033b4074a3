// IPython / Jupyter / Colab tracebacks (ANSI already stripped) -> ParsedTrace, and the trace text
// of a notebook error output. The layouts, oldest to newest:
//
//   ---------------------------------------------------------------------------
//   PermissionDeniedError                     Traceback (most recent call last)
//   Cell In[28], line 1                                   IPython 8: cell frame
//   ----> 1 response = client.chat.completions.create(    marked line = the frame's source
//         2     model="gpt-4o",
//   File ~/…/openai/_base_client.py:1023, in SyncAPIClient._request(self, …)
//   -> 1023     raise self._make_status_error_from_response(err.response) from None
//   PermissionDeniedError: Error code: 403 - {…}
//
//   <ipython-input-21-9f71d5edc8e0> in <cell line: 1>()  IPython 7 / Colab: line from the marker
//   Input In [20], in <cell line: 5>()                    IPython 8.0–8.4: likewise
//   /usr/lib/python3.10/dist-packages/openai/_client.py in __init__(self, …)
//   4 frames                                              Colab's folded frames
//   [<ipython-input-21-…>](https://localhost:8080/#) in … Colab copied as Markdown links
//   <a href='file:///…'>…</a>                             VS Code Jupyter's HTML links
//   c:\proj\chat.ipynb Cell 3 line <cell line: 5>()           VS Code Jupyter's cell frames (2022–2023)
import type { Frame, ParsedTrace } from '../types';
import { statusFrom } from './frames';
import {
  IPY_CELL_FRAME as CELL_FRAME,
  IPY_FILE_FRAME as FILE_FRAME,
  IPY_FOLDED,
  IPY_HEADER,
  IPY_INPUT_FRAME as INPUT_FRAME,
  IPY_OLD_FRAME as OLD_FRAME,
  IPY_RULE,
  IPY_SOURCE_LINE as SOURCE_LINE,
  IPY_VSCODE_CELL_FRAME as VSCODE_CELL_FRAME,
  PY_CHAIN as CHAIN,
  stripLinks,
} from './layouts/python';
import type { ParsedException } from './types';

const EXC = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;

/** `SyncAPIClient._request(self, …)` → `SyncAPIClient._request`; `<cell line: 1>()` → `<cell line: 1>`. */
function functionName(printed: string | undefined): string | null {
  if (!printed) return null;
  const open = printed.startsWith('<') ? printed.indexOf('(', printed.indexOf('>')) : printed.indexOf('(');
  const name = (open < 0 ? printed : printed.slice(0, open)).trim();
  return name || null;
}

/** Open-bracket balance of a source line (strings ignored roughly: good enough to span a call). */
export function depth(code: string): number {
  let d = 0;
  for (const ch of code.replace(/(["'])(?:\\.|(?!\1).)*\1/g, '')) {
    if (ch === '(' || ch === '[' || ch === '{') d++;
    else if (ch === ')' || ch === ']' || ch === '}') d--;
  }
  return d;
}

export function parseIPythonTraceback(block: string): ParsedTrace | null {
  const lines = block.split('\n').map(stripLinks);
  const chain: ParsedException[] = [];
  let frames: Frame[] = [];
  let frame: Frame | null = null;
  /** Lines still being added to the marked statement (a call spread over lines). */
  let open = 0;
  let exc: { cls: string; first: string; rest: string[] } | null = null;
  let inFrames = false;
  /** The class the last header names (`GatedRepoError      Traceback …`), until its exception line comes. */
  let headed: string | null = null;
  /** A chain line was the last text: an output cut right after it may show only the next class. */
  let afterChain = false;
  /** No header yet: a copy may start at the first exception's own line, the chain line below it. */
  let beforeHeader = true;
  const close = (): void => {
    if (exc) {
      while (exc.rest.length && exc.rest[exc.rest.length - 1].trim() === '') exc.rest.pop();
      const message = [exc.first, ...exc.rest].join('\n').trim();
      chain.push({ errorClass: exc.cls, message, status: statusFrom(message), frames });
    }
    exc = null;
    frames = [];
    frame = null;
  };
  const add = (f: Frame): void => {
    frame = f;
    open = 0;
    frames.push(f);
  };
  for (const line of lines) {
    const header = IPY_HEADER.exec(line);
    if (header) {
      close();
      inFrames = true;
      headed = header[1];
      beforeHeader = false;
      continue;
    }
    if (CHAIN.test(line) || IPY_RULE.test(line)) {
      if (exc) close();
      afterChain = CHAIN.test(line);
      continue;
    }
    if (!inFrames && exc && beforeHeader && !chain.length && CELL_FRAME.test(line)) {
      // Message first, then the cell's frame with no header between (Positron's notebook display).
      inFrames = true;
      beforeHeader = false;
    }
    if (!inFrames) {
      const opening: RegExpExecArray | null = beforeHeader && !exc && !chain.length && /^[A-Za-z_][\w.]*: \S/.test(line) ? EXC.exec(line.trim()) : null;
      if (opening) exc = { cls: opening[1], first: opening[2] ?? '', rest: [] };
      else if (exc) (exc as { rest: string[] }).rest.push(line);
      else if (afterChain && line.trim() !== '') {
        // `GatedRepoError` alone under the chain line (the copy ends before its header): the
        // exception raised last, with no message.
        const bare = /^[A-Za-z_][\w.]*$/.test(line.trim()) ? line.trim() : null;
        if (bare) exc = { cls: bare, first: '', rest: [] };
        afterChain = false;
      }
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = CELL_FRAME.exec(line))) {
      add({ file: m[1], line: Number(m[2]), function: functionName(m[3]) });
      continue;
    }
    if ((m = FILE_FRAME.exec(line))) {
      add({ file: m[1], line: Number(m[2]), function: functionName(m[3]) });
      continue;
    }
    if ((m = OLD_FRAME.exec(line) ?? INPUT_FRAME.exec(line) ?? VSCODE_CELL_FRAME.exec(line))) {
      add({ file: m[1], line: 0, function: functionName(m[2]) });
      continue;
    }
    if (line.trim() === '' || IPY_FOLDED.test(line)) {
      open = 0;
      continue;
    }
    if ((m = SOURCE_LINE.exec(line)) && frame) {
      const current: Frame = frame;
      if (m[1]) {
        // The marked line: where the frame was when it raised.
        if (!current.line) current.line = Number(m[2]);
        current.source = (m[3] ?? '').trim();
        open = depth(current.source);
      } else if (open > 0 && current.source !== undefined) {
        const code = (m[3] ?? '').trim();
        current.source += `\n${code}`;
        open += depth(code);
      }
      continue;
    }
    if (/^\s/.test(line)) continue;
    const e = EXC.exec(line.trim());
    exc = e ? { cls: e[1], first: e[2] ?? '', rest: [] } : { cls: line.trim(), first: '', rest: [] };
    inFrames = false;
    headed = null;
  }
  // The output (or a post's excerpt) ends before the last exception's line: its header names it.
  if (!exc && inFrames && headed !== null) exc = { cls: headed, first: '', rest: [] };
  close();
  // A frame whose line the output never gave (no marker shown) is dropped rather than guessed.
  for (const c of chain) c.frames = c.frames.filter((f) => f.line > 0);
  if (!chain.length) return null;
  const last = chain[chain.length - 1];
  return { language: 'python', errorClass: last.errorClass, status: last.status, message: last.message, body: block, frames: last.frames, chain };
}

/** A notebook error output item (`application/vnd.code.notebook.error`). */
export interface NotebookErrorItem {
  name?: string;
  message?: string;
  stack?: string;
}

/**
 * The text a kernel printed for a notebook error output, for the engine to read like any other
 * output: Jupyter's `stack` is IPython's whole traceback (ANSI kept, ending with the error
 * line); other kernels may leave it out or send a plain stack, so the error line is added when
 * the stack does not end with it.
 */
export function traceFromNotebookError(item: NotebookErrorItem | undefined): string | undefined {
  if (!item) return undefined;
  const stack = (item.stack ?? '').replace(/\s+$/, '');
  const name = item.name?.trim();
  const message = item.message ?? '';
  const headline = name ? (message ? `${name}: ${message}` : name) : message;
  if (!stack) return headline ? `${headline}\n` : undefined;
  const plain = stack.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const lastLine = plain.slice(plain.lastIndexOf('\n') + 1).trim();
  const ends =
    !!name &&
    (lastLine === name ||
      lastLine.startsWith(`${name}:`) ||
      lastLine.endsWith(`.${name}`) ||
      new RegExp(`\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`).test(lastLine));
  return ends || !headline ? `${stack}\n` : `${stack}\n${headline}\n`;
}
