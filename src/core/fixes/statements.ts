// Finds the whole statement around a line: Python logical lines (with the block of a compound
// header), JS/TS statements through brackets, ASI and `else`/`catch` continuations.
import { type Lexed, lineCount, lineEnd, lineOf, lineText, maskedLine, stringAt } from './lexer';
import { oncePerText } from './memo';

export interface Statement {
  /** 0-based first and last physical line. */
  startLine: number;
  endLine: number;
  /** Offset of the first non-blank character, and just past the statement's last character. */
  start: number;
  end: number;
  /** Leading whitespace of the first line. */
  indent: string;
  /** First word of the statement (`return`, `const`, `with`, `if`, `client`…). */
  keyword: string;
  /** Offset of the innermost enclosing block bracket `{` (JS), or -1 at top level / Python. */
  blockOpen: number;
}

function leadingWs(s: string): string {
  return /^[ \t]*/.exec(s)![0];
}

function isBlankMasked(lx: Lexed, l: number): boolean {
  return maskedLine(lx, l).trim() === '' && !lx.inStringAtLineStart[l];
}

function firstWord(s: string): string {
  return /^[A-Za-z_$][\w$]*/.exec(s)?.[0] ?? s.slice(0, 1);
}

// ---------------------------------------------------------------- Python

function pyContinues(lx: Lexed, l: number): boolean {
  // does line l continue onto line l+1?
  if (l + 1 >= lineCount(lx)) return false;
  if (lx.depthAtLineStart[l + 1]! > 0 || lx.inStringAtLineStart[l + 1]) return true;
  return maskedLine(lx, l).trimEnd().endsWith('\\');
}

/** Python: the logical line containing line `line` (0-based), as [start, end] physical lines. */
export function pyLogicalLine(lx: Lexed, line: number): [number, number] {
  let s = line;
  while (s > 0 && pyContinues(lx, s - 1)) s--;
  let e = line;
  while (pyContinues(lx, e)) e++;
  return [s, e];
}

const PY_CLAUSES: Record<string, string[]> = {
  if: ['elif', 'else'],
  for: ['else'],
  while: ['else'],
  try: ['except', 'else', 'finally'],
  with: [],
  async: [],
  match: [],
};

function pythonStatementAt(lx: Lexed, line: number): Statement | null {
  if (line < 0 || line >= lineCount(lx)) return null;
  if (isBlankMasked(lx, line)) return null;
  const [s, e0] = pyLogicalLine(lx, line);
  let e = e0;
  const first = maskedLine(lx, s);
  const indent = leadingWs(lineText(lx, s));
  const body = first.trim();
  let keyword = firstWord(body);
  if (keyword === 'async') keyword = firstWord(body.slice(5).trim()) === 'with' ? 'with' : firstWord(body.slice(5).trim());
  const logical = lx.masked.slice(lx.lineStarts[s]!, lineEnd(lx, e)).replace(/\s+$/, '');
  const isHeader = /:$/.test(logical) && /^(if|for|while|with|try|match|def|class|elif|else|except|finally|case)\b/.test(keyword);
  if (isHeader) {
    if (!(keyword in PY_CLAUSES)) return null;
    const base = indent.length;
    const clauses = PY_CLAUSES[keyword]!;
    let l = e + 1;
    let last = e;
    for (;;) {
      // the block: lines indented deeper (blank lines and strings included)
      while (l < lineCount(lx)) {
        if (lx.inStringAtLineStart[l] || lx.depthAtLineStart[l]! > 0) {
          last = l;
          l++;
          continue;
        }
        const m = maskedLine(lx, l);
        if (m.trim() === '') {
          l++;
          continue;
        }
        if (leadingWs(m).length > base) {
          last = l;
          l++;
          continue;
        }
        break;
      }
      if (l >= lineCount(lx)) break;
      const m = maskedLine(lx, l);
      if (leadingWs(m).length === base && clauses.includes(firstWord(m.trim()))) {
        const [, ce] = pyLogicalLine(lx, l);
        last = ce;
        l = ce + 1;
        continue;
      }
      break;
    }
    e = last;
  } else if (/^(def|class|elif|else|except|finally|case|@)/.test(keyword) || body.startsWith('@')) {
    return null;
  }
  const start = lx.lineStarts[s]! + indent.length;
  const end = lineEnd(lx, e);
  return { startLine: s, endLine: e, start, end, indent, keyword, blockOpen: -1 };
}

// ---------------------------------------------------------------- JavaScript / TypeScript

const LITERAL_WORDS = new Set(['return', 'yield', 'await', 'typeof', 'case', 'in', 'of', 'new', 'default', 'void', 'delete', 'throw', 'instanceof']);

function prevSignificant(lx: Lexed, pos: number): { ch: string; word: string; at: number } {
  let k = pos - 1;
  while (k >= 0 && /\s/.test(lx.masked[k]!)) k--;
  if (k < 0) return { ch: '', word: '', at: -1 };
  const ch = lx.masked[k]!;
  if (/[\w$]/.test(ch)) {
    let s = k;
    while (s > 0 && /[\w$]/.test(lx.masked[s - 1]!)) s--;
    return { ch, word: lx.masked.slice(s, k + 1), at: s };
  }
  return { ch, word: '', at: k };
}

/** Whether the `{` at `pos` opens a block (function/if/arrow body, class body) rather than an object literal. */
function isBlockBrace(lx: Lexed, pos: number): boolean {
  if (lx.text[pos] !== '{') return false;
  if (lx.text[pos - 1] === '$' && stringAt(lx, pos)) return false;
  const p = prevSignificant(lx, pos);
  if (p.ch === '') return true;
  if (p.word) return !LITERAL_WORDS.has(p.word);
  if (p.ch === '>') return true; // `=>` or a TS return type `Promise<T> {`
  return p.ch === ')' || p.ch === ';' || p.ch === '{' || p.ch === '}';
}

function isClassBody(lx: Lexed, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && !';{}'.includes(lx.masked[k]!)) k--;
  return /\b(class|interface|enum)\b/.test(lx.masked.slice(k + 1, pos));
}

const CONT_START = /^(\.(?!\.\.)|\?\.|\?(?!\?)|\?\?|:|&&|\|\||[-+*/%=<>&|^,)\]}]|\(|\[|`|instanceof\b|in\b|else\b|catch\b|finally\b|as\b|satisfies\b)/;
const CONT_END = /([-+*/%=<>&|^,.?:([{!~]|=>|\b(return|await|new|typeof|in|of|instanceof|yield|extends|throw|case|void|delete))$/;

function jsLineContinues(prevMasked: string, nextMasked: string): boolean {
  const a = prevMasked.replace(/\s+$/, '');
  const b = nextMasked.trim();
  if (a === '' || b === '') return false;
  if (/^\s*(case\b.*|default\s*):$/.test(a)) return false;
  if (/(^|[^+])\+\+$|(^|[^-])--$/.test(a)) return false;
  if (/\b(return|throw|yield|break|continue)$/.test(a) && !/=>$/.test(a)) return false;
  if (CONT_END.test(a)) return true;
  if (/^(\+\+|--)/.test(b)) return false;
  return CONT_START.test(b);
}

interface Bk {
  pos: number;
  match: number;
  ch: string;
}

/**
 * The opening brackets before `pos` not closed before it, in source order. Brackets are in source
 * order and a file's SDK calls are asked for in order: a cursor per lexed text goes on from the
 * last position asked for, so the calls of a file cost one walk over its brackets.
 */
function enclosing(lx: Lexed, pos: number): Bk[] {
  const cursor = oncePerText(lx, 'enclosing', () => ({ pos: 0, next: 0, open: [] as Bk[] }));
  if (pos < cursor.pos) {
    cursor.next = 0;
    cursor.open = [];
  }
  for (; cursor.next < lx.brackets.length && lx.brackets[cursor.next]!.pos < pos; cursor.next++) {
    const b = lx.brackets[cursor.next]!;
    if (b.ch === '(' || b.ch === '[' || b.ch === '{') cursor.open.push(b);
  }
  cursor.pos = pos;
  cursor.open = cursor.open.filter((b) => b.match === -1 || b.match >= pos);
  return cursor.open.slice();
}

function jsStatementAt(lx: Lexed, line: number): Statement | null {
  if (line < 0 || line >= lineCount(lx)) return null;
  const lineStart = lx.lineStarts[line]!;
  const ml = maskedLine(lx, line);
  if (ml.trim() === '' && !lx.inStringAtLineStart[line]) return null;
  const p = lineStart + leadingWs(ml).length;
  const encl = enclosing(lx, p).sort((a, b) => a.pos - b.pos);
  let anchor = p;
  let block: Bk | null = null;
  for (let k = encl.length - 1; k >= 0; k--) {
    const b = encl[k]!;
    if (b.ch === '{' && isBlockBrace(lx, b.pos)) {
      block = b;
      break;
    }
    anchor = b.pos;
  }
  if (block && isClassBody(lx, block.pos)) return null;
  const lo = block ? block.pos + 1 : 0;
  const hi = block && block.match >= 0 ? block.match : lx.text.length;

  // Backward to the statement start.
  let k = anchor - 1;
  let start: number;
  let curLine = lineOf(lx, anchor);
  for (;;) {
    if (k < lo) {
      start = lo;
      break;
    }
    const c = lx.masked[k]!;
    if (c === '\n') {
      const prevLine = lineOf(lx, k);
      if (!jsLineContinues(codeBefore(lx, k), maskedLine(lx, curLine))) {
        if (!lx.inStringAtLineStart[curLine]) {
          start = k + 1;
          break;
        }
      }
      curLine = prevLine;
      k--;
      continue;
    }
    if (c === ';') {
      start = k + 1;
      break;
    }
    if (c === '}' || c === ')' || c === ']') {
      const o = lx.matches.get(k);
      if (o === undefined) {
        start = k + 1;
        break;
      }
      if (c === '}' && isBlockBrace(lx, o)) {
        // the end of a previous block statement, unless this statement continues it (`} else`)
        const rest = lx.masked.slice(k + 1, anchor).trim();
        if (!/^(else|catch|finally|while)\b/.test(rest)) {
          start = k + 1;
          break;
        }
      }
      curLine = lineOf(lx, o);
      k = o - 1;
      continue;
    }
    k--;
  }
  while (start < hi && /\s/.test(lx.masked[start]!)) start++;

  // Forward to the statement end.
  let i = anchor;
  let end = -1;
  while (i < hi) {
    const c = lx.masked[i]!;
    if ('([{'.includes(c)) {
      const m = lx.matches.get(i);
      if (m === undefined) {
        end = hi;
        break;
      }
      i = m + 1;
      continue;
    }
    if (c === ';') {
      end = i + 1;
      break;
    }
    if (c === ')' || c === ']' || c === '}') {
      end = i;
      break;
    }
    if (c === '\n') {
      const l = lineOf(lx, i);
      let nl = l + 1;
      while (nl < lineCount(lx) && isBlankMasked(lx, nl)) nl++;
      const next = nl < lineCount(lx) ? maskedLine(lx, nl) : '';
      if (!jsLineContinues(codeBefore(lx, i), next) && !lx.inStringAtLineStart[l + 1]) {
        end = i;
        break;
      }
    }
    i++;
  }
  if (end < 0) end = hi;
  while (end > start && /\s/.test(lx.masked[end - 1]!)) end--;
  if (end <= start) return null;
  const startLine = lineOf(lx, start);
  const endLine = lineOf(lx, end - 1);
  const sLineText = lx.masked.slice(lx.lineStarts[startLine]!, start);
  if (sLineText.trim() !== '') return null; // another statement or a block opener precedes it on its line
  const after = lx.masked.slice(end, lineEnd(lx, endLine));
  if (after.trim() !== '') return null; // another statement follows on the same line
  const indent = lx.text.slice(lx.lineStarts[startLine]!, start);
  const keyword = firstWord(lx.masked.slice(start, Math.min(end, start + 40)));
  return { startLine, endLine, start, end: lineEnd(lx, endLine), indent, keyword, blockOpen: block ? block.pos : -1 };
}

/** Masked code of the line holding offset `nl` (a `\n`), before that newline. */
function codeBefore(lx: Lexed, nl: number): string {
  const l = lineOf(lx, nl);
  return lx.masked.slice(lx.lineStarts[l]!, nl).replace(/\r$/, '');
}

export function statementAt(lx: Lexed, line: number): Statement | null {
  return lx.language === 'python' ? pythonStatementAt(lx, line) : jsStatementAt(lx, line);
}
