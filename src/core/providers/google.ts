// Google Gemini: the `google-genai` / `@google/genai` SDKs and generativelanguage.googleapis.com.
import { ACCESS_FALLBACK, jsOpt, keyLackedFor, NM, pyArg, SITE } from './shared';
import type { ProviderPack } from './types';

export const google = {
  id: 'google',
  name: 'Google Gemini',
  tokenEnvVars: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
  baseUrlEnvVar: 'GOOGLE_GEMINI_BASE_URL',
  hosts: ['generativelanguage.googleapis.com'],
  consoleUrl: 'https://aistudio.google.com/app/apikey',
  fixLinks: {
    'unsupported-region': 'https://ai.google.dev/gemini-api/docs/available-regions',
    'api-not-enabled': 'https://console.cloud.google.com/apis/library/generativelanguage.googleapis.com',
    'key-restricted': 'https://console.cloud.google.com/apis/credentials',
  },
  token: { prefix: 'AIza', pattern: /^AIza[A-Za-z0-9_-]{20,}$/, hint: 'Gemini API keys start with AIza' },
  recognition: {
    routerSlugs: ['google'],
    jvmPackages: ['com.google.genai', 'com.google.cloud.vertexai', 'com.google.api.gax', 'com.google.ai.client.generativeai', 'com.google.firebase.vertexai'],
    names: /^(?:google|gemini|google_?gemini|google_?genai|google_?generative_?ai|vertex_?ai|vertex|google_?vertex_?ai|palm)$/i,
    evidence: [
      keyLackedFor('google|gemini'),
      // …and its Java SDK's (`com.google.genai.errors.ClientException: 401 . API keys are not supported …`).
      { in: 'class', re: /^(?:com\.)?google\.genai\./, weight: 3 },
      { in: 'class', re: /^(?:ApiError|ClientError)$/, weight: 1 },
      { in: 'frames', re: new RegExp(`${SITE}google[\\\\/]genai[\\\\/]|${NM}@google[\\\\/]genai[\\\\/]`), weight: 3 },
      // Its Java and Android SDKs' frames: the package is in the method name.
      { in: 'functions', re: /^com\.google\.(?:genai|cloud\.vertexai|ai\.client\.generativeai)\./, weight: 3 },
      // LangChain4j's and Spring AI's Gemini and Vertex AI modules (`dev.langchain4j.model.googleai.GoogleAiGeminiChatModel`).
      { in: 'functions', re: /^(?:dev\.langchain4j\.model\.(?:googleai|vertexai)|org\.springframework\.ai\.vertexai)\./, weight: 3 },
      { in: 'text', re: /generativelanguage\.googleapis\.com|aistudio\.google\.com|GEMINI_API_KEY/, weight: 3 },
      // Gemini Code Assist's API, which Gemini CLI's Google sign-in calls (`"service": "cloudaicompanion.googleapis.com"`).
      { in: 'text', re: /cloudaicompanion\.googleapis\.com/, weight: 3 },
      // The Live API's websocket close, whose reason Google's front end heads with its trace id (`received 1008 (policy
      // violation) Request trace id: f7ae7f8ad1a75738, …`): the Live API's own words, whatever the reason says after.
      { in: 'text', re: /\breceived 10\d\d \([\w ]+\) Request trace id: [0-9a-f]{8,}, /, weight: 3 },
      // …and a close whose reason is Google's front end refusing the credential, with or without that head (`received 1008
      // (policy violation) API keys are not supported by this API. …`, `… Method doesn't allow unregistered callers …`).
      {
        in: 'text',
        re: /\breceived 100[78] \([\w ]+\) (?:Request trace id: [0-9a-f]{8,}, )?(?:API keys are not supported by this API\b|Method doesn't allow unregistered callers\b|API key not valid\b)/,
        weight: 3,
      },
      // Cloud Code's private API behind Gemini CLI's and Code Assist's sign-in (`Cloud Code Private API has not
      // been used in project …`), and Vertex AI in Firebase / Firebase AI Logic's own API.
      { in: 'text', re: /cloudcode-pa\.googleapis\.com|Cloud Code Private API|firebasevertexai\.googleapis\.com/, weight: 3 },
      // …and that API by its own name, as a coding agent's Gemini-CLI-style provider labels its errors (`Cloud Code Assist API
      // error (404): Requested entity was not found.`).
      { in: 'text', re: /\bCloud Code Assist API\b/, weight: 3 },
      // Code Assist's words for an account barred for its terms, as Gemini CLI's sign-in prints them with no host or
      // product name (`Failed to sign in. Message: This service has been disabled in this account for violation of Terms of
      // Service. …`; signals: account-disabled).
      { in: 'text', re: /\bThis service has been disabled in this account for violation of Terms of Service\b/, weight: 3 },
      // …and that SDK's own type names as Xcode's dump of its error prints them (`- status : FirebaseAI.RPCStatus.permissionDenied`
      // under `▿ underlying : BackendError`; `FirebaseVertexAI` before its rename). Not its `[FirebaseAI]` log tag, which
      // heads every record of one failure (the status record names the API's host already).
      { in: 'text', re: /\bFirebase(?:Vertex)?AI\.[A-Z]\w*/, weight: 3 },
      // Genkit's Gemini plugins: their key variable (`Please pass in the API key or set the GOOGLE_GENAI_API_KEY or
      // GOOGLE_API_KEY environment variable.`, GOOGLE_API_KEY alone is any Google API's) and their packages as Vite's
      // prebundled deps name them (`.angular/cache/…/deps_ssr/@genkit-ai_googleai.js`) or as npm does.
      { in: 'text', re: /\bGOOGLE_GENAI_API_KEY\b|@genkit-ai[\\/_](?:googleai|google-genai|vertexai)\b/, weight: 3 },
      // The AI SDK's Google provider's key variable, as an app built on it names the one it found unset (Mastra's model
      // router: `Could not find API key process.env.GOOGLE_GENERATIVE_AI_API_KEY for model id google/gemini-2.5-flash`).
      { in: 'text', re: /\bGOOGLE_GENERATIVE_AI_API_KEY\b/, weight: 3 },
      // The AI APIs' own names in Google's messages, when a log cut the host off (`Generative Language API has
      // not been used in project … before or it is disabled. Enable it by`).
      { in: 'text', re: /\b(?:Generative Language|Vertex AI) API\b/, weight: 3 },
      // BigQuery ML's refusal of a remote model over Vertex AI names the role its connection's service account lacks
      // (`bqcx-…@gcp-sa-bigquery-condel.iam.gserviceaccount.com does not have the permission to access or use the endpoint.
      // Please grant the Vertex AI user role to the service account …`): the AI endpoint is Vertex AI's.
      { in: 'text', re: /\bgrant the Vertex AI user role\b/i, weight: 3 },
      { in: 'text', re: /models\/gemini-/, weight: 2 },
      // The Live API's clients in voice frameworks name it (pipecat's `GeminiMultimodalLiveLLMService` and its
      // `pipecat.services.gemini_multimodal_live` logger, `GeminiLiveLLMService`, a web transport's `GeminiLiveWebSocketTransport`).
      { in: 'text', re: /\bGemini(?:Multimodal)?Live[A-Z]\w*|\bgemini_(?:multimodal_)?live\b/, weight: 3 },
      // The Gemini API's refusal of a model id, whatever the method (`models/imagen-3.0-generate-002 is
      // not found for API version v1beta, or is not supported for predict`): a hint, as its method names are.
      // Also its older form: `Model is not found: models/gemini-pro for api version v1beta`.
      {
        in: 'text',
        re: /\bis not found for API version v\d\w*, or is not supported for \w+|\bModel is not found: models\/[\w.-]+ for api version v\d/i,
        weight: 2,
      },
      // …and the same refusal quoted short, its method left out (`[404 Not Found] models/gemini-pro is not found for API
      // version v1beta...`), for a Gemini or Gemma id (an id of no Google family in these words is not enough).
      { in: 'text', re: /\bmodels\/(?:gemini|gemma)-[\w.-]+ is not found for API version v\d/, weight: 3 },
      // The Gemini API's own method names (`… or is not supported for generateContent`, `… for embedContent`),
      // also the PaLM methods of its v1beta2 (`… is not supported for generateMessage`).
      // The Live API's `bidiGenerateContent` too (`… or is not supported for bidiGenerateContent`).
      { in: 'text', re: /\b(?:stream|bidi)?generateContent\b|\b(?:batchE|e)mbedContents?\b|\bgenerate(?:Message|Text)\b/i, weight: 2 },
      // Vertex AI's resource path for Google's own models, whatever the model's name…
      { in: 'text', re: /\bpublishers\/google\/models\/[\w.@-]+/, weight: 3 },
      // …and its refusal of one (`Publisher Model `projects/…/publishers/google/models/text-embedding-004` was
      // not found or your project does not have access to it`): Google's own answer, which outweighs the SDK
      // that carried it (the OpenAI SDK pointed at a gateway that relays Vertex AI). Also worded `… ` not found.` and
      // `… ` is not found.`, also for an id another vendor serves (a Claude id under Google's publisher path).
      // Also single-quoted, as an app's own line restates it (FlutterFlow's `Error: Publisher Model
      // 'projects/…/publishers/google/models/gemini-1.5-flash' was not found or you don't have access`).
      {
        in: 'text',
        re: /Publisher Model (?:`[^`\n]*\bpublishers\/google\/models\/[^`\n]+`|'[^'\n]*\bpublishers\/google\/models\/[^'\n]+') (?:was |is )?not found/,
        weight: 5,
      },
      // The same refusal of a partner model in Vertex AI's Model Garden, backticked or not (`Publisher Model
      // projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-6@20260114 was not found or your
      // project does not have access to it`): the project's access is Google's to grant, so it outweighs the
      // partner's id and name (Claude's id and `anthropic` in the path).
      {
        in: 'text',
        re: /Publisher Model `?projects\/[^\s`'"]{1,200}\/publishers\/(?!google\/)[\w-]+\/models\/[\w.@-]+`? (?:was |is )?not found/,
        weight: 6,
      },
      // …and its refusal of a partner model the project has not enabled in Model Garden (`Project `p` is not allowed
      // to use Publisher Model `projects/…/publishers/anthropic/models/claude-3-sonnet@20240229``, FAILED_PRECONDITION).
      {
        in: 'text',
        re: /\bis not allowed to use Publisher Model `?projects\/[^\s`'"]{1,200}\/publishers\/[\w-]+\/models\/[\w.@-]+/,
        weight: 6,
      },
      // …and its refusal of a partner model whose publisher the project has not opted into data sharing for, naming
      // Vertex AI's own setting (`Access to this model requires data sharing to be enabled for publisher 'anthropic'.
      // Please set `PublisherModelConfig.data_sharing_enabled_provider` …`): Google's words about the partner's model.
      { in: 'text', re: /\b(?:set)?PublisherModelConfig\b/, weight: 6 },
      // …and its refusal of an unknown model, which no OpenAI-compatible server copies: it outweighs the
      // SDK that carried it (the OpenAI SDK pointed at Gemini's OpenAI-compatible endpoint).
      { in: 'text', re: /Call ListModels to see the list of available models/, weight: 5 },
      // Its answers point at the Gemini API's own documentation (`Model 'x' not found. Did you mean 'gemini-pro-latest'?
      // Please verify the model name against the supported list: https://ai.google.dev/gemini-api/docs/models`), which a
      // client quoting the answer keeps (ellmer's cli bullet).
      { in: 'text', re: /\bhttps?:\/\/ai\.google\.dev\/gemini-api\/docs\b/, weight: 3 },
      { in: 'class', re: /^GoogleGenerativeAIError$/, weight: 3 },
      // Shared by every Google API, AI or not: a hint, never enough alone.
      { in: 'class', re: /^(?:google\.api_core\.exceptions\.\w+|_?InactiveRpcError|PermissionDenied)$/, weight: 1 },
      // Its region refusal also as a Live API websocket cuts the close reason: `… is not supported for the A; then sent 1007 …`.
      {
        in: 'text',
        re: /generativelanguage|aiplatform\.googleapis\.com|google[./\\]cloud[./\\]aiplatform|\baiplatform\.\w+|vertexai|GoogleGenerativeAI|\bGoogle Generative AI\b|User location (?:is )?not supported for the A(?:PI(?: use)?|P)?\b/,
        weight: 3,
      },
      // Its product's name, which apps and relays write too (`Error calling Gemini API: … for url: https://<relay>/…`), also
      // as a Go client's lowercase label for the error it got (`gemini error: …`, `gemini API error: … (code: 403, status: …)`).
      { in: 'text', re: /\b(?:Gemini|GEMINI)\b|\bgemini (?:api |API )?error: /, weight: 3, named: true },
      { in: 'text', re: /\bgemini-\d/, weight: 3, modelIds: true },
      // Its image and video models, which only Google serves (Imagen, Veo).
      { in: 'text', re: /\b(?:imagen|veo)-\d/, weight: 3, modelIds: true },
      // Google Labs' media backend (Flow's Veo and Imagen calls) and its refusal of a model the account's plan lacks
      // (`"reason": "PUBLIC_ERROR_MODEL_ACCESS_DENIED"` under a bare 403 `The caller does not have permission`).
      { in: 'text', re: /\baisandbox-pa\.googleapis\.com|\bPUBLIC_ERROR_MODEL_ACCESS_DENIED\b/, weight: 3 },
      // The Gemini API's own refusals for its image models, quoted without host or class: its paid-tier gate
      // (`Imagen API is only accessible to billed users at this time.`) and its region gate for image output
      // (`Image generation is not available in your country.`), which no other vendor words so.
      { in: 'text', re: /\bImagen API is only accessible to billed users\b|\bImage generation is not available in your country\b/, weight: 3 },
      // Gemini CLI's frame around Google's JSON error (`✕ [API Error: [{ "error": { "code": 403, … "status":
      // "PERMISSION_DENIED" } }]]`): the tool calls only Gemini. Its framing alone is not enough (its
      // forks print the same around other vendors' errors), nor is Google's body, which every Google API sends.
      { in: 'text', re: /✕ \[API Error: \[?\{\s*"error": ?\{\s*"code": ?40\d,[\s\S]{0,800}?"status": ?"[A-Z_]+"/, weight: 3 },
      // Its frame around the message it took from Google's error (`[API Error: API key not valid. … (Status:
      // INVALID_ARGUMENT)]`): Google's status words in its parentheses. Forks printing the frame around other
      // vendors' errors give an HTTP code there (`(Status: 401)`).
      {
        in: 'text',
        re: /\[API Error: [^\]]{1,600}?\(Status:\s+(?:INVALID_ARGUMENT|PERMISSION_DENIED|FAILED_PRECONDITION|UNAUTHENTICATED|NOT_FOUND)\)\]/,
        weight: 3,
      },
      // Google's words for a bad or suspended key, which every Google API sends (Firebase's too), carried by the
      // Vercel AI SDK's error (`AI_APICallError: API key not valid. …`, `AI_RetryError: Failed after 3 attempts. Last
      // error: …`): that SDK calls only AI APIs, so Google's AI API sent them (its frames, bundled, name no package).
      {
        in: 'text',
        re: /\bAI_(?:APICallError\]?: |RetryError\]?: Failed after \d+ attempts\. Last error: )(?:API key not valid\. Please pass a valid API key|API Key not found\. Please pass a valid API key|Permission denied: Consumer 'api_key:)/,
        weight: 3,
      },
      // The Vertex AI SDK's (google-cloud-aiplatform) own words when no credentials are found, which apps
      // re-raise inside their own lines (`Error building nodeVertexAI(…):Unable to authenticate your request.`).
      { in: 'text', re: /\bUnable to authenticate your request\.\s+Depending on your runtime environment\b/, weight: 3 },
      // The Dart SDK's (google_generative_ai) exception object for the region refusal, printed by Dart's toString
      // (`response: Instance of 'UnsupportedUserLocation'`): its class is the only word left of the body.
      { in: 'text', re: /\bInstance of 'UnsupportedUserLocation'/, weight: 3 },
      // The Gemini API's own refusals, quoted without host or class: a leaked key, a barred project.
      {
        in: 'text',
        re: /Your API key was reported as leaked\. Please use another API key|Your project has been denied access\. Please contact support/,
        weight: 3,
      },
      // Its refusal of a model the caller may not use, in its own error shape (Gemini CLI's and the Antigravity
      // API's `"message": "You don't have access to this model or the model name is invalid", … "status": "INVALID_ARGUMENT"`).
      {
        in: 'text',
        re: /\bYou don't have access to this model or the model name is invalid\b[\s\S]{0,400}?['"]status['"]: ?['"]INVALID_ARGUMENT['"]/,
        weight: 3,
      },
      // Its OpenAI-compatible endpoint reached without the key's header answers in Google's error shape, a list around it
      // (`[{'error': {'code': 400, 'message': 'Missing Authorization header.', 'status': 'INVALID_ARGUMENT'}}`).
      { in: 'text', re: /['"]message['"]: ?['"]Missing Authorization header\.['"], ?['"]status['"]: ?['"]INVALID_ARGUMENT['"]/, weight: 3 },
    ],
    causes: [
      'model-access',
      'unsupported-region',
      'missing-token',
      'invalid-token',
      'key-leaked',
      'missing-scopes',
      'api-not-enabled',
      'key-restricted',
      'account-disabled',
      'network-block',
      'proxy-html',
      'permission-denied',
      'destination-not-found',
    ],
    fallback: ACCESS_FALLBACK,
    // The request URL names the model: `…/v1beta/models/gemini-1.0-pro:generateContent`, a tuned
    // model by its resource name (`tunedModels/my-model`), Vertex AI's `publishers/google/models/…`.
    modelPatterns: [
      /googleapis\.com\/v\d\w*\/(?:models\/|(?=tunedModels\/))((?:tunedModels\/)?[\w.-]+?)[:?\s]/,
      // A Vertex AI version is part of the id the call named (`chat-bison@001`); an alias the service
      // adds or resolves (`@default`, `@latest`) is not.
      // The path may start bare, quoted by the service's own message (`Publisher Model `publishers/google/models/text-bison` is not found.`).
      // After `Publisher Model` the path's id ends at its closing backtick or quote, or, bare, before `not found`: one that
      // ends its line otherwise was cut there with the refusal's words (a websocket close reason cut at its 123 bytes:
      // `… Publisher Model `projects/p/…/models/gemini-live-2.5-flash-preview-na`, the Python SDK's `APIError: 1008 None.
      // Publisher Model\nprojects/…/models/gemini-live-2.5-flash-n`, also with that wrap joined back): not the id.
      // A line break a post put after the bare path took its space (`…/models/gemini-x-preview` over `was not found …`, joined
      // back as `gemini-x-previewwas not found`): the id ends before the refusal's words.
      /(?<![\w.-])publishers\/[\w-]+\/models\/([\w.-]+?(?:@\d+)?)(?:[:?@'"`]|(?<!Publisher Model\s*`?[^`\s]*)(?:\s|$)|(?<=Publisher Model\s*[^`\s]*)(?: (?=(?:was |is )?not found)|(?=was not found\b)))/,
      // …and a resource name the poster cut short before `models/` (`Publisher Model 'projects.../models/gemini-2.0-flash' not found.`,
      // `Publisher Model `.../models/gemini-2.0-flash` was not found...`): the id is still the path's last segment.
      /\bPublisher Model [`']?(?:projects\b|\.{3}|\u2026)[^\s`']*\/models\/([\w.-]+?(?:@\d+)?)[`']? (?:was |is )?not found\b/,
      // An endpoint named after a model, as wrappers build it (`…/locations/us-central1/endpoints/veo-3.0-generate-preview`);
      // deployed endpoints have numeric ids and Vertex's own (`endpoints/openapi`) no hyphen: no model.
      /\/locations\/[\w-]+\/endpoints\/([a-z][\w.]*-[\w.-]*?)(?:[:'"`\s]|$)/,
      // A client naming the method it called: `operation=models/gemini-pro:generateContent`.
      /\bmodels\/([\w.-]+?):(?:streamGenerateContent|generateContent|countTokens|embedContent|batchEmbedContents)\b/,
      // …also without its `models/` (a PHP client's `Network error during POST gemini-2.5-pro:generateContent: …`).
      /(?<![\w./-])((?:gemini|gemma)-[\w.-]+?):(?:streamGenerateContent|generateContent|countTokens|embedContent|batchEmbedContents)\b/,
      /\bThis model models\/([\w.-]+?) is no longer available\b/,
      /\bIt seems like you don't have access to (gemini-\d[\w.-]*[\w])/,
      /\bModel is not found: models\/([\w.-]+?) for api version\b/i,
    ],
    signals: [
      // Vertex AI's refusal of a model (`Publisher Model `projects/…/models/…` was not found or your project does not have
      // access to it`) as a websocket close reason, cut at its 123 bytes before the path's closing backtick (`received 1008
      // (policy violation) Publisher Model `projects/p/…/publishers/google/models/gemini-live-2.5-flash-preview-na; then
      // sent …`), also as the Python SDK's APIError prints a close (`1008 None. Publisher Model` over the path, cut in the
      // id): only that refusal starts so. The id printed is cut too, so no model is taken from it.
      {
        cause: 'model-access',
        re: /(?:\breceived 1008 \(policy violation\)|\b1008 None\.) Publisher Model\s*`?projects\/[^\s`]{1,200}\/publishers\/[\w-]+\/models\/[\w.@-]*(?=;|\s*$)/,
      },
      // A Google Cloud project the call names that does not exist (`Project 'projects/my-project' not found or deleted.`, the
      // Vertex AI Live API's close reason for a mistyped project id): nothing at that name.
      { cause: 'destination-not-found', re: /\bProject 'projects\/[^'\n]{1,100}' not found or deleted\b/ },
      // The Dart SDK's exception for `User location is not supported…`, its message gone (EVIDENCE above).
      { cause: 'unsupported-region', re: /\bInstance of 'UnsupportedUserLocation'/, statuses: [400, null] },
      {
        cause: 'key-restricted',
        re: /API_KEY_(?:SERVICE|HTTP_REFERRER|IP_ADDRESS|ANDROID_APP|IOS_APP)_BLOCKED|Requests (?:from referer|to this API) [^"'\n]{0,300}? are blocked|Requests from this (?:Android|iOS) client application/,
        after: 'key-leaked',
      },
      // A request that carried no credential at all (a workflow's identity never set up): `Request is missing required
      // authentication credential. Expected OAuth 2 access token, …`, reason CREDENTIALS_MISSING; a 401 that is not a wrong key.
      // Also Vertex AI's answer to an API key where it takes only OAuth (`API keys are not supported by this API. Expected
      // OAuth2 access token …`), reason CREDENTIALS_MISSING, which a CLI's frame prints without the reason.
      // And the Vertex AI SDK's message when it finds no credentials at all (`Unable to authenticate your request.
      // Depending on your runtime environment, you can complete authentication by: …`), and google-auth's for Python and
      // Node (`DefaultCredentialsError: Your default credentials were not found.`, `Could not load the default credentials.`),
      // and golang.org/x/oauth2's for Go (`google: could not find default credentials. See …/set-up-adc …`, LangChainGo's Vertex client),
      // which name no API: the provider comes from the block's other words (a Vertex AI wrapper's frames), never from these.
      {
        cause: 'missing-token',
        re: /\bCREDENTIALS_MISSING\b|\bRequest is missing required authentication credential\b|\bMissing Authorization header\.['"], ?['"]status['"]: ?['"]INVALID_ARGUMENT\b|\bAPI keys are not supported by this API\. Expected OAuth2 access token\b|\bUnable to authenticate your request\.\s+Depending on your runtime environment\b|\bYour default credentials were not found\b|\bCould not load the default credentials\b|\bgoogle: could not find default credentials\b/,
        after: 'key-leaked',
      },
      // Application Default Credentials whose sign-in expired (google-auth's `RefreshError: Reauthentication is needed.
      // Please run `gcloud auth application-default login` to reauthenticate.`): the credential no longer works. Any
      // Google API's client says it; the provider comes from the block's other words (Vertex AI's frames), never from these.
      { cause: 'invalid-token', re: /\bReauthentication is needed\. Please run `?gcloud auth application-default login\b/, after: 'key-leaked' },
      // The Gemini API's `key` query parameter sent as a language's null: a wrapper that found no key builds the URL
      // anyway (LiteLLM: `Client error '400 Bad Request' for url '…/models/gemini-2.0-flash-exp:generateContent?key=None'`).
      { cause: 'missing-token', re: /\bgoogleapis\.com\/[^\s'"`]*[?&]key=(?:None|undefined|null)(?![\w-])/, after: 'key-leaked' },
      // Google Labs' reason for a media model the account may not use (Veo in Flow on a plan without it).
      { cause: 'model-access', re: /\bPUBLIC_ERROR_MODEL_ACCESS_DENIED\b/, after: 'key-leaked' },
      // Imagen on the Gemini API for paid-tier projects only: the model is closed to a free-tier key (400 INVALID_ARGUMENT).
      { cause: 'model-access', re: /\bImagen API is only accessible to billed users\b/, after: 'key-leaked' },
      // A tuned model shared with others only: `You do not have permission to access tuned model tunedModels/…`.
      { cause: 'model-access', re: /permission to access tuned model/, after: 'key-leaked' },
      // Code Assist's 400 (Gemini CLI) for a model the account may not use or does not know (reason `badRequest`).
      { cause: 'model-access', re: /\bYou don't have access to this model or the model name is invalid\b/ },
      // Gemini CLI's own words for a model the account's plan or admin does not open (`It seems like you don't have access to
      // gemini-3.1-pro-preview.`, `… to Gemini 3.`, then `Your admin might have disabled the access.`), with no status or body.
      { cause: 'model-access', re: /\bIt seems like you don't have access to (?:gemini-\d[\w.-]*|Gemini \d)/ },
      // A suspended key's consumer, or the project barred as a whole.
      // Also an account barred from Gemini (Code Assist) for its terms: `Gemini has been disabled in this account
      // for violation of Terms of Service. …`, also worded `This service has been disabled in this account …` (Gemini CLI).
      {
        cause: 'account-disabled',
        re: /\bCONSUMER_SUSPENDED\b|Consumer '[^']*' has been suspended|Your project has been denied access|\b(?:Gemini|This service) has been disabled in this account for violation of Terms/,
        after: 'key-leaked',
      },
      {
        cause: 'api-not-enabled',
        // Google's words alone say it, also when a log cuts the line after them (`… API has not been used in project\n  my-project before …`),
        // also after a qualified service title (`Generative Language API (Staging) has not been used in project …`).
        // Firebase's SDKs name the API to enable: `The Vertex AI in Firebase SDK requires the Vertex AI in
        // Firebase API (`firebasevertexai.googleapis.com`) to be enabled in your Firebase project.`
        // Firebase AI Logic's SDKs for a project whose Gemini Developer API was never set up in the console (the server's
        // `genai config not found`, reworded): `Firebase AI Logic is missing a configured Gemini Developer API key. Set one up …`.
        re: /\bSERVICE_DISABLED\b|API(?: \([\w ]{1,20}\))? has not been used in project\b|API is not enabled for (?:the|this) project|requires the [\w ]{3,60} API \(?`?[\w.-]+\.googleapis\.com`?\)? to be enabled|\bFirebase AI Logic is missing a configured Gemini Developer API key\b/,
        after: 'key-leaked',
      },
      // A retired model, in Google's words: `404 Gemini 1.0 Pro Vision has been deprecated on July 12,
      // 2024. Consider switching to different model, for example gemini-1.5-flash.`
      { cause: 'model-access', re: /has been deprecated on \w+ \d{1,2}, \d{4}\. Consider switching to (?:a )?different model/ },
      // Vertex AI's 404 for a model its location does not serve, without the backticks of the longer form:
      // `Publisher Model projects/p/locations/global/publishers/google/models/gemini-2.0-flash not found.`
      // Also a partner model's (`…/publishers/anthropic/models/claude-sonnet-4-20250514 not found.`).
      // Also single-quoted, as an app restates it: `Publisher Model 'projects/…/models/gemini-1.5-flash' was not found or you don't have access`.
      { cause: 'model-access', re: /\bPublisher Model '?projects\/[^\s'"`]{1,200}\/publishers\/[\w-]+\/models\/[\w.@-]+'? (?:was )?not found\b/ },
      // Its 403 for a partner model the project has not opted into sharing data with the publisher for (`Access to
      // this model requires data sharing to be enabled for publisher 'anthropic'.`): the model is closed to the project.
      { cause: 'model-access', re: /\brequires data sharing to be enabled for publisher\b/ },
      // …and its 400 for a partner model not enabled for the project: `Project `p` is not allowed to use Publisher Model `…``.
      { cause: 'model-access', re: /\bis not allowed to use Publisher Model\b/ },
      // And its 404 for a model taken off the API: `This model models/gemini-2.0-flash is no longer available.`
      { cause: 'model-access', re: /\bThis model models\/[\w.-]+ is no longer available\b|\bModel is not found: models\//i },
      // LangChain's Gemini client's words for the API's NOT_FOUND to the call of the model it names, also when Google's
      // body says no more (`ChatGoogleGenerativeAIError: Error calling model 'gemini-3-flash-preview' (Not Found): 404 Not
      // Found. {'message': '', 'status': 'Not Found'}`).
      { cause: 'model-access', re: /\bError calling model '[^'\n]{1,100}' \((?:NOT_FOUND|Not Found)\)/ },
      // Google's generic NOT_FOUND words (`Requested entity was not found.`), which every Google API sends: once the block's
      // other words say the Gemini API or Code Assist answered (never alone), the entity a call to them names is its model.
      { cause: 'model-access', re: /\bRequested entity was not found\b/, statuses: [404, null] },
      // A 404 whose request URL is a model's own method on Google's API (httpx's `Client error '404 Not Found' for url
      // '…googleapis.com/v1beta/models/gemini-x:generateContent?key=…'`, its body cut or empty): the path is fixed but for
      // the model's id, so it is the model that was not found. Another path's 404 (a file, a cached content) says nothing.
      {
        cause: 'model-access',
        re: /\bgoogleapis\.com\/v\d\w*\/(?:[^\s'"`?]{1,200}\/)?models\/[\w.@-]+:(?:streamGenerateContent|generateContent|countTokens|embedContent|batchEmbedContents|predict)\b/,
        statuses: [404],
      },
    ],
  },
  python: {
    pipPackage: 'google-genai',
    module: 'google.genai',
    importLine: 'from google.genai import errors',
    baseErrorClass: 'errors.APIError',
    statusErrorClasses: { 401: 'errors.ClientError', 403: 'errors.ClientError', 404: 'errors.ClientError' },
  },
  node: {
    npmPackage: '@google/genai',
    importName: 'ApiError',
    importStyle: 'named',
    errorGuard: '{err} instanceof ApiError',
  },
  syntax: {
    modelArgs: ['model', 'model_name'],
    python: {
      modules: ['google.genai', 'google.generativeai'],
      clients: ['Client', 'GenerativeModel'],
      tokenArgs: ['api_key'],
      modelCalls: ['GenerativeModel'],
    },
    node: {
      modules: ['@google/genai', '@google/generative-ai'],
      clients: ['GoogleGenAI', 'GoogleGenerativeAI'],
      tokenArgs: ['apiKey'],
      positionalClients: ['GoogleGenerativeAI'],
    },
  },
  snippets: {
    model: 'gemini-2.5-pro',
    altModel: 'gemini-2.0-flash',
    python: {
      imports: 'import os\nfrom google import genai\nfrom google.genai import errors',
      client: (k) => `client = genai.Client(${pyArg(k, 'api_key')})`,
      call: (m) => `reply = client.models.generate_content(model="${m}", contents="Hello")`,
    },
    javascript: {
      imports: "import { GoogleGenAI, ApiError } from '@google/genai';",
      client: (k) => `const ai = new GoogleGenAI(${jsOpt(k, 'apiKey')});`,
      call: (m) => `const reply = await ai.models.generateContent({ model: '${m}', contents: 'Hello' });`,
    },
  },
  modelFallbacks: {
    'gemini-2.5-pro': ['gemini-2.5-flash', 'gemini-2.0-flash', 'gemini-1.5-pro'],
    'gemini-2.5-flash': ['gemini-2.5-flash-lite', 'gemini-2.0-flash', 'gemini-1.5-flash'],
    'gemini-2.5-flash-lite': ['gemini-2.0-flash-lite', 'gemini-1.5-flash-8b'],
    'gemini-2.0-pro': ['gemini-2.0-flash', 'gemini-1.5-pro'],
    'gemini-2.0-flash': ['gemini-2.0-flash-lite', 'gemini-1.5-flash'],
    'gemini-2.0-flash-lite': ['gemini-1.5-flash-8b'],
    'gemini-1.5-pro': ['gemini-1.5-flash', 'gemini-2.0-flash'],
    'gemini-1.5-flash': ['gemini-1.5-flash-8b', 'gemini-2.0-flash-lite'],
    'gemini-pro': ['gemini-1.5-flash', 'gemini-2.0-flash'],
  },
  // Retirement dates and successors as read on https://ai.google.dev/gemini-api/docs/deprecations
  models: {
    spellCheck: true,
    listIsComplete: true,
    knownIds: ['gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.5-pro', 'gemini-3-flash-preview', 'gemini-3.1-pro-preview', 'imagen-4.0-generate-001'],
    retirements: [
      {
        ids: ['imagen-3.0-generate-002'],
        date: '2025-11-10',
        successor: 'imagen-4.0-generate-001',
        source: 'https://ai.google.dev/gemini-api/docs/deprecations',
      },
      {
        ids: ['gemini-2.5-pro-preview-03-25', 'gemini-2.5-pro-preview-05-06', 'gemini-2.5-pro-preview-06-05'],
        date: '2025-12-02',
        successor: 'gemini-3-pro-preview',
        source: 'https://ai.google.dev/gemini-api/docs/deprecations',
      },
      {
        ids: ['gemini-2.0-flash-live-001', 'gemini-live-2.5-flash-preview'],
        date: '2025-12-09',
        successor: 'gemini-2.5-flash-native-audio-preview-12-2025',
        source: 'https://ai.google.dev/gemini-api/docs/deprecations',
      },
      { ids: ['gemini-3-pro-preview'], date: '2026-03-09', successor: 'gemini-3.1-pro-preview', source: 'https://ai.google.dev/gemini-api/docs/deprecations' },
    ],
  },
  check: {
    client: 'http',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com',
    // The header keeps the key out of URLs (the API also takes ?key=).
    auth: { header: 'x-goog-api-key' },
    list: {
      path: '/v1beta/models',
      items: 'models',
      id: 'name',
      stripPrefix: 'models/',
      query: { pageSize: '1000' },
      page: { nextField: 'nextPageToken', query: 'pageToken' },
    },
    model: { path: '/v1beta/models/{model}', when: 'unless-listed' },
    tokenNoun: 'key',
    rules: [
      { bodyIncludes: ['User location is not supported'], outcome: 'unsupported-region' },
      { bodyIncludes: ['API_KEY_INVALID', 'API key not valid', 'API key expired'], outcome: 'invalid-token' },
      { bodyIncludes: ['reported as leaked'], outcome: 'invalid-token', reason: 'leaked' },
      { status: 404, step: 'model', outcome: 'model-not-found' },
    ],
  },
} satisfies ProviderPack;
