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
