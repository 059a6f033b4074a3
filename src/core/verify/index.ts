// Token verification, the core half of "Verify AI Token". No `vscode` here.
export type { VerifyOutcome, VerifyRequest, VerifyResult } from './types';
export { verifyToken, verifiableProviders, DEFAULT_TIMEOUT_MS } from './verify';
export { checkTokenShape, TOKEN_SHAPES, type TokenShape } from './shapes';
export { effectiveBaseUrl, hostOf, isInsecureEndpoint, isLoopbackHost, isProviderHost, resolveBaseUrl } from './baseUrl';
export { CHECKS, COMMON_RULES, type ProviderCheck, type OutcomeRule } from './checks';
export { redact as maskSecrets } from '../secrets';
