// Token verification, the core half of "Verify AI Token". No `vscode` here.
export type { VerifyOutcome, VerifyRequest, VerifyResult } from './types';
export { verifyToken, verifiableProviders } from './verify';
export { checkTokenShape, TOKEN_SHAPES } from './shapes';
export { effectiveBaseUrl, hostOf, isInsecureEndpoint, isProviderApiUrl, resolveBaseUrl } from './baseUrl';
export { CHECKS } from './checks';
export { redact as maskSecrets } from '../secrets';
