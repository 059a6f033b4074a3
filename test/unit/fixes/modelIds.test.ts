// "Use another model" writes only model ids: an id from a provider's list, a fallback table or
// `fix --to` that carries code (a template `${…}`, a quote, a newline) is never written.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixCommand } from '../../../src/core/cli/fixCommand';
import { buildFix, proposeFixes } from '../../../src/core/fixes';
import { isModelId } from '../../../src/core/modelId';
import { memoryIo } from '../../support/cliIo';

const TEMPLATE_ATTACK = 'gpt-4o-mini${require("child_process").execSync("touch PWNED")}';
const NEWLINE_ATTACK = 'gpt-4o-mini"\nimport os; os.system("touch PWNED")\nx = "';
const BACKTICK_ATTACK = 'gpt-4o-mini`; require("child_process").execSync("touch PWNED"); `';

const JS = [
  'const OpenAI = require("openai");',
  'const client = new OpenAI();',
  'async function main() {',
  '  const r = await client.chat.completions.create({ model: `gpt-4o`, messages: [] });',
  '}',
  '',
].join('\n');
const PY = ['from openai import OpenAI', 'client = OpenAI()', 'r = client.chat.completions.create(model="gpt-4o", messages=[])', ''].join('\n');

describe('model ids: only a model id is written into code', () => {
  it('the model-id shape', () => {
    for (const ok of ['gpt-4o-mini', 'meta/meta-llama-3-8b-instruct:abc123', 'models/gemini-2.0-flash', 'anthropic.claude-v2@2024'])
      assert.ok(isModelId(ok), ok);
    for (const bad of [TEMPLATE_ATTACK, NEWLINE_ATTACK, BACKTICK_ATTACK, '', '-rf', 'a b', 'x'.repeat(129), "o'neil", 'a\\b']) assert.ok(!isModelId(bad), bad);
  });

  it('a template-literal id is refused in a JS template literal (control: a plain id is written)', () => {
    const control = buildFix({ kind: 'swap-model', text: JS, line: 4, language: 'javascript', provider: 'openai', toModel: 'gpt-4o-mini' });
    assert.ok(control && control.edits[0]!.text === 'gpt-4o-mini', 'positive control');
    for (const to of [TEMPLATE_ATTACK, BACKTICK_ATTACK]) {
      assert.equal(buildFix({ kind: 'swap-model', text: JS, line: 4, language: 'javascript', provider: 'openai', toModel: to }), null, to);
    }
  });

  it('an id with a newline or quote is refused in Python (control: a plain id is written)', () => {
    const control = buildFix({ kind: 'swap-model', text: PY, line: 3, language: 'python', provider: 'openai', toModel: 'gpt-4o-mini' });
    assert.ok(control, 'positive control');
    assert.equal(buildFix({ kind: 'swap-model', text: PY, line: 3, language: 'python', provider: 'openai', toModel: NEWLINE_ATTACK }), null);
  });

  it("ids from the provider's list that are not model ids are dropped from the offered fixes", () => {
    const fixes = proposeFixes(JS, 4, 'javascript', {
      provider: 'openai',
      cause: 'model-access',
      model: 'gpt-4o',
      reachableModels: [TEMPLATE_ATTACK, BACKTICK_ATTACK, 'gpt-4o-mini'],
    });
    const written = fixes.flatMap((f) => f.edits.map((e) => e.text)).join('\n');
    assert.ok(written.includes('gpt-4o-mini'), 'positive control: the real id is offered');
    assert.ok(!written.includes('child_process'), written);
  });

  it('`fix --kind swap-model --to` refuses a template or a newline and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aad-modelid-'));
    try {
      const file = join(dir, 'app.js');
      writeFileSync(file, JS);
      const run = async (to: string) => {
        const t = memoryIo();
        const code = await fixCommand([file, '--line', '4', '--kind', 'swap-model', '--provider', 'openai', '--to', to], t.io);
        return { code, out: t.out(), err: t.err() };
      };
      const ok = await run('gpt-4o-mini');
      assert.equal(ok.code, 0, ok.err);
      assert.match(ok.out, /model: `gpt-4o-mini`/);
      for (const to of [TEMPLATE_ATTACK, NEWLINE_ATTACK]) {
        const r = await run(to);
        assert.equal(r.code, 2);
        assert.equal(r.out, '');
        assert.match(r.err, /must be a model id/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
