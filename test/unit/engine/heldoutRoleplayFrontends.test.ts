import * as assert from 'node:assert/strict';
import { verdicts } from './helpers';

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
