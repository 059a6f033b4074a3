// A small lexer for Python and JavaScript/TypeScript source: enough to tell code from strings
// and comments, match brackets and find line boundaries. No parser, no dependencies. A fix
// request lexes its text once; the lookups below (line, masked line, string at an offset,
// literal at a position, matching bracket) read the indexes built here.

export type LexLanguage = 'python' | 'js';

export interface StringToken {
  /** Offset of the first character (prefix or opening quote). */
  start: number;
  /** Offset just past the closing quote. */
  end: number;
  /** Offset of the opening quote(s) end / closing quote(s) start: the value is text[valueStart, valueEnd). */
  valueStart: number;
  valueEnd: number;
  /** The quote character: ', " or `. */
  quote: string;
  /** Raw value between the quotes (escapes not interpreted). */
  value: string;
  /** Template literal with substitutions or a Python f-string. */
  interpolated: boolean;
}

export interface Bracket {
  pos: number;
  ch: string;
  /** Offset of the matching bracket, or -1. */
  match: number;
}

export interface Lexed {
  text: string;
  language: LexLanguage;
  /**
   * Same length as `text`: comments become spaces, string contents become `_` (quotes kept),
   * newlines are kept everywhere. Regexes over it never match inside strings or comments.
   */
  masked: string;
  strings: StringToken[];
  brackets: Bracket[];
  /** Offsets where each line starts (0-based line index). */
  lineStarts: number[];
  /** Per line: bracket depth at the start of the line. */
  depthAtLineStart: number[];
  /** Per line: whether the line starts inside a string (multi-line string or template). */
  inStringAtLineStart: boolean[];
  /** Index: string token by its start offset. */
  stringsByStart: Map<number, StringToken>;
  /** Strings not nested in another (a template's `${…}` can hold strings), in source order. */
  outerStrings: StringToken[];
  /** Index: bracket offset -> offset of its matching bracket (matched brackets only). */
  matches: Map<number, number>;
}

const OPEN = '([{';
/** A Python string's optional prefix and opening quotes, tried at one offset (sticky). */
const PY_STRING_START = /([rRbBuUfF]{0,2})('''|"""|'|")/y;
const PY_PREFIX = 'rRbBuUfF';
const CLOSE = ')]}';

export function lex(text: string, language: LexLanguage): Lexed {
  const masked: string[] = text.split('');
  const strings: StringToken[] = [];
  const brackets: Bracket[] = [];
  const stack: number[] = []; // indexes into brackets
  // For JS templates: the depth of `${` openings, to know when `}` resumes the template.
  const templateStack: number[] = [];
  const n = text.length;
  let i = 0;
  // Tracks a string token begun but not finished, to mark multi-line string line starts.
  const stringSpans: Array<[number, number]> = [];

  const maskRange = (a: number, b: number, ch: string) => {
    for (let k = a; k < b; k++) if (text[k] !== '\n' && text[k] !== '\r') masked[k] = ch;
  };

  const lastSignificant = (): string => {
    let k = i - 1;
    while (k >= 0 && /\s/.test(masked[k]!)) k--;
    if (k < 0) return '';
    // Return the last word or the last char.
    if (/[\w$]/.test(masked[k]!)) {
      let s = k;
      while (s > 0 && /[\w$]/.test(masked[s - 1]!)) s--;
      return text.slice(s, k + 1);
    }
    return masked[k]!;
  };

  // Scans a JS template literal body starting just after the backtick (or after a closing `}`
  // of a substitution); returns the offset where code resumes.
  const scanTemplateBody = (from: number, tokenStart: number): number => {
    let k = from;
    while (k < n) {
      const c = text[k];
      if (c === '\\') {
        k += 2;
        continue;
      }
      if (c === '`') {
        maskRange(from, k, '_');
        const tok = strings.find((s) => s.start === tokenStart);
        if (tok) {
          tok.end = k + 1;
          tok.valueEnd = k;
          tok.value = text.slice(tok.valueStart, k);
        }
        stringSpans.push([tokenStart, k + 1]);
        return k + 1;
      }
      if (c === '$' && text[k + 1] === '{') {
        maskRange(from, k, '_');
        const tok = strings.find((s) => s.start === tokenStart);
        if (tok) tok.interpolated = true;
        stringSpans.push([tokenStart, k + 2]);
        templateStack.push(stack.length);
        // push a pseudo bracket for `{`
        brackets.push({ pos: k + 1, ch: '{', match: -1 });
        stack.push(brackets.length - 1);
        templateStarts.push(tokenStart);
        return k + 2;
      }
      k++;
    }
    maskRange(from, n, '_');
    stringSpans.push([tokenStart, n]);
    return n;
  };
  const templateStarts: number[] = [];

  while (i < n) {
    const c = text[i]!;
    if (language === 'python') {
      if (c === '#') {
        const e = text.indexOf('\n', i);
        const end = e < 0 ? n : e;
        maskRange(i, end, ' ');
        i = end;
        continue;
      }
      // String with optional prefix.
      PY_STRING_START.lastIndex = i;
      const m = c === '"' || c === "'" || PY_PREFIX.includes(c) ? PY_STRING_START.exec(text) : null;
      if (m) {
        const q = m[2]!;
        const start = i;
        const vs = i + m[1]!.length + q.length;
        let k = vs;
        let closed = -1;
        while (k < n) {
          const ch = text[k];
          if (ch === '\\') {
            k += 2;
            continue;
          }
          if (q.length === 1 && ch === '\n') break; // unterminated single-line string
          if (text.startsWith(q, k)) {
            closed = k;
            break;
          }
          k++;
        }
        const ve = closed < 0 ? k : closed;
        const end = closed < 0 ? k : closed + q.length;
        maskRange(vs, ve, '_');
        strings.push({
          start,
          end,
          valueStart: vs,
          valueEnd: ve,
          quote: q[0]!,
          value: text.slice(vs, ve),
          interpolated: /[fF]/.test(m[1]!),
        });
        stringSpans.push([start, end]);
        i = end;
        continue;
      }
      if (/[\w]/.test(c)) {
        let k = i;
        while (k < n && /[\w]/.test(text[k]!)) k++;
        i = k;
        continue;
      }
    } else {
      if (c === '/' && text[i + 1] === '/') {
        const e = text.indexOf('\n', i);
        const end = e < 0 ? n : e;
        maskRange(i, end, ' ');
        i = end;
        continue;
      }
      if (c === '/' && text[i + 1] === '*') {
        const e = text.indexOf('*/', i + 2);
        const end = e < 0 ? n : e + 2;
        maskRange(i, end, ' ');
        i = end;
        continue;
      }
      if (c === "'" || c === '"') {
        const start = i;
        let k = i + 1;
        while (k < n && text[k] !== c && text[k] !== '\n') {
          if (text[k] === '\\') k++;
          k++;
        }
        const ve = Math.min(k, n);
        const end = text[k] === c ? k + 1 : k;
        maskRange(start + 1, ve, '_');
        strings.push({ start, end, valueStart: start + 1, valueEnd: ve, quote: c, value: text.slice(start + 1, ve), interpolated: false });
        i = end;
        continue;
      }
      if (c === '`') {
        strings.push({ start: i, end: n, valueStart: i + 1, valueEnd: n, quote: '`', value: '', interpolated: false });
        i = scanTemplateBody(i + 1, i);
        continue;
      }
      if (c === '/') {
        const prev = lastSignificant();
        const regexAllowed =
          prev === '' ||
          /^[(,=:[!&|?{};+\-*%<>~^]$/.test(prev) ||
          /^(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(prev);
        if (regexAllowed) {
          let k = i + 1;
          let inClass = false;
          while (k < n && text[k] !== '\n') {
            const ch = text[k];
            if (ch === '\\') {
              k += 2;
              continue;
            }
            if (ch === '[') inClass = true;
            else if (ch === ']') inClass = false;
            else if (ch === '/' && !inClass) break;
            k++;
          }
          if (text[k] === '/') {
            maskRange(i + 1, k, '_');
            k++;
            while (k < n && /[a-z]/i.test(text[k]!)) k++;
            i = k;
            continue;
          }
        }
      }
      if (/[\w$]/.test(c)) {
        let k = i;
        while (k < n && /[\w$]/.test(text[k]!)) k++;
        i = k;
        continue;
      }
    }
    if (OPEN.includes(c)) {
      brackets.push({ pos: i, ch: c, match: -1 });
      stack.push(brackets.length - 1);
    } else if (CLOSE.includes(c)) {
      if (language === 'js' && c === '}' && templateStack.length > 0 && templateStack[templateStack.length - 1] === stack.length - 1) {
        // closes a `${`: resume the template body
        const idx = stack.pop()!;
        brackets[idx]!.match = i;
        brackets.push({ pos: i, ch: c, match: brackets[idx]!.pos });
        templateStack.pop();
        const tokStart = templateStarts.pop()!;
        i = scanTemplateBody(i + 1, tokStart);
        continue;
      }
      if (stack.length > 0) {
        const idx = stack.pop()!;
        brackets[idx]!.match = i;
        brackets.push({ pos: i, ch: c, match: brackets[idx]!.pos });
      } else {
        brackets.push({ pos: i, ch: c, match: -1 });
      }
    }
    i++;
  }

  // Line tables.
  const lineStarts: number[] = [0];
  for (let k = 0; k < n; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const depthAtLineStart: number[] = new Array(lineStarts.length).fill(0);
  const inStringAtLineStart: boolean[] = new Array(lineStarts.length).fill(false);
  // depth: walk brackets in position order
  const events = brackets.map((b) => ({ pos: b.pos, d: OPEN.includes(b.ch) ? 1 : -1 })).sort((a, b) => a.pos - b.pos);
  let depth = 0;
  let e = 0;
  for (let l = 0; l < lineStarts.length; l++) {
    const ls = lineStarts[l]!;
    while (e < events.length && events[e]!.pos < ls) {
      depth = Math.max(0, depth + events[e]!.d);
      e++;
    }
    depthAtLineStart[l] = depth;
  }
  stringSpans.sort((a, b) => a[0] - b[0]);
  for (const [a, b] of stringSpans) {
    // lines whose start lies strictly inside (a, b)
    let l = lineIndexAt(lineStarts, a) + 1;
    while (l < lineStarts.length && lineStarts[l]! < b) {
      inStringAtLineStart[l] = true;
      l++;
    }
  }
  const stringsByStart = new Map(strings.map((t) => [t.start, t]));
  const outerStrings: StringToken[] = [];
  for (const t of strings) if (outerStrings.length === 0 || t.start >= outerStrings[outerStrings.length - 1]!.end) outerStrings.push(t);
  const matches = new Map<number, number>();
  for (const b of brackets) if (b.match >= 0) matches.set(b.pos, b.match);
  return {
    text,
    language,
    masked: masked.join(''),
    strings,
    brackets,
    lineStarts,
    depthAtLineStart,
    inStringAtLineStart,
    stringsByStart,
    outerStrings,
    matches,
  };
}

/** 0-based line index containing offset. */
export function lineIndexAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** End offset of a 0-based line, excluding its `\n` (and a `\r` before it). */
export function lineEnd(lx: Pick<Lexed, 'text' | 'lineStarts'>, line: number): number {
  const next = line + 1 < lx.lineStarts.length ? lx.lineStarts[line + 1]! - 1 : lx.text.length;
  return next > 0 && lx.text[next - 1] === '\r' && next - 1 >= lx.lineStarts[line]! ? next - 1 : next;
}

/** 0-based line index of an offset. */
export function lineOf(lx: Pick<Lexed, 'lineStarts'>, offset: number): number {
  return lineIndexAt(lx.lineStarts, offset);
}

export function lineCount(lx: Pick<Lexed, 'lineStarts'>): number {
  return lx.lineStarts.length;
}

/** A line's text without its line break. */
export function lineText(lx: Pick<Lexed, 'text' | 'lineStarts'>, line: number): string {
  return lx.text.slice(lx.lineStarts[line]!, lineEnd(lx, line));
}

/** A line of the masked text (strings as `_`, comments as spaces) without its line break. */
export function maskedLine(lx: Lexed, line: number): string {
  return lx.masked.slice(lx.lineStarts[line]!, lineEnd(lx, line));
}

/** The outermost string token containing `offset` (from its prefix to its closing quote), if any. */
export function stringAt(lx: Lexed, offset: number): StringToken | undefined {
  // Outer tokens are in source order and never overlap: binary search.
  let lo = 0;
  let hi = lx.outerStrings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = lx.outerStrings[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/** The string literal that starts at `pos`, after spaces or tabs; interpolated ones included. */
export function literalAt(lx: Lexed, pos: number): StringToken | undefined {
  let k = pos;
  while (k < lx.text.length && (lx.text[k] === ' ' || lx.text[k] === '\t')) k++;
  return lx.stringsByStart.get(k);
}

/** Offset of the bracket matching the one at `pos`, or -1. */
export function matchingBracket(lx: Lexed, pos: number): number {
  return lx.matches.get(pos) ?? -1;
}
