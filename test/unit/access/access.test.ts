// Key lines in .env and launch.json, masked keys, verification words, the agent tools' answers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dotenvKeyLines, launchEnvKeyLines, providerForEnvVar } from '../../../src/core/access/envFiles';
import { loopbackOrigin, ownHostBaseUrl } from '../../../src/core/access/ownHost';
import { lensSummary, maskKey, unreachableOf, verifiedWhen } from '../../../src/core/access/keyStatus';
import { incidentsAnswer, modelAccessAnswer } from '../../../src/core/access/toolAnswers';
import { PROVIDERS } from '../../../src/core/providers';
import { PROVIDER_IDS } from '../../../src/core/types';

describe('key lines', () => {
  it('maps every pack env var to its provider', () => {
    for (const id of PROVIDER_IDS) assert.equal(providerForEnvVar(PROVIDERS[id].tokenEnvVars[0]!), id);
    assert.equal(providerForEnvVar('PATH'), undefined);
  });

  it('finds recognised keys in a .env file, quoted, exported or bare, with the lens on the name', () => {
    const text = [
      '# keys',
      'OPENAI_API_KEY=sk-test-valid',
      'export REPLICATE_API_TOKEN="r8_test_valid" # comment',
      "ANTHROPIC_API_KEY='sk-ant-test-valid'",
      'DATABASE_URL=postgres://x',
      'OPENAI_API_KEY=',
      'OPENAI_API_KEY=${OTHER_KEY}',
      'OPENAI_API_KEY=<your key here>',
    ].join('\n');
    const found = dotenvKeyLines(text);
    assert.deepEqual(
      found.map((k) => [k.provider, k.line, k.value]),
      [
        ['openai', 1, 'sk-test-valid'],
        ['replicate', 2, 'r8_test_valid'],
        ['anthropic', 3, 'sk-ant-test-valid'],
      ],
    );
    assert.deepEqual([found[1]!.nameStart, found[1]!.nameEnd], [7, 7 + 'REPLICATE_API_TOKEN'.length]);
  });

  it('finds literal keys in a launch configuration and skips ${env:…} references', () => {
    const text = '{\n  "env": {\n    "OPENAI_API_KEY": "sk-test-valid",\n    "HF_TOKEN": "${env:HF_TOKEN}",\n    "PORT": "80"\n  }\n}';
    const found = launchEnvKeyLines(text);
    assert.deepEqual(
      found.map((k) => [k.provider, k.line, k.value, k.nameStart]),
      [['openai', 2, 'sk-test-valid', 5]],
    );
  });
});

describe('key status words', () => {
  it('masks a key to its prefix and last four characters, and a prefixless key to its last four', () => {
    assert.equal(maskKey('sk-test-abcdefghf3Qa'), 'sk-…f3Qa');
    assert.equal(maskKey('abcdefghijklmnopWXYZ'), '…WXYZ');
    assert.equal(maskKey('short'), '…');
    assert.doesNotMatch(maskKey('sk-test-abcdefghf3Qa'), /abcdefgh/);
  });

  it("says when, in the user's words", () => {
    const now = new Date(2026, 11, 1, 15, 0).getTime();
    assert.equal(verifiedWhen(new Date(2026, 11, 1, 10, 42).getTime(), now), 'today 10:42');
    assert.equal(verifiedWhen(new Date(2026, 10, 30, 9, 5).getTime(), now), 'yesterday 09:05');
    assert.equal(verifiedWhen(new Date(2026, 10, 28, 9, 5).getTime(), now), 'on 28 Nov 09:05');
    assert.equal(verifiedWhen(new Date(2025, 10, 28, 9, 5).getTime(), now), 'on 28 Nov 2025 09:05');
  });

  it('lists the workspace models a key cannot reach, Replicate refs without their version', () => {
    assert.deepEqual(unreachableOf(['gpt-4o', 'gpt-4o-mini', 'gpt-4o'], ['gpt-4o-mini']), ['gpt-4o']);
    assert.deepEqual(unreachableOf(['meta/llama:abc123'], ['meta/llama']), []);
  });

  it('sums a check up for the lens', () => {
    assert.equal(lensSummary({ outcome: 'valid', models: ['a', 'b', 'c'] }, ['gpt-4o', 'a']), '$(pass) Valid · reaches 3 models · cannot reach gpt-4o');
    assert.equal(lensSummary({ outcome: 'valid', models: ['a'] }, ['a']), "$(pass) Valid · reaches 1 model · reaches every model this workspace's calls use");
    assert.equal(lensSummary({ outcome: 'invalid-token', models: [] }, ['a']), '$(error) Invalid key');
  });
});

describe('agent tool answers', () => {
  const now = new Date(2026, 11, 1, 15, 0).getTime();
  const at = new Date(2026, 11, 1, 10, 42).getTime();

  it('lists incidents redacted, one line each with the first fix', () => {
    const text = incidentsAnswer([
      {
        provider: 'openai',
        cause: 'model-access',
        causeTitle: 'No access to the model',
        model: 'gpt-4o',
        file: 'ask_model.py',
        line: 7,
        firstFix: 'Use gpt-4o-mini instead of gpt-4o',
      },
      { provider: 'replicate', cause: 'invalid-token', causeTitle: 'Invalid token sk-abcdefghijklmnop1234', model: null },
    ]);
    assert.match(text, /^2 AI access incidents/);
    assert.match(
      text,
      /1\. OpenAI; cause model-access \(No access to the model\); model gpt-4o; at ask_model\.py:7; first fix: Use gpt-4o-mini instead of gpt-4o/,
    );
    assert.match(text, /2\. Replicate; .*model unknown; no source line; no quick fix/);
    assert.doesNotMatch(text, /abcdefghijklmnop/);
    assert.equal(incidentsAnswer([]), 'No AI access incidents in this window.');
  });

  it('answers from the last verification: usable, not usable with the closest, the full list', () => {
    const record = { outcome: 'no-access', models: ['gpt-4o-mini', 'gpt-4.1-mini'], model: 'gpt-4o', at };
    const no = modelAccessAnswer({ provider: 'openai', model: 'gpt-4o', hasStoredKey: true, record, now });
    assert.match(no, /verified today 10:42 and works/);
    assert.match(no, /It cannot use gpt-4o: .* Closest it can use: gpt-4o-mini/);
    assert.match(no, /Models it can use \(2\): gpt-4o-mini, gpt-4\.1-mini\./);
    assert.match(modelAccessAnswer({ provider: 'openai', model: 'gpt-4o-mini', hasStoredKey: true, record, now }), /It can use gpt-4o-mini\./);
  });

  it('says what is unknown instead of guessing', () => {
    assert.match(modelAccessAnswer({ provider: 'openai', model: 'gpt-4o', hasStoredKey: false, now }), /No OpenAI key is stored/);
    assert.match(modelAccessAnswer({ provider: 'openai', model: 'gpt-4o', hasStoredKey: true, now }), /not been verified yet.*"verify": true/);
    const bad = modelAccessAnswer({ provider: 'openai', hasStoredKey: true, record: { outcome: 'invalid-token', models: [], model: null, at }, now });
    assert.match(bad, /invalid key\. It cannot be used/);
  });
});

describe('own host for workspace-held keys', () => {
  it('is the provider default, whatever base URL the environment names', () => {
    assert.equal(ownHostBaseUrl('openai', { OPENAI_BASE_URL: 'http://attacker.example/v1' }), 'https://api.openai.com/v1');
    assert.equal(ownHostBaseUrl('azure-openai', {}), undefined);
  });

  it('moves to a loopback origin for host tests, and to nothing else', () => {
    assert.equal(ownHostBaseUrl('openai', { AAD_TEST_PROVIDER_ORIGIN: 'http://127.0.0.1:4567' }), 'http://127.0.0.1:4567/v1');
    for (const bad of ['http://attacker.example', 'https://127.0.0.1.evil.example', 'http://127.0.0.1:1/x', 'http://u:p@127.0.0.1:1', 'file:///etc']) {
      assert.equal(loopbackOrigin(bad), undefined, bad);
      assert.equal(ownHostBaseUrl('openai', { AAD_TEST_PROVIDER_ORIGIN: bad }), 'https://api.openai.com/v1', bad);
    }
  });
});

describe('package.json contributions for issue 16', () => {
  // Read from the repository root (out/test/unit/access -> ../../../..).
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));

  it('declares one setting per model check, on by default', () => {
    for (const key of ['unreachableModels', 'retiredModels', 'misspelledModels']) {
      assert.equal(pkg.contributes.configuration.properties[`aiAccessDoctor.check.${key}`]?.default, true, key);
    }
  });

  it('declares both agent tools with a model description, an input schema and the provider ids', () => {
    const tools = pkg.contributes.languageModelTools as Array<{
      name: string;
      modelDescription: string;
      inputSchema: { properties: { provider: { enum: string[] } } };
    }>;
    assert.deepEqual(
      tools.map((t) => t.name),
      ['aiAccessDoctor_incidents', 'aiAccessDoctor_modelAccess'],
    );
    for (const tool of tools) {
      assert.ok(tool.modelDescription.length > 200, tool.name);
      assert.deepEqual(tool.inputSchema.properties.provider.enum, [...PROVIDER_IDS]);
    }
  });

  it('puts the AI Access view in its own container with inline verify, set and forget', () => {
    assert.equal(pkg.contributes.views.aiAccessDoctor[0].id, 'aiAccessDoctor.access');
    const inline = (pkg.contributes.menus['view/item/context'] as Array<{ command: string; group: string }>).filter((m) => m.group.startsWith('inline'));
    assert.deepEqual(
      inline.map((m) => m.command),
      ['aiAccessDoctor.access.verify', 'aiAccessDoctor.access.setToken', 'aiAccessDoctor.access.forgetToken'],
    );
  });
});
