import * as assert from 'node:assert/strict';
import { CARRIERS } from '../../../src/core/carriers';
import { RULES } from '../../../src/core/providers';
import { requiredLiterals } from '../../../src/core/requiredLiterals';
import { NOT_ACCESS, SIGNALS } from '../../../src/core/signals';
import { realFixtures } from '../../support/realFixtures';

describe('requiredLiterals: what a pattern cannot match without', () => {
  it('takes the longest sure run of each top-level alternative', () => {
    assert.deepEqual(requiredLiterals(/api\.openai\.com|OPENAI_API_KEY/), ['api.openai.com', 'OPENAI_API_KEY']);
    assert.deepEqual(requiredLiterals(/\b[A-Z]\w*Error\(message=.{0,400}?, http_status=/), ['Error(message=']);
    assert.deepEqual(requiredLiterals(/^\s+at Azure\.AI\.OpenAI\.\w/m), ['at Azure.AI.OpenAI.']);
    assert.deepEqual(requiredLiterals(/Tectalic\\/), ['Tectalic\\']);
  });

  it('leaves out what a quantifier makes optional or repeats, and ends runs at classes and assertions', () => {
    // `s?`: the run before it ends without the `s`; `+`: one `x` is there, what follows may not be.
    assert.deepEqual(requiredLiterals(/models?\/gemini/), ['/gemini']);
    assert.deepEqual(requiredLiterals(/abcdx+yz/), ['abcdx']);
    assert.deepEqual(requiredLiterals(/(?:beta|platform)?\.openai\.com/), ['.openai.com']);
    assert.deepEqual(requiredLiterals(/quota\b exceeded/), [' exceeded']);
    assert.deepEqual(requiredLiterals(/\bquota\b \d+/), ['quota']);
    assert.deepEqual(requiredLiterals(/key[_ ]missing/), ['missing']);
  });

  it("reads a required group's alternatives as a set, and skips look-arounds", () => {
    assert.deepEqual(requiredLiterals(/\b(?:Item|Previous response) with id/), [' with id']);
    assert.deepEqual(requiredLiterals(/x(?:account_deactivated|no_organization)y/), ['account_deactivated', 'no_organization']);
    assert.deepEqual(requiredLiterals(/(?<![\w-])Mistral(?![-/.]\w)/), ['Mistral']);
    assert.deepEqual(requiredLiterals(/(?<name>gated)+ repo/), [' repo']);
  });

  it('folds case for a pattern that ignores it, and gives up where folding is not plain ASCII', () => {
    assert.deepEqual(requiredLiterals(/Invalid API Token/i), ['invalid api token']);
    assert.equal(requiredLiterals(/Invalid API Token/iu), null);
    // Classes nest under `v`: not followed (the class's `--` is no literal); without it the run is read.
    assert.equal(requiredLiterals(new RegExp('[[a-z]--[aeiou]]+ token here', 'v')), null);
    assert.deepEqual(requiredLiterals(/[a-z]+ token here/), [' token here']);
    assert.deepEqual(requiredLiterals(/caf\u00e9 menu/i), [' menu']);
  });

  it('gives none when some alternative has no run of four sure characters', () => {
    assert.equal(requiredLiterals(/gpt-4o|o[134]-v/), null);
    assert.deepEqual(requiredLiterals(/gpt-4o|o[134]-mini/), ['gpt-4o', '-mini']);
    assert.equal(requiredLiterals(/\d{3} \w+/), null);
    assert.equal(requiredLiterals(/abc/), null);
    assert.deepEqual(requiredLiterals(/abcd/), ['abcd']);
  });

  it("names literals for every pack's word pattern (one without is tried on every error block; CONTRIBUTING says so)", () => {
    const words = RULES.flatMap((r) => r.evidence.filter((e) => e.in === 'text' && !e.modelIds).map((e) => e.re));
    const without = words.filter((re) => requiredLiterals(re) === null).map((re) => re.source);
    assert.deepEqual(without, []);
    assert.ok(words.length > 50, `${words.length} word patterns`);
  });

  it('every match of every pack, carrier and signal pattern in the real fixtures holds one of its literals', function () {
    // Seconds of work over every anchor or fixture; a busy machine can take over the default 20 s.
    this.timeout(120_000);
    const patterns = [
      ...RULES.flatMap((r) => r.evidence.map((e) => e.re)),
      ...CARRIERS.flatMap((c) => c.signs),
      ...Object.values(SIGNALS).flatMap((signals) => signals.map((s) => s.re)),
      NOT_ACCESS,
    ].map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')));
    const texts = realFixtures().flatMap((f) => [f.text, ...f.text.split('\n')]);
    let matches = 0;
    let gated = 0;
    for (const re of patterns) {
      const literals = requiredLiterals(re);
      if (literals === null) continue;
      gated++;
      for (const text of texts) {
        const m = re.exec(text);
        if (!m) continue;
        matches++;
        const seen = re.ignoreCase ? m[0].toLowerCase() : m[0];
        assert.ok(
          literals.some((l) => seen.includes(l)),
          `${re.source.slice(0, 80)}: ${JSON.stringify(m[0]).slice(0, 80)} holds none of ${JSON.stringify(literals).slice(0, 120)}`,
        );
      }
    }
    // Control: nearly every pattern names literals, and they matched real output often.
    assert.ok(gated > patterns.length * 0.9 && matches > 10000, `${gated} of ${patterns.length} patterns, ${matches} matches`);
  });
});
