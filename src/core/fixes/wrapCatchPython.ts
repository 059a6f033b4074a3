// Wrap in catch, Python: the statement into `try:` / `except <SDK error> as err:` that prints
// what the access error means and re-raises it.
import { PROVIDERS } from '../providers';
import type { TextEdit } from '../types';
import { addPythonImports } from './imports';
import type { Lexed } from './lexer';
import type { Statement } from './statements';
import { quoteString, type FileStyle } from './style';
import { handlerMessage, lineAt, nextNonBlank, prevNonBlank, reindented, statuses, type WrapOptions, type WrapResult } from './wrapCatchCommon';

const PY_NOT_WRAPPABLE = /^(import|from|global|nonlocal|pass|break|continue|raise|return|del|assert|try)$/;

export function wrapPython(lx: Lexed, st: Statement, style: FileStyle, opts: WrapOptions): WrapResult | null {
  if (PY_NOT_WRAPPABLE.test(st.keyword) && st.keyword !== 'return') return null;
  const py = PROVIDERS[opts.provider].python;
  if (!py) return null;
  const classes = [
    ...new Set(
      statuses(opts.cause)
        .map((s) => py.statusErrorClasses?.[s])
        .filter((c): c is string => !!c),
    ),
  ];
  if (classes.length === 0) classes.push(py.baseErrorClass);
  const caught = classes.length === 1 ? classes[0]! : `(${classes.join(', ')})`;
  // Already wrapped by this fix?
  const prev = prevNonBlank(lx, st.startLine);
  const next = nextNonBlank(lx, st.endLine);
  if (lineAt(lx, prev).trim() === 'try:' && /^\s*except\b/.test(lineAt(lx, next)) && classes.some((c) => lineAt(lx, next).includes(c))) {
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
  const importEdit = addPythonImports(lx, [py.importLine, 'import sys'], st.start, eol);
  if (importEdit) edits.push(importEdit);
  edits.push({ start: lx.lineStarts[st.startLine]!, end: st.end, text: lines.join(eol) });
  return { title: `Wrap in try/except ${caught}`, edits };
}
