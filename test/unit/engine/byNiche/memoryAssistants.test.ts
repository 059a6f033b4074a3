import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on memory, knowledge-graph and personal-assistant layers (mem0, cognee, Letta,
// OpenClaw, Hermes Agent, nanobot) missed.

describe("memory and assistants: Anthropic's expired subscription token printed as `type: message`", () => {
  // A gateway's answer without the body (`HTTP 401: authentication_error: OAuth token has expired`).
  it('its error type and its words for an expired OAuth token are its invalid token', () => {
    assert.deepEqual(verdicts('HTTP 401: authentication_error: OAuth token has expired\n'), ['anthropic/invalid-token/401/null']);
  });

  it("another service's expired OAuth token, or another vendor's words under the same type, are nobody's", () => {
    assert.deepEqual(verdicts('Slack API error: OAuth token has expired\n'), []);
    assert.deepEqual(verdicts('HTTP 401: authentication_error: Authentication Fails, Your api key: ****Nur0 is invalid\n'), []);
  });
});

describe("memory and assistants: an agent CLI's card for a failed call (Hermes Agent)", () => {
  const body =
    "[{'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleapis.com', 'metadata': {'service': 'generativelanguage.googleapis.com'}}]}}]";
  const card = (provider: string, model: string, details: string): string =>
    `⚠️  API call failed (attempt 1/3): BadRequestError [HTTP 400]\n` +
    `   🔌 Provider: ${provider}  Model: ${model}\n` +
    `   🌐 Endpoint: https://generativelanguage.googleapis.com/v1beta/openai\n` +
    `   📝 Error: HTTP 400: Error code: 400 - ${body}\n` +
    `   📋 Details: ${details}\n` +
    `⚠️ Non-retryable error (HTTP 400) — trying fallback...\n`;

  it('is one failed call, of the model its Provider line names; its details line gives the body again', () => {
    assert.deepEqual(verdicts(card('gemini', 'gemini-3.1-pro-preview', body)), ['google/invalid-token/400/gemini-3.1-pro-preview']);
  });

  it("a line stating another status is another call, and a model line naming another vendor's model names none", () => {
    const other = "{'error': {'code': 403, 'message': 'Your API key was reported as leaked. Please use another API key.', 'status': 'PERMISSION_DENIED'}}";
    assert.equal(verdicts(card('gemini', 'gemini-3.1-pro-preview', other)).length, 2);
    assert.deepEqual(verdicts(card('custom', 'llama-3.1-8b', body)), ['google/invalid-token/400/null']);
  });

  it('two attempts printed one after the other stay two calls', () => {
    const attempt = `📝 Error: HTTP 400: Error code: 400 - ${body}\n`;
    assert.equal(verdicts(attempt + attempt).length, 2);
  });
});

describe('memory and assistants: a local server tag passed to transformers.js as a Hub id', () => {
  const line = (id: string): string => `Error: Error: Unauthorized access to file: "https://huggingface.co/${id}/resolve/main/tokenizer_config.json".\n`;

  it('the Ollama tag in the URL is the id the Hub refused', () => {
    assert.deepEqual(verdicts(line('qwen3-embedding:4b')), ['huggingface/model-access/null/qwen3-embedding:4b']);
    assert.deepEqual(verdicts(line('all-mpnet-base-v2')), ['huggingface/model-access/null/all-mpnet-base-v2']);
  });

  it('a colon with nothing after it names no id', () => {
    assert.deepEqual(verdicts(line('qwen3-embedding:')), ['huggingface/model-access/null/null']);
  });
});

describe("memory and assistants: an assistant's fallback summary, each model tried with its own error (OpenClaw)", () => {
  const summary = (entries: string): string => `⚠️ Agent failed before reply: All models failed (2): ${entries}\nLogs: openclaw logs --follow\n`;
  const noKey = 'No API key found for provider "anthropic". Configure auth for this agent (openclaw agents add <id>). (auth).';

  it("the failing call's model is the entry under the provider's own prefix, not the first id named", () => {
    assert.deepEqual(verdicts(summary(`acme-web/chat-1: Unknown model: acme-web/chat-1 (model_not_found) | anthropic/claude-opus-4-6: ${noKey}`)), [
      'anthropic/missing-token/null/claude-opus-4-6',
    ]);
  });

  it("an entry under another service's prefix names no model of the provider's", () => {
    assert.deepEqual(verdicts(summary(`acme-web/chat-1: Unknown model: acme-web/chat-1 (model_not_found) | claude-web/claude-sonnet-4-6: ${noKey}`)), [
      'anthropic/missing-token/null/null',
    ]);
  });
});

describe("memory and assistants: a structured log record's model key, printed as a Python dict", () => {
  const empty404 = '{"error":{"message":"","code":404,"status":"Not Found"}}';
  const record = (key: string, value: string, error = empty404): string =>
    `{'event': 'embedded_run_agent_end', 'isError': True,\n 'error': '${error}',\n 'failoverReason': 'model_not_found',\n '${key}': '${value}',\n 'provider': 'google'}\n`;

  it("the record's `model` is the failing call's", () => {
    assert.deepEqual(verdicts(record('model', 'gemini-2.5-flash')), ['google/model-access/404/gemini-2.5-flash']);
  });

  it("another key names none, and the provider's own words naming the model come first", () => {
    assert.deepEqual(verdicts(record('modelFamily', 'gemini-2.5-flash')), ['google/model-access/404/null']);
    const named = '{"error":{"code":404,"message":"models/gemini-pro is not found for API version v1beta","status":"NOT_FOUND"}}';
    assert.deepEqual(verdicts(record('model', 'gemini-2.5-flash', named)), ['google/model-access/404/gemini-pro']);
  });
});
