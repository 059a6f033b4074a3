import * as assert from 'node:assert/strict';
import { scanText, toScanRecord } from '../../../../src/core/engine';
import { isLibraryFrame } from '../../../../src/core/parse';
import { statusFrom } from '../../../../src/core/parse/frames';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on Next.js and full-stack JS AI templates (chatbot templates,
// Convex and Supabase starters, Astro/SvelteKit apps) missed.

describe('JS AI templates: an app that names the status in its own words', () => {
  it("reads the status of `<step> failed with code 401: {…}` (AI Town's Convex action)", () => {
    const log = [
      'failure',
      'Uncaught Error: Embedding failed with code 401: {',
      '    "error": {',
      '        "message": "Incorrect API key provided: 913a2b0d****0993. You can find your API key at https://platform.openai.com/account/api-keys.",',
      '        "type": "invalid_request_error",',
      '        "param": null,',
      '        "code": "invalid_api_key"',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(verdicts(log), ['openai/invalid-token/401/null']);
  });

  it('a process exit code is no HTTP status', () => {
    assert.equal(statusFrom('Embedding failed with code 401: {'), 401);
    assert.equal(statusFrom('Command failed with code 1: npm run build'), null);
    assert.equal(statusFrom('Build failed with code 127'), null);
  });
});

describe("JS AI templates: an Electron app's Vite bundle in dev", () => {
  it("frames in Electron Forge's `.vite/build/` output are the bundle, not the user's; the app's sources stay the user's", () => {
    assert.equal(isLibraryFrame({ file: '/Users/u/app/.vite/build/main-DZf9MeHr.js', line: 85681, function: 'Replicate2.request' }), true);
    assert.equal(isLibraryFrame({ file: 'C:\\Users\\u\\app\\.vite\\build\\main.js', line: 3, function: null }), true);
    // Controls: the app's own source, and a folder merely named build.
    assert.equal(isLibraryFrame({ file: '/Users/u/app/src/main/replicate.ts', line: 12, function: 'generateMovie' }), false);
    assert.equal(isLibraryFrame({ file: '/Users/u/app/build/main.js', line: 3, function: 'run' }), false);
  });

  it('a replicate-js 401 whose every frame is that bundle has no user frame', () => {
    const log = [
      '02:51:34.842 › Replicate generation error: ApiError: Request to https://api.replicate.com/v1/models/owner/name/predictions failed with status 401 Unauthorized: {"title":"Unauthenticated","detail":"You did not pass a valid authentication token","status":401}',
      '.',
      '    at Replicate2.request (/Users/u/app/.vite/build/main-DZf9MeHr.js:85681:15)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
      '    at async generateMovie (/Users/u/app/.vite/build/main-DZf9MeHr.js:85841:21)',
    ].join('\n');
    const found = scanText(log).map(toScanRecord);
    assert.deepEqual(
      found.map((i) => [i.provider, i.cause, i.status, i.userFrame]),
      [['replicate', 'invalid-token', 401, null]],
    );
  });
});

describe("JS AI templates: a web demo's own request and response labels", () => {
  const body = [
    '{',
    '  "error": {',
    '    "code": 403,',
    '    "message": "Generative Language API has not been used in project 123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123 then retry.",',
    '    "status": "PERMISSION_DENIED"',
    '  }',
    '}',
  ].join('\n');

  it('takes the model from `HTTP request: <url>` above `HTTP response 403:` and its body', () => {
    const text = `HTTP request: https://generativelanguage.googleapis.com/v1beta1/models/chat-bison-001:generateMessage?key=<redacted>\nHTTP response 403:\n${body}\n`;
    assert.deepEqual(verdicts(text), ['google/api-not-enabled/403/chat-bison-001']);
  });

  it('a sentence between the request and the caption breaks the link (control: the same body alone has no model)', () => {
    const text = `HTTP request: https://generativelanguage.googleapis.com/v1beta1/models/chat-bison-001:generateMessage?key=<redacted>\nthen the app printed this\nHTTP response 403:\n${body}\n`;
    assert.deepEqual(verdicts(text), ['google/api-not-enabled/403/null']);
    assert.deepEqual(verdicts(`${body}\n`), ['google/api-not-enabled/403/null']);
  });
});
