// Explanations per cause, with each provider's facts filled in (env var, console, error class,
// client code). Plain, specific text in sentence case; one template per cause.
import type { CauseId, Explanation, ProviderId } from '../types';
import { RULES } from './catalogue';
import { PROVIDERS, type ProviderFacts } from './providers';
import { SNIPPETS, type ProviderSnippets } from './snippets';

const TITLES: Record<CauseId, string> = {
  'model-access': 'The key cannot use this model',
  'unsupported-region': 'The provider does not serve your region',
  'missing-token': 'No API token was sent',
  'invalid-token': 'The API token is wrong, revoked or expired',
  'org-mismatch': 'The organization or project does not match the key',
  'missing-scopes': 'The restricted key lacks a needed permission',
  'principal-no-access': 'Your Azure identity has no role on the resource',
  'version-not-permitted': 'This model version cannot be used',
  'destination-not-found': 'The model owner or name is wrong',
  'gated-repo': 'Access to this gated model was not granted',
  'key-leaked': 'The key was disabled because it leaked',
  'network-block': 'The provider blocks your network',
  'proxy-html': 'A proxy answered instead of the provider',
  'permission-denied': 'The provider denied permission',
};

export function causeTitle(cause: CauseId): string {
  return TITLES[cause];
}

/** Typical HTTP status per cause, to pick the finer error class. */
const TYPICAL_STATUS: Record<CauseId, number> = {
  'model-access': 403,
  'unsupported-region': 403,
  'missing-token': 401,
  'invalid-token': 401,
  'org-mismatch': 401,
  'missing-scopes': 401,
  'principal-no-access': 401,
  'version-not-permitted': 422,
  'destination-not-found': 404,
  'gated-repo': 403,
  'key-leaked': 403,
  'network-block': 403,
  'proxy-html': 403,
  'permission-denied': 403,
};

interface Ctx {
  p: ProviderFacts;
  s: ProviderSnippets;
  env: string;
  envs: string;
  pyClass: string;
  jsGuard: string;
  status: number;
}

function context(provider: ProviderId, cause: CauseId): Ctx {
  const p = PROVIDERS[provider];
  const s = SNIPPETS[provider];
  const status = TYPICAL_STATUS[cause];
  const pyClass = p.python?.statusErrorClasses?.[status] ?? p.python?.baseErrorClass ?? 'Exception';
  const guard = p.node?.statusErrorGuards?.[status] ?? p.node?.errorGuard ?? '{err} instanceof Error';
  return {
    p,
    s,
    env: p.tokenEnvVars[0],
    envs: p.tokenEnvVars.map((v) => `\`${v}\``).join(' or '),
    pyClass,
    jsGuard: guard.split('{err}').join('err'),
    status,
  };
}

const pyKey = (c: Ctx): string => `os.environ["${c.env}"]`;
const jsKey = (c: Ctx): string => `process.env.${c.env}`;

function py(c: Ctx, lines: string[]): string {
  return [c.s.python.imports, '', ...lines].join('\n');
}
function js(c: Ctx, lines: string[]): string {
  return [c.s.javascript.imports, '', ...lines].join('\n');
}

/** Broken: the bare call. Fixed: the call guarded so the failure says what to do. */
function guarded(c: Ctx, advice: string, model = c.s.altModel): Explanation['code'] {
  return {
    python: {
      broken: py(c, [c.s.python.client(), c.s.python.call(model)]),
      fixed: py(c, [
        c.s.python.client(),
        'try:',
        `    ${c.s.python.call(model)}`,
        `except ${c.pyClass} as err:`,
        `    raise SystemExit(f"${c.p.name}: ${advice} ({'{'}err{'}'})") from err`,
      ]),
    },
    javascript: {
      broken: js(c, [c.s.javascript.client(), c.s.javascript.call(model)]),
      fixed: js(c, [
        c.s.javascript.client(),
        'try {',
        `  ${c.s.javascript.call(model)}`,
        '} catch (err) {',
        `  if (${c.jsGuard}) {`,
        `    throw new Error(\`${c.p.name}: ${advice} (\${err.message})\`, { cause: err });`,
        '  }',
        '  throw err;',
        '}',
      ]),
    },
  };
}

type Builder = (c: Ctx) => Omit<Explanation, 'title'>;

const BUILDERS: Record<CauseId, Builder> = {
  'model-access': (c) => ({
    why: `${c.p.name} refused the request because the token, its project or its organization may not use the requested model. The model may be private, not enabled for the project, above your plan, misspelled or retired; ${c.p.name} often answers 403 or 404 for this rather than naming the reason.`,
    detection: `List the models the token can see before calling, and log the model id with every failure. A ${c.status} or 404 whose message names a model points here.`,
    causes: [
      { cause: 'The model is not enabled for this project, organization or plan.', fix: `Enable the model for the project in ${c.p.consoleUrl}, or use a model the key can list.` },
      { cause: 'The model id is misspelled, retired or (on Azure) not a deployment name.', fix: 'Copy the exact id from the provider\'s model list and update the call.' },
      { cause: 'The key belongs to a different account than the one that has access.', fix: `Check which key ${c.envs} holds and replace it with one from the account that has access.` },
    ],
    code: {
      python: { broken: py(c, [c.s.python.client(), c.s.python.call(c.s.model)]), fixed: py(c, [c.s.python.client(), `MODEL = os.environ.get("MODEL", "${c.s.altModel}")  # a model this key can use`, c.s.python.call(c.s.altModel).replace(`"${c.s.altModel}"`, 'MODEL')]) },
      javascript: { broken: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.model)]), fixed: js(c, [c.s.javascript.client(), `const MODEL = process.env.MODEL ?? '${c.s.altModel}'; // a model this key can use`, c.s.javascript.call(c.s.altModel).replace(`'${c.s.altModel}'`, 'MODEL')]) },
    },
    workaround: `Fall back to a model the key can use when ${c.pyClass} is raised, and log which model failed.`,
    prevention: 'Keep model ids in configuration, not code, and check them against the model list in CI.',
  }),
  'unsupported-region': (c) => ({
    why: `${c.p.name} does not offer its API in the country, region or territory your request appears to come from, so it refuses every call regardless of the token.`,
    detection: `The message mentions an unsupported country, region, territory or location. It fails the same way for every model and key from this network.`,
    causes: [
      { cause: 'The machine runs in a location the provider does not serve.', fix: 'Run the code from a supported location, for example a cloud region the provider supports.' },
      { cause: 'A VPN or corporate egress routes traffic through an unsupported location.', fix: 'Change the egress route or VPN exit to a supported location.' },
    ],
    code: guarded(c, 'the API is not available from this location; run from a supported region'),
    workaround: 'Call the model through a provider or cloud region that serves your location.',
    prevention: 'Check the provider\'s supported-countries list before deploying to a new region.',
  }),
  'missing-token': (c) => ({
    why: `No ${c.p.name} token reached the API. The SDK reads it from ${c.envs}, and that variable is unset or empty in the process that ran the code (a new terminal, a debugger launch configuration or a CI job often lacks it).`,
    detection: `Check that ${c.env} is set and non-empty at start-up, before the first call.`,
    causes: [
      { cause: `${c.env} is not set in this terminal, launch configuration or CI job.`, fix: `Set ${c.env} in the environment that runs the code, or load it from a .env file.` },
      { cause: 'The client was created with an empty or undefined key argument.', fix: `Pass the key explicitly from ${c.env}, and stop early when it is missing.` },
    ],
    code: {
      python: {
        broken: py(c, [c.s.python.client(), c.s.python.call(c.s.altModel)]),
        fixed: py(c, [`key = os.environ.get("${c.env}")`, 'if not key:', `    raise SystemExit("Set ${c.env} first: ${c.p.consoleUrl}")`, c.s.python.client('key'), c.s.python.call(c.s.altModel)]),
      },
      javascript: {
        broken: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.altModel)]),
        fixed: js(c, [`const key = ${jsKey(c)};`, `if (!key) throw new Error('Set ${c.env} first: ${c.p.consoleUrl}');`, c.s.javascript.client('key'), c.s.javascript.call(c.s.altModel)]),
      },
    },
    workaround: `Export ${c.env} in the current shell and run again.`,
    prevention: `Validate ${c.env} at start-up and document it in the project's .env example.`,
  }),
  'invalid-token': (c) => ({
    why: `${c.p.name} did not accept the token it received: it is mistyped, revoked, expired, belongs to another service or endpoint, or carries stray whitespace or quotes.`,
    detection: `A 401 right from the first call, whatever the model. Verify the token with a cheap authenticated request before real work.`,
    causes: [
      { cause: 'The token was revoked, rotated or expired.', fix: `Create a new token in ${c.p.consoleUrl} and store it in ${c.env}.` },
      { cause: 'A stale token is hard-coded or cached in a .env file that shadows the right one.', fix: `Remove the hard-coded value and read ${c.env} from the environment.` },
      { cause: 'The value has quotes, a newline or spaces around it.', fix: 'Strip the value when you read it.' },
    ],
    code: {
      python: {
        broken: py(c, [c.s.python.client('"paste-your-old-key-here"'), c.s.python.call(c.s.altModel)]),
        fixed: py(c, [c.s.python.client(`${pyKey(c)}.strip()`), c.s.python.call(c.s.altModel)]),
      },
      javascript: {
        broken: js(c, [c.s.javascript.client("'paste-your-old-key-here'"), c.s.javascript.call(c.s.altModel)]),
        fixed: js(c, [c.s.javascript.client(`${jsKey(c)}?.trim()`), c.s.javascript.call(c.s.altModel)]),
      },
    },
    workaround: `Set a freshly created token in ${c.env} for this session.`,
    prevention: 'Keep tokens out of source files, rotate them deliberately and verify them at start-up.',
  }),
  'org-mismatch': (c) => ({
    why: `The request named an organization or project that the key does not belong to. ${c.p.name} checks the organization and project headers against the key and refuses a mismatch with 401.`,
    detection: 'The message says the organization or project header should match the key. Compare the ids set in code and in OPENAI_ORG_ID or OPENAI_PROJECT_ID with the key\'s own.',
    causes: [
      { cause: 'An organization or project id is hard-coded or set in the environment from another account.', fix: 'Remove it, or set the id of the organization or project the key was created in.' },
      { cause: 'The key was created in a different project than the one named.', fix: `Create a key inside the intended project in ${c.p.consoleUrl}.` },
    ],
    code: {
      python: {
        broken: py(c, ['client = OpenAI(organization="org-old", project="proj_old")', c.s.python.call(c.s.altModel)]),
        fixed: py(c, ['# A project key already carries its project; leave both unset unless they match the key.', c.s.python.client(), c.s.python.call(c.s.altModel)]),
      },
      javascript: {
        broken: js(c, ["const client = new OpenAI({ organization: 'org-old', project: 'proj_old' });", c.s.javascript.call(c.s.altModel)]),
        fixed: js(c, ['// A project key already carries its project; leave both unset unless they match the key.', c.s.javascript.client(), c.s.javascript.call(c.s.altModel)]),
      },
    },
    workaround: 'Unset OPENAI_ORG_ID and OPENAI_PROJECT_ID for this run.',
    prevention: 'Keep the key and the organization or project id together in one place of configuration.',
  }),
  'missing-scopes': (c) => ({
    why: `The token is valid but restricted, and it lacks the permission this endpoint needs (for example model requests or inference). ${c.p.name} answers with the missing scope or permission in the message.`,
    detection: 'The message lists missing scopes or says the token lacks sufficient permissions; other endpoints may still work with the same token.',
    causes: [
      { cause: 'A restricted or fine-grained token was created without this permission.', fix: `Edit the token's permissions in ${c.p.consoleUrl} to include the needed one.` },
      { cause: 'Your role in the organization or project does not allow the action.', fix: 'Ask an owner for a role that allows it, or use a token created by someone who has it.' },
    ],
    code: guarded(c, `the token lacks a permission this call needs; edit its permissions at ${c.p.consoleUrl}`),
    workaround: 'Use an unrestricted token for local testing while the restricted one is updated.',
    prevention: 'Write down which permissions each service needs and create restricted tokens from that list.',
  }),
  'principal-no-access': (c) => ({
    why: 'The request authenticated as a Microsoft Entra ID identity (user, service principal or managed identity) that has no role allowing this data action on the Azure OpenAI resource.',
    detection: 'A 401 with code PermissionDenied naming a principal and a data action under Microsoft.CognitiveServices.',
    causes: [
      { cause: 'The identity has no "Cognitive Services OpenAI User" role on the resource.', fix: 'Assign that role on the resource (or its resource group) in the Azure portal, then wait a few minutes.' },
      { cause: 'The code signs in as a different identity than expected (another az login account or managed identity).', fix: 'Check which identity DefaultAzureCredential picks, or use an API key from the resource.' },
    ],
    code: guarded(c, 'the signed-in identity needs the Cognitive Services OpenAI User role on this resource'),
    workaround: `Use the resource's API key in ${c.env} until the role assignment takes effect.`,
    prevention: 'Grant roles with infrastructure code alongside the resource so every identity that needs it has it.',
  }),
  'version-not-permitted': (c) => ({
    why: `${c.p.name} could not use the model version in the request: the version id does not exist, belongs to another model, or is private to an account your token cannot act for. It answers 422.`,
    detection: 'A 422 saying the version is invalid or not permitted. Check the version id against the model\'s versions page.',
    causes: [
      { cause: 'The version id is mistyped or belongs to another model.', fix: 'Copy the version id from the model\'s versions tab, or drop it to use the latest version.' },
      { cause: 'The model is private and the token is not from its owner or team.', fix: 'Use a token from the account that owns the model, or ask the owner to share it.' },
    ],
    code: {
      python: { broken: py(c, [c.s.python.client(), c.s.python.call('acme/sdxl-test:0a1b2c3d')]), fixed: py(c, [c.s.python.client(), '# Without a version, the model\'s latest version is used.', c.s.python.call('acme/sdxl-test')]) },
      javascript: { broken: js(c, [c.s.javascript.client(), c.s.javascript.call('acme/sdxl-test:0a1b2c3d')]), fixed: js(c, [c.s.javascript.client(), '// Without a version, the model\'s latest version is used.', c.s.javascript.call('acme/sdxl-test')]) },
    },
    workaround: 'Run the model by name without a version to confirm the token can use it at all.',
    prevention: 'Pin versions in configuration and test them in CI with the production token.',
  }),
  'destination-not-found': (c) => ({
    why: `${c.p.name} found no model, deployment or owner at that name. It answers 404 both for names that do not exist and for private models the token may not see.`,
    detection: 'A 404 on a models, deployments or predictions URL. Open the owner/name page on the website while signed in as the token\'s account.',
    causes: [
      { cause: 'The owner or model name is misspelled.', fix: 'Copy owner/name exactly from the model page.' },
      { cause: 'The model or deployment is private to another account.', fix: 'Use a token from the owning account, or ask the owner for access.' },
    ],
    code: {
      python: { broken: py(c, [c.s.python.client(), c.s.python.call('acmee/private-model')]), fixed: py(c, [c.s.python.client(), c.s.python.call(c.s.altModel)]) },
      javascript: { broken: js(c, [c.s.javascript.client(), c.s.javascript.call('acmee/private-model')]), fixed: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.altModel)]) },
    },
    workaround: 'Try a public model with the same token to rule out a token problem.',
    prevention: 'Keep model references in configuration and check them against the API in CI.',
  }),
  'gated-repo': (c) => ({
    why: `The model is gated on ${c.p.name}: its authors must accept your access request before any token can download it, and the token used belongs to an account without that approval.`,
    detection: 'A 403 GatedRepoError naming the repository. Its model page shows whether your request is pending.',
    causes: [
      { cause: 'You have not requested access, or the request is still awaiting review.', fix: 'Open the model page while signed in and request access, then wait for approval.' },
      { cause: `The token in ${c.env} belongs to another account than the approved one.`, fix: 'Create a token in the approved account and use it.' },
      { cause: 'A fine-grained token lacks read access to public gated repositories.', fix: `Enable that permission on the token in ${c.p.consoleUrl}.` },
    ],
    code: {
      python: { broken: py(c, [c.s.python.client(), c.s.python.call(c.s.model)]), fixed: py(c, ['# A token from the account whose access request was approved', c.s.python.client(pyKey(c)), c.s.python.call(c.s.model)]) },
      javascript: { broken: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.model)]), fixed: js(c, ['// A token from the account whose access request was approved', c.s.javascript.client(jsKey(c)), c.s.javascript.call(c.s.model)]) },
    },
    workaround: 'Use an ungated copy or a similar open model until access is granted.',
    prevention: 'Request access for every gated model a project needs before depending on it.',
  }),
  'key-leaked': (c) => ({
    why: `${c.p.name} disabled this key because it was found in a public place (such as a public repository) and reported as leaked. A disabled key cannot be re-enabled.`,
    detection: 'The message says the key was reported as leaked; every call with it fails.',
    causes: [
      { cause: 'The key was committed to a public repository or pasted somewhere public.', fix: `Create a new key in ${c.p.consoleUrl}, store it in ${c.env}, and remove the old one from history.` },
    ],
    code: {
      python: { broken: py(c, [c.s.python.client('"AIza-or-sk-key-pasted-in-code"'), c.s.python.call(c.s.altModel)]), fixed: py(c, [c.s.python.client(pyKey(c)), c.s.python.call(c.s.altModel)]) },
      javascript: { broken: js(c, [c.s.javascript.client("'key-pasted-in-code'"), c.s.javascript.call(c.s.altModel)]), fixed: js(c, [c.s.javascript.client(jsKey(c)), c.s.javascript.call(c.s.altModel)]) },
    },
    workaround: 'There is none for the old key; replace it.',
    prevention: 'Keep keys in environment variables or a secret store and scan commits for secrets.',
  }),
  'network-block': (c) => ({
    why: `${c.p.name} or the network in front of it refused your connection before looking at the token: a CDN or firewall block page, an IP allow-list, or a resource that only accepts private network traffic.`,
    detection: 'The same failure for every token and model from this machine, often with a CDN block page or a message about network settings or private endpoints.',
    causes: [
      { cause: 'The provider\'s CDN blocks your IP address or network (VPN, hosting range, shared egress).', fix: 'Try from another network; if that works, change the egress or contact the provider with the Ray or request id.' },
      { cause: 'The resource only accepts traffic from approved networks or private endpoints.', fix: 'Run from an allowed network, or add your address to the resource\'s network rules.' },
    ],
    code: guarded(c, 'the network in front of the API blocked this machine; try another network'),
    workaround: 'Run the call from a machine on an allowed network.',
    prevention: 'Document the networks your deployment calls from and keep allow-lists in sync.',
  }),
  'proxy-html': (c) => ({
    why: `An HTML page came back where ${c.p.name} answers with JSON: a corporate proxy, an API gateway, or a base URL pointing at the wrong server answered instead of the provider.`,
    detection: `The error message contains HTML (<html>, <title>). Check the base URL the client uses${c.p.baseUrlEnvVar ? ` and the ${c.p.baseUrlEnvVar} variable` : ''}, and HTTPS_PROXY.`,
    causes: [
      { cause: `The base URL${c.p.baseUrlEnvVar ? ` (or ${c.p.baseUrlEnvVar})` : ''} points at a gateway or a wrong host.`, fix: 'Point it at the provider\'s API, or at the gateway\'s real API path.' },
      { cause: 'A corporate proxy blocks or intercepts the provider\'s domain.', fix: 'Ask for the domain to be allowed, or configure the proxy the network expects.' },
    ],
    code: guarded(c, `an HTML page answered instead of the API; check the base URL${c.p.baseUrlEnvVar ? ` and ${c.p.baseUrlEnvVar}` : ''} and proxy settings`),
    workaround: `Unset ${c.p.baseUrlEnvVar ?? 'the base URL override'} and HTTPS_PROXY for one run to see whether the provider answers directly.`,
    prevention: 'Keep the base URL in one setting and test it in CI.',
  }),
  'permission-denied': (c) => ({
    why: `${c.p.name} refused the request with a permission error and gave no finer reason. The token is recognised, but the account, project or token may not perform this action.`,
    detection: `A ${c.status} without a model, region or scope named in the message. Try the same call in the provider's console with the same account.`,
    causes: [
      { cause: 'The account, project or token is not allowed to use this endpoint or resource.', fix: `Check the token's project and permissions in ${c.p.consoleUrl}.` },
      { cause: 'The account is limited (billing, verification or policy).', fix: 'Check the account\'s status and billing page, or contact the provider\'s support.' },
    ],
    code: guarded(c, `permission denied; check the token and its project at ${c.p.consoleUrl}`),
    workaround: 'Retry with a token from an account known to work for this endpoint.',
    prevention: 'Verify the token against the endpoints the app uses when it starts.',
  }),
};

/** Causes a provider can produce (from the catalogue). */
export function causesFor(provider: ProviderId): readonly CauseId[] {
  return RULES.find((r) => r.provider === provider)?.causes ?? [];
}

export function explanationFor(provider: ProviderId, cause: CauseId): Explanation {
  const c = context(provider, cause);
  return { title: causeTitle(cause), ...BUILDERS[cause](c) };
}
