// `ai-access-doctor verify` through the built CLI against the local fake provider: one test per
// outcome and exit code, the canary token in no output, the base URL only from the command line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { refuseBaseUrl } from '../../../src/core/cli/verifyCommand';
import { verifyCommand } from '../../../src/core/cli/verifyCommand';
import { memoryIo } from '../../support/cliIo';
import { startFakeProvider, type FakeProvider } from '../../support/fakeProvider';
import { CLI, runBuiltCli, type CliRun } from '../../support/runCli';

const CANARY = 'canary42';
const token = (behaviour: string) => `sk-test-${CANARY}-${behaviour}`;

describe('cli: verify', () => {
  let fake: FakeProvider;
  const runs: CliRun[] = [];
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const r = await runBuiltCli(['verify', ...args], env);
    runs.push(r);
    return r;
  };
  const openai = (behaviour: string, ...more: string[]) =>
    run(['--provider', 'openai', '--base-url', `${fake.url}/v1`, ...more], { OPENAI_API_KEY: token(behaviour) });

  before(async function () {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    fake = await startFakeProvider();
  });
  after(async () => {
    await fake.close();
    // The token reached every run, and no output shows it (the runs above include a positive
    // control: the fake provider saw the canary, so the CLI did send it).
    assert.ok(runs.length >= 10);
    assert.ok(fake.requests.some((q) => String(q.headers.authorization ?? '').includes(CANARY)));
    for (const r of runs) {
      assert.ok(!r.stdout.includes(CANARY) && !r.stderr.includes(CANARY), `${r.stdout}\n${r.stderr}`);
    }
  });

  it('0: a valid token that can use the model', async () => {
    const r = await openai('valid', '--model', 'gpt-4o-mini');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /is valid and can use gpt-4o-mini/);
    assert.match(r.stderr, /Sending the OpenAI key to 127\.0\.0\.1:\d+ \(--base-url\)/);
  });

  it('1: a valid token that cannot use the model (403 and 404), with the reachable models in JSON', async () => {
    const r = await openai('valid', '--model', 'gpt-4o', '--format', 'json');
    assert.equal(r.code, 1);
    const j = JSON.parse(r.stdout);
    assert.equal(j.outcome, 'no-access');
    assert.equal(j.exitCode, 1);
    assert.deepEqual(j.models, ['gpt-4o-mini', 'gpt-4.1-mini', 'text-embedding-3-small']);
    assert.equal(j.tokenEnv, 'OPENAI_API_KEY');
    const missing = await openai('valid', '--model', 'gpt-9-nonexistent', '--format', 'json');
    assert.equal(missing.code, 1);
    assert.equal(JSON.parse(missing.stdout).outcome, 'model-not-found');
  });

  it('3: a revoked token, and a missing one (no request sent)', async () => {
    const revoked = await openai('revoked');
    assert.equal(revoked.code, 3);
    assert.match(revoked.stdout, /rejected as invalid, revoked or expired \(401\)/);
    assert.match(revoked.stdout, /then set OPENAI_API_KEY and verify again/);
    assert.doesNotMatch(revoked.stdout, /Set AI Token/i);
    const before = fake.requests.length;
    const missing = await run(['--provider', 'openai', '--base-url', `${fake.url}/v1`]);
    assert.equal(missing.code, 3);
    assert.match(missing.stdout, /No OpenAI key was given/);
    assert.equal(fake.requests.length, before);
  });

  it('4: region, 5: rate limit and quota, 6: server error, proxy page, refused connection, timeout', async () => {
    const region = await openai('region');
    assert.equal(region.code, 4);
    assert.match(region.stdout, /pass its URL with --base-url/);
    assert.equal((await openai('ratelimit')).code, 5);
    assert.equal((await openai('quota')).code, 5);
    assert.equal((await openai('broken')).code, 6);
    assert.equal((await openai('html')).code, 6);
    const hang = await openai('hang', '--timeout', '0.5');
    assert.equal(hang.code, 6);
    const refused = await run(['--provider', 'openai', '--base-url', 'http://127.0.0.1:1/v1'], { OPENAI_API_KEY: token('valid') });
    assert.equal(refused.code, 6);
  });

  it('reads --token-env and other providers through their own clients (Anthropic, Replicate)', async () => {
    const a = await run(['--provider', 'anthropic', '--base-url', `${fake.url}/anthropic`, '--token-env', 'MY_KEY', '--model', 'claude-opus-4-1-20250805'], {
      MY_KEY: `sk-ant-test-${CANARY}-valid`,
    });
    assert.equal(a.code, 1, a.stdout + a.stderr);
    const r = await run(['--provider', 'replicate', '--base-url', `${fake.url}/replicate/v1`, '--model', 'meta/meta-llama-3-8b-instruct'], {
      REPLICATE_API_TOKEN: `r8_test_${CANARY}_valid`,
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /test-user/);
  });

  it('2: bad usage, and base URLs it refuses before any request', async () => {
    const before = fake.requests.length;
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['--provider', 'nope'])).code, 2);
    assert.equal((await run(['--provider', 'openai', '--model', 'gpt-4o\n$(id)'])).code, 2);
    const azure = await run(['--provider', 'azure-openai'], { AZURE_OPENAI_API_KEY: 'a'.repeat(32) });
    assert.equal(azure.code, 2);
    assert.match(azure.stderr, /--base-url/);
    const http = await run(['--provider', 'openai', '--base-url', 'http://gateway.example.com/v1'], { OPENAI_API_KEY: token('valid') });
    assert.equal(http.code, 2);
    assert.match(http.stderr, /must use https/);
    assert.equal(fake.requests.length, before);
    assert.equal(refuseBaseUrl('https://user:pw@gateway.example.com'), 'must not contain credentials');
    assert.equal(refuseBaseUrl('file:///etc/passwd'), 'must be an https URL');
    assert.equal(refuseBaseUrl('https://gateway.example.com/v1'), undefined);
    assert.equal(refuseBaseUrl('http://127.0.0.1:8080'), undefined);
  });

  it("ignores the SDK's base-URL variable: the token goes to the provider's own host unless --base-url says otherwise", async () => {
    // In process, with a fetch that records the host instead of calling out.
    const seen: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request) => {
      seen.push(new URL(typeof input === 'string' || input instanceof URL ? input : input.url).host);
      throw Object.assign(new Error('offline'), { code: 'ECONNREFUSED' });
    }) as typeof fetch;
    try {
      const t = memoryIo();
      const code = await verifyCommand(['--provider', 'anthropic', '--timeout', '2'], {
        ...t.io,
        env: { ANTHROPIC_API_KEY: `sk-ant-test-${CANARY}`, ANTHROPIC_BASE_URL: `${fake.url}/anthropic` },
      });
      assert.equal(code, 6);
      assert.match(t.err(), /ANTHROPIC_BASE_URL is set but ignored/);
      assert.deepEqual([...new Set(seen)], ['api.anthropic.com']);
      // Positive control: --base-url does route it.
      const u = memoryIo();
      seen.length = 0;
      await verifyCommand(['--provider', 'anthropic', '--timeout', '2', '--base-url', 'https://gateway.example.com'], {
        ...u.io,
        env: { ANTHROPIC_API_KEY: `sk-ant-test-${CANARY}` },
      });
      assert.deepEqual([...new Set(seen)], ['gateway.example.com']);
      assert.ok(!t.out().includes(CANARY) && !u.out().includes(CANARY) && !t.err().includes(CANARY));
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('--help lists each provider with its token variable, read from the provider data', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /openai\s+OPENAI_API_KEY/);
    assert.match(r.stdout, /azure-openai\s+AZURE_OPENAI_API_KEY \(needs --base-url\)/);
    assert.match(r.stdout, /OPENAI_BASE_URL.*ignored/s);
    assert.match(r.stdout, /6 {2}the provider or the network is down/);
  });
});
