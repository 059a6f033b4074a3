// What both languages' wrap-catch fixes share: options, the handler's sentence, the error
// classes to catch, and reading the lines around a statement.
import { CAUSES, GENERIC_HINT } from '../causes';
import { fixLink, PROVIDERS } from '../providers';
import type { CauseId, ProviderId, TextEdit } from '../types';
import { type Lexed, lineEnd, lineText } from './lexer';
import type { Statement } from './statements';

export interface WrapOptions {
  provider: ProviderId;
  cause?: CauseId;
  model?: string | null;
  /** For JS files without import/require: ESM unless the language says otherwise. */
  preferEsm: boolean;
}

export interface WrapResult {
  title: string;
  edits: TextEdit[];
}

/** The sentence the handler prints: the cause's hint with the provider's facts filled in. */
export function handlerMessage(provider: ProviderId, cause: CauseId | undefined, model: string | null | undefined): string {
  const facts = PROVIDERS[provider];
  const hint = cause ? CAUSES[cause] : GENERIC_HINT;
  return hint.hint
    .replace(/\{provider\}/g, facts.name)
    .replace(/\{model\}/g, model ? `model ${model}` : 'this model')
    .replace(/\{envVar\}/g, facts.tokenEnvVars[0] ?? 'the token variable')
    .replace(/\{console\}/g, fixLink(provider, cause));
}

/** Statuses the cause arrives with, most usual first: they pick the SDK's error classes. */
export function statuses(cause: CauseId | undefined): number[] {
  return (cause ? CAUSES[cause] : GENERIC_HINT).statuses;
}

export function prevNonBlank(lx: Lexed, line: number): number {
  let l = line - 1;
  while (l >= 0 && lineText(lx, l).trim() === '') l--;
  return l;
}

export function nextNonBlank(lx: Lexed, line: number): number {
  let l = line + 1;
  while (l < lx.lineStarts.length && lineText(lx, l).trim() === '') l++;
  return l < lx.lineStarts.length ? l : -1;
}

export const lineAt = (lx: Lexed, l: number) => (l < 0 ? '' : lineText(lx, l));

/** Statement lines with one more indentation level (lines inside multi-line strings untouched). */
export function reindented(lx: Lexed, st: Statement, unit: string, from = st.start, eol = '\n', extra = unit): string {
  const parts: string[] = [];
  for (let l = st.startLine; l <= st.endLine; l++) {
    const a = l === st.startLine ? from : lx.lineStarts[l]!;
    const b = l === st.endLine ? st.end : lineEnd(lx, l);
    const t = lx.text.slice(a, b);
    if (l === st.startLine) parts.push(st.indent + extra + t);
    else if (lx.inStringAtLineStart[l] || t.trim() === '') parts.push(t);
    else parts.push(extra + t);
  }
  return parts.join(eol);
}
