// Reading and adding imports: Python `import`/`from … import`, JS ESM `import` and CJS `require`.
import { type Lexed, lineEnd, lineOf, lineText, maskedLine } from './lexer';
import { pyLogicalLine } from './statements';
import { quoteString, type FileStyle } from './style';
import type { TextEdit } from '../types';

// ---------------------------------------------------------------- Python

export interface PyImport {
  /** `import a.b as c` -> {module:'a.b', name:null, local:'c'}; `from m import x as y` -> {module:'m', name:'x', local:'y'}. */
  module: string;
  name: string | null;
  local: string;
  endLine: number;
}

export function pythonImports(lx: Lexed): PyImport[] {
  const out: PyImport[] = [];
  for (let l = 0; l < lx.lineStarts.length; l++) {
    if (lx.inStringAtLineStart[l] || lx.depthAtLineStart[l]! > 0) continue;
    const first = maskedLine(lx, l);
    if (!/^(import|from)\s/.test(first)) continue;
    const [s, e] = pyLogicalLine(lx, l);
    if (s !== l) continue;
    const stmt = lx.masked
      .slice(lx.lineStarts[s]!, lineEnd(lx, e))
      .replace(/\\\r?\n/g, ' ')
      .replace(/[()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    let m = /^import (.+)$/.exec(stmt);
    if (m) {
      for (const part of m[1]!.split(',')) {
        const p = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
        if (p) out.push({ module: p[1]!, name: null, local: p[2] ?? p[1]!.split('.')[0]!, endLine: e });
      }
    } else if ((m = /^from ([\w.]+) import (.+)$/.exec(stmt))) {
      for (const part of m[2]!.split(',')) {
        const p = /^\s*(\w+|\*)(?:\s+as\s+(\w+))?\s*$/.exec(part);
        if (p) out.push({ module: m[1]!, name: p[1]!, local: p[2] ?? p[1]!, endLine: e });
      }
    }
    l = e;
  }
  return out;
}

/** Whether `importLine` (`import openai`, `from google.genai import errors`) is already satisfied. */
export function pythonHasImport(imports: PyImport[], importLine: string): boolean {
  const want = parsePyImportLine(importLine);
  if (!want) return false;
  return imports.some((i) =>
    want.name === null
      ? i.name === null && i.module === want.module && (i.local === want.local || i.local === i.module.split('.')[0])
      : i.module === want.module && i.name === want.name && i.local === want.local,
  );
}

function parsePyImportLine(line: string): { module: string; name: string | null; local: string } | null {
  let m = /^import ([\w.]+)(?: as (\w+))?$/.exec(line.trim());
  if (m) return { module: m[1]!, name: null, local: m[2] ?? m[1]!.split('.')[0]! };
  m = /^from ([\w.]+) import (\w+)(?: as (\w+))?$/.exec(line.trim());
  if (m) return { module: m[1]!, name: m[2]!, local: m[3] ?? m[2]! };
  return null;
}

/** Offset (a line start) where new Python imports go: after the last top-level import before `before`. */
export function pythonImportPoint(lx: Lexed, imports: PyImport[], before: number): number {
  const beforeLine = lineOf(lx, before);
  const topLevel = imports.filter((i) => i.endLine < beforeLine && /^(import|from)\s/.test(lx.text.slice(lx.lineStarts[lineStartOf(lx, i.endLine)]!)));
  if (topLevel.length > 0) {
    const e = Math.max(...topLevel.map((i) => i.endLine));
    return e + 1 < lx.lineStarts.length ? lx.lineStarts[e + 1]! : lx.text.length;
  }
  // after a shebang, encoding comments and a module docstring
  let l = 0;
  while (l < lx.lineStarts.length) {
    const t = maskedLine(lx, l).trim();
    const raw = lineText(lx, l).trim();
    if (t === '' && !lx.inStringAtLineStart[l] && (raw === '' || raw.startsWith('#'))) {
      l++;
      continue;
    }
    if (/^[rRuU]?("""|'''|"|')/.test(raw) && l === firstCodeLine(lx)) {
      const [, e] = pyLogicalLine(lx, l);
      l = e + 1;
      continue;
    }
    break;
  }
  return l < lx.lineStarts.length ? lx.lineStarts[l]! : lx.text.length;
}

function firstCodeLine(lx: Lexed): number {
  for (let l = 0; l < lx.lineStarts.length; l++) {
    const raw = lineText(lx, l).trim();
    if (raw !== '' && !raw.startsWith('#')) return l;
  }
  return -1;
}

function lineStartOf(lx: Lexed, endLine: number): number {
  return pyLogicalLine(lx, endLine)[0];
}

// ---------------------------------------------------------------- JavaScript / TypeScript

export interface JsImport {
  module: string;
  kind: 'esm' | 'cjs';
  /** Default (ESM) or whole-module (CJS `const X = require()`) binding. */
  defaultLocal: string | null;
  namespaceLocal: string | null;
  /** imported name -> local name */
  named: Map<string, string>;
  /** Offsets of the `{ … }` braces of the named list, when there is one. */
  braces: [number, number] | null;
  start: number;
  end: number;
  typeOnly: boolean;
}

export function jsImports(lx: Lexed): JsImport[] {
  const out: JsImport[] = [];
  const esm = /(^|[\n;])[ \t]*import\s+(type\s+)?([^;'"`]*?)\s*from\s*(['"])([^'"\n]+)\4/g;
  let m: RegExpExecArray | null;
  while ((m = esm.exec(lx.text))) {
    const start = m.index + m[1]!.length;
    if (lx.masked[start + m[0].length - m[1]!.length - 1] === ' ') continue;
    if (!/^[ \t]*import/.test(lx.masked.slice(start, start + 20))) continue;
    const clause = m[3]!;
    const clauseStart = lx.text.indexOf(clause, start);
    const imp = newImport(m[5]!, 'esm', start, m.index + m[0].length, !!m[2]);
    const ns = /\*\s*as\s+([\w$]+)/.exec(clause);
    if (ns) imp.namespaceLocal = ns[1]!;
    const def = /^\s*([\w$]+)\s*(,|$)/.exec(clause);
    if (def && def[1] !== 'type') imp.defaultLocal = def[1]!;
    const br = /\{([^}]*)\}/.exec(clause);
    if (br) {
      imp.braces = [clauseStart + br.index, clauseStart + br.index + br[0].length];
      parseNamed(br[1]!, imp.named, /\s+as\s+/);
    }
    if (lx.text[imp.end] === ';') imp.end++;
    out.push(imp);
  }
  const cjs = /(^|[\n;])[ \t]*(?:const|let|var)\s+([\w$]+|\{[^}]*\})\s*=\s*require\(\s*(['"])([^'"\n]+)\3\s*\)/g;
  while ((m = cjs.exec(lx.text))) {
    const start = m.index + m[1]!.length;
    if (!/^[ \t]*(const|let|var)/.test(lx.masked.slice(start, start + 20))) continue;
    const imp = newImport(m[4]!, 'cjs', start, m.index + m[0].length, false);
    const binding = m[2]!;
    if (binding.startsWith('{')) {
      const bs = lx.text.indexOf(binding, start);
      imp.braces = [bs, bs + binding.length];
      parseNamed(binding.slice(1, -1), imp.named, /\s*:\s*/);
    } else imp.defaultLocal = binding;
    if (lx.text[imp.end] === ';') imp.end++;
    out.push(imp);
  }
  return out.sort((a, b) => a.start - b.start);
}

function parseNamed(list: string, into: Map<string, string>, asSep: RegExp): void {
  for (const part of list.split(',')) {
    const p = part.trim().replace(/^type\s+/, '');
    if (!p) continue;
    const [name, local] = p.split(asSep).map((s) => s.trim());
    if (name) into.set(name, local || name);
  }
}

export function isEsm(lx: Lexed, fallback: boolean): boolean {
  if (/(^|\n)[ \t]*(import[\s{*'"]|export\s)/.test(lx.masked)) return true;
  if (/\brequire\s*\(/.test(lx.masked)) return false;
  return fallback;
}

/** Offset (a line start) where new JS imports go: after the last top-level import/require before `before`. */
export function jsImportPoint(lx: Lexed, imports: JsImport[], before: number): number {
  const cands = imports.filter((i) => i.end <= before && lx.depthAtLineStart[lineOf(lx, i.start)] === 0);
  if (cands.length > 0) {
    const end = Math.max(...cands.map((i) => i.end));
    const l = lineOf(lx, end);
    return l + 1 < lx.lineStarts.length ? lx.lineStarts[l + 1]! : lx.text.length;
  }
  let l = 0;
  while (l < lx.lineStarts.length) {
    const raw = lineText(lx, l).trim();
    if (l === 0 && raw.startsWith('#!')) {
      l++;
      continue;
    }
    if (/^(['"])use strict\1;?$/.test(raw)) {
      l++;
      continue;
    }
    break;
  }
  return l < lx.lineStarts.length ? lx.lineStarts[l]! : lx.text.length;
}

/** Insert at a line start, making sure the previous text ends with a newline. */
export function insertLines(lx: Lexed, at: number, lines: string[], eol: string): TextEdit {
  let text = lines.map((l) => l + eol).join('');
  if (at === lx.text.length && at > 0 && lx.text[at - 1] !== '\n') text = eol + text;
  return { start: at, end: at, text };
}

function newImport(module: string, kind: JsImport['kind'], start: number, end: number, typeOnly: boolean): JsImport {
  return { module, kind, defaultLocal: null, namespaceLocal: null, named: new Map(), braces: null, start, end, typeOnly };
}

// ---------------------------------------------------------------- Adding imports

/** The Python import lines the file lacks, inserted together before `before`; null when none is missing. */
export function addPythonImports(lx: Lexed, lines: string[], before: number, eol: string): TextEdit | null {
  const imports = pythonImports(lx);
  const needed = lines.filter((l) => !pythonHasImport(imports, l));
  return needed.length > 0 ? insertLines(lx, pythonImportPoint(lx, imports, before), needed, eol) : null;
}

/** How a file refers to a name of a package after the fix. */
export interface JsBinding {
  /** Guard text with identifiers resolved to the file's own names. */
  rewrite: (guard: string) => string;
  importEdit: TextEdit | null;
}

/** What to import: `import X from 'pkg'` (default) or `import { X } from 'pkg'` (named). */
export interface JsImportWanted {
  pkg: string;
  name: string;
  importStyle: 'default' | 'named';
}

/**
 * Makes `name` of `pkg` resolvable before `before`, reusing the file's own imports when it can
 * (a default or namespace import, a `{ … }` list to extend), else adding an import line.
 */
export function bindJsImport(lx: Lexed, wanted: JsImportWanted, before: number, style: FileStyle, preferEsm: boolean): JsBinding {
  const { pkg, name } = wanted;
  const imps = jsImports(lx).filter((i) => i.module === pkg && !i.typeOnly);
  const semi = style.semicolons ? ';' : '';
  const q = (s: string) => quoteString(s, style.quote);
  const esm = isEsm(lx, preferEsm);
  const renameRoot = (to: string) => (g: string) => (to === name ? g : g.replace(new RegExp(`\\b${name}\\b`, 'g'), to));
  // Named binding of the exact name.
  for (const i of imps) {
    const local = i.named.get(name);
    if (local) return { rewrite: renameRoot(local), importEdit: null };
  }
  if (wanted.importStyle === 'default') {
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
    wanted.importStyle === 'default'
      ? esm
        ? `import ${name} from ${q(pkg)}${semi}`
        : `const ${name} = require(${q(pkg)})${semi}`
      : esm
        ? `import { ${name} } from ${q(pkg)}${semi}`
        : `const { ${name} } = require(${q(pkg)})${semi}`;
  return { rewrite: (g) => g, importEdit: insertLines(lx, jsImportPoint(lx, jsImports(lx), before), [line], style.eol) };
}
