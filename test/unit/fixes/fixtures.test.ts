// Every fix on every fixture source: the result parses (CPython / TypeScript parser), contains the
// intended change, and applying the fix a second time changes nothing.
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { applyEdits, buildFix, languageFromId, type FixKind, type FixRequest } from '../../../src/core/fixes';
import { lineOf, readSource, SOURCES } from '../../support/fixtureSources';
import { cleanupParseDir, syntaxErrors } from '../../support/parseCheck';

interface Case {
  file: string;
  at: string;
  kind: FixKind;
  opts?: Partial<FixRequest>;
  /** Substrings the result must contain; null: the fix must not apply. */
  has: string[] | null;
  hasNot?: string[];
  /** Where the statement is in the fixed text when the fix rewrote `at` (for the applied-twice check); null: the fix removed it. */
  againAt?: string | null;
}

const C = (file: string, at: string, kind: FixKind, has: string[] | null, opts?: Partial<FixRequest>, hasNot?: string[]): Case => ({
  file,
  at,
  kind,
  has,
  opts,
  hasNot,
});
/** The same case, whose statement is found in the fixed text by `againAt`. */
const rewrites = (c: Case, againAt: string | null): Case => ({ ...c, againAt });
const SECRETS = ['sk-test-XXXX', 'r8_test', 'hf_test', 'AIzaTEST'];

const CASES: Case[] = [
  // ---- Python
  C('py_openai_toplevel.py', 'messages=[', 'wrap-catch', [
    'try:\n    response = client.chat.completions.create(\n        model="gpt-4o",',
    '\nexcept openai.PermissionDeniedError as err:\n',
    '    raise\nprint(',
    'import openai\n',
    'import sys\n',
  ]),
  C('py_openai_toplevel.py', 'model="gpt-4o"', 'swap-model', ['model="gpt-4o-mini",'], { toModel: 'gpt-4o-mini' }),
  C('py_openai_toplevel.py', 'response = client', 'env-token', ['client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])', 'import os\n']),
  C(
    'py_openai_toplevel.py',
    'response = client',
    'env-token',
    ['from dotenv import load_dotenv\n', '\nload_dotenv()\n', 'api_key=os.environ["OPENAI_API_KEY"]'],
    { useDotenv: true },
  ),
  C(
    'py_openai_function.py',
    'completion = client',
    'wrap-catch',
    ['    try:\n        completion = client.chat', '    except (openai.PermissionDeniedError, openai.NotFoundError) as err:\n', 'model gpt-4-turbo'],
    { cause: 'model-access', model: 'gpt-4-turbo' },
  ),
  C('py_openai_function.py', 'completion = client', 'swap-model', ['model="gpt-4o"'], { model: 'gpt-4-turbo' }),
  C('py_openai_function.py', 'completion = client', 'env-token', ['openai.OpenAI(api_key=os.environ["OPENAI_API_KEY"])', 'import os\n'], {}, SECRETS),
  C(
    'py_openai_tabs_class.py',
    'input=text',
    'wrap-catch',
    [
      '\t\t\ttry:\n\t\t\t\tresult = self.client.responses.create(\n\t\t\t\t\tmodel="o1",',
      '\t\t\texcept openai.PermissionDeniedError as err:\n\t\t\t\t#',
      '\t\t\t\traise\n\t\t\treturn',
    ],
    {},
    ['    '],
  ),
  C('py_openai_tabs_class.py', 'model="o1"', 'swap-model', ['model="o3-mini"'], { toModel: 'o3-mini' }),
  rewrites(
    C('py_openai_tabs_class.py', 'self.client = OpenAI()', 'env-token', ['self.client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])']),
    'self.client = OpenAI(',
  ),
  C('py_openai_async.py', 'stream = await', 'wrap-catch', [
    '    try:\n        stream = await client.chat.completions.create(\n            model="gpt-4o-mini",',
    '        )\n    except openai.PermissionDeniedError as err:',
  ]),
  C('py_openai_async.py', 'stream=True', 'swap-model', ['model="gpt-4.1-nano"']),
  C('py_openai_with_block.py', 'with client.chat', 'wrap-catch', [
    '        try:\n            with client.chat',
    '                    out.write(line)\n        except openai.PermissionDeniedError as err:',
  ]),
  C(
    'py_openai_in_try.py',
    'reply = client',
    'wrap-catch',
    ['        try:\n            reply = client.chat', '        except openai.AuthenticationError as err:', '    except Exception:\n'],
    { cause: 'invalid-token' },
  ),
  C('py_replicate_run.py', 'stability-ai/sdxl', 'wrap-catch', [
    'import replicate.exceptions\n',
    'except replicate.exceptions.ReplicateError as err:',
    'model stability-ai/sdxl:39ed',
  ]),
  C('py_replicate_run.py', 'replicate.run', 'swap-model', ['"black-forest-labs/flux-schnell",'], {}, ['39ed52f2']),
  C('py_replicate_run.py', 'replicate.run', 'env-token', null),
  C('py_replicate_run.py', 'replicate.run', 'env-token', ['from dotenv import load_dotenv\n', 'load_dotenv()\n'], { useDotenv: true }),
  C('py_replicate_client.py', 'prediction = client', 'swap-model', ['MODEL = "black-forest-labs/flux-dev"']),
  C('py_replicate_client.py', 'prediction = client', 'env-token', ['replicate.Client(api_token=os.environ["REPLICATE_API_TOKEN"])'], {}, SECRETS),
  C('py_replicate_client.py', 'prediction = client', 'wrap-catch', ['    try:\n        prediction = client', 'model black-forest-labs/flux-1.1-pro']),
  C('py_anthropic_var.py', 'max_tokens', 'swap-model', ['MODEL = "claude-3-5-sonnet-latest"'], { toModel: 'claude-3-5-sonnet-latest' }),
  C('py_anthropic_var.py', 'max_tokens', 'wrap-catch', [
    'except anthropic.PermissionDeniedError as err:',
    '            messages=[{"role": "user", "content": prompt}],\n        )\n    except',
  ]),
  C('py_anthropic_var.py', 'message = client', 'env-token', ['anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])']),
  C('py_google_genai.py', 'generate_content', 'wrap-catch', ['from google.genai import errors\n', 'except errors.ClientError as err:']),
  C('py_google_genai.py', 'generate_content', 'swap-model', ['model="gemini-1.5-flash"']),
  C('py_google_genai.py', 'generate_content', 'env-token', ['genai.Client(api_key=os.environ["GEMINI_API_KEY"])'], {}, SECRETS),
  // The model is passed positionally to the call that made the receiver.
  C('py_gemini_legacy.py', 'generate_content', 'swap-model', ['model = genai.GenerativeModel("gemini-1.5-flash")', 'model.generate_content(f"Write']),
  C('py_gemini_legacy.py', 'generate_content', 'swap-model', ['genai.GenerativeModel("gemini-2.0-flash")'], {
    model: 'gemini-pro',
    toModel: 'gemini-2.0-flash',
  }),
  C('py_gemini_legacy.py', 'generate_content', 'wrap-catch', ['    try:\n        response = model.generate_content(']),
  C('py_hf_inference_positional.py', 'chat_completion', 'swap-model', ['InferenceClient("Qwen/Qwen2.5-7B-Instruct", token=']),
  C('py_hf_inference_positional.py', 'chat_completion', 'env-token', ['token=os.environ["HF_TOKEN"]'], {}, SECRETS),
  C(
    'py_hf_hub.py',
    'hf_hub_download(',
    'wrap-catch',
    ['from huggingface_hub import errors as hf_errors\n', 'except (hf_errors.GatedRepoError, hf_errors.RepositoryNotFoundError) as err:'],
    { cause: 'gated-repo' },
  ),
  C('py_hf_hub.py', 'hf_hub_download(', 'swap-model', ['repo_id="Qwen/Qwen2.5-7B-Instruct"']),
  C('py_hf_hub.py', 'hf_hub_download(', 'env-token', ['token=os.environ["HF_TOKEN"]'], {}, SECRETS),
  C('py_groq_for_loop.py', 'for chunk', 'wrap-catch', [
    '    try:\n        for chunk in client',
    '        else:\n            print()\n    except groq.PermissionDeniedError as err:',
  ]),
  C('py_groq_for_loop.py', 'for chunk', 'env-token', null),
  C('py_groq_for_loop.py', 'for chunk', 'swap-model', ['model="llama-3.3-70b-versatile"']),
  C('py_mistral_single_quotes.py', 'client.chat.complete', 'wrap-catch', [
    "print('Mistral",
    'from mistralai import models\n',
    'except models.SDKError as err:',
  ]),
  C('py_mistral_single_quotes.py', 'client.chat.complete', 'swap-model', ["model='mistral-medium-latest'"]),
  C('py_mistral_single_quotes.py', 'client.chat.complete', 'env-token', ["Mistral(api_key=os.environ['MISTRAL_API_KEY'])"], {}, SECRETS),
  C('py_azure_openai.py', 'completion = client', 'wrap-catch', ['except openai.PermissionDeniedError as err:', 'Azure OpenAI']),
  C('py_azure_openai.py', 'api_key=', 'env-token', ['    api_key=os.environ["AZURE_OPENAI_API_KEY"],\n'], {}, SECRETS),
  C('py_openai_legacy_key.py', 'openai.api_key', 'env-token', ['openai.api_key = os.environ["OPENAI_API_KEY"]']),
  rewrites(
    C('py_openai_legacy_key.py', 'os.environ["OPENAI_API_KEY"] =', 'env-token', ['import os\nimport openai\n\nopenai.api_key'], {}, [
      'os.environ["OPENAI_API_KEY"] =',
    ]),
    null,
  ),
  C('py_openai_legacy_key.py', 'models = ', 'wrap-catch', ['try:\n    models = openai.models.list()\nexcept']),
  C('py_docstring_prompt.py', 'answer = client', 'wrap-catch', [
    '"""Summarise:\nthese numbers\n  keep this indentation\n"""}])\n    except',
    '    try:\n        answer = client',
    'from openai import OpenAI\nimport openai\nimport sys\n',
  ]),
  C('py_docstring_prompt.py', 'answer = client', 'swap-model', ['model="gpt-4o-mini"']),
  C('py_docstring_prompt.py', 'def report', 'wrap-catch', null, { provider: 'openai' }),
  C('py_cohere.py', 'return co.chat', 'wrap-catch', ['        try:\n            return co.chat', 'except cohere.errors.ForbiddenError as err:']),
  C('py_cohere.py', 'return co.chat', 'env-token', ['cohere.ClientV2(os.environ["CO_API_KEY"])'], {}, SECRETS),
  C('py_cohere.py', 'return co.chat', 'swap-model', ['model="command-r"']),
  C('py_openai_missing_key.py', 'reply = client', 'env-token', ['OpenAI(base_url="http://127.0.0.1:8080/v1", api_key=os.environ["OPENAI_API_KEY"])']),
  C('py_openai_missing_key.py', 'reply = client', 'wrap-catch', ['try:\n    reply = client.responses.create(model="gpt-4.1", input="hello")\nexcept']),
  // ---- JavaScript
  C('js_openai_cjs.js', "model: 'gpt-4o'", 'wrap-catch', [
    '  let completion;\n  try {\n    completion = await client.chat.completions.create({\n      model:',
    '  } catch (err) {\n    if (err instanceof OpenAI.PermissionDeniedError) {',
    "      console.error('OpenAI",
    '    throw err;\n  }\n  console.log',
  ]),
  C('js_openai_cjs.js', "model: 'gpt-4o'", 'swap-model', ["model: 'gpt-4o-mini',"]),
  C('js_openai_cjs.js', 'completion = await', 'env-token', ['new OpenAI({ apiKey: process.env.OPENAI_API_KEY })'], {}, SECRETS),
  C(
    'js_openai_cjs.js',
    'completion = await',
    'env-token',
    ["'use strict';\nrequire('dotenv').config();\nconst OpenAI", 'process.env.OPENAI_API_KEY'],
    { useDotenv: true },
    SECRETS,
  ),
  C('js_replicate_cjs.js', 'replicate.run', 'wrap-catch', [
    'if (err instanceof Error && err.name === "ApiError") {',
    '  let output;\n  try {\n    output = await replicate.run(',
  ]),
  C('js_replicate_cjs.js', 'replicate.run', 'swap-model', ['"black-forest-labs/flux-schnell"']),
  C('js_replicate_cjs.js', 'replicate.run', 'env-token', ['new Replicate({ auth: process.env.REPLICATE_API_TOKEN })']),
  C(
    'js_openai_esm_nosemi.mjs',
    'input: `Compare',
    'wrap-catch',
    ['let response\ntry {\n  response = await client.responses.create({', '\nin one line`,\n', '  throw err\n}\n'],
    {},
    ['throw err;', 'let response;'],
  ),
  C('js_openai_esm_nosemi.mjs', 'input: `Compare', 'swap-model', ["model: 'gpt-4.1-mini'"]),
  C(
    'js_openai_esm_nosemi.mjs',
    'response = await',
    'env-token',
    ["import 'dotenv/config'\nimport OpenAI", 'new OpenAI({ apiKey: process.env.OPENAI_API_KEY })'],
    { useDotenv: true },
  ),
  C(
    'js_anthropic_express.mjs',
    'max_tokens',
    'wrap-catch',
    [
      '  let msg;\n  try {\n    msg = await anthropic.messages.create({',
      '    if (err instanceof Anthropic.PermissionDeniedError || err instanceof Anthropic.NotFoundError) {',
    ],
    { cause: 'model-access' },
  ),
  C('js_anthropic_express.mjs', 'max_tokens', 'swap-model', ["model: 'claude-3-5-haiku-latest'"]),
  C('js_anthropic_express.mjs', 'max_tokens', 'env-token', ['new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY })']),
  C('js_tabs_class.js', 'return (await this.client', 'wrap-catch', [
    '\t\ttry {\n\t\t\treturn (await this.client',
    '\t\t} catch (err) {\n\t\t\tif (err instanceof OpenAI.PermissionDeniedError) {\n\t\t\t\t//',
  ]),
  C('js_tabs_class.js', 'this.client = new OpenAI', 'env-token', ['new OpenAI({ apiKey: process.env.OPENAI_API_KEY })'], {}, SECRETS),
  C('js_tabs_class.js', 'return (await this.client', 'swap-model', ["model: 'gpt-4o-mini'"]),
  C('js_google_named.mjs', 'generateContent', 'wrap-catch', [
    "import { GoogleGenAI, ApiError } from '@google/genai';",
    'if (err instanceof ApiError) {',
    '  const result'.replace('const', 'let'),
  ]),
  C('js_google_named.mjs', 'generateContent', 'swap-model', ["model: 'gemini-2.5-flash'"]),
  C('js_google_named.mjs', 'generateContent', 'env-token', ['new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY })'], {}, SECRETS),
  C('js_openai_destructure.cjs', 'const { data }', 'wrap-catch', [
    '  let result;\n  try {\n    result = await client',
    '  const { data } = result;\n  return data;',
  ]),
  C('js_openai_destructure.cjs', 'const { data }', 'swap-model', ["const MODEL = 'gpt-4o-mini';"]),
  C('js_openai_destructure.cjs', 'const { data }', 'env-token', ['new OpenAI({ apiKey: process.env.OPENAI_API_KEY })']),
  C('js_groq_promise.js', '.create(', 'wrap-catch', [
    '    .then((r) => r.choices[0].message.content)\n    .catch((err) => {\n      if (err instanceof Groq.PermissionDeniedError) {\n',
    '      throw err;\n    });\n}',
  ]),
  C('js_openai_then.js', 'completions.create', 'wrap-catch', [
    '.content)).catch((err) => {\n  if (err instanceof OpenAI.PermissionDeniedError) {\n',
    '  throw err;\n});\n\nclient.models',
  ]),
  C('js_openai_then.js', 'models.list', 'wrap-catch', null),
  C('js_groq_promise.js', '.create(', 'swap-model', ["model: 'llama-3.3-70b-versatile'"]),
  // A positional model id held in a constant.
  C('js_openai_retrieve.mjs', 'models.retrieve', 'swap-model', ["const MODEL = 'gpt-4o';"]),
  C('js_openai_retrieve.mjs', 'models.retrieve', 'wrap-catch', ['try {\n  info = await client.models.retrieve(MODEL);']),
  // ---- TypeScript
  rewrites(
    C('ts_openai_typed.ts', 'const response', 'wrap-catch', [
      '  let response: OpenAI.Chat.ChatCompletion;\n  try {\n    response = await client',
      "    messages: [{ role: 'user', content: `Summarise: ${text}` }],\n    });",
    ]),
    'response = await client',
  ),
  C('ts_openai_typed.ts', 'const response', 'swap-model', ["model: 'gpt-4o-mini'"]),
  C('ts_openai_typed.ts', 'const response', 'env-token', ['new OpenAI({ apiKey: process.env.OPENAI_API_KEY })'], {}, SECRETS),
  C('ts_replicate_destructure.ts', 'replicate.run', 'wrap-catch', [
    '  let result;\n  try {\n    result = (await replicate.run(',
    '  const [first, second] = result;',
  ]),
  C('ts_replicate_destructure.ts', 'replicate.run', 'swap-model', ["const MODEL = 'meta/meta-llama-3-70b-instruct';"]),
  C('ts_replicate_destructure.ts', 'replicate.run', 'env-token', ['new Replicate({ auth: process.env.REPLICATE_API_TOKEN })'], {}, SECRETS),
  rewrites(
    C('ts_groq_in_try.ts', 'const r = await', 'wrap-catch', ['    let r;\n    try {\n      r = await groq.chat', '  } catch (e) {']),
    'r = await groq.chat',
  ),
  C('ts_groq_in_try.ts', "model: 'llama", 'swap-model', ["model: 'llama-3.1-8b-instant'"]),
  C('ts_mistral_named.ts', 'mistral.chat.complete', 'wrap-catch', [
    "import { Mistral, SDKError } from '@mistralai/mistralai';",
    'if (err instanceof SDKError) {',
  ]),
  C('ts_mistral_named.ts', 'mistral.chat.complete', 'env-token', null),
  C('ts_mistral_named.ts', 'mistral.chat.complete', 'env-token', ["import 'dotenv/config';\nimport { Mistral }"], { useDotenv: true }),
  C('ts_hf_inference.ts', 'textGeneration', 'wrap-catch', ["import { HubApiError } from '@huggingface/hub';", 'if (err instanceof HubApiError) {']),
  C('ts_hf_inference.ts', 'textGeneration', 'env-token', ['new HfInference(process.env.HF_TOKEN)'], {}, SECRETS),
  C('ts_hf_inference.ts', 'textGeneration', 'swap-model', ["model: 'Qwen/Qwen2.5-7B-Instruct'"]),
  C('ts_openai_switch.tsx', 'await client.models', 'wrap-catch', [
    "    case 'a':\n      try {\n        await client.models.retrieve('gpt-4o');\n      } catch (err) {",
  ]),
  C('ts_openai_switch.tsx', 'await client.models', 'swap-model', ["await client.models.retrieve('gpt-4o-mini');"]),
];

describe('fixes on the fixture sources', () => {
  after(cleanupParseDir);

  it('has at least 25 fixture sources, all of which parse as they are', () => {
    const files = readdirSync(SOURCES);
    assert.ok(files.length >= 25, `only ${files.length} fixtures`);
    for (const f of files) assert.equal(syntaxErrors(readSource(f), f), '', f);
    // every fixture is exercised by at least one case
    for (const f of files)
      assert.ok(
        CASES.some((c) => c.file === f),
        `no case for ${f}`,
      );
  });

  for (const c of CASES) {
    const label = `${c.file} @ ${JSON.stringify(c.at)}: ${c.kind}${c.opts ? ' ' + JSON.stringify(c.opts) : ''}`;
    it(label, () => {
      const text = readSource(c.file);
      const language = languageFromId(c.file)!;
      const req: FixRequest = { kind: c.kind, text, line: lineOf(text, c.at), language, ...c.opts };
      const fix = buildFix(req);
      if (c.has === null) {
        assert.equal(fix, null, 'the fix should not apply');
        return;
      }
      assert.ok(fix, 'the fix should apply');
      assert.equal(fix.kind, c.kind);
      assert.match(fix.title, /^[A-Z]/);
      const out = applyEdits(text, fix.edits);
      assert.equal(syntaxErrors(out, c.file), '', `result does not parse:\n${out}`);
      for (const s of c.has) assert.ok(out.includes(s), `missing ${JSON.stringify(s)} in:\n${out}`);
      for (const s of c.hasNot ?? []) assert.ok(!out.includes(s), `unexpected ${JSON.stringify(s)} in:\n${out}`);
      // Idempotence: the same request on the fixed text (the statement found again) changes nothing.
      if (c.againAt === null) {
        assert.ok(!out.includes(c.at), `the statement ${JSON.stringify(c.at)} should be gone`);
      } else if (c.kind !== 'swap-model') {
        const at = c.againAt ?? c.at;
        assert.ok(out.includes(at), `the fixed text lost the statement ${JSON.stringify(at)}`);
        const again = buildFix({ ...req, text: out, line: lineOf(out, at) });
        assert.equal(again, null, `applied twice:\n${again && applyEdits(out, again.edits)}`);
      }
      if (c.kind === 'swap-model') {
        const to = fix.title.replace(/^Use (\S+) instead of .*$/, '$1');
        const from = fix.title.replace(/^Use \S+ instead of (\S+)$/, '$1');
        const again = buildFix({ ...req, text: out, model: from, toModel: to });
        assert.equal(again, null, 'swapping twice');
        // The literal now holds `to`: asking for `to` again reaches the already-swapped branch…
        const sameAgain = buildFix({ ...req, text: out, model: to, toModel: to });
        assert.equal(sameAgain, null, 'swapping to the model already there');
        // …and not a site that cannot be found: swapping it back still works.
        assert.ok(buildFix({ ...req, text: out, model: to, toModel: from }), 'the swapped literal is found again');
      }
    });
  }
});
