// Report phrases and the prefilter's extra anchors: provider-neutral words that make a line a report
// though it says no `error`.

/**
 * Report phrases a provider prints on a later line of its own message: a report when quoted alone,
 * the same report when a head above is still open (Hugging Face's `Cannot access gated repo for url …`,
 * then `Access to model owner/name is restricted. You must have access to it …`).
 */
const MESSAGE_TAIL_PHRASES: readonly string[] = [
  'is restricted. You must',
  // …and older huggingface_hub's words for it (`Repo model owner/name is gated. You must be authenticated to access it.`).
  'is gated. You must be authenticated',
  // …and its refusal to a token not on the list (`Access to model owner/name is restricted and you are not in the
  // authorized list. Visit …`), an issue's title quoting it alone.
  'is restricted and you are not in the authorized list',
  // …and transformers' line naming the gated repo's page, printed without the class line above it (the scanner
  // starts there only over the Hub's status line: GATED_ACCESS_HINT).
  'Make sure to have access to it at https://',
  // …and the Hub's lines under its `Repository Not Found for url …` (REPORT_PHRASES): its hint, and its
  // reason (a bad token).
  'trying to access a private or gated repo',
  'Invalid username or password.',
  'Invalid credentials in Authorization header',
  // …and its line under any other refusal (`403 Forbidden: The requested provider 'deepinfra' is not available..`
  // above it, the class printed apart or not at all): `Cannot access content at: https://<the Hub>/…`.
  'Cannot access content at: ',
  // Replicate's 401 detail: the `detail:` line under replicate-python's `ReplicateError Details:`, or quoted alone
  // (`"Error: You did not pass an authentication token" with notebook/…`, an issue's title).
  'did not pass an authentication token',
  'did not pass a valid authentication token',
  // LangChain's missing-key sentence under a pydantic `1 validation error for OpenAI` / `__root__`: a report alone (a
  // tool printed it without the ValidationError class: Langflow's `Error building node …:`, h2oGPT's `evaluate_nochat
  // exception:`), the same report under the class's line (the class names whose model it is: `… for Acme` when the
  // variable, `ACME_API_KEY`, is one another API shares): `Did not find acme_api_key, please add an environment variable `ACME_API_KEY` …`.
  'please add an environment variable `',
];

/**
 * Hint lines a library prints a line or two under its own report, where the scanner's anchor is (the
 * report's line has none): pyannote.audio's `sure to authenticate. Visit https://hf.co/settings/tokens to`
 * under `Could not download 'pyannote/…' pipeline.` and `It might be because the pipeline is private or gated so make`;
 * Claude Code's second sentence broken onto its own line under `There's an issue with the selected model (…).`.
 */
const HINT_UNDER_REPORT = /\bsure to authenticate\. Visit |^\s*It may not exist or you may not have access to it\b/;

/** How many lines above its hint a report's line may be (blank lines included). */
export const MAX_HINT_REACH = 4;

/** Whether a line is one of the hints HINT_UNDER_REPORT names. */
export function isHintUnderReport(line: string): boolean {
  return HINT_UNDER_REPORT.test(line);
}

/**
 * The rest of a provider's sentence on the next line, where a popup or a user's retyping broke it after the
 * model (`404 The model 'gpt-4o'`, then `does not exist or you do not have access to it.`): it starts with
 * the sentence's lowercase verb, which no report of its own starts with.
 */
export const WRAPPED_SENTENCE_TAIL =
  /^\s*(?:does not exist or you do not have access|does not have access to model|It may not exist or you may not have access to it)\b/;

/** Whether a line holds one of MESSAGE_TAIL_PHRASES, or starts with the wrapped rest of a provider's sentence. */
export function isMessageTail(line: string): boolean {
  return MESSAGE_TAIL_PHRASES.some((p) => line.includes(p)) || WRAPPED_SENTENCE_TAIL.test(line);
}

/**
 * Report phrases: words that make a line a report though it says no `error` (a provider's message
 * printed alone, a transport's own wording). Each names an access failure or its transport, never
 * a provider's identity (the packs decide that from the rest of the line).
 */
export const REPORT_PHRASES: readonly string[] = [
  // System.ClientModel's message for a refused request (the OpenAI and Azure OpenAI .NET SDKs) in a JSON log's field,
  // without its class, its status after the escaped line break (`"message": "Service request failed.\nStatus: 401
  // (Unauthorized)\n"`; REPORT_ANCHORS has `(Unauthorized)`). Printed as lines, the status line under it heads the
  // report already. The packs tell whose SDK from the frames below.
  'Service request failed.\\nStatus: ',
  // Zed's heading for a failed model call, its message on the same line or the next (`Error interacting with
  // language model Missing OpenAI API Key`): a message without a status is a report under it (the `Error` anchor finds it).
  'Error interacting with language model',
  // Groq's retirement of a model quoted after an app's words (`Error while chatting: The model `…` has been
  // decommissioned and is no longer supported. …`). Without an `Error` word before it no anchor finds the line: the
  // sentence's lowercase words, as an anchor, let benign text through the prefilter (measured).
  'has been decommissioned and is no longer',
  // Gemini's refusal of a model kept only for its existing users, quoted alone with no `Error` word or status (an
  // issue's `This model models/acme-1-flash is no longer available to new users. Please update your code to use …`).
  'is no longer available to new users',
  // …and its refusal of a model taken off the API quoted alone in a post's prose (`I get this error "This model
  // models/acme-1-flash-preview is no longer available. Please update your code to use a newer model …"`).
  'no longer available. Please update your code to use',
  // Cohere's refusal of a model printed alone after an app's words (`Error while extracting keywords from text: model not
  // found, make sure the correct model ID was used and that you have access to the model.`).
  'make sure the correct model ID was used',
  // OpenAI: `400 Your organization must be verified to stream this model.`
  'ization must be verified',
  // The ChatGPT-plan backend's 401 for a revoked Codex OAuth token, in a CLI proxy's own log line with no `Error`
  // word (`request error, error status: 401, error message: Your authentication token has been invalidated. …`).
  'token has been invalidated',
  // OpenAI's region block as tools print it: `Reason: Country, region, or territory not supported`.
  'territory not supported',
  // Gemini's region block in a tool's own words: gemini-cli's `[API Error: User location is not supported for the API use. (Status: FAILED_PRECONDITION)]`.
  'User location is not supported',
  // A provider's refusal of a browser's (an extension's) request that lacks its opt-in header, quoted alone after the
  // status (`401 CORS requests must set '<vendor>-dangerous-direct-browser-access' header`); the packs tell whose.
  'CORS requests must set ',
  // @google/generative-ai's message quoted without its `[GoogleGenerativeAI Error]: ` head: `Error fetching from
  // https://…:generateContent: [403 Forbidden] You do not have permission to access tuned model …` (no `Error:`).
  'Error fetching from https://',
  // Gemini's refusal of a leaked key quoted alone, without status or body (an issue's title: `Your API key was
  // reported as leaked. Please use another API key.`); the `API key` anchor finds the line, the packs tell whose key.
  'reported as leaked. Please use another',
  // …and Gemini CLI's frame around any refusal it took from Google's error, which names the gRPC status it got
  // (`[API Error: Permission denied on resource project p. (Status: PERMISSION_DENIED)]`); the packs decide whose.
  '(Status: PERMISSION_DENIED)',
  // …and Vertex AI's refusal of a model in its words, which Gemini CLI prints without status or brackets (`✕ API Error:
  // Publisher Model `projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro-preview-06-05` not found.`).
  'Publisher Model `',
  // The ChatGPT-plan backend's refusal (Codex): `… 404 Not Found: Model not found gpt-5.4, url: …`.
  'Model not found',
  // openai-python 0.x's log line for a failed call: `openai: error_code=PermissionDenied error_message='…' … message='OpenAI API error received'`.
  'OpenAI API error received',
  // Google's API key restrictions quoted without status or body: `Requests to this API generativelanguage.googleapis.com
  // method … are blocked.`, `Requests from referer <empty> are blocked.` (an AI API's name makes them incidents).
  'Requests to this API ',
  'Requests from referer ',
  // …and its app restrictions, in a dump of the SDK's error (Firebase AI Logic on iOS: `- message : "Requests from this
  // iOS client application <empty> are blocked."` under `- httpResponseCode : 403`).
  'Requests from this iOS client',
  'Requests from this Android client',
  'User location not supported',
  // An organization refused as a whole, its sentence quoted alone (`This organization has been disabled.`); the packs tell whose.
  'organization has been disabled',
  // …and an organization turning off one way to sign in, quoted alone without `Error` (a CI action's failure in a pull
  // request: `Your organization has disabled <vendor> subscription access for <tool> · Use an <vendor> API key instead`);
  // the `API key` anchor finds the line, the packs decide whose words they are.
  'Your organization has disabled ',
  // …and Groq's restricted organization quoted after an app's or a user's words without status (`It show: Error:
  // Organization has been restricted. Please reach out to support …`); the `Error` anchor finds the line, the packs tell whose.
  'Organization has been restricted',
  // Azure's network rules quoted without status (`{"code":"403","message":"A Virtual Network is configured for this resource. …"}`).
  'A Virtual Network is configured',
  // Azure's refusal of an Entra token from another tenant after a tool's own words (promptfoo's graders: `API response
  // error: Tenant provided in token does not match resource token.`); the pack tells whose front.
  'Tenant provided in token does not match',
  // Azure AI's RBAC refusal as an IDE extension's report field gives it, without status (`Error Message: The
  // principal `…` lacks the required data action `Microsoft.CognitiveServices/…` to perform …`).
  'lacks the required data action',
  // …and its older RBAC wording quoted alone, hard-wrapped after `perform action` (a pull request's block: `Principal
  // 0000… does not have authorization to perform action`, then `'Microsoft.CognitiveServices/accounts/OpenAI/responses/
  // action' over scope`); the ` to perform ` anchor finds the line, the packs tell whose action it is.
  'does not have authorization to perform action',
  // BigQuery ML's refusal of a remote model's endpoint to its connection's service account, after bq's own `Error in query
  // string: Error processing job '…':` (no class, no status): `bqcx-…@gcp-sa-bigquery-condel.iam.gserviceaccount.com does not
  // have the permission to access or use the endpoint. Please grant the Vertex AI user role …`; the packs tell whose endpoint.
  'does not have the permission to access',
  // …and bq's own head for a failed query job, its message wrapped onto the lines under it at the terminal's width
  // (`Error in query string: Error processing job 'p:bqjob_…': <the message>`): a report whose words come later.
  "Error processing job '",
  // …and the hub-based Agent Service's (an Azure ML workspace) refusal, after a script's own words without status
  // (`ERROR:__main__:An error occurred initializing the agent: (UserError) Identity(object id: …) does not have
  // permissions for Microsoft.MachineLearningServices/workspaces/agents/action actions.`); the pack tells whose.
  'MachineLearningServices/workspaces/agents/',
  // …and an agent service's refusal as a published agent answers in its chat channel, no status or class:
  // `Authorization error encountered when processing your request. Please ensure that the user has <a data
  // action> action on the project. …`; the pack tells whose action it is.
  'Authorization error encountered when processing',
  // …and an agent run's failure for a model deployment its service cannot find, the run's `last_error` with its code
  // (`invalid_engine_error: Failed to resolve model info for: gpt-4.1 RunId: run_…`; the `_error` anchor finds it).
  'Failed to resolve model info for',
  // Replicate's 422 title for a version that does not exist or is not this token's to run, quoted with its
  // body after a tool's own words (LiteLLM: `Error with model replicate/…: ReplicateException - Failed to
  // start prediction {"title":"Invalid version or not permitted",…,"status":422}`).
  'Invalid version or not permitted',
  // The Hub's refusal to a token whose permissions do not cover the file, printed alone: `403 Forbidden:
  // Authorization error..`, then `Cannot access content at: https://<the Hub>/…`.
  'Forbidden: Authorization error',
  // `Environment variable <PROVIDER>_API_TOKEN is required` (replicate-js), `…_API_KEY is required`.
  '_API_TOKEN is required',
  '_API_KEY is required',
  // …and an app's own check before any request, printed alone as its own sentence (`ACME_API_KEY is not set. See
  // https://… to obtain one.`); not a clause (an SDK's `ACME_API_KEY is not set, skipping trace export` warning).
  '_API_KEY is not set.',
  // replicate-python's client without a token, quoted without its class (an issue's title): `No API token provided.
  // You need to set the ACME_API_TOKEN environment variable or create a client with …`.
  'No API token provided',
  // LlamaIndex's `No API key found for OpenAI.` inside an exception's repr that a log printed without its
  // traceback's last line (asyncio's `Task exception was never retrieved` / `future: <Task … exception=ValueError("…")>`).
  'No API key found for ',
  // …and an app's own check in the same sense, naming the provider it has no key for (a project tool's AI
  // feature: `Missing API key for provider: Acme`; the `API key` anchor finds the line, the packs tell whose).
  'Missing API key for ',
  // LLMs with MATLAB's check before any request, under MATLAB's `Error using llms.internal.getApiKeyFromNvpOrEnv (line 20)`:
  // `Unable to find API key. Either set environment variable ACME_API_KEY or specify name-value …`.
  'Unable to find API key',
  // A Google Cloud service's IAM refusal after its own words, without status or class (BigQuery ML's `Error in query string:
  // Error processing job '…': <service account> does not have the permission to access or use the endpoint. Please grant the
  // Vertex AI user role …`); the packs tell whose endpoint.
  'does not have the permission to access',
  // A key's variable named as unset, printed alone (Chroma's embedding functions: `Failed to peek collection
  // 'x': The CHROMA_<VENDOR>_API_KEY environment variable is not set`); the packs tell whose key.
  '_API_KEY environment variable is not set',
  // …and without its `is`, after a logger's record head (an app's `ERROR:__main__:Error: ACME_API_KEY environment
  // variable not set and ACME_USE_PROXY is not TRUE.`).
  '_API_KEY environment variable not set',
  // …and the Stainless-built SDKs' own sentence (openai-node, anthropic-sdk-typescript, groq-sdk), quoted after a
  // user's words without its class: `This throws me an Error: "The ACME_API_KEY environment variable is missing or
  // empty; either provide it, or instantiate the OpenAI client with an apiKey option, …"`.
  '_API_KEY environment variable is missing',
  // …and a client factory's check offering where the key may come from, printed without its `ValueError:` (an agent
  // framework's `API key must be provided either via api_key parameter or ACME_API_KEY environment variable`); the
  // `_API_KEY environment variable` anchor finds the line, the packs tell whose key.
  'key must be provided either via',
  // An agent's own pre-flight check for its model's key, logged as a warning with no `error` word (browser-use's
  // `❌ LLM API Key environment variables not set up for ChatAcme, missing: ['ACME_API_KEY']`); the `_API_KEY'`
  // anchor finds the line, the packs tell whose key.
  'Key environment variables not set up',
  // An eval tool's pre-flight check quoted without its `Error: ` or after a result tag (promptfoo: `API key is not
  // set. Set the ACME_API_KEY environment variable or add `apiKey` to the provider config.`; its older `[FAIL] Error: Acme
  // API key is not set. Set ACME_API_KEY environment variable or pass it as an argument …`); the packs tell whose key.
  'API key is not set. Set ',
  // Rust's reqwest `Response` printed with `{:?}` after an app's words (`Problem with request: Response { url: Url {
  // scheme: "https", …, host: Some(Domain("api.acme.example")), … }, status: 401, headers: {…} }`): its host says whose API.
  'Response { url: Url {',
  // Weaviate's model modules with no key for the provider they call, printed without a client's error class
  // (`remote client vectorize: Palm API Key: no api key found neither in request header: X-Palm-Api-Key nor …`).
  'no api key found neither in request header',
  // Speakeasy-generated SDKs (Mistral's): `API error occurred: Status 401 …`.
  'API error occurred',
  // Hugging Face: `Cannot access gated repo for url …`, transformers' `You are trying to access a gated repo.`
  'gated repo',
  // …and the Hub's refusal of a private, gated or missing repo printed without its class or status (a
  // tool's console): `Repository Not Found for url: https://<the Hub>/…`, its reason lines below it; from its second
  // letter, so a post quoting it in its own sentence (`yes repository Not Found for url: …`) is the same report.
  'epository Not Found for url',
  // …and a downloader's own log record for that refusal, naming the repo instead of the URL (`… - ERROR - Repository not
  // found: owner/name`): a line report only by these words; whose refusal it is, the refused request logged right
  // above it says (httpx's `HTTP Request: GET https://<the Hub>/api/models/owner/name/… "HTTP/1.1 401 …"`), or nothing does.
  'Repository not found: ',
  // pyannote.audio's words for the Hub's refusal, printed instead of raising: `Could not download
  // 'pyannote/speaker-diarization-3.1' pipeline.` and its hint lines (no `error` word, class or status).
  "Could not download '",
  // …and the Hub's sentence quoted alone (MESSAGE_TAIL_PHRASES).
  ...MESSAGE_TAIL_PHRASES,
  // Guzzle (PHP): `Client error: 'GET https://…' resulted in a '401 Unauthorized' response`; Guzzle 7
  // quotes with backticks: `Client error: `GET https://…` resulted in a `404 Not Found` response:`.
  "' resulted in a '",
  '` resulted in a `',
  // aiohttp's response printed as its repr, the status after the URL: `<ClientResponse(https://…) [404 Not Found]>`.
  '<ClientResponse(',
  // LangChain JS tags a model's access errors with a link: `404 Invalid URL (POST /v1/…)
  // Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND/`.
  'troubleshooting/errors/MODEL_',
  // OpenAI's bad-key message quoted without its status (`'Incorrect API key provided: undefined. …'`);
  // the `API key` anchor already finds the line. Vendors that copy it are told apart by classify.
  'Incorrect API key provided',
  // The openai SDKs' own missing-key message quoted without its class: an app's `Error message: The
  // api_key client option must be set either by passing api_key to the client or by setting …`.
  'api_key client option must be set',
  // …and the older SDK's (0.x) wording of it after an app's own label (`Unexpected error: No API key provided. You can
  // set your API key in code using …`); the `API key` anchor finds the line, the packs tell whose key. From the label's
  // colon: the SDK's own source line quoting the string (`187   "No API key provided. …"` in a notebook's context) is no report.
  ': No API key provided. You can set your API key in code',
  // …and openai-python's newer wording of it, quoted without its class after an app's own label (`分析失败: Missing
  // credentials. Please pass an `api_key`, `workload_identity`, … environment variable.`), also as a post's Markdown ate
  // its backticks; the packs tell whose variables. Not openai-node's (`an \`apiKey\``): Node prints the throw site's
  // source line, which holds the same words, above the error.
  'Missing credentials. Please pass an `api_key`',
  'Missing credentials. Please pass an api_key',
  // OpenAI's missing-key message quoted alone, as a bot replied it (`"You didn't provide an API key. You
  // need to provide your API key in an Authorization header …"`), also with a typographic apostrophe.
  "didn't provide an API key",
  'didn\u2019t provide an API key',
  // …and its earlier wording of it, without that first sentence (an issue quoting it alone, early 2023).
  'provide your API key in an Authorization header',
  // OpenAI's region refusal of a ChatGPT sign-in as a self-hosted proxy logs it after its own words (Pandora:
  // `Error occurred: access_denied: OpenAI's services are not available in your country. (error=unsupported_country)`).
  'not available in your country',
  // OpenAI's older unknown-model refusal logged after a bot's own words (chatgpt-on-wechat: `[ERROR][…]
  // - That model does not exist`).
  'That model does not exist',
  // The Go SDKs' status line, its body printed on the next line by some tools (docker agent): `POST
  // "https://…/v1/messages": 401 Unauthorized (Request-ID: req_…)`.
  '(Request-ID: ',
  // OpenAI's model refusals printed without `error`: `403 Project `proj_…` does not have access to
  // model `gpt-4.1`` and `The model `gpt-4` does not exist or you do not have access to it`.
  'does not have access to model',
  'does not exist or you do not have access',
  // Anthropic's bad-key message after an app's own `… error:` with no status (a ComfyUI node's log: `✦ ERROR: Authentication
  // error: invalid x-api-key`); the `error` anchor finds the line, the packs tell whose header it is. Not the message
  // alone: inside a JSON body's `"message"` it would take the string from the body (and the status beside it).
  'rror: invalid x-api-key',
  // Claude Code's refusal of the model it was set to, in its own words (`There's an issue with the selected
  // model (claude-…). It may not exist or you may not have access to it. Run /model to pick a different model.`).
  'may not exist or you may not have access',
  // …and its first sentence alone, where a terminal or a relay's user broke the notice after the model
  // (`There's an issue with the selected model (anthropic/claude-ccr-…).`, then `It may not exist or …`: HINT_UNDER_REPORT).
  'issue with the selected model (',
  // A tool's own words for the model refusal, naming the id (Open Interpreter: `You do not have access to
  // gpt-4-1106-preview. Would you like to try gpt-3.5-turbo instead? (y/n)`).
  'You do not have access to gpt-',
  // …and Gemini CLI's, with no status or body (`It seems like you don't have access to gemini-3.1-pro-preview.`, then
  // `Your admin might have disabled the access.`).
  "don't have access to gemini-",
  // Azure OpenAI's DeploymentNotFound sentence quoted alone (`The API deployment for this resource does
  // not exist. If you created the deployment within the last 5 minutes, …`; older: `for the resource`).
  'API deployment for th',
  // …and its refusal of a bad or expired Entra token quoted with its status only (`401 Unauthorized. Access
  // token is missing, invalid, audience is incorrect (urn:ms.scopedToken or …), or have expired.`).
  'token is missing, invalid',
  // …and its older wording, the id in backticks: `error: The model: `gpt-4` does not exist` (go-openai).
  '` does not exist',
  // …and its refusal of a retired model quoted alone (`404 The model `gpt-4-vision-preview` has been deprecated, learn
  // more here: …`), a chunk the id's anchor (`` `gpt- ``) lets through.
  '` has been deprecated',
  // @google/generative-ai's message quoted without its class: `[GoogleGenerativeAI Error]: Error fetching from …`,
  // or with its class name in the same brackets: `[GoogleGenerativeAIError]: API key not valid. …`.
  '[GoogleGenerativeAI Error]: ',
  '[GoogleGenerativeAIError]: ',
  // …and that message without its brackets, the request's URL and status after it (`Error fetching from
  // https://generativelanguage.googleapis.com/v1/tunedModels/…:generateContent: [403 Forbidden] You do not have
  // permission to access tuned model …`, an issue's inline quote); the packs decide from the URL whose it is.
  'Error fetching from https://',
  // Google's disabled-API message as a tool prints it: `Failed to connect to Vertex AI: 403 Vertex AI
  // API has not been used in project … before or it is disabled.` (only an AI API's name makes it one).
  'has not been used in project',
  // Gemini's region refusal inside a tool's own brackets: `✕ [API Error: User location is not
  // supported for the API use. (Status: FAILED_PRECONDITION)]`.
  'User location is not supported',
  // OpenAI's restricted-key refusal as Codex prints it: `■ unexpected status 401 Unauthorized: You
  // have insufficient permissions for this operation. Missing scopes: api.responses.write. …`.
  'Missing scopes: ',
  // …and its last word after its reconnect attempts ran out (`ERROR: exceeded retry limit, last status: 401 Unauthorized,
  // request id: …`, capital `ERROR`); the run's header (`provider: …`) says whose.
  'last status: 401 Unauthorized',
  // google-genai's client built without a key (`Missing key inputs argument! To use the Google AI API,provide
  // (`api_key`) arguments. …`), which agent frameworks print inside their own words with no class (ADK through A2A's
  // `An error occurred while streaming the response: …`).
  'Missing key inputs argument!',
  // Vertex AI's refusal of an API key where it takes only OAuth, inside a tool's own brackets: `✕ [API Error: API keys
  // are not supported by this API. Expected OAuth2 access token … (Status: UNAUTHENTICATED)]` (the `API key` anchor finds it).
  'API keys are not supported by this API',
  // Gemini's unknown-model refusal printed alone: `404 models/gemini-pro is not found for API version v1beta, …`.
  'is not found for API version',
  // A PHP client's transport wording before the body it got back (`Network error during POST https://…: <html>…`), when
  // that body is a front end's HTML page and holds no `error` key: the line is the report, the packs read the rest.
  'error during POST',
  // Hugging Face's refusal to a token without the Inference Providers permission, quoted alone:
  // `403 Forbidden: This authentication method does not have sufficient permissions to call
  // Inference Providers on behalf of user …`.
  'call Inference Providers',
  // …and its refusal to a fine-grained token without read access to public gated repos, quoted alone after the
  // CLI's command: `403 Forbidden: Please enable access to public gated repositories in your fine-grained token
  // settings to view this repository.`.
  'enable access to public gated',
  // Zed's words around a provider's answer: `Failed to connect to Mistral API: 401 Unauthorized {…}` (a client
  // error: `40`), `The API key for Anthropic is invalid or has expired.` (the `API key` anchor finds that line).
  'API: 40',
  'is invalid or has expired',
  // …and the same sentence for a revoked key: Azure AI Search's check of a skill's endpoint key (`The API key provided for
  // endpoint 'https://<resource>.acme.example/…' is invalid or has been revoked.`; the `API key` anchor finds the line).
  'is invalid or has been revoked',
  // …and an app's error card in the same sense: `Authentication Failed: Unable to authenticate with Anthropic. Your
  // API key may be invalid or expired.` (the `API key` anchor finds the line; the packs tell whose key).
  'API key may be invalid',
  // Anthropic's SDKs with no key, quoted without class or frames: `"Could not resolve
  // authentication method. Expected either api_key or auth_token to be set. …"`, Node's `apiKey or
  // authToken` (the key names are what is rare; the sentence's lowercase words would make the
  // prefilter pass prose).
  'api_key or auth_token',
  'apiKey or authToken',
  // An app refusing to send a request whose key is unset, naming the provider (Continue's `Request not sent. You have
  // an Anthropic model configured in your config.yaml, but the API key is not set.`; the `API key` anchor finds it).
  'but the API key is not set',
  // OpenAI's Realtime API closes its websocket with `<type>.<code>` as the reason: `received 3000
  // (registered) invalid_request_error.invalid_api_key` (the `_error` anchor finds the line).
  'invalid_request_error.',
  // The Claude Agent SDK's line for a run that ended in an error, as claude-code-action logs it:
  // `error: Claude Code returned an error result: Invalid API key` (the `error` anchor finds it).
  'returned an error result: ',
  // Claude Code's refusal line without status or body: `⎿  Invalid API key · Please run /login`,
  // `Missing API key · Run /login` (the `API key` anchor finds it).
  'API key · ',
  // …and its line for a subscription (OAuth) login it can no longer use: `⎿  OAuth token revoked · Please run /login`
  // (REPORT_ANCHORS has `token revo`; the packs decide whose login it is).
  'token revoked · ',
  // OpenAI's own words for a request without a key, as Codex prints them (`unexpected status 401 Unauthorized:
  // Missing bearer or basic authentication in header`).
  'Missing bearer or basic authentication',
  // Codex signed in with a ChatGPT plan: `unexpected status 401 Unauthorized: {"detail":"Unauthorized"},
  // url: https://chatgpt.com/backend-api/codex/responses` (no `error` word; REPORT_ANCHORS has `Unauthorized: {`).
  'chatgpt.com/backend-api/',
  // A missing key in an app's own words or OpenAI's, quoted alone after a log record's words: open-notebook's
  // `… - Failed to embed source …: OpenAI API key not found`, `… authentication failed: You didn't provide an API key.`
  // (the `API key` anchor finds the line; the packs decide whose key it is).
  'API key not found',
  // …and its `<Vendor> API key is required` (Cline's providers check before any request, printed as its own JSON
  // `{"message":"Anthropic API key is required","modelId":…}`).
  'API key is required',
  // …and `<Vendor> API key is not provided …`, an app's check before a call (Obsidian Copilot's console line
  // `plugin:copilot:87066 OpenAI API key is not provided for the embedding model.`): no class, status or `error`.
  'API key is not provided',
  // …and an app's own config check labelled with the provider's id, after a log record's words (a video generator's
  // `… - failed to generate video script: Error: acme: api_key is not set, please set it in the config.toml file.`):
  // the `Error` anchor finds the line; the packs tell whose key from the label.
  'api_key is not set',
  // spacy-llm's warning for a REST model without its key, a Python warnings line (`…\model.py:25: UserWarning:
  // Could not find the API key to access the OpenAI API. …`): no class or status makes it a report.
  'Could not find the API key',
  // golang.org/x/oauth2's error for a Go client that found no Application Default Credentials, quoted alone in a
  // report (`Got this error: `google: could not find default credentials. See …/set-up-adc …``, LangChainGo's
  // Vertex client): no class or status; the packs tell whose API from the words around it (Vertex), never from these.
  'google: could not find default credentials',
  // SD.Next's own words for a gated repo it may not download, on its log line (`ERROR    Diffusers download error:
  // id="owner/name" model access requires login`): no class or status; the `error:` anchor finds the line.
  'model access requires login',
  // transformers.js's 401 from the Hub, printed alone: `Unauthorized access to file: "https://<the Hub>/…/config.json".`
  'Unauthorized access to file: ',
  "You didn't provide an API key",
  // OpenAI's deactivated-account message quoted without code or status (the ChatGPT backend's `{
  // "detail": "Your OpenAI account has been deactivated, please check your email …" }`).
  'OpenAI account has been',
  // The Vercel AI SDK's missing-key message quoted without its LoadAPIKeyError class (a chat window's `Google
  // Generative AI API key is missing. Pass it using the 'apiKey' parameter or the …_API_KEY environment variable.`),
  // and a terminal tool's own check before any request (`Acme API key is missing!`, then its hint to run its setup);
  // the `API key` anchor finds the line, the packs tell whose key from the words before it.
  'API key is missing',
  // …and a plugin's own check of the key it was given, naming the vendor and the status it got (a JetBrains commit-message
  // plugin's `Acme token is not valid (401)`), also said of an API key (`Acme API key is not valid`): the packs tell whose.
  'token is not valid',
  'API key is not valid',
  // …and its other wording (an Obsidian plugin's notice `Acme API key is invalid. Please doublecheck your API key in the
  // plugin settings.`), with no `error` word; the `API key` anchor finds the line, the packs tell whose key.
  'API key is invalid',
  // Claude Code's refusal of a signed-in account with no Claude access, printed alone (`Your account does not have access
  // to Claude. Please login again or contact your administrator.`); the pack tells whose.
  'does not have access to Claude',
  // Code Assist's refusal of an account barred for its terms, printed by Gemini CLI's sign-in after its own words with no
  // `error` word (`Failed to sign in. Message: This service has been disabled in this account for violation of Terms of
  // Service. …`; the `been disab` anchor finds it); the packs tell whose.
  'has been disabled in this account',
  // The ChatGPT-plan backend's 401 for a model the plan lacks, as Codex prints it (`unexpected status 401 Unauthorized: You
  // are not authorized to access this model`); the packs tell whose.
  'not authorized to access this model',
  // Gemini's bad-key message printed alone under an app's `Error` heading (`API key not valid. Please pass
  // a valid API key. [{"@type":"type.googleapis.com/google.rpc.ErrorInfo",…}]`); the `API key` anchor finds it.
  'API key not valid',
  // …and OpenAI's older deactivated-key wording quoted alone: `This key is associated with a deactivated account. If you
  // feel this is an error, contact us through our help center at help.openai.com`.
  'with a deactivated account',
  // …and its `account_deactivated` message shown with its code and no status (FastGPT's chat: `account_deactivated The
  // OpenAI account associated with this API key has been deactivated. …`); the `API key` anchor finds the line.
  'API key has been deactivated',
  // An app's own words for the client error its call got, with no other anchor (a Worker's `Claude API
  // returned 403: error code: 1000`, Cloudflare's plain-text refusal); the packs tell whose API.
  'API returned 4',
  // The Gemini Dart SDK's region refusal as Dart prints the exception object (a result map's `response: Instance of
  // 'UnsupportedUserLocation'`); the `UserLocation` anchor finds the line.
  "Instance of 'UnsupportedUserLocation'",
  // A websocket the server closed for a policy violation, as Python's websockets prints it (`received 1008
  // (policy violation) <reason>; then sent …`): the Gemini Live API's refusals come only this way (a missing
  // key's `Method doesn't allow unregistered callers …`); classify decides whether the reason is an access failure.
  'received 1008 (policy violation)',
  // A coding CLI's own check before any request, naming the variables it looked for (`Please set an Auth method in your
  // ~/.acme/settings.json or specify one of the following environment variables before running: ACME_API_KEY, …`),
  // printed with or without an `Error:` head (a CI step's log, a shell): the packs tell whose key from the variables.
  'set an Auth method in your',
  // A provider's refusal of the key or account quoted alone (REPORT_ANCHORS has each): Replicate's `Invalid API token:
  // <shown token>`, OpenAI's `You do not have an account because it has been deleted or deactivated.`; the packs tell whose.
  'Invalid API token',
  'has been deleted or deactivated',
];

/**
 * What the scanner's prefilter (`scan/anchors.ts`) looks for besides `error` words, for report
 * phrases on lines that carry no other anchor (Guzzle's and Hugging Face's lines say `error` or
 * `Error` already). Printable ASCII, 4 to 31 characters: the scanner carries the longest anchor's length
 * from each chunk to the next, and measured, 40 characters there (`_API_KEY environment variable is not set`)
 * cost the scanner 6% of its speed on benign output against 31. The prefilter's cost hardly grows with their
 * number, but each one that benign output holds makes the scanner read that output closely
 * (`npm run bench` prints the chunks with an anchor), so: words printed next to the phrase where
 * that is rarer (`Verify Organization`). The prefilter knows a literal by its rarest four
 * characters: a literal made of lowercase words and spaces only (`gated repo`) lets most benign
 * text through it (the anchors test checks that benign output passes none).
 */
export const REPORT_ANCHORS: readonly string[] = [
  // An app's own words for a key it was not given, logged as a structlog/logfmt value without an anchor before
  // it (`error='… Realtime provider requires ACME_API_KEY'`): the key name and its closing quote.
  "_API_KEY'",
  // google.api_core's 403 printed bare or in a debugger's display: `PermissionDenied: 403 …`, `Exception has occurred: PermissionDenied`.
  'PermissionDenied',
  // Vertex AI's IAM refusal quoted without class, status word or `error` (a relay's log line in another language:
  // `错误：status code 403: Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform…/models/…' (or it may
  // not exist).`). Its fingerprint (`Perm`) is the one `PermissionDenied` has, so the prefilter lets no more blocks through.
  "Permission 'aiplatform.",
  // The hub-based Agent Service's (an Azure ML workspace) refusal of its agents data action quoted alone, no `error`
  // word before it (`Identity(object id: …) does not have permissions for Microsoft.MachineLearningServices/workspaces/
  // agents/action actions. Please refer to …`); REPORT_PHRASES makes it a report, the pack tells whose. Cut to
  // `LearningSe` so its fingerprint is one another anchor has (a longer cut's is `Serv`, which lets benign text through).
  'LearningSe',
  // google.api_core's 404 printed bare (`NotFound: 404 Gemini 1.0 Pro Vision has been deprecated …`).
  'NotFound: 404',
  'Verify Organization',
  // …and the verification sentence quoted without that tail or `gpt-` backticks (a forum post's `403 Your
  // organization must be verified to use the model gpt-image-1.`, `… to stream this model.`). Measured with
  // every anchor in: `organization must be verified` and `must be verified to` let 313 benign blocks a MiB
  // through the prefilter, these none more than before.
  'ied to use the model',
  'ied to stream this model',
  'territory not supported',
  '_API_TOKEN is required',
  '_API_KEY is required',
  // …and `ACME_API_KEY is not set.` (REPORT_PHRASES): its fingerprint (`_API`) is another anchor's, so no more blocks pass.
  '_API_KEY is not set.',
  // …and one of two variables required, quoted alone (`Either ACME_API_KEY or ACME_OAUTH_TOKEN is required when using
  // …`, reportStart's KEY_VAR_REQUIRED): its fingerprint is another anchor's, so no more benign blocks pass.
  '_API_KEY or ',
  // replicate-python's `No API token provided. You need to set …` quoted alone (REPORT_PHRASES): no `error` word.
  'No API token',
  // …and openai-python's `Missing credentials. Please pass an `api_key`, …` quoted without its class (REPORT_PHRASES):
  // its fingerprint is another anchor's (scripts/anchor-candidates.mjs: `shared`), so no more benign blocks pass.
  'Missing credentials',
  'API error occurred',
  // An app's or a relay's log naming the API that refused it without an `error` anchor (`❌ [ts] ERROR: ❌ Claude API
  // returned error status: 403 | {…}`): the prefilter fingerprint is another anchor's, so no more benign blocks pass.
  'Claude API',
  // …and the ChatGPT backend's revoked-token sentence (REPORT_PHRASES): its fingerprint is another anchor's
  // (scripts/anchor-candidates.mjs: `shared`), so no more benign blocks pass.
  'token has been invalidated',
  // Anthropic's disabled-organization sentence quoted alone (`The error message I get is: This organization has been
  // disabled.`): of its parts, this one costs least (scripts/anchor-candidates.mjs: 10 benign blocks a MiB with it,
  // against 16 for `organization has been disabled`).
  // …and Claude Code's revoked-login line (REPORT_PHRASES: `OAuth token revoked · Please run /login`): cut to `token revo`
  // so its fingerprint (`ken `) is one another anchor has (scripts/anchor-candidates.mjs: `shared`); ANCHOR_PHRASES keeps
  // prose that merely says a token was revoked from being an anchor.
  'token revo',
  'been disab',
  // …and a model closed to new users quoted alone (REPORT_PHRASES: `is no longer available to new users`): cut to
  // `ilable to ` so its fingerprint (` to `) is one another anchor has (scripts/anchor-candidates.mjs: `shared`; a
  // longer cut's, ` new` or `vail`, lets hundreds of benign blocks a MiB through), so no more blocks pass. Only the
  // whole sentence counts (ANCHOR_PHRASES): prose's `available to all users` is no anchor.
  'ilable to ',
  // …and a model taken off the API quoted alone (REPORT_PHRASES: `… is no longer available. Please update your code to
  // use a newer model …`): cut to `r code to ` for the same shared fingerprint (` to `); only the whole phrase counts.
  'r code to ',
  // A retired model's refusal quoted alone, no `error` word before it (`The model \`…\` has been decommissioned and is
  // no longer supported. Please refer to …`); its four-gram is `been disab`'s, so it lets no more blocks through.
  'been decommissioned',
  // …and OpenAI's older unknown-model sentence (REPORT_PHRASES: `` ` does not exist``) after a tool's own label in
  // capitals, no lowercase `error` before it (a Neovim plugin's `53 // API ERROR: The model: `code-davinci-001` does not
  // exist`): its four-gram is another anchor's (scripts/anchor-candidates.mjs: `shared`), so no more blocks pass.
  '` does not exist',
  // …and a plugin's `Acme token is not valid (401)` (REPORT_PHRASES) with no `error` or `API key` word: its four-gram is
  // another anchor's (scripts/anchor-candidates.mjs: `shared`), so no more blocks pass.
  'token is not valid',
  // Weaviate's module line for a missing provider key, which says `API Key` (not `API key`) and no `error`:
  // the header's name before `nor in` is what is rare.
  '-Api-Key nor in',
  // …and a key's variable named as unset with no `error` word (REPORT_PHRASES): the capitals keep it rare. Not
  // the whole `… is not set`: see the length limit above.
  '_API_KEY environment variable',
  // …and a Google Cloud service's IAM sentence hard-wrapped off its `Error` line (REPORT_PHRASES: `<service account> does not
  // have the permission to access or use the endpoint.`); its prefilter fingerprint (` to `) is another anchor's.
  'the permission to access',
  // …and Rust's reqwest `Response { url: Url {` debug print (REPORT_PHRASES), which says no `error` word of its own.
  'Response { url: Url {',
  // LangChain's MODEL_NOT_FOUND and MODEL_AUTHENTICATION links; `e`, like the `error` anchors.
  'errors/MODEL_',
  // Fern-generated SDKs (Cohere v5) print the status and body without their class in an app's UI:
  // `status_code: 401, body: {…}`; client errors only (`status_code: 200` is everywhere).
  'status_code: 4',
  // LangChain4j's own clients (Mistral, Hugging Face) state it in words: `status code: 404; body: {"detail":"Not Found"}`
  // (client errors only). Measured with every anchor in: `; body: {` lets 4,142 benign blocks a MiB through the
  // prefilter (its fingerprint is common in JSON), this one 10.
  'status code: 40',
  // Hugging Face's gated-repo text printed without its class or status: `Cannot access gated repo for url …`
  // (`gated repo` alone shares its prefilter fingerprint with common words).
  'Cannot access gated',
  // pyannote.audio's refusal, printed instead of raised (REPORT_PHRASES: `Could not download 'pyannote/…' pipeline.`,
  // then `It might be because the pipeline is private or gated so make` / `sure to authenticate. Visit …`): the
  // anchor is the hint (HINT_UNDER_REPORT), whose prefilter fingerprint ` to ` an anchor already has, so the
  // prefilter lets no more benign blocks through (the report line's own words let 284 to 4505 a MiB through).
  'sure to authenticate.',
  // Azure AI's RBAC refusal quoted alone, no status or `error` word (a list of the Foundry extension's popups: `- The
  // principal `…` lacks the required data action `…/agents/read` to perform `GET /api/projects/…` operation.`): its
  // prefilter fingerprint ` to ` an anchor already has, so no more benign blocks pass (REPORT_PHRASES reads the line).
  ' to perform ',
  // …and its `Repository Not Found for url: …` printed the same way (the capitals keep the fingerprint rare), from its
  // second letter (a post's lower-case `repository Not Found …`): its fingerprint (`ory `) is one another anchor has.
  'epository Not Found for',
  // …and a downloader's log record for it (REPORT_PHRASES: `Repository not found: owner/name`): from its second letter, so
  // its fingerprint (`ory `) is one another anchor has and no more benign blocks pass; git's `Repository not found.` has no colon.
  'epository not found: ',
  // The Hub's gated sentence quoted alone (`Access to model owner/name is restricted. You must have access to it and
  // be authenticated …`): the capital after the full stop keeps the fingerprint rare.
  'restricted. You must',
  // …and older huggingface_hub's gated sentence quoted alone (`Repo model owner/name is gated. You must be authenticated …`);
  // its fingerprint is the one above's (`d. Y`), so no more benign blocks pass.
  'is gated. You must',
  // …and its refusal to a token not on the list, quoted alone (MESSAGE_TAIL_PHRASES): the sentence's start, its capital
  // keeping the fingerprint rare (measured: `restricted and you are not` let 639 benign blocks a MiB through, this none more).
  'Access to model ',
  // OpenAI's project allow-list printed with its status only: `403 Project `proj_…` does not have access
  // to model `…``; the backtick before the phrase is what is rare.
  '` does not have access',
  // .NET exceptions as a debugger shows their value (`parse/layouts/node.ts` debuggerValue), and the
  // System.ClientModel exception (Azure and OpenAI .NET SDKs) whose `HTTP 404 (DeploymentNotFound)` says no `Error`.
  '"} | ',
  'ClientResultException',
  // aiohttp's response repr (REPORT_PHRASES), without its `<`: the four-gram `Clie` is another anchor's.
  'ClientResponse(',
  // Azure.Core's exception (Azure SDKs for .NET), its `Content:` body cut off or not printed: `--->
  // Azure.RequestFailedException: Access denied … Status: 401 (PermissionDenied)` says no `Error` before its
  // `ErrorCode:` (without its `R` and with the colon: the prefilter's fingerprint of the whole name mixes with benign runs).
  'equestFailedException:',
  // Google's `<Name> API has not been used in project …`: the capitals keep benign `project` lines out.
  'API has not been used',
  // …and a staging API's (`Generative Language API (Staging) has not been used in project …`): the bracket before is what is rare.
  ') has not been used',
  // OpenAI's model refusals printed alone (`404 The model `gpt-5.5` does not exist or you do not
  // have access to it`, `403 Project `proj_…` does not have access to model …`). Measured on the
  // benchmark: these two cost nothing, while `The model `` or the sentence's own words cost a third of the
  // scanner's speed, so a refusal naming no `gpt-` model nor a project id needs another anchor. Docs name
  // such ids in backticks on every page, so the cut counts only after `model ` (ANCHOR_PHRASES).
  '`gpt-',
  'Project `proj_',
  // …and a tool's words for that refusal (REPORT_PHRASES: Open Interpreter's `You do not have access to gpt-4. …`).
  // Measured with every anchor in: `have access to gpt-` let 2,405 benign blocks a MiB through the prefilter, this one
  // keeps under the anchors test's limit.
  'access to gpt-',
  // …and Gemini CLI's (REPORT_PHRASES: `It seems like you don't have access to gemini-3.1-pro-preview.`): its fingerprint
  // (` to `) is one an anchor above already has, so the prefilter lets no more blocks through.
  'access to gemini-',
  // …and OpenAI's model refusal with its backticks lost (`404 The model o1-2024-12-17 does not exist or you do not
  // have access to it.`): the tail's fingerprint (` to `) is one an anchor above already has, so the prefilter
  // lets no more blocks through; the sentence's other words let 18 to 1,721 benign blocks a MiB through.
  'access to it',
  // …and Claude Code's (REPORT_PHRASES: `… It may not exist or you may not have access to it. Run /model to pick a
  // different model.`): its slash command is what is rare. Which words pass benign text depends on the others'
  // (the prefilter's buckets mix them): `. Run /model` let 12 benign blocks a MiB through, then 1910 beside
  // two later anchors; `/model to pick` lets 14 (`Run /model to pick` once let 889).
  '/model to pick',
  // A provider's refusal of a browser's request without its opt-in header, quoted alone after the status, no `error`
  // word (REPORT_PHRASES: `CORS requests must set '…' header`). Cut after the capitals' last letter: the prefilter
  // knows a literal by its rarest four characters, and `CORS` whole would be its fingerprint, which benign output
  // holds (6,338 blocks a MiB passed, measured); `S re` lets 11 through. Only the whole phrase counts (ANCHOR_PHRASES).
  'S requests must',
  // Azure OpenAI's DeploymentNotFound sentence quoted alone, without `error` words.
  'API deployment for th',
  // …and its code ending a sentence of a client's own exception, with the status and the request's URL but no `error`
  // word (an editor plugin's `…StatusException: 404 Not Found - DeploymentNotFound. Status=404, Url=https://…`). Its
  // fingerprint (`NotF`) is one an anchor above already has, so the prefilter lets no more blocks through. The code
  // alone is no anchor: Azure's Go SDK prints it as a field under its request and status lines (`ERROR CODE:
  // DeploymentNotFound`), where an anchor would open the block below its head; its body's `error` finds that report.
  'DeploymentNotFound. ',
  // API Management's refusal body (in front of Azure OpenAI) quoted without `error` words: `{ "statusCode": 401,
  // "message": "Access denied due to missing subscription key. …" }`; client errors only. Measured on the
  // benchmark: `Access denied due to` let a fifth of the benign chunks through the prefilter, this none.
  'statusCode": 4',
  // …and its refusal of a bad or expired Entra token printed with its status only (`401 Unauthorized. Access
  // token is missing, invalid, audience is incorrect (…), or have expired.`): the comma keeps the fingerprint rare.
  'token is missing, invalid',
  'Missing scopes: ',
  // google-genai's client built without a key, in an agent framework's own words (REPORT_PHRASES: `Missing key
  // inputs argument! To use the Google AI API,provide …`). Measured with every anchor in: with its own words the
  // prefilter lets 11 benign blocks a MiB through, with the API's name (`the Google AI API`) 17.
  'Missing key inputs argument',
  // transformers.js's 401 from the Hub printed alone (no `Error` word): the colon and quote are what is rare.
  'file: "https://',
  // Spring's WebClient refusal logged without an `Error` word (`…WebClientResponseException$Forbidden: 403 Forbidden
  // from POST https://…`, STATUS_FROM_METHOD_URL). Measured with every anchor in: ending in `POST` the two let
  // 8 benign blocks a MiB through, ending in `from ` 1,891, and adding the `GET` pair 295.
  'Forbidden from POST',
  'Unauthorized from POST',
  // …and a PHP client's `Network error during POST <url>: <body>` (REPORT_PHRASES), its body an HTML page with no `error`
  // word: its prefilter fingerprint (`POST`) is the two above's, so the prefilter lets no more benign blocks through.
  'error during POST',
  // Gemini's unknown-model refusal printed alone: `404 models/gemini-pro is not found for API version v1beta, …`.
  'is not found for API version',
  // …and Vertex AI's refusal of a model quoted alone, no `error` word before it (an issue's `Publisher Model
  // `projects/p/locations/us/models/gemini-3-flash-preview` was not found`; REPORT_PHRASES reads the line): its
  // prefilter fingerprint (` Mod`) is another anchor's (scripts/anchor-candidates.mjs: `shared`), so no more blocks pass;
  // cut to start there (the whole name's fingerprint is `er M`), only the whole phrase counts (ANCHOR_PHRASES).
  ' Model `',
  // Gemini's region refusal printed with its status only: `400 User location is not supported for the API use.`
  'User location is not',
  // …and its older wording, without `is`, shown alone by a chat app: `User location not supported for the API use.`
  'User location not',
  // …and the Dart SDK's exception class for it (`Instance of 'UnsupportedUserLocation'`); its fingerprint (`User`) is one
  // the two above have, so the prefilter lets no more blocks through (scripts/anchor-candidates.mjs).
  "UserLocation'",
  // Hugging Face's refusal to a token without the Inference Providers permission, quoted alone:
  // `403 Forbidden: This authentication method does not have sufficient permissions to call
  // Inference Providers on behalf of user …`.
  'call Inference Providers',
  // …and its refusal to a token whose permissions miss a file (`403 Forbidden: Authorization error..`): its
  // doubled full stop is what is rare (the words alone let benign text through the prefilter).
  'Authorization error..',
  // …and an agent service's refusal in a published agent's chat channel (`Authorization error encountered when
  // processing your request. Please ensure that …`): its four-gram `Auth` is the one above's (no more blocks pass).
  'Authorization error encountered',
  // …and the line under its other refusals (`Cannot access content at: https://router.acme.example/…`): the capital keeps it rare.
  'Cannot access content at: ',
  // …and to a fine-grained token without read access to public gated repos (`403 Forbidden: Please enable access
  // to public gated repositories in your fine-grained token settings …`).
  'enable access to public gated',
  // Anthropic's SDKs with no key, quoted without class or frames: `"Could not resolve
  // authentication method. Expected either api_key or auth_token to be set. …"`, Node's `apiKey or
  // authToken` (the key names are what is rare; the sentence's lowercase words would make the
  // prefilter pass prose).
  'api_key or auth_token',
  'apiKey or authToken',
  // Gemini's region refusal printed alone (`400 User location is not supported for the API use.`);
  // shares `API key`'s fingerprint too.
  'API use',
  // Groq's bad-key message as a tool prints it alone (Continue: `401 Invalid API Key`); `API key`
  // above has the same fingerprint, so the prefilter lets no more text through.
  'API Key',
  // GNU wget's status line for a refused download (`HTTP request sent, awaiting response... 401
  // Unauthorized`): client errors only; its request line above names the URL (WGET_REQUEST).
  'awaiting response... 4',
  // An IDE extension's report fields (`TOOL_REPORT_FIELD`): its `Status Code: 401` line, above error
  // output that may say no `error` (Continue: `{"type":"forbidden","message":"Request not allowed"}`).
  // Measured on the benchmark's benign output: no candidate block more than without it.
  'Status Code: ',
  // The ChatGPT-plan backend's refusal as Codex prints it: `unexpected status 404 Not Found: Model not
  // found gpt-5.4, url: https://chatgpt.com/backend-api/codex/responses`. Its status and words together:
  // `Model not found` alone, with `Status Code: `, regroups the prefilter's buckets (measured: 260
  // times the candidate blocks); this adds none.
  'Found: Model',
  // Anthropic's Go SDK status line whose body a tool printed on the next line: `POST
  // "https://…/v1/messages": 401 Unauthorized (Request-ID: req_…)`.
  'Request-ID: req_',
  // Gemini's region refusal printed with its status only (`400 User location is not supported for the
  // API use.`): the capitals give the fingerprint `API ` the `API key` anchor already has, so benign
  // text passes the prefilter no more often.
  'API use.',
  // Groq's `401 Invalid API Key` quoted alone: the same `API ` fingerprint again.
  'API Key',
  // OpenAI's deactivated-account message quoted alone, its quotes made typographic by a post (`{ “detail”:
  // “Your OpenAI account has been deactivated, …” }`): measured, no candidate block more.
  'OpenAI account has been',
  // …and the API's older wording quoted alone (`This key is associated with a deactivated account. If you
  // feel this is an error, contact us through our help center at help.openai.com`): its own words after
  // `error`. Measured: `a deactivated account` (lowercase words) let 1,527 benign blocks a MiB through,
  // `help.openai.com` 271; this stays under the anchors test's bound.
  'an error, contact us',
  // Vertex AI in Firebase's key-restriction refusal quoted alone (`Requests to this API
  // firebasevertexai.googleapis.com method … are blocked.`): the `API ` fingerprint once more.
  'API firebasevertexai',
  // Azure's network rules quoted alone (`{"code":"403","message":"A Virtual Network is configured for this
  // resource. …"}`); its capitals make a rare fingerprint.
  'A Virtual Network is configured',
  // OpenAI's model refusal logged after a program's own words with no other anchor (go-openai:
  // `CreateChatCompletion Failed err=error, status code: 404, message: The model gpt-4-32k does not
  // exist or you do not have access to it. Learn more: https://help.openai.com/…`). Measured: the
  // words before its link cost the prefilter nothing next to `401 Unauthorized`, while go-openai's
  // `error, status code: ` (lowercase words) or the host alone let thousands of benign blocks through.
  'Learn more: https://help',
  // A browser console's failed request with its reason (DEVTOOLS_REQUEST: `POST https://api.<provider>/v1/chat/completions
  // 401 (Unauthorized)`); the bracket before the capital is what is rare. `(Forbidden)` too mixed
  // with the anchors merged next to it (about 300 benign blocks a MiB) and no real post needed it.
  '(Unauthorized)',
  // OpenAI's refusal of a request without a key as Codex prints it alone in a CI log (`unexpected status 401
  // Unauthorized: Missing bearer or basic authentication in header`): no `error` word on the line.
  'Missing bearer or basic',
  // Not Zed's line for a provider's client error alone (`Failed to connect to Mistral API: 401 Unauthorized
  // {…}`, no `error` word): measured, `API: 40` as an anchor took the scanner from 0.68 to under 0.5 of
  // indexOf's speed; its `Error interacting with language model` heading, when shown, is the anchor.
  // An app's own words for the client error its call got (a Worker's `Claude API returned 403: error code:
  // 1000`). Measured: no candidate block more; Cloudflare's `error code: 10` would let 270 a MiB through.
  'API returned 4',
  // Not Replicate's problem bodies printed alone (`{"title":"Unauthenticated","detail":"You did not
  // pass an authentication token","status":401}`): measured, any of their words as an anchor (the
  // titles too) costs the prefilter a third to a half of its speed.
  // OpenAI's refusals printed alone naming its other families' ids in backticks, like `` `gpt-`` above
  // (`404 The model `o3-mini` does not exist …`), a fine-tune's `ft:` included. Measured with the anchors
  // test: no benign block more (`-mini` or `o3-` alone: hundreds).
  ...['`ft:', '`o1`', '`o3`', '`o1-mini', '`o1-preview', '`o1-pro', '`o3-mini', '`o3-pro', '`o4-mini'],
  ...['`chatgpt-', '`dall-e-', '`whisper-', '`tts-1', '`text-embedding-', '`davinci'],
  // A client's 401 line with no `error` word: Codex's `unexpected status 401 Unauthorized: {"detail":"Unauthorized"},
  // url: https://chatgpt.com/backend-api/codex/responses` and Continue's `HTTP 401 Unauthorized from https://…`.
  // Measured: no benign block more; their `Forbidden` twins (or `chatgpt.com/backend-api/`) let hundreds to
  // thousands through, so a 403 in these shapes still needs another anchor.
  'Unauthorized: {',
  'Unauthorized from http',
  // Retrofit's `retrofit2.HttpException: HTTP 401 Unauthorized` (openai-java's and Android clients' calls), which
  // says `Exception`, not `Error`. Measured with the anchors test: no benign block more.
  'HttpException: ',
  // An app's words for the API its call failed on, with the status (Zed's `Failed to connect to Mistral API: 401
  // Unauthorized {"detail":"Unauthorized"}`); the packs tell whose API.
  'API: 40',
  // Google's 401 body quoted without `error` words (a launcher's log: `… GET "https://generativelanguage…/models": 401
  // Unauthorized {` then `"message": "Request had invalid authentication credentials. Expected OAuth 2 access token, …"`):
  // this part's fingerprint (`Auth`) is one an anchor above already has, so the prefilter lets no more blocks through.
  'Auth 2 access token',
  // Replicate's HTTP API bodies as curl prints them, with no `error` word (`{"title":"Unauthenticated","detail":"You did not
  // pass an authentication token","status":401}`; its 422 `… does not exist (or perhaps you don't have permission to use
  // it?)`), and a Codex refusal from the ChatGPT backend (`unexpected status 403 Forbidden: Voice session access denied.,
  // url: https://chatgpt.com/backend-api/codex/realtime/calls?…`). Each one's fingerprint (`Unau`, ` to `, `ps:/`) is
  // one an anchor above already has, so the prefilter lets no more blocks through (scripts/anchor-candidates.mjs).
  'Unauthenticated"',
  'permission to use it',
  'https://chatgpt.com/backend-api',
  // System.ClientModel's message printed without its class (the OpenAI and Azure OpenAI .NET SDKs, as a JSON log's
  // `"message": "Service request failed.\nStatus: 401 (Unauthorized)\n"` over its `stackTrace` field): its fingerprint
  // (`(Una`) is one an anchor above already has (scripts/anchor-candidates.mjs), so no more blocks get through.
  '(Unauthorized)',
  // A coding CLI's `Please set an Auth method in your …/settings.json or specify …` (REPORT_PHRASES) without an `Error:`
  // head: its fingerprint (`Auth`) is one an anchor above already has, so no more blocks get through.
  'Auth method in',
  // A provider's refusal of the key or account quoted alone, no `error` word, status or class before it: Replicate's
  // `Invalid API token: <shown token>` with its hint to copy a valid one, OpenAI's `You do not have an account because it
  // has been deleted or deactivated. …`; the packs tell whose. Each one's fingerprint (` API`, `een `) is one an anchor
  // above already has, so no more blocks get through (scripts/anchor-candidates.mjs).
  'Invalid API token',
  'been delet',
  // Codex's last word after its reconnect attempts ran out, `ERROR: exceeded retry limit, last status: 401 Unauthorized,
  // request id: …` (`codex exec`, capital `ERROR`, no other anchor); the run's header names the provider. Cut to its
  // last word, whose fingerprint (`Unau`) is one an anchor above already has, so no more blocks get through
  // (ANCHOR_PHRASES: it counts only in the whole phrase).
  'Unauthorized',
];

/**
 * Anchors cut short so that their prefilter fingerprint is cheap, and the whole phrase a chunk must hold for one to
 * count. The cut alone is common prose (`… is available to all users`): every line holding it would be read as a
 * report, which on such output costs the scanner over ten times its speed. Each phrase holds its cut.
 */
export const ANCHOR_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'ilable to ': ['is no longer available to new users'],
  'r code to ': ['no longer available. Please update your code to use'],
  ' Model `': ['Publisher Model `'],
  // `Unauthorized` is every web server's log line; Codex's last word after its retries says it after the status.
  Unauthorized: ['last status: 401 Unauthorized'],
  // `… has been disabled` is every feature flag's log line.
  'been disab': ['organization has been disabled', 'has been disabled in this account'],
  // `… token revoked` is every OAuth server's log line; Claude Code's refusal goes on with its own separator.
  'token revo': ['token revoked · '],
  // People write `I now have access to gemini-…` everywhere; the refusal says they don't.
  'access to gemini-': ["don't have access to gemini-", 'not have access to gemini-'],
  'been delet': ['has been deleted or deactivated'],
  // Docs name `gpt-…` ids in backticks everywhere; the refusals say `model `gpt-…``.
  '`gpt-': ['model `gpt-', 'model: `gpt-'],
  // Prose says `HTTPS requests must …`; the refusal is a browser's cross-origin request.
  'S requests must': ['CORS requests must set '],
  // Prose says `to perform` everywhere; the RBAC refusal names a data action (`…/agents/read` to perform `GET …`).
  ' to perform ': ['` to perform `', 'read to perform ', 'write to perform ', 'action to perform ', 'have authorization to perform '],
};
