// Key lines in the places people keep keys: `.env` files (`<PROVIDER>_API_KEY=…` from the packs) and the `env`
// object of a debug configuration (`"<PROVIDER>_API_KEY": "…"`). Pure; the value is returned only
// so the caller can verify it on the user's click, never to be kept.
import { PROVIDERS } from '../providers';
import { PROVIDER_IDS, type ProviderId } from '../types';

export interface KeyLine {
  provider: ProviderId;
  /** The variable name as written: `<PROVIDER>_API_KEY`. */
  name: string;
  /** 0-based line; columns of the name (for the lens) and of the value. */
  line: number;
  nameStart: number;
  nameEnd: number;
  value: string;
}

let byName: Map<string, ProviderId> | undefined;

/** The provider whose SDK reads the token from env var `name` (from the packs). */
export function providerForEnvVar(name: string): ProviderId | undefined {
  if (!byName) {
    byName = new Map();
    for (const id of PROVIDER_IDS) for (const v of PROVIDERS[id].tokenEnvVars) if (!byName.has(v)) byName.set(v, id);
  }
  return byName.get(name);
}

/** A value worth verifying: set, and not a reference to another variable or a placeholder. */
function usable(value: string): boolean {
  return value.length >= 4 && value.length <= 512 && !/[$\s]/.test(value) && !/^<.*>$/.test(value);
}

const DOTENV_LINE = /^([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(.*)$/;

/** The `.env` value after `=`: quoted (until the matching quote) or bare (until ` #`). */
function dotenvValue(rest: string): string {
  const quote = rest[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const end = rest.indexOf(quote, 1);
    return end > 0 ? rest.slice(1, end) : '';
  }
  return rest.replace(/[ \t]+#.*$/, '').trim();
}

/** Lines of a `.env` file that set a recognised provider's key. */
export function dotenvKeyLines(text: string): KeyLine[] {
  const out: KeyLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 10_000; i++) {
    const m = DOTENV_LINE.exec(lines[i]!.slice(0, 2048));
    if (!m) continue;
    const provider = providerForEnvVar(m[2]!);
    if (!provider) continue;
    const value = dotenvValue(m[3]!);
    if (!usable(value)) continue;
    out.push({ provider, name: m[2]!, line: i, nameStart: m[1]!.length, nameEnd: m[1]!.length + m[2]!.length, value });
  }
  return out;
}

const JSON_ENTRY = /"([A-Za-z_][A-Za-z0-9_]*)"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){0,1024})"/g;

/**
 * `"<PROVIDER>_API_KEY": "…"` entries of a launch configuration (launch.json, or a workspace
 * file's `launch` section): what a debug session would get in its environment. Values that
 * are VS Code variables (`${env:…}`, `${input:…}`) are not literal keys and are skipped.
 */
export function launchEnvKeyLines(text: string): KeyLine[] {
  const out: KeyLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 10_000; i++) {
    const line = lines[i]!.slice(0, 4096);
    JSON_ENTRY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = JSON_ENTRY.exec(line))) {
      const provider = providerForEnvVar(m[1]!);
      if (!provider) continue;
      let value: string;
      try {
        value = JSON.parse(`"${m[2]}"`) as string;
      } catch {
        continue;
      }
      if (!usable(value)) continue;
      out.push({ provider, name: m[1]!, line: i, nameStart: m.index + 1, nameEnd: m.index + 1 + m[1]!.length, value });
    }
  }
  return out;
}
