// "Swap model": replace the model id the failing call uses (keyword argument, object property,
// a variable assigned nearby, a positional argument, the call that made the receiver, a
// Replicate `owner/name[:version]` ref) with another one.
import { isModelId } from '../modelId';
import type { ProviderId, TextEdit } from '../types';
import { escapeRegExp as esc } from '../escapeRegExp';
import { type Lexed, type StringToken, literalAt } from './lexer';
import { SDK_SYNTAX } from '../providers';
import { statementAt } from './statements';
import { oncePerText } from './memo';

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
  const assigned = literalAssignments(lx, name);
  // The last assignment before `before` (they are in source order), else the first one.
  let lo = 0;
  let hi = assigned.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (assigned[mid]!.at < before) lo = mid + 1;
    else hi = mid;
  }
  return (assigned[lo - 1] ?? assigned[0])?.literal;
}

/** Where `name` is assigned a plain string literal, in source order; once per lexed text and name. */
function literalAssignments(lx: Lexed, name: string): Array<{ at: number; literal: StringToken }> {
  return oncePerText(lx, `assignments\n${name}`, () => {
    const re =
      lx.language === 'python'
        ? new RegExp(`(?<![\\w.])${esc(name)}\\s*(?::[^=\\n]+)?=(?!=)`, 'g')
        : new RegExp(`(?<![\\w$.])${esc(name)}\\s*(?::[^=\\n]+)?=(?![=>])`, 'g');
    const out: Array<{ at: number; literal: StringToken }> = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(lx.masked))) {
      const literal = literalAt(lx, m.index + m[0].length);
      if (literal && !literal.interpolated) out.push({ at: m.index, literal });
    }
    return out;
  });
}

/** Every model id the statement at `line` (0-based) uses, most specific first. */
export function modelSites(lx: Lexed, line: number, provider: ProviderId): ModelSite[] {
  const st = statementAt(lx, line);
  if (!st) return [];
  const syn = SDK_SYNTAX[provider];
  const patterns = modelPatterns(provider, lx.language);
  const code = lx.masked.slice(0, st.end);
  const out: ModelSite[] = [];
  // A model id is a plain literal: f-strings and templates are not changed.
  const add = (lit: StringToken | undefined) => {
    if (lit && !lit.interpolated && !out.some((o) => o.literal.start === lit.start)) out.push({ literal: lit, value: lit.value });
  };
  const inStatement = stringsWithin(lx, st.start, st.end);
  for (const { key, re, shorthand } of patterns.keys) {
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
    for (const s of inStatement) {
      if (s.value !== key) continue;
      const after = /^\s*:/.exec(lx.masked.slice(s.end, s.end + 10));
      if (after) add(literalAt(lx, s.end + after[0].length));
    }
    // JS shorthand `{ model }`
    if (shorthand) {
      shorthand.lastIndex = st.start;
      if (shorthand.test(code)) add(resolveVariable(lx, key, st.start));
    }
  }
  const calls = patterns.calls;
  // A file that never calls one of the pack's model calls has no positional ids: test that once.
  if (calls && oncePerText(lx, `model-calls\n${calls.callee}`, () => calls.anywhere.test(lx.masked))) {
    for (const site of positionalSites(lx, st, calls)) add(site);
  }
  if (syn.ownerNameRefs) {
    for (const s of inStatement) if (!s.interpolated && OWNER_NAME.test(s.value)) add(s);
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

/** The string tokens lying wholly in [start, end), in source order (tokens are sorted by start). */
function stringsWithin(lx: Lexed, start: number, end: number): StringToken[] {
  let lo = 0;
  let hi = lx.strings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lx.strings[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: StringToken[] = [];
  for (let k = lo; k < lx.strings.length && lx.strings[k]!.start < end; k++) if (lx.strings[k]!.end <= end) out.push(lx.strings[k]!);
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
function positionalSites(lx: Lexed, st: { start: number; end: number }, calls: ModelCallPatterns): StringToken[] {
  const { callee, each: inStatement } = calls;
  const out: StringToken[] = [];
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
  for (const name of receivers) {
    const last = lastMadeBefore(lx, name, callee, st.start);
    const lit = last ? firstArgument(lx, last.end, last.start) : undefined;
    if (lit) out.push(lit);
  }
  return out;
}

interface ModelCallPatterns {
  /** Regex source: a call to one of the pack's model calls (dotted tails), up to its `(`. */
  callee: string;
  /** That call where no name runs into it: global, and non-global for a test. */
  each: RegExp;
  anywhere: RegExp;
}

interface ModelPatterns {
  /** Per model key: `key=` (Python) or `key:` (JS), and the JS shorthand `{ key }`. */
  keys: Array<{ key: string; re: RegExp; shorthand?: RegExp }>;
  calls?: ModelCallPatterns;
}

const patternsByPack = new Map<string, ModelPatterns>();

/** The regexes a provider pack's syntax makes for a language, compiled once per process. */
function modelPatterns(provider: ProviderId, language: Lexed['language']): ModelPatterns {
  const cacheKey = `${provider}\n${language}`;
  let p = patternsByPack.get(cacheKey);
  if (p) return p;
  const syn = SDK_SYNTAX[provider];
  const keys = [...new Set([...syn.modelArgs, 'model'])].map((key) =>
    language === 'python'
      ? { key, re: new RegExp(`(?<![\\w.])${esc(key)}\\s*=(?!=)`, 'g') }
      : { key, re: new RegExp(`(?<![\\w$.])${esc(key)}\\s*:`, 'g'), shorthand: new RegExp(`[{,]\\s*${esc(key)}\\s*(?=[,}])`, 'g') },
  );
  const calls = (language === 'python' ? syn.python : syn.node).modelCalls;
  const callee = calls?.length ? `(?:${calls.map((c) => c.split('.').map(esc).join('\\s*\\.\\s*')).join('|')})\\s*\\(` : undefined;
  p = {
    keys,
    ...(callee ? { calls: { callee, each: new RegExp(`(?<![\\w$])${callee}`, 'g'), anywhere: new RegExp(`(?<![\\w$])${callee}`) } } : {}),
  };
  patternsByPack.set(cacheKey, p);
  return p;
}

interface Span {
  start: number;
  end: number;
}

/** The last `name = …callee(` wholly before `before`: a scan of the text before it, done once per name. */
function lastMadeBefore(lx: Lexed, name: string, callee: string, before: number): Span | undefined {
  const made = () => new RegExp(`(?<![\\w$.])${esc(name)}\\s*(?::[^=\\n]+)?=(?![=>])\\s*(?:await\\s+)?(?:new\\s+)?(?:[\\w$]+\\s*\\.\\s*)*${callee}`, 'g');
  const all = oncePerText(lx, `made\n${callee}\n${name}`, () => spans(made(), lx.masked));
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= before) lo = mid + 1;
    else hi = mid;
  }
  // A match running into the statement could hide one the text before it has alone: scan that.
  if (lo < all.length && all[lo]!.start < before) return spans(made(), lx.masked.slice(0, before)).pop();
  return all[lo - 1];
}

function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
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
