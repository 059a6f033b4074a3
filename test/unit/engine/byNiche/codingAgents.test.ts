import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { statusFrom } from '../../../../src/core/parse/frames';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

const PUBLISHER_PATH = 'projects/sandbox/locations/us-central1/publishers/google/models/gemini-2.5-pro-preview-06-05';

// AI coding agents printing a provider's refusal in their own lines (held-out round h62).
describe('held-out coding-agent reports', () => {
  it("reads Vertex AI's Publisher Model refusal in Gemini CLI's frame without status or brackets", () => {
    const line = `✕ API Error: Publisher Model \`${PUBLISHER_PATH}\` not found. (Status: NOT_FOUND)`;
    assert.deepEqual(read(line), ['google/model-access/null/gemini-2.5-pro-preview-06-05']);
    // Negative control: the same frame around a message with no provider's words is no report.
    assert.deepEqual(read('✕ API Error: Something went wrong. (Status: NOT_FOUND)'), []);
  });

  it('joins a backticked path the terminal cut mid-word, and keeps the space of a wrap between words', () => {
    const cut = [
      '✕ API Error: Publisher Model `projects/sandbox/locations/us-central1/pub',
      '  lishers/google/models/gemini-2.5-pro-preview-06-05` not found. (Status:',
      '  NOT_FOUND)',
    ].join('\n');
    assert.deepEqual(read(cut), ['google/model-access/null/gemini-2.5-pro-preview-06-05']);
    assert.match(scanText(cut)[0].message, /\/publishers\/google\/models\//);
    // Negative control: a wrap outside any backticks (at a space between words) is joined with its space.
    const words = ['API Error: 403 {"error":{"type":"forbidden","message":"Request not', '     allowed"}}'].join('\n');
    assert.deepEqual(read(words), ['anthropic/unsupported-region/403/null']);
    assert.match(scanText(words)[0].message, /Request not allowed/);
  });

  it('reads a status a dash separates from the words or body after it', () => {
    const body =
      '{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}';
    assert.deepEqual(read(`Token exchange failed: 403 — ${body}`), ['openai/unsupported-region/403/null']);
    assert.equal(statusFrom(`Token exchange failed: 403 — ${body}`), 403);
    assert.equal(statusFrom('Token exchange failed: 403 – Country, region, or territory not supported'), 403);
    // Negative controls: a count with its unit after the dash is no status, nor is a number before a dash and digits,
    // nor a dump's field before a hyphen and its next field (Xcode's `- retryCount : 404 - message : …`).
    assert.equal(statusFrom('batch done: 500 — items processed'), null);
    assert.equal(statusFrom('elapsed: 404 – 12'), null);
    assert.equal(statusFrom('- retryCount : 404 - message : "x"'), null);
  });
});
