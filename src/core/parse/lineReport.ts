// A one-line report with no trace (`openai.PermissionDeniedError: Error code: 403 - {…}`,
// `Error code: 401 - {…}` inside a log line, `Request to … failed with status 403 Forbidden:
// {…}.`, a printed error body dict), possibly hard-wrapped onto a few lines -> ParsedTrace
// without frames.
import type { ParsedTrace, TraceLanguage } from '../types';
import { statusFrom } from './frames';
import { nodeHead } from './layouts';
import type { ParsedException } from './types';

/** `google.api_core.exceptions.BadRequest: 400 …`: a dotted class path, whatever its name says. */
const DOTTED_CLASS = /^([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+): (.*)$/s;

/** `Error code: 403 - {'…'}` and single-quoted dicts are how Python prints; the rest is Node's. */
const PYTHON_SHAPE = /\bError code: \d{3} - |\{'\w+': /;

/** Longest report read: real ones are far shorter, and classification reads all of it. */
const MAX_REPORT = 8 * 1024;

export function parseLineReport(block: string): ParsedTrace | null {
  if (block.length > MAX_REPORT) block = block.slice(0, MAX_REPORT);
  const text = unescapeJson(unwrap(block.split('\n')));
  const path = DOTTED_CLASS.exec(text);
  const head = nodeHead(text) ?? (path ? { errorClass: path[1], message: path[2] } : null);
  const errorClass = head ? head.errorClass : '';
  const message = (head ? head.message : text).trim();
  if (!message) return null;
  const status = statusFrom(message);
  const language: TraceLanguage = PYTHON_SHAPE.test(text) || /^[a-z_]\w*\.[\w.]*[A-Z]/.test(errorClass) ? 'python' : 'node';
  const exc: ParsedException = { errorClass, message, status, frames: [] };
  return { language, errorClass, status, message, body: block, frames: [], chain: [exc] };
}

/**
 * Joins a hard-wrapped report back: a terminal cuts every line at the same width, mid-word (join
 * as is); Rich and loggers wrap at a space they drop (join with one).
 */
function unwrap(lines: string[]): string {
  if (lines.length === 1) return lines[0];
  const cut = lines.slice(0, -1);
  const fixedWidth = cut.every((l) => l.length === cut[0].length) && cut[0].length >= 40;
  return lines.map((l, i) => (i === 0 || fixedWidth ? l : l.trim())).join(fixedWidth ? '' : ' ');
}

/**
 * A body quoted inside a JSON string (`"error": "… {\\"type\\":\\"error\\", …}"`, a pretty-printed
 * log record) reads as the body itself: its escapes undone.
 */
function unescapeJson(text: string): string {
  if (text.indexOf('\\"') < 0) return text;
  return text.replace(/\\(["\\/]|n|t)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
