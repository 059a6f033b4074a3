import * as assert from 'node:assert/strict';
import { anyOf } from '../../../src/core/anyOf';
import { CARRIERS } from '../../../src/core/carriers';
import { RULES } from '../../../src/core/providers';
import { realFixtures } from '../../support/realFixtures';

describe('anyOf: one test for many patterns', () => {
  it("matches exactly when one of the packs' text patterns or the carriers' signs does, on every real fixture's lines", () => {
    const patterns = [...RULES.flatMap((r) => r.evidence.filter((e) => e.in === 'text').map((e) => e.re)), ...CARRIERS.flatMap((c) => c.signs)];
    const any = anyOf(patterns);
    let matched = 0;
    let lines = 0;
    for (const f of realFixtures()) {
      for (const line of f.text.split('\n')) {
        const one = patterns.some((re) => re.test(line));
        assert.equal(any(line), one, line);
        if (one) matched++;
        lines++;
      }
    }
    // Both answers occur (control): some lines hold a pack's words, most do not.
    assert.ok(matched > 500 && lines - matched > 5000, `${matched} of ${lines}`);
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
