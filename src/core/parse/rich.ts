// Rich tracebacks (`rich.traceback`, Typer's pretty exceptions, RichHandler logs) -> ParsedTrace.
// The layout, as the cutter hands it over (indentation already taken off):
//
//   ╭──────────── Traceback (most recent call last) ────────────╮   `┌…┐` on legacy Windows
//   │ /home/u/app/cli.py:149 in query                            │   frame: `path:line in func`
//   │                                                            │
//   │   148 │   engine = QueryEngine(s)                          │
//   │ ❱ 149 │   response = engine.ask(text)                      │   the failing line (`>` legacy)
//   │ ╭──────────── locals ────────────╮                         │   locals: skipped
//   │ C:\Users\u\.venv\Lib\site-packages\anthropic\resources\mes │   a long header wraps, even
//   │ sages.py:1003 in create                                    │   inside a word
//   │ in <module>:7                                              │   a file that does not exist
//   ╰────────────────────────────────────────────────────────────╯
//   BadRequestError: Error code: 400 - {'type': 'error', …         the exception, wrapped at the
//   'message': '…'}                                                 box width
//
// Streamlit's log prints it without sides: the top and bottom are rules, every line indented by
// two spaces (and a copy of that log doubles the line breaks). Chained exceptions are one box and
// exception each, with Python's sentence between them.
import type { Frame, ParsedTrace } from '../types';
import { statusFrom } from './frames';
import { depth } from './ipython';
import { parsePythonTraceback } from './python';
import { PY_CHAIN, PY_EXCEPTION, PY_HEADER, RICH_BOTTOM, RICH_GUIDES, RICH_HEADER, RICH_RULE, RICH_SIDE, RICH_SOURCE } from './layouts/python';
import type { ParsedException } from './types';

/** Lines a frame header may wrap onto. */
const MAX_HEADER_LINES = 4;
/** Box-drawing characters that open a locals panel's lines (inside the box). */
const PANEL_CHARS = '╭╰┌└│┃';

/** `/a/b.py:12 in f` → its parts, or null while the header is not complete (it wraps on). */
function frameHeader(text: string): { file: string; line: number; function: string } | null {
  for (let i = text.indexOf(' in '); i > 0; i = text.indexOf(' in ', i + 1)) {
    const m = /:(\d+)$/.exec(text.slice(Math.max(0, i - 12), i));
    const fn = text.slice(i + 4).trim();
    if (m && fn !== '' && !fn.includes(' ')) return { file: text.slice(0, i - m[0].length), line: Number(m[1]), function: fn };
  }
  return null;
}

/** Rich's header for a file it could not read: `in <module>:7`. */
const FILELESS = /^in \S+:\d+$/;

/** A wrapped header's next piece: a space where Rich broke at one (`…:44` / `in main`, `… in` / `create`). */
function joinHeader(head: string, piece: string): string {
  return head.endsWith(' in') || piece.startsWith('in ') ? `${head} ${piece}` : head + piece;
}

/** A box line's content without its sides (the right one may be cut off), or null when it has none. */
function boxContent(line: string, sided: boolean): string | null {
  if (line.trim() === '') return '';
  if (!sided) return line.startsWith('  ') ? line.slice(2).trimEnd() : null;
  // A line the terminal wrapped (the box is wider than the window): the rest of the one above.
  if (!line.startsWith(RICH_SIDE)) return line.trimEnd().endsWith(RICH_SIDE) ? ' ' : null;
  let c = line.slice(1).trimEnd();
  if (c.endsWith(RICH_SIDE)) c = c.slice(0, -1).trimEnd();
  return c.startsWith(' ') ? c.slice(1) : c;
}

export function parseRichTraceback(block: string): ParsedTrace | null {
  const chain: ParsedException[] = [];
  let frames: Frame[] = [];
  /** Inside a box, after it (its exception is next), or neither. */
  let where: 'box' | 'after' | 'none' = 'none';
  let sided = true;
  /** A frame header still wrapping onto the next lines, and how many lines it took. */
  let head: string | null = null;
  let headLines = 0;
  let frame: Frame | null = null;
  /** Brackets the failing line left open: the lines after it are the rest of its statement. */
  let open = 0;
  let exc: { cls: string; lines: string[] } | null = null;
  const close = (): void => {
    if (exc) {
      // RichHandler pads each line to its width; a copy of Streamlit's log doubles the breaks.
      const message = exc.lines
        .filter((l) => l.trim() !== '')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim();
      chain.push({ errorClass: exc.cls, message, status: statusFrom(message), frames });
    }
    exc = null;
    frames = [];
    frame = null;
    head = null;
  };
  /** One more line of a frame header: a frame once it reads whole. */
  const header = (text: string): void => {
    if (head === null) headLines = 0;
    head = head === null ? text : joinHeader(head, text);
    headLines++;
    const h = frameHeader(head);
    if (h) {
      frame = { file: h.file, line: h.line, function: h.function };
      frames.push(frame);
    } else if (FILELESS.test(head)) {
      // Nothing to open: the frame is left out rather than given a made-up file.
      frame = null;
    } else if (headLines < MAX_HEADER_LINES) {
      return;
    }
    head = null;
  };
  /** A line inside the box; false when it is not one (a copy cut the box's bottom off). */
  const inBox = (line: string): boolean => {
    const c = boxContent(line, sided);
    if (c === null) return false;
    if (c === '') return true;
    const src = RICH_SOURCE.exec(c);
    if (src) {
      head = null;
      const code = (src[3] ?? '').replace(RICH_GUIDES, '').trim();
      if (src[1] && frame && frame.source === undefined) {
        frame.source = code;
        open = depth(code);
      } else if (open > 0 && frame?.source !== undefined) {
        frame.source += `\n${code}`;
        open += depth(code);
      }
      return true;
    }
    open = 0;
    // Locals panels, hidden-frame notes and wrapped source lines say nothing about frames.
    if (!PANEL_CHARS.includes(c[0]) && !c.startsWith(' ')) header(c);
    return true;
  };
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (where === 'after' && PY_HEADER.test(line)) {
      // The same failure printed again as a plain traceback (the cutter keeps it in the block):
      // Rich's reading stands; the plain one only when Rich's box held no exception.
      close();
      return chain.length ? richTrace(chain, block) : parsePythonTraceback(lines.slice(i).join('\n'));
    }
    const top = RICH_HEADER.exec(line);
    if (top) {
      close();
      where = 'box';
      sided = top[2] !== '';
      continue;
    }
    if (where === 'box') {
      if ((sided && RICH_BOTTOM.test(line)) || (!sided && RICH_RULE.test(line))) {
        where = 'after';
        continue;
      }
      if (inBox(line)) continue;
      where = 'after';
    }
    if (PY_CHAIN.test(line)) {
      if (exc) close();
      where = 'none';
      continue;
    }
    if (exc) {
      (exc as { lines: string[] }).lines.push(line);
      continue;
    }
    if (where !== 'after' || line.trim() === '') continue;
    const m = PY_EXCEPTION.exec(line.trim());
    exc = m ? { cls: m[1], lines: [m[2] ?? ''] } : { cls: line.trim(), lines: [] };
  }
  close();
  return chain.length ? richTrace(chain, block) : null;
}

function richTrace(chain: ParsedException[], body: string): ParsedTrace {
  const last = chain[chain.length - 1];
  return { language: 'python', errorClass: last.errorClass, status: last.status, message: last.message, body, frames: last.frames, chain };
}
