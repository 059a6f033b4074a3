// Keeps tokens out of every text the verifier returns. Self-contained on purpose (core's shared
// redact() may change independently); applied to message and nextStep before they leave.
import { TOKEN_SHAPES } from './shapes';

const MASK = '***';

const PREFIXED = Object.values(TOKEN_SHAPES)
  .map((shape) => shape.prefix)
  .filter((prefix): prefix is string => !!prefix)
  .sort((a, b) => b.length - a.length)
  .map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** `sk-…`, `r8_…`, `hf_…`, `AIza…` at the start of a word (not `task-runner`), case as issued. */
const PREFIXED_SECRET = new RegExp(`(?<![A-Za-z0-9_-])(?:${PREFIXED.join('|')})[A-Za-z0-9_-]{6,}`, 'g');

/** `Bearer …` values and `key=…` / `token=…` query values. */
const CARRIED_SECRET = /(?<=\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}|(?<=[?&](?:key|api[-_]?key|token|access_token)=)[^&\s]+/gi;

export function maskSecrets(text: string, token?: string): string {
  let out = text;
  if (token) {
    const trimmed = token.trim();
    for (const secret of new Set([token, trimmed, encodeURIComponent(trimmed)])) {
      if (secret.length >= 4) out = out.split(secret).join(MASK);
    }
  }
  return out.replace(PREFIXED_SECRET, MASK).replace(CARRIED_SECRET, MASK);
}
