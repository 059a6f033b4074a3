// The file's own style: line ends, indentation unit, quote character, semicolons.
import type { Lexed } from './lexer';
import { lineText } from './lexer';

export interface FileStyle {
  eol: string;
  /** One indentation level: `\t`, `  `, `    `. */
  unit: string;
  quote: string;
  semicolons: boolean;
}

export function detectStyle(lx: Lexed, indentHint = ''): FileStyle {
  const eol = lx.text.includes('\r\n') ? '\r\n' : '\n';
  let tabs = 0;
  const spaceCounts = new Map<number, number>();
  let prev = 0;
  for (let l = 0; l < lx.lineStarts.length; l++) {
    if (lx.inStringAtLineStart[l]) continue;
    const t = lineText(lx, l);
    if (t.trim() === '') continue;
    const ws = /^[ \t]*/.exec(t)![0];
    if (ws.includes('\t')) {
      tabs++;
      continue;
    }
    const d = ws.length - prev;
    if (d > 0 && d <= 8) spaceCounts.set(d, (spaceCounts.get(d) ?? 0) + 1);
    prev = ws.length;
  }
  let unit: string;
  if (indentHint.includes('\t')) unit = '\t';
  else {
    let best = 0;
    let bestCount = 0;
    for (const [d, c] of spaceCounts) if (c > bestCount || (c === bestCount && d < best)) [best, bestCount] = [d, c];
    if (best === 0 && tabs > 0) unit = '\t';
    else unit = ' '.repeat(best || (lx.language === 'python' ? 4 : 2));
  }
  let single = 0;
  let double = 0;
  for (const s of lx.strings) {
    if (s.quote === "'") single++;
    else if (s.quote === '"') double++;
  }
  const quote = single === double ? (lx.language === 'python' ? '"' : "'") : single > double ? "'" : '"';
  let semi = 0;
  let bare = 0;
  if (lx.language === 'js') {
    for (let l = 0; l < lx.lineStarts.length; l++) {
      const m = lx.masked.slice(lx.lineStarts[l]!, lx.lineStarts[l + 1] ?? lx.text.length).trim();
      if (m === '' || (m.startsWith('import') && !m.endsWith(';') && !/['"]$/.test(m))) continue;
      if (m.endsWith(';')) semi++;
      else if (/[\w)\]'"`]$/.test(m) && !/^(if|for|while|else|function|class|try|do|switch)\b/.test(m)) bare++;
    }
  }
  return { eol, unit, quote, semicolons: lx.language === 'python' ? false : !(semi === 0 && bare > 0) };
}

/** A string literal in the file's quote style. */
export function quoteString(value: string, quote: string): string {
  return (
    quote +
    value
      .replace(/\\/g, '\\\\')
      .split(quote)
      .join('\\' + quote) +
    quote
  );
}
