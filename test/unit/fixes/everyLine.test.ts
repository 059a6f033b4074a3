// Property check: every fix kind requested on every line of every fixture either does not apply
// or yields code that still parses; nothing throws.
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { applyEdits, buildFix, languageFromId, FIX_KINDS } from '../../../src/core/fixes';
import { SOURCES, readSource } from '../../support/fixtureSources';
import { cleanupParseDir, pythonErrorsBatch, scriptErrors } from '../../support/parseCheck';

describe('fixes on every line of every fixture', () => {
  after(cleanupParseDir);

  it('either do not apply or still parse', function () {
    this.timeout(120000);
    const py: Array<{ where: string; text: string }> = [];
    let applied = 0;
    for (const file of readdirSync(SOURCES).sort()) {
      const text = readSource(file);
      const language = languageFromId(file)!;
      const lines = text.split('\n').length;
      for (let line = 1; line <= lines; line++) {
        for (const kind of FIX_KINDS) {
          for (const useDotenv of kind === 'env-token' ? [false, true] : [false]) {
            const fix = buildFix({ kind, text, line, language, useDotenv });
            if (!fix) continue;
            applied++;
            const out = applyEdits(text, fix.edits);
            const where = `${file}:${line} ${kind}${useDotenv ? ' (.env)' : ''}`;
            if (language === 'python') py.push({ where, text: out });
            else assert.equal(scriptErrors(out, file), '', `${where}\n${out}`);
          }
        }
      }
    }
    const errors = pythonErrorsBatch(py.map((p) => p.text));
    errors.forEach((e, i) => assert.equal(e, '', `${py[i]!.where}\n${py[i]!.text}`));
    assert.ok(applied > 300, `only ${applied} fixes applied`);
  });
});
