// The one gate for text the CLI prints from an untrusted origin (traces, provider answers,
// file paths, model ids): masked by the core masker, then stripped of control characters
// (C0 but tab and newline, DEL, C1 such as U+009D that a terminal reads as OSC) and of bidi
// overrides that could reorder what a reviewer sees.
import { redact } from '../secrets';

const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Masks secrets (and the exact `tokens` given) and removes control characters; keeps `\n` and tab. */
export function safeText(text: string, tokens: readonly string[] = []): string {
  return redact(String(text ?? ''), tokens).replace(CONTROLS, '');
}

/** safeText on one line: newlines and tabs become spaces. */
export function safeLine(text: string, tokens: readonly string[] = []): string {
  return safeText(text, tokens).replace(/[\n\t]/g, ' ');
}
