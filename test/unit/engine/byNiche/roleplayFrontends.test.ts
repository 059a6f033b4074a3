import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on roleplay and chat frontends (SillyTavern, RisuAI, chat apps)
// and the Claude/Gemini reverse proxies their users run missed.

describe('roleplay frontends: the Vercel AI SDK dump of a call to a reverse proxy', () => {
  const dump = (url: string): string =>
    `Error Details: { "message": "", "name": "AI_APICallError", "url": "${url}", "requestBodyValues": { "model": "claude-sonnet-4-5", "stream": true }, "statusCode": 401, "responseHeaders": { "x-powered-by": "Express" }, "responseBody": "{\\"error\\":\\"Invalid API Key\\"}", "isRetryable": false }`;

  it("a relay's public host answered, not the provider the model id names", () => {
    assert.deepEqual(verdicts(dump('https://relay.zeabur.app/v1/messages')), []);
  });

  it("the provider's own host, or a local proxy, still reads as that provider's answer", () => {
    assert.deepEqual(verdicts(dump('https://api.anthropic.com/v1/messages')), ['anthropic/invalid-token/401/claude-sonnet-4-5']);
    assert.deepEqual(verdicts(dump('http://127.0.0.1:8000/v1/messages')), ['anthropic/invalid-token/401/claude-sonnet-4-5']);
  });
});

describe("roleplay frontends: claude.ai's refusal relayed by a Claude reverse proxy", () => {
  const relayed = (message: string, url = 'https://claude.ai/api/organizations/0000/chat_conversations/1111/completion'): string =>
    `API Error: 403 {"detail":{"code":503130,"message":"HTTP error occurred when calling Claude AI: permission_error - ${message} (Status: 403)","context":{"url":"${url}","status_code":403,"error_type":"permission_error"}}}`;

  it('reads the model the plan lacks as model access', () => {
    assert.deepEqual(verdicts(relayed("This model isn't available right now. You can switch to another model to continue using Claude.")), [
      'anthropic/model-access/403/null',
    ]);
  });

  it('another refusal from claude.ai stays a permission refusal; the same words from another host name no provider', () => {
    assert.deepEqual(verdicts(relayed('Invalid authorization for organization.')), ['anthropic/permission-denied/403/null']);
    assert.deepEqual(
      verdicts(relayed("This model isn't available right now.", 'https://example-relay.net/api/chat/completion').replace(/Claude AI/g, 'upstream')),
      [],
    );
  });
});

describe("roleplay frontends: Google's model refusal relayed by a reverse proxy", () => {
  const body = (message: string, status: string): string =>
    `错误: API请求失败 (400): {\n"error": {\n"code": 400,\n"message": "${message}",\n"status": "${status}"\n}\n}`;

  it("reads Google's own words in its error shape as a model Google refuses", () => {
    assert.deepEqual(verdicts(body("You don't have access to this model or the model name is invalid", 'INVALID_ARGUMENT')), ['google/model-access/400/null']);
  });

  it('the words without Google’s status, or another message in the shape, name no provider', () => {
    assert.deepEqual(verdicts(body("You don't have access to this model or the model name is invalid", 'BAD_INPUT')), []);
    assert.deepEqual(verdicts(body('The prompt is empty', 'INVALID_ARGUMENT')), []);
  });
});

describe('roleplay frontends: an app exception with the status in brackets', () => {
  const line = (status: string): string =>
    `OpenaiApiException: ${status} errors.openaiWeb { "error": { "message": "The model \`gpt-4\` does not exist or you do not have access to it.", "type": "invalid_request_error", "param": null, "code": "model_not_found" } }`;

  it('reads the bracketed status before the body', () => {
    assert.deepEqual(verdicts(line('[404]')), ['openai/model-access/404/gpt-4']);
  });

  it('a bracketed number that is no client error, or none, states no status', () => {
    assert.deepEqual(verdicts(line('[200]')), ['openai/model-access/null/gpt-4']);
    assert.deepEqual(verdicts(line('')), ['openai/model-access/null/gpt-4']);
  });
});

describe("roleplay frontends: claude.ai's refusal of a caller's location", () => {
  it('reads `We are unable to serve your request` in its permission_error body as an unsupported region', () => {
    assert.deepEqual(verdicts('Error: 403 - {"error": {"type": "permission_error", "message": "We are unable to serve your request"}}'), [
      'anthropic/unsupported-region/403/null',
    ]);
    assert.deepEqual(verdicts("  error: {\n    type: 'permission_error',\n    message: 'We are unable to serve your request'\n  }\n}"), [
      'anthropic/unsupported-region/null/null',
    ]);
  });

  it('another permission_error message stays a permission refusal; the words alone name no provider', () => {
    assert.deepEqual(verdicts('Error: 403 - {"error": {"type": "permission_error", "message": "Invalid authorization"}}'), [
      'anthropic/permission-denied/403/null',
    ]);
    assert.deepEqual(verdicts('Error: 403 - We are unable to serve your request'), []);
  });
});
