import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on what users of OpenAI's and Anthropic's own SDKs and CLIs posted (the held-out round
// on the two providers' SDKs): Codex's raw log and ChatGPT-plan line, the Realtime API's close
// reason and refusal event, OAuth scope names, Claude Code's refusal lines, a logger's `LEVEL name -`
// record. Each with a look-alike that must stay silent.

describe('SDK shapes: OpenAI', () => {
  it("reads an OAuth token's missing `model.request` scope quoted alone, but not another API's scope words", () => {
    assert.deepEqual(verdicts('HTTP 401: You have insufficient permissions for this operation. Missing scopes: model.request\n'), [
      'openai/missing-scopes/401/null',
    ]);
    assert.deepEqual(verdicts('HTTP 401: You have insufficient permissions for this operation. Missing scopes: repo:write\n'), []);
  });

  it('reads Codex\'s raw log of a request without a key (a Rust `Some("…")` string), not another missing-token wording', () => {
    const log = (message: string): string =>
      '2026-01-04T02:51:29.611349Z ERROR codex_api::endpoint::responses: error=http 401 Unauthorized: ' +
      String.raw`Some("{\n  \"error\": {\n    \"message\": \"${message}\",\n    \"code\": null\n  }\n}")` +
      '\n';
    assert.deepEqual(verdicts(log('Missing bearer or basic authentication in header')), ['openai/missing-token/401/null']);
    // The same log line from a service whose words are not OpenAI's: nothing names the provider.
    assert.deepEqual(verdicts(log('Missing bearer token')), []);
  });

  it("reads the Realtime API's websocket close reason (`<type>.<code>`), not a close without one", () => {
    const line = (reason: string): string => `Error in send_to_twilio: received 3000 (registered) ${reason}; then sent 3000 (registered) ${reason}\n`;
    assert.deepEqual(verdicts(line('invalid_request_error.invalid_api_key')), ['openai/invalid-token/null/null']);
    assert.deepEqual(verdicts(line('going away')), []);
  });

  it("reads the Realtime API's refusal event logged as `LEVEL logger.name - …`, while pytest's summary line stays a repeat", () => {
    const event = `{'type': 'error', 'event_id': 'event_1', 'error': {'type': 'invalid_request_error', 'code': 'access_not_enabled', 'message': "Your organization does not have access to the Realtime API.", 'param': None, 'event_id': None}}`;
    assert.deepEqual(verdicts(`ERROR livekit.plugins.openai.realtime - OpenAI S2S error ${event}\n`), ['openai/model-access/null/null']);
    // The same words as pytest's short summary after it: the failure above was already read, the summary adds nothing.
    assert.deepEqual(
      verdicts(
        `ERROR livekit.plugins.openai.realtime - OpenAI S2S error ${event}\n\n===== short test summary info =====\nERROR tests/test_realtime.py - OpenAI S2S error ${event}\n`,
      ),
      ['openai/model-access/null/null'],
    );
    // The summary alone (posted without the run above it) is the one report of that failure.
    assert.deepEqual(verdicts(`ERROR tests/test_realtime.py - OpenAI S2S error ${event}\n`), ['openai/model-access/null/null']);
  });

  it("reads its 403 for embeddings asked of a chat model in an ingestion job's line, not a look-alike body without those words", () => {
    const line = (message: string): string =>
      `[ERROR]Embedding error:Error code: 403 - {'error': {'message': '${message}', 'type': 'invalid_request_error', 'param': None, 'code': None}}\n`;
    assert.deepEqual(verdicts(line('You are not allowed to generate embeddings from this model')), ['openai/model-access/403/null']);
    assert.deepEqual(verdicts(line('Request blocked by the proxy policy')), []);
  });

  it("reads openai-node's `The requested model '…' does not exist.` in prose, not another missing thing said alike", () => {
    assert.deepEqual(verdicts("Clicking create assistant gives BadRequestError: 400 The requested model 'gpt-4-turbo-preview' does not exist.\n"), [
      'openai/model-access/400/gpt-4-turbo-preview',
    ]);
    assert.deepEqual(verdicts("BadRequestError: 400 The requested voice 'alloy-2' does not exist.\n"), []);
  });

  it('reads a deactivated OpenAI account quoted with typographic quotes, not a deactivated account of another service', () => {
    assert.deepEqual(verdicts('{ “detail”: “Your OpenAI account has been deactivated, please check your email for more information.” }\n'), [
      'openai/account-disabled/null/null',
    ]);
    assert.deepEqual(verdicts('{ “detail”: “Your Slack account has been deactivated, please check your email for more information.” }\n'), []);
  });

  it('reads a report a terminal wrapped at a space it padded, as when it did not pad', () => {
    const wrapped = (pad: string): string =>
      "Error code: 404 - {'error': {'message': 'The model `claude-sonnet-4-20250514` does not exist or you do not have " +
      pad +
      "\naccess to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}\n";
    assert.deepEqual(verdicts(wrapped('')), ['openai/model-access/404/claude-sonnet-4-20250514']);
    assert.deepEqual(verdicts(wrapped('   ')), verdicts(wrapped('')));
  });
});

describe('SDK shapes: status labels', () => {
  it('reads the status after a bracketed label (`[Status Code] 401 | [Response Text] {…}`), not a bracketed count', () => {
    const body = '{"detail":{"message":"Incorrect API key provided: Bearer. You can find your API key at https://beta.openai.com.","code":"invalid_api_key"}';
    assert.deepEqual(verdicts(`[Status Code] 401 | [Response Text] ${body}\n`), ['openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(`[Retries] 401 | [Response Text] ${body}\n`), ['openai/invalid-token/null/null']);
  });
});

describe('SDK shapes: Anthropic', () => {
  it('reads a disabled organization whose wrap dropped the space it broke at, not an enabled one', () => {
    const line = (state: string): string =>
      `API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"This organization has been\n${state}."},"request_id":"req_011CZam6yhqAXwtsQmHZ4Yuc"}\n`;
    assert.deepEqual(verdicts(line('disabled')), ['anthropic/account-disabled/400/null']);
    assert.notDeepEqual(verdicts(line('enabled')), ['anthropic/account-disabled/400/null']);
  });

  it("reads Claude Code's refusal lines without status or body, not another CLI's login hint", () => {
    assert.deepEqual(verdicts('> /login\n  ⎿  Invalid API key · Please run /login\n'), ['anthropic/invalid-token/null/null']);
    assert.deepEqual(verdicts('> hi\n  ⎿  Missing API key · Run /login\n'), ['anthropic/missing-token/null/null']);
    assert.deepEqual(verdicts('it returns `Invalid API key · Fix external API key`\n'), ['anthropic/invalid-token/null/null']);
    assert.deepEqual(verdicts('Invalid API key. Please run `gh auth login`\n'), []);
  });
});
