// Which provider SDK a file uses, which names hold its clients, where its API calls are.
import { PROVIDER_IDS, type ProviderId } from '../types';
import { escapeRegExp as esc } from '../escapeRegExp';
import { type Lexed, lineOf } from './lexer';
import { bindingMatches, bindingRegex } from './bindingScan';
import { compiledOnce, oncePerText } from './memo';
import { SDK_SYNTAX, type LanguageSyntax } from '../providers';

export function syntaxFor(provider: ProviderId, lx: Lexed): LanguageSyntax {
  const s = SDK_SYNTAX[provider];
  return lx.language === 'python' ? s.python : s.node;
}

/** Matches of `re` (global) over the raw text that start in code, not in a comment or string. */
function codeMatches(lx: Lexed, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(lx.text))) if (lx.masked[m.index] === lx.text[m.index]) out.push(m);
  return out;
}

/** Whether `re` (global) matches the raw text somewhere starting in code. */
function hasCodeMatch(lx: Lexed, re: RegExp): boolean {
  let m: RegExpExecArray | null;
  while ((m = re.exec(lx.text))) if (lx.masked[m.index] === lx.text[m.index]) return true;
  return false;
}

export interface ClientBinding {
  /** Local name (last segment): `client` for `self.client = OpenAI()`. */
  name: string;
  /** Offset of the construction expression (`OpenAI(` / `new OpenAI(`). */
  at: number;
  /** Offset of the `(` of the constructor call. */
  paren: number;
  cls: string;
}

/** Python module aliases the file binds for a provider: `openai`, `oa` (import openai as oa), `genai`. */
function moduleAliases(lx: Lexed, provider: ProviderId): string[] {
  return oncePerText(lx, `aliases\n${provider}`, () => findModuleAliases(lx, provider));
}

function findModuleAliases(lx: Lexed, provider: ProviderId): string[] {
  const syn = syntaxFor(provider, lx);
  const out: string[] = [];
  const code = lx.masked;
  if (lx.language === 'python') {
    for (const mod of syn.modules) {
      // `import a.b [as c]`
      const re = compiledOnce(
        `py-import-as\n${mod}`,
        () => new RegExp(`(^|\\n)[ \\t]*import[ \\t]+(?:[\\w.]+[ \\t]*,[ \\t]*)*${esc(mod)}(?:[ \\t]+as[ \\t]+(\\w+))?`, 'g'),
      );
      let m: RegExpExecArray | null;
      while ((m = re.exec(code))) out.push(m[2] ?? mod.split('.')[0]!);
      // `from a import b [as c]` for module a.b
      const dot = mod.lastIndexOf('.');
      if (dot > 0) {
        const re2 = compiledOnce(
          `py-from-import-as\n${mod}`,
          () =>
            new RegExp(
              `(^|\\n)[ \\t]*from[ \\t]+${esc(mod.slice(0, dot))}[ \\t]+import[ \\t]+(?:[\\w, \\t]*,[ \\t]*)?${esc(mod.slice(dot + 1))}(?:[ \\t]+as[ \\t]+(\\w+))?`,
              'g',
            ),
        );
        while ((m = re2.exec(code))) out.push(m[2] ?? mod.slice(dot + 1));
      }
    }
  } else {
    for (const mod of syn.modules) {
      const re = compiledOnce(
        `js-import-default\n${mod}`,
        () => new RegExp(`import\\s+(?:\\*\\s*as\\s+)?([\\w$]+)\\s*(?:,\\s*\\{[^}]*\\})?\\s*from\\s*(['"])${esc(mod)}\\2`, 'g'),
      );
      for (const m of codeMatches(lx, re)) out.push(m[1]!);
      const re2 = compiledOnce(`js-require\n${mod}`, () => new RegExp(`(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*require\\(\\s*(['"])${esc(mod)}\\2\\s*\\)`, 'g'));
      for (const m of codeMatches(lx, re2)) out.push(m[1]!);
    }
  }
  return [...new Set(out)];
}

/** Whether the file imports one of the provider's modules. */
function importsProvider(lx: Lexed, provider: ProviderId): boolean {
  return oncePerText(lx, `imports\n${provider}`, () => syntaxFor(provider, lx).modules.some((mod) => importsModule(lx, mod)));
}

function importsModule(lx: Lexed, mod: string): boolean {
  const dot = mod.lastIndexOf('.');
  if (lx.language === 'python') {
    // Every pattern below names the module's parent package (or the module): most files name none.
    if (!lx.masked.includes(dot > 0 ? mod.slice(0, dot) : mod)) return false;
    const root = esc(mod);
    const imported = compiledOnce(
      `py-imports\n${mod}`,
      () => new RegExp(`(^|\\n)[ \\t]*(import[ \\t]+([\\w.]+[ \\t]*,[ \\t]*)*${root}\\b|from[ \\t]+${root}(\\.[\\w.]+)?[ \\t]+import\\b)`),
    );
    if (imported.test(lx.masked)) return true;
    return (
      dot > 0 &&
      compiledOnce(
        `py-imports-from-parent\n${mod}`,
        () => new RegExp(`(^|\\n)[ \\t]*from[ \\t]+${esc(mod.slice(0, dot))}[ \\t]+import[ \\t]+[^\\n]*\\b${esc(mod.slice(dot + 1))}\\b`),
      ).test(lx.masked)
    );
  }
  if (!lx.text.includes(mod)) return false;
  return hasCodeMatch(
    lx,
    compiledOnce(`js-imports\n${mod}`, () => new RegExp(`(from\\s*|require\\(\\s*|import\\(\\s*|import\\s+)(['"])${esc(mod)}(/[^'"]*)?\\2`, 'g')),
  );
}

/** Client constructions: `client = OpenAI(...)`, `const client = new OpenAI({...})`, `self.client = replicate.Client()`. */
export function clientBindings(lx: Lexed, provider: ProviderId): ClientBinding[] {
  const syn = syntaxFor(provider, lx);
  // Skip the binding regex when no class is named or the provider is not imported (classRefOk
  // fails then); else try it only before the class names (bindingMatches).
  if (syn.clients.length === 0 || !syn.clients.some((cls) => lx.masked.includes(cls)) || !importsProvider(lx, provider)) return [];
  const re = compiledOnce(`bindings\n${provider}\n${lx.language}`, () => bindingRegex(syn.clients, lx.language));
  const out: ClientBinding[] = [];
  for (const m of bindingMatches(lx, re, syn.clients)) {
    if (lx.masked[m.index - 1] === '=' || /[\w$.]/.test(lx.masked[m.index - 1] ?? '')) continue;
    if (!classRefOk(lx, m[3]!.replace(/^new\s+/, ''), m[4]!, provider)) continue;
    const at = m.index + m[0].indexOf(m[3]!, m[1]!.length);
    out.push({ name: m[2]!, at, paren: m.index + m[0].length - 1, cls: m[4]! });
  }
  // Bare constructions without assignment target are handled by callers through constructionsIn().
  return out;
}

/** Every constructor call of the provider's client classes (assigned or not). */
export function constructions(lx: Lexed, provider: ProviderId): Array<{ at: number; paren: number; cls: string }> {
  const syn = syntaxFor(provider, lx);
  if (syn.clients.length === 0 || !importsProvider(lx, provider)) return [];
  const re = compiledOnce(`constructions\n${provider}\n${lx.language}`, () => {
    const classes = syn.clients.map(esc).join('|');
    return lx.language === 'python'
      ? new RegExp(`(?<![\\w.])((?:[\\w]+\\.)*(${classes}))\\s*\\(`, 'g')
      : new RegExp(`\\bnew\\s+((?:[\\w$]+\\.)*(${classes}))\\s*\\(`, 'g');
  });
  const out: Array<{ at: number; paren: number; cls: string }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(lx.masked))) {
    if (!classRefOk(lx, m[1]!, m[2]!, provider)) continue;
    out.push({ at: m.index, paren: m.index + m[0].length - 1, cls: m[2]! });
  }
  return out;
}

/** A class reference is the provider's: qualified by one of its module aliases, or imported by name. */
function classRefOk(lx: Lexed, ref: string, cls: string, provider: ProviderId): boolean {
  if (!importsProvider(lx, provider)) return false;
  if (lx.language !== 'python') return true;
  if (ref.includes('.')) return moduleAliases(lx, provider).includes(ref.split('.')[0]!);
  return importsName(lx, cls, provider);
}

/** Whether `name` is imported by name from one of the provider's modules (Python `from m import name`, JS named import). */
function importsName(lx: Lexed, name: string, provider: ProviderId): boolean {
  return oncePerText(lx, `imports-name\n${provider}\n${name}`, () => syntaxFor(provider, lx).modules.some((mod) => importsNameFrom(lx, name, mod)));
}

function importsNameFrom(lx: Lexed, name: string, mod: string): boolean {
  if (lx.language !== 'python') {
    return hasCodeMatch(
      lx,
      compiledOnce(
        `js-imports-name\n${mod}\n${name}`,
        () =>
          new RegExp(
            `(import\\s*\\{[^}]*\\b${esc(name)}\\b[^}]*\\}\\s*from\\s*|\\{[^}]*\\b${esc(name)}\\b[^}]*\\}\\s*=\\s*require\\(\\s*)(['"])${esc(mod)}\\2`,
            'g',
          ),
      ),
    );
  }
  return compiledOnce(
    `py-imports-name\n${mod}\n${name}`,
    () => new RegExp(`(^|\\n)[ \\t]*from[ \\t]+${esc(mod)}[ \\t]+import[ \\t]+(\\([^)]*|[^\\n]*)\\b${esc(name)}\\b`),
  ).test(lx.masked);
}

/** Scores how strongly the file uses each provider; the best one with a positive score wins. */
export function detectProviderIn(lx: Lexed): ProviderId | null {
  let best: ProviderId | null = null;
  let bestScore = 0;
  for (const id of PROVIDER_IDS) {
    let score = importsProvider(lx, id) ? 1 : 0;
    if (score === 0) continue;
    score += 2 * constructions(lx, id).length;
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** Receivers whose method calls are API calls: client variables and module aliases. */
function receivers(lx: Lexed, provider: ProviderId): string[] {
  const names = new Set<string>();
  for (const b of clientBindings(lx, provider)) names.add(b.name);
  if (lx.language === 'python') for (const a of moduleAliases(lx, provider)) names.add(a);
  return [...names];
}

export interface CallSite {
  line: number; // 0-based
  offset: number;
  provider: ProviderId;
}

export function sdkCallSites(lx: Lexed): CallSite[] {
  const out: CallSite[] = [];
  const seen = new Set<number>();
  for (const id of PROVIDER_IDS) {
    if (!importsProvider(lx, id)) continue;
    const syn = syntaxFor(id, lx);
    const recv = receivers(lx, id);
    const classes = new Set(syn.clients);
    if (recv.length > 0) {
      const re = new RegExp(
        `(?<![\\w$.])(?:(?:self|this)\\s*\\.\\s*)?(${recv.map(esc).join('|')})((?:\\s*\\.\\s*[\\w$]+(?:\\s*\\([^()]*\\))?)*\\s*\\.\\s*([\\w$]+))\\s*\\(`,
        'g',
      );
      let m: RegExpExecArray | null;
      while ((m = re.exec(lx.masked))) {
        const method = m[3]!;
        if (classes.has(method) || /^[A-Z]/.test(method)) continue; // a construction or an error class
        const line = lineOf(lx, m.index);
        if (seen.has(line)) continue;
        seen.add(line);
        out.push({ line, offset: m.index, provider: id });
      }
    }
    for (const fn of syn.functions ?? []) {
      if (!importsName(lx, fn, id)) continue;
      const re = compiledOnce(`function-call\n${fn}`, () => new RegExp(`(?<![\\w$.])${esc(fn)}\\s*\\(`, 'g'));
      let m: RegExpExecArray | null;
      while ((m = re.exec(lx.masked))) {
        if (/\b(def|function)\s+$/.test(lx.masked.slice(Math.max(0, m.index - 12), m.index))) continue;
        const line = lineOf(lx, m.index);
        if (seen.has(line)) continue;
        seen.add(line);
        out.push({ line, offset: m.index, provider: id });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
