import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// Editor and IDE plugins printing a provider's refusal in their own lines (held-out round h79).
describe('held-out editor-plugin reports', () => {
  it("reads Vertex AI's refusal of a partner model (Claude in the Model Garden) as Google's, backticks or not", () => {
    const partner = 'projects/p-1/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-6@20260114';
    const noAccess = `404 [{"error":{"code":404,"message":"Publisher Model ${partner} was not found or your project does not have access to it.","status":"NOT_FOUND"}}]`;
    assert.deepEqual(read(noAccess), ['google/model-access/404/claude-sonnet-4-6@20260114']);
    const short =
      '{"error":{"code":404,"message":"Publisher Model projects/p-1/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-20250514 not found.","status":"NOT_FOUND"}}';
    assert.deepEqual(read(short), ['google/model-access/404/claude-sonnet-4-20250514']);
    // Negative control: Anthropic's own refusal of the same id stays Anthropic's.
    const own =
      'HTTP 404 Not Found from https://api.anthropic.com/v1/messages {"type":"error","error":{"type":"not_found_error","message":"model: claude-sonnet-4-20250514"}}';
    assert.deepEqual(read(own), ['anthropic/model-access/404/claude-sonnet-4-20250514']);
  });

  it("reads vim-ai's `OpenAI: HTTPError 401` label alone as OpenAI's refusal of the key", () => {
    assert.deepEqual(read('OpenAI: HTTPError 401 (Hint: verify that your API key is valid)'), ['openai/invalid-token/401/null']);
    // Negative control: the same label on a rate limit is no access problem.
    assert.deepEqual(read('OpenAI: HTTPError 429 (Hint: check your quota)'), []);
  });

  it('reads a JVM stack whose every line break a paste doubled, up to the plugin frame under the SDK', () => {
    const frames = [
      'com.openai.errors.NotFoundException: 404: The model `gpt-4o` does not exist or you do not have access to it.',
      '    at com.openai.core.handlers.ErrorHandler$errorHandler$1.handle(ErrorHandler.kt:63) ~[agent.jar:?]',
      '    at com.openai.services.blocking.chat.ChatCompletionServiceImpl.create(ChatCompletionServiceImpl.kt:62) ~[agent.jar:?]',
      '    at org.example.ai.service.AiService.generate(AiService.java:254) [agent.jar:?]',
    ];
    const frame = (text: string): unknown => scanText(text)[0]?.userFrame ?? null;
    assert.deepEqual(read(frames.join('\n\n')), ['openai/model-access/404/gpt-4o']);
    assert.equal((frame(frames.join('\n\n')) as { file: string } | null)?.file, 'AiService.java');
    // Negative control: two blank lines part the stack from the frames below them (a later, separate paste).
    const parted = [frames[0], frames[1], frames[2], '', '', frames[3]].join('\n');
    assert.equal(frame(parted), null);
  });

  it("takes the model from the Anthropic Java SDK's unquoted error toString", () => {
    const line =
      'com.anthropic.errors.NotFoundException: 404: AnthropicError{additionalProperties={type=error, error={type=not_found_error, message=model: claude-3-sonnet-20240229}}}';
    assert.deepEqual(read(line), ['anthropic/model-access/404/claude-3-sonnet-20240229']);
    // Negative control: another error type's message names no model.
    const other =
      'com.anthropic.errors.UnauthorizedException: 401: AnthropicError{additionalProperties={type=error, error={type=authentication_error, message=invalid x-api-key}}}';
    assert.deepEqual(read(other), ['anthropic/invalid-token/401/null']);
  });

  it("reads a key message without status under Zed's `Error interacting with language model` heading", () => {
    assert.deepEqual(read('Error interacting with language model Missing OpenAI API Key'), ['openai/missing-token/null/null']);
    assert.deepEqual(read('Error interacting with language model\nMissing OpenAI API Key'), ['openai/missing-token/null/null']);
    // Negative control: a server error under the same heading is no access problem.
    assert.deepEqual(read('Error interacting with language model Failed to connect to API: 500 Internal Server Error'), []);
  });

  it("leaves OpenRouter's own error envelope to OpenRouter, even under Claude Code's words", () => {
    const routed = 'Failed to authenticate. API Error: 403 {"error":{"message":"This model is not available in your region.","code":403}}';
    assert.deepEqual(read(routed), []);
    // Positive control: Anthropic's own region refusal under the same words stays Anthropic's.
    const own = 'Failed to authenticate. API Error: 403 {"error":{"type":"forbidden","message":"Request not allowed"}}';
    assert.deepEqual(read(own), ['anthropic/unsupported-region/403/null']);
  });
});
