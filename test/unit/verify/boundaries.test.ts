// Verification against hostile answers: a redirect never takes the token along (and never
// reads "valid"), an endless answer is cut off, model ids that carry code are dropped.
import * as assert from 'node:assert/strict';
import { verifyToken } from '../../../src/core/verify';
import type { ProviderId } from '../../../src/core/types';
import { HOSTILE_MODEL_IDS, startFakeProvider, type FakeProvider } from '../../support/fakeProvider';

// One provider per kind of client and per key header (Bearer, x-api-key, x-goog-api-key, api-key).
const CLIENTS: Array<{ provider: ProviderId; path: string; token: (behaviour: string) => string }> = [
  { provider: 'openai', path: '/v1', token: (b) => `sk-test-${b}` },
  { provider: 'replicate', path: '/v1', token: (b) => `r8_test_${b}` },
  { provider: 'anthropic', path: '/anthropic', token: (b) => `sk-ant-test-${b}` },
  { provider: 'google', path: '/google', token: (b) => `AIzaTest-${b}` },
  { provider: 'azure-openai', path: '/azure', token: (b) => `aztest-${b}` },
];

describe('verifyToken: trust boundaries', function () {
  let fake: FakeProvider;
  before(async () => (fake = await startFakeProvider()));
  after(async () => fake.close());
  beforeEach(() => (fake.requests.length = 0));

  for (const { provider, path, token } of CLIENTS) {
    it(`${provider}: a redirect is reported, not followed (control: valid token is valid)`, async () => {
      const control = await verifyToken({ provider, token: token('valid'), baseUrl: fake.url + path, timeoutMs: 5000 });
      assert.equal(control.outcome, 'valid', control.message);
      fake.requests.length = 0;
      const result = await verifyToken({ provider, token: token('redirect'), baseUrl: fake.url + path, timeoutMs: 5000 });
      assert.equal(result.outcome, 'provider-error', result.message);
      assert.ok(fake.requests.length >= 1, 'the first request was made');
      assert.deepEqual(
        fake.requests.filter((r) => r.path.startsWith('/__redirected/')),
        [],
        'no request followed the redirect',
      );
      assert.match(result.message, /redirected .* to localhost:\d+/);
      assert.match(result.nextStep, /base URL/);
    });
  }

  for (const { provider, path, token } of CLIENTS.filter((c) => c.provider !== 'replicate')) {
    it(`${provider}: an endless answer is cut off, not read to the end`, async () => {
      const result = await verifyToken({ provider, token: token('huge'), baseUrl: fake.url + path, timeoutMs: 15000 });
      assert.equal(result.outcome, 'provider-error', result.message);
      assert.match(result.message, /more data than any/);
    });
  }

  it("model ids that carry code are dropped from the verifier's list", async () => {
    const result = await verifyToken({ provider: 'openai', token: 'sk-test-badids', baseUrl: `${fake.url}/v1`, timeoutMs: 5000 });
    assert.equal(result.outcome, 'valid', result.message);
    assert.ok(result.models.includes('gpt-4o-mini'), 'positive control');
    for (const id of HOSTILE_MODEL_IDS) assert.ok(!result.models.includes(id), id);
  });
});
