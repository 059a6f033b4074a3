import * as assert from 'node:assert/strict';
import type { ParsedTrace } from '../../../src/core/types';
import { frame, trace, verdict } from './helpers';

describe('classify: SDKs and transports', () => {
  it('@google/generative-ai: GoogleGenerativeAIError with the status in brackets', () => {
    const frames = [frame('/app/node_modules/@google/generative-ai/dist/index.js', 400, 'makeRequest'), frame('/app/utils/gemini.js', 62, 'ask')];
    assert.equal(
      verdict(trace('GoogleGenerativeAIError', '[400 Bad Request] User location is not supported for the API use.', { frames, status: null })),
      'google/unsupported-region/400/null',
    );
  });

  it('@google/genai: ApiError with a JSON body; scopes and key restrictions', () => {
    const scopes = trace(
      '',
      '{ "error": { "code": 403, "message": "Request had insufficient authentication scopes.", "status": "PERMISSION_DENIED", "details": [ { "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "metadata": { "service": "generativelanguage.googleapis.com" } } ] } }',
    );
    assert.equal(verdict(scopes), 'google/missing-scopes/403/null');
    const blocked = trace(
      'ApiError',
      '{"error":{"code":403,"message":"Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.","status":"PERMISSION_DENIED","details":[{"reason":"API_KEY_SERVICE_BLOCKED"}]}}',
    );
    assert.equal(verdict(blocked), 'google/key-restricted/403/null');
    const referer = trace(
      '',
      'Request failed with code 403 - { "error": { "code": 403, "message": "Requests from referer \\u003cempty\\u003e are blocked.", "status": "PERMISSION_DENIED", "details": [ { "reason": "API_KEY_HTTP_REFERRER_BLOCKED", "metadata": { "service": "generativelanguage.googleapis.com" } } ] } }',
    );
    assert.equal(verdict(referer), 'google/key-restricted/403/null');
  });

  it('Azure OpenAI: `Resource not found` is a path the resource does not serve; DeploymentNotFound stays the model', () => {
    const frames = [frame('/home/u/.venv/lib/python3.11/site-packages/openai/_base_client.py', 1061, 'SyncAPIClient._request')];
    const body = (inner: string) => trace('NotFoundError', `Error code: 404 - {'error': {${inner}}}`, { frames, status: 404, body: 'client = AzureOpenAI(' });
    assert.equal(verdict(body("'code': '404', 'message': 'Resource not found'")), 'azure-openai/destination-not-found/404/null');
    assert.equal(
      verdict(body("'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist.'")),
      'azure-openai/model-access/404/null',
    );
  });

  it("the OpenAI SDK carried the call when the answer is in Gemini's own words (its OpenAI-compatible endpoint)", () => {
    const frames = [frame('/venv/lib/python3.12/site-packages/openai/_base_client.py', 1562, '_request')];
    const notFound = (message: string) =>
      trace('openai.NotFoundError', `Error code: 404 - {'error': {'code': 404, 'message': '${message}', 'status': 'NOT_FOUND'}}`, { frames, status: 404 });
    assert.equal(
      verdict(
        notFound(
          'models/text-embedding-3-small is not found for API version v1main, or is not supported for embedContent. Call ListModels to see the list of available models and their supported methods.',
        ),
      ),
      'google/model-access/404/text-embedding-3-small',
    );
    // Controls: groq-sdk quoting OpenAI's words (Groq's API repeats them) stays Groq's; a refusal in no
    // provider's own words stays the SDK's; OpenAI's own words stay OpenAI's.
    const groqFrames = [frame('/venv/lib/python3.11/site-packages/groq/_base_client.py', 13, 'request')];
    assert.equal(
      verdict(
        trace('groq.NotFoundError', "Error code: 404 - {'error': {'message': 'The model `llama-4-test` does not exist or you do not have access to it.'}}", {
          frames: groqFrames,
          status: 404,
        }),
      ),
      'groq/model-access/404/llama-4-test',
    );
    assert.equal(verdict(notFound('Model not found')), 'openai/model-access/404/null');
    assert.equal(verdict(notFound('The model `gpt-5-turbo` does not exist or you do not have access to it.')), 'openai/model-access/404/gpt-5-turbo');
  });

  it('Vertex AI: a numbered model version in the resource is part of the id, `@default` is not', () => {
    const denied = (model: string) =>
      trace(
        'PermissionDenied',
        `403 Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/us-central1/publishers/google/models/${model}' (or it may not exist). [reason: "IAM_PERMISSION_DENIED"`,
      );
    assert.equal(verdict(denied('textembedding-gecko@001')), 'google/permission-denied/403/textembedding-gecko@001');
    assert.equal(verdict(denied('text-embedding-004@default')), 'google/permission-denied/403/text-embedding-004');
  });

  it('google.api_core: PermissionDenied for a disabled API, BadRequest with the model in the URL', () => {
    const disabled = trace(
      'google.api_core.exceptions.PermissionDenied',
      '403 Generative Language API has not been used in project 123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123 [reason: "SERVICE_DISABLED"]',
    );
    assert.equal(verdict(disabled), 'google/api-not-enabled/403/null');
    const region = trace(
      'google.api_core.exceptions.BadRequest',
      '400 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.0-pro:generateContent?%24alt=json: User location is not supported for the API use.',
    );
    assert.equal(verdict(region), 'google/unsupported-region/400/gemini-1.0-pro');
  });

  it('raw gRPC: _InactiveRpcError with StatusCode.PERMISSION_DENIED on Vertex AI', () => {
    const msg =
      "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.PERMISSION_DENIED\n\tdetails = \"Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/us-central1/publishers/google/models/text-embedding-004@default' (or it may not exist).\"";
    assert.equal(verdict(trace('_InactiveRpcError', msg)), 'google/permission-denied/null/text-embedding-004');
    // Control: the same gRPC denial from a service that is not an AI API says nothing.
    assert.equal(
      verdict(
        trace(
          '_InactiveRpcError',
          '<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.PERMISSION_DENIED\n\tdetails = "Permission denied on resource project speech-demo."',
        ),
      ),
      null,
    );
  });

  it("groq-sdk: the only sign is Groq's header dump or body words", () => {
    const body =
      '401 {"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}\n  headers: {\n    \'x-groq-region\': \'us-west-1\',\n  }';
    assert.equal(
      verdict(trace('AuthenticationError', '401 {"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}', { body })),
      'groq/invalid-token/401/null',
    );
  });

  it('cohere v5: `status_code: 401, body: …`', () => {
    assert.equal(
      verdict(trace('cohere.errors.unauthorized_error.UnauthorizedError', "status_code: 401, body: {'message': 'invalid api token'}")),
      'cohere/invalid-token/401/null',
    );
  });

  it('Mistral: `SDKError: API error occurred: Status 401 …`', () => {
    assert.equal(
      verdict(
        trace('SDKError', 'API error occurred: Status 401 Content-Type application/json; charset=utf-8 Body {"message":"Unauthorized","request_id":"abc"}'),
      ),
      'mistral/invalid-token/401/null',
    );
    // Negative: the same Speakeasy class and line from Unstructured's SDK, with its own body (unstructured-api#441).
    assert.equal(
      verdict(trace('SDKError', 'API error occurred: Status 401 {"detail":"API key is invalid, please provide a valid API key in the header."}')),
      null,
    );
  });

  it("Mistral without the SDKError class (Cline prints the message only): the SDK's line and Mistral's 401 body together", () => {
    const line = 'API error occurred: Status 401 Content-Type application/json; charset=utf-8 Body ';
    const mistralBody = '{\n  "message":"Unauthorized",\n  "request_id":"c61f2f15feca71626a990e3740f99245"\n}';
    assert.equal(verdict(trace('', `${line}${mistralBody}`)), 'mistral/invalid-token/401/null');
    // api.mistral.ai's later body for a rejected key (Cline's report, cline#6235).
    assert.equal(verdict(trace('', `${line}\n{"detail":"Unauthorized"}`)), 'mistral/invalid-token/401/null');
    // Negatives: another Speakeasy-generated SDK's body, and Mistral's body shapes without the SDK's line.
    assert.equal(verdict(trace('', `${line}{"message":"Unauthorized"}`)), null);
    assert.equal(verdict(trace('', `Request failed: 401 ${mistralBody}`)), null);
    assert.equal(verdict(trace('', 'Request failed: 401 {"detail":"Unauthorized"}')), null);
  });

  it('openai-api (an unofficial client for api.openai.com): its frames name OpenAI; axios alone names no one', () => {
    const msg = 'Request failed with status code 401';
    const at = (pkg: string) => [frame(`webpack-internal:///(:3000/app-client)/./node_modules/${pkg}/node_modules/axios/lib/core/settle.js`, 17, 'settle')];
    assert.equal(verdict(trace('Error', msg, { frames: at('openai-api') })), 'openai/invalid-token/401/null');
    assert.equal(verdict(trace('Error', msg, { frames: at('stripe-api') })), null);
    assert.equal(verdict(trace('Error', msg, { frames: at('openai-api-proxy') })), null);
  });

  it("Anthropic's region answer as Node's object dump prints it (keys unquoted), and quoted", () => {
    for (const body of [
      "error: { error: { type: 'forbidden', message: 'Request not allowed' } }",
      '{"error":{"type":"forbidden","message":"Request not allowed"}}',
    ])
      assert.equal(verdict(trace('', `403 ${body}`)), 'anthropic/unsupported-region/403/null', body);
    // Negative: the same words in another type (a `subtype`, a message of someone else's).
    assert.equal(verdict(trace('', "403 error: { subtype: 'forbidden', message: 'Request not allowed' }")), null);
  });

  it('openai-python 0.x: openai.error.* — a server 401 has its status, a client-side missing key has none', () => {
    assert.equal(
      verdict(
        trace(
          'openai.error.AuthenticationError',
          'Incorrect API key provided: sk-test-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.',
        ),
      ),
      'openai/invalid-token/401/null',
    );
    assert.equal(
      verdict(
        trace(
          'openai.error.AuthenticationError',
          "No API key provided. You can set your API key in code using 'openai.api_key = <API-KEY>', or you can set the environment variable OPENAI_API_KEY=<API-KEY>).",
        ),
      ),
      'openai/missing-token/null/null',
    );
    // The same client-side message cut after its first sentence (openai/evals#427) still states no status;
    // a status the message itself states still counts.
    assert.equal(verdict(trace('openai.error.AuthenticationError', 'No API key provided. " but the key works')), 'openai/missing-token/null/null');
    assert.equal(verdict(trace('openai.error.AuthenticationError', 'No API key provided.')), 'openai/missing-token/null/null');
    assert.equal(verdict(trace('openai.AuthenticationError', 'Error code: 401 - No API key provided.')), 'openai/missing-token/401/null');
    // Quoted without its period, at the end or closed by a post's Markdown bold (`**报错：…: No API key provided**`): still none;
    // the class's status stays for a sentence that goes on past the words.
    assert.equal(verdict(trace('openai.error.AuthenticationError', 'No API key provided')), 'openai/missing-token/null/null');
    assert.equal(verdict(trace('openai.error.AuthenticationError', 'No API key provided** - 现象：调用前直接失败')), 'openai/missing-token/null/null');
    assert.equal(verdict(trace('openai.error.AuthenticationError', 'No API key provided in the Authorization header')), 'openai/missing-token/401/null');
    assert.equal(verdict(trace('openai.error.InvalidRequestError', 'The model: `gpt-4` does not exist')), 'openai/model-access/null/gpt-4');
    // Azure through the 0.x SDK.
    assert.equal(
      verdict(trace('openai.error.AuthenticationError', 'Principal does not have access to API/Operation.')),
      'azure-openai/principal-no-access/401/null',
    );
  });

  it("transformers' gated-repo OSError, and HF errors chained after HTTPError: the last exception decides", () => {
    const os = trace(
      'OSError',
      'You are trying to access a gated repo.\nMake sure to have access to it at https://huggingface.co/bigcode/starcoder.\n401 Client Error. (Request ID: Root=1-abc)',
    );
    assert.equal(verdict(os), 'huggingface/gated-repo/401/bigcode/starcoder');
    const http = {
      errorClass: 'requests.exceptions.HTTPError',
      message: '401 Client Error: Unauthorized for url: https://huggingface.co/meta-llama/Llama-2-7b-hf/resolve/main/config.json',
      status: 401,
      frames: [],
    };
    const gated = {
      errorClass: 'huggingface_hub.utils._errors.GatedRepoError',
      message: '401 Client Error. Cannot access gated repo for url https://huggingface.co/meta-llama/Llama-2-7b-hf/resolve/main/config.json.',
      status: 401,
      frames: [],
    };
    const chained: ParsedTrace = {
      language: 'python',
      errorClass: gated.errorClass,
      status: 401,
      message: gated.message,
      body: `${http.errorClass}: ${http.message}\n\n${gated.errorClass}: ${gated.message}`,
      frames: [],
      chain: [http, gated],
    };
    assert.equal(verdict(chained), 'huggingface/gated-repo/401/meta-llama/Llama-2-7b-hf');
  });

  it('an OpenAI-compatible SDK pointed at another host is that host’s provider, or none', () => {
    const frames = [frame('/venv/lib/python3.11/site-packages/openai/_base_client.py', 1000, 'request')];
    const groq = trace(
      'openai.AuthenticationError',
      "Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
      {
        frames,
        body: "HTTP Request: POST https://api.groq.com/openai/v1/chat/completions \"HTTP/1.1 401 Unauthorized\"\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key'}}",
      },
    );
    assert.equal(verdict(groq), 'groq/invalid-token/401/null');
    const relay = trace('openai.AuthenticationError', "Error code: 401 - {'error': {'message': 'No auth credentials found', 'code': 401}}", {
      frames,
      body: "HTTP Request: POST https://openrouter.ai/api/v1/chat/completions \"HTTP/1.1 401 Unauthorized\"\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'No auth credentials found', 'code': 401}}",
    });
    assert.equal(verdict(relay), null);
    // Control: the same SDK and status on api.openai.com is OpenAI's.
    const own = trace('openai.AuthenticationError', "Error code: 401 - {'error': {'message': 'No auth credentials found', 'code': 401}}", {
      frames,
      body: 'HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 401 Unauthorized"',
    });
    assert.equal(verdict(own), 'openai/invalid-token/401/null');
  });
});

describe('classify: headings are not incidents', () => {
  it('a bare class name without message or frames says nothing; with its message it does', () => {
    assert.equal(verdict(trace('replicate.client.exceptions.PermissionDeniedError', '')), null);
    assert.equal(
      verdict(trace('replicate.client.exceptions.PermissionDeniedError', 'You do not have permission to access this private model. HTTP 403 Forbidden')),
      'replicate/model-access/403/null',
    );
  });
});
