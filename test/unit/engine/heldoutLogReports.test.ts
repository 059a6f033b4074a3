import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// One-line reports and log lines as users quote them in issues (held-out round on logs and reports).
describe('held-out logs and one-line reports', () => {
  it("a provider's JSON body quoted with typographic quotes is still the provider's body", () => {
    const straight = 'API Error: 403 {"error":{"type":"forbidden","message":"Request not allowed"}}';
    const curly = 'API Error: 403 {“error”:{“type”:“forbidden”,“message”:“Request not allowed”}}';
    assert.deepEqual(read(straight), ['anthropic/unsupported-region/403/null']);
    assert.deepEqual(read(curly), read(straight));
    // The incident keeps the message as printed.
    assert.match(scanText(curly)[0].message, /“Request not allowed”/);
    // Negative control: a rate limit quoted the same way stays silent.
    assert.deepEqual(
      read('API Error: 429 {“type”:“error”,“error”:{“type”:“rate_limit_error”,“message”:“Number of request tokens has exceeded your per-minute rate limit”}}'),
      [],
    );
  });
});
