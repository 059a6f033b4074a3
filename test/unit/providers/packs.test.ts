// The packs are the one home of provider facts: every view, the settings schema and the docs
// follow them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CAUSES } from '../../../src/core/causes';
import { CHECKS } from '../../../src/core/verify/checks';
import { isProviderHost, PROVIDERS, RULES, SDK_SYNTAX } from '../../../src/core/providers';
import { SIGNALS } from '../../../src/core/signals';
import { CAUSE_IDS, PROVIDER_IDS } from '../../../src/core/types';

const root = path.resolve(__dirname, '../../../..');

describe('provider packs', () => {
  it('the providers setting in package.json lists exactly the provider ids', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties['aiAccessDoctor.providers'].properties;
    assert.deepEqual(Object.keys(props), [...PROVIDER_IDS]);
  });

  it('docs/CAUSES.md lists exactly the cause ids, in order', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/CAUSES.md'), 'utf8');
    const listed = [...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(listed, [...CAUSE_IDS]);
  });

  it('each pack is filed under its own id, and every cause it lists is defined', () => {
    for (const id of PROVIDER_IDS) {
      assert.equal(PROVIDERS[id].id, id);
      for (const c of PROVIDERS[id].recognition.causes) assert.ok(CAUSES[c], `${id}: ${c}`);
    }
  });

  it('views are built from the packs', () => {
    assert.deepEqual(RULES.map((r) => r.provider).sort(), [...PROVIDER_IDS].sort());
    assert.equal(RULES[0]!.provider, 'azure-openai', 'Azure is scored before OpenAI (shared SDK)');
    for (const id of PROVIDER_IDS) {
      assert.equal(SDK_SYNTAX[id], PROVIDERS[id].syntax);
      assert.equal(CHECKS[id], PROVIDERS[id].check);
    }
  });

  it('Azure OpenAI shares the OpenAI SDK facts instead of copying them', () => {
    assert.equal(PROVIDERS['azure-openai'].python, PROVIDERS.openai.python);
    assert.equal(PROVIDERS['azure-openai'].node, PROVIDERS.openai.node);
    assert.deepEqual(PROVIDERS['azure-openai'].syntax.python.modules, PROVIDERS.openai.syntax.python.modules);
  });

  it('a provider-only signal sits right after its anchor cause and only in its provider', () => {
    const anthropic = SIGNALS.anthropic.map((s) => s.cause);
    const region = anthropic.indexOf('unsupported-region');
    assert.ok(region >= 0);
    assert.equal(anthropic[region + 1], 'unsupported-region', "Anthropic's own region signal follows the shared one");
    assert.equal(SIGNALS.openai.filter((s) => s.cause === 'unsupported-region').length, 1);
    const replicate = SIGNALS.replicate.map((s) => s.cause);
    assert.equal(replicate[replicate.lastIndexOf('model-access') + 1], 'destination-not-found');
    const replicateOwn = PROVIDERS.replicate.recognition.signals?.[0]?.re;
    assert.ok(replicateOwn && SIGNALS.replicate.some((s) => s.re === replicateOwn));
    assert.ok(!SIGNALS.openai.some((s) => s.re === replicateOwn), "Replicate's own 404 wording stays Replicate's");
  });

  it("knows each provider's own API hosts, and nothing that merely ends like them", () => {
    assert.ok(isProviderHost('openai', 'api.openai.com'));
    assert.ok(isProviderHost('openai', 'API.OpenAI.com.'));
    assert.ok(!isProviderHost('openai', 'api.openai.com.evil.example'));
    assert.ok(!isProviderHost('openai', 'evilapi.openai.com'));
    assert.ok(isProviderHost('azure-openai', 'my-resource.openai.azure.com'));
    assert.ok(!isProviderHost('azure-openai', 'openai.azure.com'), 'a wildcard needs a subdomain');
    assert.ok(!isProviderHost('azure-openai', 'my-resource.openai.azure.com.evil.example'));
    assert.ok(!isProviderHost('azure-openai', 'xopenai.azure.com'));
    assert.ok(isProviderHost('huggingface', 'router.huggingface.co'));
    assert.ok(!isProviderHost('huggingface', 'huggingface.co.evil.example'));
    // Azure has no default base URL (each user has a resource); every other default is its own host.
    assert.deepStrictEqual(
      PROVIDER_IDS.filter((id) => !PROVIDERS[id].check.defaultBaseUrl),
      ['azure-openai'],
    );
    for (const id of PROVIDER_IDS.filter((id) => id !== 'azure-openai')) {
      const base = PROVIDERS[id].check.defaultBaseUrl!;
      assert.ok(isProviderHost(id, new URL(base).hostname), `${id}: default base URL on its own host`);
    }
  });
});
