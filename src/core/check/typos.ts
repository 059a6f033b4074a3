// Likely typos of model ids: an id no provider lists that is one or two edits from a known id,
// with the same digits (a changed digit is another version, not a slip of the finger).
import { MODEL_FALLBACKS, MODEL_LIFECYCLE } from '../providers';
import { PROVIDER_IDS, type ProviderId } from '../types';

export interface KnownIds {
  /** Every id some provider's table names. */
  all: Set<string>;
  /** Per provider, spell-checked ones: the ids and their names without date or `-latest`. */
  candidates: Map<ProviderId, Array<{ id: string; base: string; digits: string }>>;
}

/** `claude-3-5-sonnet-20241022` / `-latest` / `gpt-4o-2024-08-06` -> the family name. */
function baseName(id: string): string {
  return id.replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest|\d{2}-\d{4})$/, '');
}

const digits = (s: string): string => s.replace(/\D/g, '');

let cached: KnownIds | undefined;

function knownIds(): KnownIds {
  if (cached) return cached;
  const all = new Set<string>();
  const candidates = new Map<ProviderId, Array<{ id: string; base: string; digits: string }>>();
  for (const provider of PROVIDER_IDS) {
    const ids = new Set<string>();
    for (const [key, list] of Object.entries(MODEL_FALLBACKS[provider] ?? {})) [key, ...list].forEach((id) => ids.add(id));
    const life = MODEL_LIFECYCLE[provider];
    for (const r of life.retirements) [...r.ids, r.successor].forEach((id) => ids.add(id));
    for (const id of life.knownIds ?? []) ids.add(id);
    ids.forEach((id) => all.add(id));
    if (life.spellCheck)
      candidates.set(
        provider,
        [...ids].map((id) => {
          const base = baseName(id);
          return { id, base, digits: digits(base) };
        }),
      );
  }
  cached = { all, candidates };
  return cached;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The known id `model` most likely misspells, or undefined (known, too far, or not checked). */
export function likelyTypo(provider: ProviderId, model: string): string | undefined {
  const known = knownIds();
  const list = known.candidates.get(provider);
  const id = model.trim();
  if (!list || id.length < 4 || id.length > 80 || known.all.has(id) || known.all.has(baseName(id))) return undefined;
  const lower = id.toLowerCase();
  const idDigits = digits(lower);
  let best: { id: string; d: number } | undefined;
  for (const k of list) {
    if (k.digits !== idDigits) continue;
    const d = Math.min(boundedDistance(lower, k.id, 2), boundedDistance(lower, k.base, 2));
    if (d >= 1 && d <= 2 && (!best || d < best.d)) best = { id: k.id, d };
  }
  return best?.id;
}
