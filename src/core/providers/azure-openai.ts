// Azure OpenAI: the `openai` SDKs' AzureOpenAI clients and each resource's own endpoint.
import { OPENAI_NODE, OPENAI_PYTHON, OPENAI_SDK_FRAMES } from './openai';
import { ACCESS_FALLBACK } from './shared';
import type { ProviderPack } from './types';

/** The resource's virtual-network and firewall rules refusing the caller. */
const AZURE_VNET = /Access denied due to Virtual Network\/Firewall rules|A Virtual Network is configured for this resource/;
/**
 * Its 404 for a path or api-version it does not serve: the code is a string. The OpenAI .NET SDK's
 * `ClientResultException` prints the same body as `HTTP 404 (: 404)` (no type, code `404`), its message below;
 * a Java client as a Map (`{error={code=404, message=Resource not found}}`, LangChain4j's Azure model); LiteLLM
 * its message alone after its Azure prefix (`litellm.APIError: AzureException APIError - Resource not found`).
 */
const AZURE_NO_RESOURCE =
  /(?:['"]|\b)code['"]?: ?['"]404['"], ?['"]?message['"]?: ?['"]Resource not found['"]|\bHTTP 404 \(: 404\)\s*\n\s*Resource not found\b|\{code=404, message=Resource not found\}|\bAzureException \w{1,40} - Resource not found\b(?! \w)/;
/**
 * …and as go-openai prints it after its status words (k8sgpt's azureopenai backend: `error, status code: 404,
 * message: Resource not found`, newer releases `…, status: 404 Not Found, message: …`). Not evidence of Azure:
 * any server may say it; read once the output names Azure.
 */
const GO_OPENAI_NO_RESOURCE = /\bstatus code: 404, (?:status: [\w ]{1,30}, )?message: Resource not found\b(?! \w)/;
/**
 * …and the same 404 from its API Management front, as the openai SDK prints the body (TruLens's retry
 * line: `openai.NotFoundError'>=Error code: 404 - {'statusCode': 404, 'message': 'Resource not found'}`),
 * the shape of its `Access denied due to missing subscription key` refusal.
 */
const AZURE_GATEWAY_NO_RESOURCE = /Error code: 404 - \{['"]statusCode['"]: ?404, ?['"]message['"]: ?['"]Resource not found['"]/;

/**
 * Its front refusing an Entra token whose tenant is not the resource's (a credential for another directory): the
 * body's code, or its message quoted alone (`Error: 400 Token tenant … does not match resource tenant.`).
 */
const AZURE_TENANT_MISMATCH = /Tenant provided in token does not match resource token|\bdoes not match resource tenant\b/;

/** A key of a resource whose pricing tier does not offer the Azure OpenAI operation called (a Translator's key). */
const AZURE_KEY_OF_ANOTHER_TIER =
  /\bOperation under Azure OpenAI API version [\w.-]{1,40} is not supported with the current subscription key and pricing tier\b/;

/**
 * The hub-based Azure AI Agent Service (an Azure ML workspace behind it) refusing the caller its agents data
 * action: `Identity(object id: …) does not have permissions for Microsoft.MachineLearningServices/workspaces/agents/action
 * actions.` Only the agents actions: the workspace's other refusals (`…/workspaces/datasets/registered/write`) are no model call.
 */
const AZURE_AGENTS_NO_PERMISSION = /does not have permissions for Microsoft\.MachineLearningServices\/workspaces\/agents\/\w+ actions/;

/**
 * The Foundry Agent Service refusing a published agent's caller (a Teams user, the project's managed identity) a data
 * action, in the words its channel answers with: `Please ensure that the user has Microsoft.CognitiveServices/accounts/
 * AIServices/agents/write action on the project.`, `… that the project managed identity for project p has …/agents/write
 * action on itself.` A data action only (`accounts/AIServices/…`, `accounts/OpenAI/…`), never a management one; the
 * sentence may break before `action`.
 */
const AZURE_ENSURE_DATA_ACTION =
  /\bensure that the [^\n]{1,160}? has Microsoft\.CognitiveServices\/accounts\/(?:AIServices|OpenAI)\/[\w/*.-]{1,120}\s+action on\b/;

/**
 * Its agent run failing because the model deployment the agent names cannot be resolved (the DeploymentNotFound of
 * agent runs), the run's `last_error` as printed with its code: `invalid_engine_error: Failed to resolve model info for:
 * gpt-4.1 RunId: run_…`, or as a dict (`{'code': 'invalid_engine_error', 'message': 'Failed to resolve model info for: …'}`).
 */
const AZURE_ENGINE_UNRESOLVED = /\binvalid_engine_error['"]?[:,] ?(?:['"]message['"]: ?['"])?Failed to resolve model info for\b/;

/**
 * Microsoft Agent Framework's Foundry clients refusing to start without an Entra credential (no request made):
 * `ServiceInitializationError: Azure credential is required when agents_client is not provided.` (AzureAIAgentClient),
 * `… when project_client is not provided.` and `… when using project_endpoint without a project_client.` (AzureAIClient).
 * Only these: the same words open other Azure clients' refusals (an Azure AI Search provider's `Azure credential is
 * required. Provide 'api_key' or 'credential' …`), which are no model's.
 */
const FOUNDRY_CLIENT_NO_CREDENTIAL =
  /\bAzure credential is required when (?:(?:agents|project)_client is not provided|using project_endpoint without a project_client)\b/;

/**
 * Azure AI services that share its hosts and words but are not Azure OpenAI, by what their output
 * shows of them: the REST paths their requests print (`https://x.cognitiveservices.azure.com/documentintelligence/documentModels/…`,
 * `…services.ai.azure.com/contentunderstanding/analyzers/…`, `/vision/v3.2/analyze`, `/language/:analyze-text`) and
 * their SDK packages in lowercase or kebab case (`azsdk-python-ai-documentintelligence`, `@azure-rest/ai-document-intelligence`).
 */
const SIBLING_SERVICES =
  /\/(?:documentintelligence|contentunderstanding|contentsafety|customvision|speechtotext|texttospeech|vision\/v\d|face\/v\d|text\/analytics\/v|language\/(?::|analyze-|authoring\/|query-)|translator\/text\/|speech\/recognition\/|sts\/v1\.0\/issueToken)|\b(?:documentintelligence|ai-document-intelligence|ai-form-recognizer|ai-text-analytics|ai-content-safety|ai-translation-|ai-language-|imageanalysis|ImageAnalysis|ContentUnderstanding|CustomVision)/;

// Azure AI services that are not Azure OpenAI (their SDKs' names, as their nightly test runs print them);
// Cognitive Services' older wordings of a bad key
// ("Make sure you are subscribed to an API …", and the sentence ending at the key: "Access denied due to
// invalid subscription key. Make sure to provide a valid key for an active subscription.") predate Azure
// OpenAI, whose own sentence goes on "… key or wrong API endpoint". Resource Manager's DeploymentNotFound is a
// template deployment's (`Deployment 'keyvault' could not be found.`, or its request URL's
// `…/providers/Microsoft.Resources/deployments/<name>`), not a model deployment's.
const OTHER_COGNITIVE_SERVICES =
  /\b(?:ComputerVision|computervision|FaceClient|ProjectOxford|SpeechRecognizer|SpeechConfig|speechsdk|cognitiveservices[-.]speech|TextAnalytics|textanalytics|FormRecognizer|formrecognizer|DocumentIntelligence|microsofttranslator|DocumentTranslation|TextTranslation|ContentSafety|contentsafety|MetricsAdvisor|metricsadvisor)\w*|Azure\.AI\.Translation\.|azure\.ai\.translation\.|api\.cognitive\.microsoft\.com|Make sure you are subscribed to an API you are trying to call|Access denied due to invalid subscription key\. Make sure|\bDeployment '[^'\n]*' could not be found|\/providers\/Microsoft\.Resources\/deployments\//;

/**
 * Resource Manager refusing a management action on the resource itself (`… does not have authorization to perform
 * action 'Microsoft.CognitiveServices/accounts/read' over scope …`, listing or deploying): the control plane, not a
 * call to a model, whose refusals name a data action (`accounts/OpenAI/…`, `accounts/AIServices/…`).
 */
const ARM_MANAGEMENT_ACTION =
  /\bperform action '?Microsoft\.CognitiveServices\/accounts\/(?:read|write|delete|listKeys\/action|regenerateKey\/action|(?:deployments|projects|connections)\/(?:read|write|delete))'?/;

export const azureOpenai = {
  id: 'azure-openai',
  name: 'Azure OpenAI',
  tokenEnvVars: ['AZURE_OPENAI_API_KEY'],
  baseUrlEnvVar: 'AZURE_OPENAI_ENDPOINT',
  hosts: ['*.openai.azure.com', '*.cognitiveservices.azure.com', '*.services.ai.azure.com'],
  requestPaths: ['openai/deployments'],
  consoleUrl: 'https://portal.azure.com/',
  token: { pattern: /^[A-Za-z0-9]{32,}$/, hint: 'Azure OpenAI keys are 32 or more letters and digits (Keys and Endpoint in the portal)' },
  recognition: {
    jvmPackages: ['com.azure.ai.openai', 'com.azure.core'],
    names: /^(?:azure|azure_?openai|azure_ai)$/i,
    namedAlsoAs: ['openai'],
    lookAlikes: new RegExp(`${SIBLING_SERVICES.source}|${OTHER_COGNITIVE_SERVICES.source}|${ARM_MANAGEMENT_ACTION.source}`),
    evidence: [
      { in: 'class', re: /^openai\./, weight: 2 },
      { in: 'frames', re: OPENAI_SDK_FRAMES, weight: 2 },
      // Its Java SDK's frames (not azure-core's, which every Azure SDK shares).
      { in: 'functions', re: /^com\.azure\.ai\.openai\./, weight: 3 },
      // LangChain4j's and Spring AI's Azure OpenAI modules (`dev.langchain4j.model.azure.AzureOpenAiChatModel`).
      { in: 'functions', re: /^(?:dev\.langchain4j\.model\.azure|org\.springframework\.ai\.azure\.openai)\./, weight: 3 },
      // Its .NET SDK's frames, which print no source (`   at Azure.AI.OpenAI.ClientPipelineExtensions.ProcessMessageAsync(…)`)
      // and so are no frames to read: the SDK's signature in the text, like openai-node's User-Agent.
      { in: 'text', re: /^\s+at Azure\.AI\.OpenAI\.\w/m, weight: 3 },
      {
        in: 'text',
        re: /openai\.azure\.com|cognitiveservices\.azure\.com|Microsoft\.CognitiveServices|AzureOpenAI|AZURE_OPENAI_|\bDeploymentNotFound\b|API deployment (?:'[\w.-]{1,64}' )?for (?:this|the) resource|invalid subscription key|private endpoint|The principal `|AuthenticationTypeDisabled|Key based authentication is disabled|Principal does not have access to `?API\/Operation/,
        weight: 6,
      },
      // LiteLLM's and crewAI's names for an Azure OpenAI deployment's key and endpoint, in a wrapper's own refusal to
      // start without them (crewAI: `Azure API key is required. Set AZURE_API_KEY environment variable or pass api_key parameter.`).
      { in: 'text', re: /\bAZURE_API_(?:KEY|BASE)\b/, weight: 3 },
      // The resource's network rules, and its 404 for a path or api-version it does not serve, a body
      // whose code is a string (`{'error': {'code': '404', 'message': 'Resource not found'}}`).
      { in: 'text', re: new RegExp(`${AZURE_VNET.source}|${AZURE_NO_RESOURCE.source}|${AZURE_GATEWAY_NO_RESOURCE.source}`), weight: 6 },
      { in: 'text', re: AZURE_AGENTS_NO_PERMISSION, weight: 6 },
      { in: 'text', re: AZURE_ENGINE_UNRESOLVED, weight: 6 },
      { in: 'text', re: FOUNDRY_CLIENT_NO_CREDENTIAL, weight: 6 },
      // Its refusal of a key whose resource does not offer the operation (another Cognitive Services resource's key, a
      // Translator's): `The ChatCompletions_Create Operation under Azure OpenAI API version 2023-05-15 is not supported
      // with the current subscription key and pricing tier TextTranslator.S1.`
      { in: 'text', re: AZURE_KEY_OF_ANOTHER_TIER, weight: 6 },
      // The .NET SDK's namespace in a stack (`at Azure.AI.OpenAI.Chat.AzureChatClient.CompleteChatAsync(…)`); it
      // could once call api.openai.com too, whose own words and host then outweigh it.
      { in: 'text', re: /\bat Azure\.AI\.OpenAI\./, weight: 4 },
      // Its front's refusal of a bad or expired Entra token, whatever audience it names
      // (`Unauthorized. Access token is missing, invalid, audience is incorrect (urn:ms.scopedToken or …), or have expired.`).
      { in: 'text', re: /Access token is missing, invalid, audience is incorrect \(/, weight: 6 },
      // …and of an Entra token issued in another tenant (a service principal's, promptfoo's graders: `Tenant provided in
      // token does not match resource token. Token tenant … does not match resource tenant.`).
      { in: 'text', re: AZURE_TENANT_MISMATCH, weight: 6 },
      // Its API Management front's refusal of a request without a key, as the openai SDK prints it
      // (`Error code: 401 - {'statusCode': 401, 'message': 'Access denied due to missing subscription key. …'}`),
      // also as a reporter retells the SDK's head (`Authentication Error: 401 - {'statusCode': 401, …}`), and as Codex
      // prints it (`unexpected status 401 Unauthorized: { "statusCode": 401, "message": "Access denied due to a missing
      // application credentials or subscription key. …" }`, the front's wording when it also takes an application token).
      {
        in: 'text',
        re: /(?:\b40\d - |\bunexpected status 40\d [A-Z][a-z]+: )\{ ?(['"])statusCode\1: ?40\d, ?\1message\1: ?\1Access denied due to (?:a )?missing (?:application credentials or )?subscription key/,
        weight: 6,
      },
      // Its REST path with the api-version query, on whatever host fronts the resource (an API
      // Management gateway, a company domain): `https://gw.example.com/openai/deployments/gpt4/chat/completions?api-version=…`.
      {
        in: 'text',
        re: /\/openai\/deployments\/[\w.-]{1,64}\/(?:chat\/completions|completions|embeddings|images\/generations|audio\/\w+)\?(?:[^\s'"?#]*&)?api-version=/,
        weight: 6,
      },
    ],
    causes: [
      'model-access',
      'invalid-token',
      'missing-token',
      'principal-no-access',
      'auth-method-disabled',
      'network-block',
      'destination-not-found',
      'proxy-html',
      'permission-denied',
      'destination-not-found',
    ],
    fallback: ACCESS_FALLBACK,
    signals: [
      // A path the resource does not serve (a wrong endpoint, API version or route), as the openai SDK
      // prints the body: `Error code: 404 - {'error': {'code': '404', 'message': 'Resource not found'}}`; openai-node's
      // error dump with its keys unquoted (`error: { code: '404', message: 'Resource not found' }`), which outranks a
      // wrapper's guess (LangChain's `lc_error_code: 'MODEL_NOT_FOUND'` for any 404).
      {
        cause: 'destination-not-found',
        re: /(?:['"]|\b)code['"]?: ?['"]404['"], ?['"]?message['"]?: ?['"]Resource not found['"]/,
        statuses: [404, null],
      },
      { cause: 'auth-method-disabled', re: /AuthenticationTypeDisabled|Key based authentication is disabled/, after: 'unsupported-region' },
      { cause: 'missing-token', re: /Access denied due to (?:a )?missing (?:application credentials or )?subscription key/ },
      { cause: 'invalid-token', re: AZURE_TENANT_MISMATCH },
      { cause: 'network-block', re: AZURE_VNET },
      { cause: 'principal-no-access', re: AZURE_AGENTS_NO_PERMISSION },
      { cause: 'principal-no-access', re: AZURE_ENSURE_DATA_ACTION },
      { cause: 'model-access', re: AZURE_ENGINE_UNRESOLVED },
      { cause: 'missing-token', re: FOUNDRY_CLIENT_NO_CREDENTIAL },
      { cause: 'invalid-token', re: AZURE_KEY_OF_ANOTHER_TIER },
      // Its .NET SDK's 404 with no body at all (System.ClientModel's own `Service request failed.` over the status
      // line): the path it asked for, a deployment or an API version, is none the resource serves.
      { cause: 'destination-not-found', re: /^Service request failed\.\s*Status: 404 \(Not Found\)\s*$/, statuses: [404] },
      { cause: 'destination-not-found', re: AZURE_NO_RESOURCE, statuses: [404, null] },
      { cause: 'destination-not-found', re: AZURE_GATEWAY_NO_RESOURCE, statuses: [404, null] },
      { cause: 'destination-not-found', re: GO_OPENAI_NO_RESOURCE, statuses: [404] },
      // A refused Realtime websocket handshake has no body (aiohttp's `WSServerHandshakeError: 404, …,
      // url=URL('wss://x.openai.azure.com/realtime?api-version=…')`): a 404 there is a path or deployment it does not serve.
      { cause: 'destination-not-found', re: /\.openai\.azure\.com\/(?:openai\/)?realtime\?/, statuses: [404] },
    ],
    // The deployment a request went to is the model the call named: `…/openai/deployments/gpt-4o-mini/chat/completions`,
    // also a client's deployment base URL ending there (LobeChat's `"endpoint": "https://….openai.azure.com/openai/deployments/gpt-35-turbo"`).
    modelPatterns: [
      /\/openai\/deployments\/([\w.-]{1,64})(?:\/|(?=["'`\s]|$))/m,
      // The Realtime API's websocket names the deployment in its query (`wss://…/openai/realtime?api-version=…&deployment=gpt-4o-realtime`).
      /\/openai\/realtime\?(?:[^\s'"?#]*&)?deployment=([\w.-]{1,64})/,
      // Its v1 endpoint's refusal names the deployment (`The API deployment 'sora-2' for this resource does not exist.`).
      /\bThe API deployment '([\w.-]{1,64})' for (?:this|the) resource does not exist/,
      // An agent run's unresolved deployment names it (`Failed to resolve model info for: gpt-4.1`; a masked one is none).
      /\binvalid_engine_error\b[^\n]{0,40}?Failed to resolve model info for: ?([\w.-]{1,64})(?![\w.\]-])/,
    ],
  },
  // The same SDK as OpenAI: the same error classes.
  python: OPENAI_PYTHON,
  node: OPENAI_NODE,
  syntax: {
    modelArgs: ['model', 'azure_deployment', 'deployment'],
    python: { modules: [OPENAI_PYTHON.module], clients: ['AzureOpenAI', 'AsyncAzureOpenAI'], tokenArgs: ['api_key'] },
    node: { modules: [OPENAI_NODE.npmPackage], clients: ['AzureOpenAI'], tokenArgs: ['apiKey'] },
  },
  snippets: {
    model: 'gpt-4o',
    altModel: 'gpt-4o-mini',
    python: {
      imports: 'import os\nimport openai\nfrom openai import AzureOpenAI',
      client: (k) => `client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-10-21"${k ? `, api_key=${k}` : ''})`,
      call: (m) => `reply = client.chat.completions.create(model="${m}", messages=[{"role": "user", "content": "Hello"}])  # model = deployment name`,
    },
    javascript: {
      imports: "import OpenAI, { AzureOpenAI } from 'openai';",
      client: (k) => `const client = new AzureOpenAI({ endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiVersion: '2024-10-21'${k ? `, apiKey: ${k}` : ''} });`,
      call: (m) =>
        `const reply = await client.chat.completions.create({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] }); // model = deployment name`,
    },
  },
  // Azure uses deployment names chosen by the customer; the base model names still help when
  // deployments are named after them (the common default).
  modelFallbacks: {
    'gpt-4o': ['gpt-4o-mini', 'gpt-35-turbo'],
    'gpt-4o-mini': ['gpt-35-turbo'],
    'gpt-4.1': ['gpt-4.1-mini', 'gpt-4o'],
    'gpt-4.1-mini': ['gpt-4.1-nano', 'gpt-4o-mini'],
    'gpt-4': ['gpt-4o-mini', 'gpt-35-turbo'],
    'gpt-35-turbo': ['gpt-4o-mini'],
    o1: ['o3-mini', 'o1-mini'],
    'o3-mini': ['o1-mini', 'gpt-4o-mini'],
  },
  models: { retirements: [], spellCheck: false, listIsComplete: false },
  check: {
    client: 'http',
    // The endpoint is per resource.
    defaultBaseUrl: undefined,
    baseUrlExample: 'https://YOUR-RESOURCE.openai.azure.com',
    auth: { header: 'api-key' },
    query: { 'api-version': '2024-10-21' },
    list: { path: '/openai/models', items: 'data', id: 'id' },
    // A deployment name is not a model id, and the data-plane API has no deployment lookup:
    // the model is matched against the list only and never fails the check on its own.
    tokenNoun: 'key',
    rules: [
      {
        status: [401, 403],
        bodyIncludes: ['PermissionDenied'],
        outcome: 'no-access',
        reason: 'azure-rbac',
        message: 'The {provider} credential{envVarParen} lacks a role on the resource{statusParen}.',
        nextStep: 'Assign "Cognitive Services OpenAI User" to the identity on the resource in {console}, or use the resource\'s key.',
      },
      { status: 404, bodyIncludes: ['DeploymentNotFound'], outcome: 'model-not-found' },
    ],
  },
} satisfies ProviderPack;
