import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { statusFrom } from '../../../../src/core/parse/frames';

const brief = (text: string) => scanText(text).map((i) => ({ provider: i.provider, cause: i.cause, status: i.status }));

const NO_KEY =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";

// What R packages print for a refused call, as their users post it (held-out round on R, Julia, Ruby, PHP, Dart).
describe('held-out R packages', () => {
  it("reads the R package openai's `request failed [401]:` head over the API's message, a blank line between or not", () => {
    assert.equal(statusFrom('OpenAI API request failed [401]:'), 401);
    const head = 'Error: OpenAI API request failed [401]:';
    assert.deepEqual(brief([head, '', NO_KEY].join('\n')), [{ provider: 'openai', cause: 'missing-token', status: 401 }]);
    assert.deepEqual(brief([head, NO_KEY].join('\n')), [{ provider: 'openai', cause: 'missing-token', status: 401 }]);
    // Controls: a bracketed count is no status; the same head over a quota message is no incident.
    assert.equal(statusFrom('3 jobs failed [12]:'), null);
    assert.deepEqual(
      brief(['Error: OpenAI API request failed [429]:', '', 'You exceeded your current quota, please check your plan and billing details.'].join('\n')),
      [],
    );
  });

  it('names OpenAI from the realm httr2 prints under a bare 401 (`• realm: OpenAI API`)', () => {
    const condition = (realm: string) => ['Error in `req_perform()`:', '! HTTP 401 Unauthorized.', '• OAuth error', `• realm: ${realm}`].join('\n');
    assert.deepEqual(brief(condition('OpenAI API')), [{ provider: 'openai', cause: 'invalid-token', status: 401 }]);
    // Control: another service's realm names no provider.
    assert.deepEqual(brief(condition('Acme Billing API')), []);
  });
  it("gives a bullet report the status of httr2's `✖ HTTP 401 Unauthorized.` line an R app's cli alert prints above it", () => {
    const bullet = '• Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.';
    assert.deepEqual(brief(['✖ HTTP 401 Unauthorized.', bullet].join('\n')), [{ provider: 'openai', cause: 'invalid-token', status: 401 }]);
    // Controls: the same line over a quota bullet is no incident; a status line in prose is not a status line.
    assert.deepEqual(brief(['✖ HTTP 429 Too Many Requests.', '• You exceeded your current quota, please check your plan and billing details.'].join('\n')), []);
    assert.deepEqual(brief(['The server said HTTP 401 Unauthorized. Then:', bullet].join('\n')), [
      { provider: 'openai', cause: 'invalid-token', status: null },
    ]);
  });

  it("reads each line of an R condition's message on its own, without cli's glyph (`ℹ Invalid API Key` under httr2's status)", () => {
    const condition = (bullet: string) => ['Error in `req_perform_connection()`:', '! HTTP 401 Unauthorized.', bullet].join('\n');
    assert.deepEqual(brief(condition('\u2139 Invalid API Key')), [{ provider: 'groq', cause: 'invalid-token', status: 401 }]);
    // The same under rlang's class line and above its backtrace, as ellmer prints the full trace.
    const trace = ['<error/httr2_http_401>', condition('\u2139 Invalid API Key'), '---', 'Backtrace:', '     \u25c6', '  1. \u2514\u2500chat$chat("Hello")'];
    assert.deepEqual(brief(trace.join('\n')), [{ provider: 'groq', cause: 'invalid-token', status: 401 }]);
    // Controls: the words inside a bullet's sentence are not the service's whole message; a 429 bullet is no incident.
    assert.deepEqual(brief(condition('\u2139 Rotated the Invalid API Key we had cached')), []);
    assert.deepEqual(brief(['Error in `req_perform()`:', '! HTTP 429 Too Many Requests.', '\u2139 Invalid API Key'].join('\n')), []);
  });

  it("reads an R condition indented as a whole (testthat's snapshot), and names Google from the Gemini API's docs link in its answer", () => {
    const docs = 'https://ai.google.dev/gemini-api/docs/models';
    const indented = (bullet: string, pad = '      ') =>
      ['    Condition', 'Error in `req_perform()`:', '! HTTP 404 Not Found.', bullet].map((l, i) => (i === 0 ? l : pad + l)).join('\n');
    const notFound = `i Model 'doesnt-exist' not found. Please verify the model name against the supported list: ${docs} [not_found]`;
    assert.deepEqual(brief(indented(notFound)), [{ provider: 'google', cause: 'model-access', status: 404 }]);
    assert.deepEqual(brief(indented(notFound, '')), [{ provider: 'google', cause: 'model-access', status: 404 }]);
    // Controls: another service's indented 401 names no provider; the docs link in a 429 is still a rate limit.
    assert.deepEqual(brief(indented('\u2022 Invalid API key: You must be granted a valid key.').replace('404 Not Found', '401 Unauthorized')), []);
    assert.deepEqual(
      brief(indented(`i Resource has been exhausted. See ${docs.replace('models', 'rate-limits')}`).replace('404 Not Found', '429 Too Many Requests')),
      [],
    );
  });

  it('takes the model of ellmer\'s `Using model = "…".` line above a refusal that names none, when the id is the provider\'s', () => {
    const run = (header: string) =>
      scanText(
        [header, '', 'chat$chat("hi")', 'Error in `req_perform()`:', '! HTTP 401 Unauthorized.', '\u2022 OAuth error', '\u2022 realm: OpenAI API'].join('\n'),
      ).map((i) => ({ provider: i.provider, model: i.model }));
    assert.deepEqual(run('Using model = "gpt-4.1".'), [{ provider: 'openai', model: 'gpt-4.1' }]);
    assert.deepEqual(run('#> Using model = "gpt-4o".'), [{ provider: 'openai', model: 'gpt-4o' }]);
    // Controls: another provider's id is not this call's model; the words inside a sentence are no header.
    assert.deepEqual(run('Using model = "claude-sonnet-4-20250514".'), [{ provider: 'openai', model: null }]);
    assert.deepEqual(run('We stopped using model = "gpt-4.1". in production'), [{ provider: 'openai', model: null }]);
  });
});
