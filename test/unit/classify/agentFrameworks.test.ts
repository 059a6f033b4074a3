import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { isLibraryFrame } from '../../../src/core/parse/frames';
import { frame } from './helpers';

/** Each incident as provider/cause/status/model, then the user's frame. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model} @ ${i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : 'none'}`);
}

describe('agent frameworks: the provider error they carry', () => {
  it('Pydantic AI: ModelHTTPError states the status and the model; models/openai.py names no provider', () => {
    const openaiBody = [
      'Traceback (most recent call last):',
      '  File "/app/agent.py", line 12, in <module>',
      '    result = agent.run_sync("hi")',
      '  File "/venv/lib/python3.12/site-packages/pydantic_ai/models/openai.py", line 380, in _completions_create',
      '    raise ModelHTTPError(status_code=status_code, model_name=self.model_name, body=e.body) from e',
      "pydantic_ai.exceptions.ModelHTTPError: status_code: 404, model_name: gpt-4.1-nano, body: {'message': 'The model `gpt-4.1-nano` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}",
    ].join('\n');
    assert.deepEqual(read(openaiBody), ['openai/model-access/404/gpt-4.1-nano @ /app/agent.py:12']);
    // A provider's own file names it, though its words name none.
    const anthropicFile = openaiBody
      .replace('models/openai.py', 'models/anthropic.py')
      .replace(/body: .*$/, "body: {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Forbidden'}}")
      .replace('status_code: 404, model_name: gpt-4.1-nano', 'status_code: 403, model_name: claude-3-5-haiku-latest');
    assert.deepEqual(read(anthropicFile), ['anthropic/permission-denied/403/claude-3-5-haiku-latest @ /app/agent.py:12']);
    // Negative control: DeepSeek through the OpenAI-compatible model class is none of the packs.
    const deepseek = openaiBody.replace(/status_code: 404.*$/, 'status_code: 401, model_name: deepseek-chat, body: Authentication Fails (governor)');
    assert.deepEqual(read(deepseek), []);
  });

  it('a traceback quoted dedented (frames at the margin): its first frame is still the user’s', () => {
    const dedented = [
      'File "/srv/bot/providers/codex.py", line 292, in _responses_create',
      '    stream_obj = await super()._responses_create(',
      'File "/srv/bot/.venv/lib/python3.12/site-packages/pydantic_ai/models/openai.py", line 1580, in _responses_create',
      '    raise ModelHTTPError(status_code=status_code, model_name=self.model_name, body=e.body) from e',
      "pydantic_ai.exceptions.ModelHTTPError: status_code: 401, model_name: gpt-5.5, body: {'message': 'Encountered invalidated oauth token for user, failing request', 'type': None, 'code': 'token_revoked', 'param': None}",
    ].join('\n');
    assert.deepEqual(read(dedented), ['openai/invalid-token/401/gpt-5.5 @ /srv/bot/providers/codex.py:292']);
    // Positive control: the same frames as Python prints them, two spaces in.
    const indented = dedented.replace(/^File /gm, '  File ');
    assert.deepEqual(read(indented), read(dedented));
  });

  it('a package’s vendored copy of another (`_vendor/`) is library code; a file merely named so is not', () => {
    assert.ok(isLibraryFrame(frame('/app/.venv/lib/calfkit/_vendor/pydantic_ai/models/openai.py')));
    assert.ok(isLibraryFrame(frame('C:\\proj\\pip\\_vendor\\requests\\models.py')));
    assert.ok(!isLibraryFrame(frame('/app/src/my_vendor/agent.py')));
    assert.ok(!isLibraryFrame(frame('/app/src/_vendors.py')));
  });
});

describe('agent frameworks: one failed call logged again by the layers above', () => {
  const report =
    "ERROR   API status error from OpenAI API: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-fake-**********-key. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key', 'param': None}, 'status': 401}";
  const again = [
    'ERROR   Non-retryable model provider error: Incorrect API key provided: sk-fake-**********-key. You can find your API key at https://platform.openai.com/account/api-keys.',
    'ERROR   Error in Agent run: Incorrect API key provided: sk-fake-**********-key. You can find your API key at https://platform.openai.com/account/api-keys.',
  ];

  it('lines right below a report that say its message again, with no status of their own, are that report', () => {
    assert.deepEqual(read([report, ...again].join('\n')), ['openai/invalid-token/401/null @ none']);
  });

  it('the same line again is another attempt, and a restatement after a blank line is told again', () => {
    const retried = read([report, report].join('\n'));
    assert.equal(retried.length, 2);
    const apart = read([report, '', again[0]].join('\n'));
    assert.deepEqual(apart, ['openai/invalid-token/401/null @ none', 'openai/invalid-token/null/null @ none']);
    // Positive control: the same two lines with nothing between are one incident.
    assert.equal(read([report, again[0]].join('\n')).length, 1);
  });
});

describe('agent frameworks: a status head with its body on the line below', () => {
  it("Agno's `Error from Gemini API: 404 NOT_FOUND.` and the body under it are one report; the retired model is named", () => {
    const text = "ERROR    Error from Gemini API: 404 NOT_FOUND.\n{'error': {'message': 'This model models/gemini-2.0-flash is no longer available.'}}";
    assert.deepEqual(read(text), ['google/model-access/404/gemini-2.0-flash @ none']);
    // Negative control: a body under a head that states more than a status is a report of its own.
    const two =
      "ERROR    Error from Gemini API: 404 NOT_FOUND. Something else happened\n{'error': {'message': 'This model models/gemini-2.0-flash is no longer available.'}}";
    assert.deepEqual(read(two), ['google/model-access/null/gemini-2.0-flash @ none']);
  });
});

describe('agent frameworks: a wrapped provider named in the framework’s own event', () => {
  it('LiteLLM’s provider prefix with an underscore (`Vertex_aiException -`, ADK’s LiteLlm) names the provider', () => {
    const json =
      'litellm.AuthenticationError: Vertex_aiException - {"error": {"code": 401, "message": "Request had invalid authentication credentials.", "status": "UNAUTHENTICATED"}}';
    assert.deepEqual(read(json), ['google/invalid-token/401/null @ none']);
    // ADK's SSE event, an HTML page in place of Google's JSON.
    const sse = `data: {"error": "litellm.AuthenticationError: Vertex_aiException - \n<html><head>\n<title>401 Unauthorized</title>\n</head>\n<body>\n<h1>Error: Unauthorized</h1>\n</body></html>\n"}`;
    assert.deepEqual(read(sse), ['google/proxy-html/401/null @ none']);
    // Negative controls: underscored prefixes that are no pack's (LiteLLM's own proxy, a self-hosted vLLM).
    assert.deepEqual(read('litellm.AuthenticationError: Litellm_proxyException - Authentication Error, Invalid proxy server token passed.'), []);
    assert.deepEqual(read("litellm.AuthenticationError: Hosted_vllmException - Error code: 401 - {'error': 'Unauthorized'}"), []);
  });

  it('LiteLLM’s prefix with the error type before the dash (`VertexAIException BadRequestError -`) names the provider', () => {
    const vertex =
      'litellm.BadRequestError: VertexAIException BadRequestError - {"error": {"code": 403, "message": "Caller does not have required permission to use project p1.", "status": "PERMISSION_DENIED"}}';
    assert.deepEqual(read(vertex), ['google/permission-denied/403/null @ none']);
    // Negative control: the same shape from a vendor that is none of the packs.
    assert.deepEqual(read(vertex.replace('VertexAIException', 'OpenrouterException')), []);
  });

  it('google-genai’s missing-key sentence inside a framework’s streaming error is the missing key', () => {
    const a2a =
      'An error occurred while streaming the response: Missing key inputs argument! To use the Google AI API,provide (`api_key`) arguments. To use the Google Cloud API, provide (`vertexai`, `project` & `location`) arguments.';
    assert.deepEqual(read(a2a), ['google/missing-token/null/null @ none']);
    // Negative control: the same framework words around an error that is no key's.
    assert.deepEqual(read('An error occurred while streaming the response: Connection reset by peer (`vertexai` backend)'), []);
  });
});

describe('agent frameworks: a gateway’s own refusal in the wrapper’s words', () => {
  it('the LiteLLM proxy refusing its own virtual key is no provider’s answer, though LiteLLM says OpenAIException', () => {
    const proxy =
      'ERROR:cai.cli:Error in main loop: litellm.AuthenticationError: AuthenticationError: OpenAIException - Authentication Error, Invalid proxy server token passed. key=0123abcd, not found in db. Create key via `/key/generate` call.';
    assert.deepEqual(read(proxy), []);
    // Positive control: the same line with OpenAI's own refusal is OpenAI's.
    const openai = proxy.replace(
      /Authentication Error, Invalid proxy.*$/,
      'Incorrect API key provided: dummy_key. You can find your API key at https://platform.openai.com/account/api-keys.',
    );
    assert.deepEqual(read(openai), ['openai/invalid-token/401/null @ none']);
  });

  it('the LiteLLM proxy’s `invalid user key` to openai-node is its own refusal; OpenAI’s bad-key words in the same stack are OpenAI’s', () => {
    const stack = (message: string): string =>
      [
        `AuthenticationError: 401 ${message}`,
        '    at APIError.generate (/srv/app/node_modules/openai/error.js:47:20)',
        '    at OpenAI.makeStatusError (/srv/app/node_modules/openai/core.js:255:33)',
      ].join('\n');
    assert.deepEqual(read(stack('Authentication Error: invalid user key - token does not exist')), []);
    assert.deepEqual(read(stack('Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.')), [
      'openai/invalid-token/401/null @ none',
    ]);
  });

  it('the LiteLLM proxy’s role check is its own refusal (and its sign), though the request dump names an Azure host', () => {
    const dump = ', Request: {"litellm_params":{"custom_llm_provider":"azure","api_base":"https://acme.openai.azure.com","model":"azure/gpt-4o"}}';
    const role =
      'Error: API request failed: Status: 403 Forbidden, Response: {"error":{"message":"{\'error\': \'User does not have permission to make this model call. Your role=internal_user. You can only make model calls if you are a PROXY_ADMIN.\'}","type":"auth_error","code":"403"}}';
    assert.deepEqual(read(role + dump), []);
    // Positive control: Azure's own refusal in the same frame is Azure's.
    const azure =
      'Error: API request failed: Status: 401 Unauthorized, Response: {"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}';
    assert.deepEqual(read(azure + dump), ['azure-openai/invalid-token/401/null @ none']);
  });
});

describe('agent frameworks: LiteLLM refusing to send without a key', () => {
  it('its APIConnectionError around `Missing <provider>_api_key` is the missing key; a path shortened with `...` keeps its package', () => {
    const missing = [
      'litellm.APIConnectionError: Missing gemini_api_key, please set `GEMINI_API_KEY`',
      '  File ".../litellm/llms/vertex_ai/vertex_llm_base.py", line 360, in _check_custom_proxy',
      '    raise ValueError("Missing gemini_api_key, please set `GEMINI_API_KEY`")',
    ].join('\n');
    assert.deepEqual(read(missing), ['google/missing-token/null/null @ none']);
    // Controls: the same class for a dropped connection is no incident, and a shortened path of the user's own stays theirs.
    assert.deepEqual(read('litellm.APIConnectionError: GeminiException - Server disconnected without sending a response.'), []);
    assert.ok(isLibraryFrame(frame('.../litellm/llms/vertex_ai/vertex_llm_base.py')));
    assert.ok(!isLibraryFrame(frame('.../my_agent/main.py')));
  });
});

describe('agent frameworks: a provider’s 404 for a path it does not serve', () => {
  it('Groq’s bare `Not Found` body, named by the framework’s log, is a wrong base URL', () => {
    const agno = "ERROR    Error calling Groq API: Error code: 404 - {'error': {'message': 'Not Found'}}";
    assert.deepEqual(read(agno), ['groq/destination-not-found/404/null @ none']);
    // Negative controls: the same body from a server no pack names, and Groq's body with no status.
    assert.deepEqual(read("ERROR    Error calling Acme API: Error code: 404 - {'error': {'message': 'Not Found'}}"), []);
    assert.deepEqual(read('WARNING  Groq attempt 1/1 failed: {"error":{"message":"Not Found"}}'), []);
  });
});
