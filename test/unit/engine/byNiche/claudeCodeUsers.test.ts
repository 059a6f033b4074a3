import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const summary = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Claude users' posts (Claude Code's /bug Errors array, relays, Claude on Vertex AI): held-out round h100.
describe('held-out Claude Code, relay and Claude-on-Vertex shapes', () => {
  it("reads Claude Code's own missing-credential words in its Errors array, and not the same words from another tool", () => {
    const entry =
      '[{"error":"Error: Failed to get auth headers: No API key available\\n    at J3Z (/$bunfs/root/claude:514:28185)\\n    at processTicksAndRejections (native:7:39)","timestamp":"2025-08-22T12:33:35.734Z"}]';
    assert.deepEqual(summary(entry), ['anthropic/missing-token/null/null']);
    // Controls: another tool's sentence about its own headers; no key named.
    assert.deepEqual(summary('Error: Failed to get auth headers for registry.npmjs.org\n'), []);
    assert.deepEqual(summary('Error: No API key available for the weather service\n'), []);
  });

  it("reads a relay's `Claude API error: 403` with its trace, and not another API's error naming its status", () => {
    const relay = [
      'Error: Claude API error: 403',
      '    at IncomingMessage.<anonymous> (/srv/relay/app/src/services/claudeRelayService.js:890:20)',
      '    at IncomingMessage.emit (node:events:529:35)',
    ].join('\n');
    const got = scanText(relay);
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['anthropic/permission-denied/403'],
    );
    assert.equal(got[0].userFrame?.file, '/srv/relay/app/src/services/claudeRelayService.js');
    // Controls: the words naming another API; a status that is no refusal.
    assert.deepEqual(summary('Error: Stripe API error: 403\n    at IncomingMessage.<anonymous> (/srv/pay/app.js:12:3)\n'), []);
    assert.deepEqual(summary('Error: Claude API error: 529\n'), []);
  });

  it("reads a relay's log line naming Claude's API and its refusal with no `error` anchor, and not one naming a success", () => {
    assert.deepEqual(summary('❌ [2025-10-08 12:02:18] ERROR: ❌ Claude API returned error status: 403 | {"metadata":{}}\n'), [
      'anthropic/permission-denied/403/null',
    ]);
    // Controls: the same words for a success; the API named in a sentence without a status.
    assert.deepEqual(summary('✅ [2025-10-08 12:02:18] INFO: Claude API returned status: 200 | {"metadata":{}}\n'), []);
    assert.deepEqual(summary('Claude API keys are managed in the console.\n'), []);
  });

  it("leaves a gateway's own `code`/`msg` 401 under Claude Code's frame alone, and reads Anthropic's body in the same frame", () => {
    assert.deepEqual(
      summary('Failed to authenticate. API Error: 401 {"code":401,"msg":{"error":{"message":"Invalid API Key","type":"invalid_api_key"}}}\n'),
      [],
    );
    // Control: Anthropic's own envelope in the same frame.
    assert.deepEqual(summary('Failed to authenticate. API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"Invalid API Key"}}\n'), [
      'anthropic/invalid-token/401/null',
    ]);
  });

  it("reads Anthropic's disabled-organization sentence quoted alone or lowercased by a relay's user, and not another service's notice", () => {
    assert.deepEqual(summary('The error message I get is:\n\nThis organization has been disabled.\n'), ['anthropic/account-disabled/null/null']);
    assert.deepEqual(summary('返回错误：`API Error 400 this organization has been disabled`。\n'), ['anthropic/account-disabled/400/null']);
    // Controls: other services' notices in other words.
    assert.deepEqual(summary('Notice: your Sentry organization has been disabled by an admin\n'), []);
    assert.deepEqual(summary('The GitHub organization has been disabled for billing reasons\n'), []);
  });

  it("reads Claude Code's selected-model notice with the terminal's doubled spaces, and not the same words for another vendor's model", () => {
    const notice =
      "⏺ There's an issue with the selected model (claude-sonnet-4-6). It may not exist or you may not have access  to it. Run /model to pick a different model.\n";
    assert.deepEqual(summary(notice), ['anthropic/model-access/null/claude-sonnet-4-6']);
    // Control: Claude Code pointed at another vendor's endpoint names that vendor's model.
    assert.deepEqual(summary(notice.replace('claude-sonnet-4-6', 'glm-4.6')), []);
  });

  it("reads `claude remote-control`'s refusal with its status in brackets, and not another service's bracketed failure", () => {
    const poll =
      '[16:46:36] Error: Poll: Authentication failed (401): Invalid OAuth token. The provided token was not found or is malformed.. Remote Control is only available with claude.ai subscriptions.\n';
    assert.deepEqual(summary(poll), ['anthropic/invalid-token/401/null']);
    // Controls: the same frame around another service's words; the sentence with a status that is no refusal.
    assert.deepEqual(summary('[16:46:36] Error: Poll: Authentication failed (401): Session expired for the dashboard.\n'), []);
    assert.deepEqual(summary('[16:46:36] Error: Poll: Request failed (503): Invalid OAuth token. The provided token was not found or is malformed.\n'), []);
  });

  it("reads Vertex AI's refusal of a partner model the project has not enabled, and not its quota refusal of the same model", () => {
    const refused =
      "ERROR - Error 400 with provider vertex: [{'error': {'code': 400, 'message': 'Project `my-proj` is not allowed to use Publisher Model `projects/my-proj/locations/us-east5/publishers/anthropic/models/claude-3-sonnet@20240229`', 'status': 'FAILED_PRECONDITION'}}]";
    assert.deepEqual(summary(refused), ['google/model-access/400/claude-3-sonnet@20240229']);
    // Control: the same model's quota refusal (429) is no access problem.
    const quota =
      "ERROR - Error 429 with provider vertex: [{'error': {'code': 429, 'message': 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet.', 'status': 'RESOURCE_EXHAUSTED'}}]";
    assert.deepEqual(summary(quota), []);
  });
  // Held-out round h169 (Windows scripting and desktop automation).
  it("reads Claude Code's lines for a revoked or expired subscription login, and not a gateway's refusal under the same frame", () => {
    assert.deepEqual(summary('❯ Hi\n  ⎿  OAuth token revoked · Please run /login\n'), ['anthropic/invalid-token/null/null']);
    assert.deepEqual(summary('● Please run /login · API Error: 401 OAuth access token has been revoked.\n'), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(summary('● Please run /login · API Error: 401 OAuth access token has expired.\n'), ['anthropic/invalid-token/401/null']);
    // Anthropic's body for the same refusal reads as a revoked credential, not a bare permission refusal.
    assert.deepEqual(
      summary(
        '  Error: Failed to load usage data: {"type":"error","error":{"type":"permission_error","message":"OAuth token has been revoked. Please obtain a new token."}}\n',
      ),
      ['anthropic/invalid-token/null/null'],
    );
    // Controls: a gateway's refusal in Claude Code's frame; another tool's revoked token; an OAuth server's own log line.
    assert.deepEqual(summary(' Please run /login · API Error: 401 Upstream provider NIM returned HTTP 401.\n'), []);
    assert.deepEqual(summary('The token revoked · Please run gh auth login\n'), []);
    assert.deepEqual(summary('INFO oauth: access token revoked for client 42\n'), []);
  });

  // Held-out round h168 (newest Anthropic and Google models).
  it("reads the model Claude Code's `/config` set above a refusal that names none, and not a label with no id", () => {
    const turn = (set: string) =>
      `> /config\n  ⎿  ${set}\n\n> What model am I talking to?\n  ⎿ API Error: 400\n    {"type":"error","error":{"type":"invalid_request_error","message":"This\n    credential is only authorized for use with Claude Code and cannot be used for\n    other API requests."},"request_id":"req_011CVK61P2dpseRxf79PMu24"}\n`;
    assert.deepEqual(summary(turn('Set model to opus (claude-opus-4-1-20250805)')), ['anthropic/auth-method-disabled/400/claude-opus-4-1-20250805']);
    assert.deepEqual(summary(turn('Set model to claude-opus-4-5')), ['anthropic/auth-method-disabled/400/claude-opus-4-5']);
    // Control: a label in the parentheses names no model.
    assert.deepEqual(summary(turn('Set model to Default (recommended)')), ['anthropic/auth-method-disabled/400/null']);
  });

  it("reads Anthropic's refusal of the 1M-context beta, also wrapped, and not its other invalid_request_error 400s", () => {
    const beta = (msg: string) =>
      `API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"${msg}"},"request_id":"req_011CZ3q8cr7YSHME5Zv2p7nr"}\n`;
    assert.deepEqual(summary(beta('The long context beta is not yet available for this subscription.')), ['anthropic/model-access/400/null']);
    assert.deepEqual(summary(beta('The long context beta is not yet available for this\nsubscription.')), ['anthropic/model-access/400/null']);
    // Controls: a billing refusal and a context-length refusal in the same envelope.
    assert.deepEqual(
      summary(beta('Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.')),
      [],
    );
    assert.deepEqual(summary(beta('prompt is too long: 1034567 tokens > 1000000 maximum')), []);
  });

  it("reads Gemini CLI's own no-access words for a model, and not the same words for another tool's feature", () => {
    const notice =
      "It seems like you don't have access to gemini-3.1-pro-preview.\nYour admin might have disabled the access. Contact them to enable the Preview Release Channel.\n";
    assert.deepEqual(summary(notice), ['google/model-access/null/gemini-3.1-pro-preview']);
    // Controls: a user's sentence about having access; the same words about another product.
    assert.deepEqual(summary('Good news: I now have access to gemini-3.1-pro-preview in AI Studio.\n'), []);
    assert.deepEqual(summary("It seems like you don't have access to the billing dashboard.\n"), []);
  });

  it("reads the Gemini API's retired-model sentence quoted in a post's prose, and not the same advice about other code", () => {
    const quoted =
      'when I call API I get this error "This model models/gemini-3.1-flash-lite-preview is no longer available. Please update your code to use a newer model for the latest features and improvements."\n';
    assert.deepEqual(summary(quoted), ['google/model-access/null/gemini-3.1-flash-lite-preview']);
    // Controls: the advice alone; the sentence about a library, not a model.
    assert.deepEqual(summary('Please update your code to use the new API.\n'), []);
    assert.deepEqual(summary('The v1 endpoint is no longer available. Please update your code to use v2.\n'), []);
  });
});
