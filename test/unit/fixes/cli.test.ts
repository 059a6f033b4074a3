// `ai-access-doctor fix`: prints the whole fixed file, exit 2 with a message when it does not apply.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../../src/core/cli/main';
import { fixCommand } from '../../../src/core/cli/fixCommand';
import { memoryIo } from '../../support/cliIo';
import { SOURCES, lineOf, readSource } from '../../support/fixtureSources';
import { cleanupParseDir, syntaxErrors } from '../../support/parseCheck';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const t = memoryIo();
  const code = await fixCommand(args, t.io);
  return { code, out: t.out(), err: t.err() };
}

describe('ai-access-doctor fix', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'aad-cli-'))));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    cleanupParseDir();
  });

  it('wrap-catch prints the whole fixed file', async () => {
    const file = join(SOURCES, 'py_openai_toplevel.py');
    const line = lineOf(readSource('py_openai_toplevel.py'), 'response = client');
    const r = await run([file, '--line', String(line), '--kind', 'wrap-catch', '--cause', 'model-access']);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.startsWith('"""Ask a question'));
    assert.ok(r.out.includes('except (openai.PermissionDeniedError, openai.NotFoundError) as err:'));
    assert.equal(syntaxErrors(r.out, 'x.py'), '');
  });

  it('swap-model with --to and --provider, --line=N form', async () => {
    const file = join(SOURCES, 'js_openai_cjs.js');
    const r = await run([file, '--line=8', '--kind=swap-model', '--provider', 'openai', '--to', 'gpt-4.1-mini']);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes("model: 'gpt-4.1-mini',"));
    assert.ok(r.out.endsWith('main();\n'));
  });

  it('env-token with --dotenv reminds about .gitignore', async () => {
    const file = join(SOURCES, 'ts_openai_typed.ts');
    const r = await run([file, '--line', '3', '--kind', 'env-token', '--dotenv']);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.startsWith("import 'dotenv/config';\n"));
    assert.ok(!r.out.includes('sk-test'));
    assert.match(r.err, /\.gitignore/);
  });

  it('exit 2 with a clear message when the fix does not apply or it is already applied', async () => {
    const file = join(dir, 'done.py');
    writeFileSync(file, 'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n');
    const r = await run([file, '--line', '3', '--kind', 'env-token']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /env-token does not apply at .*done\.py:3/);
  });

  it('exit 2 for bad usage, unknown SDK, unreadable file', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /missing FILE/],
      [['a.py', '--kind', 'wrap-catch'], /missing --line/],
      [['a.py', '--line', '1'], /missing --kind/],
      [['a.py', '--line', 'x', '--kind', 'wrap-catch'], /--line needs a positive/],
      [['a.py', '--line', '1', '--kind', 'nope'], /--kind must be one of/],
      [['a.py', '--line', '1', '--kind', 'wrap-catch', '--provider', 'acme'], /--provider must be one of/],
      [['a.txt', '--line', '1', '--kind', 'wrap-catch'], /cannot tell the language/],
      [[join(dir, 'missing.py'), '--line', '1', '--kind', 'wrap-catch'], /cannot read .*ENOENT/],
      [['a.py', '--bogus'], /unknown option/],
    ];
    for (const [args, re] of cases) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, re);
    }
    const plain = join(dir, 'plain.py');
    writeFileSync(plain, 'print(1)\n');
    const r = await run([plain, '--line', '1', '--kind', 'wrap-catch']);
    assert.equal(r.code, 2);
    assert.match(r.err, /no AI SDK recognised/);
    const r2 = await run([plain, '--line', '9', '--kind', 'wrap-catch']);
    assert.match(r2.err, /past the end/);
  });

  it('is reachable through the dispatcher', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    const code = await runCli(['fix', join(SOURCES, 'py_google_genai.py'), '--line', '5', '--kind', 'swap-model'], {
      stdin: new PassThrough(),
      stdout,
      stderr: new PassThrough(),
    });
    assert.equal(code, 0);
    assert.ok(out.includes('model="gemini-1.5-flash"'));
  });
});
