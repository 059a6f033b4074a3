// "Swap model": replace the model id the failing call uses (keyword argument, object property,
// a variable assigned nearby, a positional argument, the call that made the receiver, a
// Replicate `owner/name[:version]` ref) with another one.
import { isModelId } from '../modelId';
import type { ProviderId, TextEdit } from '../types';
import { escapeRegExp as esc } from '../escapeRegExp';
import { type Lexed, type StringToken, literalAt } from './lexer';
import { SDK_SYNTAX } from '../providers';
import { statementAt } from './statements';

export interface ModelSite {
  literal: StringToken;
  /** The model id as written. */
  value: string;
}

const OWNER_NAME = /^[\w.-]+\/[\w.-]+(:[\w.-]+)?$/;

function identifierAt(lx: Lexed, pos: number): string | null {
  const m = /^[ \t]*([A-Za-z_$][\w$]*)\s*(?=[,)}\n]|$)/.exec(lx.masked.slice(pos, pos + 200));
  if (!m) return null;
  return /^(None|null|undefined|true|false|True|False)$/.test(m[1]!) ? null : m[1]!;
}

/** The string literal assigned to `name`, the nearest assignment before `before` first. */
export function resolveVariable(lx: Lexed, name: string, before: number): StringToken | undefined {
  const re =
    lx.language === 'python'
      ? new RegExp(`(?<![\\w.])${esc(name)}\\s*(?::[^=\\n]+)?=(?!=)`, 'g')
      : new RegExp(`(?<![\\w$.])${esc(name)}\\s*(?::[^=\\n]+)?=(?![=>])`, 'g');
  let best: StringToken | undefined;
  let bestAt = -1;
  let first: StringToken | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lx.masked))) {
    const lit = literalAt(lx, m.index + m[0].length);
    if (!lit || lit.interpolated) continue;
    first ??= lit;
    if (m.index < before && m.index > bestAt) {
      best = lit;
      bestAt = m.index;
    }
  }
  return best ?? first;
}

/** Every model id the statement at `line` (0-based) uses, most specific first. */
export function modelSites(lx: Lexed, line: number, provider: ProviderId): ModelSite[] {
  const st = statementAt(lx, line);
  if (!st) return [];
  const syn = SDK_SYNTAX[provider];
  const code = lx.masked.slice(0, st.end);
  const out: ModelSite[] = [];
  // A model id is a plain literal: f-strings and templates are not changed.
  const add = (lit: StringToken | undefined) => {
    if (lit && !lit.interpolated && !out.some((o) => o.literal.start === lit.start)) out.push({ literal: lit, value: lit.value });
  };
  const keys = [...new Set([...syn.modelArgs, 'model'])];
  for (const key of keys) {
    const re = lx.language === 'python' ? new RegExp(`(?<![\\w.])${esc(key)}\\s*=(?!=)`, 'g') : new RegExp(`(?<![\\w$.])${esc(key)}\\s*:`, 'g');
    re.lastIndex = st.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(code))) {
      const at = m.index + m[0].length;
      const lit = literalAt(lx, at);
      if (lit) add(lit);
      else {
        const v = identifierAt(lx, at);
        if (v) add(resolveVariable(lx, v, st.start));
      }
    }
    // quoted keys: {"model": "gpt-4o"}
    for (const s of lx.strings) {
      if (s.start < st.start || s.end > st.end || s.value !== key) continue;
      const after = /^\s*:/.exec(lx.masked.slice(s.end, s.end + 10));
      if (after) add(literalAt(lx, s.end + after[0].length));
    }
    // JS shorthand `{ model }`
    if (lx.language !== 'python') {
      const sh = new RegExp(`[{,]\\s*${esc(key)}\\s*(?=[,}])`, 'g');
      sh.lastIndex = st.start;
      if (sh.test(code)) add(resolveVariable(lx, key, st.start));
    }
  }
  const calls = (lx.language === 'python' ? syn.python : syn.node).modelCalls;
  if (calls?.length) for (const site of positionalSites(lx, st, calls)) add(site);
  if (syn.ownerNameRefs) {
    for (const s of lx.strings) {
      if (s.start >= st.start && s.end <= st.end && !s.interpolated && OWNER_NAME.test(s.value)) add(s);
    }
    // replicate.run(MODEL, ...): the first positional argument as a variable
    const re = /\.\s*(run|stream|async_run|use|get)\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]/g;
    re.lastIndex = st.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(code))) {
      const lit = resolveVariable(lx, m[2]!, st.start);
      if (lit && OWNER_NAME.test(lit.value)) add(lit);
    }
  }
  return out;
}

/** The string literal (or the variable holding one) passed first at `pos`, just after a `(`. */
function firstArgument(lx: Lexed, pos: number, before: number): StringToken | undefined {
  const skipped = pos + (/^\s*/.exec(lx.masked.slice(pos, pos + 200))?.[0].length ?? 0);
  const lit = literalAt(lx, skipped);
  if (lit) return lit;
  const name = identifierAt(lx, skipped);
  return name ? resolveVariable(lx, name, before) : undefined;
}

/**
 * Model ids passed positionally: to a model call in the statement (`client.models.retrieve("gpt-4o")`),
 * or to the call that made the statement's receiver (`model = GenerativeModel("gemini-pro")`
 * then `model.generate_content(…)`).
 */
function positionalSites(lx: Lexed, st: { start: number; end: number }, calls: string[]): StringToken[] {
  const callee = `(?:${calls.map((c) => c.split('.').map(esc).join('\\s*\\.\\s*')).join('|')})\\s*\\(`;
  const out: StringToken[] = [];
  const inStatement = new RegExp(`(?<![\\w$])${callee}`, 'g');
  const code = lx.masked.slice(0, st.end);
  inStatement.lastIndex = st.start;
  let m: RegExpExecArray | null;
  while ((m = inStatement.exec(code))) {
    const lit = firstArgument(lx, m.index + m[0].length, st.start);
    if (lit) out.push(lit);
  }
  const receivers = new Set<string>();
  const receiver = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_$][\w$]*\s*\(/g;
  receiver.lastIndex = st.start;
  while ((m = receiver.exec(code))) receivers.add(m[1]!);
  const before = lx.masked.slice(0, st.start);
  for (const name of receivers) {
    const made = new RegExp(`(?<![\\w$.])${esc(name)}\\s*(?::[^=\\n]+)?=(?![=>])\\s*(?:await\\s+)?(?:new\\s+)?(?:[\\w$]+\\s*\\.\\s*)*${callee}`, 'g');
    let last: RegExpExecArray | null = null;
    while ((m = made.exec(before))) last = m;
    const lit = last ? firstArgument(lx, last.index + last[0].length, last.index) : undefined;
    if (lit) out.push(lit);
  }
  return out;
}

const baseRef = (v: string) => v.replace(/:[\w.-]+$/, '');

/** The model literal to change: the one equal to `model` when given, else the first found. */
export function findModelSite(lx: Lexed, line: number, provider: ProviderId, model?: string | null): ModelSite | null {
  const sites = modelSites(lx, line, provider);
  if (model) {
    return sites.find((s) => s.value === model) ?? sites.find((s) => baseRef(s.value) === baseRef(model)) ?? null;
  }
  return sites[0] ?? null;
}

/**
 * The edit writing `to` into the literal, or null. Only a model id's shape is written (a list or
 * a `--to` value with a quote, a newline or `${…}` is refused), escaped for the literal's kind
 * all the same: a template literal also escapes backticks and `${`, every kind escapes line ends.
 */
export function swapModelEdit(site: ModelSite, to: string): TextEdit | null {
  if (site.value === to || !isModelId(to)) return null;
  const q = site.literal.quote;
  let text = to
    .replace(/\\/g, '\\\\')
    .split(q)
    .join('\\' + q)
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
  if (q === '`') text = text.replace(/\$\{/g, '\\${');
  return { start: site.literal.valueStart, end: site.literal.valueEnd, text };
}
