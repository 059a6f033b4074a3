// The rules behind the CI formats: one per cause of `scan` and one per finding of `check`, with
// the help text code scanning shows next to a result. Generic per cause; the result's own
// message carries the provider's facts.
import { CHECK_CODES, type CheckCode } from '../../check';
import { causeTitle } from '../../rules/explanations';
import { CAUSE_IDS, type CauseId } from '../../types';

export type Level = 'error' | 'warning' | 'note';

export interface Rule {
  id: string;
  title: string;
  help: string;
  level: Level;
}

const CAUSE_HELP: Record<CauseId, string> = {
  'model-access': 'The token, its project or its organization may not use this model. Allow the model for the project, or switch to a model the token can reach (`ai-access-doctor verify --provider P` lists them).',
  'unsupported-region': 'The provider refuses requests from this country, region or territory, whatever the token. Call it from a supported location or through a gateway you may use.',
  'missing-token': 'No token was sent: the environment variable is unset or empty where the code ran. Set the CI secret and pass it to this step.',
  'invalid-token': 'The token is wrong, revoked or expired. Create a new one in the provider\'s console and update the CI secret.',
  'org-mismatch': 'The organization or project sent with the key is not the key\'s own. Remove the organization/project variables or set them to the key\'s.',
  'missing-scopes': 'A restricted key lacks the permission this endpoint needs. Edit the key\'s permissions or use an unrestricted key.',
  'principal-no-access': 'The Azure identity has no role on the resource. Assign "Cognitive Services OpenAI User" on the resource, or use the resource\'s key.',
  'version-not-permitted': 'This model version does not exist or may not be used. Use the model\'s latest version, or one the account may run.',
  'destination-not-found': 'The model owner or name is wrong, or the model is private to another account. Check owner/name, or use a token of the owning account.',
  'gated-repo': 'This gated model\'s conditions were not accepted for the token\'s account. Accept them on the model page and wait for approval.',
  'key-leaked': 'The provider disabled the key because it was reported as leaked. Create a new key and keep it out of code and logs.',
  'network-block': 'The provider or its CDN blocks this network. Run from another network, or ask the network admin.',
  'proxy-html': 'A proxy or gateway answered with an HTML page instead of the provider. Check the base URL and the proxy settings.',
  'permission-denied': 'The provider denied permission without saying why. Verify the token (`ai-access-doctor verify`) to narrow it down.',
};

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

export const SCAN_RULES: Rule[] = CAUSE_IDS.map((id) => ({ id, title: causeTitle(id), help: CAUSE_HELP[id], level: 'error' }));

export const CHECK_RULE_LIST: Rule[] = CHECK_CODES.map((id) => ({ id, ...CHECK_RULES[id] }));
