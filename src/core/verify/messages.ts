// The words of a verification result: one template pair per outcome (and finer reason).
// Placeholders: {provider} {noun} {envVar} {envVarParen} {model} {status} {statusParen} {host}
// {console} {baseEnv} {alternatives} {alternativesSuffix} {account} {accountOr} {accountParen}
// {seconds} {code} {count} {idHint} {sdk} {baseUrlExample} {orgSettings}.
import { fixLink, PROVIDERS } from '../providers';
import type { CauseId, ProviderId } from '../types';
import { CHECKS } from './checks';
import { redact } from '../secrets';
import type { VerifyOutcome } from './types';

export interface Template {
  message: string;
  nextStep: string;
}

const SET_TOKEN = 'run "AI Access Doctor: Set AI Token…" or set {envVar}';

const TEMPLATES: Record<string, Template> = {
  'valid/model': {
    message: 'The {provider} {noun}{envVarParen} is valid and can use {model}{accountParen}.',
    nextStep: 'Nothing to change for the {noun}; if calls still fail, make sure they send this {noun} ({envVar}) and the model name {model}.',
  },
  'valid/model-unchecked': {
    message: 'The {provider} {noun}{envVarParen} is valid; {model} is not among the models it lists, which is expected when {model} is a deployment name.',
    nextStep: 'If calls to {model} still fail, check the deployment name in the Azure portal ({console}).',
  },
  'valid/listed': {
    message: 'The {provider} {noun}{envVarParen} is valid and can reach {count} models{accountParen}.',
    nextStep: 'Verify again with a model name (from an incident in the panel) to check that model too.',
  },
  'valid/token': {
    message: 'The {provider} {noun}{envVarParen} is valid{accountParen}.',
    nextStep: 'Verify again with a model name (from an incident in the panel) to check that model too.',
  },
  'invalid-token': {
    message: 'The {provider} {noun}{envVarParen} was rejected as invalid, revoked or expired{statusParen}.',
    nextStep: 'Create a new {noun} at {console}, then ' + SET_TOKEN + ' and verify again.',
  },
  'invalid-token/missing': {
    message: 'No {provider} {noun} was given{envVarParenSet}, so there is nothing to verify.',
    nextStep: 'Create a {noun} at {console}, then ' + SET_TOKEN + '.',
  },
  'invalid-token/org-mismatch': {
    message: 'The {provider} {noun}{envVarParen} does not belong to the organization or project sent with it{statusParen}.',
    nextStep: "Remove {orgSettings} or set them to the key's own organization and project ({console}).",
  },
  'invalid-token/leaked': {
    message: 'The {provider} {noun}{envVarParen} was disabled because it was reported as leaked{statusParen}.',
    nextStep: 'Create a new {noun} at {console}, keep it out of code and logs, then ' + SET_TOKEN + '.',
  },
  'no-access': {
    message: 'The {provider} {noun}{envVarParen} is valid but cannot use {model}{statusParen}.',
    nextStep: "Allow {model} for the {noun}'s project or organization at {console}{alternativesSuffix}.",
  },
  'no-access/token': {
    message: 'The {provider} {noun}{envVarParen} is not allowed to list models{statusParen}.',
    nextStep: 'Give the {noun} read access to models at {console}, or use an unrestricted {noun}.',
  },
  'no-access/missing-scopes': {
    message: 'The {provider} {noun}{envVarParen} is a restricted key without the scope this check needs{statusParen}.',
    nextStep: "Edit the key's permissions at {console} (Models: Read, plus what your calls use), or use a key with all permissions.",
  },
  'model-not-found': {
    message: '{provider} has no model {model} that this {noun}{envVarParen} can see{statusParen}.',
    nextStep: 'Check the spelling of {model}{alternativesSuffix}.',
  },
  'model-not-found/bad-id': {
    message: '"{model}" is not a {provider} model name; it should look like {idHint}.',
    nextStep: "Use the model's full name in the form {idHint}, as {provider} shows it.",
  },
  'unsupported-region': {
    message: '{provider} refuses requests from your country, region or territory, whatever the {noun}{envVarParen}{statusParen}.',
    nextStep: 'Call {provider} from a supported location, or through a gateway you may use (set its URL in {baseEnv}).',
  },
  'rate-limited': {
    message: '{provider} is rate-limiting the {noun}{envVarParen}, so it could not be checked now{statusParen}.',
    nextStep: 'Wait a minute and verify again; if it persists, check the limits at {console}.',
  },
  'rate-limited/quota': {
    message: 'The {provider} {noun}{envVarParen} is valid but its quota is used up{statusParen}.',
    nextStep: 'Add credit or raise the budget at {console}, then verify again.',
  },
  'provider-error': {
    message: '{provider} answered {host} with an unexpected error{statusParen}, so the {noun}{envVarParen} could not be checked.',
    nextStep: 'Check the base URL ({baseEnv}) and try again later.',
  },
  'provider-error/server': {
    message: '{provider} had a server error{statusParen}, so the {noun}{envVarParen} could not be checked.',
    nextStep: "Try again in a few minutes; check {provider}'s status page if it persists.",
  },
  'provider-error/html': {
    message: "Something at {host} answered with an HTML page instead of {provider}'s JSON{statusParen}, likely a proxy or gateway.",
    nextStep: 'Check the base URL ({baseEnv}) and your proxy settings, or ask your network admin to let {host} through.',
  },
  'provider-error/endpoint': {
    message: '{host} has no {provider} API at the configured base URL{statusParen}.',
    nextStep: "Check the base URL in {baseEnv} or the extension setting; leave it empty to use {provider}'s default.",
  },
  'provider-error/no-endpoint': {
    message: "{provider} needs your resource's endpoint to check the {noun}{envVarParen}.",
    nextStep: 'Set {baseEnv} to {baseUrlExample} (Keys and Endpoint in {console}), then verify again.',
  },
  'provider-error/not-json': {
    message: "{host} answered without {provider}'s JSON{statusParen}, so the {noun}{envVarParen} could not be checked.",
    nextStep: 'Check the base URL ({baseEnv}) and any proxy between you and {provider}.',
  },
  'provider-error/insecure': {
    message: 'The base URL for {provider} uses http:, so the {noun} was not sent to {host}.',
    nextStep: 'Use an https: base URL ({baseEnv} or the aiAccessDoctor.verify.baseUrls user setting); http: is allowed only to this machine.',
  },
  'provider-error/redirect': {
    message: '{host} redirected the {provider} check to {redirectHost}{statusParen}. The {noun} was not sent there, so it could not be checked.',
    nextStep:
      'If {redirectHost} is your gateway, set its URL as the base URL ({baseEnv} or the aiAccessDoctor.verify.baseUrls user setting) and verify again; otherwise check the base URL and your proxy.',
  },
  'provider-error/too-large': {
    message: '{host} answered with more data than any {provider} answer has, so the {noun}{envVarParen} could not be checked.',
    nextStep: 'Check the base URL ({baseEnv}) and any proxy between you and {provider}.',
  },
  'provider-error/sdk': {
    message: 'The {sdk} SDK could not be loaded, so the {provider} {noun}{envVarParen} could not be checked.',
    nextStep: 'Reinstall the AI Access Doctor extension, then verify again.',
  },
  'network-error': {
    message: 'Could not reach {provider} at {host}{codeParen}.',
    nextStep: 'Check the internet connection, VPN or proxy and the base URL ({baseEnv}), then verify again.',
  },
  timeout: {
    message: '{provider} at {host} did not answer within {seconds} s.',
    nextStep: 'Check the connection or proxy and verify again; {provider} may also be slow right now.',
  },
  cancelled: {
    message: 'The {provider} {noun} check was cancelled.',
    nextStep: 'Run "AI Access Doctor: Verify AI Token" again when ready.',
  },
};

/** The cause an outcome (and finer reason) points to, so {console} is that cause's page. */
const OUTCOME_CAUSES: Record<string, CauseId> = {
  'invalid-token': 'invalid-token',
  'invalid-token/missing': 'missing-token',
  'invalid-token/org-mismatch': 'org-mismatch',
  'invalid-token/leaked': 'key-leaked',
  'no-access': 'model-access',
  'no-access/missing-scopes': 'missing-scopes',
  'no-access/azure-rbac': 'principal-no-access',
  'model-not-found': 'model-access',
  'unsupported-region': 'unsupported-region',
  'rate-limited/quota': 'account-disabled',
};

/** The page that fixes what a verification found (the same link the hover and panel show). */
export function outcomeLink(provider: ProviderId, outcome: VerifyOutcome, reason?: string): string {
  return fixLink(provider, OUTCOME_CAUSES[`${outcome}/${reason}`] ?? OUTCOME_CAUSES[outcome]);
}

export interface MessageFacts {
  provider: ProviderId;
  outcome: VerifyOutcome;
  reason?: string;
  status: number | null;
  model: string | null;
  models: string[];
  account?: string;
  host: string;
  seconds?: number;
  code?: string;
  sdk?: string;
  /** Where a redirect pointed (host and port). */
  redirectHost?: string;
  override?: Partial<Template>;
}

/** Fills the template of an outcome; the token is masked out of both texts. */
export function describe(facts: MessageFacts, token: string): Template {
  const template = {
    ...(TEMPLATES[`${facts.outcome}/${facts.reason}`] ?? TEMPLATES[facts.outcome] ?? TEMPLATES['provider-error']),
    ...facts.override,
  };
  const values = placeholders(facts);
  const fill = (text: string): string =>
    redact(
      text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole),
      token ? [token] : [],
    );
  return { message: fill(template.message), nextStep: fill(template.nextStep) };
}

function placeholders(facts: MessageFacts): Record<string, string> {
  const provider = PROVIDERS[facts.provider];
  const check = CHECKS[facts.provider];
  const envVar = provider.tokenEnvVars[0] ?? 'the token setting';
  const alternatives = facts.models.filter((m) => m !== facts.model).slice(0, 5);
  const model = facts.model ?? 'this model';
  return {
    provider: provider.name,
    noun: check.tokenNoun,
    envVar,
    envVarParen: ` (${envVar})`,
    envVarParenSet: ` (${envVar} is empty)`,
    model,
    status: facts.status === null ? 'no answer' : String(facts.status),
    statusParen: facts.status === null ? '' : ` (${facts.status})`,
    host: facts.host,
    console: outcomeLink(facts.provider, facts.outcome, facts.reason),
    baseEnv: provider.baseUrlEnvVar ?? 'the base URL setting',
    alternatives: alternatives.join(', '),
    alternativesSuffix: alternatives.length ? `, or switch to a model it can use: ${alternatives.join(', ')}` : '',
    account: facts.account ?? '',
    accountOr: facts.account ?? "the token's account",
    accountParen: facts.account ? `, account ${facts.account}` : '',
    seconds: facts.seconds === undefined ? '' : String(facts.seconds),
    code: facts.code ?? '',
    codeParen: facts.code ? ` (${facts.code})` : '',
    count: String(facts.models.length),
    idHint: check.model?.idHint ?? "the provider's model id",
    sdk: facts.sdk ?? 'provider',
    redirectHost: facts.redirectHost ?? 'another address',
    baseUrlExample: check.baseUrlExample ?? 'the API base URL',
    orgSettings: provider.organization?.envVars.join(' / ') ?? 'the organization and project settings',
  };
}
