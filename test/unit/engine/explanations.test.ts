import * as assert from 'node:assert/strict';
import { causeTitle } from '../../../src/core/causes';
import { causesFor, explanationFor } from '../../../src/core/explanations';
import { PROVIDERS, RULES } from '../../../src/core/providers';
import { CAUSE_IDS, PROVIDER_IDS } from '../../../src/core/types';

describe('engine: explanations', () => {
  it('has a catalogue entry per provider', () => {
    assert.deepEqual(RULES.map((r) => r.provider).sort(), [...PROVIDER_IDS].sort());
  });

  it('titles every cause in sentence case', () => {
    for (const c of CAUSE_IDS) {
      const t = causeTitle(c);
      assert.match(t, /^[A-Z]/, t);
      for (const w of t.split(' ').slice(1)) assert.ok(w === w.toLowerCase() || w === w.toUpperCase() || w === 'Azure', `${t}: ${w}`);
      assert.ok(!t.endsWith('.') && !t.includes('!'));
    }
  });

  for (const p of PROVIDER_IDS) {
    it(`${p}: a complete explanation for each cause it can produce`, () => {
      const causes = causesFor(p);
      assert.ok(causes.length >= 5);
      for (const c of causes) {
        const e = explanationFor(p, c);
        const where = `${p}/${c}`;
        for (const k of ['title', 'why', 'detection', 'workaround', 'prevention'] as const) {
          assert.ok(e[k].length > 15, `${where} ${k}`);
          assert.ok(!e[k].includes('!'), `${where} ${k} has an exclamation mark`);
          assert.ok(!/undefined|\{\w+\}/.test(e[k]), `${where} ${k}: ${e[k]}`);
        }
        assert.ok(e.causes.length >= 1 && e.causes.every((x) => x.cause && x.fix), where);
        for (const lang of ['python', 'javascript'] as const) {
          const code = e.code[lang];
          assert.ok(code && code.broken && code.fixed && code.broken !== code.fixed, `${where} ${lang}`);
          assert.ok(!/undefined/.test(code.fixed + code.broken), `${where} ${lang}`);
        }
      }
      if (causes.includes('missing-token')) {
        const e = explanationFor(p, 'missing-token');
        assert.ok(e.code.python!.fixed.includes(PROVIDERS[p].tokenEnvVars[0]));
        assert.ok(e.code.javascript!.fixed.includes(`process.env.${PROVIDERS[p].tokenEnvVars[0]}`));
      }
    });
  }

  it('fills in provider facts', () => {
    const e = explanationFor('openai', 'permission-denied');
    assert.ok(e.code.python!.fixed.includes('except openai.PermissionDeniedError as err:'));
    assert.ok(e.code.javascript!.fixed.includes('err instanceof OpenAI.PermissionDeniedError'));
    assert.ok(explanationFor('replicate', 'invalid-token').causes[0].fix.includes('https://replicate.com/account/api-tokens'));
  });
});
