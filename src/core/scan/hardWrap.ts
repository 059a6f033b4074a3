// Lines a terminal cut at its width (Windows console, tmux, a CLI that wraps its own output): a
// JSON log line, a URL, a model id or a message broken across lines at a fixed column. Read as
// one line again before the cutter sees them, so they parse as printed.
import { hasPromptBoundary, stripAnsi } from './ansi';
import { stripLinePrefix } from './linePrefix';

/** Narrower than this, equal line lengths say nothing about a terminal's width. */
export const MIN_WRAP_WIDTH = 60;
/** Most pieces one line is joined from (a 16 KiB line at 60 columns is ~270). */
const MAX_PIECES = 300;

/** A raw line's length without a CRLF's `\r`: never less than its visibleLength. */
function rawLength(text: string, from: number, to: number): number {
  return to > from && text.charCodeAt(to - 1) === 13 ? to - from - 1 : to - from;
}

/**
 * The length of a raw line as the program printed it: escapes, a CRLF's `\r` and a collector's
 * prefix left out (a prefix put on every line makes equal lengths no likelier a wrap).
 */
function visibleLength(text: string, from: number, to: number): number {
  const n = rawLength(text, from, to);
  return n < MIN_WRAP_WIDTH ? n : stripLinePrefix(stripAnsi(text.slice(from, from + n))).length;
}

/**
 * The width a terminal cut `text`'s lines at, or 0 when it shows none: its widest line (at
 * least MIN_WRAP_WIDTH), reached by at least two different lines. A terminal shows nothing wider
 * than its width, and a long line it cut leaves pieces of exactly that width; one widest line, or
 * the same line repeated, is what any output has.
 */
export function wrapWidth(text: string): number {
  let widest = MIN_WRAP_WIDTH - 1;
  let first = -1;
  let twice = false;
  for (let pos = 0; pos < text.length;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    // Shorter as is than the widest so far: shorter still once cleaned, not looked at.
    const n = nl - pos < widest ? 0 : visibleLength(text, pos, nl);
    if (n > widest) {
      widest = n;
      first = pos;
      twice = false;
    } else if (n === widest && !twice && text.slice(first, first + nl - pos) !== text.slice(pos, nl)) twice = true;
    pos = nl + 1;
  }
  return twice ? widest : 0;
}

/**
 * Whether the line [from, to) is a piece of a longer line cut at the terminal's width: exactly
 * that wide, and not what fills a terminal's width on purpose (a rule, a box's edge or side: Rich
 * reads its own wrapped boxes). `width` is asked for only when the line may be one.
 */
function isWrapPiece(text: string, from: number, to: number, width: () => number): boolean {
  if (rawLength(text, from, to) < MIN_WRAP_WIDTH) return false;
  const w = width();
  if (w === 0 || visibleLength(text, from, to) !== w) return false;
  const line = text.slice(from, to).trimEnd();
  return !/^\s*[\u2500-\u257f]|[\u2500-\u257f]$|^\s*([=_*#~+-])\1{4}|([=_*#~+-])\2{4}$/.test(line);
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
export function wrappedLineEnd(text: string, from: number, nl: number, width: () => number, final: boolean): number {
  let start = from;
  let end = nl;
  for (let n = 0; n < MAX_PIECES; n++) {
    const next = text.indexOf('\n', end + 1);
    if (next < 0 && final) return end;
    // Whether a long line is a piece shows once the line after it is whole (it may be one too).
    // A prompt after it: the command is over, nothing more comes.
    if (next < 0) return rawLength(text, start, end) < MIN_WRAP_WIDTH || hasPromptBoundary(text.slice(end + 1, end + 4097)) ? end : -1;
    if (blank(text, end + 1, next) || !isWrapPiece(text, start, end, width)) return end;
    start = end + 1;
    end = next;
  }
  return end;
}

/** Where the line holding `lineStart` begins when the lines above it are pieces cut at the terminal's width. */
export function wrappedLineStart(text: string, from: number, lineStart: number, width: () => number): number {
  let start = lineStart;
  for (let n = 0; n < MAX_PIECES && start > from; n++) {
    const above = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
    if (!isWrapPiece(text, above, start - 1, width)) break;
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

/** The pieces [from, to) read as the one line they were cut from. */
export function joinPieces(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  return raw.indexOf('\n') < 0 ? raw : raw.replace(/\r?\n/g, '');
}
