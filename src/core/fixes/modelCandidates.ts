// Ranking replacement models: the live list the key can reach (closest to the original first),
// else the pack's maintained fallback table (a key that cannot reach a model usually can reach
// the smaller or older sibling of the same family, listed first).
import type { ProviderId } from '../types';
import { PROVIDERS } from '../providers';
import { modelIds } from '../modelId';

/** Model kinds that are not interchangeable with a chat/text model. */
const KIND_MARKERS = ['embed', 'whisper', 'tts', 'dall-e', 'image', 'moderation', 'transcribe', 'audio', 'realtime', 'rerank', 'search', 'vision', 'guard'];

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** `owner/name:version` -> `name`; `gpt-4o-2024-08-06` stays. */
function core(model: string): string {
  const noVersion = model.replace(/:[\w.-]+$/, '');
  const slash = noVersion.lastIndexOf('/');
  return (slash >= 0 ? noVersion.slice(slash + 1) : noVersion).toLowerCase();
}

function family(model: string): string {
  return core(model).split(/[-_.:]/)[0] ?? '';
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function sameKind(candidate: string, original: string): boolean {
  const c = candidate.toLowerCase();
  const o = original.toLowerCase();
  return KIND_MARKERS.every((m) => c.includes(m) === o.includes(m));
}

function rankModels(provider: ProviderId, model: string, reachable: string[]): string[] {
  const table = fallbacksFor(provider, model);
  const orig = model.trim();
  const origCore = core(orig);
  const pool = [...new Set(reachable.map((m) => m.trim()).filter((m) => m && m !== orig))].filter((m) => sameKind(m, orig));
  const scored = pool.map((m) => {
    const idx = table.indexOf(m);
    const c = core(m);
    let score = 0;
    if (idx >= 0) score += 10 - idx; // the table breaks near-ties only
    if (family(m) === family(orig)) score += 100;
    score += commonPrefix(c, origCore) * 3;
    score -= editDistance(c, origCore);
    return { m, score };
  });
  scored.sort((a, b) => b.score - a.score || a.m.localeCompare(b.m));
  return scored.map((s) => s.m);
}

export function modelCandidates(provider: ProviderId, model: string, reachable?: string[]): string[] {
  // Ids from a provider's list (or a stored verification) are untrusted: only model-id shapes.
  const live = modelIds(reachable ?? []);
  if (live.length > 0) return rankModels(provider, model, live);
  return modelIds(fallbacksFor(provider, model));
}

/**
 * The fallbacks for a model: the exact entry, else the entry whose key is the longest prefix of
 * the id (followed by `-`, `:` or `@`), else []. Never returns the model itself.
 */
export function fallbacksFor(provider: ProviderId, model: string): string[] {
  const table = PROVIDERS[provider].modelFallbacks;
  const id = model.trim();
  let list = table[id];
  if (!list) {
    // Replicate `owner/name:version` uses `owner/name`.
    const base = id.replace(/:[0-9a-f]{8,}$/i, '');
    list = table[base];
    if (!list) {
      let best = '';
      for (const key of Object.keys(table)) {
        if (key.length > best.length && base.startsWith(key) && /^[-:@.]/.test(base.slice(key.length))) best = key;
      }
      if (best) list = table[best];
    }
  }
  return (list ?? []).filter((m) => m !== id);
}
