// Quick fixes as pure text edits: wrap in catch, swap model, load token from the environment.
// Used by the VS Code code actions and by `ai-access-doctor fix`. No `vscode` import here.
import type { CauseId, ProviderId, TextEdit } from '../types';
import { detectProviderIn, sdkCallSites } from './detect';
import { envToken } from './envToken';
import { lex, type Lexed, lineCount, lineText } from './lexer';
import { modelCandidates as rankCandidates } from './modelCandidates';
import { findModelSite, swapModelEdit } from './swapModel';
import { wrapCatch } from './wrapCatch';

export type FixKind = 'wrap-catch' | 'swap-model' | 'env-token';
export type SourceLanguage = 'python' | 'javascript' | 'typescript';

export const FIX_KINDS: readonly FixKind[] = ['wrap-catch', 'swap-model', 'env-token'];

export interface FixRequest {
  kind: FixKind;
  text: string;
  /** 1-based line of the flagged statement (any line of it). */
  line: number;
  language: SourceLanguage;
  /** Detected from the file when not given. */
  provider?: ProviderId;
  cause?: CauseId;
  /** The model the failing call used, when known (from the incident). */
  model?: string | null;
  /** swap-model: the model to use instead (default: the best candidate). */
  toModel?: string;
  /** env-token: also load a workspace `.env` (python-dotenv / dotenv). */
  useDotenv?: boolean;
}

export interface FixResult {
  kind: FixKind;
  /** Sentence case: "Wrap in try/except openai.PermissionDeniedError". */
  title: string;
  /** Non-overlapping, sorted, offsets into the request's text. */
  edits: TextEdit[];
  /** The fix loads `.env`: make sure `.gitignore` ignores it (see ensureGitignoresDotenv). */
  needsGitignoreDotenv?: boolean;
}

export { modelCandidates } from './modelCandidates';

/** VS Code language ids of the files the extension reads and fixes: the one list (package.json's `when` clauses are tested against it). */
const LANGUAGE_IDS: Record<string, SourceLanguage> = {
  python: 'python',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'typescript',
};

export const EDITOR_LANGUAGE_IDS: readonly string[] = Object.keys(LANGUAGE_IDS);

const EXTENSIONS: Record<string, SourceLanguage> = {
  py: 'python',
  pyw: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
};

/** A VS Code languageId (`python`, `typescriptreact`) or a file path (`app.py`, `x.mjs`). */
export function languageFromId(idOrPath: string): SourceLanguage | null {
  const byId = LANGUAGE_IDS[idOrPath.toLowerCase()];
  if (byId) return byId;
  const m = /\.([A-Za-z]+)$/.exec(idOrPath);
  return m ? (EXTENSIONS[m[1]!.toLowerCase()] ?? null) : null;
}

let lastLexed: { language: SourceLanguage; lexed: Lexed } | null = null;

/**
 * The lexed text. A code-action request asks several questions about the same text (its SDK
 * calls, then its fixes); the last result is kept so the text is lexed once.
 */
function lexFor(text: string, language: SourceLanguage): Lexed {
  if (lastLexed && lastLexed.language === language && lastLexed.lexed.text === text) return lastLexed.lexed;
  const lexed = lex(text, language === 'python' ? 'python' : 'js');
  lastLexed = { language, lexed };
  return lexed;
}

/** ESM unless the file (or its language) says CJS; used when a file has neither import nor require. */
function preferEsm(language: SourceLanguage): boolean {
  return language === 'typescript';
}

export function detectProvider(text: string, language: SourceLanguage): ProviderId | null {
  return detectProviderIn(lexFor(text, language));
}

export function findSdkCallLines(text: string, language: SourceLanguage): Array<{ line: number; provider: ProviderId }> {
  return sdkCallSites(lexFor(text, language)).map((c) => ({ line: c.line + 1, provider: c.provider }));
}

/**
 * The SDK call that most likely failed, when a trace names no line in the user's code (a
 * debugger's own report can drop the async frames): the provider's only call in the file, or
 * the only one whose statement names the model. 1-based, or null when that is not clear.
 */
export function locateFailingCall(text: string, language: SourceLanguage, provider: ProviderId, model: string | null): number | null {
  const lx = lexFor(text, language);
  const calls = sdkCallSites(lx)
    .filter((call) => call.provider === provider)
    .map((call) => ({ line: call.line + 1 }));
  if (calls.length === 1) return calls[0].line;
  if (!model) return null;
  const quoted = [`'${model}'`, `"${model}"`, `\`${model}\``];
  // A call's arguments rarely run past a few lines, and never into the next call.
  const naming = calls.filter((call, i) => {
    const last = Math.min(call.line + 5, (calls[i + 1]?.line ?? Infinity) - 1, lineCount(lx)); // 1-based, inclusive
    for (let l = call.line - 1; l < last; l++) if (quoted.some((q) => lineText(lx, l).includes(q))) return true;
    return false;
  });
  return naming.length === 1 ? naming[0].line : null;
}

/** Sorts edits and merges an insertion that shares its offset with a replacement. */
function normalizeEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - a.e.start - (b.e.end - b.e.start) || a.i - b.i)
    .map((x) => x.e);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === e.start && last.end === last.start) {
      out[out.length - 1] = { start: e.start, end: e.end, text: last.text + e.text };
      continue;
    }
    if (last && e.start < last.end) throw new Error('overlapping edits');
    out.push({ ...e });
  }
  return out;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = normalizeEdits(edits);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

export function buildFix(req: FixRequest): FixResult | null {
  return fixIn(lexFor(req.text, req.language), req);
}

/** buildFix over text already lexed. */
function fixIn(lx: Lexed, req: Omit<FixRequest, 'text'>): FixResult | null {
  const provider = req.provider ?? detectProviderIn(lx);
  if (!provider) return null;
  const line = req.line - 1;
  if (line < 0 || line >= lx.lineStarts.length) return null;
  switch (req.kind) {
    case 'wrap-catch': {
      const model = req.model ?? findModelSite(lx, line, provider)?.value ?? null;
      const r = wrapCatch(lx, line, { provider, cause: req.cause, model, preferEsm: preferEsm(req.language) });
      return r && { kind: 'wrap-catch', title: r.title, edits: normalizeEdits(r.edits) };
    }
    case 'swap-model': {
      const site = findModelSite(lx, line, provider, req.model);
      if (!site) return null;
      const to = req.toModel ?? rankCandidates(provider, site.value)[0];
      if (!to) return null;
      const edit = swapModelEdit(site, to);
      return edit && { kind: 'swap-model', title: `Use ${to} instead of ${site.value}`, edits: [edit] };
    }
    case 'env-token': {
      const r = envToken(lx, line, { provider, useDotenv: !!req.useDotenv, preferEsm: preferEsm(req.language) });
      if (!r) return null;
      const res: FixResult = { kind: 'env-token', title: r.title, edits: normalizeEdits(r.edits) };
      if (r.needsGitignoreDotenv) res.needsGitignoreDotenv = true;
      return res;
    }
    default:
      return null;
  }
}

export interface FixHint {
  provider?: ProviderId;
  cause?: CauseId;
  model?: string | null;
  /** Models the stored token can reach (live list); ranks swap-model candidates. */
  reachableModels?: string[];
  /** The workspace has a `.env` file: also offer loading it. */
  hasDotenv?: boolean;
}

const MAX_MODEL_CHOICES = 3;

/**
 * The fixes that address each cause, most useful first. Wrapping the call in a handler is
 * offered for every cause (it does not remove the cause, it handles it), after the others.
 */
const FIXES_FOR_CAUSE: Record<CauseId, FixKind[]> = {
  'model-access': ['swap-model'],
  'destination-not-found': ['swap-model'],
  'version-not-permitted': ['swap-model'],
  'gated-repo': ['swap-model'],
  'permission-denied': ['swap-model'],
  'missing-token': ['env-token'],
  'invalid-token': ['env-token'],
  'key-leaked': ['env-token'],
  'org-mismatch': [],
  'missing-scopes': [],
  'principal-no-access': [],
  'unsupported-region': [],
  'network-block': [],
  'proxy-html': [],
  'org-verification-required': ['swap-model'],
  'account-disabled': [],
  'api-not-enabled': [],
  'key-restricted': [],
  'auth-method-disabled': [],
};

/**
 * Every fix that applies at `line` (1-based), swap-model once per candidate model (at most 3).
 * With a cause, only the fixes that address it, in FIXES_FOR_CAUSE order; without one (an SDK
 * call with no incident yet), all of them.
 */
export function proposeFixes(text: string, line: number, language: SourceLanguage, hint: FixHint = {}): FixResult[] {
  const base = { line, language, provider: hint.provider, cause: hint.cause, model: hint.model };
  const lx = lexFor(text, language);
  const provider = hint.provider ?? detectProviderIn(lx);
  if (!provider) return [];
  const kinds: FixKind[] = hint.cause ? (FIXES_FOR_CAUSE[hint.cause] ?? []) : ['swap-model', 'env-token'];
  const byKind: Record<FixKind, () => FixResult[]> = {
    'swap-model': () => {
      const site = findModelSite(lx, line - 1, provider, hint.model);
      if (!site) return [];
      return rankCandidates(provider, site.value, hint.reachableModels)
        .slice(0, MAX_MODEL_CHOICES)
        .map((to) => fixIn(lx, { ...base, provider, kind: 'swap-model', toModel: to, model: site.value }))
        .filter((f): f is FixResult => !!f);
    },
    'env-token': () =>
      [
        fixIn(lx, { ...base, provider, kind: 'env-token' }),
        hint.hasDotenv ? fixIn(lx, { ...base, provider, kind: 'env-token', useDotenv: true }) : null,
      ].filter((f): f is FixResult => !!f),
    'wrap-catch': () => [fixIn(lx, { ...base, provider, kind: 'wrap-catch' })].filter((f): f is FixResult => !!f),
  };
  return [...kinds, 'wrap-catch' as const].flatMap((kind) => byKind[kind]());
}

/** New `.gitignore` content that ignores `.env`, or null when it already does. */
export function ensureGitignoresDotenv(gitignoreText: string | null): string | null {
  const text = gitignoreText ?? '';
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  let ignored = false;
  for (const l of lines) {
    if (l === '' || l.startsWith('#')) continue;
    const neg = l.startsWith('!');
    const pat = (neg ? l.slice(1) : l).replace(/^\//, '');
    if (/^(\*\*\/)?\.env\/?$/.test(pat) || pat === '.env*' || pat === '*.env') ignored = !neg;
  }
  if (ignored) return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sep = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${sep}.env${eol}`;
}
