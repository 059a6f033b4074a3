import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on community LLM gateways and CLI-to-API relays (CLIProxyAPI, one-api,
// new-api, OmniRoute) missed: the ChatGPT-plan backend's revoked-token 401 a proxy relays for a Codex OAuth
// account, as the JSON body and inside the proxy's own log line that says no `Error` word.

describe("LLM gateways: the ChatGPT backend's revoked Codex OAuth token", () => {
  const sentence = 'Your authentication token has been invalidated. Please try signing in again.';

  it('reads the relayed body (its code and status) as OpenAI refusing the token', () => {
    const body = `{\n  "error": {\n    "message": "${sentence}",\n    "type": "invalid_request_error",\n    "code": "token_invalidated",\n    "param": null\n  },\n  "status": 401\n}\n`;
    assert.deepEqual(verdicts(body), ['openai/invalid-token/401/null']);
    // Control: the same envelope with a relay's own words names no provider.
    assert.deepEqual(verdicts(body.replace(sentence, 'Invalid token').replace('token_invalidated', '')), []);
  });

  it("reads the proxy's log line with the status before the sentence, the model from its line above", () => {
    const log = ['Use OAuth provider=codex auth_file=<primary> for model gpt-5.5', `request error, error status: 401, error message: ${sentence}`, ''].join(
      '\n',
    );
    assert.deepEqual(verdicts(log), ['openai/invalid-token/401/gpt-5.5']);
    // Control: the proxy's line for an empty credential pool is its own 503, no provider's refusal.
    assert.deepEqual(verdicts(log.replace(sentence, 'auth_unavailable: no auth available').replace('401', '503')), []);
  });
});

describe("LLM gateways: a relay's own refusal in Anthropic's envelope", () => {
  it('reads a Chinese message under an Anthropic error type as the relay speaking, an English one as Anthropic', () => {
    assert.deepEqual(verdicts('{"error":{"type":"permission_error","message":"此 API Key 无权访问 Claude 服务"}}\n'), []);
    // Control: Anthropic's own words in the same envelope.
    assert.deepEqual(
      verdicts('API Error: 403 {"error":{"type":"permission_error","message":"OAuth authentication is currently not allowed for this organization."}}\n'),
      ['anthropic/auth-method-disabled/403/null'],
    );
  });
});

describe("LLM gateways: Claude Code's model notice broken after the model, a router's route as the model", () => {
  const notice = (model: string): string => `There's an issue with the selected model (${model}).\nIt may not exist or you may not have access to it.\n`;

  it("reads the two lines as one notice, the router's namespaced Claude route as the model", () => {
    assert.deepEqual(verdicts(notice('claude-ccr-h476f6f')), ['anthropic/model-access/null/claude-ccr-h476f6f']);
    assert.equal(verdicts(notice('anthropic/claude-ccr-h476f6f')).length, 1);
    // Control: pointed at another vendor's model, that vendor answered.
    assert.deepEqual(verdicts(notice('glm-4.6')), []);
  });
});

describe('LLM gateways: a log record whose body a post cut before it closed, then the next record', () => {
  const body = (at: string): string =>
    [
      `[2025-12-17 08:38:35] [ERROR] [ANTIGRAVITY] Request failed${at}: Antigravity API error (403): {`,
      '"error": {',
      '"code": 403,',
      '"message": "You are currently configured to use a Google Cloud Project but lack a Gemini Code Assist license. Please contact',
    ].join('\n');

  it('ends the cut body at the next record that states its own status and opens its own body', () => {
    assert.deepEqual(verdicts(`${body(' with credential a.json')}\n${body('')}\n`), Array(2).fill('google/permission-denied/403/null'));
  });

  it('keeps a body whose every line a logger stamped (its lines state no status before a body of their own)', () => {
    const stamped = [
      '{',
      '"error": {',
      '"code": 404,',
      '"message": "models/gemini-2.0-pro is not found for API version v1beta.",',
      '"status": "NOT_FOUND"',
      '}',
      '}',
    ]
      .map((l) => `2025-02-06T08:11:41.401 app[3d8d] dfw [info] 2025/02/06 08:11:41 ${l}`)
      .join('\n\n');
    assert.deepEqual(verdicts(`${stamped}\n`), ['google/model-access/404/gemini-2.0-pro']);
  });
});

describe("LLM gateways: Anthropic's refusal of a Claude Code credential, relayed without its envelope", () => {
  const line = (message: string): string => `2026/01/13 20:22:27 Account 1: Forward request failed: upstream error: 400 message=${message}\n`;

  it("reads the relay's log line by Anthropic's own sentence", () => {
    assert.deepEqual(verdicts(line('This credential is only authorized for use with Claude Code and cannot be used for other API requests.')), [
      'anthropic/auth-method-disabled/400/null',
    ]);
    // Control: the same line relaying a request-shape 400 names no provider.
    assert.deepEqual(verdicts(line('Unsupported parameter: background')), []);
  });
});
