// The text the agent-mode tools return. Pure: the adapter gathers the facts, this words them.
// Every field passes the masker again: an agent's context is one more place a key must not reach.
import { modelCandidates } from '../fixes/modelCandidates';
import { PROVIDERS } from '../providers';
import { redact } from '../secrets';
import type { ProviderId } from '../types';
import { keyWorks, outcomeWords, reaches, verifiedWhen } from './keyStatus';

export interface IncidentFacts {
  provider: ProviderId;
  cause: string;
  causeTitle: string;
  model: string | null;
  /** Workspace-relative path and 1-based line, when the incident points at the user's code. */
  file?: string;
  line?: number;
  firstFix?: string;
}

const clean = (text: string, max = 200): string =>
  redact(text)
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .slice(0, max);

export function incidentsAnswer(incidents: readonly IncidentFacts[], max = 20): string {
  if (!incidents.length) return 'No AI access incidents in this window.';
  const lines = incidents.slice(0, max).map((item, i) => {
    const parts = [
      `${PROVIDERS[item.provider].name}`,
      `cause ${clean(item.cause, 60)} (${clean(item.causeTitle, 80)})`,
      item.model ? `model ${clean(item.model, 130)}` : 'model unknown',
      item.file ? `at ${clean(item.file, 200)}:${item.line ?? 1}` : 'no source line',
      item.firstFix ? `first fix: ${clean(item.firstFix)}` : 'no quick fix',
    ];
    return `${i + 1}. ${parts.join('; ')}`;
  });
  const more = incidents.length > max ? `\n(${incidents.length - max} older incidents not listed)` : '';
  return `${incidents.length} AI access incident${incidents.length === 1 ? '' : 's'} in this window, newest first:\n${lines.join('\n')}${more}`;
}

export interface AccessRecord {
  outcome: string;
  models: readonly string[];
  /** The model the verification asked about, and when it ran. */
  model: string | null;
  at: number;
}

export interface ModelAccessQuestion {
  provider: ProviderId;
  model?: string;
  hasStoredKey: boolean;
  record?: AccessRecord;
  now: number;
}

/** "Can the stored key for P use M, and which models can it use?", from the last verification. */
export function modelAccessAnswer(q: ModelAccessQuestion): string {
  const name = PROVIDERS[q.provider].name;
  if (!q.hasStoredKey)
    return `No ${name} key is stored in VS Code. The user can set one with "AI Access Doctor: Set AI token…"; nothing is known about which models a key can use.`;
  const r = q.record;
  if (!r)
    return `The stored ${name} key has not been verified yet, so which models it can use is unknown. Call this tool again with "verify": true to check it now (the user is asked first).`;
  const when = verifiedWhen(r.at, q.now);
  const models = r.models.map((m) => clean(m, 130));
  const out: string[] = [];
  if (!keyWorks(r.outcome)) {
    out.push(`The stored ${name} key was verified ${when}: ${outcomeWords(r.outcome).toLowerCase()}. It cannot be used for any model until that is fixed.`);
    return out.join('\n');
  }
  out.push(`The stored ${name} key was verified ${when} and works.`);
  if (q.model) {
    const model = clean(q.model, 130);
    if (models.length) {
      if (reaches(models, model)) out.push(`It can use ${model}.`);
      else {
        const closest = modelCandidates(q.provider, model, models).slice(0, 3);
        out.push(`It cannot use ${model}: that id is not among the models it reaches.${closest.length ? ` Closest it can use: ${closest.join(', ')}.` : ''}`);
      }
    } else if (r.model === q.model) {
      out.push(r.outcome === 'valid' ? `It can use ${model}.` : `It cannot use ${model} (${outcomeWords(r.outcome).toLowerCase()}).`);
    } else
      out.push(
        `${name} does not list models for a key, so whether it can use ${model} is unknown. Call again with "verify": true to check that model (the user is asked first).`,
      );
  }
  if (models.length) out.push(`Models it can use (${models.length}): ${models.slice(0, 200).join(', ')}${models.length > 200 ? ', …' : ''}.`);
  return out.join('\n');
}
