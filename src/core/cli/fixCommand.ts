// `ai-access-doctor fix FILE --line N --kind wrap-catch|swap-model|env-token [--provider P] [--to MODEL]`
// prints the whole fixed file on stdout; exit 2 with a message on stderr when the fix does not apply.
import { readFile } from 'node:fs/promises';
import type { CliIo } from './main';
import { isModelId } from '../modelId';
import { CAUSE_IDS, PROVIDER_IDS, type CauseId, type ProviderId } from '../types';
import { applyEdits, buildFix, detectProvider, FIX_KINDS, languageFromId, type FixKind, type SourceLanguage } from '../fixes';

const USAGE = `Usage: ai-access-doctor fix FILE --line N --kind wrap-catch|swap-model|env-token [options]
  --provider P     ${PROVIDER_IDS.join('|')} (default: detected from the file)
  --to MODEL       swap-model: the model to use (default: the first fallback)
  --model MODEL    the model the failing call used (picks that one when a call names several)
  --cause C        the incident's cause, for the wrap-catch handler text
  --dotenv         env-token: also load .env (python-dotenv / dotenv)
  --language L     python|javascript|typescript (default: from the file extension)
`;

interface FixArgs {
  file?: string;
  line?: number;
  kind?: FixKind;
  provider?: ProviderId;
  to?: string;
  model?: string;
  cause?: CauseId;
  dotenv: boolean;
  language?: SourceLanguage;
}

function parse(args: string[]): FixArgs | string {
  const out: FixArgs = { dotenv: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^(--[\w-]+)=(.*)$/.exec(a);
    const flag = eq ? eq[1]! : a;
    const value = (): string | undefined => (eq ? eq[2] : args[++i]);
    switch (flag) {
      case '--line': {
        const v = value();
        if (!v || !/^\d+$/.test(v) || Number(v) < 1) return `--line needs a positive line number, got '${v ?? ''}'`;
        out.line = Number(v);
        break;
      }
      case '--kind':
      case '--provider':
      case '--cause': {
        const v = value();
        const allowed: readonly string[] = flag === '--kind' ? FIX_KINDS : flag === '--provider' ? PROVIDER_IDS : CAUSE_IDS;
        if (!v || !allowed.includes(v)) return `${flag} must be one of ${allowed.join(', ')}, got '${v ?? ''}'`;
        if (flag === '--kind') out.kind = v as FixKind;
        else if (flag === '--provider') out.provider = v as ProviderId;
        else out.cause = v as CauseId;
        break;
      }
      case '--language': {
        const v = languageFromId(value() ?? '');
        if (!v) return '--language must be python, javascript or typescript';
        out.language = v;
        break;
      }
      case '--to':
      case '--model': {
        const v = value();
        if (!v) return `${flag} needs a model id`;
        if (!isModelId(v)) return `${flag} must be a model id (letters, digits and . _ : / @ + -, at most 128 characters)`;
        if (flag === '--to') out.to = v;
        else out.model = v;
        break;
      }
      case '--dotenv':
        out.dotenv = true;
        break;
      default:
        if (a.startsWith('-')) return `unknown option '${a}'`;
        if (out.file) return `only one FILE, got '${out.file}' and '${a}'`;
        out.file = a;
    }
  }
  return out;
}

export async function fixCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const parsed = parse(args);
  const fail = (msg: string, usage = false) => {
    io.stderr.write(`ai-access-doctor fix: ${msg}\n${usage ? USAGE : ''}`);
    return 2;
  };
  if (typeof parsed === 'string') return fail(parsed, true);
  if (!parsed.file) return fail('missing FILE', true);
  if (!parsed.line) return fail('missing --line N', true);
  if (!parsed.kind) return fail('missing --kind', true);
  const language = parsed.language ?? languageFromId(parsed.file);
  if (!language) return fail(`cannot tell the language of '${parsed.file}' (use --language)`);
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch (err) {
    return fail(`cannot read '${parsed.file}': ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const lines = text.split('\n').length;
  if (parsed.line > lines) return fail(`line ${parsed.line} is past the end of '${parsed.file}' (${lines} lines)`);
  const provider = parsed.provider ?? detectProvider(text, language);
  if (!provider) return fail(`no AI SDK recognised in '${parsed.file}'; pass --provider`);
  const fix = buildFix({
    kind: parsed.kind,
    text,
    line: parsed.line,
    language,
    provider,
    cause: parsed.cause,
    model: parsed.model ?? null,
    toModel: parsed.to,
    useDotenv: parsed.dotenv,
  });
  if (!fix) {
    const why: Record<FixKind, string> = {
      'wrap-catch': 'no statement that can be wrapped there, or it is already wrapped',
      'swap-model': parsed.to
        ? `no model id there (keyword argument, property, nearby variable, owner/name ref), or it already uses ${parsed.to}`
        : 'no model id there (keyword argument, property, nearby variable, owner/name ref) with a known fallback; pass --to MODEL',
      'env-token': parsed.dotenv
        ? 'no hard-coded or missing key there, and .env is already loaded'
        : 'no hard-coded or missing key there, or it is already read from the environment',
    };
    return fail(`${parsed.kind} does not apply at ${parsed.file}:${parsed.line} (${provider}): ${why[parsed.kind]}`);
  }
  io.stdout.write(applyEdits(text, fix.edits));
  io.stderr.write(`ai-access-doctor fix: ${fix.title}\n`);
  if (fix.needsGitignoreDotenv) io.stderr.write('ai-access-doctor fix: make sure .gitignore lists .env\n');
  return 0;
}
