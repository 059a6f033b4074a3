// Terminal escape handling for complete lines: ANSI colour (CSI), OSC (VS Code shell
// integration 633, FinalTerm 133, titles, hyperlinks) and stray control characters.

// OSC ... BEL|ST, CSI ... final byte, two-byte ESC sequences, C1 CSI and OSC, then any other
// C0 or C1 control (U+0080–U+009F: a terminal reads U+009D as OSC), so none reaches an output;
// and colour codes that Windows' console printed as text (`←[31m`).
const ESCAPES =
  /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\u2190\[[0-9;]*[A-Za-z]/g;

/** Removes escape sequences and control characters (tab kept) from one line. */
export function stripAnsi(line: string): string {
  if (line.indexOf('\x1b') < 0 && line.indexOf('\u2190[') < 0 && !/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(line)) return line;
  return line.replace(ESCAPES, '');
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
