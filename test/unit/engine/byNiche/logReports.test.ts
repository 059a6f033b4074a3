import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// One-line reports and log lines as users quote them in issues (held-out round on logs and reports).
describe('held-out logs and one-line reports', () => {
  it("a provider's JSON body quoted with typographic quotes is still the provider's body", () => {
    const straight = 'API Error: 403 {"error":{"type":"forbidden","message":"Request not allowed"}}';
    const curly = 'API Error: 403 {“error”:{“type”:“forbidden”,“message”:“Request not allowed”}}';
    assert.deepEqual(read(straight), ['anthropic/unsupported-region/403/null']);
    assert.deepEqual(read(curly), read(straight));
    // The incident keeps the message as printed.
    assert.match(scanText(curly)[0].message, /“Request not allowed”/);
    // Negative control: a rate limit quoted the same way stays silent.
    assert.deepEqual(
      read('API Error: 429 {“type”:“error”,“error”:{“type”:“rate_limit_error”,“message”:“Number of request tokens has exceeded your per-minute rate limit”}}'),
      [],
    );
  });

  it("an OpenAI SDK error whose body is only a numeric code and a message is another host's answer", () => {
    const frames = [
      '    at APIError.generate (/app/node_modules/openai/error.js:48:20)',
      '    at OpenAI.makeStatusError (/app/node_modules/openai/core.js:295:33)',
      '    at async main (/app/index.js:12:3)',
    ];
    const other = ['AuthenticationError: 401 {"error":{"code":401,"message":"Invalid credentials"}}', ...frames].join('\n');
    const own = [
      'AuthenticationError: 401 {"error":{"message":"Incorrect API key provided: sk-proj-****abcd.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
      ...frames,
    ].join('\n');
    assert.deepEqual(read(own), ['openai/invalid-token/401/null']);
    assert.deepEqual(read(other), []);
    // Google's numeric code comes with a status, and stays Google's.
    const google =
      'Error: 400 {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]}}';
    assert.deepEqual(read(google), ['google/invalid-token/400/null']);
  });

  it("DashScope's refusal with its help link (masked or not) is not OpenAI's", () => {
    const openai = '请求接口返回Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.';
    assert.deepEqual(read(openai), ['openai/invalid-token/null/null']);
    assert.deepEqual(read('请求接口返回Incorrect API key provided. For details, see: https://xxx 同样的key请求正常'), []);
    assert.deepEqual(read('Incorrect API key provided. For details, see: https://help.aliyun.com/zh/model-studio/error-code#apikey-error'), []);
  });

  it("a JSON log record's response body beside its stack says who answered", () => {
    const record = (error: object): string =>
      JSON.stringify({
        level: 'error',
        message: '[handleAbortError] AI response error; aborting request: 401 Invalid credentials',
        error,
        stack:
          'Error: 401 Invalid credentials\n    at APIError.generate (/app/node_modules/openai/error.js:48:20)\n    at OpenAI.makeStatusError (/app/node_modules/openai/core.js:295:33)\n    at async ask (/app/api/chat.js:12:3)',
      });
    const frames = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.status} @ ${i.userFrame?.file}:${i.userFrame?.line}`);
    // OpenAI's own body keeps the record OpenAI's, with the user's frame.
    assert.deepEqual(frames(record({ message: 'Incorrect API key provided: sk-proj-****abcd.', type: 'invalid_request_error', code: 'invalid_api_key' })), [
      'openai/401 @ /app/api/chat.js:12',
    ]);
    // Negative control: another server's body (a code and a message only) behind the same SDK is not OpenAI's.
    assert.deepEqual(frames(record({ code: 401, message: 'Invalid credentials' })), []);
  });
});

describe('held-out logs: a key variable named as not set, without `is`, after a logger record head (h73)', () => {
  it("is the named provider's missing key; another vendor's variable in the same words is nothing", () => {
    assert.deepEqual(read('ERROR:__main__:Error: GEMINI_API_KEY environment variable not set and GOOGLE_GENAI_USE_VERTEXAI is not TRUE.\n'), [
      'google/missing-token/null/null',
    ]);
    assert.deepEqual(read('WARNING:app:OPENAI_API_KEY environment variable not set\n'), ['openai/missing-token/null/null']);
    // Control: a payment vendor's key in the same words names no AI provider.
    assert.deepEqual(read('ERROR:__main__:Error: STRIPE_API_KEY environment variable not set\n'), []);
  });
});

describe('held-out one-line reports: openai-python 0.x missing-key message cut before its link (h73)', () => {
  it("names OpenAI by the module attribute its message quotes; the same words with another module's attribute name no provider", () => {
    assert.deepEqual(read("Error: No API key provided. You can set your API key in code using 'openai.api_key = <API-KEY>'\n"), [
      'openai/missing-token/null/null',
    ]);
    // Control: a vendor-neutral module's identical wording is not OpenAI's.
    assert.deepEqual(read("Error: No API key provided. You can set your API key in code using 'acme.api_key = <API-KEY>'\n"), []);
  });
});
