// The built bundles behave as shipped: the CLI through `npx ai-access-doctor`, and the
// extension bundle keeps the AI SDKs out of activation. `npm test` builds before this runs.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const dist = (name: string) => path.join(root, 'dist', name);

describe('built package', () => {
  before(function () {
    assert.ok(fs.existsSync(dist('cli.js')), 'dist/cli.js is missing: run `npm run build` first (npm test does)');
  });

  it('runs `npx ai-access-doctor scan` on a CI log', () => {
    const log = path.join(root, 'test/fixtures/traces/py-openai-403-model-plain.txt');
    const result = spawnSync('npx', ['--no-install', 'ai-access-doctor', 'scan', '--exit-code', log], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    const record = JSON.parse(result.stdout.trim());
    assert.equal(record.provider, 'openai');
    assert.equal(record.cause, 'model-access');
    assert.equal(record.model, 'gpt-4o');
  });

  it('runs `ai-access-doctor fix` from the bundle', () => {
    const source = path.join(root, 'test/fixtures/workspace/ask_model.py');
    const result = spawnSync(process.execPath, [dist('cli.js'), 'fix', source, '--line', '8', '--kind', 'swap-model', '--to', 'gpt-4o-mini'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /model="gpt-4o-mini"/);
  });

  it('keeps the SDKs out of the extension bundle (they load from dist/sdk-*.js on verify)', () => {
    const extension = fs.readFileSync(dist('extension.js'), 'utf8');
    assert.match(extension, /sdk-openai\.js/);
    assert.match(extension, /sdk-replicate\.js/);
    assert.doesNotMatch(extension, /class OpenAI\b|OpenAI-Organization/);
    assert.ok(fs.existsSync(dist('sdk-openai.js')) && fs.existsSync(dist('sdk-replicate.js')));
  });
});

describe('the $ai-access-doctor problem matcher', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'ai-access-doctor');
  const regexp = new RegExp(matcher.pattern.regexp);

  it('reads every line `scan --format problems` prints', () => {
    const logs = ['py-openai-403-model-plain.txt', 'node-replicate-404-owner-inspect.txt', 'py-hf-gated-plain.txt'].map((name) =>
      path.join(root, 'test/fixtures/traces', name),
    );
    const result = spawnSync(process.execPath, [dist('cli.js'), 'scan', '--format', 'problems', ...logs], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 3);
    const [first] = lines.map((line) => {
      const m = regexp.exec(line);
      assert.ok(m, `the matcher reads: ${line}`);
      return { file: m[matcher.pattern.file], line: Number(m[matcher.pattern.line]), code: m[matcher.pattern.code], message: m[matcher.pattern.message] };
    });
    assert.deepEqual({ file: first.file, line: first.line, code: first.code }, { file: '/home/dev/app/app.py', line: 7, code: 'model-access' });
    assert.match(first.message, /gpt-4o/);
  });

  it('reads Windows paths too', () => {
    const m = regexp.exec('C:\\Users\\dev\\app.py:12:1: error invalid-token: The token is wrong: Error code: 401');
    assert.ok(m);
    assert.equal(m[1], 'C:\\Users\\dev\\app.py');
    assert.equal(m[2], '12');
  });
});
