// Node.js error output -> ParsedTrace: uncaught errors (CJS, ESM, with the source preamble),
// logged `err.stack`, console.error(err) with the object dump after the stack.
import type { Frame, ParsedTrace } from '../types';
import { fileFromUrl, statusFrom } from './frames';
import type { ParsedException } from './types';

// js-debug prints `Uncaught PermissionDeniedError Error: 403 …` (class name, then the stack).
const HEAD = /^(?:Uncaught (?:([A-Za-z_$][\w$.]*(?:Error|Exception)) )?)?((?:[A-Za-z_$][\w$.]*)?(?:Error|Exception))(?: \[[\w-]+\])?(?::\s?(.*))?$/;
const AT = /^\s+at\s+(?:async\s+)?(?:(.*?)\s+\((.+?):(\d+)(?::\d+)?\)|(.+?):(\d+)(?::\d+)?)\s*\{?\s*$/;
const AT_NATIVE = /^\s+at\s+(?:async\s+)?(.*?)\s+\((?:native|<anonymous>|index \d+)\)\s*\{?$/;
const DUMP_STATUS = /^\s+status(?:Code)?: (\d{3}),?$/m;

export function parseNode(block: string): ParsedTrace | null {
  const lines = block.split('\n');
  const head = HEAD.exec(lines[0]);
  if (!head) return null;
  const errorClass = head[1] ?? head[2];
  const msgLines = [head[3] ?? ''];
  const frames: Frame[] = [];
  let i = 1;
  for (; i < lines.length && !/^\s+at\s/.test(lines[i]); i++) msgLines.push(lines[i]);
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!/^\s+at\s/.test(line)) {
      if (/^\s+(?:\.\.\. \d+|\[cause\]:|\[errors\]:)/.test(line)) continue;
      break;
    }
    const m = AT.exec(line);
    if (m) {
      const file = fileFromUrl(m[2] ?? m[4]);
      const fn = m[1] ?? null;
      frames.push({ file, line: Number(m[3] ?? m[5]), function: fn ? fn.replace(/^async\s+/, '') : null });
    } else if (AT_NATIVE.test(line)) {
      const n = AT_NATIVE.exec(line)!;
      frames.push({ file: '<anonymous>', line: 0, function: n[1] || null });
    }
  }
  frames.reverse();
  while (msgLines.length > 1 && msgLines[msgLines.length - 1].trim() === '') msgLines.pop();
  const message = msgLines.join('\n').trim();
  let status = statusFrom(message);
  if (status === null) {
    const d = DUMP_STATUS.exec(lines.slice(i).join('\n'));
    if (d) status = Number(d[1]);
  }
  const exc: ParsedException = { errorClass, message, status, frames };
  return { language: 'node', errorClass, status, message, body: block, frames, chain: [exc] };
}
