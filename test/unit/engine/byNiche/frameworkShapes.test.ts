import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { isLibraryFrame } from '../../../../src/core/parse/frames';
import { lineReportStart } from '../../../../src/core/parse/layouts/reportStart';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes seen in posts from Python agent frameworks, notebooks and apps built on them.
describe('framework report shapes', () => {
  it('keeps an indented gated-repo message with its `401 Client Error` line as one report', () => {
    const indented = [
      ' OSError: You are trying to access a gated repo.',
      '    Make sure to have access to it at https://huggingface.co/meta-llama/Llama-2-7b-hf.',
      '    401 Client Error. (Request ID: Root=1-abc)',
      '',
      '    Cannot access gated repo for url https://huggingface.co/meta-llama/Llama-2-7b-hf/resolve/main/config.json.',
      '    Access to model meta-llama/Llama-2-7b-hf is restricted. You must have access to it and be authenticated to access it.',
    ].join('\n');
    assert.deepEqual(brief(indented), ['huggingface/gated-repo/401/meta-llama/Llama-2-7b-hf']);
    // Control: the same indented status line under an error that is no provider's.
    assert.deepEqual(brief('ValueError: bad input\n    401 Client Error. (Request ID: Root=1-abc)\n'), []);
  });

  it("reads a head's `Status code:` and `Response body:` lines as that report's", () => {
    const head = 'OpenAIError: OpenAI returned an error.';
    const body = (message: string, code: string): string =>
      [
        'Response body: {',
        '    "error": {',
        `        "message": "${message}",`,
        '        "type": "invalid_request_error",',
        `        "code": "${code}"`,
        '    }',
        '}',
      ].join('\n');
    assert.deepEqual(brief(`${head}\nStatus code: 401\n${body('Incorrect API key provided: sk-abc*****1234.', 'invalid_api_key')}\n`), [
      'openai/invalid-token/401/null',
    ]);
    // Control: the same shape for a rate limit is not an access problem.
    assert.deepEqual(brief(`${head}\nStatus code: 429\n${body('Rate limit reached for requests', 'rate_limit_exceeded')}\n`), []);
  });

  it("recognises Azure's older `API deployment for the resource` wording", () => {
    assert.deepEqual(brief('openai.error.InvalidRequestError: The API deployment for the resource does not exist.\n'), ['azure-openai/model-access/null/null']);
    // Control: the words without the refusal.
    assert.deepEqual(brief('INFO: The API deployment for the resource was created.\n'), []);
  });

  it("does not take JavaScriptCore's source-less `unknown` frames for the user's code", () => {
    assert.equal(isLibraryFrame({ file: 'unknown', line: 1, function: 'new sW' }), true);
    // Control: a file of the user's that is merely named so.
    assert.equal(isLibraryFrame({ file: '/home/u/app/unknown.js', line: 1, function: 'main' }), false);
  });

  it('starts a class after an escaped line break, not at the escape letter', () => {
    const logged = "raise self._make_status_error(err.response) from None\\nanthropic.NotFoundError: Error code: 404 - {'type': 'error'}";
    assert.equal(lineReportStart(logged), logged.indexOf('anthropic.'));
    // Control: a class whose name starts with that letter, with no backslash before it.
    const plain = "nanthropic.NotFoundError: Error code: 404 - {'type': 'error'}";
    assert.equal(lineReportStart(plain), 0);
  });

  it("reads openai-python 0.x's error repr inside a wrapper's tuple", () => {
    const sk = (cls: string, status: number): string =>
      `Error: (<ErrorCodes.ServiceError: 6>, 'OpenAI service failed to complete the prompt', ${cls}(message='', http_status=${status}, request_id=None))\n`;
    assert.deepEqual(brief(sk('AuthenticationError', 401)), ['openai/invalid-token/401/null']);
    // Control: the same repr for a rate limit.
    assert.deepEqual(brief(sk('RateLimitError', 429)), []);
  });

  it("reads the openai SDKs' missing-key message quoted alone, with the traceback an app prints under a caption", () => {
    const report = (caption: string): string =>
      [
        'Error message: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
        '',
        caption,
        'Traceback (most recent call last):',
        '  File "/home/u/agent/main.py", line 59, in <module>',
        '    memory = Memory.from_config(config)',
        '  File "/home/u/agent/venv/lib/python3.11/site-packages/mem0/memory/main.py", line 64, in from_config',
        '    return cls(config)',
      ].join('\n');
    const frames = (text: string): unknown[] => scanText(text).map((i) => [i.provider, i.cause, i.userFrame && `${i.userFrame.file}:${i.userFrame.line}`]);
    assert.deepEqual(frames(report('Full Traceback for Memory.from_config:')), [['openai', 'missing-token', '/home/u/agent/main.py:59']]);
    // Control: a caption that announces no traceback leaves the frames out of the report.
    assert.deepEqual(frames(report('Next steps for the agent:')), [['openai', 'missing-token', null]]);
  });

  it('leaves a relay that names a Gemini model to the relay, and still reads Gemini naming itself', () => {
    const relay = (type: string): string =>
      `Error code: 403 - {'error': {'message': 'Forbidden – key:(950f34) not authorized to access the requested model:(gemini-2.0-flash)', 'type': '${type}'}}\n`;
    assert.deepEqual(brief(relay('Aihubmix_api_error')), []);
    // Control: the same refusal without the relay's name is Google's.
    assert.deepEqual(brief(relay('permission_error')), ['google/permission-denied/403/null']);
  });

  it("reads the Hugging Face Inference API's words for a bad token as LangChain quotes them", () => {
    assert.deepEqual(brief('ValueError: Error raised by inference API: Authorization header is correct, but the token seems invalid\n'), [
      'huggingface/invalid-token/null/null',
    ]);
    // Control: LangChain's prefix with another message names no provider.
    assert.deepEqual(brief('ValueError: Error raised by inference API: Model is overloaded\n'), []);
  });

  it("keeps a Go SDK's status line and the body a tool printed below it together", () => {
    const head = 'all models failed: error receiving from stream: POST "https://api.anthropic.com/v1/messages": 401 Unauthorized (Request-ID: req_011CYue)';
    const body = '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CYue"}';
    assert.deepEqual(brief(`${head}\n${body}\n`), ['anthropic/invalid-token/401/null']);
    // Control: the body alone states no status.
    assert.deepEqual(brief(`${body}\n`), ['anthropic/invalid-token/null/null']);
  });

  it("reads Cohere's `model at '…' does not exist` when the output names Cohere", () => {
    const line = "Cohere API Response was: Error 404: model at 'text-ada-001' does not exist.";
    assert.deepEqual(brief(`${line}\n`), ['cohere/model-access/404/text-ada-001']);
    // Control: the words alone name no provider.
    assert.deepEqual(brief("Response was: Error 404: model at 'text-ada-001' does not exist.\n"), []);
  });
  it("reads Google's missing-credentials words as missing-token only where a Vertex AI sign names the provider", () => {
    // Langflow re-raises the Vertex AI SDK's own message inside its node build error.
    const vertexSdk = [
      'ValueError: Error building nodeVertexAI(ID:VertexAI-t4VC4):Unable to authenticate your request.   ',
      'Depending on your runtime environment,  you can complete authentication by:     ',
      '- if in local JupyterLab instance:      `!gcloud auth login`- if in Colab:    ',
    ].join('\n');
    assert.deepEqual(brief(vertexSdk), ['google/missing-token/null/null']);
    // google-auth's words name no API: a LangChain Vertex AI frame gives the provider…
    const adc = (frames: string): string =>
      [
        'Traceback (most recent call last):',
        '  File "/home/u/app/main.py", line 12, in <module>',
        '    llm.invoke("hi")',
        frames,
        'google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.',
      ].join('\n');
    const vertexFrame = '  File "/home/u/.venv/lib/python3.11/site-packages/langchain_google_vertexai/chat_models.py", line 1200, in _generate';
    assert.deepEqual(brief(adc(vertexFrame)), ['google/missing-token/null/null']);
    // …and without one (a BigQuery client), the same error is no AI access incident.
    const bigqueryFrame = '  File "/home/u/.venv/lib/python3.11/site-packages/google/cloud/bigquery/client.py", line 240, in __init__';
    assert.deepEqual(brief(adc(bigqueryFrame)), []);
    // Control: "Unable to authenticate your request" in another service's words is not Google's.
    assert.deepEqual(brief('ValueError: Unable to authenticate your request. Check the token you passed.\n'), []);
  });
  it("reads OpenAI's project refusal whose quotes Markdown ate, by its `proj_` id", () => {
    const glued =
      "Error code: 403 - {'error': {'message': 'Project proj_2VxSRsTQaqjx5PDs2D0LEpindoes not have access to modelgpt-4o`', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}\n";
    assert.deepEqual(brief(glued), ['openai/model-access/403/gpt-4o']);
    const unquoted = "Error code: 403 - {'error': {'message': 'Project proj_r3T0Xu8I6cXZIusl0Wq8ey0U does not have access to model gpt-4o-mini'}}\n";
    assert.deepEqual(brief(unquoted), ['openai/model-access/403/gpt-4o-mini']);
    // Control: a gateway's project that is not an OpenAI `proj_` id names no provider.
    assert.deepEqual(brief("Error code: 403 - {'error': {'message': 'Project team-alpha does not have access to model llama-3-70b'}}\n"), []);
  });
  it('reads a library naming the Anthropic API it lacks credentials for as a missing key', () => {
    assert.deepEqual(brief('ValueError: API key or AWS credentials or GCP credentials are required to use the Anthropic API.\n'), [
      'anthropic/missing-token/null/null',
    ]);
    // Controls: the same words for a service that is none of the providers, and Anthropic's billing refusal.
    assert.deepEqual(brief('ValueError: API key or AWS credentials are required to use the Acme Search API.\n'), []);
    assert.deepEqual(
      brief(
        "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}\n",
      ),
      [],
    );
  });
  it("reads the model from httpx's log line of the refused request right above the error", () => {
    const request = (status: string): string =>
      `INFO:httpx:HTTP Request: POST https://res.openai.azure.com/openai/deployments/embed-prod/embeddings?api-version=2024-02-01 "HTTP/1.1 ${status}"`;
    const error =
      "WARNING:llama_index.llms.openai_utils:Retrying llama_index.embeddings.openai.get_embeddings in 0.5 seconds as it raised AuthenticationError: Error code: 401 - {'statusCode': 401, 'message': 'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.'}.";
    assert.deepEqual(brief(`${request('401 Unauthorized')}\n${error}\n`), ['azure-openai/invalid-token/401/embed-prod']);
    // Controls: a request that succeeded, and a refused one too far above, are not this error's.
    assert.deepEqual(brief(`${request('200 OK')}\n${error}\n`), ['azure-openai/invalid-token/401/null']);
    const between = ['loading index', 'building nodes', 'embedding 12 chunks', 'retrying'].join('\n');
    assert.deepEqual(brief(`${request('401 Unauthorized')}\n${between}\n${error}\n`), ['azure-openai/invalid-token/401/null']);
  });
  it("Genkit's logged `… failed with error: Please pass in the API key or set the <VAR> …` is a report of its own; the same words naming no variable are not", () => {
    const logged =
      'Non-streaming request failed with error: Please pass in the API key or set the GOOGLE_GENAI_API_KEY or GOOGLE_API_KEY environment variable.\n';
    assert.deepEqual(brief(logged), ['google/missing-token/null/null']);
    // Control: a sentence asking for a key in the same words but naming no variable is no report.
    assert.deepEqual(brief('Non-streaming request failed with error: Please pass in the API key or set the key in the settings page.\n'), []);
  });
});
