// The public API the VS Code adapter uses: language ids, provider detection, call sites,
// candidates, proposals, edits, .gitignore.
import * as assert from 'node:assert/strict';
import {
  applyEdits,
  buildFix,
  detectProvider,
  ensureGitignoresDotenv,
  findSdkCallLines,
  languageFromId,
  locateFailingCall,
  modelCandidates,
  proposeFixes,
} from '../../../src/core/fixes';
import { fallbacksFor } from '../../../src/core/fixes/modelCandidates';
import { MODEL_FALLBACKS, PROVIDERS, SDK_SYNTAX } from '../../../src/core/providers';
import { PROVIDER_IDS } from '../../../src/core/types';
import { cleanupParseDir, syntaxErrors } from '../../support/parseCheck';
import { lineOf, readSource } from '../../support/fixtureSources';

describe('fixes API', () => {
  after(cleanupParseDir);

  it('languageFromId maps VS Code language ids and file paths', () => {
    assert.equal(languageFromId('python'), 'python');
    assert.equal(languageFromId('javascriptreact'), 'javascript');
    assert.equal(languageFromId('typescriptreact'), 'typescript');
    assert.equal(languageFromId('/a/b/app.py'), 'python');
    assert.equal(languageFromId('x.mjs'), 'javascript');
    assert.equal(languageFromId('x.cjs'), 'javascript');
    assert.equal(languageFromId('C:\\src\\x.tsx'), 'typescript');
    assert.equal(languageFromId('x.jsx'), 'javascript');
    assert.equal(languageFromId('README.md'), null);
    assert.equal(languageFromId('go'), null);
  });

  it('detectProvider reads imports and client construction', () => {
    assert.equal(detectProvider(readSource('py_openai_toplevel.py'), 'python'), 'openai');
    assert.equal(detectProvider(readSource('py_azure_openai.py'), 'python'), 'azure-openai');
    assert.equal(detectProvider(readSource('py_google_genai.py'), 'python'), 'google');
    assert.equal(detectProvider(readSource('js_replicate_cjs.js'), 'javascript'), 'replicate');
    assert.equal(detectProvider(readSource('ts_mistral_named.ts'), 'typescript'), 'mistral');
    assert.equal(detectProvider(readSource('ts_hf_inference.ts'), 'typescript'), 'huggingface');
    assert.equal(detectProvider('import requests\nrequests.get("https://api.github.com")\n', 'python'), null);
    assert.equal(detectProvider('// import OpenAI from "openai"\nconsole.log(1)\n', 'javascript'), null);
    assert.equal(detectProvider('x = "import openai"\n', 'python'), null);
  });

  it('findSdkCallLines finds API calls, not constructions or unrelated calls', () => {
    const text = readSource('py_openai_function.py');
    assert.deepEqual(findSdkCallLines(text, 'python'), [{ line: 7, provider: 'openai' }]);
    const js = readSource('js_tabs_class.js');
    assert.deepEqual(findSdkCallLines(js, 'javascript'), [{ line: 12, provider: 'openai' }]);
    const multi =
      'import openai\nimport replicate\nc = openai.OpenAI()\nout = replicate.run("a/b", input={})\nr = c.embeddings.create(model="text-embedding-3-small", input="x")\nprint(out)\n';
    assert.deepEqual(findSdkCallLines(multi, 'python'), [
      { line: 4, provider: 'replicate' },
      { line: 5, provider: 'openai' },
    ]);
    assert.deepEqual(findSdkCallLines('import httpx\nc = httpx.Client()\nc.get("x")\n', 'python'), []);
  });

  it('the fallback table covers every provider and never proposes the model itself', () => {
    for (const id of PROVIDER_IDS) {
      assert.ok(Object.keys(MODEL_FALLBACKS[id]).length > 0, id);
      for (const [model, list] of Object.entries(MODEL_FALLBACKS[id])) {
        assert.ok(list.length > 0 && !list.includes(model), `${id} ${model}`);
      }
      assert.ok(SDK_SYNTAX[id], id);
    }
    assert.deepEqual(fallbacksFor('openai', 'gpt-4o').slice(0, 1), ['gpt-4o-mini']);
    assert.deepEqual(fallbacksFor('openai', 'gpt-4o-2024-08-06').slice(0, 1), ['gpt-4o-mini']);
    assert.deepEqual(fallbacksFor('openai', 'gpt-4o-mini-2024-07-18').slice(0, 1), ['gpt-4.1-nano']);
    assert.deepEqual(fallbacksFor('anthropic', 'claude-3-opus-20240229').slice(0, 1), ['claude-3-5-sonnet-latest']);
    assert.deepEqual(fallbacksFor('replicate', 'stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b'), [
      'black-forest-labs/flux-schnell',
    ]);
    assert.deepEqual(fallbacksFor('openai', 'my-fine-tune'), []);
  });

  it('SDK syntax data agrees with the provider facts', () => {
    for (const id of PROVIDER_IDS) {
      const f = PROVIDERS[id];
      // Every provider has a Python and a Node SDK today; a pack without one fails here on purpose.
      assert.ok(f.python && SDK_SYNTAX[id].python.modules.includes(f.python.module), `${id}: python`);
      assert.ok(f.node && SDK_SYNTAX[id].node.modules.includes(f.node.npmPackage), `${id}: node`);
    }
  });

  it('modelCandidates ranks a live list by closeness, else uses the table', () => {
    assert.deepEqual(modelCandidates('openai', 'gpt-4o').slice(0, 2), ['gpt-4o-mini', 'gpt-4.1-mini']);
    const live = ['whisper-1', 'text-embedding-3-small', 'gpt-3.5-turbo', 'gpt-4o-mini', 'o3-mini', 'gpt-4o-2024-05-13', 'dall-e-3'];
    const ranked = modelCandidates('openai', 'gpt-4o', live);
    assert.equal(ranked[0], 'gpt-4o-mini');
    assert.ok(ranked.indexOf('gpt-4o-2024-05-13') < ranked.indexOf('o3-mini'));
    assert.ok(!ranked.includes('whisper-1') && !ranked.includes('text-embedding-3-small') && !ranked.includes('dall-e-3'));
    assert.ok(!ranked.includes('gpt-4o'));
    // not in the table: closest by family, prefix and edit distance
    assert.deepEqual(
      modelCandidates('anthropic', 'claude-opus-4-1-20250805', ['claude-3-haiku-20240307', 'claude-opus-4-20250514', 'claude-sonnet-4-20250514']).slice(0, 1),
      ['claude-opus-4-20250514'],
    );
    // an empty live list falls back to the table
    assert.deepEqual(modelCandidates('openai', 'gpt-4o', []), fallbacksFor('openai', 'gpt-4o'));
  });

  it('proposeFixes offers the fixes that address the cause, in order: up to 3 models, env var and .env variants', () => {
    const text = readSource('py_openai_function.py');
    const line = lineOf(text, 'completion = client');
    // A model-access 403: a model the key can use, then a handler; reading the key from the
    // environment would not change which models the key may use.
    const fixes = proposeFixes(text, line, 'python', { cause: 'model-access', model: 'gpt-4-turbo', hasDotenv: true });
    assert.deepEqual(
      fixes.map((f) => f.title),
      [
        'Use gpt-4o instead of gpt-4-turbo',
        'Use gpt-4o-mini instead of gpt-4-turbo',
        'Wrap in try/except (openai.PermissionDeniedError, openai.NotFoundError)',
      ],
    );
    // A token cause: the token fixes first, no model swap.
    const tok = proposeFixes(text, line, 'python', { cause: 'invalid-token', hasDotenv: true });
    assert.deepEqual(
      tok.map((f) => f.kind),
      ['env-token', 'env-token', 'wrap-catch'],
    );
    assert.equal(tok[1]!.title, 'Load OPENAI_API_KEY from .env (python-dotenv)');
    assert.equal(tok.find((f) => f.title.startsWith('Load'))!.needsGitignoreDotenv, true);
    // A cause no edit fixes (region): only the handler.
    assert.deepEqual(
      proposeFixes(text, line, 'python', { cause: 'unsupported-region' }).map((f) => f.kind),
      ['wrap-catch'],
    );
    // No incident yet (an SDK call line): everything that applies.
    const all = proposeFixes(text, line, 'python', { model: 'gpt-4-turbo', hasDotenv: true });
    assert.deepEqual([...new Set(all.map((f) => f.kind))], ['swap-model', 'env-token', 'wrap-catch']);
    for (const f of [...all, ...tok]) assert.equal(syntaxErrors(applyEdits(text, f.edits), 'x.py'), '', f.title);
    // Live models rank the swap.
    const live = proposeFixes(text, line, 'python', {
      cause: 'model-access',
      reachableModels: ['gpt-4o-mini', 'gpt-4', 'gpt-4-turbo-preview', 'o1', 'gpt-3.5-turbo'],
    });
    const swaps = live.filter((f) => f.kind === 'swap-model');
    assert.equal(swaps.length, 3);
    assert.equal(swaps[0]!.title, 'Use gpt-4-turbo-preview instead of gpt-4-turbo');
  });

  it('proposeFixes returns nothing for a file without a known SDK', () => {
    assert.deepEqual(proposeFixes('print(1)\n', 1, 'python'), []);
  });

  it('applyEdits applies sorted, merges an insertion at a replaced range start, refuses overlaps', () => {
    assert.equal(
      applyEdits('abcdef', [
        { start: 4, end: 5, text: 'X' },
        { start: 0, end: 0, text: '>' },
      ]),
      '>abcdXf',
    );
    assert.equal(
      applyEdits('abc', [
        { start: 0, end: 1, text: 'A' },
        { start: 0, end: 0, text: '>' },
      ]),
      '>Abc',
    );
    assert.throws(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, text: '' },
        { start: 2, end: 4, text: '' },
      ]),
    );
  });

  it('ensureGitignoresDotenv adds .env only when it is not ignored yet', () => {
    assert.equal(ensureGitignoresDotenv(null), '.env\n');
    assert.equal(ensureGitignoresDotenv('node_modules/\n'), 'node_modules/\n.env\n');
    assert.equal(ensureGitignoresDotenv('node_modules/'), 'node_modules/\n.env\n');
    assert.equal(ensureGitignoresDotenv('dist\r\n'), 'dist\r\n.env\r\n');
    assert.equal(ensureGitignoresDotenv('.env\n'), null);
    assert.equal(ensureGitignoresDotenv('/.env\n'), null);
    assert.equal(ensureGitignoresDotenv('**/.env\n'), null);
    assert.equal(ensureGitignoresDotenv('.env*\n'), null);
    assert.equal(ensureGitignoresDotenv('.env\n!.env\n'), '.env\n!.env\n.env\n');
    assert.equal(ensureGitignoresDotenv('# .env\n'), '# .env\n.env\n');
  });

  it('keeps CRLF line ends', () => {
    for (const file of ['py_openai_toplevel.py', 'js_openai_cjs.js']) {
      const text = readSource(file).replace(/\n/g, '\r\n');
      const language = languageFromId(file)!;
      const line = lineOf(text, 'model');
      for (const kind of ['wrap-catch', 'env-token'] as const) {
        const fix = buildFix({ kind, text, line, language, useDotenv: true });
        assert.ok(fix, `${file} ${kind}`);
        const out = applyEdits(text, fix.edits);
        assert.ok(!/[^\r]\n/.test(out), `lone LF in ${file} ${kind}:\n${JSON.stringify(out)}`);
        assert.equal(syntaxErrors(out, file), '');
      }
    }
  });

  it('never writes a secret: token literals are replaced, not moved', () => {
    const text = 'from openai import OpenAI\nAPI_KEY = "sk-test-XXXX"\nclient = OpenAI(api_key=API_KEY)\nclient.models.list()\n';
    const fix = buildFix({ kind: 'env-token', text, line: 4, language: 'python' })!;
    const out = applyEdits(text, fix.edits);
    assert.ok(!out.includes('sk-test'));
    assert.ok(out.includes('API_KEY = os.environ["OPENAI_API_KEY"]'));
    assert.equal(buildFix({ kind: 'env-token', text: out, line: 5, language: 'python' }), null);
  });

  it('wrap-catch handles edge shapes: one-line if body, decorators, class fields, IIFE promise chains', () => {
    const py = 'import openai\nc = openai.OpenAI()\nif True: c.models.list()\n';
    const f1 = buildFix({ kind: 'wrap-catch', text: py, line: 3, language: 'python' })!;
    assert.equal(syntaxErrors(applyEdits(py, f1.edits), 'x.py'), '');
    const dec = 'import openai\n@app.route("/")\ndef f():\n    pass\n';
    assert.equal(buildFix({ kind: 'wrap-catch', text: dec, line: 2, language: 'python', provider: 'openai' }), null);
    const cls = "import OpenAI from 'openai';\nclass A {\n  model = 'gpt-4o';\n}\n";
    assert.equal(buildFix({ kind: 'wrap-catch', text: cls, line: 3, language: 'typescript' }), null);
    const ret = "import OpenAI from 'openai';\nconst c = new OpenAI();\nexport async function f() {\n  return c.models.list();\n}\n";
    const f2 = buildFix({ kind: 'wrap-catch', text: ret, line: 4, language: 'typescript' })!;
    const out2 = applyEdits(ret, f2.edits);
    assert.ok(out2.includes('    return await c.models.list();'), out2);
    assert.equal(syntaxErrors(out2, 'x.ts'), '');
  });

  it('wrap-catch adds the import a file lacks, in ESM or CJS form', () => {
    const esm = "import { AzureOpenAI } from 'openai';\nconst c = new AzureOpenAI();\nawait c.models.list();\n";
    const f = buildFix({ kind: 'wrap-catch', text: esm, line: 3, language: 'javascript' })!;
    assert.ok(applyEdits(esm, f.edits).startsWith("import { AzureOpenAI, OpenAI } from 'openai';\n"));
    const cjs = 'const { GoogleGenAI } = require("@google/genai");\nconst ai = new GoogleGenAI({});\nasync function f() {\n  await ai.models.list();\n}\n';
    const g = buildFix({ kind: 'wrap-catch', text: cjs, line: 4, language: 'javascript' })!;
    assert.ok(applyEdits(cjs, g.edits).startsWith('const { GoogleGenAI, ApiError } = require("@google/genai");\n'));
    const bare = 'const c = makeClient();\nasync function f() {\n  await c.models.list();\n}\n';
    const h = buildFix({ kind: 'wrap-catch', text: bare, line: 3, language: 'javascript', provider: 'anthropic' })!;
    const out = applyEdits(bare, h.edits);
    assert.ok(out.includes("const Anthropic = require('@anthropic-ai/sdk');\n"), out);
    const aliased = "import Client from 'openai';\nconst c = new Client();\nawait c.models.list();\n";
    const k = buildFix({ kind: 'wrap-catch', text: aliased, line: 3, language: 'typescript' });
    assert.ok(k && applyEdits(aliased, k.edits).includes('err instanceof Client.PermissionDeniedError'));
  });
});

describe('locateFailingCall', () => {
  const two = [
    "const OpenAI = require('openai');",
    'const client = new OpenAI();',
    'async function main() {',
    "  const a = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [] });",
    '  const b = await client.chat.completions.create({',
    "    model: 'gpt-4o',",
    '    messages: [],',
    '  });',
    '}',
  ].join('\n');

  it('picks the call whose arguments name the model', () => {
    assert.equal(locateFailingCall(two, 'javascript', 'openai', 'gpt-4o'), 5);
    assert.equal(locateFailingCall(two, 'javascript', 'openai', 'gpt-4o-mini'), 4);
  });

  it('says nothing when it cannot tell', () => {
    assert.equal(locateFailingCall(two, 'javascript', 'openai', null), null);
    assert.equal(locateFailingCall(two, 'javascript', 'replicate', 'gpt-4o'), null);
  });
});
