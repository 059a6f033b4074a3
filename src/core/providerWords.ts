// Whether a text holds any provider pack's own words or model ids: one union test over every pack's
// text evidence. The classifier asks it before trying the packs one by one; the scanner's relevance
// look asks it of an anchor's report (scan/relevance.ts).
import { anyOf } from './anyOf';
import { RULES } from './providers';

const textEvidence = RULES.flatMap((r) => r.evidence.filter((e) => e.in === 'text'));

/** Some pack's words are in the text… */
export const anyProviderWords = anyOf(
  textEvidence.filter((e) => !e.modelIds).map((e) => e.re),
  true,
);

/** …or some pack's model ids. */
export const anyProviderIds = anyOf(textEvidence.filter((e) => e.modelIds).map((e) => e.re));
