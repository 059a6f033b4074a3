// All carriers, and what classify asks of them: which provider the wrapped error came from and
// the status the wrapper states. Adding a wrapper: write its entry (<id>.ts) and list it here.
import { RULES } from '../providers';
import { CLASS_STATUSES } from '../signals';
import type { ProviderId } from '../types';
import { astrBot } from './astrBot';
import { continueDev } from './continueDev';
import { dify } from './dify';
import { k8sgpt } from './k8sgpt';
import { langchain } from './langchain';
import { litellm } from './litellm';
import { llamaindex } from './llamaindex';
import { llmCli } from './llmCli';
import { lobeChat } from './lobeChat';
import { promptflow } from './promptflow';
import { pydanticAi } from './pydanticAi';
import { toolReport } from './toolReport';
import type { Carrier } from './types';
import { vercelAi } from './vercelAi';
import { weaviate } from './weaviate';
import { zed } from './zed';
import { ragflow } from './ragflow';
import { talkingTo } from './talkingTo';
import { anyOf } from '../anyOf';

export type { Carrier } from './types';

export const CARRIERS: readonly Carrier[] = [
  litellm,
  vercelAi,
  langchain,
  llamaindex,
  pydanticAi,
  promptflow,
  dify,
  weaviate,
  ragflow,
  llmCli,
  zed,
  continueDev,
  k8sgpt,
  toolReport,
  lobeChat,
  astrBot,
  talkingTo,
];

/** Relative frame paths starting with one of these are wrapper code, not the user's. */
export const CARRIER_PACKAGES: readonly string[] = CARRIERS.flatMap((c) => c.packages);

/** The provider a wrapper word stands for (`Anthropic` → anthropic), from the packs' names. */
export function providerNamed(word: string): ProviderId | null {
  for (const rule of RULES) if (rule.names.test(word)) return rule.provider;
  return null;
}

export interface Carried {
  carrier: Carrier;
  /** The wrapped provider the output names, or null when it names none of the packs. */
  provider: ProviderId | null;
  /** The wrapper says it called a service that is none of the packs (`OpenrouterException -`). */
  foreign: boolean;
  /** The wrapper's own server refused the call in words only it uses (`carrier.ownRefusals`). */
  refused: boolean;
  status: number | null;
  /** The model the wrapper says the call asked for, or null. */
  model: string | null;
}

let anySign: ((text: string) => boolean) | undefined;

/**
 * The carriers whose signs show in the output, each with the provider it names (the first word
 * that is a provider's) and the status it states. `text` is the error line(s) and the trace;
 * `files` the frames' files.
 */
export function carriedBy(text: string, files: readonly string[]): Carried[] {
  const where = files.length ? `${text}\n${files.join('\n')}` : text;
  // Most blocks show no wrapper's sign: one pass says so (anyOf) instead of one per carrier's sign.
  anySign ??= anyOf(CARRIERS.flatMap((c) => c.signs));
  if (!anySign(where)) return [];
  const out: Carried[] = [];
  for (const carrier of CARRIERS) {
    if (!carrier.signs.some((re) => re.test(where))) continue;
    const refused = (carrier.ownRefusals ?? []).some((re) => re.test(text));
    const foreign = refused || callsForeign(carrier, text);
    out.push({
      carrier,
      provider: foreign ? null : firstNamed(carrier, where),
      foreign,
      refused,
      status: statusOf(carrier, text),
      model: modelOf(carrier, text),
    });
  }
  return out;
}

/** Whether the wrapper names the service it called and none of those names is a pack's. */
function callsForeign(carrier: Carrier, text: string): boolean {
  let called = false;
  for (const re of carrier.calledWords ?? []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      if (providerNamed(m[1])) return false;
      called = true;
    }
  }
  return called;
}

/** The first pattern (in the carrier's order) that names a provider decides; within it, the first match. */
function firstNamed(carrier: Carrier, text: string): ProviderId | null {
  for (const re of carrier.providerWords) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      const p = providerNamed(m[1]);
      if (p) return p;
    }
  }
  return null;
}

/**
 * The model a wrapper names in its own words before the report on the same line (`CutBlock.label`:
 * RAGFlow's `Fail to access model(…___HuggingFace).**ERROR**: `). Read for the model only: such a
 * label may name a wrapper's module (`Retrying langchain.chat_models.openai…`) for any server.
 */
export function carriedModel(label: string | undefined): string | null {
  if (!label) return null;
  for (const carrier of CARRIERS) {
    if (!carrier.models || !carrier.signs.some((re) => re.test(label))) continue;
    const model = modelOf(carrier, label);
    if (model) return model;
  }
  return null;
}

/** Whether a wrapper's words in the label say it called a service that is none of the packs (RAGFlow's `…___Tongyi-Qianwen`). */
export function labelCallsForeign(label: string | undefined): boolean {
  return !!label && CARRIERS.some((carrier) => carrier.signs.some((re) => re.test(label)) && callsForeign(carrier, label));
}

function modelOf(carrier: Carrier, text: string): string | null {
  for (const re of carrier.models ?? []) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return null;
}

function statusOf(carrier: Carrier, text: string): number | null {
  for (const re of carrier.statuses ?? []) {
    const m = re.exec(text);
    if (m && Number(m[1]) >= 400 && Number(m[1]) < 600) return Number(m[1]);
  }
  for (const re of carrier.classes ?? []) {
    const m = re.exec(text);
    const known = m && CLASS_STATUSES.find((c) => c.re.test(m[1]));
    if (known) return known.status;
  }
  return null;
}
