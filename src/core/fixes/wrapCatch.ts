// "Wrap in catch": the whole statement into try/except (Python) or try/catch (JS/TS) that
// explains the access error with what is known and re-raises it.
import type { CauseId, ProviderId, TextEdit } from '../types';
import { CAUSES, GENERIC_HINT } from '../causes';
import { fixLink, PROVIDERS } from '../providers';
import { type Lexed, lineEnd } from './lexer';
import { type Statement, statementAt } from './statements';
import { detectStyle, quoteString, type FileStyle } from './style';
import { insertLines, isEsm, jsImportPoint, jsImports, pythonHasImport, pythonImportPoint, pythonImports } from './imports';

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

const PY_NOT_WRAPPABLE = /^(import|from|global|nonlocal|pass|break|continue|raise|return|del|assert|try)$/;
const JS_NOT_WRAPPABLE = /^(function|class|import|interface|type|enum|declare|namespace|module|case|default|break|continue|try|async|abstract|return|throw)$/;

function handlerMessage(provider: ProviderId, cause: CauseId | undefined, model: string | null | undefined): string {
  const facts = PROVIDERS[provider];
  const hint = cause ? CAUSES[cause] : GENERIC_HINT;
  return hint.hint
    .replace(/\{provider\}/g, facts.name)
    .replace(/\{model\}/g, model ? `model ${model}` : 'this model')
    .replace(/\{envVar\}/g, facts.tokenEnvVars[0] ?? 'the token variable')
    .replace(/\{console\}/g, fixLink(provider, cause));
}

function statuses(cause: CauseId | undefined): number[] {
  return (cause ? CAUSES[cause] : GENERIC_HINT).statuses;
}

function prevNonBlank(lx: Lexed, line: number): number {
  let l = line - 1;
  while (l >= 0 && lx.text.slice(lx.lineStarts[l]!, lineEnd(lx, l)).trim() === '') l--;
  return l;
}

function nextNonBlank(lx: Lexed, line: number): number {
  let l = line + 1;
  while (l < lx.lineStarts.length && lx.text.slice(lx.lineStarts[l]!, lineEnd(lx, l)).trim() === '') l++;
  return l < lx.lineStarts.length ? l : -1;
}

const lineAt = (lx: Lexed, l: number) => (l < 0 ? '' : lx.text.slice(lx.lineStarts[l]!, lineEnd(lx, l)));

/** Statement lines with one more indentation level (lines inside multi-line strings untouched). */
function reindented(lx: Lexed, st: Statement, unit: string, from = st.start, eol = '\n', extra = unit): string {
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

export function wrapCatch(lx: Lexed, line: number, opts: WrapOptions): WrapResult | null {
  const st = statementAt(lx, line);
  if (!st) return null;
  const style = detectStyle(lx, st.indent);
  return lx.language === 'python' ? wrapPython(lx, st, style, opts) : wrapJs(lx, st, style, opts);
}

function wrapPython(lx: Lexed, st: Statement, style: FileStyle, opts: WrapOptions): WrapResult | null {
  if (PY_NOT_WRAPPABLE.test(st.keyword) && st.keyword !== 'return') return null;
  const py = PROVIDERS[opts.provider].python;
  if (!py) return null;
  const classes = [...new Set(statuses(opts.cause).map((s) => py.statusErrorClasses?.[s]).filter((c): c is string => !!c))];
  if (classes.length === 0) classes.push(py.baseErrorClass);
  const caught = classes.length === 1 ? classes[0]! : `(${classes.join(', ')})`;
  // Already wrapped by this fix?
  const prev = prevNonBlank(lx, st.startLine);
  const next = nextNonBlank(lx, st.endLine);
  if (
    lineAt(lx, prev).trim() === 'try:' &&
    /^\s*except\b/.test(lineAt(lx, next)) &&
    classes.some((c) => lineAt(lx, next).includes(c))
  ) {
    return null;
  }
  const { eol, unit, quote } = style;
  const I = st.indent;
  const msg = handlerMessage(opts.provider, opts.cause, opts.model);
  const lines = [
    `${I}try:`,
    reindented(lx, st, unit, st.start, eol),
    `${I}except ${caught} as err:`,
    `${I}${unit}# Explain the access error${opts.cause ? ` (${opts.cause})` : ''}, then re-raise it: never swallow it.`,
    `${I}${unit}print(${quoteString(msg, quote)}, err, file=sys.stderr)`,
    `${I}${unit}raise`,
  ];
  const edits: TextEdit[] = [];
  const imports = pythonImports(lx);
  const needed = [py.importLine, 'import sys'].filter((l) => !pythonHasImport(imports, l));
  if (needed.length > 0) edits.push(insertLines(lx, pythonImportPoint(lx, imports, st.start), needed, eol));
  edits.push({ start: lx.lineStarts[st.startLine]!, end: st.end, text: lines.join(eol) });
  return { title: `Wrap in try/except ${caught}`, edits };
}

interface JsBinding {
  /** Guard text with identifiers resolved to the file's own names. */
  rewrite: (guard: string) => string;
  importEdit: TextEdit | null;
}

/** Makes the SDK's error class name resolvable in the file, reusing its own imports when it can. */
function resolveNodeBinding(lx: Lexed, opts: WrapOptions, before: number, style: FileStyle): JsBinding | null {
  const node = PROVIDERS[opts.provider].node;
  if (!node) return null;
  const pkg = node.npmPackage;
  const name = node.importName;
  const imps = jsImports(lx).filter((i) => i.module === pkg && !i.typeOnly);
  const semi = style.semicolons ? ';' : '';
  const q = (s: string) => quoteString(s, style.quote);
  const esm = isEsm(lx, opts.preferEsm);
  const renameRoot = (to: string) => (g: string) =>
    to === name ? g : g.replace(new RegExp(`\\b${name}\\b`, 'g'), to);
  // Named binding of the exact name.
  for (const i of imps) {
    const local = i.named.get(name);
    if (local) return { rewrite: renameRoot(local), importEdit: null };
  }
  if (node.importStyle === 'default') {
    for (const i of imps) {
      const local = i.defaultLocal ?? i.namespaceLocal;
      if (local) return { rewrite: renameRoot(local), importEdit: null };
    }
  } else {
    for (const i of imps) {
      const local = i.namespaceLocal ?? (i.kind === 'cjs' ? i.defaultLocal : null);
      if (local) return { rewrite: renameRoot(`${local}.${name}`), importEdit: null };
    }
  }
  // Add the name to an existing `{ … }` list of that package.
  const withBraces = imps.find((i) => i.braces);
  if (withBraces && withBraces.braces) {
    const [a, b] = withBraces.braces;
    const inner = lx.text.slice(a + 1, b - 1);
    const trimmed = inner.replace(/\s+$/, '');
    const trailingComma = trimmed.endsWith(',');
    const multiline = inner.includes('\n');
    let newInner: string;
    if (multiline) {
      const indent = /\n([ \t]*)\S/.exec(inner)?.[1] ?? style.unit;
      newInner = trimmed + (trailingComma ? '' : ',') + style.eol + indent + name + (trailingComma ? ',' : '') + inner.slice(trimmed.length);
    } else {
      const pad = inner.startsWith(' ') ? ' ' : '';
      newInner = trimmed.replace(/,$/, '') + ', ' + name + pad;
      if (!trimmed.trim()) newInner = `${pad}${name}${pad}`;
    }
    return { rewrite: (g) => g, importEdit: { start: a + 1, end: b - 1, text: newInner } };
  }
  const line =
    node.importStyle === 'default'
      ? esm
        ? `import ${name} from ${q(pkg)}${semi}`
        : `const ${name} = require(${q(pkg)})${semi}`
      : esm
        ? `import { ${name} } from ${q(pkg)}${semi}`
        : `const { ${name} } = require(${q(pkg)})${semi}`;
  return { rewrite: (g) => g, importEdit: insertLines(lx, jsImportPoint(lx, jsImports(lx), before), [line], style.eol) };
}

function topLevelEquals(masked: string, from: number): number {
  let depth = 0;
  for (let k = from; k < masked.length; k++) {
    const c = masked[k]!;
    if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c)) {
      if (c === '>' && masked[k - 1] === '=') continue;
      depth--;
    } else if (c === '=' && depth === 0 && masked[k + 1] !== '=' && masked[k + 1] !== '>' && !'=!<>'.includes(masked[k - 1]!)) return k;
  }
  return -1;
}

function hasTopLevelComma(masked: string, from: number): boolean {
  let depth = 0;
  for (let k = from; k < masked.length; k++) {
    const c = masked[k]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) return true;
  }
  return false;
}

/** Whether the function whose body holds the statement is `async`. */
function enclosingIsAsync(lx: Lexed, st: Statement): boolean {
  if (st.blockOpen < 0) return false;
  let k = st.blockOpen - 1;
  let depth = 0;
  // walk back over the parameter list and a return type to the function head
  while (k >= 0) {
    const c = lx.masked[k]!;
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') depth--;
    else if (depth === 0 && (c === ';' || c === '{' || c === '}')) break;
    k--;
  }
  return /\basync\b/.test(lx.masked.slice(k + 1, st.blockOpen));
}

/**
 * Where `.catch(…)` goes when the statement is a promise chain with `.then(…)` and no
 * `.catch(…)` yet (`return sdk.create(…).then(…)`, `ask(q).then(print)`): just past the
 * chain, with where its last `.member` starts; null when it is no such chain.
 */
function promiseChainEnd(lx: Lexed, st: Statement, kw: string): { at: number; lastDot: number } | null {
  const m = lx.masked;
  let k = st.start;
  if (kw === 'return') k += 'return'.length;
  else {
    const decl = /^(?:const|let|var)\s+[\w$]+\s*(?::[^=]+)?=(?!=)/.exec(m.slice(k, st.end));
    if (decl) k += decl[0].length;
  }
  const skip = () => {
    while (k < st.end && /\s/.test(m[k]!)) k++;
  };
  skip();
  const head = /^[A-Za-z_$][\w$]*/.exec(m.slice(k, k + 200));
  if (!head) return null;
  k += head[0].length;
  const segments: string[] = [];
  let lastDot = -1;
  for (;;) {
    const end = k;
    skip();
    if (m[k] === '.') {
      lastDot = k++;
      skip();
      const name = /^[A-Za-z_$][\w$]*/.exec(m.slice(k, k + 200));
      if (!name) return null;
      segments.push(name[0]);
      k += name[0].length;
    } else if (m[k] === '(' || m[k] === '[') {
      const close = lx.brackets.find((b) => b.pos === k)?.match ?? -1;
      if (close < 0 || close >= st.end) return null;
      k = close + 1;
    } else {
      k = end;
      break;
    }
  }
  if (!segments.includes('then') || segments.includes('catch') || m[k - 1] !== ')') return null;
  return /^[\s;]*$/.test(m.slice(k, st.end)) ? { at: k, lastDot } : null;
}

function wrapJs(lx: Lexed, st: Statement, style: FileStyle, opts: WrapOptions): WrapResult | null {
  const node = PROVIDERS[opts.provider].node;
  if (!node) return null;
  const stmtMasked = lx.masked.slice(st.start, st.end);
  const kw = st.keyword === 'export' ? /^export\s+([\w$]+)/.exec(stmtMasked)?.[1] ?? 'export' : st.keyword;
  if (JS_NOT_WRAPPABLE.test(kw) && kw !== 'return' && kw !== 'throw') return null;
  if (kw === 'async' || kw === 'export' || kw === 'default') return null;
  const { eol, unit, quote, semicolons } = style;
  const semi = semicolons ? ';' : '';
  const binding = resolveNodeBinding(lx, opts, st.start, style);
  if (!binding) return null;
  const fix = (g: string) => binding.rewrite(g.replace(/\{err\}/g, 'err').replace(/'/g, quote));
  let guards = [...new Set(statuses(opts.cause).map((s) => node.statusErrorGuards?.[s]).filter((g): g is string => !!g))];
  if (guards.length === 0) guards = [node.errorGuard];
  const rendered = guards.map(fix);
  const guard = rendered.length === 1 ? rendered[0]! : rendered.map((g) => (/&&|\|\|/.test(g) ? `(${g})` : g)).join(' || ');

  // Already wrapped by this fix?
  const prev = lineAt(lx, prevNonBlank(lx, st.startLine)).trim();
  const nextL = nextNonBlank(lx, st.endLine);
  if (prev.endsWith('try {') && /^\s*\}\s*catch\b/.test(lineAt(lx, nextL)) && lineAt(lx, nextL + 1).includes(rendered[0]!)) return null;

  const msg = handlerMessage(opts.provider, opts.cause, opts.model);
  const handler = (indent: string) => [
    `${indent}${unit}if (${guard}) {`,
    `${indent}${unit}${unit}// Explain the access error${opts.cause ? ` (${opts.cause})` : ''}, then rethrow it: never swallow it.`,
    `${indent}${unit}${unit}console.error(${quoteString(msg, quote)})${semi}`,
    `${indent}${unit}}`,
    `${indent}${unit}throw err${semi}`,
  ];
  const names = rendered.map((g) => /^err instanceof ([\w$.]+)$/.exec(g)?.[1]);
  const what = names.every((n) => n) ? names.join(' or ') : `${PROVIDERS[opts.provider].name} API errors`;

  // A promise not awaited inside `try` rejects after the block has run: await it, catch on
  // the chain, or give up.
  let awaitReturn = false;
  if (!/\bawait\b/.test(stmtMasked)) {
    if (kw === 'return' && enclosingIsAsync(lx, st)) awaitReturn = true;
    else {
      const chain = promiseChainEnd(lx, st, kw);
      if (!chain) return null;
      const { at, lastDot } = chain;
      const lineStart = lx.text.lastIndexOf('\n', at - 1) + 1;
      const dotLine = lx.text.lastIndexOf('\n', lastDot) + 1;
      // The last `.member(…)` on its own line: `.catch(…)` goes on the next one, indented alike.
      const ownLine = lx.masked.slice(dotLine, lastDot).trim() === '';
      const indent = ownLine ? lx.text.slice(dotLine, lastDot) : /^[ \t]*/.exec(lx.text.slice(lineStart))![0];
      const lines = [`.catch((err) => {`, ...handler(indent), `${indent}})`];
      const edits: TextEdit[] = [];
      if (binding.importEdit) edits.push(binding.importEdit);
      edits.push({ start: at, end: at, text: (ownLine ? eol + indent : '') + lines.join(eol) });
      return { title: `Catch ${what} on this promise chain`, edits };
    }
  }
  const I = st.indent;
  let before: string[] = [];
  let after: string[] = [];
  let bodyFrom = st.start;
  let bodyPrefix = '';
  const decl = /^(export\s+)?(const|let)\s+/.exec(stmtMasked);
  if (decl) {
    const afterKw = st.start + decl[0].length;
    const exp = decl[1] ?? '';
    const eq = topLevelEquals(lx.masked.slice(0, st.end), afterKw);
    if (eq < 0 || hasTopLevelComma(lx.masked.slice(0, st.end), eq + 1)) return null;
    const target = lx.text.slice(afterKw, eq).trim();
    let initStart = eq + 1;
    while (/[ \t]/.test(lx.text[initStart]!)) initStart++;
    bodyFrom = initStart;
    if (/^[\w$]+/.test(target) && !/^[{[]/.test(target)) {
      const name = /^[\w$]+/.exec(target)![0];
      const type = target.slice(name.length).trim().replace(/^!/, '');
      before = [`${I}${exp}let ${name}${type ? (type.startsWith(':') ? type : ': ' + type) : ''}${semi}`];
      bodyPrefix = `${name} = `;
    } else {
      const tmp = ['result', 'response', 'reply', 'apiResult', 'sdkResult'].find((n) => !new RegExp(`\\b${n}\\b`).test(lx.text));
      if (!tmp) return null;
      before = [`${I}let ${tmp}${semi}`];
      bodyPrefix = `${tmp} = `;
      after = [`${I}${exp}${decl[2]} ${target} = ${tmp}${semi}`];
    }
  }
  let body = reindented(lx, st, unit, bodyFrom, eol, unit);
  if (awaitReturn) body = body.replace(/^([ \t]*return)\s+/, '$1 await ');
  if (bodyPrefix) body = I + unit + bodyPrefix + body.slice((I + unit).length);
  const lines = [...before, `${I}try {`, body, `${I}} catch (err) {`, ...handler(I), `${I}}`, ...after];
  const edits: TextEdit[] = [];
  if (binding.importEdit) edits.push(binding.importEdit);
  edits.push({ start: lx.lineStarts[st.startLine]!, end: st.end, text: lines.join(eol) });
  return { title: `Wrap in try/catch for ${what}`, edits };
}
