// Exit codes of `ai-access-doctor verify` (documented in README and docs/CAUSES.md). Distinct per
// outcome so a CI step can branch on them; 2 is bad usage, as for every command.
import type { VerifyOutcome } from '../verify';

export const EXIT = {
  ok: 0,
  cannotUseModel: 1,
  usage: 2,
  invalidToken: 3,
  region: 4,
  rateLimited: 5,
  providerDown: 6,
} as const;

export const VERIFY_EXIT_CODES: Record<VerifyOutcome, number> = {
  valid: EXIT.ok,
  'no-access': EXIT.cannotUseModel,
  'model-not-found': EXIT.cannotUseModel,
  'invalid-token': EXIT.invalidToken,
  'unsupported-region': EXIT.region,
  'rate-limited': EXIT.rateLimited,
  'provider-error': EXIT.providerDown,
  'network-error': EXIT.providerDown,
  timeout: EXIT.providerDown,
  cancelled: EXIT.providerDown,
};

export const VERIFY_EXIT_HELP = `Exit codes:
  0  the token is valid (and can use --model)
  1  the token is valid but cannot use --model (no access, or no such model)
  2  bad usage (unknown option, missing --provider, a refused --base-url)
  3  the token is missing, invalid, revoked or expired
  4  the provider refuses requests from this region
  5  rate-limited or out of quota
  6  the provider or the network is down (5xx, timeout, connection refused, proxy page)
`;
