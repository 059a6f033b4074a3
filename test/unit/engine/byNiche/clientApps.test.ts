import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// What browser extensions, desktop and mobile clients and game-engine plugins show (held-out round on client apps).
describe('held-out client apps and plugins', () => {
  it('reads an error body whose apostrophes the printer escaped (a Godot Dictionary print)', () => {
    const body = (apostrophe: string) =>
      `ERROR: { "error": { "message": "You didn${apostrophe}t provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", "type": "invalid_request_error", "param": <null>, "code": <null> } }`;
    assert.deepEqual(read(body("'")), ['openai/missing-token/null/null']);
    assert.deepEqual(read(body("\\'")), read(body("'")));
    // The incident keeps the message as printed.
    assert.match(scanText(body("\\'"))[0].message, /didn\\'t/);
    // Negative control: a rate limit printed the same way stays silent.
    assert.deepEqual(
      read(
        `ERROR: { "error": { "message": "You exceeded your current quota, please check your plan and billing details. It\\'s not an access problem.", "type": "insufficient_quota", "param": <null>, "code": "insufficient_quota" } }`,
      ),
      [],
    );
  });

  it("a proxy's `Model '<claude id>' not found` body is not Anthropic's 404 (it names a model `model: <id>`)", () => {
    const proxy =
      'API Error: 404 {"error":{"message":"Model \'claude-sonnet-4-5-20250929\' not found. Use /api/v1/lm/chatModels to list available models and pass a valid model ID.","type":"invalid_request_error"}}';
    assert.deepEqual(read(proxy), []);
    // Positive control: Anthropic's own 404 for that id.
    assert.deepEqual(read('API Error: 404 {"type":"error","error":{"type":"not_found_error","message":"model: claude-sonnet-4-5-20250929"}}'), [
      'anthropic/model-access/404/claude-sonnet-4-5-20250929',
    ]);
  });

  it("a body's own lines between a report and the SDK error restating it do not make it a second incident", () => {
    const verify =
      'Your organization must be verified to generate reasoning summaries. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.';
    const log = (between: string) =>
      [
        `    "message": "${verify}",`,
        '    "type": "invalid_request_error",',
        '    "param": "reasoning.summary",',
        '  }',
        between,
        `  error: 'AI_APICallError: ${verify}\\n' +`,
      ].join('\n');
    assert.deepEqual(read(log('} error= {')), ['openai/org-verification-required/null/null']);
    // Negative control: an unrelated error line between them ends the first report; the second is told again.
    assert.deepEqual(read(log('Error: ENOENT: no such file or directory, open config.json')), [
      'openai/org-verification-required/null/null',
      'openai/org-verification-required/null/null',
    ]);
  });

  it("reads Google's 401 body in a launcher's log line that says no `error` word", () => {
    const log = (url: string) =>
      [
        `2025-12-18 16:09:42.800 [ERR] [ UI] Failed to post data: Exception: GET "${url}": 401 Unauthorized {`,
        '    "code": 401,',
        '    "message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",',
        '    "status": "UNAUTHENTICATED"',
        '}',
      ].join('\n');
    assert.deepEqual(read(log('https://generativelanguage.googleapis.com/v1beta/models')), ['google/invalid-token/401/null']);
    // Negative control: the same refusal from a Google API that is no AI one.
    assert.deepEqual(read(log('https://www.googleapis.com/drive/v3/files')), []);
  });

  it("reads aiohttp's status after an add-on's words and a dash (a bare 404 from OpenAI's chat endpoint)", () => {
    const popup = (status: number, reason: string) =>
      `Smart Notes Error: Unknown error from OpenAI - ${status}, message='${reason}', url=URL('https://api.openai.com/v1/chat/completions')`;
    assert.deepEqual(read(popup(404, 'Not Found')), ['openai/model-access/404/null']);
    // Negative control: the same popup for a rate limit stays silent.
    assert.deepEqual(read(popup(429, 'Too Many Requests')), []);
  });
});
