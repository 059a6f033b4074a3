// The fake provider itself, as integration tests and scripts use it: the real SDKs' own calls
// must get the providers' real error shapes.
import * as assert from 'node:assert/strict';
import OpenAI from 'openai';
import Replicate from 'replicate';
import { startFakeProvider, type FakeProvider } from '../../support/fakeProvider';

describe('fakeProvider', function () {
  let fake: FakeProvider;
  before(async () => {
    fake = await startFakeProvider();
  });
  after(async () => {
    await fake.close();
  });

  const openai = (apiKey: string): OpenAI => new OpenAI({ apiKey, baseURL: `${fake.url}/v1`, maxRetries: 0, organization: null, project: null });
  const replicate = (auth: string): Replicate => new Replicate({ auth, baseUrl: `${fake.url}/v1` });

  it('listens on 127.0.0.1', () => {
    assert.match(fake.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('OpenAI chat.completions.create with gpt-4o is a 403 PermissionDeniedError with the OpenAI error body', async () => {
    await assert.rejects(
      openai('sk-test-valid').chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
      (error: unknown) => {
        assert.ok(error instanceof OpenAI.PermissionDeniedError);
        assert.equal(error.status, 403);
        assert.equal(error.code, 'model_not_found');
        assert.equal(error.type, 'invalid_request_error');
        assert.equal(error.param, null);
        assert.match(error.message, /^403 You do not have access to model gpt-4o/);
        return true;
      },
    );
    const last = fake.requests[fake.requests.length - 1];
    assert.equal(last.method, 'POST');
    assert.equal(last.path, '/v1/chat/completions');
    assert.equal(JSON.parse(last.body).model, 'gpt-4o');
  });

  it('OpenAI chat with a listed model succeeds', async () => {
    const completion = await openai('sk-test-valid').chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(completion.choices[0].message.content, 'Hello!');
  });

  it('OpenAI error classes per token', async () => {
    const list = (token: string) => openai(token).models.list();
    await assert.rejects(list('sk-test-revoked'), OpenAI.AuthenticationError);
    await assert.rejects(
      list('sk-test-region'),
      (e: unknown) => e instanceof OpenAI.PermissionDeniedError && e.code === 'unsupported_country_region_territory',
    );
    await assert.rejects(list('sk-test-ratelimit'), OpenAI.RateLimitError);
    await assert.rejects(list('sk-test-broken'), OpenAI.InternalServerError);
    await assert.rejects(openai('sk-test-valid').models.retrieve('gpt-9'), OpenAI.NotFoundError);
  });

  it('a missing token is 401', async () => {
    const response = await fetch(`${fake.url}/v1/models`);
    assert.equal(response.status, 401);
    const body = (await response.json()) as { error: { message: string; type: string; param: unknown; code: unknown } };
    assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message', 'param', 'type']);
    const replicateResponse = await fetch(`${fake.url}/v1/account`);
    assert.equal(replicateResponse.status, 401);
    assert.equal(((await replicateResponse.json()) as { title: string }).title, 'Unauthenticated');
  });

  it("replicate.run on a private model gets Replicate's 404 body", async () => {
    await assert.rejects(replicate('r8_test_valid').run('owner/private-model', { input: { prompt: 'hi' } }), (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'ApiError');
      assert.match(error.message, /failed with status 404/);
      assert.match(error.message, /"detail":"The requested resource could not be found\."/);
      assert.equal((error as Error & { response: Response }).response.status, 404);
      return true;
    });
    assert.equal(fake.requests[fake.requests.length - 1].path, '/v1/models/owner/private-model/predictions');
  });

  it('replicate.run on a public model returns its output; an unknown version is 422', async () => {
    assert.equal(await replicate('r8_test_valid').run('meta/meta-llama-3-8b-instruct', { input: { prompt: 'hi' } }), 'Hello!');
    await assert.rejects(replicate('r8_test_valid').run('owner/private-model:0123456789abcdef', { input: {} }), /422[\s\S]*Invalid version or not permitted/);
    await assert.rejects(replicate('r8_test_revoked').accounts.current(), /401[\s\S]*You did not pass a valid authentication token/);
  });

  it('Hugging Face: gated repo files are 403 GatedRepo, unknown repos 404 RepoNotFound', async () => {
    const headers = { authorization: 'Bearer hf_test_valid' };
    const gated = await fetch(`${fake.url}/meta-llama/Llama-3.1-8B/resolve/main/config.json`, { headers });
    assert.equal(gated.status, 403);
    assert.equal(gated.headers.get('x-error-code'), 'GatedRepo');
    const check = await fetch(`${fake.url}/api/models/meta-llama/Llama-3.1-8B/auth-check`, { headers });
    assert.equal(check.status, 403);
    const missing = await fetch(`${fake.url}/api/models/nobody/nothing`, { headers });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('x-error-code'), 'RepoNotFound');
    const whoami = await fetch(`${fake.url}/api/whoami-v2`, { headers });
    assert.equal(((await whoami.json()) as { name: string }).name, 'test-user');
  });

  it('Anthropic messages: error body shape and a forbidden model', async () => {
    const post = (key: string, model: string) =>
      fetch(`${fake.url}/v1/messages`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
        body: JSON.stringify({ model, max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }),
      });
    const forbidden = await post('sk-ant-test-valid', 'claude-opus-4-1-20250805');
    assert.equal(forbidden.status, 403);
    assert.deepEqual(((await forbidden.json()) as { error: { type: string } }).error.type, 'permission_error');
    const revoked = await post('sk-ant-test-revoked', 'claude-3-5-haiku-20241022');
    assert.equal(revoked.status, 401);
    assert.equal(((await revoked.json()) as { type: string }).type, 'error');
    assert.equal((await post('sk-ant-test-valid', 'claude-3-5-haiku-20241022')).status, 200);
  });

  it('records method, path and headers of every request', async () => {
    const before = fake.requests.length;
    await fetch(`${fake.url}/v1/models?x=1`, { headers: { authorization: 'Bearer sk-test-valid' } });
    const recorded = fake.requests[before];
    assert.equal(recorded.method, 'GET');
    assert.equal(recorded.path, '/v1/models');
    assert.equal(recorded.url, '/v1/models?x=1');
    assert.equal(recorded.headers.authorization, 'Bearer sk-test-valid');
  });

  it('a hanging request is dropped by close()', async () => {
    const other = await startFakeProvider();
    const pending = fetch(`${other.url}/v1/models`, { headers: { authorization: 'Bearer sk-test-hang' } }).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.close();
    assert.equal(await pending, 'dropped');
  });
});
