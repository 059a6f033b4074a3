// The one secrets masker: every text that leaves the core (incidents, CLI output, verifier
// messages) goes through redact(). It masks a value when what carries it says it is a secret
// (an Authorization header, `x-api-key:`, `?key=`, `"api_key": "…"`, `ACME_API_KEY=…`),
// whatever the value looks like, and a token of a known shape (`sk-…`, `r8_…`, `AIza…`)
// wherever it stands. A short recognisable prefix and the last four characters stay:
// `sk-proj-…ab12`, `Bearer …9f3c`.

import { PROVIDERS } from './providers';

/** A token prefix as issued. */
export interface SecretPrefix {
  prefix: string;
  /** Who issues it (documentation only). */
  issuer: string;
}

/**
 * Every pack's token prefix (`token.prefix`), plus the finer or foreign ones the packs do not
 * name (project and service keys, OAuth tokens, providers without a pack).
 */
const SECRET_PREFIXES: readonly SecretPrefix[] = [
  ...Object.entries(PROVIDERS).flatMap(([id, pack]) => (pack.token.prefix ? [{ prefix: pack.token.prefix, issuer: id }] : [])),
  { prefix: 'sk-proj-', issuer: 'openai' },
  { prefix: 'sk-svcacct-', issuer: 'openai' },
  { prefix: 'sk-admin-', issuer: 'openai' },
  { prefix: 'api_org_', issuer: 'huggingface' },
  { prefix: 'ya29.', issuer: 'google (OAuth access token)' },
  { prefix: 'xai-', issuer: 'xai' },
];

/** Header and field names whose value is a secret, whatever its shape. */
const SECRET_HEADERS = ['api-key', 'x-api-key', 'x-goog-api-key', 'ocp-apim-subscription-key', 'x-subscription-token'];
/** Query parameters whose value is a secret. */
const SECRET_QUERY_PARAMS = ['key', 'api_key', 'api-key', 'apikey', 'access_token', 'token', 'auth_token'];
/** Object / keyword fields whose quoted value is a secret. */
const SECRET_FIELDS = [
  'api_key',
  'apiKey',
  'api-key',
  'x-api-key',
  'access_token',
  'accessToken',
  'auth_token',
  'authToken',
  'token',
  'secret',
  'client_secret',
  'password',
  'authorization',
];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

/** Characters a token value is made of (keys, JWTs, base64, URL-encoding); ASCII only, so `…` ends it. */
const VALUE = '[A-Za-z0-9._~+/=%-]';
/** A value ends where value characters end, and not at an earlier mask (keeps redact idempotent). */
const END = '(?![A-Za-z0-9._~+/=%\u2026-])';

/**
 * Carriers: group 1 is kept, group 2 is the secret. Each alternative ends with the value, so a
 * value is one greedy run of VALUE characters after a fixed carrier (linear, no nested repeats).
 */
const CARRIERS: readonly RegExp[] = [
  // Authorization: Bearer|Token|Basic <anything>; also `'authorization': 'Bearer …'` in dumps.
  new RegExp(String.raw`(\bauthorization["']?\s*(?:[:=]|=>)\s*(?:\{\s*value:\s*)?["']?(?:bearer|token|basic)\s+)(${VALUE}{3,})${END}`, 'gi'),
  // A bare `Bearer <token>` (any case): the value must look like a token, not a word.
  new RegExp(String.raw`(\bbearer\s+)(?=${VALUE}*[0-9._~+/=%-])(${VALUE}{3,})${END}`, 'gi'),
  // api-key: …, x-api-key: …, 'x-goog-api-key': '…', ocp-apim-subscription-key=…
  new RegExp(String.raw`((?<![\w-])(?:${alt(SECRET_HEADERS)})["']?\s*(?:[:=]|=>)\s*["']?)(${VALUE}{3,})${END}`, 'gi'),
  // ?key=…, &api_key=…, access_token=…
  new RegExp(String.raw`((?:[?&](?:${alt(SECRET_QUERY_PARAMS)})|(?<![\w-])(?:access_token|auth_token|api_key|apikey))=)(${VALUE}{3,})${END}`, 'gi'),
  // "api_key": "…", api_key="…", apiKey: '…', {'token': '…'}
  new RegExp(String.raw`((?<![\w-])["']?(?:${alt(SECRET_FIELDS)})["']?\s*(?:[:=]|=>)\s*["'\`])(${VALUE}{3,})${END}`, 'g'),
  // ACME_API_KEY=…, export ACME_TOKEN="…", os.environ["ACME_API_KEY"] = "…", "ACME_API_KEY": "…"
  new RegExp(String.raw`(\b[A-Z][A-Z0-9_]*(?:API_KEY|APIKEY|_TOKEN|_SECRET|_KEY)["'\]]*\s*[:=]\s*["']?)(${VALUE}{3,})${END}`, 'g'),
  // "Incorrect API key provided: …", "invalid api token: …": bare Mistral/Cohere/Azure keys in a provider's words.
  new RegExp(
    String.raw`(\b(?:api[ _-]?key|api[ _-]?token|access[ _-]?token|subscription[ _-]?key)(?:\s+provided)?\s*[:=]\s*["'\`]?)([A-Za-z0-9][A-Za-z0-9._-]{15,})${END}`,
    'gi',
  ),
];

const PREFIX_ALT = alt([...new Set(SECRET_PREFIXES.map((p) => p.prefix))]);
/**
 * A known prefix at the start of a word, after a JSON-escaped `\n` / `\t` / `\r`, or (with a
 * longer body, so `load_hf_model` stays) right after `_`. Not inside `task-runner`.
 */
const PREFIXED = new RegExp(
  String.raw`(?:(?<![A-Za-z0-9_-])|(?<=\\[nrt]))(${PREFIX_ALT})([A-Za-z0-9_-]{6,})|(?<=[A-Za-z0-9]_)(${PREFIX_ALT})([A-Za-z0-9_-]{16,})`,
  'g',
);

/**
 * Lowercase words joined by `_`: a function's name that starts like a key (`hf_raise_for_status`,
 * `hf_hub_download` in a trace's frames), not a key; random keys mix case or digits.
 */
const IDENTIFIER = /^[a-z]+(?:_[a-z]+)+$/;

function mask(kept: string, secret: string): string {
  return `${kept}…${secret.length >= 10 ? secret.slice(-4) : ''}`;
}

/** A carried value keeps its known prefix (`x-api-key: sk-ant-…9876`), so readers still see which key. */
const BY_LENGTH = [...SECRET_PREFIXES].sort((a, b) => b.prefix.length - a.prefix.length);

function maskCarried(kept: string, carried: string): string {
  // A sentence's full stop is not part of the key ("Incorrect API key provided: …ab12.").
  const stop = /\.+$/.exec(carried)?.[0] ?? '';
  const secret = carried.slice(0, carried.length - stop.length);
  if (!secret) return kept + carried;
  return maskKnownPrefix(kept, secret) + stop;
}

function maskKnownPrefix(kept: string, secret: string): string {
  const known = BY_LENGTH.find((p) => secret.startsWith(p.prefix) && secret.length > p.prefix.length);
  return known ? mask(kept + known.prefix, secret.slice(known.prefix.length)) : mask(kept, secret);
}

/** A given known value shorter than this is not masked (it would blank ordinary words). */
const MIN_GIVEN = 4;
/** An environment value shorter than this is no secret worth masking (`ACME_TOKEN=1`). */
const MIN_KNOWN = 8;

/**
 * Masks secrets in `text`. `known` are exact values to mask as well (the token being verified,
 * stored tokens, the extension's own `*_API_KEY` variables), raw and URL-encoded.
 */
export function redact(text: string, known: readonly string[] = []): string {
  if (!text) return text;
  let out = text;
  for (const value of knownVariants(known)) {
    if (out.includes(value)) out = out.split(value).join(mask('', value));
  }
  for (const re of CARRIERS) out = out.replace(re, (_m, kept: string, secret: string) => maskCarried(kept, secret));
  return out.replace(PREFIXED, (m, p1?: string, s1?: string, p2?: string, s2?: string) => {
    const body = s1 ?? s2;
    if (body === undefined || IDENTIFIER.test(body)) return m;
    return p1 !== undefined ? mask(p1, body) : mask(p2 ?? '', body);
  });
}

function knownVariants(known: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of known) {
    if (typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value.length < MIN_GIVEN) continue;
    out.add(value);
    out.add(encodeURIComponent(value));
    out.add(JSON.stringify(value).slice(1, -1));
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Names of environment variables whose values are secrets: `*_API_KEY`, `*_TOKEN`, `*_SECRET`. */
const SECRET_ENV_NAME = /(?:^|_)(?:API_?KEY|TOKEN|SECRET|ACCESS_KEY)$/i;

/** The values of an environment's secret variables (`*_API_KEY`, `*_TOKEN`, …). */
export function secretEnvValues(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_ENV_NAME.test(name) && typeof value === 'string' && value.trim().length >= MIN_KNOWN)
    .map(([, value]) => (value as string).trim());
}
