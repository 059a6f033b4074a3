// Whether a pasted token looks plausible for a provider (shapes are in the packs). Used by the
// "Set AI Token" input box (a hint, never a gate: verifyToken does not refuse a token for its shape).
import { fromPacks, PROVIDERS, type TokenShape } from '../providers';
import type { ProviderId } from '../types';
import { CHECKS } from './checks';

export type { TokenShape };

/** Each provider's token shape, from its pack. */
export const TOKEN_SHAPES: Record<ProviderId, TokenShape> = fromPacks((p) => p.token);

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
