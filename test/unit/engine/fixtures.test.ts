import * as assert from 'node:assert/strict';
import { scanText, toScanRecord } from '../../../src/core/engine';
import { CAUSE_IDS, PROVIDER_IDS, type CauseId } from '../../../src/core/types';
import { expectations, fixture, summary } from './helpers';

// Causes defined (docs/CAUSES.md, causes.ts) whose recognition and real-output fixtures are still
// to come; every other cause must have a fixture.
const AWAITING_FIXTURES: readonly CauseId[] = ['org-verification-required', 'account-disabled', 'api-not-enabled', 'key-restricted', 'auth-method-disabled'];

describe('engine: trace fixtures', () => {
  const all = expectations();

  it('has at least 40 fixtures covering every provider and cause, plus negatives', () => {
    const names = Object.keys(all);
    assert.ok(names.length >= 40, `${names.length} fixtures`);
    const providers = new Set(
      Object.values(all)
        .flat()
        .map((e) => e.provider),
    );
    const causes = new Set(
      Object.values(all)
        .flat()
        .map((e) => e.cause),
    );
    for (const p of PROVIDER_IDS) assert.ok(providers.has(p), `no fixture for provider ${p}`);
    for (const c of CAUSE_IDS) {
      if (AWAITING_FIXTURES.includes(c)) continue;
      assert.ok(causes.has(c), `no fixture for cause ${c}`);
    }
    // Once a cause has a fixture it must leave the list.
    for (const c of AWAITING_FIXTURES) assert.ok(!causes.has(c), `${c} has a fixture now: remove it from AWAITING_FIXTURES`);
    assert.ok(names.filter((n) => all[n].length === 0).length >= 6, 'negatives');
    assert.ok(names.some((n) => n.startsWith('node-')) && names.some((n) => n.includes('pytest')) && names.some((n) => n.includes('color313')));
  });

  for (const [name, expected] of Object.entries(all)) {
    it(`${name}: ${expected.length ? expected.map((e) => `${e.provider}/${e.cause}`).join(', ') : 'no incident'}`, () => {
      const got = scanText(fixture(name), name);
      assert.deepEqual(got.map(summary), expected);
      for (const i of got) {
        const r = toScanRecord(i);
        assert.deepEqual(Object.keys(r), ['provider', 'cause', 'status', 'errorClass', 'model', 'message', 'frames', 'userFrame']);
        assert.ok(r.frames.length > 0, 'frames');
        assert.ok(r.message.length > 0, 'message');
        assert.ok(!/sk-test-XXXX|r8_test_XXXX/.test(i.trace + i.message), 'tokens redacted');
      }
    });
  }

  it("reads a trace behind CI timestamps without the runner's own lines", () => {
    const [i] = scanText(fixture('ci-github-actions-timestamps.txt'));
    assert.match(i.message, /^Error code: 403 - \{'error'.*\}\}$/);
    assert.doesNotMatch(i.trace, /##\[|\d{4}-\d\d-\d\dT/);
  });

  it('reads errorClass and message as printed', () => {
    const [py] = scanText(fixture('py-openai-403-model-plain.txt'));
    assert.equal(py.errorClass, 'openai.PermissionDeniedError');
    assert.match(py.message, /^Error code: 403 - \{'error': \{'message': 'You do not have access to model: gpt-4o'/);
    assert.equal(py.language, 'python');
    const [node] = scanText(fixture('node-openai-region-stack.txt'));
    assert.equal(node.errorClass, 'Error');
    assert.equal(node.message, '403 Country, region, or territory not supported');
    assert.equal(node.language, 'node');
    const [cjs] = scanText(fixture('node-openai-403-model-cjs.txt'));
    assert.equal(cjs.errorClass, 'PermissionDeniedError');
    assert.equal(cjs.frames[cjs.frames.length - 1].function, 'APIError.generate', 'innermost last');
  });

  it('keeps multi-line messages (Replicate details, Hugging Face gated notice)', () => {
    const [r] = scanText(fixture('py-replicate-422-version-plain.txt'));
    assert.match(r.message, /title: Invalid version or not permitted\nstatus: 422\ndetail: The specified version/);
    const [h] = scanText(fixture('py-hf-gated-plain.txt'));
    assert.match(h.message, /Access to model meta-llama\/Llama-3\.1-8B is restricted/);
  });

  it('finds several incidents in one log, in order', () => {
    const log = ['py-openai-403-model-plain.txt', 'neg-git-push-403.txt', 'node-replicate-422-version-cjs.txt', 'py-hf-gated-plain.txt']
      .map(fixture)
      .join('\n');
    const got = scanText(log).map((i) => `${i.provider}/${i.cause}`);
    assert.deepEqual(got, ['openai/model-access', 'replicate/version-not-permitted', 'huggingface/gated-repo']);
  });

  it('honours the enabled providers', () => {
    assert.equal(scanText(fixture('py-openai-403-model-plain.txt'), 's', { providers: ['replicate'] }).length, 0);
    assert.equal(scanText(fixture('py-openai-403-model-plain.txt'), 's', { providers: ['openai'] }).length, 1);
  });
});
