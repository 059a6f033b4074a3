// The client-binding regex (`client = OpenAI(`, `const c = new OpenAI(`) would be tried at every
// offset of a file, yet it can only match just before one of the pack's class names. This finds
// exactly the matches a plain `re.exec` loop finds, trying only the stretches before those names.
import { escapeRegExp as esc } from '../escapeRegExp';
import type { Lexed, LexLanguage } from './lexer';

/**
 * `target[: annotation] = [module.]Class(` (Python) or `target[: Type] = new [ns.]Class(` (JS/TS).
 * Groups: 1 the qualified target, 2 its last name, 3 the construction up to the class, 4 the class.
 */
export function bindingRegex(classes: string[], language: LexLanguage): RegExp {
  const names = classes.map(esc).join('|');
  return language === 'python'
    ? new RegExp(`(?<![\\w.])((?:[\\w]+\\.)*([\\w]+))\\s*(?::[^=\\n]+)?=\\s*((?:[\\w]+\\.)*(${names}))\\s*\\(`, 'g')
    : new RegExp(`(?<![\\w$.])((?:[\\w$]+\\.)*([\\w$]+))\\s*(?::[^=\\n]+)?=\\s*(new\\s+(?:[\\w$]+\\.)*(${names}))\\s*\\(`, 'g');
}

const SPACE = /\s/;

function isNameChar(ch: string | undefined, dollar: boolean): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || (dollar && c === 36);
}

/**
 * The earliest offset at which a binding whose class name starts at `at` can start, or -1 when
 * none can (this reads bindingRegex backwards: change both together). Read backwards, a binding is: the qualified class name, `new` and spaces (JS), spaces,
 * `=`, an annotation on the same line (no `=`, no line break), spaces, the qualified target name.
 */
function earliestStart(code: string, at: number, js: boolean): number {
  let p = at;
  while (p > 0 && isNameChar(code[p - 1], js)) p--;
  if (js) {
    const afterNew = p;
    while (p > 0 && SPACE.test(code[p - 1]!)) p--;
    if (p === afterNew || code.slice(p - 3, p) !== 'new') return -1;
    p -= 3;
  }
  while (p > 0 && SPACE.test(code[p - 1]!)) p--;
  if (code[p - 1] !== '=') return -1;
  p--;
  while (p > 0 && code[p - 1] !== '=' && code[p - 1] !== '\n') p--;
  while (p > 0 && SPACE.test(code[p - 1]!)) p--;
  while (p > 0 && isNameChar(code[p - 1], js)) p--;
  return p;
}

/** The matches of `re` = bindingRegex(classes, lx.language) over `lx.masked`, as a plain exec loop finds them. */
export function bindingMatches(lx: Lexed, re: RegExp, classes: string[]): RegExpExecArray[] {
  const code = lx.masked;
  const anchors: number[] = [];
  for (const cls of classes) for (let at = code.indexOf(cls); at >= 0; at = code.indexOf(cls, at + 1)) anchors.push(at);
  anchors.sort((a, b) => a - b);
  // from[i]: no match reaching anchors[i] or a later one starts before it.
  const from = anchors.map((at) => earliestStart(code, at, lx.language !== 'python'));
  for (let i = from.length - 1; i >= 0; i--) {
    if (from[i]! < 0) from[i] = Infinity;
    if (i + 1 < from.length) from[i] = Math.min(from[i]!, from[i + 1]!);
  }
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let i = 0;
  for (;;) {
    // A match found after this point starts at or after lastIndex, and so reaches a later anchor.
    while (i < anchors.length && anchors[i]! < re.lastIndex) i++;
    if (i === anchors.length || from[i] === Infinity) break;
    re.lastIndex = Math.max(re.lastIndex, from[i]!);
    const m = re.exec(code);
    if (!m) break;
    out.push(m);
  }
  return out;
}
