// `ai-access-doctor verify --provider P [--model M] [--base-url URL] [--token-env NAME]
// [--format text|json]`: the extension's "Verify AI token" as a CI preflight. The token comes
// from the environment only and is never printed; a base URL other than the provider's own
// comes from the command line only (never from the repository, a config file or the SDK's own
// base-URL variable), and plain http only to this machine.
import { PROVIDERS } from '../providers';
import { isModelId } from '../modelId';
import { PROVIDER_IDS, type ProviderId } from '../types';
import { CHECKS, verifyToken, type VerifyResult } from '../verify';
import { EXIT, VERIFY_EXIT_CODES, VERIFY_EXIT_HELP } from './exitCodes';
import type { CliIo } from './main';
import { safeLine } from './safeText';

const FORMATS = ['text', 'json'] as const;

function usage(): string {
  const lines = PROVIDER_IDS.map((id) => {
    const f = PROVIDERS[id];
    const base = CHECKS[id].defaultBaseUrl ? '' : ' (needs --base-url)';
    return `  ${id.padEnd(13)}${f.tokenEnvVars.join(', ')}${base}`;
  });
  const ignored = PROVIDER_IDS.map((id) => PROVIDERS[id].baseUrlEnvVar).filter(Boolean);
  return `Usage: ai-access-doctor verify --provider P [options]
Checks the provider token from the environment (never printed) and, with --model, that it can use
that model. Needs network access to the provider.

Options:
  --provider P       ${PROVIDER_IDS.join('|')}
  --model M          also check that the token can use model M
  --base-url URL     send the token to this API base URL instead of the provider's own (a gateway,
                     a proxy, an Azure resource). https, or http to this machine only. Only this
                     option sets it: ${ignored.join(', ')} and the like are ignored.
  --token-env NAME   read the token from the variable NAME instead of the provider's usual one
  --format F         text (default) or json
  --timeout S        seconds for the whole check (default 15)

Token variables per provider (the first one set is used):
${lines.join('\n')}

${VERIFY_EXIT_HELP}`;
}

interface Options {
  provider?: ProviderId;
  model?: string;
  baseUrl?: string;
  tokenEnv?: string;
  format: (typeof FORMATS)[number];
  timeoutMs?: number;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

function parse(args: string[]): Options | string {
  const o: Options = { format: 'text' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^(--[\w-]+)=([\s\S]*)$/.exec(a);
    const flag = eq ? eq[1]! : a;
    const value = (): string => (eq ? eq[2]! : (args[++i] ?? ''));
    switch (flag) {
      case '--provider': {
        const v = value();
        const id = PROVIDER_IDS.find((p) => p === v);
        if (!id) return `--provider must be one of ${PROVIDER_IDS.join(', ')}, not '${v}'`;
        o.provider = id;
        break;
      }
      case '--model': {
        const v = value();
        if (!isModelId(v)) return `--model needs a model id (letters, digits and . _ : / @ + -), not '${v}'`;
        o.model = v;
        break;
      }
      case '--base-url':
        o.baseUrl = value();
        break;
      case '--token-env': {
        const v = value();
        if (!ENV_NAME.test(v)) return `--token-env needs a variable name, not '${v}'`;
        o.tokenEnv = v;
        break;
      }
      case '--format': {
        const v = value();
        const f = FORMATS.find((x) => x === v);
        if (!f) return `--format must be text or json, not '${v}'`;
        o.format = f;
        break;
      }
      case '--timeout': {
        const v = value();
        if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0 || Number(v) > 600) return `--timeout needs seconds between 0 and 600, not '${v}'`;
        o.timeoutMs = Math.round(Number(v) * 1000);
        break;
      }
      default:
        return `unknown argument '${a}'`;
    }
  }
  return o;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a --base-url is refused, or undefined when it may carry the token. */
export function refuseBaseUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password) return 'must not contain credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') return LOOPBACK.has(url.hostname) || /^127\./.test(url.hostname) ? undefined : 'must use https (http only to this machine)';
  return 'must be an https URL';
}

export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(usage());
    return EXIT.ok;
  }
  const fail = (msg: string): number => {
    io.stderr.write(`ai-access-doctor verify: ${safeLine(msg)}\nRun 'ai-access-doctor verify --help' for the options.\n`);
    return EXIT.usage;
  };
  const o = parse(args);
  if (typeof o === 'string') return fail(o);
  if (!o.provider) return fail('missing --provider');
  const facts = PROVIDERS[o.provider];
  const check = CHECKS[o.provider];
  if (o.baseUrl !== undefined) {
    const why = refuseBaseUrl(o.baseUrl);
    if (why) return fail(`--base-url ${why}`);
  } else if (!check.defaultBaseUrl) {
    return fail(`${facts.name} has no shared endpoint: pass your resource's URL with --base-url`);
  }
  const env = io.env ?? process.env;
  const names = o.tokenEnv ? [o.tokenEnv] : facts.tokenEnvVars;
  const from = names.find((n) => env[n]?.trim());
  const token = from ? env[from]!.trim() : '';
  const notes: string[] = [];
  if (!o.baseUrl && facts.baseUrlEnvVar && env[facts.baseUrlEnvVar]?.trim()) {
    notes.push(`${facts.baseUrlEnvVar} is set but ignored; pass --base-url to send the token there.`);
  }
  if (o.baseUrl) notes.push(`Sending the ${facts.name} ${check.tokenNoun} to ${new URL(o.baseUrl).host} (--base-url).`);
  for (const n of notes) io.stderr.write(`ai-access-doctor verify: ${safeLine(n, token ? [token] : [])}\n`);

  const result = forCommandLine(await verifyToken({ provider: o.provider, token, model: o.model ?? null, baseUrl: o.baseUrl, timeoutMs: o.timeoutMs }));
  const code = VERIFY_EXIT_CODES[result.outcome] ?? EXIT.providerDown;
  const secrets = token ? [token] : [];
  io.stdout.write(o.format === 'json' ? jsonReport(result, code, from, o.baseUrl, secrets) : textReport(result, secrets));
  return code;
}

/**
 * The verifier's sentences speak to the extension's user; on the command line the token comes
 * from a variable and a base URL only from --base-url, so say that instead.
 */
function forCommandLine(r: VerifyResult): VerifyResult {
  const baseEnv = PROVIDERS[r.provider]?.baseUrlEnvVar;
  const words = (t: string): string => {
    let out = t.replace(/run "AI Access Doctor: Set AI Token…" or set /g, 'set ').replace(/ or the extension setting/g, '');
    if (baseEnv) out = out.split(`set its URL in ${baseEnv}`).join('pass its URL with --base-url').split(baseEnv).join('--base-url');
    return out;
  };
  return { ...r, message: words(r.message), nextStep: words(r.nextStep) };
}

function jsonReport(r: VerifyResult, exitCode: number, tokenEnv: string | undefined, baseUrl: string | undefined, secrets: string[]): string {
  const s = (t: string) => safeLine(t, secrets);
  return `${JSON.stringify({
    provider: r.provider,
    outcome: r.outcome,
    exitCode,
    status: r.status,
    model: r.model === null ? null : s(r.model),
    models: r.models.map(s),
    ...(r.account ? { account: s(r.account) } : {}),
    tokenEnv: tokenEnv ?? null,
    host: baseUrl ? new URL(baseUrl).host : null,
    message: s(r.message),
    nextStep: s(r.nextStep),
  })}\n`;
}

function textReport(r: VerifyResult, secrets: string[]): string {
  const s = (t: string) => safeLine(t, secrets);
  const lines = [s(r.message), s(r.nextStep)];
  if (r.outcome === 'valid' && r.models.length) {
    const shown = r.models.slice(0, 20).map(s).join(', ');
    lines.push(`Models (${r.models.length}): ${shown}${r.models.length > 20 ? ', …' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
