import * as assert from 'node:assert/strict';
import { checkModelSites, checkSource, likelyTypo, liveSuccessor, MODEL_LIFECYCLE, modelIdSites, retirementOf } from '../../../src/core/check';
import { PROVIDER_IDS } from '../../../src/core/types';

const TODAY = '2026-12-01';

describe('check: model ids in SDK calls', () => {
  it('finds keyword, property, nearby variable, positional and owner/name ids with their columns', () => {
    const py = [
      'import openai',
      'from google import genai',
      'import replicate',
      'client = openai.OpenAI()',
      'MODEL = "gpt-4o"',
      'client.chat.completions.create(model="gpt4o", messages=[])',
      'client.chat.completions.create(model=MODEL, messages=[])',
      'client.models.retrieve("o1-mini")',
      'replicate.run("owner/name:abc123", input={})',
      'print("gpt-4o")  # not a call',
    ].join('\n');
    const sites = modelIdSites(py, 'python');
    assert.deepEqual(
      sites.map((s) => [s.provider, s.model, s.line, s.column]),
      [
        ['openai', 'gpt-4o', 5, 10],
        ['openai', 'gpt4o', 6, 39],
        ['openai', 'o1-mini', 8, 25],
        ['replicate', 'owner/name:abc123', 9, 16],
      ],
    );
    const ts = ["import OpenAI from 'openai';", 'const c = new OpenAI();', "await c.chat.completions.create({ model: 'gpt-4o-mini', messages });"].join('\n');
    assert.deepEqual(
      modelIdSites(ts, 'typescript').map((s) => [s.model, s.line, s.column, s.endColumn]),
      [['gpt-4o-mini', 3, 43, 54]],
    );
  });

  it('ignores files without a recognised SDK (positive control in the same run)', () => {
    const call = 'client.chat.completions.create(model="gpt-4.5-preview")';
    assert.deepEqual(modelIdSites(`client = object()\n${call}`, 'python'), []);
    assert.equal(modelIdSites(`import openai\nclient = openai.OpenAI()\n${call}`, 'python').length, 1);
  });

  it('reports retired ids with date, source and the live successor, and retiring ones ahead of time', () => {
    const text = [
      'import anthropic',
      'c = anthropic.Anthropic()',
      'c.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=5, messages=[])',
      'c.messages.create(model="claude-sonnet-4-5", max_tokens=5, messages=[])',
    ].join('\n');
    const f = checkSource(text, 'python', { today: TODAY });
    assert.equal(f.length, 1);
    assert.equal(f[0]!.code, 'retired-model');
    assert.equal(f[0]!.date, '2025-10-22');
    assert.equal(f[0]!.suggestion, 'claude-sonnet-4-5');
    assert.match(f[0]!.source!, /^https:\/\/docs\.anthropic\.com\//);
    assert.match(f[0]!.message, /Anthropic retired claude-3-5-sonnet-20241022 on 2025-10-22/);
    const site = { provider: 'openai' as const, model: 'o1-mini', line: 1, column: 1, endColumn: 8 };
    assert.equal(checkModelSites([site], { today: '2025-09-01' })[0]!.code, 'retiring-model');
    assert.deepEqual(checkModelSites([site], { today: '2025-01-01' }), []);
  });

  it('follows a successor that is itself retired', () => {
    const r = retirementOf('google', 'gemini-2.5-pro-preview-03-25')!;
    assert.equal(r.successor, 'gemini-3-pro-preview');
    assert.equal(liveSuccessor('google', r, TODAY), 'gemini-3.1-pro-preview');
    assert.equal(liveSuccessor('google', r, '2026-01-01'), 'gemini-3-pro-preview');
  });

  it('suggests the known id for likely typos, not for other versions or unknown families', () => {
    assert.equal(likelyTypo('openai', 'gpt4o'), 'gpt-4o');
    assert.equal(likelyTypo('openai', 'gpt-4o-mni'), 'gpt-4o-mini');
    assert.match(likelyTypo('anthropic', 'claude-3-5-sonet') ?? '', /^claude-3-5-sonnet/);
    assert.equal(likelyTypo('openai', 'gpt-4o'), undefined); // known
    assert.equal(likelyTypo('openai', 'gpt-4o-2024-08-06'), undefined); // a snapshot of a known id
    assert.equal(likelyTypo('openai', 'gpt-5.1'), undefined); // another version
    assert.equal(likelyTypo('openai', 'my-finetune'), undefined);
    assert.equal(likelyTypo('replicate', 'meta/llama'), undefined); // owner/name: not spell-checked
  });

  it('turns a typo of a retired id into the live successor', () => {
    const site = { provider: 'anthropic' as const, model: 'claude-3-5-sonet', line: 1, column: 1, endColumn: 17 };
    const [f] = checkModelSites([site], { today: TODAY });
    assert.equal(f!.code, 'model-typo');
    assert.equal(f!.suggestion, 'claude-sonnet-4-5');
    assert.match(f!.message, /Did you mean claude-3-5-sonnet-[\w-]+\? It was retired on 2025-10-22; use claude-sonnet-4-5\./);
  });

  it('with a known model list, reports ids the key cannot reach (and not on providers whose list is partial)', () => {
    const sites = [
      { provider: 'openai' as const, model: 'gpt-4o', line: 3, column: 5, endColumn: 11 },
      { provider: 'openai' as const, model: 'gpt-4o-mini', line: 4, column: 5, endColumn: 16 },
      { provider: 'azure-openai' as const, model: 'my-deployment', line: 5, column: 5, endColumn: 18 },
    ];
    const reachable = { openai: ['gpt-4o-mini', 'gpt-4.1-mini'], 'azure-openai': ['gpt-4o'] };
    const f = checkModelSites(sites, { today: TODAY, reachable });
    assert.deepEqual(
      f.map((x) => [x.code, x.model]),
      [['model-unreachable', 'gpt-4o']],
    );
    assert.equal(checkModelSites(sites, { today: TODAY }).length, 0);
  });

  it('keeps its tables as sourced data for every provider', () => {
    for (const id of PROVIDER_IDS) {
      for (const r of MODEL_LIFECYCLE[id].retirements) {
        assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/, `${id} ${r.ids[0]}`);
        assert.match(r.source, /^https:\/\//);
        assert.ok(r.successor && !r.ids.includes(r.successor));
      }
    }
    const counts = ['openai', 'anthropic', 'google'].map((p) => MODEL_LIFECYCLE[p as 'openai'].retirements.length);
    assert.ok(
      counts.every((n) => n >= 4),
      String(counts),
    );
  });

  it('stays linear: many calls in one file are checked in one pass, capped per file', () => {
    const lines = ['import openai', 'c = openai.OpenAI()'];
    for (let i = 0; i < 2000; i++) lines.push(`c.chat.completions.create(model="gpt4o")`);
    const sites = modelIdSites(lines.join('\n'), 'python');
    assert.equal(sites.length, 500);
  });
});
