import * as assert from 'node:assert/strict';
import { trace, verdict } from './helpers';
import { scanText } from '../../../src/core/engine';

describe('classify: causes the catalogue gained, quote-exact', () => {
  it('OpenAI: organization verification, deactivated account, no organization', () => {
    assert.equal(
      verdict(
        trace(
          '',
          '400 Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.',
        ),
      ),
      'openai/org-verification-required/400/null',
    );
    assert.equal(
      verdict(
        trace(
          'openai.PermissionDeniedError',
          "Error code: 403 - {'error': {'message': 'Your organization must be verified to use the model `o3`.', 'code': 'unsupported_value'}}",
        ),
      ),
      'openai/org-verification-required/403/o3',
    );
    assert.equal(
      verdict(
        trace(
          'openai.AuthenticationError',
          "Error code: 401 - {'error': {'message': 'This key is associated with a deactivated account. If you feel this is an error, contact us through our help center at help.openai.com.', 'type': 'invalid_request_error', 'code': 'account_deactivated'}}",
        ),
      ),
      'openai/account-disabled/401/null',
    );
    assert.equal(
      verdict(
        trace(
          'openai.AuthenticationError',
          "Error code: 401 - {'error': {'message': 'You must be a member of an organization to use the API.', 'type': 'invalid_request_error', 'code': 'no_organization'}}",
        ),
      ),
      'openai/org-mismatch/401/null',
    );
    assert.equal(verdict(trace('openai.APIError', 'User location not supported', { status: 403 })), 'openai/unsupported-region/403/null');
  });

  it("OpenAI: `invalid_organization` with an empty message, and 'The requested model … does not exist' as a tool prints them", () => {
    const org = trace(
      '',
      'Access denied: The request is not authorized, HTTP status: 401 - Detail:  Status: 401 (Unauthorized) ErrorCode: invalid_organization  Content: { "error": { "message": "", "type": "invalid_request_error", "param": null, "code": "invalid_organization" } }',
      { status: 401 },
    );
    assert.equal(verdict(org), 'openai/org-mismatch/401/null');
    const requested = trace(
      '',
      "error code: 400 - {'error': {'message': \"The requested model 'gpt-4-1106-preview' does not exist.\", 'type': 'invalid_request_error', 'param': 'model', 'code': 'model_not_found'}}",
      { status: null },
    );
    assert.equal(verdict(requested), 'openai/model-access/400/gpt-4-1106-preview');
    // Control: an OpenAI-compatible server's own refusal (vLLM's wording) names no OpenAI.
    const vllm = trace(
      '',
      '{"code":404,"message":"The model `a model that does not exist` does not exist.","object":"error","param":null,"type":"NotFoundError"}',
      {
        status: null,
      },
    );
    assert.equal(verdict(vllm), null);
  });

  it('Anthropic: organization disabled, OAuth not allowed, "Request not allowed"', () => {
    assert.equal(
      verdict(trace('', '400 {"type":"error","error":{"type":"invalid_request_error","message":"This organization has been disabled."}}')),
      'anthropic/account-disabled/400/null',
    );
    assert.equal(
      verdict(
        trace(
          '',
          'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"OAuth authentication is currently not allowed for this organization."}}',
        ),
      ),
      'anthropic/auth-method-disabled/401/null',
    );
    assert.equal(verdict(trace('', '403 {"error":{"type":"forbidden","message":"Request not allowed"}}')), 'anthropic/unsupported-region/403/null');
  });

  it('Anthropic: a Claude Code credential sent by another client is the auth method, another refusal of the same type is not', () => {
    const body = (message: string) =>
      `{"type":"error","error":{"type":"invalid_request_error","message":"${message}"},"request_id":"req_011CXm8HGYRu7vuGxMW6aXjL"}`;
    assert.equal(
      verdict(trace('', body('This credential is only authorized for use with Claude Code and cannot be used for other API requests.'))),
      'anthropic/auth-method-disabled/null/null',
    );
    assert.equal(verdict(trace('', body('messages: at least one message is required'))), null);
  });

  it('Azure: key authentication disabled, principal without access (with or without backticks)', () => {
    assert.equal(
      verdict(
        trace(
          'openai.PermissionDeniedError',
          "Error code: 403 - {'error': {'code': 'AuthenticationTypeDisabled', 'message': 'Key based authentication is disabled for this resource.'}}",
        ),
      ),
      'azure-openai/auth-method-disabled/403/null',
    );
    assert.equal(
      verdict(trace('', "Error code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to API/Operation.'}}")),
      'azure-openai/principal-no-access/401/null',
    );
    assert.equal(
      verdict(trace('', "Error code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to `API/Operation`.'}}")),
      'azure-openai/principal-no-access/401/null',
    );
  });

  it('Hugging Face and Replicate: fine-grained token without gated access, missing tokens, private models', () => {
    assert.equal(
      verdict(
        trace(
          'huggingface_hub.errors.HfHubHTTPError',
          '403 Forbidden: Please enable access to public gated repositories in your fine-grained token settings to view this repository.',
        ),
      ),
      'huggingface/missing-scopes/403/null',
    );
    assert.equal(verdict(trace('Error', 'Environment variable REPLICATE_API_TOKEN is required')), 'replicate/missing-token/null/null');
    assert.equal(
      verdict(trace('ReplicateError', 'You do not have permission to access this private model', { status: 403 })),
      'replicate/model-access/403/null',
    );
  });
});

describe('classify: stays silent on look-alikes (each with its positive control)', () => {
  const control = (): void =>
    assert.equal(
      verdict(
        trace('openai.PermissionDeniedError', "Error code: 403 - {'error': {'message': 'You do not have access to model: gpt-4o', 'code': 'model_not_found'}}"),
      ),
      'openai/model-access/403/gpt-4o',
    );

  it('quota, rate limits and a gateway spend cap sent as 403', () => {
    control();
    assert.equal(
      verdict(trace('openai.RateLimitError', "Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'code': 'insufficient_quota'}}")),
      null,
    );
    assert.equal(
      verdict(
        trace(
          'openai.PermissionDeniedError',
          "Error code: 403 - {'error': {'message': 'The free account is limited to use gpt-3.5-turbo, gpt-4 and embeddings.'}}",
        ),
      ),
      null,
    );
    assert.equal(verdict(trace('litellm.BudgetExceededError', 'Budget has been exceeded! Current cost: 26.07, Max budget: 0.25', { status: 400 })), null);
    assert.equal(
      verdict(
        trace(
          'anthropic.BadRequestError',
          "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API.'}}",
        ),
      ),
      null,
    );
  });

  it('5xx, context length, a broken model version, PermissionError [Errno 13]', () => {
    control();
    assert.equal(verdict(trace('openai.InternalServerError', '<html><title>502 Bad Gateway</title></html>')), null);
    assert.equal(verdict(trace('litellm.ContextWindowExceededError', 'AnthropicException - prompt is too long')), null);
    assert.equal(
      verdict(trace('replicate.exceptions.ModelError', 'This version has been disabled because it consistently fails to complete setup.', { status: 403 })),
      null,
    );
    assert.equal(verdict(trace('PermissionError', "[Errno 13] Permission denied: '/root/.cache/huggingface/hub'")), null);
  });

  it('the same Google 403 JSON from a non-AI Google API', () => {
    assert.equal(
      verdict(
        trace(
          '',
          '{ "error": { "code": 403, "message": "Requests from referer https://example.github.io/ are blocked.", "status": "PERMISSION_DENIED", "details": [ { "reason": "API_KEY_HTTP_REFERRER_BLOCKED", "metadata": { "service": "youtube.googleapis.com" } } ] } }',
        ),
      ),
      null,
    );
    // Control: the same body from the Gemini API.
    assert.equal(
      verdict(
        trace(
          '',
          '{ "error": { "code": 403, "message": "Requests from referer https://example.github.io/ are blocked.", "status": "PERMISSION_DENIED", "details": [ { "reason": "API_KEY_HTTP_REFERRER_BLOCKED", "metadata": { "service": "generativelanguage.googleapis.com" } } ] } }',
        ),
      ),
      'google/key-restricted/403/null',
    );
  });

  it("an upper-case GEMINI tag names Google; a PHP client's `Error Code: 403,` states the status", () => {
    const body = '{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}';
    assert.equal(verdict(trace('', `[GEMINI] ${body}`, { status: 403 })), 'google/permission-denied/403/null');
    // Control: the same body with no sign of Gemini is nobody's.
    assert.equal(verdict(trace('', body, { status: 403 })), null);
    const php =
      "Error Code: 403, Message: Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/us-east4/publishers/google/models/gemini-pro' (or it may not exist)., Status: PERMISSION_DENIED";
    assert.deepEqual(
      scanText(php).map((i) => [i.provider, i.cause, i.status, i.model]),
      [['google', 'permission-denied', 403, 'gemini-pro']],
    );
  });

  it('a Cloudflare block page whose cookie is set for groq.com is Groq blocking the network', () => {
    const dump = (cookie: string) =>
      [
        '{',
        '  "error": {',
        `    "headers": { "content-type": "text/html; charset=UTF-8", "set-cookie": "__cf_bm=abc; path=/; ${cookie}HttpOnly; Secure" },`,
        '    "stack": "Error: 403 <!DOCTYPE html>\\n<head>\\n<title>Attention Required! | Cloudflare</title>\\n</head>"',
        '  }',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(
      scanText(dump('domain=.groq.com; ')).map((i) => [i.provider, i.cause, i.status]),
      [['groq', 'network-block', 403]],
    );
    // Control: the same page with no sign of whose site answered is nobody's.
    assert.deepEqual(scanText(dump('')), []);
  });

  it("Cloudflare's bare 403 page in front of OpenAI's API is a network block; the same footer on a 404 is not", () => {
    const page = (status: number, title: string) =>
      `Open AI ❌ LLM error PermissionDeniedError: ${status} <html>\n<head><title>${status} ${title}</title></head>\n<body>\n<center><h1>${status} ${title}</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>\n    at APIError.generate (/app/node_modules/openai/error.js:51:20)\n    at OpenAI.makeStatusError (/app/node_modules/openai/core.js:263:33)\n`;
    const scan = (text: string) => scanText(text).map((i) => [i.provider, i.cause, i.status]);
    assert.deepEqual(scan(page(403, 'Forbidden')), [['openai', 'network-block', 403]]);
    // Control: nginx's own 403 page (no Cloudflare footer) stays an HTML answer from a proxy.
    assert.deepEqual(scan(page(403, 'Forbidden').replace('<center>cloudflare</center>', '<center>nginx</center>')), [['openai', 'proxy-html', 403]]);
  });

  it('azure-core classes state their status: ClientAuthenticationError 401, ResourceNotFoundError 404', () => {
    const scan = (text: string) => scanText(text).map((i) => [i.provider, i.cause, i.status]);
    assert.deepEqual(scan('azure.core.exceptions.ClientAuthenticationError: (PermissionDenied) Principal does not have access to API/Operation.\n'), [
      ['azure-openai', 'principal-no-access', 401],
    ]);
    assert.deepEqual(scan('azure.core.exceptions.ResourceNotFoundError: (DeploymentNotFound) The API deployment for this resource does not exist.\n'), [
      ['azure-openai', 'model-access', 404],
    ]);
    // Control: the same class from Azure Storage is no AI access failure.
    assert.deepEqual(scan('azure.core.exceptions.ResourceNotFoundError: The specified container does not exist.\nErrorCode:ContainerNotFound\n'), []);
  });

  it('reports quoted without their status or class: the OpenAI bad-key sentence, a tagged status, the @google/generative-ai message', () => {
    const scan = (text: string) => scanText(text).map((i) => [i.provider, i.cause, i.status, i.model]);
    assert.deepEqual(
      scan("Just keep getting 'Incorrect API key provided: undefined. You can find your API key at https://platform.openai.com/account/api-keys.'\n"),
      [['openai', 'invalid-token', null, null]],
    );
    assert.deepEqual(scan('[ANTHROPIC] 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n'), [
      ['anthropic', 'invalid-token', 401, null],
    ]);
    assert.deepEqual(
      scan(
        "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent: [403 ] Method doesn't allow unregistered callers (callers without established identity).\n",
      ),
      [['google', 'missing-token', 403, 'gemini-1.5-flash']],
    );
    assert.deepEqual(
      scan('In the first cell I got this error message: InvalidRequestError: The model `gpt-4` does not exist or you do not have access to it.\n'),
      [['openai', 'model-access', null, 'gpt-4']],
    );
    // Control: a sentence that only mentions an API key is no report.
    assert.deepEqual(scan('Set your API key in .env before you start the server.\n'), []);
  });

  it('accepts only model-id shapes for model', () => {
    assert.equal(verdict(trace('openai.NotFoundError', 'The model `gpt 4o turbo` does not exist', { status: 404 })), 'openai/model-access/404/null');
    assert.equal(
      verdict(trace('openai.NotFoundError', 'The model `gpt-4o-2024-08-06` does not exist', { status: 404 })),
      'openai/model-access/404/gpt-4o-2024-08-06',
    );
  });
});

describe('classify: resold and routed models are not the provider’s', () => {
  it('Bedrock and LiteLLM BedrockException are no incident; the same model id on Anthropic’s API is', () => {
    assert.equal(
      verdict(
        trace(
          'botocore.errorfactory.AccessDeniedException',
          "An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID anthropic.claude-3-sonnet-20240229-v1:0.",
          { status: 403 },
        ),
      ),
      null,
    );
    assert.equal(
      verdict(trace('litellm.AuthenticationError', 'BedrockException - {"message":"The security token included in the request is invalid."}')),
      null,
    );
    assert.equal(
      verdict(
        trace('NotFoundError', '404 {"type":"error","error":{"type":"not_found_error","message":"model: us.anthropic.claude-3-7-sonnet-20250219-v1:0"}}'),
      ),
      'anthropic/model-access/404/us.anthropic.claude-3-7-sonnet-20250219-v1:0',
    );
  });

  it('Vertex AI through LiteLLM: a publisher model the project may not use', () => {
    const msg =
      'VertexAIException - {\n  "error": {\n    "code": 404,\n    "message": "Publisher Model `projects/p/locations/us-central1/publishers/google/models/gemini-1.5-pro-002` was not found or your project does not have access to it.",\n    "status": "NOT_FOUND"\n  }\n}';
    assert.equal(verdict(trace('litellm.NotFoundError', msg)), 'google/model-access/404/gemini-1.5-pro-002');
  });
});
