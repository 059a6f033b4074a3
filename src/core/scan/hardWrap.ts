// Lines a terminal cut at its width (Windows console, tmux, a CLI that wraps its own output): a
// JSON log line, a URL, a model id or a message broken across lines at a fixed column. Read as
// one line again before the cutter sees them, so they parse as printed.
import { NODE_AT } from '../parse/layouts/node';
import { PY_CARETS, PY_FRAME, PY_HEADER, PYTEST_FRAME_LINE, PYTEST_LOCATION_END } from '../parse/layouts/python';
import { CLIENT_ERROR_HEAD } from '../parse/layouts/statusLines';
import { isPrompt, LOG_RECORD, requestThenSection } from '../parse/layouts/surroundings';
import { hasBareColour, hasPromptBoundary, stripAnsi } from './ansi';
import { stripLinePrefix } from './linePrefix';

/** Narrower than this, equal line lengths say nothing about a terminal's width. */
export const MIN_WRAP_WIDTH = 60;
/** Most pieces one line is joined from (a 16 KiB line at 60 columns is ~270). */
const MAX_PIECES = 300;

/** A raw line's length without a CRLF's `\r`: never less than its visibleLength. */
function rawLength(text: string, from: number, to: number): number {
  return to > from && text.charCodeAt(to - 1) === 13 ? to - from - 1 : to - from;
}

/** Whether a line may hold an escape (ESC, the `←[` Windows' console prints for one, or a colour code that lost its ESC). */
function mayHoldEscape(line: string): boolean {
  return line.indexOf('\x1b') >= 0 || line.indexOf('\u2190[') >= 0 || hasBareColour(line);
}

/** [from, to) as a terminal shows it, escapes left out. */
function shown(text: string, from: number, to: number): string {
  const line = text.slice(from, to);
  return mayHoldEscape(line) ? stripAnsi(line) : line;
}

/** The length of a raw line as a terminal shows it: escapes and a CRLF's `\r` left out. */
function visibleLength(text: string, from: number, to: number): number {
  const n = rawLength(text, from, to);
  return n < MIN_WRAP_WIDTH ? n : shown(text, from, from + n).length;
}

/** The width a terminal cut a text's lines at (0: none shows), and whether two different lines reach it. */
export interface WrapWidth {
  columns: number;
  twice: boolean;
  /** Asked about a width (`widthIf`): a wider line says it is not the terminal's. */
  wider?: boolean;
}

const WIDER: WrapWidth = { columns: 0, twice: false, wider: true };

/**
 * The width shown by the lines before `end` (an index in the text read), the line that may
 * continue a piece included: never by lines after it, so a stream read in any chunks decides alike.
 * Asked whether it is `columns` (the piece's width): anything else may come back as none.
 */
export type WidthUpTo = (end: number, columns: number) => WrapWidth;

/** How far before a line the lines that show a terminal's width are looked at. */
export const WRAP_LOOKBACK = 2048;

const NO_WRAP: WrapWidth = { columns: 0, twice: false };
/** One line as wide as the widest says a terminal's width only from this width on (80 columns, the classic default). */
const MIN_SINGLE_WIDTH = 80;

/**
 * The width a terminal cut `text`'s lines at: its widest line (at least MIN_WRAP_WIDTH). A
 * terminal shows nothing wider than its width, and a long line it cut leaves pieces of exactly
 * that width. Two different lines of that width say so; one (or the same line repeated), only
 * with a word cut in two at its end (`continues`).
 */
export function wrapWidth(text: string, columns?: number): WrapWidth {
  if (columns !== undefined) return widthIf(text, columns);
  let widest = MIN_WRAP_WIDTH - 1;
  let first = -1;
  let twice = false;
  for (let pos = 0; pos < text.length;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    // Shorter as is than the widest so far: shorter still once cleaned, not looked at.
    // A rule or a box fills a width on purpose (the tool's, not the terminal's): no piece, no evidence.
    const n = nl - pos < widest || fillsWidth(text.slice(pos, nl).trimEnd()) ? 0 : visibleLength(text, pos, nl);
    if (n > widest) {
      widest = n;
      first = pos;
      twice = false;
    } else if (n === widest && !twice && text.slice(first, first + nl - pos) !== text.slice(pos, nl)) twice = true;
    pos = nl + 1;
  }
  if (first < 0 || (!twice && widest < MIN_SINGLE_WIDTH)) return NO_WRAP;
  return { columns: widest, twice };
}

/** wrapWidth when the answer matters only if it is `columns`: stops at the first wider line (nearest first). */
function widthIf(text: string, columns: number): WrapWidth {
  let first = -1;
  let twice = false;
  for (let end = text.length; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const n = rawLength(text, start, end);
    if (n >= columns && !fillsWidth(text.slice(start, end).trimEnd())) {
      const shownLength = visibleLength(text, start, end);
      if (shownLength > columns) return WIDER;
      if (shownLength === columns) {
        if (first < 0) first = start;
        else if (!twice && text.slice(first, first + end - start) !== text.slice(start, end)) twice = true;
      }
    }
    end = start - 1;
  }
  if (first < 0 || (!twice && columns < MIN_SINGLE_WIDTH)) return NO_WRAP;
  return { columns, twice };
}

/** A rule drawn across the width (pytest's `===== FAILURES =====`, `-----`), not text. */
const RULE = /^\s*([=_~#+-])\1{4}(?:.*\1{5})?\s*$/;

/** What fills a width on purpose: a rule, a box's edge or side (Rich reads its own wrapped boxes). Escapes aside. */
function fillsWidth(line: string): boolean {
  const printed = mayHoldEscape(line) ? stripAnsi(line) : line;
  return BOX_EDGE.test(printed) || /[\u2500-\u257f]$/.test(printed) || RULE.test(printed);
}

/**
 * Whether the line [from, to) is a piece of a longer line cut at the terminal's width, the line
 * [to + 1, next) its continuation: the first exactly that wide and the widest up to the next
 * (`width`, asked last), not what fills a width on purpose (a rule, a box: Rich reads its own
 * wrapped boxes), padding or a whole JSON record; the next line not one that starts something of
 * its own. When no other line up to the next is as wide, the width must be at least
 * MIN_SINGLE_WIDTH and the cut must split a word or a path (a letter, digit, `_`, `/` or a
 * hyphen inside a word before it, a word character after; or a word before it, `-x`, `.x` or `: x` after).
 */
function continues(text: string, from: number, to: number, next: number, width: WidthUpTo): boolean {
  const n = rawLength(text, from, to);
  if (n < MIN_WRAP_WIDTH) return false;
  // What follows a piece is no wider than it. This and what the two lines say alone are looked
  // at before the width, which reads the lines above.
  if (rawLength(text, to + 1, next) > n && !mayHoldEscape(text.slice(to + 1, next))) return false;
  // A line a collector put its prefix on is a line of its own (lines of one length under one prefix are no wrap).
  const raw = shown(text, to + 1, Math.min(next, to + 1 + 160));
  const after = stripLinePrefix(raw);
  if (after !== raw || opensLine(after, text.slice(Math.max(from, to - 16), to))) return false;
  const printed = shown(text, from, from + n);
  const line = printed.trimEnd();
  // A line padded to the width (Rich's sideless box) is the tool's own, a whole JSON record its own line.
  if (fillsWidth(line) || /\s\s$/.test(printed) || wholeRecord(line)) return false;
  // A whole Python frame line (`File "…", line 921, in request`) ends there, unless what follows
  // is one word (the rest of its function's name) or the rest of its line number (`…", line 7` / `01, in __init__`).
  if (PY_FRAME.test(line) && /\s/.test(after.trim()) && !(/, line \d+$/.test(line) && /^\d+, in \S/.test(after))) return false;
  // Python's carets line under a source line is as wide as the call it marks: its own line, not a piece.
  if (PY_CARETS.test(line) || PY_CARETS.test(after)) return false;
  // A REST client's request line (`POST https://…?key=…`) and its first header: a long URL is no piece.
  if (requestThenSection(line, after)) return false;
  // As printed: a space the cut left at the end is no word split.
  // A cut before the colon after a word (`… Error code` / `: 401 - {…}`) splits the line too: no line starts with `: `.
  const splitsWord = (/(?:[\w/]|\w-)$/.test(printed) && /^\w/.test(after)) || (/\w$/.test(printed) && /^(?:[-.]\w|: ?\w)/.test(after));
  const columns = visibleLength(text, from, to);
  if (columns < MIN_WRAP_WIDTH) return false;
  const w = width(next, columns);
  if (w.columns !== columns) return false;
  return w.twice || splitsWord;
}

/** A box's edge or side (Rich), first on its line. */
const BOX_EDGE = /^\s*[\u2500-\u257f]/;

/** An exception line: its class, by its module path or not (`anthropic.AuthenticationError: …`, `TypeError: …`). */
const ERROR_LINE = /^\s*(?:[A-Za-z_$][\w$]*\.)*[A-Z]\w*(?:Error|Exception): /;

/**
 * A line that starts something of its own: a box's edge, an exception line, a traceback's header or frame, a
 * log record, a prompt, a stack frame. After a line exactly as wide as the widest, it is that line's neighbour
 * (`raise …` above `anthropic.AuthenticationError: …`), not its continuation.
 */
function opensLine(line: string, aboveEnd: string): boolean {
  return (
    BOX_EDGE.test(line) ||
    // A rule (pytest's `____ ERROR collecting x.py ____` section header) is drawn on a line of its own.
    RULE.test(line) ||
    ERROR_LINE.test(line) ||
    // The Hub's status line (`401 Client Error. (Request ID: …)`) under transformers' `…/owner/name` hint, its period dropped.
    CLIENT_ERROR_HEAD.test(line) ||
    PY_HEADER.test(line) ||
    PY_FRAME.test(line) ||
    // pytest's own frame and location lines (`app/client.py:29: in <module>`, `…/_client.py:110: OpenAIError`).
    PYTEST_FRAME_LINE.test(line) ||
    PYTEST_LOCATION_END.test(line) ||
    LOG_RECORD.test(line) ||
    isPrompt(line) ||
    // A stack frame, unless the cut fell in a JSON string's escaped stack (`…\\n ` above `   at …`).
    (NODE_AT.test(line) && !/\\n\s*$/.test(aboveEnd))
  );
}

/**
 * Whether the line [from, to) may be a piece, whatever line comes next: what `continues` asks of
 * it alone, and no wider line above it. Only then is the next line waited for.
 */
function mayBePiece(text: string, from: number, to: number, width: WidthUpTo): boolean {
  const n = rawLength(text, from, to);
  if (n < MIN_WRAP_WIDTH) return false;
  const printed = shown(text, from, from + n);
  if (printed.length < MIN_WRAP_WIDTH || fillsWidth(printed.trimEnd()) || /\s\s$/.test(printed)) return false;
  return width(to, printed.length).wider !== true;
}

/** A JSON record that opens and closes on the line (log lines of one template are often of one length). */
function wholeRecord(line: string): boolean {
  const t = line.trimStart();
  if (t.charCodeAt(0) !== 123 /* { */ || line.charCodeAt(line.length - 1) !== 125 /* } */) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return depth === 0;
}

/** Whether [from, to) is blank. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Where the line a terminal cut into pieces from `from` ends (its first piece ends at `nl`): after
 * the last piece, which is the first one narrower than the width or followed by a blank line. -1
 * when the line after a long one has not arrived yet (`final`: the text is complete).
 */
export function wrappedLineEnd(text: string, from: number, nl: number, width: WidthUpTo, final: boolean): number {
  let start = from;
  let end = nl;
  for (let n = 0; n < MAX_PIECES; n++) {
    const next = text.indexOf('\n', end + 1);
    if (next < 0 && final) return end;
    // Whether a long line is a piece shows once the line after it is whole (it may be one too).
    // A prompt after it: the command is over, nothing more comes.
    if (next < 0) return mayBePiece(text, start, end, width) && !hasPromptBoundary(text.slice(end + 1, end + 4097)) ? -1 : end;
    if (blank(text, end + 1, next) || !continues(text, start, end, next, width)) return end;
    start = end + 1;
    end = next;
  }
  return end;
}

/** Where the line holding `lineStart` begins when the lines above it are pieces cut at the terminal's width. */
export function wrappedLineStart(text: string, from: number, lineStart: number, width: WidthUpTo): number {
  let start = lineStart;
  for (let n = 0; n < MAX_PIECES && start > from; n++) {
    const above = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
    const end = text.indexOf('\n', start);
    if (!continues(text, above, start - 1, end < 0 ? text.length : end, width)) break;
    start = above;
  }
  return start;
}

/** Whether the line above the one holding `at` (and after `from`) is long enough to be a piece. */
export function longLineAbove(text: string, from: number, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart <= from) return false;
  const above = Math.max(from, text.lastIndexOf('\n', lineStart - 2) + 1);
  return rawLength(text, above, lineStart - 1) >= MIN_WRAP_WIDTH;
}

/**
 * Where a line's text starts after its indent and a gutter glyph a renderer draws (Claude Code's `  ⎿ `, a
 * tree's `│ `): an app that wraps its own output there starts each further piece at that column.
 */
const GUTTER = /^[ \t]*(?:[⎿│┃├└╰] )?[ \t]*/;
/** Colour codes a piece opens with. */
const COLOUR_LEAD = /^(?:\x1b\[[0-9;]*m)*/;

/**
 * The pieces [from, to) read as the one line they were cut from. A piece indented exactly to the column
 * the first piece's text starts at was wrapped by the app inside its gutter (`API_KEY_INV` / `    ALID`):
 * that indent is the gutter's, not the text's.
 */
export function joinPieces(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  if (raw.indexOf('\n') < 0) return raw;
  const pieces = raw.split(/\r?\n/);
  const first = pieces[0].slice(COLOUR_LEAD.exec(pieces[0])?.[0].length ?? 0);
  const column = GUTTER.exec(first)?.[0].length ?? 0;
  if (column === 0) return pieces.join('');
  const indent = ' '.repeat(column);
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    // A colour code the renderer opens each piece with stays; the indent after it is the gutter's.
    const lead = COLOUR_LEAD.exec(p)?.[0].length ?? 0;
    const at = lead + column;
    out += p.startsWith(indent, lead) && p.length > at && p[at] !== ' ' && p[at] !== '\t' ? p.slice(0, lead) + p.slice(at) : p;
  }
  return out;
}
