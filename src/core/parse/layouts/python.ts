// Python's trace layouts: the traceback, IPython and Jupyter's, Rich's box, pytest's report.

/** Python: `Traceback (most recent call last):`, exception groups' `| ` and `+ ` margins. */
export const PY_HEADER = /^[\s|+]*(?:Exception Group )?Traceback \(most recent call last\):/;

/** Python chained exceptions. */
export const PY_CHAIN =
  /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;

/**
 * A poster's elision where a chained exception's traceback was (`...`, `…`, `[...]`), under the chain line:
 * the traceback left out, the exception raised from it still to come.
 */
export const PY_CHAIN_ELISION = /^\s*(?:\.{3,}|\u2026|\[(?:\.{3}|\u2026)\])\s*$/;

/**
 * `  File "app.py", line 42, in main` (the function is trimmed by the parser); a paste through a word
 * processor or a forum may turn the quotes typographic (`File “app.py”, line 42`). A line holding
 * more frames after this one is a whole trace flattened onto one line, not a frame. A Markdown renderer
 * drops `<module>` as a tag: `File "app.py", line 154, in` is a frame whose function it ate.
 */
export const PY_FRAME = /^\s*File ["\u201c]([^"\u201c\u201d]+)["\u201d], line (\d+)(?:, in(?: (?!.* File ["\u201c])(\S.*))?)?[ \t]*$/;

/**
 * A frame inside a traceback flattened onto one line (a form or a copy ate its newlines): `File "…", line N, in <name>`,
 * the name one word (`<module>`, `<cell line: 1>` included); its source line follows up to the next one.
 */
const FLAT_FRAME = /File ["\u201c]([^"\u201c\u201d\n]{1,400})["\u201d], line (\d{1,7}), in (<[^<>\n]{1,60}>|[^\s"'<>]{1,200})/g;

/** `Traceback (most recent call last):` inside such a line, before its first frame. */
const FLAT_HEADER = 'Traceback (most recent call last):';

/** Fewer frames than this before the report, without the header, is a line that mentions a file, not a flattened trace. */
const MIN_FLAT_FRAMES = 2;
/** Frames read at most (a long trace keeps its last ones, nearest the report). */
const MAX_FLAT_FRAMES = 64;

/**
 * A whole traceback flattened onto one line before its report (`… File "/app/.venv/…/vertex_llm_base.py", line 92, in
 * load_auth creds = google_auth.default( ^^^^ File "…/_default.py", line 719, in default raise … pkg.Error: …`): its
 * lines as Python printed them (header, frames with their source lines, then the report starting at `reportAt`), so
 * that its frames are read as frames; null when the part before the report holds no frame after the header, or
 * fewer than two without it.
 */
export function flattenedTraceLines(line: string, reportAt: number): string[] | null {
  const before = line.slice(0, reportAt);
  const first = before.indexOf('File ');
  if (first < 0) return null;
  const headed = before.lastIndexOf(FLAT_HEADER, first) >= 0;
  if (!headed && before.indexOf('File ', first + 5) < 0) return null;
  const frames: Array<{ start: number; end: number; head: string }> = [];
  FLAT_FRAME.lastIndex = first;
  for (let m = FLAT_FRAME.exec(before); m !== null; m = FLAT_FRAME.exec(before)) {
    frames.push({ start: m.index, end: m.index + m[0].length, head: `  File "${m[1]}", line ${m[2]}, in ${m[3]}` });
    if (frames.length > MAX_FLAT_FRAMES) frames.shift();
  }
  if (frames.length < (headed ? 1 : MIN_FLAT_FRAMES)) return null;
  const out: string[] = [];
  const lead = before.slice(0, frames[0].start);
  const header = lead.lastIndexOf(FLAT_HEADER);
  const words = (header < 0 ? lead : lead.slice(0, header)).trim();
  if (words) out.push(words);
  if (header >= 0) out.push(FLAT_HEADER);
  frames.forEach((f, i) => {
    out.push(f.head);
    const source = before.slice(f.end, i + 1 < frames.length ? frames[i + 1].start : reportAt).trim();
    if (source) out.push(`    ${source}`);
  });
  out.push(line.slice(reportAt));
  return out;
}

/**
 * Python logging's report of a record it could not format (`--- Logging error ---`): after the formatting
 * error's own traceback, `Call stack:` and the frames down to the `logger.warning(` call, then `Message:`/`Arguments:`.
 */
export const PY_LOGGING_CALL_STACK = /^Call stack:\s*$/;

/**
 * A terminal or Rich wrapped a long frame line after its `, in` (`  File "…\\openai.py", line 683, in` over
 * `make_sync_openai_chat_completion_request` at column 0): the function's name alone, lowercase or `<module>`-like,
 * under an indented frame that lacks one. An exception class there would be capitalised.
 */
export const PY_FRAME_ENDS_AT_IN = /^\s+File .*, in[ \t]*$/;
export const PY_WRAPPED_FUNCTION = /^(?:[a-z_][A-Za-z0-9_]*|<[\w -]+>)[ \t]*$/;
/**
 * A cut at the terminal's exact width keeps the one space before the name at the end of the piece (`…, in `); the
 * stream's joiner puts those pieces back together, so the cutter leaves them to it. A word wrap drops that space.
 */
export const PY_FRAME_CUT_AT_WIDTH = /, in $/;

/** The carets (3.11+) or tildes under a source line. */
export const PY_CARETS = /^\s*[~^]+\s*$/;

/** Streamlit's exception display and pasted pages put `Traceback:` between message and frames. */
export const PY_LOOSE_HEADER = /^\s*(?:Traceback|Stack ?trace):?\s*$/i;

/**
 * `openai.PermissionDeniedError: Error code: 403 - …`, `KeyError`, `replicate.exceptions.X: …`; a class defined in a
 * function has `<locals>` in its qualified name (mechanize's `….get_seek_wrapper_class.<locals>.httperror_seek_wrapper: …`).
 */
export const PY_EXCEPTION = /^([A-Za-z_][\w.]*(?:<locals>\.[A-Za-z_][\w.]*)*)(?::\s?(.*))?$/;

/**
 * Django's copy-and-paste debug view ends its traceback with `Exception Type: X at /path/` and then
 * `Exception Value: message` where Python prints `X: message`.
 */
export const DJANGO_EXCEPTION_TYPE = /^Exception Type:[ \t]*([A-Za-z_][\w.]*)(?: at \S*)?[ \t]*$/;

export const DJANGO_EXCEPTION_VALUE = /^Exception Value:[ \t]?(.*)$/;

/** IPython/Jupyter: `PermissionDeniedError                     Traceback (most recent call last)`. */
export const IPY_HEADER = /^([A-Za-z_][\w.]*)[ \t]+Traceback \(most recent call last\)\s*$/;

/** The dashed rule IPython prints above its header. */
export const IPY_RULE = /^-{20,}\s*$/;

/**
 * IPython 8 frames: `Cell In[28], line 3` (`, in ask(prompt)` when in a function); 8.0–8.5
 * printed `Cell In [28], line 3`; Databricks names its cells `File <command-2381926542358720>, line 5`
 * (a cell, not a file: no quotes, no `path:line`). Group 1: the cell as printed.
 */
export const IPY_CELL_FRAME = /^(?:File )?(Cell In ?\[\d+\]|(?<=^File )<[^<>]+>), line (\d+)(?:, in (.+?))?\s*$/;

/** `File ~/…/openai/_base_client.py:1047, in SyncAPIClient.request(self, …)`. */
export const IPY_FILE_FRAME = /^File (.+?):(\d+)(?:, in (.+?))?\s*$/;

/** IPython 8.0–8.4 named the cell without its line: `Input In [20], in <cell line: 5>()` (the marker gives it). */
export const IPY_INPUT_FRAME = /^(Input In \[\d+\]), in (.+?)\s*$/;

/** IPython 7 / Colab: `<ipython-input-21-…> in <cell line: 1>()`, `/path/file.py in func(args)`. */
export const IPY_OLD_FRAME = /^(<ipython-input-[\w-]+>|(?:[A-Za-z]:)?[~\\/.\w-]\S*?\.py|<[\w -]+>) in (.+?)\s*$/;

/** `----> 1 code`, `--> 275 code`, `      2 code`: numbered source, the arrow on the failing line. */
export const IPY_SOURCE_LINE = /^\s*(-+>)?\s*(\d+)(?: (.*))?$/;

/**
 * VS Code Jupyter (2022–2023) named a cell by its notebook and index, in the user's language:
 * `c:\proj\chat.ipynb Cell 3 line <cell line: 5>()`, `/u/report.ipynb Cell 16' in <module>`,
 * `…\Intro.ipynb 셀 15 in <cell line: 1>()`.
 */
export const IPY_VSCODE_CELL_FRAME = /^(\S.*?\.ipynb \S+ \d+'?) (?:in|line) (.+?)\s*$/;

/** Colab's folded `4 frames`, IPython's `(...)` for elided source lines, Positron's `Hide Traceback` toggle under the cell. */
export const IPY_FOLDED = /^\s*(?:\d+ frames?|\(\.\.\.\)|(?:Hide|Show) Traceback)\s*$/;

/** Drops Markdown links (Colab copies) and HTML anchors (VS Code Jupyter), keeping their text. */
export function stripLinks(line: string): string {
  if (line.indexOf('](') < 0 && line.indexOf('<a ') < 0) return line;
  return line.replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1').replace(/<a\s[^>]*>([^<]*)<\/a>/g, '$1');
}

/** A first-column line that belongs to an IPython traceback before its exception line. */
export function isIPythonFrameLine(line: string): boolean {
  const l = stripLinks(line);
  return (
    IPY_CELL_FRAME.test(l) ||
    IPY_FILE_FRAME.test(l) ||
    IPY_OLD_FRAME.test(l) ||
    IPY_INPUT_FRAME.test(l) ||
    IPY_VSCODE_CELL_FRAME.test(l) ||
    IPY_SOURCE_LINE.test(l) ||
    IPY_FOLDED.test(l) ||
    IPY_RULE.test(l) ||
    PY_CHAIN.test(l) ||
    IPY_HEADER.test(l)
  );
}

/**
 * Rich (`rich.traceback`, Typer): the top of its box, `╭──── Traceback (most recent call last) ────╮`
 * (`┌…┐` on legacy Windows consoles), or a bare rule when the box has no sides (Streamlit's log).
 * The right corner goes when a copy cuts the line. Group 1: the indentation (RichHandler's log
 * columns), group 2: the left corner (none: no sides).
 */
export const RICH_HEADER = /^([ \t]*)([╭┌]?)─+ Traceback \(most recent call last\) ─+[╮┐]?[ \t]*$/;

/** The bottom of a Rich box; the exception line(s) come right after it. */
export const RICH_BOTTOM = /^[╰└]─+[╯┘]?[ \t]*$/;

/** The rule closing a Rich traceback printed without sides. */
export const RICH_RULE = /^─{8,}[ \t]*$/;

/** The side of a Rich box, opening each of its lines. */
export const RICH_SIDE = '│';

/**
 * A numbered source line inside a Rich frame (the box's side taken off): `❱ 149 │   response = …`,
 * legacy Windows' `>  61 │ …`, `   146 │   llm = …`. Group 1: the marker of the failing line, 2: the
 * line number, 3: the code with Rich's indent guides (`│   `).
 */
export const RICH_SOURCE = /^(?:([❱>]) +| +)(\d+)(?: (.*))?$/;

/** The guides Rich draws at each indentation level of a source line. */
export const RICH_GUIDES = /^(?:│ {0,3})+/;

/** pytest's `____ test_name ____` entry header, and the `path:line: ErrorClass` line ending it. */
export const PYTEST_HEADER = /^_{3,} .* _{3,}\s*$/;

export const PYTEST_LOCATION_END = /^\S+:\d+: [A-Za-z_][\w.]*\s*$/;

/** pytest's short frame line (`--tb=short`, collection errors): `app/client.py:29: in <module>`. */
export const PYTEST_FRAME_LINE = /^\S+:\d+: in \S+\s*$/;
