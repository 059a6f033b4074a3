import * as assert from 'node:assert/strict';
import { anyOf } from '../../../src/core/anyOf';
import { CARRIERS } from '../../../src/core/carriers';
import { RULES } from '../../../src/core/providers';
import { realFixtures } from '../../support/realFixtures';

describe('anyOf: one test for many patterns', () => {
  for (const byLiterals of [false, true]) {
    it(`matches exactly when one of the packs' patterns or the carriers' signs does, on every real fixture's lines${byLiterals ? ' (tried by their literals first)' : ''}`, () => {
      const patterns = [...RULES.flatMap((r) => r.evidence.map((e) => e.re)), ...CARRIERS.flatMap((c) => c.signs)];
      const any = anyOf(patterns, byLiterals);
      let matched = 0;
      let lines = 0;
      for (const f of realFixtures()) {
        for (const line of [f.text, ...f.text.split('\n')]) {
          const one = patterns.some((re) => re.test(line));
          assert.equal(any(line), one, line);
          if (one) matched++;
          lines++;
        }
      }
      // Both answers occur (control): some lines hold a pack's words, most do not.
      assert.ok(matched > 500 && lines - matched > 5000, `${matched} of ${lines}`);
    });
  }

  it('tries a pattern by its literals only when it names some, and any pattern that names none always', () => {
    const any = anyOf([/\bgated repo\b/, /o[134]-mini/, /ACCESS denied/i], true);
    assert.equal(any('Cannot access gated repo for url'), true);
    assert.equal(any('model o3-mini'), true);
    assert.equal(any('access DENIED'), true);
    assert.equal(any('a gated repository'), false);
    assert.equal(any('model o2-mini, access refused'), false);
  });

  it('keeps flags and back-references apart', () => {
    const any = anyOf([/(['"])User-Agent\1/, /^only at the start/m, /CASE/i]);
    assert.equal(any(`"User-Agent"`), true);
    assert.equal(any(`"User-Agent'`), false);
    assert.equal(any('x\nonly at the start'), true);
    assert.equal(any('case'), true);
    assert.equal(anyOf([/CASE/])('case'), false);
  });
});
