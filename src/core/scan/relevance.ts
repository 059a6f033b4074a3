// A second look at an anchor before the scanner reads it closely: most anchors in busy output are
// other errors (a failed assertion, a TypeError and its stack). An anchor whose report says nothing
// an access failure could be read from is passed over. If it belongs to a failure after all, the
// failure's own line is an anchor further down, and the scanner looks up from there.
import { stripAnsi } from './ansi';
import { stripLinePrefix } from './linePrefix';
import { anyProviderIds, anyProviderWords } from '../providerWords';

/** Lines below the anchor's that still belong to it (indented, frames, a body's lines) read at most. */
const MAX_UNIT_LINES = 40;
/** Characters of the anchor's line and those below it read at most. */
const MAX_UNIT_CHARS = 8 * 1024;

/**
 * What any access failure's report says near its anchor, whoever the provider: an access status, a word
 * about keys, sign-in, access, models, accounts or regions, a proxy's or a block page's words, or letters
 * of another script (a translated message). Broad on purpose: what passes is read closely, as every anchor was before. A provider's own
 * words or model ids (providerWords.ts) pass too: its report may say the rest on a line further off.
 */
const MAY_TELL =
  /\b(?:40[0-4]|407|422|451)\b|[\u00c0-\u024f\u0370-\u1fff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]|key|token|auth|permi|access|denied|forbid|credential|model(?!s[\\/])|organi[sz]|verif|gated|region|location|countr|territor|deploy|subscri|log(?:ged)?[ -]?in|sign[ -]?in|project|account|billing|disabled|decommission|deprecat|not[ _]?found|valid|expired|revoked|suspend|unauthori|restrict|block|allow|enable|quota|proxy|cloudflare|<html|<!doctype/i;

/** An API named in capitals (`Groq API request failed`, `chiave API non valida`); a path's `/api/` says nothing. */
const API = /\bAPI\b/;
/** What a Python traceback's header says (`Traceback (most recent call last):`, IPython's `HTTPError   Traceback (most recent call last)`). */
const TRACEBACK_HEADER = 'Traceback (most recent call last)';
/** A stack's frame (`    at f (…)`, `  File "…", line 3, in f`): the frame's source line under it is in the stack too. */
const STACK_LINE = /^\s+at\s|^\s*File "/;
/** A field of an object dump (`  error: { message: … }`, `  'x-request-id': …`): its siblings above and the dump's opening line are its report too. */
const DUMP_FIELD = /^\s+['"]?[a-z_][\w-]*['"]?: /;
/** A line that goes on the report above it: indented, a body's key or closing bracket, a bullet or quote mark. */
const GOES_ON = /^(?:[ \t]|["'}\]!•>|│*-])/;
/**
 * The line right below the anchor's may also be one of its fields (`Status code: 401`, `Message:  401, …`): a
 * capitalised label, not a log level in capitals (`INFO:`), which starts a record of its own.
 */
const FIELD = /^[A-Z][a-z][\w ]{0,30}:\s/;
/**
 * An anchor line that is a caption (`Error:`, `ReplicateError Details:`), opens a body (`Error in OpenAI API call: {`)
 * or ends with a bare class (a debugger's `Exception has occurred: OpenAIError`): the next line, whatever it is, is its message.
 */
const CAPTION = /[:{[(]\s*$|\b[A-Z]\w*(?:Error|Exception)\s*$/;
/**
 * An anchor line a terminal cut at its width right after a blank (`…HomeAgentError: LLM API returned status ` then
 * `404: {…}` at the margin): one space left at its end, as wide as a window. Its message goes on on the next line,
 * which no width read joins back (the cut split no word), whatever that line starts with.
 */
const CUT_AT_BLANK = /^.{59,}\S $/;

/** How the scanner reads lines a terminal cut at its width (hardWrap.ts, at the width its window shows). */
export interface WrappedLines {
  /** Where the line holding `lineStart` begins, its earlier pieces included. */
  start(text: string, lineStart: number): number;
  /** Where the line whose first piece ends at `nl` ends, its later pieces included; -1: not known yet. */
  end(text: string, start: number, nl: number): number;
}

/** At most this much of a line is read (the scanner's own cleanLineAt reads as much). */
const MAX_LINE = 2048;

function cleanLine(text: string, start: number, end: number): string {
  return stripLinePrefix(stripAnsi(text.slice(start, Math.min(end, start + MAX_LINE))));
}

/** Whether a line says anything an access failure could be read from (MAY_TELL, or a provider's words). */
function mayTell(line: string): boolean {
  return MAY_TELL.test(line) || API.test(line) || anyProviderWords(line) || anyProviderIds(line);
}

/** The start of the line above the one starting at `lineStart` (which is not the text's first). */
function lineAbove(text: string, lineStart: number): number {
  return text.lastIndexOf('\n', lineStart - 2) + 1;
}

/**
 * Whether the stack or dump an anchor sits in (`inRun`) says something above it: its frames or fields up
 * to the line that opens it (`✖ 401 Unauthorized` over `    at new APIError (…)`, `status: 404,` over
 * `  error: {…}`). Null when the run reaches the text's start: more of it may be above (the close look decides).
 */
function aboveTells(text: string, lineStart: number, inRun: boolean, aboveLine: string | null): boolean | null {
  if (!inRun) return false;
  if (aboveLine === null) return null;
  let at = lineStart;
  let line = aboveLine;
  for (let run = 0; run < MAX_UNIT_LINES; run++) {
    const above = lineAbove(text, at);
    if (!GOES_ON.test(line)) return mayTell(line);
    if (mayTell(line)) return true;
    if (above === 0) return null;
    at = above;
    line = cleanLine(text, lineAbove(text, at), at - 1);
  }
  return null;
}

/** passOver: the anchor is read closely, as every anchor was before this look. */
const READ = -1;

/**
 * Where the scanner may go on searching, past an anchor at `a` whose line and the lines that go on
 * from it say nothing an access failure could be read from; else READ, also while those lines have
 * not all come in (a chunk ended in them): waiting for them would read the window again on every chunk.
 */
export function passOver(text: string, a: number, final: boolean, wrapped: WrappedLines): number {
  const nl = text.indexOf('\n', a);
  if (nl < 0) return READ;
  const rawStart = text.lastIndexOf('\n', a) + 1;
  // Most anchors worth reading say so on their own line: no walk for them. A traceback's header opens a
  // report whose words come below it, or above it (a notebook's error copied as JSON, its stack last).
  const raw = text.slice(rawStart, Math.min(nl, rawStart + MAX_LINE));
  if (mayTell(raw) || raw.includes(TRACEBACK_HEADER)) return READ;
  const lineStart = wrapped.start(text, rawStart);
  const anchorEnd = wrapped.end(text, lineStart, nl);
  if (anchorEnd < 0) return READ;
  const first = cleanLine(text, lineStart, anchorEnd);
  // Its earlier or later pieces, or the line without its escapes and prefix (`\x1b[31m401 Client Error`).
  if (first !== raw && mayTell(first)) return READ;
  // The line above whole, its earlier pieces included: a frame line a terminal cut (`  File "…", in make_` / `request`).
  const aboveLine = lineStart >= 2 ? cleanLine(text, wrapped.start(text, lineAbove(text, lineStart)), lineStart - 1) : null;
  const inStack = STACK_LINE.test(first) || (aboveLine !== null && STACK_LINE.test(aboveLine));
  if (aboveTells(text, lineStart, inStack || DUMP_FIELD.test(first), aboveLine) !== false) return READ;
  let end = anchorEnd;
  for (let n = 0; n < MAX_UNIT_LINES; n++) {
    let next = end + 1;
    if (next >= text.length) {
      if (final) break;
      return READ;
    }
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd < 0 && !final) return READ;
    if (nextEnd < 0) nextEnd = text.length;
    let line = cleanLine(text, next, nextEnd);
    // A blank line a post put between a body's lines: the report goes on if the line after it does.
    if (line.trim() === '' && nextEnd + 1 < text.length) {
      next = nextEnd + 1;
      nextEnd = text.indexOf('\n', next);
      if (nextEnd < 0 && !final) return READ;
      if (nextEnd < 0) nextEnd = text.length;
      line = cleanLine(text, next, nextEnd);
    }
    // An anchor in a stack: the line that ends the stack is its report (Python's exception line under its frames).
    const endsRun = inStack && !GOES_ON.test(line);
    if (!GOES_ON.test(line) && !(n === 0 && (FIELD.test(line) || CAPTION.test(first) || CUT_AT_BLANK.test(first))) && !endsRun) break;
    const pieceEnd = nextEnd < text.length ? wrapped.end(text, next, nextEnd) : nextEnd;
    if (pieceEnd < 0) return READ;
    if (mayTell(pieceEnd === nextEnd ? line : cleanLine(text, next, pieceEnd))) return READ;
    end = pieceEnd;
    if (end - lineStart > MAX_UNIT_CHARS) return READ;
    if (endsRun) break;
  }
  return anchorEnd + 1;
}
