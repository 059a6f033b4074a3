import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('classify: the newest SDKs and tools (held-out round h47)', () => {
  it("Codex's ChatGPT-backend refusal without its URL (the WebSocket warning) is OpenAI's; another tool's `Model not found: <id>` is not", () => {
    assert.deepEqual(read('⚠ Falling back from WebSockets to HTTPS transport. unexpected status 404 Not Found: Model not found gpt-5.5-codex-exp\n'), [
      'openai/model-access/404/gpt-5.5-codex-exp',
    ]);
    assert.deepEqual(read('[ERROR] client.lua:440: Model not found: gpt-4o\n'), []);
  });

  it("a client's `HTTP <status>: <type>_error: <message>` line is a report; Anthropic's `Not Found` is a path, its `model:` a model", () => {
    assert.deepEqual(read('HTTP 404: not_found_error: Not Found (request_id: req_011CXsBex7Pcnu76VuUefcR1)\n'), ['anthropic/destination-not-found/404/null']);
    assert.deepEqual(read('HTTP 404: not_found_error: model: claude-opus-9\n'), ['anthropic/model-access/404/claude-opus-9']);
    assert.deepEqual(read('HTTP 401: authentication_error: invalid x-api-key\n'), ['anthropic/invalid-token/401/null']);
    // Control: the same shape from a vendor copying Anthropic's error types (MiniMax's hashed request id) names no provider.
    assert.deepEqual(read('HTTP 401 authentication_error: invalid api key (request_id: sha256:ea8e6562e280)\n'), []);
  });
});

describe('restatement: a line naming another request is another call (held-out round h47)', () => {
  const principal = (path: string): string =>
    `The principal \`u1@contoso.com\` lacks the required data action \`Microsoft.CognitiveServices/accounts/AIServices/agents/read\` to perform \`GET /api/projects/{projectName}/${path}\` operation.`;

  it('two log lines refusing two requests are two incidents; the same request said again by the layer above is one', () => {
    const first = `2025-10-30 20:33:31.199 [error] Error: Failed to load agents for project p1: 401: ${principal('assistants')}\n`;
    assert.deepEqual(read(`${first}2025-10-30 20:33:31.200 [error] Error: Failed to load threads for project p1: ${principal('threads')}\n`), [
      'azure-openai/principal-no-access/401/null',
      'azure-openai/principal-no-access/null/null',
    ]);
    assert.deepEqual(read(`${first}Agent panel failed: ${principal('assistants')}\n`), ['azure-openai/principal-no-access/401/null']);
  });
});

describe("look-alikes: the Responses API's 404s for state it did not keep (held-out round h47)", () => {
  const apiCallError = (message: string): string =>
    `Error [AI_APICallError]: ${message}\n    at async tr.doStream (.next/server/chunks/8452.js:41:32756) {\n  url: 'https://api.openai.com/v1/responses',\n  statusCode: 404,\n  responseBody: '{"error":{"message":"${message.replace(/'/g, "\\'")}","type":"invalid_request_error"}}',\n  isRetryable: false\n}\n`;

  it('an unstored reasoning item or previous response is no access failure; the same 404 refusing a model is one', () => {
    assert.deepEqual(read(apiCallError("Item with id 'rs_0433' not found.")), []);
    assert.deepEqual(
      read(
        "openai.NotFoundError: Error code: 404 - {'error': {'message': \"Previous response with id 'resp_abc' not found.\", 'type': 'invalid_request_error', 'param': 'previous_response_id', 'code': 'previous_response_not_found'}}\n",
      ),
      [],
    );
    assert.deepEqual(read(apiCallError('The model `gpt-5-pro` does not exist or you do not have access to it.')), ['openai/model-access/404/gpt-5-pro']);
  });
});

describe("Vertex AI's refusal of a Claude id under Google's publisher path (held-out round h47)", () => {
  it('reads `Publisher Model `…` not found.` (without `was`) as Google refusing that model; its bare NOT_FOUND names none', () => {
    const body = (message: string): string => `404 NOT_FOUND. {'error': {'code': 404, 'message': '${message}', 'status': 'NOT_FOUND'}}\n`;
    assert.deepEqual(read(body('Publisher Model `projects/p1/locations/global/publishers/google/models/claude-sonnet-4-5` not found.')), [
      'google/model-access/404/claude-sonnet-4-5',
    ]);
    assert.deepEqual(read(body('Requested entity was not found.')), []);
  });
});

describe("Azure OpenAI's API Management front as Codex prints it (held-out round h47)", () => {
  const body =
    '{ "statusCode": 401, "message": "Access denied due to a missing application credentials or subscription key. Make sure to include an application token or a subscription key when making requests to the API." }';

  it("reads the front's missing-key refusal after Codex's status head; the same body alone names no service", () => {
    assert.deepEqual(read(`stream error: unexpected status 401 Unauthorized: ${body}; retrying 5/5 in 3.476s…\n`), ['azure-openai/missing-token/401/null']);
    assert.deepEqual(read(`Request failed: ${body}\n`), []);
  });
});

describe("look-alikes: an error type outside Anthropic's documented set (held-out round h47)", () => {
  const line = (type: string, message: string): string => `Failed to authenticate. API Error: 403 {"error":{"type":"${type}","message":"${message}"}}\n`;

  it("a relay's own `client_validation_error` in Claude Code's line is not Anthropic's; Anthropic's `permission_error` is", () => {
    assert.deepEqual(read(line('client_validation_error', 'This endpoint only accepts requests from Claude Code CLI')), []);
    assert.deepEqual(read(line('permission_error', 'Your API key does not have permission to use the specified resource.')), [
      'anthropic/permission-denied/403/null',
    ]);
  });
});
