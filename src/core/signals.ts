// Message shapes that name a cause, for any provider, in the order tried (the most specific
// first; the first match wins). A pack adds the shapes only its provider uses (`signals`), tried
// right after the shared signals of their `after` cause.
import { fromPacks, type CauseSignal, type ProviderRule } from './providers';
import type { ProviderId } from './types';

const SHARED_SIGNALS: CauseSignal[] = [
  { cause: 'network-block', re: /Attention Required! \| Cloudflare|Sorry, you have been blocked|used Cloudflare to restrict access|cf-error-details/i },
  { cause: 'proxy-html', re: /<!DOCTYPE html|<html[\s>]|<head>|<body[\s>]|<title>/i },
  { cause: 'key-leaked', re: /reported as leaked|detected as leaked|key (?:was|has been) (?:disabled|revoked) because it was (?:leaked|exposed)/i },
  {
    cause: 'unsupported-region',
    re: /unsupported_country_region_territory|Country, region, or territory not supported|User location is not supported|not available in your (?:country|region|location)|unsupported (?:country|region)/i,
  },
  { cause: 'principal-no-access', re: /lacks the required data action|does not have authorization to perform action|The principal `[^`]*` (?:lacks|does not have)/i },
  { cause: 'org-mismatch', re: /mismatched_(?:organization|project)|header should match (?:organization|project)|No such organization|not a member of (?:an |the )?organization|Invalid (?:organization|project) (?:ID|header)/i },
  { cause: 'missing-scopes', re: /Missing scopes|insufficient permissions for this operation|does not have sufficient permissions|insufficient_scope|token (?:is missing|lacks) (?:the )?(?:required )?(?:scope|permission)/i },
  {
    cause: 'missing-token',
    re: /environment variable is missing or empty|api_key client option must be set|Missing credentials|must be instantiated be either passing in token|did not pass an authentication token|You didn't provide an API key|unregistered callers|Could not resolve authentication method|x-api-key header is required|must have access to it and be authenticated|Missing key inputs argument|No API key (?:was )?(?:provided|found)/i,
  },
  { cause: 'gated-repo', re: /Cannot access gated repo|not in the authorized list|access (?:request )?(?:is )?awaiting (?:a )?review|GatedRepoError/ },
  { cause: 'version-not-permitted', re: /Invalid version or not permitted|specified version does not exist/i },
  {
    cause: 'invalid-token',
    re: /Incorrect API key provided|invalid_api_key|Invalid API Key|invalid x-api-key|API key not valid|API_KEY_INVALID|invalid api token|invalid subscription key|did not pass a valid authentication token|Invalid username or password|Invalid credentials|token (?:has )?expired|\bUnauthorized\b|authentication_error/i,
  },
  { cause: 'network-block', re: /Please check your network settings|Public access is disabled|not from an approved private endpoint|Traffic is not from|IP (?:address )?[\w.:]* (?:is )?not (?:allowed|permitted)|blocked by (?:the )?firewall/i },
  {
    cause: 'model-access',
    re: /model_not_found|access to (?:the )?model|The model `[^`]+` does not exist|DeploymentNotFound|API deployment for this resource does not exist|is not found for API version|Invalid model\b|invalid_model|model '[^']+' not found|not_found_error|Repository Not Found|This model is private|model (?:is )?not (?:available|enabled) for your/i,
  },
  { cause: 'permission-denied', re: /permission_error|permission_denied|PERMISSION_DENIED|do(?:es)? not have permission|not allowed to|\bForbidden\b|ForbiddenError/ },
];

/** The signals one provider's traces are tried against, in order: only causes it can produce. */
function signalsOf(rule: ProviderRule): CauseSignal[] {
  // Each entry remembers the cause it is placed by: its own for shared signals, `after` for a pack's.
  const list = SHARED_SIGNALS.map((signal) => ({ signal, placedBy: signal.cause }));
  for (const own of rule.signals ?? []) {
    const anchor = own.after ?? own.cause;
    if (!SHARED_SIGNALS.some((s) => s.cause === anchor)) throw new Error(`${rule.provider}: no shared signal for ${anchor} to follow`);
    const at = list.map((e) => e.placedBy).lastIndexOf(anchor);
    list.splice(at + 1, 0, { signal: { cause: own.cause, re: own.re, ...(own.statuses ? { statuses: own.statuses } : {}) }, placedBy: anchor });
  }
  return list.map((e) => e.signal).filter((s) => rule.causes.includes(s.cause));
}

/** Per provider, built once. */
export const SIGNALS: Record<ProviderId, readonly CauseSignal[]> = fromPacks((p) => signalsOf({ provider: p.id, ...p.recognition }));
