// Wrap in catch, JavaScript/TypeScript: the statement into `try { … } catch (err)` (or a
// `.catch()` on a promise chain) that explains the access error and rethrows it.
import { PROVIDERS } from '../providers';
import type { TextEdit } from '../types';
import { bindJsImport } from './imports';
import { type Lexed, matchingBracket } from './lexer';
import type { Statement } from './statements';
import { quoteString, type FileStyle } from './style';
import { handlerMessage, lineAt, nextNonBlank, prevNonBlank, reindented, statuses, type WrapOptions, type WrapResult } from './wrapCatchCommon';

const JS_NOT_WRAPPABLE = /^(function|class|import|interface|type|enum|declare|namespace|module|case|default|break|continue|try|async|abstract|return|throw)$/;

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
      const close = matchingBracket(lx, k);
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

export function wrapJs(lx: Lexed, st: Statement, style: FileStyle, opts: WrapOptions): WrapResult | null {
  const node = PROVIDERS[opts.provider].node;
  if (!node) return null;
  const stmtMasked = lx.masked.slice(st.start, st.end);
  const kw = st.keyword === 'export' ? (/^export\s+([\w$]+)/.exec(stmtMasked)?.[1] ?? 'export') : st.keyword;
  if (JS_NOT_WRAPPABLE.test(kw) && kw !== 'return' && kw !== 'throw') return null;
  if (kw === 'async' || kw === 'export' || kw === 'default') return null;
  const { eol, unit, quote, semicolons } = style;
  const semi = semicolons ? ';' : '';
  const binding = bindJsImport(lx, { pkg: node.npmPackage, name: node.importName, importStyle: node.importStyle }, st.start, style, opts.preferEsm);
  const fix = (g: string) => binding.rewrite(g.replace(/\{err\}/g, 'err').replace(/'/g, quote));
  let guards = [
    ...new Set(
      statuses(opts.cause)
        .map((s) => node.statusErrorGuards?.[s])
        .filter((g): g is string => !!g),
    ),
  ];
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
