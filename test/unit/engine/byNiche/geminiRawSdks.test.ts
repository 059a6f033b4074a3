import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
/** The user frame of each incident, as `file:line function`. */
const frames = (text: string): (string | null)[] =>
  scanText(text, 'test').map((i) => (i.userFrame ? `${i.userFrame.file}:${i.userFrame.line} ${i.userFrame.function}` : null));

const TRACE = [
  'Traceback (most recent call last):',
  '  File "/app/app/routers/items.py", line 329, in enrich',
  '    response = model.generate_content(prompt)',
  '  File "/usr/local/lib/python3.14/site-packages/google/generativeai/generative_models.py", line 331, in generate_content',
  '    response = self._client.generate_content(',
  '',
].join('\n');

describe('engine: Gemini and Vertex AI raw-SDK reports as users paste them (held-out round h57)', () => {
  it("@google/generative-ai's `Error fetching from <url>: [403 Forbidden] …` quoted without its head is a report; the same words for another host are nothing", () => {
    const tuned = 'https://generativelanguage.googleapis.com/v1/tunedModels/M:generateContent';
    assert.deepEqual(read(`Error fetching from ${tuned}: [403 Forbidden] You do not have permission to access tuned model M\n`), [
      'google/model-access/403/tunedModels/M',
    ]);
    // Control: a page fetch from another host in the same shape is not an AI API's refusal.
    assert.deepEqual(read('Error fetching from https://example.com/feed.xml: [403 Forbidden] You do not have permission to access this feed\n'), []);
  });

  it("Google: the leaked-key sentence quoted alone is a report; the same words about another vendor's token are not Google's", () => {
    assert.deepEqual(read('Your API key was reported as leaked. Please use another API key.\n'), ['google/key-leaked/null/null']);
    assert.deepEqual(read('Error: your API key was reported as leaked. Please use another token from the vault.\n'), []);
  });

  it("Google: Gemini CLI's frame naming the gRPC status PERMISSION_DENIED is a report; another tool's refusal in the same words is not Google's", () => {
    assert.deepEqual(read('[API Error: Permission denied on resource project YOUR_PROJECT_ID. (Status: PERMISSION_DENIED)]\n'), [
      'google/permission-denied/null/null',
    ]);
    assert.deepEqual(read('Error: Permission denied on bucket my-bucket (Status: PERMISSION_DENIED)\n'), []);
  });

  it('a logged message whose first line alone is indented (a pasted post) takes the traceback below it; a block indented as a whole does not', () => {
    const head =
      'Error enriching item a1 with Gemini: 400 API key expired. Please renew the API key. [reason: "API_KEY_INVALID"\ndomain: "googleapis.com"\n]\n';
    assert.deepEqual(frames(` ${head}${TRACE}`), ['/app/app/routers/items.py:329 enrich']);
    const indentedWhole = '  Error enriching item a1 with Gemini: 400 API key expired. Please renew the API key.\n  (retrying later)\n';
    assert.deepEqual(frames(`${indentedWhole}${TRACE}`), [null]);
  });

  it('a logged message over a traceback cut at its header is read from the message; a benign line over the header is nothing', () => {
    const record =
      'ERROR app.gemini - generate failed: 400 API key not valid. Please pass a valid API key. [reason: "API_KEY_INVALID" service: "generativelanguage.googleapis.com"]\nTraceback (most recent call last):\n';
    assert.deepEqual(read(record), ['google/invalid-token/400/null']);
    assert.deepEqual(read('INFO worker started on port 8080\nTraceback (most recent call last):\n'), []);
  });

  it("Gemini CLI's `Responding with <model>` line right above its error names the call's model; an id not in Google's shapes is not read", () => {
    const error = '✕ [API Error: API key not valid. Please pass a valid API key. (Status: INVALID_ARGUMENT)]\n';
    assert.deepEqual(read(`  Responding with gemini-3.1-pro-preview\n${error}`), ['google/invalid-token/null/gemini-3.1-pro-preview']);
    assert.deepEqual(read(`  Responding with my-custom-bot\n${error}`), ['google/invalid-token/null/null']);
  });

  it("Google: a `models/<id>` refused for an API version, quoted short without its method, is the Gemini API's; a bare model name in the same words is not", () => {
    assert.deepEqual(read('[404 Not Found] models/gemini-pro is not found for API version v1beta...\n'), ['google/model-access/404/gemini-pro']);
    assert.deepEqual(read('[404 Not Found] model gemini-pro is not found for API version v1beta...\n'), []);
  });
  it("Google: a 404 for a model's own method URL (body cut) is the model not found; a 404 for another path or a 400 on the same URL is not", () => {
    const url = (path: string): string => `https://generativelanguage.googleapis.com/v1beta/${path}?key=AIzaSyXXXX`;
    const report = (status: string, path: string): string =>
      `httpx.HTTPStatusError: Client error '${status}' for url '${url(path)}'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404\n`;
    assert.deepEqual(read(report('404 Not Found', 'models/gemini-1.5:generateContent')), ['google/model-access/404/gemini-1.5']);
    // Controls: a file's 404 names no model; a 400 on the model's URL is not read as the model not found.
    assert.deepEqual(read(report('404 Not Found', 'files/abc123')), []);
    assert.deepEqual(read(report('400 Bad Request', 'models/gemini-1.5:generateContent')), []);
  });
  it("Google: Code Assist's generic NOT_FOUND (`Requested entity was not found.`) under its API's name is the model not found; another Google API's is nothing", () => {
    assert.deepEqual(read('    Error: Cloud Code Assist API error (404): Requested entity was not found.\n'), ['google/model-access/404/null']);
    // Controls: the same words from a Google API that is no AI API, and Google's body alone, name no provider.
    assert.deepEqual(read('    Error: Drive API error (404): Requested entity was not found.\n'), []);
    assert.deepEqual(read('{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND"}}\n'), []);
  });
});
