import { classifyTrace } from '../../../src/core/classify';
import type { Frame, ParsedTrace } from '../../../src/core/types';
import { statusFrom } from '../../../src/core/parse';

/** A parsed trace as the parsers hand it over: one exception, its block as body. */
export function trace(errorClass: string, message: string, opts: { body?: string; frames?: Frame[]; status?: number | null } = {}): ParsedTrace {
  const head = errorClass ? `${errorClass}: ${message}` : message;
  const frames = opts.frames ?? [];
  const status = opts.status !== undefined ? opts.status : statusFrom(message);
  return {
    language: 'python',
    errorClass,
    status,
    message,
    body: opts.body ?? head,
    frames,
    chain: [{ errorClass, message, status, frames }],
  };
}

export function frame(file: string, line = 1, fn: string | null = 'f'): Frame {
  return { file, line, function: fn };
}

/** provider/cause/status/model, or null when it is no incident. */
export function verdict(t: ParsedTrace): string | null {
  const c = classifyTrace(t);
  return c ? `${c.provider}/${c.cause}/${c.status}/${c.model}` : null;
}
