// Explanations: a cause's template (causes.ts) filled in with a provider's pack.
import { CAUSES } from './causes';
import { explainContext } from './explanationKit';
import { fixLink, PROVIDERS } from './providers';
import type { CauseId, Explanation, ProviderId } from './types';

/** Causes a provider can produce (from its pack). */
export function causesFor(provider: ProviderId): readonly CauseId[] {
  return PROVIDERS[provider]?.recognition.causes ?? [];
}

export function explanationFor(provider: ProviderId, cause: CauseId): Explanation {
  const def = CAUSES[cause];
  const c = explainContext(PROVIDERS[provider], def.statuses[0] ?? 403, fixLink(provider, cause));
  return { title: def.title, ...def.explain(c) };
}
