// checkTokenShape, resolveBaseUrl, maskSecrets, the data table's coverage, lazy SDK loading.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROVIDER_IDS } from '../../../src/core/types';
import { CHECKS, TOKEN_SHAPES, checkTokenShape, maskSecrets, resolveBaseUrl, verifiableProviders } from '../../../src/core/verify';

describe('checkTokenShape', () => {
  it('accepts plausible tokens', () => {
    assert.equal(checkTokenShape('openai', 'sk-proj-abcDEF123_456-789xyz'), undefined);
    assert.equal(checkTokenShape('openai', 'sk-test-valid'), undefined);
    assert.equal(checkTokenShape('anthropic', 'sk-ant-api03-abcdefghijkl'), undefined);
    assert.equal(checkTokenShape('replicate', 'r8_abcdefghijklmnop'), undefined);
    assert.equal(checkTokenShape('huggingface', 'hf_abcdefghijklmnopqrstuv'), undefined);
    assert.equal(checkTokenShape('groq', 'gsk_abcdefghijklmnop'), undefined);
    assert.equal(checkTokenShape('google', 'AIzaSyA1234567890abcdefghijklmnopqrstu'), undefined);
    assert.equal(checkTokenShape('azure-openai', '0123456789abcdef0123456789abcdef'), undefined);
    assert.equal(checkTokenShape('mistral', 'AbCdEfGhIjKlMnOpQrStUvWxYz012345'), undefined);
    assert.equal(checkTokenShape('cohere', 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd'), undefined);
  });

  it('names the expected prefix', () => {
    assert.equal(checkTokenShape('openai', 'abc123456789'), 'OpenAI keys start with sk-');
    assert.equal(checkTokenShape('replicate', 'abc123456789'), 'Replicate tokens start with r8_');
    assert.equal(checkTokenShape('huggingface', 'abc123456789'), 'Hugging Face tokens start with hf_');
    assert.equal(checkTokenShape('anthropic', 'sk-abc123456789'), 'Anthropic keys start with sk-ant-');
  });

  it("recognises another provider's token", () => {
    assert.match(checkTokenShape('openai', 'sk-ant-api03-abcdefghijkl') ?? '', /looks like an Anthropic token; OpenAI keys start with sk-/);
    assert.match(checkTokenShape('mistral', 'hf_abcdefghijklmnop') ?? '', /Hugging Face/);
  });

  it('catches paste mistakes', () => {
    assert.match(checkTokenShape('openai', '') ?? '', /Enter the OpenAI key/);
    assert.match(checkTokenShape('openai', ' sk-abcdefghijk ') ?? '', /spaces/);
    assert.match(checkTokenShape('openai', 'sk-abc defghijk') ?? '', /one piece/);
    assert.match(checkTokenShape('openai', '"sk-abcdefghijk"') ?? '', /quotes/);
    assert.match(checkTokenShape('openai', 'Bearer') ?? '', /Bearer/);
    assert.match(checkTokenShape('openai', 'OPENAI_API_KEY=sk-abcdefghijk') ?? '', /variable name/);
  });

  it('never echoes the token', () => {
    const messages: string[] = [];
    for (const provider of PROVIDER_IDS) {
      for (const token of ['zzsecretzz12345678', 'sk-ant-zzsecretzz1234', '"zzsecretzz123"']) {
        const message = checkTokenShape(provider, token);
        if (message) messages.push(message);
      }
    }
    // Positive control: the quoted token is refused for every provider, so there are messages to read.
    assert.ok(messages.length >= PROVIDER_IDS.length, `only ${messages.length} messages`);
    for (const message of messages) assert.ok(!message.includes('zzsecretzz'), message);
  });
});

describe('resolveBaseUrl', () => {
  it('prefers the setting, then the env var the SDK reads, else undefined', () => {
    const env = { OPENAI_BASE_URL: 'https://gateway.example/v1', REPLICATE_BASE_URL: 'https://r.example/v1' };
    assert.equal(resolveBaseUrl('openai', env, 'https://setting.example/v1'), 'https://setting.example/v1');
    assert.equal(resolveBaseUrl('openai', env), 'https://gateway.example/v1');
    assert.equal(resolveBaseUrl('openai', env, '   '), 'https://gateway.example/v1');
    assert.equal(resolveBaseUrl('replicate', env), 'https://r.example/v1');
    assert.equal(resolveBaseUrl('anthropic', env), undefined);
    assert.equal(resolveBaseUrl('anthropic', { ANTHROPIC_BASE_URL: 'https://a.example' }), 'https://a.example');
    assert.equal(resolveBaseUrl('azure-openai', { AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com/' }), 'https://res.openai.azure.com/');
    assert.equal(resolveBaseUrl('huggingface', { HF_ENDPOINT: 'https://hf-mirror.example' }), 'https://hf-mirror.example');
    assert.equal(resolveBaseUrl('groq', { GROQ_BASE_URL: 'https://groq.example' }), 'https://groq.example');
    assert.equal(resolveBaseUrl('openai', { OPENAI_BASE_URL: '' }), undefined);
    assert.equal(resolveBaseUrl('mistral', { OPENAI_BASE_URL: 'https://x' }), undefined);
  });
});

describe('maskSecrets', () => {
  it('removes the token and token-shaped strings', () => {
    const text = 'key sk-proj-abcdefghijkl and r8_abcdefgh1234 and hf_abcdefghijk and Bearer abc.def-ghi123 and ?key=AIzaXYZ&x=1 mine=my-own-secret-value';
    const masked = maskSecrets(text, ['my-own-secret-value']);
    for (const secret of ['sk-proj-abcdefghijkl', 'r8_abcdefgh1234', 'hf_abcdefghijk', 'abc.def-ghi123', 'AIzaXYZ', 'my-own-secret-value']) {
      assert.ok(!masked.includes(secret), `${secret} in ${masked}`);
    }
    assert.match(masked, /x=1/);
  });

  it('leaves ordinary words alone', () => {
    const text = 'task-runner uses whisk-ai and meta/meta-llama-3-8b-instruct';
    assert.equal(maskSecrets(text), text);
  });
});

describe('the check table', () => {
  it('covers every provider with a check and a token shape', () => {
    assert.deepEqual([...verifiableProviders()].sort(), [...PROVIDER_IDS].sort());
    for (const id of PROVIDER_IDS) {
      assert.ok(CHECKS[id], id);
      assert.ok(TOKEN_SHAPES[id], id);
      assert.ok(CHECKS[id].account || CHECKS[id].list, `${id} has a token step`);
    }
  });

  it('the verifier code has no provider branches', () => {
    const dir = path.resolve(__dirname, '../../../../src/core/verify');
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'checks.ts' && name !== 'shapes.ts')) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.doesNotMatch(source, /provider\s*[!=]==?\s*['"]/, file);
      assert.doesNotMatch(source, /case\s+'(openai|replicate|anthropic|google|mistral|cohere|groq|huggingface|azure-openai)'/, file);
      assert.doesNotMatch(source, /from\s+'vscode'|require\('vscode'\)/, file);
    }
  });

  it('loading the verifier does not load the SDKs; verifying does', () => {
    const entry = path.resolve(__dirname, '../../../src/core/verify/index.js');
    const script = `
      const before = () => Object.keys(require.cache).filter((k) => /node_modules[\\\\/](openai|replicate)[\\\\/]/.test(k)).length;
      const verify = require(${JSON.stringify(entry)});
      const atLoad = before();
      verify.verifyToken({ provider: 'openai', token: 'sk-x', baseUrl: 'http://127.0.0.1:9/v1', timeoutMs: 2000 })
        .then(() => console.log(JSON.stringify({ atLoad, after: before() })));`;
    const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: path.resolve(__dirname, '../../../..') });
    assert.equal(out.status, 0, out.stderr);
    const counts = JSON.parse(out.stdout.trim()) as { atLoad: number; after: number };
    assert.equal(counts.atLoad, 0);
    assert.ok(counts.after > 0);
  });
});
