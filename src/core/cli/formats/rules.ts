// The rules behind the CI formats: one per cause of `scan` (title and help from causes.ts) and
// one per finding of `check`, with the help text code scanning shows next to a result. The
// result's own message carries the provider's facts.
import { CHECK_CODES, type CheckCode } from '../../check';
import { CAUSES, causeTitle } from '../../causes';
import { CAUSE_IDS, type CauseId } from '../../types';

export type Level = 'error' | 'warning' | 'note';

export interface Rule {
  id: string;
  title: string;
  help: string;
  level: Level;
}

/** A cause's handler sentence (causes.ts) with its placeholders in general words. */
function causeHelp(id: CauseId): string {
  const words: Record<string, string> = { provider: 'the provider', model: 'the model', envVar: 'its environment variable', console: "the provider's console" };
  const text = CAUSES[id].hint.replace(/\b(The|No|this|restricted) \{provider\}/gi, '$1 provider').replace(/\{(\w+)\}/g, (_m, k: string) => words[k] ?? k);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const CHECK_RULES: Record<CheckCode, Omit<Rule, 'id'>> = {
  'retired-model': {
    title: 'The provider has retired this model',
    help: 'Calls to a retired model fail. Use the successor the provider recommends (named in the result, with the date and its source).',
    level: 'error',
  },
  'retiring-model': {
    title: 'The provider retires this model soon',
    help: 'The provider has announced a shutdown date for this model. Move to the recommended successor before then.',
    level: 'warning',
  },
  'model-typo': {
    title: 'No provider lists this model id',
    help: 'The id is one or two edits from a known model id and no provider lists it as written: likely a typo. Use the suggested id.',
    level: 'warning',
  },
  'model-unreachable': {
    title: 'The verified token cannot use this model',
    help: 'The token in this environment was verified and its model list does not include this id. Use a model it can reach, or allow this one for the token.',
    level: 'error',
  },
};

export const SCAN_RULES: Rule[] = CAUSE_IDS.map((id) => ({ id, title: causeTitle(id), help: causeHelp(id), level: 'error' }));

export const CHECK_RULE_LIST: Rule[] = CHECK_CODES.map((id) => ({ id, ...CHECK_RULES[id] }));
