// verifyToken against the local fake provider, through the real openai / replicate SDKs and fetch.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyToken, type VerifyRequest, type VerifyResult } from '../../../src/core/verify';
import type { ProviderId } from '../../../src/core/types';
import { startFakeProvider, type FakeProvider } from '../../support/fakeProvider';

/** Base URL of each provider on the fake, in the form that provider's SDK / env var uses. */
function baseFor(fake: FakeProvider, provider: ProviderId): string {
  const paths: Record<ProviderId, string> = {
    openai: '/v1',
    replicate: '/v1',
    'azure-openai': '/azure',
    anthropic: '/anthropic',
    google: '/google',
    mistral: '/mistral',
    cohere: '/cohere',
    groq: '/groq',
    huggingface: '/hf',
  };
  return fake.url + paths[provider];
}

function assertNoSecret(result: VerifyResult, token: string): void {
  for (const text of [result.message, result.nextStep, JSON.stringify(result)]) {
    assert.ok(!text.includes(token), `token leaked into: ${text}`);
  }
}

describe('verifyToken', function () {
  let fake: FakeProvider;
  const run = async (req: Omit<VerifyRequest, 'baseUrl'> & { baseUrl?: string }): Promise<VerifyResult> => {
    const result = await verifyToken({ timeoutMs: 5000, baseUrl: baseFor(fake, req.provider), ...req });
    assertNoSecret(result, req.token);
    assert.ok(result.message.length > 0 && result.nextStep.length > 0);
    assert.equal(result.provider, req.provider);
    return result;
  };

  before(async () => {
    fake = await startFakeProvider();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  describe('OpenAI through the openai SDK', () => {
    it('valid key lists its models', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-valid' });
      assert.equal(result.outcome, 'valid');
      assert.equal(result.status, 200);
      assert.deepEqual(result.models, ['gpt-4o-mini', 'gpt-4.1-mini', 'text-embedding-3-small']);
      assert.match(result.message, /OpenAI key \(OPENAI_API_KEY\) is valid/);
      const [request] = fake.requests;
      assert.equal(request.method, 'GET');
      assert.equal(request.path, '/v1/models');
      assert.equal(request.headers.authorization, 'Bearer sk-test-valid');
    });

    it('a listed model is valid without a second request', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-valid', model: 'gpt-4o-mini' });
      assert.equal(result.outcome, 'valid');
      assert.equal(result.model, 'gpt-4o-mini');
      assert.match(result.message, /can use gpt-4o-mini/);
      assert.deepEqual(
        fake.requests.map((r) => r.path),
        ['/v1/models'],
      );
    });

    it('a model the key may not use is no-access (403), with the reachable models', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-valid', model: 'gpt-4o' });
      assert.equal(result.outcome, 'no-access');
      assert.equal(result.status, 403);
      assert.equal(result.message, 'The OpenAI key (OPENAI_API_KEY) is valid but cannot use gpt-4o (403).');
      assert.match(result.nextStep, /gpt-4o-mini/);
      assert.ok(result.models.includes('gpt-4.1-mini'));
      assert.deepEqual(
        fake.requests.map((r) => r.path),
        ['/v1/models', '/v1/models/gpt-4o'],
      );
    });

    it('an unknown model is model-not-found (404)', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-valid', model: 'gpt-9-ultra' });
      assert.equal(result.outcome, 'model-not-found');
      assert.equal(result.status, 404);
      assert.match(result.message, /gpt-9-ultra/);
    });

    it('revoked key is invalid-token (401)', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-revoked', model: 'gpt-4o' });
      assert.equal(result.outcome, 'invalid-token');
      assert.equal(result.status, 401);
      assert.match(result.nextStep, /OPENAI_API_KEY/);
      assert.match(result.nextStep, /platform\.openai\.com/);
    });

    it('unsupported_country_region_territory is unsupported-region', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-region' });
      assert.equal(result.outcome, 'unsupported-region');
      assert.equal(result.status, 403);
    });

    it('429 is rate-limited, sent once (no SDK retries)', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-ratelimit' });
      assert.equal(result.outcome, 'rate-limited');
      assert.equal(result.status, 429);
      assert.equal(fake.requests.length, 1);
    });

    it('insufficient_quota is rate-limited with the billing next step', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-quota' });
      assert.equal(result.outcome, 'rate-limited');
      assert.match(result.message, /quota/);
    });

    it('a restricted key without the models scope is no-access, not invalid', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-noscope' });
      assert.equal(result.outcome, 'no-access');
      assert.equal(result.status, 401);
      assert.match(result.message, /restricted key/);
    });

    it('500 is provider-error, sent once', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-broken' });
      assert.equal(result.outcome, 'provider-error');
      assert.equal(result.status, 500);
      assert.equal(fake.requests.length, 1);
    });

    it('an HTML page from a proxy is provider-error naming the host, not no-access', async () => {
      const result = await run({ provider: 'openai', token: 'sk-test-html' });
      assert.equal(result.outcome, 'provider-error');
      assert.equal(result.status, 403);
      assert.match(result.message, /HTML/);
      assert.match(result.message, /127\.0\.0\.1/);
    });

    it('ignores OPENAI_ORG_ID / OPENAI_PROJECT_ID / OPENAI_BASE_URL of the environment', async () => {
      const saved = { ...process.env };
      process.env.OPENAI_ORG_ID = 'org-elsewhere';
      process.env.OPENAI_PROJECT_ID = 'proj_elsewhere';
      process.env.OPENAI_BASE_URL = 'http://127.0.0.1:9/v1';
      try {
        const result = await run({ provider: 'openai', token: 'sk-test-valid' });
        assert.equal(result.outcome, 'valid');
        assert.equal(fake.requests[0].headers['openai-organization'], undefined);
        assert.equal(fake.requests[0].headers['openai-project'], undefined);
      } finally {
        for (const key of ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID', 'OPENAI_BASE_URL']) {
          if (saved[key] === undefined) delete process.env[key];
          else process.env[key] = saved[key];
        }
      }
    });
  });

  describe('OpenAI-compatible providers through the openai SDK', () => {
    it('Groq: base URL + /openai/v1 from the data table', async () => {
      const result = await run({ provider: 'groq', token: 'gsk_test_valid', model: 'llama-3.1-8b-instant' });
      assert.equal(result.outcome, 'valid');
      assert.equal(fake.requests[0].path, '/groq/openai/v1/models');
      assert.ok(result.models.includes('llama-3.3-70b-versatile'));
    });

    it('Groq: a base URL that already ends with /openai/v1 is not doubled', async () => {
      const result = await run({ provider: 'groq', token: 'gsk_test_valid', baseUrl: `${fake.url}/groq/openai/v1/` });
      assert.equal(result.outcome, 'valid');
      assert.equal(fake.requests[0].path, '/groq/openai/v1/models');
    });

    it('Mistral: revoked key is invalid-token; unknown model is model-not-found', async () => {
      assert.equal((await run({ provider: 'mistral', token: 'mst-test-revoked' })).outcome, 'invalid-token');
      const result = await run({ provider: 'mistral', token: 'mst-test-valid', model: 'codestral-latest' });
      assert.equal(result.outcome, 'model-not-found');
      assert.deepEqual(
        fake.requests.slice(-2).map((r) => r.path),
        ['/mistral/v1/models', '/mistral/v1/models/codestral-latest'],
      );
    });
  });

  describe('Replicate through the replicate SDK', () => {
    it('valid token names the account', async () => {
      const result = await run({ provider: 'replicate', token: 'r8_test_valid' });
      assert.equal(result.outcome, 'valid');
      assert.equal(result.account, 'test-user');
      assert.equal(fake.requests[0].path, '/v1/account');
      assert.equal(fake.requests[0].headers.authorization, 'Bearer r8_test_valid');
    });

    it('a public model is valid', async () => {
      const result = await run({ provider: 'replicate', token: 'r8_test_valid', model: 'meta/meta-llama-3-8b-instruct' });
      assert.equal(result.outcome, 'valid');
      assert.deepEqual(
        fake.requests.map((r) => r.path),
        ['/v1/account', '/v1/models/meta/meta-llama-3-8b-instruct'],
      );
    });

    it('a version suffix is dropped for the model lookup', async () => {
      const result = await run({ provider: 'replicate', token: 'r8_test_valid', model: 'meta/meta-llama-3-8b-instruct:5a6809ca6288' });
      assert.equal(result.outcome, 'valid');
      assert.equal(result.model, 'meta/meta-llama-3-8b-instruct:5a6809ca6288');
      assert.equal(fake.requests[1].path, '/v1/models/meta/meta-llama-3-8b-instruct');
    });

    it("another account's private model is model-not-found (404)", async () => {
      const result = await run({ provider: 'replicate', token: 'r8_test_valid', model: 'owner/private' });
      assert.equal(result.outcome, 'model-not-found');
      assert.equal(result.status, 404);
      assert.match(result.message, /owner\/private/);
      assert.match(result.message, /private to another account/);
      assert.match(result.nextStep, /owner\/name/);
    });

    it('a malformed model name is model-not-found without a request', async () => {
      const result = await run({ provider: 'replicate', token: 'r8_test_valid', model: 'llama 3' });
      assert.equal(result.outcome, 'model-not-found');
      assert.equal(result.status, null);
      assert.equal(fake.requests.length, 0);
    });

    it('revoked token is invalid-token (401)', async () => {
      const result = await run({ provider: 'replicate', token: 'r8_test_revoked', model: 'owner/private' });
      assert.equal(result.outcome, 'invalid-token');
      assert.equal(result.status, 401);
      assert.match(result.nextStep, /REPLICATE_API_TOKEN/);
    });

    it('429 and 500 are answered after one request each (replicate-js retries are defeated)', async () => {
      const limited = await run({ provider: 'replicate', token: 'r8_test_ratelimit' });
      assert.equal(limited.outcome, 'rate-limited');
      assert.equal(fake.requests.length, 1);
      const broken = await run({ provider: 'replicate', token: 'r8_test_broken' });
      assert.equal(broken.outcome, 'provider-error');
      assert.equal(broken.status, 500);
      assert.equal(fake.requests.length, 2);
    });
  });

  describe('plain-fetch providers', () => {
    it('Anthropic: x-api-key and anthropic-version headers; model listing', async () => {
      const result = await run({ provider: 'anthropic', token: 'sk-ant-test-valid', model: 'claude-3-5-haiku-20241022' });
      assert.equal(result.outcome, 'valid');
      assert.equal(fake.requests[0].path, '/anthropic/v1/models');
      assert.equal(fake.requests[0].headers['x-api-key'], 'sk-ant-test-valid');
      assert.equal(fake.requests[0].headers['anthropic-version'], '2023-06-01');
      assert.equal(fake.requests[0].headers.authorization, undefined);
    });

    it('Anthropic: permission_error on a model is no-access; unknown model is model-not-found', async () => {
      assert.equal((await run({ provider: 'anthropic', token: 'sk-ant-test-valid', model: 'claude-opus-4-1-20250805' })).outcome, 'no-access');
      assert.equal((await run({ provider: 'anthropic', token: 'sk-ant-test-valid', model: 'claude-2' })).outcome, 'model-not-found');
    });

    it('Anthropic: revoked, region ("Request not allowed"), 429, 500', async () => {
      assert.equal((await run({ provider: 'anthropic', token: 'sk-ant-test-revoked' })).outcome, 'invalid-token');
      assert.equal((await run({ provider: 'anthropic', token: 'sk-ant-test-region' })).outcome, 'unsupported-region');
      assert.equal((await run({ provider: 'anthropic', token: 'sk-ant-test-ratelimit' })).outcome, 'rate-limited');
      assert.equal((await run({ provider: 'anthropic', token: 'sk-ant-test-broken' })).outcome, 'provider-error');
    });

    it('Hugging Face: whoami, then the repo auth check', async () => {
      const result = await run({ provider: 'huggingface', token: 'hf_test_valid', model: 'openai-community/gpt2' });
      assert.equal(result.outcome, 'valid');
      assert.equal(result.account, 'test-user');
      assert.deepEqual(
        fake.requests.map((r) => r.path),
        ['/hf/api/whoami-v2', '/hf/api/models/openai-community/gpt2/auth-check'],
      );
    });

    it('Hugging Face: a gated repo is no-access with how to request access', async () => {
      const result = await run({ provider: 'huggingface', token: 'hf_test_valid', model: 'meta-llama/Llama-3.1-8B' });
      assert.equal(result.outcome, 'no-access');
      assert.equal(result.status, 403);
      assert.match(result.message, /gated repo meta-llama\/Llama-3\.1-8B/);
      assert.match(result.nextStep, /huggingface\.co\/meta-llama\/Llama-3\.1-8B/);
    });

    it('Hugging Face: unknown repo is model-not-found; revoked token is invalid-token', async () => {
      assert.equal((await run({ provider: 'huggingface', token: 'hf_test_valid', model: 'someone/nothing' })).outcome, 'model-not-found');
      assert.equal((await run({ provider: 'huggingface', token: 'hf_test_revoked' })).outcome, 'invalid-token');
    });

    it('Gemini: x-goog-api-key, paged list, models/ prefix stripped', async () => {
      const result = await run({ provider: 'google', token: 'AIzaTest-valid', model: 'models/text-embedding-004' });
      assert.equal(result.outcome, 'valid');
      assert.deepEqual(result.models, ['gemini-2.0-flash', 'gemini-1.5-flash', 'text-embedding-004']);
      assert.ok(fake.requests.length >= 2, 'followed nextPageToken');
      assert.ok(
        fake.requests.every((r) => !r.url.includes('AIzaTest')),
        'key kept out of the URL',
      );
      assert.equal(fake.requests[0].headers['x-goog-api-key'], 'AIzaTest-valid');
    });

    it('Gemini: API_KEY_INVALID (400) is invalid-token; location (400) is unsupported-region', async () => {
      const invalid = await run({ provider: 'google', token: 'AIzaTest-revoked' });
      assert.equal(invalid.outcome, 'invalid-token');
      assert.equal(invalid.status, 400);
      assert.equal((await run({ provider: 'google', token: 'AIzaTest-region' })).outcome, 'unsupported-region');
      assert.equal((await run({ provider: 'google', token: 'AIzaTest-valid', model: 'gemini-9' })).outcome, 'model-not-found');
    });

    it('Cohere: list and model', async () => {
      assert.equal((await run({ provider: 'cohere', token: 'co-test-valid', model: 'command-r-plus' })).outcome, 'valid');
      assert.equal((await run({ provider: 'cohere', token: 'co-test-valid', model: 'command-z' })).outcome, 'model-not-found');
      assert.equal((await run({ provider: 'cohere', token: 'co-test-ratelimit' })).outcome, 'rate-limited');
    });

    it('Azure OpenAI: api-key header and api-version; needs an endpoint', async () => {
      const result = await run({ provider: 'azure-openai', token: 'az-test-valid', model: 'gpt-4o-mini' });
      assert.equal(result.outcome, 'valid');
      assert.equal(fake.requests[0].path, '/azure/openai/models');
      assert.match(fake.requests[0].url, /api-version=/);
      assert.equal(fake.requests[0].headers['api-key'], 'az-test-valid');
      assert.equal((await run({ provider: 'azure-openai', token: 'az-test-revoked' })).outcome, 'invalid-token');
      const noEndpoint = await verifyToken({ provider: 'azure-openai', token: 'az-test-valid' });
      assert.equal(noEndpoint.outcome, 'provider-error');
      assert.match(noEndpoint.nextStep, /AZURE_OPENAI_ENDPOINT/);
    });
  });

  describe('timeouts, cancellation, network errors', () => {
    for (const provider of ['openai', 'replicate', 'anthropic'] as const) {
      const token = { openai: 'sk-test-hang', replicate: 'r8_test_hang', anthropic: 'sk-ant-test-hang' }[provider];
      it(`${provider}: a hanging provider is timeout within timeoutMs`, async () => {
        const started = Date.now();
        const result = await run({ provider, token, timeoutMs: 300 });
        assert.equal(result.outcome, 'timeout');
        assert.equal(result.status, null);
        assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
        assert.match(result.message, /did not answer within 0\.3 s/);
      });

      it(`${provider}: aborting the signal is cancelled`, async () => {
        const controller = new AbortController();
        const started = Date.now();
        setTimeout(() => controller.abort(), 100);
        const result = await run({ provider, token, timeoutMs: 10_000, signal: controller.signal });
        assert.equal(result.outcome, 'cancelled');
        assert.ok(Date.now() - started < 2000);
      });
    }

    it('an already aborted signal is cancelled without a request', async () => {
      const controller = new AbortController();
      controller.abort();
      const result = await run({ provider: 'openai', token: 'sk-test-valid', signal: controller.signal });
      assert.equal(result.outcome, 'cancelled');
      assert.equal(fake.requests.length, 0);
    });

    it('a closed port is network-error with the error code, for every kind of client', async () => {
      const closed = await closedPortUrl();
      for (const [provider, token, path] of [
        ['openai', 'sk-test-valid', '/v1'],
        ['replicate', 'r8_test_valid', '/v1'],
        ['huggingface', 'hf_test_valid', ''],
      ] as const) {
        const result = await verifyToken({ provider, token, baseUrl: closed + path, timeoutMs: 5000 });
        assert.equal(result.outcome, 'network-error', `${provider}: ${result.message}`);
        assert.equal(result.status, null);
        assert.match(result.message, /ECONNREFUSED/);
        assertNoSecret(result, token);
      }
    });

    it('an unresolvable host is network-error', async () => {
      const result = await verifyToken({ provider: 'anthropic', token: 'sk-ant-test-valid', baseUrl: 'https://no-such-host.invalid', timeoutMs: 5000 });
      assert.ok(['network-error', 'timeout'].includes(result.outcome), result.message);
    });
  });

  describe('inputs', () => {
    it('an empty token is invalid-token without a request', async () => {
      const result = await verifyToken({ provider: 'openai', token: '  ', baseUrl: baseFor(fake, 'openai') });
      assert.equal(result.outcome, 'invalid-token');
      assert.equal(result.status, null);
      assert.match(result.message, /OPENAI_API_KEY/);
      assert.equal(fake.requests.length, 0);
    });

    it('a base URL that is not http(s) is provider-error', async () => {
      const result = await verifyToken({ provider: 'openai', token: 'sk-test-valid', baseUrl: 'ftp://example.com' });
      assert.equal(result.outcome, 'provider-error');
    });

    it('an unknown provider id gives provider-error instead of throwing', async () => {
      const result = await verifyToken({ provider: 'nope' as ProviderId, token: 'x' });
      assert.equal(result.outcome, 'provider-error');
    });

    it('a wrong base URL path is provider-error naming the base URL', async () => {
      const result = await run({ provider: 'anthropic', token: 'sk-ant-test-valid', baseUrl: `${fake.url}/anthropic/wrong` });
      assert.equal(result.outcome, 'provider-error');
      assert.equal(result.status, 404);
      assert.match(result.nextStep, /ANTHROPIC_BASE_URL/);
    });
  });

  describe('secrets', () => {
    it('no outcome puts the token (or its tail) into message or nextStep', async () => {
      const cases: Array<[ProviderId, string, string | null]> = [
        ['openai', 'sk-test-valid', 'gpt-4o'],
        ['openai', 'sk-test-revoked', null],
        ['openai', 'sk-test-region', null],
        ['openai', 'sk-test-quota', null],
        ['replicate', 'r8_test_revoked', null],
        ['huggingface', 'hf_test_valid', 'meta-llama/Llama-3.1-8B'],
        ['google', 'AIzaTest-revoked', null],
      ];
      for (const [provider, token, model] of cases) {
        const result = await run({ provider, token, model });
        for (const text of [result.message, result.nextStep]) {
          assert.ok(!/sk-test|r8_test|hf_test|AIzaTest|\*\*\*\*\*/.test(text), text);
        }
      }
    });

    it('a model name carrying the token is masked', async () => {
      const token = 'sk-test-valid';
      const result = await run({ provider: 'openai', token, model: `${token}-model` });
      assert.ok(!result.message.includes(token));
    });
  });
});

async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
