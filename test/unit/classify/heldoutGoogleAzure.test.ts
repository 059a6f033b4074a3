import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('classify: Google and Azure OpenAI shapes from the held-out round', () => {
  it("Google: Cloud Code's private API (Gemini CLI sign-in) not enabled; another API's same words are not", () => {
    assert.deepEqual(
      read(
        'Error: Cloud Code Private API has not been used in project 195846694092 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/cloudcode-pa.googleapis.com/overview?project=195846694092 then retry.\n    at Gaxios._request (/usr/local/lib/node_modules/@google/gemini-cli/node_modules/gaxios/build/src/gaxios.js:142:23)\n',
      ),
      ['google/api-not-enabled/null/null'],
    );
    assert.deepEqual(
      read(
        'Error: Cloud Scheduler API has not been used in project 195846694092 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/cloudscheduler.googleapis.com/overview?project=195846694092 then retry.\n    at Gaxios._request (/app/node_modules/gaxios/build/src/gaxios.js:142:23)\n',
      ),
      [],
    );
  });

  it('Google: "has not been used in project" hard-wrapped by a log viewer still reads as the API not enabled', () => {
    const wrapped = (api: string): string =>
      `          "message": "${api} has not been used in project\n  qwiklabs-gcp-00-5e816f6e4398 before or it is disabled. Enable it by visiting\n  https://console.developers.google.com/apis/api/x.googleapis.com/overview then retry.",\n`;
    assert.deepEqual(read(wrapped('Gemini for Google Cloud API')), ['google/api-not-enabled/null/null']);
    assert.deepEqual(read(wrapped('Google Drive API')), []);
  });

  it("Google: Vertex AI in Firebase's key restriction quoted alone; the same refusal from YouTube is no incident", () => {
    assert.deepEqual(
      read(
        'https://firebasevertexai.googleapis.com/v1beta/projects/p/models/gemini-3-pro-preview:streamGenerateContent?alt=sse: [403 ] Requests to this API firebasevertexai.googleapis.com method google.firebase.vertexai.v1beta.GenerativeService.StreamGenerateContent are blocked.\n',
      ),
      ['google/key-restricted/403/gemini-3-pro-preview'],
    );
    assert.deepEqual(
      read('> Requests to this API firebasevertexai.googleapis.com method google.firebase.vertexai.v1beta.PredictionService.Predict are blocked.\n'),
      ['google/key-restricted/null/null'],
    );
    assert.deepEqual(read('> Requests to this API youtube.googleapis.com method youtube.api.v3.V3DataSearchService.List are blocked.\n'), []);
  });

  it("Google: a Vertex AI version is part of the model id, an alias is not; an endpoint named after a model is that model's", () => {
    const denied = (resource: string): string =>
      `google.api_core.exceptions.PermissionDenied: 403 Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/us-central1/${resource}' (or it may not exist).\n`;
    assert.deepEqual(read(denied('publishers/google/models/chat-bison@001')), ['google/permission-denied/403/chat-bison@001']);
    assert.deepEqual(read(denied('publishers/google/models/text-bison@latest')), ['google/permission-denied/403/text-bison']);
    assert.deepEqual(read(denied('endpoints/veo-3.0-generate-preview')), ['google/permission-denied/403/veo-3.0-generate-preview']);
    // Deployed endpoints have numeric ids, and Vertex's OpenAI-compatible endpoint is `openapi`: neither is a model.
    assert.deepEqual(read(denied('endpoints/1984786713414729728')), ['google/permission-denied/403/null']);
    assert.deepEqual(read(denied('endpoints/openapi')), ['google/permission-denied/403/null']);
  });

  it("Azure OpenAI: the resource's network rules, also as a bare body whose status is a string field", () => {
    assert.deepEqual(read('Error Message: 403: Access denied due to Virtual Network/Firewall rules.\n'), ['azure-openai/network-block/403/null']);
    assert.deepEqual(
      read(
        '{"code":"403","message":"A Virtual Network is configured for this resource. Please use the correct endpoint for making requests. Check https://aka.ms/cogsvc-vnet for more details."}\n',
      ),
      ['azure-openai/network-block/403/null'],
    );
    // Control: the same rules refusing Azure's Computer Vision are not Azure OpenAI's.
    assert.deepEqual(
      read(
        'azure.cognitiveservices.vision.computervision.models.ComputerVisionErrorResponseException: (403) Access denied due to Virtual Network/Firewall rules.\n',
      ),
      [],
    );
  });

  it("Azure OpenAI: its 404 for a wrong path or api-version (code as a string) is a wrong destination; another API's numeric 404 is not", () => {
    assert.deepEqual(
      read("litellm.exceptions.NotFoundError: OpenAIException - Error code: 404 - {'error': {'code': '404', 'message': 'Resource not found'}}\n"),
      ['azure-openai/destination-not-found/404/null'],
    );
    assert.deepEqual(read('ChatGPT error 404: {"error":{"code":"404","message": "Resource not found"}}\n'), ['azure-openai/destination-not-found/404/null']);
    assert.deepEqual(read('Error: 404 {"error":{"code":404,"message":"Resource not found"}}\n'), []);
  });

  it("Azure OpenAI: LiteLLM's `AzureException … - Resource not found` without a status is a wrong destination; another provider's is not", () => {
    assert.deepEqual(read('litellm.exceptions.APIError: litellm.APIError: AzureException APIError - Resource not found\n'), [
      'azure-openai/destination-not-found/null/null',
    ]);
    // Control: the same words after another provider's prefix are no Azure OpenAI incident.
    assert.deepEqual(read('litellm.exceptions.APIError: litellm.APIError: HuggingfaceException APIError - Resource not found\n'), []);
  });

  it("a JSON error body's own client-error status beside its message is the report's; an app's 200 or a status the message states is left alone", () => {
    assert.deepEqual(read('{"code":"403","message":"A Virtual Network is configured for this resource. Please use the correct endpoint."}\n'), [
      'azure-openai/network-block/403/null',
    ]);
    const key = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-XXXX', 'code': 'invalid_api_key'}}";
    assert.deepEqual(read(`${JSON.stringify({ level: 'error', status: 200, msg: key })}\n`), ['openai/invalid-token/401/null']);
    assert.deepEqual(read(`${JSON.stringify({ level: 'error', status: 401, msg: key })}\n`), ['openai/invalid-token/401/null']);
  });

  it(".NET's inner-exception arrow printed with its leading space starts the inner exception's own report; an inner exception of another kind is no incident", () => {
    const inner = (cls: string, message: string, code: string): string =>
      `Content-Type: application/json\n\n ---> ${cls}: ${message}\nStatus: 404 (Not Found)\nErrorCode: ${code}\n`;
    assert.deepEqual(
      read(
        inner(
          'Azure.RequestFailedException',
          'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
          'DeploymentNotFound',
        ),
      ),
      ['azure-openai/model-access/404/null'],
    );
    assert.deepEqual(read(inner('System.IO.FileNotFoundException', "Could not find file '/app/appsettings.json'.", 'FileNotFound')), []);
  });

  it("a status a client states as `HTTP status: 404` or as a reason phrase after `response status:` is the report's", () => {
    assert.deepEqual(
      read(
        'an error "Error: Invalid request: The request is not valid, HTTP status: 404. Details: The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."\n',
      ),
      ['azure-openai/model-access/404/null'],
    );
    assert.deepEqual(
      read(
        'Details: Web Api response status: \'Forbidden\', Web Api response details: \'{"error":{"code":"AuthenticationTypeDisabled","message": "Key based authentication is disabled for this resource."}}\'\n',
      ),
      ['azure-openai/auth-method-disabled/403/null'],
    );
    // Control: the same words about a page that is not found name no AI provider.
    assert.deepEqual(read('Error: Invalid request: The request is not valid, HTTP status: 404. Details: The page you requested does not exist.\n'), []);
  });

  it("a retry warning's bare google.api_core class with its status is the report; BigQuery's or a quota's is no incident", () => {
    const retried = (raised: string): string =>
      `Retrying langchain_google_vertexai.chat_models._completion_with_retry.<locals>._completion_with_retry_inner in 4.0 seconds as it raised ${raised}\n`;
    assert.deepEqual(
      read(
        retried(
          "PermissionDenied: 403 Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001' (or it may not exist).",
        ),
      ),
      ['google/permission-denied/403/gemini-2.0-flash-001'],
    );
    assert.deepEqual(
      read(
        retried(
          'Forbidden: 403 POST https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs: Access Denied: Project p: User does not have bigquery.jobs.create permission.',
        ),
      ),
      [],
    );
    assert.deepEqual(
      read(retried('ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model.')),
      [],
    );
  });

  it("the Azure OpenAI .NET SDK's frames name it under a bare 'Service request failed'; another Azure SDK's are no AI provider", () => {
    const failed = (frames: string[]): string =>
      ['System.ClientModel.ClientResultException: Service request failed.', 'Status: 401 (Unauthorized)', '', ...frames.map((f) => `   at ${f}`), ''].join(
        '\n',
      );
    assert.deepEqual(
      read(
        failed([
          'Azure.AI.OpenAI.ClientPipelineExtensions.ProcessMessageAsync(ClientPipeline pipeline, PipelineMessage message, RequestOptions options)',
          'Azure.AI.OpenAI.Chat.AzureChatClient.CompleteChatAsync(BinaryContent content, RequestOptions options)',
        ]),
      ),
      ['azure-openai/invalid-token/401/null'],
    );
    assert.deepEqual(read(failed(['Azure.Storage.Blobs.BlobRestClient.DownloadAsync(String snapshot, CancellationToken cancellationToken)'])), []);
  });
});
