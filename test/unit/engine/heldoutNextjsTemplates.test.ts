import * as assert from 'node:assert/strict';
import { statusFrom } from '../../../src/core/parse/frames';
import { verdicts } from './helpers';

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
