// One definition per cause (docs/CAUSES.md): its title, the HTTP statuses it arrives with, what a
// wrapped call's handler says, and the explanation template the provider's pack fills in.
import { guarded, js, jsKey, py, pyKey, type ExplainContext } from './explanationKit';
import type { CauseId, Explanation } from './types';

export interface CauseDef {
  /**
   * Short title in sentence case that covers every reason the evidence allows, the most
   * likely first ("The model does not exist or is private to another account").
   */
  title: string;
  /**
   * The clause of the one-line Problems message after "Provider 403: " ({model} when named):
   * short, self-contained, none of the provider's own words.
   */
  problem: { model?: string; plain: string };
  /** Statuses the providers use for this cause, most usual first (picks the SDK's error classes). */
  statuses: number[];
  /**
   * One sentence for a wrap-catch handler; placeholders: {provider} {model} {envVar} {console}.
   * Plain ASCII, no quotes, so it fits any string literal.
   */
  hint: string;
  explain: (c: ExplainContext) => Omit<Explanation, 'title'>;
}

export const CAUSES: Record<CauseId, CauseDef> = {
  'model-access': {
    title: 'The key cannot use this model, or the model does not exist',
    problem: { model: 'this key cannot use {model}', plain: 'this key cannot use the model it asked for' },
    statuses: [403, 404],
    hint: '{provider} refused {model} for the key in {envVar}: check the project model allow-list and plan at {console}, or switch to a model the key can use',
    explain: (c) => ({
      why: `${c.p.name} refused the request because the token, its project or its organization may not use the requested model. The model may be private, not enabled for the project, above your plan, misspelled or retired; ${c.p.name} often answers 403 or 404 for this rather than naming the reason.`,
      detection: `List the models the token can see before calling, and log the model id with every failure. A ${c.status} or 404 whose message names a model points here.`,
      causes: [
        {
          cause: 'The model is not enabled for this project, organization or plan.',
          fix: `Enable the model for the project in ${c.link}, or use a model the key can list.`,
        },
        {
          cause: 'The model id is misspelled, retired or (on Azure) not a deployment name.',
          fix: "Copy the exact id from the provider's model list and update the call.",
        },
        {
          cause: 'The key belongs to a different account than the one that has access.',
          fix: `Check which key ${c.envs} holds and replace it with one from the account that has access.`,
        },
      ],
      code: {
        python: {
          broken: py(c, [c.s.python.client(), c.s.python.call(c.s.model)]),
          fixed: py(c, [
            c.s.python.client(),
            `MODEL = os.environ.get("MODEL", "${c.s.altModel}")  # a model this key can use`,
            c.s.python.call(c.s.altModel).replace(`"${c.s.altModel}"`, 'MODEL'),
          ]),
        },
        javascript: {
          broken: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.model)]),
          fixed: js(c, [
            c.s.javascript.client(),
            `const MODEL = process.env.MODEL ?? '${c.s.altModel}'; // a model this key can use`,
            c.s.javascript.call(c.s.altModel).replace(`'${c.s.altModel}'`, 'MODEL'),
          ]),
        },
      },
      workaround: `Fall back to a model the key can use when ${c.pyClass} is raised, and log which model failed.`,
      prevention: 'Keep model ids in configuration, not code, and check them against the model list in CI.',
    }),
  },
  'unsupported-region': {
    title: 'The provider does not serve your region',
    problem: { plain: 'requests from this country or region are refused' },
    statuses: [403],
    hint: '{provider} does not serve this country or region (key in {envVar}, {model}): run from a supported region',
    explain: (c) => ({
      why: `${c.p.name} does not offer its API in the country, region or territory your request appears to come from, so it refuses every call regardless of the token.`,
      detection: `The message mentions an unsupported country, region, territory or location. It fails the same way for every model and key from this network.`,
      causes: [
        {
          cause: 'The machine runs in a location the provider does not serve.',
          fix: 'Run the code from a supported location, for example a cloud region the provider supports.',
        },
        {
          cause: 'A VPN or corporate egress routes traffic through an unsupported location.',
          fix: 'Change the egress route or VPN exit to a supported location.',
        },
      ],
      code: guarded(c, 'the API is not available from this location; run from a supported region'),
      workaround: 'Call the model through a provider or cloud region that serves your location.',
      prevention: "Check the provider's supported-countries list before deploying to a new region.",
    }),
  },
  'missing-token': {
    title: 'No API token was sent',
    problem: { plain: 'no API key or token was sent' },
    statuses: [401],
    hint: 'No {provider} key was sent: set {envVar} in the environment (or in .env) before this runs',
    explain: (c) => ({
      why: `No ${c.p.name} token reached the API. The SDK reads it from ${c.envs}, and that variable is unset or empty in the process that ran the code (a new terminal, a debugger launch configuration or a CI job often lacks it).`,
      detection: `Check that ${c.env} is set and non-empty at start-up, before the first call.`,
      causes: [
        {
          cause: `${c.env} is not set in this terminal, launch configuration or CI job.`,
          fix: `Set ${c.env} in the environment that runs the code, or load it from a .env file.`,
        },
        {
          cause: 'The client was created with an empty or undefined key argument.',
          fix: `Pass the key explicitly from ${c.env}, and stop early when it is missing.`,
        },
      ],
      code: {
        python: {
          broken: py(c, [c.s.python.client(), c.s.python.call(c.s.altModel)]),
          fixed: py(c, [
            `key = os.environ.get("${c.env}")`,
            'if not key:',
            `    raise SystemExit("Set ${c.env} first: ${c.link}")`,
            c.s.python.client('key'),
            c.s.python.call(c.s.altModel),
          ]),
        },
        javascript: {
          broken: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.altModel)]),
          fixed: js(c, [
            `const key = ${jsKey(c)};`,
            `if (!key) throw new Error('Set ${c.env} first: ${c.link}');`,
            c.s.javascript.client('key'),
            c.s.javascript.call(c.s.altModel),
          ]),
        },
      },
      workaround: `Export ${c.env} in the current shell and run again.`,
      prevention: `Validate ${c.env} at start-up and document it in the project's .env example.`,
    }),
  },
  'invalid-token': {
    title: 'The API token is wrong, revoked or expired',
    problem: { plain: 'the key is invalid, revoked or expired' },
    statuses: [401],
    hint: '{provider} rejected the key: check that {envVar} holds a current key from {console}',
    explain: (c) => ({
      why: `${c.p.name} did not accept the token it received: it is mistyped, revoked, expired, belongs to another service or endpoint, or carries stray whitespace or quotes.`,
      detection: `A 401 right from the first call, whatever the model. Verify the token with a cheap authenticated request before real work.`,
      causes: [
        { cause: 'The token was revoked, rotated or expired.', fix: `Create a new token in ${c.link} and store it in ${c.env}.` },
        {
          cause: 'A stale token is hard-coded or cached in a .env file that shadows the right one.',
          fix: `Remove the hard-coded value and read ${c.env} from the environment.`,
        },
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
  },
  'org-mismatch': {
    title: 'The organization or project does not match the key',
    problem: { plain: 'the key does not belong to the organization or project sent with it' },
    statuses: [401],
    hint: 'The organization or project sent does not match the {provider} key in {envVar}: check both at {console}',
    explain: (c) => ({
      why: `The request named an organization or project that the key does not belong to. ${c.p.name} checks the organization and project headers against the key and refuses a mismatch with 401.`,
      detection: `The message says the organization or project header should match the key. Compare the ids set in code${orgVars(c, ' or ')} with the key's own.`,
      causes: [
        {
          cause: 'An organization or project id is hard-coded or set in the environment from another account.',
          fix: 'Remove it, or set the id of the organization or project the key was created in.',
        },
        { cause: 'The key was created in a different project than the one named.', fix: `Create a key inside the intended project in ${c.link}.` },
      ],
      code: {
        python: {
          broken: py(c, [c.p.organization?.python ?? c.s.python.client('"key-of-another-organization"'), c.s.python.call(c.s.altModel)]),
          fixed: py(c, [
            '# A project key already carries its project; leave both unset unless they match the key.',
            c.s.python.client(),
            c.s.python.call(c.s.altModel),
          ]),
        },
        javascript: {
          broken: js(c, [c.p.organization?.javascript ?? c.s.javascript.client("'key-of-another-organization'"), c.s.javascript.call(c.s.altModel)]),
          fixed: js(c, [
            '// A project key already carries its project; leave both unset unless they match the key.',
            c.s.javascript.client(),
            c.s.javascript.call(c.s.altModel),
          ]),
        },
      },
      workaround: c.p.organization ? `Unset ${c.p.organization.envVars.join(' and ')} for this run.` : 'Leave the organization and project unset for this run.',
      prevention: 'Keep the key and the organization or project id together in one place of configuration.',
    }),
  },
  'missing-scopes': {
    title: 'The restricted key lacks a needed permission',
    problem: { plain: 'the key lacks a permission this call needs' },
    statuses: [401, 403],
    hint: 'The restricted {provider} key in {envVar} lacks the permission this endpoint needs: grant it at {console}',
    explain: (c) => ({
      why: `The token is valid but restricted, and it lacks the permission this endpoint needs (for example model requests or inference). ${c.p.name} answers with the missing scope or permission in the message.`,
      detection: 'The message lists missing scopes or says the token lacks sufficient permissions; other endpoints may still work with the same token.',
      causes: [
        {
          cause: 'A restricted or fine-grained token was created without this permission.',
          fix: `Edit the token's permissions in ${c.link} to include the needed one.`,
        },
        {
          cause: 'Your role in the organization or project does not allow the action.',
          fix: 'Ask an owner for a role that allows it, or use a token created by someone who has it.',
        },
      ],
      code: guarded(c, `the token lacks a permission this call needs; edit its permissions at ${c.link}`),
      workaround: 'Use an unrestricted token for local testing while the restricted one is updated.',
      prevention: 'Write down which permissions each service needs and create restricted tokens from that list.',
    }),
  },
  'principal-no-access': {
    title: 'Your Azure identity has no role on the resource',
    problem: { plain: 'the signed-in identity has no role on this resource' },
    statuses: [401, 403],
    hint: 'The identity calling {provider} has no role on the resource: assign one (for example Cognitive Services OpenAI User) at {console}',
    explain: (c) => ({
      why: 'The request authenticated as a Microsoft Entra ID identity (user, service principal or managed identity) that has no role allowing this data action on the Azure OpenAI resource.',
      detection: 'A 401 with code PermissionDenied naming a principal and a data action under Microsoft.CognitiveServices.',
      causes: [
        {
          cause: 'The identity has no "Cognitive Services OpenAI User" role on the resource.',
          fix: 'Assign that role on the resource (or its resource group) in the Azure portal, then wait a few minutes.',
        },
        {
          cause: 'The code signs in as a different identity than expected (another az login account or managed identity).',
          fix: 'Check which identity DefaultAzureCredential picks, or use an API key from the resource.',
        },
      ],
      code: guarded(c, 'the signed-in identity needs the Cognitive Services OpenAI User role on this resource'),
      workaround: `Use the resource's API key in ${c.env} until the role assignment takes effect.`,
      prevention: 'Grant roles with infrastructure code alongside the resource so every identity that needs it has it.',
    }),
  },
  'version-not-permitted': {
    title: 'This model version does not exist or is private',
    problem: { model: 'this token may not run this version of {model}', plain: 'this token may not run this model version' },
    statuses: [422],
    hint: '{provider} does not accept this version of {model}: check the version id or use the latest version',
    explain: (c) => ({
      why: `${c.p.name} could not use the model version in the request: the version id does not exist, belongs to another model, or is private to an account your token cannot act for. It answers 422.`,
      detection: "A 422 saying the version is invalid or not permitted. Check the version id against the model's versions page.",
      causes: [
        {
          cause: 'The version id is mistyped or belongs to another model.',
          fix: "Copy the version id from the model's versions tab, or drop it to use the latest version.",
        },
        {
          cause: 'The model is private and the token is not from its owner or team.',
          fix: 'Use a token from the account that owns the model, or ask the owner to share it.',
        },
      ],
      code: {
        python: {
          broken: py(c, [c.s.python.client(), c.s.python.call('acme/sdxl-test:0a1b2c3d')]),
          fixed: py(c, [c.s.python.client(), "# Without a version, the model's latest version is used.", c.s.python.call('acme/sdxl-test')]),
        },
        javascript: {
          broken: js(c, [c.s.javascript.client(), c.s.javascript.call('acme/sdxl-test:0a1b2c3d')]),
          fixed: js(c, [c.s.javascript.client(), "// Without a version, the model's latest version is used.", c.s.javascript.call('acme/sdxl-test')]),
        },
      },
      workaround: 'Run the model by name without a version to confirm the token can use it at all.',
      prevention: 'Pin versions in configuration and test them in CI with the production token.',
    }),
  },
  'destination-not-found': {
    title: 'The model does not exist or is private, or the URL is wrong',
    problem: { model: '{model} does not exist or is private to another account', plain: 'nothing at that model, deployment or URL for this token' },
    statuses: [404],
    hint: '{provider} cannot find {model}: check the owner and name, the base URL, and that the key may see a private model',
    explain: (c) => ({
      why: `${c.p.name} found no model, deployment, owner or endpoint at that name or URL path. It answers 404 both for names that do not exist and for private models the token may not see; a wrong base URL or relay path gives the same answer.`,
      detection:
        'A 404 on a models, deployments or predictions URL, or an "Invalid URL" / "Not Found" naming the path. Open the owner/name page on the website while signed in as the token\'s account, and compare the request URL with the API\'s documented root.',
      causes: [
        { cause: 'The owner or model name is misspelled.', fix: 'Copy owner/name exactly from the model page.' },
        { cause: 'The model or deployment is private to another account.', fix: 'Use a token from the owning account, or ask the owner for access.' },
        {
          cause: 'The base URL or a relay adds or drops part of the path (a doubled `/v1`, `/chat/completions` twice).',
          fix: 'Set the base URL to the API root the provider documents, and let the SDK add the endpoint path.',
        },
      ],
      code: {
        python: {
          broken: py(c, [c.s.python.client(), c.s.python.call('acmee/private-model')]),
          fixed: py(c, [c.s.python.client(), c.s.python.call(c.s.altModel)]),
        },
        javascript: {
          broken: js(c, [c.s.javascript.client(), c.s.javascript.call('acmee/private-model')]),
          fixed: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.altModel)]),
        },
      },
      workaround: 'Try a public model with the same token to rule out a token problem.',
      prevention: 'Keep model references in configuration and check them against the API in CI.',
    }),
  },
  'gated-repo': {
    title: 'Access to this gated model was not granted',
    problem: { model: '{model} is gated and this token has no access yet', plain: 'the repository is gated and this token has no access yet' },
    statuses: [403, 401],
    hint: '{model} is gated on {provider}: request access on its page and use a token that has it in {envVar}',
    explain: (c) => ({
      why: `The model is gated on ${c.p.name}: its authors must accept your access request before any token can download it, and the token used belongs to an account without that approval.`,
      detection: 'A 403 GatedRepoError naming the repository. Its model page shows whether your request is pending.',
      causes: [
        {
          cause: 'You have not requested access, or the request is still awaiting review.',
          fix: 'Open the model page while signed in and request access, then wait for approval.',
        },
        { cause: `The token in ${c.env} belongs to another account than the approved one.`, fix: 'Create a token in the approved account and use it.' },
        { cause: 'A fine-grained token lacks read access to public gated repositories.', fix: `Enable that permission on the token in ${c.link}.` },
      ],
      code: {
        python: {
          broken: py(c, [c.s.python.client(), c.s.python.call(c.s.model)]),
          fixed: py(c, ['# A token from the account whose access request was approved', c.s.python.client(pyKey(c)), c.s.python.call(c.s.model)]),
        },
        javascript: {
          broken: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.model)]),
          fixed: js(c, ['// A token from the account whose access request was approved', c.s.javascript.client(jsKey(c)), c.s.javascript.call(c.s.model)]),
        },
      },
      workaround: 'Use an ungated copy or a similar open model until access is granted.',
      prevention: 'Request access for every gated model a project needs before depending on it.',
    }),
  },
  'key-leaked': {
    title: 'The key was disabled because it leaked',
    problem: { plain: 'the key was disabled because it leaked' },
    statuses: [403, 401],
    hint: '{provider} disabled this key as leaked: create a new one at {console} and keep it out of the code',
    explain: (c) => ({
      why: `${c.p.name} disabled this key because it was found in a public place (such as a public repository) and reported as leaked. A disabled key cannot be re-enabled.`,
      detection: 'The message says the key was reported as leaked; every call with it fails.',
      causes: [
        {
          cause: 'The key was committed to a public repository or pasted somewhere public.',
          fix: `Create a new key in ${c.link}, store it in ${c.env}, and remove the old one from history.`,
        },
      ],
      code: {
        python: {
          broken: py(c, [c.s.python.client('"AIza-or-sk-key-pasted-in-code"'), c.s.python.call(c.s.altModel)]),
          fixed: py(c, [c.s.python.client(pyKey(c)), c.s.python.call(c.s.altModel)]),
        },
        javascript: {
          broken: js(c, [c.s.javascript.client("'key-pasted-in-code'"), c.s.javascript.call(c.s.altModel)]),
          fixed: js(c, [c.s.javascript.client(jsKey(c)), c.s.javascript.call(c.s.altModel)]),
        },
      },
      workaround: 'There is none for the old key; replace it.',
      prevention: 'Keep keys in environment variables or a secret store and scan commits for secrets.',
    }),
  },
  'network-block': {
    title: 'The provider or a firewall blocks your network',
    problem: { plain: 'the request was blocked before it reached the provider' },
    statuses: [403],
    hint: '{provider} or its CDN blocked this network: try another network, or check the VPN or proxy',
    explain: (c) => ({
      why: `${c.p.name} or the network in front of it refused your connection before looking at the token: a CDN or firewall block page, an IP allow-list, or a resource that only accepts private network traffic.`,
      detection:
        'The same failure for every token and model from this machine, often with a CDN block page or a message about network settings or private endpoints.',
      causes: [
        {
          cause: "The provider's CDN blocks your IP address or network (VPN, hosting range, shared egress).",
          fix: 'Try from another network; if that works, change the egress or contact the provider with the Ray or request id.',
        },
        {
          cause: 'The resource only accepts traffic from approved networks or private endpoints.',
          fix: "Run from an allowed network, or add your address to the resource's network rules.",
        },
      ],
      code: guarded(c, 'the network in front of the API blocked this machine; try another network'),
      workaround: 'Run the call from a machine on an allowed network.',
      prevention: 'Document the networks your deployment calls from and keep allow-lists in sync.',
    }),
  },
  'proxy-html': {
    title: 'A proxy answered instead of the provider',
    problem: { plain: 'a proxy or firewall answered instead of the provider' },
    statuses: [403],
    hint: 'A proxy or gateway answered instead of {provider}: check the proxy settings and the base URL the SDK uses',
    explain: (c) => ({
      why: `An HTML page came back where ${c.p.name} answers with JSON: a corporate proxy, an API gateway, or a base URL pointing at the wrong server answered instead of the provider.`,
      detection: `The error message contains HTML (<html>, <title>). Check the base URL the client uses${c.p.baseUrlEnvVar ? ` and the ${c.p.baseUrlEnvVar} variable` : ''}, and HTTPS_PROXY.`,
      causes: [
        {
          cause: `The base URL${c.p.baseUrlEnvVar ? ` (or ${c.p.baseUrlEnvVar})` : ''} points at a gateway or a wrong host.`,
          fix: "Point it at the provider's API, or at the gateway's real API path.",
        },
        {
          cause: "A corporate proxy blocks or intercepts the provider's domain.",
          fix: 'Ask for the domain to be allowed, or configure the proxy the network expects.',
        },
      ],
      code: guarded(
        c,
        `an HTML page answered instead of the API; check the base URL${c.p.baseUrlEnvVar ? ` and ${c.p.baseUrlEnvVar}` : ''} and proxy settings`,
      ),
      workaround: `Unset ${c.p.baseUrlEnvVar ?? 'the base URL override'} and HTTPS_PROXY for one run to see whether the provider answers directly.`,
      prevention: 'Keep the base URL in one setting and test it in CI.',
    }),
  },
  'permission-denied': {
    title: 'The provider denied permission',
    problem: { model: 'permission denied for {model}', plain: 'permission denied' },
    statuses: [403],
    hint: '{provider} denied permission: check that the key in {envVar} may use {model} at {console}',
    explain: (c) => ({
      why: `${c.p.name} refused the request with a permission error and gave no finer reason. The token is recognised, but the account, project or token may not perform this action.`,
      detection: `A ${c.status} without a model, region or scope named in the message. Try the same call in the provider's console with the same account.`,
      causes: [
        {
          cause: 'The account, project or token is not allowed to use this endpoint or resource.',
          fix: `Check the token's project and permissions in ${c.link}.`,
        },
        {
          cause: 'The account is limited (billing, verification or policy).',
          fix: "Check the account's status and billing page, or contact the provider's support.",
        },
      ],
      code: guarded(c, `permission denied; check the token and its project at ${c.link}`),
      workaround: 'Retry with a token from an account known to work for this endpoint.',
      prevention: 'Verify the token against the endpoints the app uses when it starts.',
    }),
  },
  'org-verification-required': {
    title: 'The organization must be verified to use this model',
    problem: { model: '{model} needs a verified organization', plain: 'the model needs a verified organization' },
    statuses: [403, 400, 404],
    hint: '{provider} only serves {model} to verified organizations: verify the organization in its settings ({console}), or use another model',
    explain: (c) => ({
      why: `${c.p.name} serves some models only to organizations that completed its identity verification. The key is valid, but its organization is not verified, so requests for this model are refused.`,
      detection: 'The message says the organization must be verified to use (or stream) the model. Other models work with the same key.',
      causes: [
        {
          cause: 'The organization has not completed verification.',
          fix: `Verify the organization in the ${c.p.name} organization settings (${c.link}); access can take a few minutes to arrive.`,
        },
        { cause: 'The key belongs to another organization than the verified one.', fix: `Use a key from the verified organization in ${c.env}.` },
      ],
      code: {
        python: {
          broken: py(c, [c.s.python.client(), c.s.python.call(c.s.model)]),
          fixed: py(c, [
            c.s.python.client(),
            `MODEL = os.environ.get("MODEL", "${c.s.altModel}")  # a model unverified organizations may use`,
            c.s.python.call(c.s.altModel).replace(`"${c.s.altModel}"`, 'MODEL'),
          ]),
        },
        javascript: {
          broken: js(c, [c.s.javascript.client(), c.s.javascript.call(c.s.model)]),
          fixed: js(c, [
            c.s.javascript.client(),
            `const MODEL = process.env.MODEL ?? '${c.s.altModel}'; // a model unverified organizations may use`,
            c.s.javascript.call(c.s.altModel).replace(`'${c.s.altModel}'`, 'MODEL'),
          ]),
        },
      },
      workaround: 'Use a model that does not need verification until the organization is verified.',
      prevention: 'Verify the organization before depending on models that require it, and keep the model id in configuration.',
    }),
  },
  'account-disabled': {
    title: 'The account or organization is disabled',
    problem: { plain: 'the account or organization is disabled' },
    statuses: [401, 403],
    hint: 'The {provider} account or organization behind the key in {envVar} is disabled: check its status and billing at {console}',
    explain: (c) => ({
      why: `${c.p.name} has deactivated, suspended or disabled the account, organization or project the key belongs to (billing, policy or an owner's action), so every request with its keys is refused.`,
      detection: 'The message says the account, organization or project is deactivated, disabled, suspended or not active, whatever the model.',
      causes: [
        {
          cause: 'The account or organization was deactivated or suspended (billing, policy, an owner).',
          fix: `Check the account's status and billing in ${c.link}, or contact ${c.p.name} support.`,
        },
        { cause: 'The key belongs to an old or closed account.', fix: `Create a key in an active account and store it in ${c.env}.` },
      ],
      code: guarded(c, `the account or organization is disabled; check its status at ${c.link}`),
      workaround: 'Use a key from another active account or organization for now.',
      prevention: 'Watch the billing and status notices of the account your production keys belong to.',
    }),
  },
  'api-not-enabled': {
    title: 'The API is not enabled for the project',
    problem: { plain: "the API is not enabled in the key's project" },
    statuses: [403],
    hint: 'The {provider} API is not enabled in the cloud project of the key in {envVar}: enable it for that project, then wait a few minutes',
    explain: (c) => ({
      why: `The key belongs to a cloud project in which the ${c.p.name} API has never been enabled, or was disabled. The API refuses every call from that project until it is enabled.`,
      detection: 'A 403 saying the API has not been used in the project before or is disabled (SERVICE_DISABLED), usually with a link to enable it.',
      causes: [
        {
          cause: 'The API was never enabled in the project that owns the key.',
          fix: 'Open the link in the message (or the API library of the project), enable the API, and wait a few minutes.',
        },
        {
          cause: 'The key comes from another project than the one you enabled the API in.',
          fix: `Create a key in the project where the API is enabled (${c.link}) and store it in ${c.env}.`,
        },
      ],
      code: guarded(c, 'the API is not enabled in the project of this key; enable it there and retry'),
      workaround: `Create a key in a project where the API is already enabled (${c.link}).`,
      prevention: 'Enable the APIs a project needs in its infrastructure code, next to the keys.',
    }),
  },
  'key-restricted': {
    title: 'The key restrictions block this request',
    problem: { plain: "the key's restrictions block this request" },
    statuses: [403],
    hint: 'The {provider} key in {envVar} has restrictions (API, referrer, IP or app) that block this call: relax them or use a key made for this use',
    explain: (c) => ({
      why: `The key is valid, but its restrictions do not allow this request: it is limited to other APIs, to certain HTTP referrers, IP addresses or apps, and ${c.p.name} blocked the call.`,
      detection: 'A 403 naming a blocked service, referrer or IP address (API_KEY_SERVICE_BLOCKED, API_KEY_HTTP_REFERRER_BLOCKED, API_KEY_IP_ADDRESS_BLOCKED).',
      causes: [
        { cause: 'The key is restricted to other APIs than this one.', fix: "Add this API to the key's allowed APIs in the project's credentials page." },
        {
          cause: 'The key is restricted to referrers, IP addresses or apps this call does not come from.',
          fix: "Add this machine's address (or remove the referrer limit for server use), or create a key for server-side calls.",
        },
      ],
      code: guarded(c, 'the key restrictions block this request; check the allowed APIs, referrers and IP addresses of the key'),
      workaround: `Use an unrestricted key for local testing and store it in ${c.env}.`,
      prevention: 'Create one key per use (browser, server, CI) with restrictions that match where it runs.',
    }),
  },
  'auth-method-disabled': {
    title: 'This way of signing in is turned off',
    problem: { plain: 'this kind of credential is turned off here' },
    statuses: [403, 401],
    hint: '{provider} does not accept this kind of credential for the resource or organization: sign in the way it allows (a key, or Microsoft Entra ID)',
    explain: (c) => ({
      why: `${c.p.name} turned off the kind of authentication the request used for this resource or organization (for example keys when only Microsoft Entra ID is allowed, or OAuth when only API keys are), so the credential is refused even though it is valid.`,
      detection: 'The message says this authentication type is disabled or not allowed for the resource or organization, whatever the model.',
      causes: [
        {
          cause: 'Key-based authentication is disabled on the resource.',
          fix: 'Sign in with Microsoft Entra ID (DefaultAzureCredential) and a role on the resource, or ask an admin to allow keys.',
        },
        { cause: 'The organization does not allow this sign-in method (such as OAuth tokens).', fix: `Use an API key from ${c.link} in ${c.env} instead.` },
      ],
      code: guarded(c, 'this kind of credential is turned off for the resource or organization; sign in the way it allows'),
      workaround: 'Use the sign-in method the resource or organization allows for this run.',
      prevention: 'Decide per environment whether keys or identities are used, and configure clients to match.',
    }),
  },
};

/** ` and in A or B` for the provider's organization env vars, or nothing. */
function orgVars(c: ExplainContext, sep: string): string {
  return c.p.organization ? ` and in ${c.p.organization.envVars.join(sep)}` : '';
}

export function causeTitle(cause: CauseId): string {
  return CAUSES[cause].title;
}

/** When no cause is known: what a wrap-catch handler says, and the status to catch. */
export const GENERIC_HINT: Pick<CauseDef, 'statuses' | 'hint'> = {
  statuses: [403],
  hint: '{provider} refused the request: check the key in {envVar} and its access to {model} at {console}',
};
