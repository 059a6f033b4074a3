// "Load token from env": replace a hard-coded (or missing) key with the provider's env var,
// optionally loading a workspace `.env` (python-dotenv / dotenv). Never writes a secret.
import type { ProviderId, TextEdit } from '../types';
import { PROVIDERS } from '../providers';
import { clientBindings, constructions, syntaxFor } from './detect';
import { escapeRegExp as esc } from '../escapeRegExp';
import { type Lexed, lineEnd, lineOf, literalAt, matchingBracket } from './lexer';
import { insertLines, isEsm, jsImportPoint, jsImports, pythonHasImport, pythonImportPoint, pythonImports } from './imports';
import { type Statement, statementAt } from './statements';
import { detectStyle, quoteString, type FileStyle } from './style';
import { resolveVariable } from './swapModel';

/** Variable / property names that hold a token. */
const TOKEN_NAME = /(^|_)(api_?key|apikey|token|auth|secret|access_?token)$/i;

/** Token prefixes from the packs (`sk-`, `r8_`, `AIza`…), longest first. */
const TOKEN_PREFIXES = Object.values(PROVIDERS)
  .map((p) => p.token.prefix)
  .filter((x): x is string => !!x)
  .sort((a, b) => b.length - a.length);

/** A string literal that starts like a provider's token: prefix and at least four more characters. */
function looksLikeProviderToken(value: string): boolean {
  return TOKEN_PREFIXES.some((prefix) => value.startsWith(prefix) && /^[A-Za-z0-9_-]{4,}/.test(value.slice(prefix.length)));
}

export interface EnvTokenOptions {
  provider: ProviderId;
  useDotenv: boolean;
  preferEsm: boolean;
}

export interface EnvTokenResult {
  title: string;
  edits: TextEdit[];
  needsGitignoreDotenv: boolean;
}

const ENV_READ = /\b(os\.environ|os\.getenv|getenv|environ|process\.env|import\.meta\.env|Deno\.env)\b/;

function envExpression(lx: Lexed, envVar: string, style: FileStyle): string {
  return lx.language === 'python' ? `os.environ[${quoteString(envVar, style.quote)}]` : `process.env.${envVar}`;
}

/** The end of an argument/property value starting at `pos` (at depth 0, before `,` `)` `}` or a newline). */
function valueEnd(lx: Lexed, pos: number): number {
  let depth = 0;
  for (let k = pos; k < lx.text.length; k++) {
    const c = lx.masked[k]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return k;
      depth--;
    } else if ((c === ',' || c === '\n' || c === ';') && depth === 0) return k;
  }
  return lx.text.length;
}

interface Plan {
  edits: TextEdit[];
  usesEnv: boolean;
  /** The token is already read from the environment here. */
  alreadyEnv: boolean;
}

/** Replaces the token passed in [from, to) (keyword/property, positional literal), or adds it. */
function planForCall(lx: Lexed, paren: number, cls: string, opts: EnvTokenOptions, style: FileStyle, env: string): Plan | null {
  const close = matchingBracket(lx, paren);
  if (close < 0) return null;
  const args = lx.masked.slice(paren + 1, close);
  const kw = keywordPlan(lx, paren + 1, close, opts, env);
  if (kw) return kw;
  return positionalOrMissing(lx, paren, close, args, cls, opts, style, env);
}

/** A token keyword argument / property inside [from, to): replace its literal value. Null when absent. */
function keywordPlan(lx: Lexed, from: number, to: number, opts: EnvTokenOptions, env: string): Plan | null {
  const syn = syntaxFor(opts.provider, lx);
  const args = lx.masked.slice(from, to);
  const paren = from - 1;
  for (const key of syn.tokenArgs) {
    const re = lx.language === 'python' ? new RegExp(`(?<![\\w.])${esc(key)}\\s*=(?!=)`, 'g') : new RegExp(`(?<![\\w$.])${esc(key)}\\s*:`, 'g');
    const m = re.exec(args);
    if (!m) {
      // JS shorthand `{ apiKey }`
      if (lx.language !== 'python') {
        const sh = new RegExp(`[{,]\\s*(${esc(key)})\\s*(?=[,}])`).exec(args);
        if (sh) {
          const at = paren + 1 + sh.index + sh[0].length - key.length;
          const lit = resolveVariable(lx, key, at);
          if (lit) return { edits: [{ start: lit.start, end: lit.end, text: env }], usesEnv: true, alreadyEnv: false };
          return { edits: [], usesEnv: false, alreadyEnv: true };
        }
      }
      continue;
    }
    let vs = paren + 1 + m.index + m[0].length;
    while (/[ \t]/.test(lx.text[vs]!)) vs++;
    const ve = valueEnd(lx, vs);
    const value = lx.text.slice(vs, ve).trim();
    if (ENV_READ.test(value)) return { edits: [], usesEnv: false, alreadyEnv: true };
    const lit = literalAt(lx, vs);
    if (lit && lit.end <= ve + 1) return { edits: [{ start: lit.start, end: lit.end, text: env }], usesEnv: true, alreadyEnv: false };
    if (/^(None|null|undefined)$/.test(value)) return { edits: [{ start: vs, end: vs + value.length, text: env }], usesEnv: true, alreadyEnv: false };
    if (/^[A-Za-z_$][\w$]*$/.test(value)) {
      const v = resolveVariable(lx, value, vs);
      if (v) return { edits: [{ start: v.start, end: v.end, text: env }], usesEnv: true, alreadyEnv: false };
    }
    return { edits: [], usesEnv: false, alreadyEnv: true }; // some expression we do not touch
  }
  return null;
}

function positionalOrMissing(
  lx: Lexed,
  paren: number,
  close: number,
  args: string,
  cls: string,
  opts: EnvTokenOptions,
  style: FileStyle,
  env: string,
): Plan | null {
  const syn = syntaxFor(opts.provider, lx);
  // positional token
  if (syn.positionalClients?.includes(cls)) {
    const lit = literalAt(lx, paren + 1 + (/^\s*/.exec(args)?.[0].length ?? 0));
    if (lit) return { edits: [{ start: lit.start, end: lit.end, text: env }], usesEnv: true, alreadyEnv: false };
    const first = args.trim().split(/[,)]/)[0]?.trim() ?? '';
    if (first && ENV_READ.test(lx.text.slice(paren + 1, close))) return { edits: [], usesEnv: false, alreadyEnv: true };
  }
  // missing: add it
  const key = syn.tokenArgs[0]!;
  const inner = args.trim();
  if (lx.language === 'python') {
    if (inner === '') return { edits: [{ start: paren + 1, end: close, text: `${key}=${env}` }], usesEnv: true, alreadyEnv: false };
    if (/\*\*/.test(inner)) return null;
    return { edits: [insertBeforeClose(lx, paren, close, `${key}=${env}`, style)], usesEnv: true, alreadyEnv: false };
  }
  if (inner === '') return { edits: [{ start: paren + 1, end: close, text: `{ ${key}: ${env} }` }], usesEnv: true, alreadyEnv: false };
  if (inner.startsWith('{')) {
    const ob = paren + 1 + args.indexOf('{');
    const oc = matchingBracket(lx, ob);
    if (oc < 0) return null;
    if (/\.\.\./.test(lx.masked.slice(ob, oc))) return null;
    return { edits: [insertBeforeClose(lx, ob, oc, `${key}: ${env}`, style)], usesEnv: true, alreadyEnv: false };
  }
  return null;
}

/** Adds `item` as the last element of the list between brackets `open`..`close`. */
function insertBeforeClose(lx: Lexed, open: number, close: number, item: string, style: FileStyle): TextEdit {
  const inner = lx.masked.slice(open + 1, close);
  if (inner.includes('\n')) {
    const lines = lx.text.slice(open + 1, close).split('\n');
    const itemLine = lines.find((l) => l.trim() !== '');
    const indent = /^[ \t]*/.exec(itemLine ?? '')![0] || style.unit;
    // position after the last non-blank character before close
    let k = close - 1;
    while (k > open && /\s/.test(lx.masked[k]!)) k--;
    const hasComma = lx.masked[k] === ',';
    return { start: k + 1, end: k + 1, text: `${hasComma ? '' : ','}${style.eol}${indent}${item}${hasComma ? ',' : ''}` };
  }
  let k = close - 1;
  while (k > open && /\s/.test(lx.masked[k]!)) k--;
  if (lx.masked[k] === ',') return { start: k + 1, end: k + 1, text: ` ${item}` };
  return { start: k + 1, end: k + 1, text: `, ${item}` };
}

/** The construction of the client whose method the statement calls, if it is in this file. */
function constructionFor(lx: Lexed, st: Statement, provider: ProviderId): { paren: number; cls: string } | null {
  const inStmt = constructions(lx, provider).filter((c) => c.at >= st.start && c.at < st.end);
  if (inStmt.length > 0) return inStmt[0]!;
  const code = lx.masked.slice(st.start, st.end);
  for (const b of clientBindings(lx, provider)) {
    if (new RegExp(`(?<![\\w$])(?:(?:self|this)\\s*\\.\\s*)?${esc(b.name)}\\s*\\.`).test(code)) return { paren: b.paren, cls: b.cls };
  }
  return null;
}

/** `NAME = "sk-…"`, `openai.api_key = "…"`, `const apiKey = '…'`, `os.environ["X"] = "…"`. */
function planForAssignment(lx: Lexed, st: Statement, opts: EnvTokenOptions, env: string): Plan | null {
  const code = lx.masked.slice(st.start, st.end);
  const m =
    lx.language === 'python'
      ? /^([\w.]+(?:\[\s*['"][^'"]*['"]\s*\])?)\s*(?::[^=\n]+)?=(?!=)\s*/.exec(code)
      : /^(?:(?:export\s+)?(?:const|let|var)\s+)?([\w$.]+)\s*(?::[^=\n]+)?=(?![=>])\s*/.exec(code);
  if (!m) return null;
  const target = m[1]!;
  const lit = literalAt(lx, st.start + m[0].length);
  if (!lit || lit.interpolated) return null;
  const syn = syntaxFor(opts.provider, lx);
  const last = target.split('.').pop()!;
  const looksLikeToken = looksLikeProviderToken(lit.value) || TOKEN_NAME.test(last) || (syn.tokenAttributes ?? []).includes(last);
  if (!looksLikeToken) return null;
  const envWrite = /^(os\.environ\[|process\.env\.)/.test(lx.text.slice(st.start, st.end));
  if (envWrite) {
    // `os.environ["X"] = "sk-…"`: the value must come from outside; drop the line at top level.
    if (st.indent !== '') return null;
    const endLine = lineOf(lx, st.end);
    const end = endLine + 1 < lx.lineStarts.length ? lx.lineStarts[endLine + 1]! : lineEnd(lx, endLine);
    return { edits: [{ start: lx.lineStarts[st.startLine]!, end, text: '' }], usesEnv: false, alreadyEnv: false };
  }
  return { edits: [{ start: lit.start, end: lit.end, text: env }], usesEnv: true, alreadyEnv: false };
}

export function envToken(lx: Lexed, line: number, opts: EnvTokenOptions): EnvTokenResult | null {
  const facts = PROVIDERS[opts.provider];
  const envVar = facts.tokenEnvVars[0];
  if (!envVar) return null;
  const st = statementAt(lx, line);
  if (!st) return null;
  const style = detectStyle(lx, st.indent);
  const env = envExpression(lx, envVar, style);
  let plan = planForAssignment(lx, st, opts, env);
  if (!plan) {
    const c = constructionFor(lx, st, opts.provider);
    if (c) plan = planForCall(lx, c.paren, c.cls, opts, style, env);
    else plan = keywordPlan(lx, st.start, st.end, opts, env); // a function taking the token: hf_hub_download(token=…)
  }
  if (!plan && !opts.useDotenv) return null;
  plan ??= { edits: [], usesEnv: false, alreadyEnv: true };
  const edits = [...plan.edits];
  const eol = style.eol;
  const semi = style.semicolons ? ';' : '';
  let dotenvAdded = false;
  if (lx.language === 'python') {
    const imports = pythonImports(lx);
    const needed: string[] = [];
    if (plan.usesEnv && !pythonHasImport(imports, 'import os')) needed.push('import os');
    const loads = /(^|\n)[ \t]*(load_dotenv|dotenv\.load_dotenv)\s*\(/.test(lx.masked);
    if (opts.useDotenv && !loads) {
      if (!pythonHasImport(imports, 'from dotenv import load_dotenv')) needed.push('from dotenv import load_dotenv');
      dotenvAdded = true;
    }
    if (needed.length > 0 || dotenvAdded) {
      const at = pythonImportPoint(lx, imports, st.start);
      const lines = [...needed];
      if (dotenvAdded) {
        lines.push('', 'load_dotenv()');
        const nextLine = lx.text.slice(at, lx.text.indexOf('\n', at) < 0 ? lx.text.length : lx.text.indexOf('\n', at)).trim();
        if (nextLine !== '') lines.push('');
      }
      edits.push(insertLines(lx, at, lines, eol));
    }
  } else if (opts.useDotenv && !/['"]dotenv(\/config)?['"]/.test(lx.text)) {
    const esm = isEsm(lx, opts.preferEsm);
    const q = (s: string) => quoteString(s, style.quote);
    const lineText = esm ? `import ${q('dotenv/config')}${semi}` : `require(${q('dotenv')}).config()${semi}`;
    edits.push(insertLines(lx, jsImportPoint(lx, jsImports(lx), 0), [lineText], eol));
  }
  if (edits.length === 0) return null;
  const title = opts.useDotenv
    ? `Load ${envVar} from .env (${lx.language === 'python' ? 'python-dotenv' : 'dotenv'})`
    : `Read the ${facts.name} key from ${envVar}`;
  return { title, edits, needsGitignoreDotenv: opts.useDotenv };
}
