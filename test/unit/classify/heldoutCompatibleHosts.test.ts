import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

/** Continue's generated "Error Details" report with the given provider field and error output. */
const continueReport = (provider: string, output: string): string =>
  `**Error Details**\n\nModel: Some Model\nProvider: ${provider}\nStatus Code: 401\n\n**Error Output**\n\`\`\`\n${output}\n\`\`\`\n`;

describe('classify: OpenAI-compatible hosts and their look-alikes (held-out round h46)', () => {
  it("another vendor's own words outweigh a report's name for the client it used; the provider's own words do not", () => {
    assert.deepEqual(read(continueReport('openai', '401 Authentication Fails, Your api key: ****da05 is invalid')), []);
    assert.deepEqual(
      read(
        continueReport(
          'openai',
          '401 Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
        ),
      ),
      ['openai/invalid-token/401/null'],
    );
  });

  it("OpenAI's key sentence from a compatible host (DashScope's trailing space, a string `error` body) is not OpenAI's; OpenAI's own is", () => {
    assert.deepEqual(read('✕ [API Error: OpenAI API error: 401 Incorrect API key provided. ]\n'), []);
    assert.deepEqual(
      read(
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided. ', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}, 'request_id': 'f95ddd14-e529-9caa-85d2-86ffc9b233a8'}\n",
      ),
      [],
    );
    assert.deepEqual(read("openai.AuthenticationError: Error code: 401 - {'error': 'Unauthorized'}\n"), []);
    assert.deepEqual(
      read(
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n",
      ),
      ['openai/invalid-token/401/null'],
    );
  });

  it("Anthropic's `Invalid bearer token` (a key sent the OpenAI way) with its name is Anthropic's; a relay's alone is not", () => {
    assert.deepEqual(read('Error configuring Anthropic models: Error: Error loading models: 401 Invalid bearer token\n'), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(read('Authentication failed (401): Invalid bearer token\n'), []);
  });

  it("Groq's retired-model sentence names Groq and the model without its backticks or link; another wording does not", () => {
    assert.deepEqual(read('Error: Request failed: {"error":{"message":"The model foo-1b has been decommissioned and is no longer supported.\n'), [
      'groq/model-access/null/foo-1b',
    ]);
    assert.deepEqual(read('Error: Request failed: {"error":{"message":"The model foo-1b has been retired.\n'), []);
  });

  it('the same label again after a blank line starts the next report, though the one above left its body open', () => {
    const line = (id: string): string =>
      `Agent error: Request failed: {"error":{"message":"The model ${id} has been decommissioned and is no longer supported.`;
    assert.deepEqual(read(`${line('a-1b')}\n\n${line('b-2b')}\n\n${line('c-3b')}\n`), [
      'groq/model-access/null/a-1b',
      'groq/model-access/null/b-2b',
      'groq/model-access/null/c-3b',
    ]);
    // Control: an open body that goes on below a blank line (no repeated label) stays one report.
    assert.deepEqual(
      read(
        'Error: 400 {"error":\n\n  {"message":"The model `x-1` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations"}}\n',
      ),
      ['groq/model-access/400/x-1'],
    );
  });

  it("Hugging Face: a 404 on a model's inference route is that model's access; on the router's bare chat route it is not", () => {
    const hub404 = (url: string): string => `huggingface_hub.errors.HfHubHTTPError: 404 Client Error: Not Found for url: ${url}\n`;
    assert.deepEqual(read(hub404('https://router.huggingface.co/hf-inference/models/HuggingFaceH4/zephyr-7b-beta/v1/chat/completions')), [
      'huggingface/model-access/404/HuggingFaceH4/zephyr-7b-beta',
    ]);
    assert.deepEqual(read(hub404('https://router.huggingface.co/v1/chat/completions')), []);
  });

  it("a relay typing its refusal just `error` in OpenAI's envelope is not OpenAI's; OpenAI's own type is", () => {
    const body = (type: string): string =>
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'invalid sk token', 'type': '${type}', 'param': None, 'code': None}}\n`;
    assert.deepEqual(read(body('error')), []);
    assert.deepEqual(read(body('invalid_request_error')), ['openai/invalid-token/401/null']);
  });

  it("k8sgpt names the backend it called: a pack's name is that provider, another backend is none", () => {
    const line = (backend: string): string => `Error: failed while calling AI provider ${backend}: error, status code: 401, message: \n`;
    assert.deepEqual(read(line('openai')), ['openai/invalid-token/401/null']);
    assert.deepEqual(read(line('localai')), []);
  });

  it("Hugging Face: requests' `for url:` with the URL wrapped onto the next line is one report (the retired API's status route too)", () => {
    const wrapped = (host: string): string =>
      `Error loading InferenceEndpointsLLM: 404 Client Error: Not Found for url: \nhttps://${host}/status/meta-llama/Llama-3.1-8B-Instruct (Request ID: \nRoot=1-68202d53-4b116e3c;6dcf4f07)\n`;
    assert.deepEqual(read(wrapped('api-inference.huggingface.co')), ['huggingface/model-access/404/meta-llama/Llama-3.1-8B-Instruct']);
    assert.deepEqual(read(wrapped('example.com')), []);
  });

  it('an indented head wrapped onto the margin after `for url:` keeps its URL and request id; another margin line ends it', () => {
    const head = ' Error loading InferenceEndpointsLLM: 404 Client Error: Not Found for url: \n';
    assert.deepEqual(read(`${head}https://api-inference.huggingface.co/status/meta-llama/Llama-3.1-8B-Instruct (Request ID: \nRoot=1-6820;6dcf)\n`), [
      'huggingface/model-access/404/meta-llama/Llama-3.1-8B-Instruct',
    ]);
    assert.deepEqual(read(`${head}INFO: retrying in 5 seconds\n`), []);
  });

  it("openai-node's `401 status code (no body)` is another host's (the API always sends a body); OpenAI's own 401 is OpenAI's", () => {
    const trace = (message: string): string =>
      `AuthenticationError: ${message}\n    at OpenAI.makeStatusError (/app/node_modules/openai/src/core.ts:435:21)\n    at OpenAI.makeRequest (/app/node_modules/openai/src/core.ts:499:24)\n    at async hi (/app/src/ask.ts:8:26)\n`;
    assert.deepEqual(read(trace('401 status code (no body)')), []);
    assert.deepEqual(
      read(trace('401 Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.')),
      ['openai/invalid-token/401/null'],
    );
  });

  it("Groq's answer to a path it does not serve is a wrong destination; the same words from an unnamed host are nothing", () => {
    assert.deepEqual(
      read(
        'Error: Groq API request failed: Unknown request URL: POST /v1/chat/completions. Please check the URL for typos, or see the docs at https://console.groq.com/docs/\n',
      ),
      ['groq/destination-not-found/null/null'],
    );
    assert.deepEqual(read('Error: request failed: Unknown request URL: POST /v1/chat/completions. Please check the URL for typos\n'), []);
  });

  it("MiniMax's `authorized_error` in Anthropic's envelope is MiniMax's, its request id cut off or not; Anthropic's own type is Anthropic's", () => {
    const line = (type: string): string =>
      `HttpError: Invalid status code 401 Unauthorized with message: {"type":"error","error":{"type":"${type}","message":"login fail: Please carry the API secret key in the 'Authorization' field of the request header (1004)"...\n`;
    assert.deepEqual(read(line('authorized_error')), []);
    assert.deepEqual(read(line('authentication_error')), ['anthropic/invalid-token/401/null']);
  });
  it("openai-node's dump whose only host is the answer's cookie domain is that host's; an unquoted `Not Found` body is a path it does not serve", () => {
    const dump = (cookieDomain: string): string =>
      [
        'NotFoundError: 404 Not Found',
        '    at APIError.generate (/app/node_modules/openai/error.js:54:20)',
        '    at async OpenAIClient.chatStream (/app/dist/index.cjs:1253:20) {',
        '  status: 404,',
        '  headers: {',
        `    'set-cookie': '__cf_bm=abc; path=/; expires=Fri, 21-Feb-25 13:24:39 GMT; domain=${cookieDomain}; HttpOnly; Secure',`,
        '  },',
        "  error: { message: 'Not Found' },",
        '}',
        '',
      ].join('\n');
    assert.deepEqual(read(dump('.groq.com')), ['groq/destination-not-found/404/null']);
    // Control: a cookie of a host that is none of the packs names no provider, and the bare 404 stays unread.
    assert.deepEqual(read(dump('.example-relay.net')), []);
  });
});
