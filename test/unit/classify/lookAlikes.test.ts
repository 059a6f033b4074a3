import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../src/core/engine';

/** provider/cause/status per incident. */
const read = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}`);

describe('look-alikes of the providers (routers, gateways, local servers)', () => {
  it("a model id under a router's org slug is no evidence; the bare id still is", () => {
    const region = (id: string) => `Error: API error (${id}): 403 {"error":{"message":"This model is not available in your region.","code":403}}`;
    assert.deepEqual(read(region('google/gemini-2.5-flash')), []);
    // Control: the same answer naming the bare id is read as before.
    assert.deepEqual(read(region('gemini-2.5-flash')), ['google/unsupported-region/403']);
  });

  it("Anthropic's envelope with a vendor's hex request id is that vendor's; with Anthropic's `req_` id it is Anthropic's", () => {
    const body = (id: string) =>
      `Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid api key'}, 'request_id': '${id}'}`;
    assert.deepEqual(read(body('05f97c3c6b0bc90d3a9e291c0cb09e5c')), []);
    // Control: Anthropic's own id.
    assert.deepEqual(read(body('req_011CXXXXXXXXXXXXXXXXXXXX')), ['anthropic/invalid-token/401']);
  });

  it("another vendor's own words outweigh a pack's model id", () => {
    const noAuth = (msg: string) => `Error: API error (claude-3-5-sonnet-20241022): 401 {"error":{"message":"${msg}","code":401}}`;
    assert.deepEqual(read(noAuth('No auth credentials found')), []);
    // Control: Anthropic's own words keep it Anthropic's.
    assert.deepEqual(read(noAuth('invalid x-api-key')), ['anthropic/invalid-token/401']);
  });

  it("Anthropic's error envelope counts only with its snake_case error types", () => {
    const envelope = (type: string) => `Error: 403 {"type":"error","error":{"type":"${type}","message":"This model is not available in your country."}}`;
    assert.deepEqual(read(envelope('RegionError')), []);
    assert.deepEqual(read(envelope('permission_error')), ['anthropic/unsupported-region/403']);
  });
});

describe('Gemini Code Assist and the Bearer header', () => {
  const consumerInvalid = (service: string) =>
    `[API Error: [{\n  "error": {\n    "code": 403,\n    "message": "Permission denied on resource project p-1.",\n    "status": "PERMISSION_DENIED",\n    "details": [\n      {\n        "@type": "type.googleapis.com/google.rpc.ErrorInfo",\n        "reason": "CONSUMER_INVALID",\n        "domain": "googleapis.com",\n        "metadata": {\n          "service": "${service}",\n          "consumer": "projects/p-1"\n        }\n      }\n    ]\n  }\n}\n]]`;

  it("Gemini Code Assist's service name is Google's AI API; Drive's is not", () => {
    assert.deepEqual(read(consumerInvalid('cloudaicompanion.googleapis.com')), ['google/permission-denied/403']);
    assert.deepEqual(read(consumerInvalid('drive.googleapis.com')), []);
  });

  it('a `Bearer undefined` header means no key was set', () => {
    const axios = (auth: string) =>
      `Error: Request failed with status code 401\n    at createError (/app/node_modules/openai/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/app/node_modules/openai/node_modules/axios/lib/core/settle.js:17:12) {\n  config: {\n    headers: {\n      'User-Agent': 'OpenAI/NodeJS/3.2.1',\n      Authorization: 'Bearer ${auth}',\n    },\n    method: 'post',\n  }\n}`;
    assert.deepEqual(read(axios('undefined')), ['openai/missing-token/401']);
    assert.deepEqual(read(axios('sk-proj-XXXX')), ['openai/invalid-token/401']);
  });
});

describe("Azure's other AI services", () => {
  const badKey =
    '(401) Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';

  it('a bad key named by Computer Vision or Speech is not Azure OpenAI', () => {
    assert.deepEqual(read(`azure.cognitiveservices.vision.computervision.models._models_py3.ComputerVisionErrorResponseException: ${badKey}`), []);
    assert.deepEqual(
      read(`Error: 401 ${badKey}\n    at /app/node_modules/microsoft-cognitiveservices-speech-sdk/distrib/lib/src/common.speech/ServiceRecognizerBase.js:10:5`),
      [],
    );
    // Control: the same words through the OpenAI SDK stay Azure OpenAI's.
    assert.deepEqual(read(`openai.AuthenticationError: Error code: 401 - ${badKey}`), ['azure-openai/invalid-token/401']);
  });

  it("a refused request whose path is another service's, on a host Azure OpenAI shares, is not Azure OpenAI's", () => {
    const refused = (path: string) => `401 Client Error: PermissionDenied for url: https://res.services.ai.azure.com/${path}?api-version=2024-12-01-preview\n`;
    assert.deepEqual(read(refused('contentunderstanding/analyzers/video_scene')), []);
    assert.deepEqual(read(refused('documentintelligence/documentModels/prebuilt-layout:analyze')), []);
    // Control: its own deployments' path on the same host stays Azure OpenAI's.
    assert.deepEqual(read(refused('openai/deployments/gpt-4o/chat/completions')), ['azure-openai/invalid-token/401']);
  });

  it("Azure.Core's log: the request line above the error response names the service", () => {
    const id = 'a8ef754b-b47a-4a68-8930-7c4b7dfaeb34';
    const log = (path: string) =>
      [
        `[Informational] Azure-Core: Request [${id}] POST https://res.cognitiveservices.azure.com/${path}?api-version=2024-02-29-preview`,
        'Accept:application/json',
        'content-type:application/json',
        `x-ms-client-request-id:${id}`,
        'x-ms-return-client-request-id:true',
        'User-Agent:azsdk-net-AI/1.0.0 (.NET 8.0; Microsoft Windows 10.0.22631 )',
        'Ocp-Apim-Subscription-Key:REDACTED',
        'client assembly: App',
        `[Warning] Azure-Core: Error response [${id}] 404 Not Found (00.2s)`,
        'Content-Type:application/json',
        '',
        'Request failed: Resource not found',
        'Status: 404 (Not Found)',
        'ErrorCode: 404',
        '',
        'Content:',
        '{"error":{"code":"404","message":"Resource not found"}}',
        '',
      ].join('\n');
    assert.deepEqual(read(log('documentintelligence/documentModels/model1:analyze')), []);
    // Control: the same log of a call to an Azure OpenAI deployment is read, the deployment its model.
    const aoai = scanText(log('openai/deployments/gpt-4o/chat/completions'));
    assert.deepEqual(
      aoai.map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`),
      ['azure-openai/destination-not-found/404/gpt-4o'],
    );
  });

  it('a .NET test report keeps the stack after three blank lines, and its Form Recognizer frames', () => {
    const report = (blanks: number, ns: string) =>
      `Azure.RequestFailedException : ${badKey.slice(6)}\nStatus: 401 (PermissionDenied)\nErrorCode: 401\n\nContent:\n{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}\n\nHeaders:\nContent-Type: application/json\n${'\n'.repeat(blanks)}Stack trace\n   at ${ns}.RestClient.AnalyzeAsync(String modelId) in /src/RestClient.cs:line 220\n`;
    assert.deepEqual(read(report(3, 'Azure.AI.FormRecognizer.DocumentAnalysis')), []);
    // Control: the same report from Azure OpenAI's client is read.
    assert.deepEqual(read(report(3, 'Azure.AI.OpenAI')), ['azure-openai/invalid-token/401']);
  });
});

describe("Gemini's region refusal printed with its status only", () => {
  it('is read without an error word on the line', () => {
    assert.deepEqual(read('400 User location is not supported for the API use.\n'), ['google/unsupported-region/400']);
    // Control: the same words about something else are no incident.
    assert.deepEqual(read('User location is not shared with the app until you allow it.\n'), []);
  });
});

describe("OpenAI's restricted-key scopes", () => {
  it("a missing `api.…` scope is OpenAI's; a GitHub token's missing scopes are not", () => {
    assert.deepEqual(read('401 Unauthorized: Missing scopes: api.responses.write\n'), ['openai/missing-scopes/401']);
    assert.deepEqual(read('error: 403 Forbidden\nMissing scopes: repo, read:org\n'), []);
  });
});

describe('a status line right above a report', () => {
  it('gives the report its status when the report states none', () => {
    assert.deepEqual(read('Error:\n\n401 Unauthorized\nMissing scopes: api.responses.write\n'), ['openai/missing-scopes/401']);
    // Control: a report stating its own status keeps it.
    assert.deepEqual(
      read('403 Forbidden\nError: 401 Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.\n'),
      ['openai/invalid-token/401'],
    );
  });

  it("gives it across an app's rule line: axios's `Request failed with status code 401`, `=====`, then the message", () => {
    const message = 'Incorrect API key provided: null. You can find your API key at https://platform.openai.com/account/api-keys.\n';
    assert.deepEqual(read(`POST https://api.openai.com/v1/chat/completions\n=====\nRequest failed with status code 401\n=====\n${message}`), [
      'openai/invalid-token/401',
    ]);
    assert.deepEqual(read(`401 Unauthorized\n----------\n${message}`), ['openai/invalid-token/401']);
    // Control: a rule with no status line above it gives none.
    assert.deepEqual(read(`Something went wrong\n=====\n${message}`), ['openai/invalid-token/null']);
  });
});

describe('relays typing their own errors by brand', () => {
  it("a `new_api_error` through the OpenAI SDK is the relay's, a bare OpenAI body is OpenAI's", () => {
    const body = (type: string, message: string) =>
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': '${message}', 'type': '${type}', 'param': '', 'code': None}}`;
    assert.deepEqual(read(body('new_api_error', 'invalid token (request id: 20250611163933932579227)')), []);
    assert.deepEqual(
      read(body('invalid_request_error', 'Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.')),
      ['openai/invalid-token/401'],
    );
  });
});

describe('an error typed or coded `auth_error` through the OpenAI SDK', () => {
  it("is another host's (a gateway's upstream, the LiteLLM proxy); OpenAI's own 401 in the same envelope is read", () => {
    const body = (message: string, code: string) =>
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': '${message}', 'type': 'invalid_request_error', 'param': None, 'code': '${code}'}}\n`;
    assert.deepEqual(read(body('[trace_id: 1f2e] Validate Certification failed: missing token', 'auth_error')), []);
    // Control: OpenAI's words and code in the same envelope.
    assert.deepEqual(
      read(body('Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.', 'invalid_api_key')),
      ['openai/invalid-token/401'],
    );
  });
});

describe("Moonshot's refusal under a client set to OpenAI", () => {
  it("`401 Invalid Authentication` and `invalid_authentication_error` are Moonshot's; OpenAI's own 401 in the same report is read", () => {
    const report = (output: string) => `**Error Details**\n\nModel: Kimi Cloud\nProvider: openai\nStatus Code: 401\n\n**Error Output**\n${output}\n`;
    assert.deepEqual(read(report('401 Invalid Authentication')), []);
    assert.deepEqual(
      read("openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid Authentication', 'type': 'invalid_authentication_error'}}\n"),
      [],
    );
    // Control: OpenAI's words in the same report.
    assert.deepEqual(read(report('401 Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.')), [
      'openai/invalid-token/401',
    ]);
  });
});

describe("relays' own key checks under a client set to a provider", () => {
  it("claude-relay-service's client restriction and a relay's Chinese model allow-list are the relay's; Anthropic's own 403 is read", () => {
    const claudeCode = (body: string) => `Failed to authenticate. API Error: 403 ${body}\n`;
    assert.deepEqual(read(claudeCode('Your client is not authorized to use this API key')), []);
    const report = (output: string) => `**Error Details**\n\nModel: Claude Sonnet 4.5\nProvider: anthropic\nStatus Code: 403\n\n**Error Output**\n${output}\n`;
    assert.deepEqual(read(report('"API Key 不允许使用该模型"')), []);
    // Controls: Anthropic's own 403 in the same two carriers.
    assert.deepEqual(read(claudeCode('{"type":"error","error":{"type":"forbidden","message":"Request not allowed"}}')), ['anthropic/unsupported-region/403']);
    assert.deepEqual(read(report('{"type":"error","error":{"type":"forbidden","message":"Request not allowed"}}')), ['anthropic/unsupported-region/403']);
  });
});

describe("the Gemini JS SDK's class in brackets", () => {
  it('heads a report; a timeout under it is still no incident', () => {
    assert.deepEqual(read('[GoogleGenerativeAIError]: API key not valid. Please pass a valid API key.\n[400 Bad Request] API_KEY_INVALID\n'), [
      'google/invalid-token/400',
    ]);
    assert.deepEqual(read('[GoogleGenerativeAIError]: Request timed out after 60000 ms\n'), []);
  });
});

describe('documentation and capacity limits in the same words', () => {
  it("a troubleshooting page's status heading between `Cause:`/`Solution:` labels is documentation; the heading alone is read", () => {
    const heading = '403 - Country, region, or territory not supported';
    const page = `Solution: Ensure the correct API key and requesting organization are being used.\n\n${heading}\n\nCause: You are accessing the API from an unsupported country, region, or territory.\n`;
    assert.deepEqual(read(page), []);
    // Streamed a line at a time, the label above is out of the scanner's view but still in its window.
    const engine = new TraceEngine();
    const streamed = page.split(/(?<=\n)/).flatMap((line) => engine.push('docs', line));
    assert.deepEqual([...streamed, ...engine.end('docs')], []);
    // A table row holding both labels is documentation too.
    const row = `<tr><td><strong>403</strong></td><td>${heading.slice(6)}</td><td><strong>Cause:</strong> You are accessing the API from an unsupported country.<br><strong>Solution:</strong> Please see this page.</td></tr>`;
    assert.deepEqual(read(row), []);
    // Controls: the same heading printed as output, with no labels around it or under a `Cause:` line.
    assert.deepEqual(read(`some log line\n\n${heading}\n`), ['openai/unsupported-region/403']);
    assert.deepEqual(read(`Request to the model failed.\nCause: the API answered\n${heading}\n`), ['openai/unsupported-region/403']);
  });

  it("a translated troubleshooting page's note line between the fix label and the next heading keeps it documentation", () => {
    const entry = (note: string) =>
      `401 - Invalid Authentication\n\nCause: Invalid Authentication\nSolution: Ensure the correct API key and requesting organization are being used.\n\n${note}401 - Incorrect API key provided\n\nCause: The requesting API key is not correct.\n`;
    assert.deepEqual(read(entry('解释:认证错误,有可能是API key错误\n\n')), []);
    assert.deepEqual(read(entry('')), []);
    // Control: output lines above the same heading, no fix label among the last three non-blank lines.
    assert.deepEqual(read(`Solution: restart\nstep 1 done\n\nstep 2 done\n\nstep 3 done\n\n401 - Incorrect API key provided\n`), ['openai/invalid-token/401']);
  });

  it("Hugging Face's serverless size limit is no access failure, though sent as 403; its gated-model refusal is", () => {
    const answer = (message: string) => `Error: "HTTP Error 403 Forbidden: {\\"error\\":\\"${message}\\"}"`;
    assert.deepEqual(
      read(
        answer(
          'The model google/gemma-2-27b-it is too large to be loaded automatically (54GB > 10GB). Please use Spaces (https://huggingface.co/spaces) or Inference Endpoints (https://huggingface.co/inference-endpoints).',
        ),
      ),
      [],
    );
    // Control: the same answer refusing a gated model.
    assert.deepEqual(
      read(
        answer(
          'Access to model google/gemma-2-27b-it is restricted. You must have access to it and be authenticated to access it. Please log in. (https://huggingface.co/google/gemma-2-27b-it)',
        ),
      ),
      ['huggingface/gated-repo/403'],
    );
  });
});

describe('an AI SDK dump posted without its head: the body printed twice is one report', () => {
  const tail = (parsed: string) =>
    `},\n  responseBody: '{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}}',\n  isRetryable: false,\n  data: {\n    type: 'error',\n    error: {\n      type: 'authentication_error',\n      message: '${parsed}'\n    }\n  },\n`;

  it('`responseBody` as JSON and `data` as the object parsed from it say the same failure once; another message is another report', () => {
    assert.deepEqual(read(tail('x-api-key header is required')), ['anthropic/missing-token/null']);
    // Control: the parsed object holding other words is told on its own.
    assert.deepEqual(read(tail('invalid x-api-key')), ['anthropic/missing-token/null', 'anthropic/invalid-token/null']);
  });
});
