// Terminal escape handling for complete lines: ANSI colour (CSI), OSC (VS Code shell
// integration 633, FinalTerm 133, titles, hyperlinks) and stray control characters.

// OSC ... BEL|ST, CSI ... final byte, two-byte ESC sequences, C1 CSI and OSC, then any other
// C0 or C1 control (U+0080–U+009F: a terminal reads U+009D as OSC), so none reaches an output;
// and colour codes that Windows' console printed as text (`←[31m`).
const ESCAPES =
  /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\u2190\[[0-9;]*[A-Za-z]/g;

/**
 * Colour codes whose ESC byte a copy lost (Read the Docs' build log, a post pasted from it):
 * `[0;31mAuthenticationError[0m`, `Cell [0;32mIn[6], line 12[0m`. Dropped only from a line that
 * also holds a bare reset (`[0m`, `[39m`, `[39;00m`, `[49m`) or opens with a two-part code, so a
 * model id's `[1m]` stays.
 */
const BARE_SGR = /\[[0-9][0-9;]*m/g;
const BARE_SGR_LINE = /\[(?:0|39|49)(?:;[0-9]+)*m|^\[[0-9]+(?:;[0-9]+)+m/;

/** Whether a line holds colour codes that lost their ESC (see BARE_SGR). */
export function hasBareColour(line: string): boolean {
  // What BARE_SGR_LINE needs before it can match (`[0`, `[39`, `[49`, or `[` first), found with indexOf: most lines have
  // no `[` at all, and one search rules them out.
  const bracket = line.indexOf('[');
  if (bracket < 0) return false;
  const may = bracket === 0 || line.indexOf('[0', bracket) >= 0 || line.indexOf('[39', bracket) >= 0 || line.indexOf('[49', bracket) >= 0;
  return may && BARE_SGR_LINE.test(line);
}

/** A character only an escape, a control or a Windows console's `←[` colour code puts in a line (ESC is among the controls). */
const MAY_ESCAPE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2190]/;

/** Removes escape sequences and control characters (tab kept) from one line. */
export function stripAnsi(line: string): string {
  // One search for a clean line, which most are.
  const printed = MAY_ESCAPE.test(line) ? line.replace(ESCAPES, '') : line;
  return hasBareColour(printed) ? printed.replace(BARE_SGR, '') : printed;
}

/**
 * Shell-integration marks that say a command ended or a prompt starts
 * (OSC 633;A / 633;D / 633;P? no: only A, B, D, and FinalTerm 133;A/D).
 */
const BOUNDARY = /\x1b\](?:633|133);[ABD]/;

export function hasPromptBoundary(rawLine: string): boolean {
  return rawLine.indexOf('\x1b]') >= 0 && BOUNDARY.test(rawLine);
}

/**
 * What a terminal would show for a raw line: a lone carriage return rewinds the cursor, so the
 * text after the last one wins (progress bars); a trailing one is just the end of a CRLF.
 */
export function resolveCarriageReturns(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  if (end !== line.length) line = line.slice(0, end);
  const cr = line.lastIndexOf('\r');
  if (cr < 0) return line;
  // Keep the last non-empty segment.
  const parts = line.split('\r');
  for (let i = parts.length - 1; i >= 0; i--) {
    if (stripAnsi(parts[i]).trim() !== '') return parts[i];
  }
  return '';
}
