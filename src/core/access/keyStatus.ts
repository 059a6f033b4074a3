// Words for what is known about a key: masked form, when it was verified, what it reaches.
// Pure, shared by the access view, the `.env` lens, the diagnostics and the agent tools.
import { redact } from '../secrets';

/** `sk-…f3Qa`: the known prefix and the last four characters, never more. */
export function maskKey(value: string): string {
  const key = value.trim();
  const masked = redact(key);
  if (masked !== key && !masked.includes(key.slice(-8))) return masked;
  // No known prefix (Mistral, Cohere, Azure keys): the last four only, for keys long enough.
  return `…${key.length >= 12 ? key.slice(-4) : ''}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "today 10:42", "yesterday 18:05", "on 28 Nov 09:12" (local time). */
export function verifiedWhen(at: number, now: number): string {
  const when = new Date(at);
  const time = `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  const day = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(new Date(now)) - day(when)) / 86_400_000);
  if (days === 0) return `today ${time}`;
  if (days === 1) return `yesterday ${time}`;
  return `on ${when.getDate()} ${MONTHS[when.getMonth()]}${when.getFullYear() === new Date(now).getFullYear() ? '' : ` ${when.getFullYear()}`} ${time}`;
}

/** Whether a key that reaches `reachable` can use `model` (Replicate refs match without their version). */
export function reaches(reachable: readonly string[], model: string): boolean {
  const base = (id: string): string => id.replace(/:[\w.-]+$/, '');
  return reachable.includes(model) || reachable.includes(base(model));
}

/** The model ids of `used` the key cannot reach, each once, in order. */
export function unreachableOf(used: readonly string[], reachable: readonly string[]): string[] {
  return [...new Set(used)].filter((model) => !reaches(reachable, model));
}

/** What verification found, as far as the lens and the view need it. */
export interface KeyCheckFacts {
  outcome: string;
  models: readonly string[];
}

const OUTCOME_WORDS: Record<string, string> = {
  valid: 'Valid',
  'invalid-token': 'Invalid key',
  'no-access': 'Valid, but no access to the model',
  'model-not-found': 'Valid, model not found',
  'unsupported-region': 'Blocked in this region',
  'rate-limited': 'Rate limited',
  'provider-error': 'Provider error',
  'network-error': 'Provider unreachable',
  timeout: 'Timed out',
  cancelled: 'Cancelled',
};

export function outcomeWords(outcome: string): string {
  return OUTCOME_WORDS[outcome] ?? outcome;
}

/** A key that answered: the provider accepted it, whatever it said about one model. */
export function keyWorks(outcome: string): boolean {
  return outcome === 'valid' || outcome === 'no-access' || outcome === 'model-not-found';
}

/** One line for a CodeLens: "$(pass) Valid · reaches 3 models · cannot reach gpt-4o". */
export function lensSummary(facts: KeyCheckFacts, usedInWorkspace: readonly string[]): string {
  const works = keyWorks(facts.outcome);
  const parts = [`${works ? '$(pass)' : '$(error)'} ${works ? 'Valid' : outcomeWords(facts.outcome)}`];
  if (works && facts.models.length) {
    parts.push(`reaches ${facts.models.length} model${facts.models.length === 1 ? '' : 's'}`);
    const missing = unreachableOf(usedInWorkspace, facts.models);
    if (missing.length) parts.push(`cannot reach ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`);
    else if (usedInWorkspace.length) parts.push("reaches every model this workspace's calls use");
  }
  return parts.join(' · ');
}
