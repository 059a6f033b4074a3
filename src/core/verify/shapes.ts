// What a plausible token looks like per provider, as data. Used by the "Set AI Token" input box
// (a hint, never a gate: verifyToken does not refuse a token for its shape).
import { PROVIDERS } from '../rules/providers';
import type { ProviderId } from '../types';
import { CHECKS } from './checks';

export interface TokenShape {
  /** Literal prefix the provider's tokens start with, if any. */
  prefix?: string;
  /** The whole token. */
  pattern: RegExp;
  /** Shown when the pattern does not match. */
  hint: string;
}

export const TOKEN_SHAPES: Record<ProviderId, TokenShape> = {
  openai: { prefix: 'sk-', pattern: /^sk-[A-Za-z0-9_-]{8,}$/, hint: 'OpenAI keys start with sk-' },
  'azure-openai': { pattern: /^[A-Za-z0-9]{32,}$/, hint: 'Azure OpenAI keys are 32 or more letters and digits (Keys and Endpoint in the portal)' },
  anthropic: { prefix: 'sk-ant-', pattern: /^sk-ant-[A-Za-z0-9_-]{8,}$/, hint: 'Anthropic keys start with sk-ant-' },
  replicate: { prefix: 'r8_', pattern: /^r8_[A-Za-z0-9_]{8,}$/, hint: 'Replicate tokens start with r8_' },
  google: { prefix: 'AIza', pattern: /^AIza[A-Za-z0-9_-]{20,}$/, hint: 'Gemini API keys start with AIza' },
  mistral: { pattern: /^[A-Za-z0-9]{20,}$/, hint: 'Mistral keys are 32 letters and digits' },
  cohere: { pattern: /^[A-Za-z0-9]{20,}$/, hint: 'Cohere keys are 40 letters and digits' },
  groq: { prefix: 'gsk_', pattern: /^gsk_[A-Za-z0-9_]{8,}$/, hint: 'Groq keys start with gsk_' },
  huggingface: { prefix: 'hf_', pattern: /^hf_[A-Za-z0-9_]{8,}$/, hint: 'Hugging Face tokens start with hf_' },
};

/** undefined when the token is plausible for the provider, else a short message for an input box. */
export function checkTokenShape(provider: ProviderId, token: string): string | undefined {
  const shape = TOKEN_SHAPES[provider];
  const name = PROVIDERS[provider].name;
  if (!token || !token.trim()) return `Enter the ${name} ${CHECKS[provider].tokenNoun}`;
  if (/^\s|\s$/.test(token)) return 'Remove the spaces or line breaks around the token';
  if (/\s/.test(token)) return 'The token contains spaces or line breaks; paste it in one piece';
  if (/^["'`].*["'`]$/.test(token)) return 'Paste the token without quotes';
  if (/^bearer\s*/i.test(token)) return "Paste only the token, without 'Bearer'";
  if (/^[A-Z][A-Z0-9_]*=/.test(token)) return 'Paste only the value, without the variable name';
  const other = lookalike(provider, token);
  if (other) {
    const otherName = PROVIDERS[other].name;
    return `This looks like ${/^[AEIOU]/.test(otherName) ? 'an' : 'a'} ${otherName} token; ${shape.hint}`;
  }
  if (!shape.pattern.test(token)) return shape.hint;
  return undefined;
}

/** Another provider whose (longer, more specific) prefix the token carries. */
function lookalike(provider: ProviderId, token: string): ProviderId | undefined {
  const own = TOKEN_SHAPES[provider].prefix ?? '';
  let best: ProviderId | undefined;
  let bestLength = own.length;
  for (const [id, shape] of Object.entries(TOKEN_SHAPES) as Array<[ProviderId, TokenShape]>) {
    if (id === provider || !shape.prefix || !token.startsWith(shape.prefix)) continue;
    if (shape.prefix.length > bestLength) {
      best = id;
      bestLength = shape.prefix.length;
    }
  }
  return best;
}

