// `ai-access-doctor check [PATH…]`: the model-id source check over a tree of Python/JS/TS files
// (honouring .gitignore): retired and retiring ids, likely typos, and with --verify the ids the
// tokens in this environment cannot reach. Formats as for `scan`.
import { promises as fs } from 'node:fs';
import { checkModelSites, modelIdSites, type CheckCode, type ModelFinding, type ModelIdSite } from '../check';
import { PROVIDERS } from '../providers';
import { PROVIDER_IDS, type ProviderId } from '../types';
import { CHECKS, verifyToken } from '../verify';
import { EXIT } from './exitCodes';
import { sourceFiles, type WalkProblem } from './files';
import { findingAnnotation, repoPath } from './formats/annotation';
import { githubCommand } from './formats/github';
import { CHECK_RULE_LIST } from './formats/rules';
import { MAX_SARIF_RESULTS, sarifLog } from './formats/sarif';
import type { CliIo } from './main';
import { safeLine } from './safeText';
import { refuseBaseUrl } from './verifyCommand';

const FORMATS = ['text', 'json', 'problems', 'sarif', 'github'] as const;
/** Larger files are generated or minified code, not where model ids are chosen. */
const MAX_FILE_BYTES = 1024 * 1024;

const USAGE = `Usage: ai-access-doctor check [PATH...] [options]
Checks the model ids in recognised AI SDK calls of Python, JavaScript and TypeScript files under
each PATH (default: .), honouring .gitignore (.git and node_modules are always skipped):
  retired-model      the provider has shut the model down (date, successor and source)
  retiring-model     the provider shuts it down within 90 days
  model-typo         no provider lists the id and it is one or two edits from a known one
  model-unreachable  with --verify: the token in this environment cannot use it

Options:
  --verify           verify each provider's token from the environment (never printed; sent only
                     to the provider's own host) and report ids its model list does not include
  --base-url P=URL   with --verify: send provider P's token to URL instead of its own host
                     (https, or http to this machine; never taken from the environment)
  --format F         text (default), json, problems, sarif or github
  --exit-code        exit 1 when anything is found
  --today YYYY-MM-DD the date to judge retirements by (default: today, UTC)

Exit codes: 0 nothing found (or found without --exit-code), 1 found with --exit-code,
2 bad usage or a path that could not be read (the others are still checked).
`;

interface Options {
  paths: string[];
  verify: boolean;
  exitCode: boolean;
  format: (typeof FORMATS)[number];
  today: string;
  baseUrls: Partial<Record<ProviderId, string>>;
}

function parse(args: string[]): Options | string {
  const o: Options = { paths: [], verify: false, exitCode: false, format: 'text', today: new Date().toISOString().slice(0, 10), baseUrls: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^(--[\w-]+)=(.*)$/.exec(a);
    const flag = eq ? eq[1]! : a;
    const value = (): string => (eq ? eq[2]! : (args[++i] ?? ''));
    if (flag === '--verify') o.verify = true;
    else if (flag === '--exit-code') o.exitCode = true;
    else if (flag === '--format') {
      const v = value();
      const f = FORMATS.find((x) => x === v);
      if (!f) return `--format must be text, json, problems, sarif or github, not '${v}'`;
      o.format = f;
    } else if (flag === '--today') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return `--today needs a date like 2026-12-01, not '${v}'`;
      o.today = v;
    } else if (flag === '--base-url') {
      const v = value();
      const m = /^([a-z-]+)=(.+)$/.exec(v);
      const provider = m && PROVIDER_IDS.find((p) => p === m[1]);
      if (!m || !provider) return `--base-url needs PROVIDER=URL with a provider of ${PROVIDER_IDS.join(', ')}, not '${v}'`;
      const why = refuseBaseUrl(m[2]!);
      if (why) return `--base-url ${why}`;
      o.baseUrls[provider] = m[2]!;
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else o.paths.push(a);
  }
  if (!o.paths.length) o.paths.push('.');
  return o;
}

interface FileSites {
  file: string;
  sites: ModelIdSite[];
}

const LEVEL: Record<CheckCode, 'error' | 'warning'> = {
  'retired-model': 'error',
  'model-unreachable': 'error',
  'retiring-model': 'warning',
  'model-typo': 'warning',
};

// Loaded with a dynamic import by main.ts, which the unused-exports check does not follow.
// ts-unused-exports:disable-next-line
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const o = parse(args);
  if (typeof o === 'string') {
    io.stderr.write(`ai-access-doctor check: ${safeLine(o)}\n${USAGE}`);
    return EXIT.usage;
  }
  const root = process.cwd();
  const problems: WalkProblem[] = [];
  const files: FileSites[] = [];
  let fileCount = 0;
  for await (const f of sourceFiles(o.paths, problems)) {
    fileCount++;
    let text: string;
    try {
      const stat = await fs.stat(f.path);
      if (stat.size > MAX_FILE_BYTES) continue;
      text = await fs.readFile(f.path, 'utf8');
    } catch {
      problems.push({ path: f.path, reason: 'cannot read it' });
      continue;
    }
    const sites = modelIdSites(text, f.language);
    if (sites.length) files.push({ file: repoPath(f.path, root), sites });
  }
  const reachable = o.verify ? await reachableModels(files, o.baseUrls, io) : undefined;
  const findings: Array<{ file: string; f: ModelFinding }> = [];
  for (const { file, sites } of files) for (const f of checkModelSites(sites, { today: o.today, reachable })) findings.push({ file, f });

  const annotations = findings.map(({ file, f }) => findingAnnotation(f, file, LEVEL[f.code], titleOf(f)));
  if (o.format === 'sarif') {
    const kept = annotations.slice(0, MAX_SARIF_RESULTS);
    io.stdout.write(`${JSON.stringify(sarifLog('check', CHECK_RULE_LIST, kept, annotations.length - kept.length), null, 2)}\n`);
  } else if (o.format === 'github') {
    for (const a of annotations) io.stdout.write(githubCommand(a));
  } else if (o.format === 'json') {
    for (const { file, f } of findings) io.stdout.write(`${JSON.stringify(jsonRecord(file, f))}\n`);
  } else {
    for (const a of annotations) {
      const level = o.format === 'problems' ? 'error' : a.level;
      io.stdout.write(`${a.file}:${a.line}:${a.column}: ${level} ${a.ruleId}: ${a.message}\n`);
    }
    if (o.format === 'text') {
      const n = findings.length;
      io.stdout.write(
        n
          ? `${n} model id${n === 1 ? '' : 's'} to look at in ${new Set(findings.map((x) => x.file)).size} of ${fileCount} files.\n`
          : `No model id problems in ${fileCount} files.\n`,
      );
    }
  }
  for (const p of problems) io.stderr.write(`ai-access-doctor check: skipped '${safeLine(p.path)}': ${p.reason}\n`);
  if (problems.length) return EXIT.usage;
  return o.exitCode && findings.length > 0 ? 1 : EXIT.ok;
}

function titleOf(f: ModelFinding): string {
  const rule = CHECK_RULE_LIST.find((r) => r.id === f.code);
  return `${PROVIDERS[f.provider].name}: ${rule?.title ?? f.code}`;
}

function jsonRecord(file: string, f: ModelFinding): object {
  const s = (t: string) => safeLine(t);
  return {
    file: s(file),
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
    provider: f.provider,
    code: f.code,
    model: s(f.model),
    message: s(f.message),
    ...(f.suggestion ? { suggestion: s(f.suggestion) } : {}),
    ...(f.date ? { date: f.date } : {}),
    ...(f.source ? { source: f.source } : {}),
  };
}

/** Per provider used in the files, the models its env token lists (provider's own host only). */
async function reachableModels(files: FileSites[], baseUrls: Options['baseUrls'], io: CliIo): Promise<Partial<Record<ProviderId, string[]>>> {
  const env = io.env ?? process.env;
  const used = [...new Set(files.flatMap((f) => f.sites.map((s) => s.provider)))].sort();
  const out: Partial<Record<ProviderId, string[]>> = {};
  for (const provider of used) {
    const pack = PROVIDERS[provider];
    const baseUrl = baseUrls[provider];
    if (!CHECKS[provider].list || !(baseUrl ?? CHECKS[provider].defaultBaseUrl)) continue;
    const name = pack.tokenEnvVars.find((n) => env[n]?.trim());
    if (!name) {
      io.stderr.write(
        `ai-access-doctor check: --verify: no ${pack.name} token in ${pack.tokenEnvVars.join(' or ')}; its ids are not checked against a model list.\n`,
      );
      continue;
    }
    const token = env[name]!.trim();
    const result = await verifyToken({ provider, token, baseUrl });
    if (result.outcome === 'valid' && result.models.length) out[provider] = result.models;
    else io.stderr.write(`ai-access-doctor check: --verify: ${safeLine(result.message, [token])}\n`);
  }
  return out;
}
