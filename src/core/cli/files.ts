// The Python/JS/TS source files under the given paths, honouring `.gitignore` files (those of the
// paths' parent folders up to the repository root, and every one met on the way down). Never
// follows symbolic links; `.git` and `node_modules` are always skipped.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { languageFromId, type SourceLanguage } from '../fixes';

export interface SourceFile {
  path: string;
  language: SourceLanguage;
}

export interface WalkProblem {
  path: string;
  reason: string;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

interface Rules {
  base: string;
  ig: Ignore;
}

async function readRules(dir: string): Promise<Rules | undefined> {
  try {
    const text = await fs.readFile(path.join(dir, '.gitignore'), 'utf8');
    return { base: dir, ig: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function ignored(rules: Rules[], file: string, isDir: boolean): boolean {
  let out = false;
  for (const r of rules) {
    const rel = path.relative(r.base, file).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    const t = r.ig.test(isDir ? `${rel}/` : rel);
    if (t.ignored) out = true;
    else if (t.unignored) out = false;
  }
  return out;
}

/** `.gitignore` rules of the folders above `dir`, up to the one holding `.git` (outermost first). */
async function ancestorRules(dir: string): Promise<Rules[]> {
  const chain: string[] = [];
  let current = path.resolve(dir);
  for (let depth = 0; depth < 64; depth++) {
    chain.unshift(current);
    const hasGit = await fs.lstat(path.join(current, '.git')).then(
      () => true,
      () => false,
    );
    const parent = path.dirname(current);
    if (hasGit || parent === current) break;
    current = parent;
  }
  chain.pop(); // `dir` itself is read by the walk
  const rules = await Promise.all(chain.map(readRules));
  return rules.filter((r): r is Rules => !!r);
}

function sourceLanguage(file: string): SourceLanguage | null {
  if (/\.d\.[cm]?ts$/i.test(file)) return null;
  return languageFromId(file);
}

/** Yields source files in a stable (sorted) order; unreadable paths go to `problems`. */
export async function* sourceFiles(paths: string[], problems: WalkProblem[]): AsyncGenerator<SourceFile> {
  for (const given of paths) {
    const abs = path.resolve(given);
    let stat;
    try {
      stat = await fs.lstat(abs);
    } catch (err) {
      problems.push({ path: given, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : 'cannot read it' });
      continue;
    }
    if (stat.isFile()) {
      const language = sourceLanguage(abs);
      if (language) yield { path: given, language };
      continue;
    }
    if (!stat.isDirectory()) continue;
    yield* walk(given, [...(await ancestorRules(abs))], problems);
  }
}

async function* walk(dir: string, inherited: Rules[], problems: WalkProblem[]): AsyncGenerator<SourceFile> {
  const own = await readRules(path.resolve(dir));
  const rules = own ? [...inherited, own] : inherited;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    problems.push({ path: dir, reason: 'cannot list it' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) {
      if (ALWAYS_SKIPPED.has(e.name) || ignored(rules, path.resolve(full), true)) continue;
      yield* walk(full, rules, problems);
    } else if (e.isFile()) {
      const language = sourceLanguage(e.name);
      if (language && !ignored(rules, path.resolve(full), false)) yield { path: full, language };
    }
  }
}
