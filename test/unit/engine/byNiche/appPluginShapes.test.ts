import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { isLibraryFrame } from '../../../../src/core/parse';
import { statusFrom } from '../../../../src/core/parse/frames';
import { verdicts } from '../helpers';

// Shapes read on what AI plugins, bots and desktop apps print when a key or model is refused (the
// held-out round on Obsidian, Zotero, browser extensions, chat bots and self-hosted apps).
describe('app and plugin shapes', () => {
  it("joins a provider's sentence a popup broke after the model (`404 The model 'gpt-4o'`, then `does not exist …`)", () => {
    const popup = (tail: string) => ['API key verification failed:', "without CORS Error: 404 The model 'gpt-4o'", tail, ''].join('\n');
    assert.deepEqual(verdicts(popup('does not exist or you do not have access to it.')), ['openai/model-access/404/gpt-4o']);
    // Control: two whole refusals on consecutive lines stay two reports.
    const two = [
      '404 The model `gpt-4o` does not exist or you do not have access to it.',
      '404 The model `gpt-4.1` does not exist or you do not have access to it.',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(two), ['openai/model-access/404/gpt-4o', 'openai/model-access/404/gpt-4.1']);
  });

  it("reads Anthropic's `model: <id>` as the whole message after an error's label, without a status", () => {
    const ext = [
      'API key test failed: Error: API error: model: claude-3-5-sonnet-latest',
      '    at TokenCounter.callMessageAPI (chrome-extension://knemcdpkggnbhpoaaagmjiigenifejfo/bg-components/tokenManagement.js:178:10)',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(ext), ['anthropic/model-access/null/claude-3-5-sonnet-latest']);
    // Controls: a config's `model:` line under an unrelated error, and the id inside another sentence, are no refusal.
    assert.deepEqual(verdicts('Error: failed to load config\nmodel: claude-3-5-sonnet-latest\n'), []);
    assert.deepEqual(verdicts('ValueError: bad temperature for model: claude-3-5-sonnet-latest\n'), []);
  });

  it("takes an installed browser extension's files for the store's package, not the user's code", () => {
    for (const file of ['chrome-extension://knemcdpkggnbhpoaaagmjiigenifejfo/background.js', 'moz-extension://edfdd08c-e787-463d-b662-aafca50d8656/js/a.js']) {
      assert.equal(isLibraryFrame({ file, line: 1, function: null }), true, file);
    }
    // Control: a page a local dev server serves is the user's.
    assert.equal(isLibraryFrame({ file: 'http://localhost:5173/src/Chat.tsx', line: 12, function: 'ask' }), false);
  });

  it("reads a log viewer's glued time off every line: the message and the frames under it (TrueNAS' app logs)", () => {
    const log = [
      "2025-08-27 15:25:06.530287+00:00[backend] error: Error: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).",
      '2025-08-27 15:25:06.530388+00:00at new OpenAI (/app/server/node_modules/openai/index.js:72:19)',
      '2025-08-27 15:25:06.530443+00:00at openAiModels (/app/server/utils/helpers/customModels.js:100:18)',
      '',
    ].join('\n');
    const [incident] = scanText(log);
    assert.equal(`${incident.provider}/${incident.cause}`, 'openai/missing-token');
    assert.deepEqual(incident.userFrame && [incident.userFrame.file, incident.userFrame.line], ['/app/server/utils/helpers/customModels.js', 100]);
    // Control: with one space after it, the stamp is a logger's own record and stays: its lines are no frames.
    const spaced = log.replace(/\+00:00(?=\S)/g, '+00:00 ');
    assert.deepEqual(
      scanText(spaced).filter((i) => i.userFrame !== null),
      [],
    );
  });

  it("reads the model AstrBot's runner names before the provider's error (`Chat Model openai/gpt-4.1-mini request error:`)", () => {
    const body =
      "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-coGlT***TS0D.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}";
    assert.deepEqual(verdicts(`[v4.25.2] [runners.tool_loop_agent_runner:557]: Chat Model openai/gpt-4.1-mini request error: ${body}\n`), [
      'openai/invalid-token/401/gpt-4.1-mini',
    ]);
    // Control: the same body after a plugin's own words names no model.
    assert.deepEqual(verdicts(`[v4.25.2] [astrbot_plugin_affection.unconscious:54]: [Unconscious] LLM 调用失败: ${body}\n`), ['openai/invalid-token/401/null']);
  });

  it("reads OpenAI's project refusal whose project id the poster hid, by the model's family", () => {
    assert.deepEqual(verdicts('the logs say "Project XYZ does not have access to model `gpt-4o-mini-2024-07-18`".\n'), [
      'openai/model-access/null/gpt-4o-mini-2024-07-18',
    ]);
    // Control: the same words for a model of no OpenAI family name no provider.
    assert.deepEqual(verdicts('the logs say "Project XYZ does not have access to model `llama-3.1-8b`".\n'), []);
  });

  it("reads Gemini's OpenAI-compatible endpoint refusing a call without its key header (Google's list-wrapped body)", () => {
    const body = "[{'error': {'code': 400, 'message': 'Missing Authorization header.', 'status': 'INVALID_ARGUMENT'}}";
    assert.deepEqual(verdicts(`[Bug] Error code: 400 - ${body}\n`), ['google/missing-token/400/null']);
    // Control: another server's own words for a missing header are no provider's.
    assert.deepEqual(verdicts('HTTPError: 401 {"detail": "Missing Authorization header."}\n'), []);
  });

  it(".NET's status names where a client logs `HTTP status code: NotFound`", () => {
    assert.equal(statusFrom('GetCompletionAsync Failed! HTTP status code: NotFound | Response body: {'), 404);
    assert.equal(statusFrom('StatusCode: Unauthorized'), 401);
    // Controls: the words in prose, and a name that is no access status, give none.
    assert.equal(statusFrom('the page was not found'), null);
    assert.equal(statusFrom('HTTP status code: InternalServerError'), null);
  });
});
