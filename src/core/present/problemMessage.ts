// The one-line Problems message: "OpenAI 403: this key cannot use gpt-4o". Everything that
// reads Problems shows it (the Problems view, Copilot's Fix/Explain, Error Lens inline), so it
// names provider, status and model or cause, and holds none of the provider's own words: those
// go to the hover and the panel.
import { CAUSES } from '../causes';
import { PROVIDERS } from '../providers';
import type { Incident } from '../types';

/** Longest model name shown before it is cut (names come from hostile output). */
const MAX_MODEL = 60;

export function problemMessage(incident: Pick<Incident, 'provider' | 'cause' | 'status' | 'model'>): string {
  const provider = PROVIDERS[incident.provider].name;
  const head = incident.status ? `${provider} ${incident.status}` : provider;
  const clause = CAUSES[incident.cause].problem;
  const model = incident.model ? oneLine(incident.model) : '';
  const text = model && clause.model ? clause.model.replace('{model}', model) : clause.plain;
  return `${head}: ${text}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MODEL ? `${flat.slice(0, MAX_MODEL - 1)}…` : flat;
}

/**
 * The span of a line a Problems entry covers: from its first non-blank character (the call
 * expression, not the indentation) to its end. `line` is 0-based; undefined when out of range.
 */
export function lineSpan(text: string, line: number): { start: number; end: number } | undefined {
  let at = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', at);
    if (next === -1) return undefined;
    at = next + 1;
  }
  let end = text.indexOf('\n', at);
  if (end === -1) end = text.length;
  if (end > at && text[end - 1] === '\r') end--;
  const content = text.slice(at, end);
  const start = content.search(/\S/);
  return { start: start === -1 ? 0 : start, end: content.length };
}
