// Syntax checks for fix results: CPython's compiler and the TypeScript parser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';

let dir: string | null = null;
let counter = 0;

function workDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), 'aad-fix-'));
  return dir;
}

export function cleanupParseDir(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
}

/** Syntax errors of Python source, via `python3 -m py_compile` (empty when it compiles). */
export function pythonErrors(text: string): string {
  const file = join(workDir(), `check${counter++}.py`);
  writeFileSync(file, text);
  try {
    execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
    return '';
  } catch (err) {
    const e = err as { stderr?: Buffer };
    return e.stderr?.toString() || String(err);
  }
}

/** Syntax errors of JS/TS source (the file name picks the dialect: .ts, .tsx, .mjs, .cjs, .js). */
export function scriptErrors(text: string, fileName: string): string {
  const kind = /\.tsx$/.test(fileName) ? ts.ScriptKind.TSX : /\.[cm]?ts$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, kind);
  const diags = (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? [];
  const out = ts.transpileModule(text, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, allowJs: true, jsx: ts.JsxEmit.Preserve },
  });
  const all = [...diags, ...(out.diagnostics ?? [])];
  return all.map((d) => `${ts.flattenDiagnosticMessageText(d.messageText, '\n')} @${d.start}`).join('\n');
}

export function syntaxErrors(text: string, fileName: string): string {
  return /\.py$/.test(fileName) ? pythonErrors(text) : scriptErrors(text, fileName);
}

/** Python syntax errors of many sources in one interpreter run (index -> message, empty when fine). */
export function pythonErrorsBatch(texts: string[]): string[] {
  const files = texts.map((t) => {
    const f = join(workDir(), `batch${counter++}.py`);
    writeFileSync(f, t);
    return f;
  });
  const script = [
    'import json, sys',
    'out = []',
    'for f in sys.argv[1:]:',
    '    try:',
    '        compile(open(f, encoding="utf-8").read(), f, "exec")',
    '        out.append("")',
    '    except SyntaxError as e:',
    '        out.append("%s: %s line %s" % (type(e).__name__, e.msg, e.lineno))',
    'print(json.dumps(out))',
  ].join('\n');
  const res = execFileSync('python3', ['-c', script, ...files], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(res.toString()) as string[];
}
