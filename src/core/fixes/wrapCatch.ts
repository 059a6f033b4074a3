// "Wrap in catch": the whole statement into try/except (Python) or try/catch (JS/TS) that
// explains the access error with what is known and re-raises it. One file per language.
import type { Lexed } from './lexer';
import { statementAt } from './statements';
import { detectStyle } from './style';
import { type WrapOptions, type WrapResult } from './wrapCatchCommon';
import { wrapJs } from './wrapCatchJs';
import { wrapPython } from './wrapCatchPython';

export type { WrapOptions, WrapResult };

export function wrapCatch(lx: Lexed, line: number, opts: WrapOptions): WrapResult | null {
  const st = statementAt(lx, line);
  if (!st) return null;
  const style = detectStyle(lx, st.indent);
  return lx.language === 'python' ? wrapPython(lx, st, style, opts) : wrapJs(lx, st, style, opts);
}
