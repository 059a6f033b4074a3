// `ai-access-doctor check` through the built CLI over a sample tree (test/fixtures/check-tree):
// .gitignore honoured, findings per kind, --verify against the local fake provider, exit codes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sourceFiles, type WalkProblem } from '../../../src/core/cli/files';
import { startFakeProvider, type FakeProvider } from '../../support/fakeProvider';
import { ROOT, runBuiltCli } from '../../support/runCli';

const TREE = path.join(ROOT, 'test/fixtures/check-tree');
const TODAY = ['--today', '2026-12-01'];

async function list(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const problems: WalkProblem[] = [];
  for await (const f of sourceFiles(paths, problems)) out.push(path.relative(TREE, path.resolve(f.path)).split(path.sep).join('/'));
  return out;
}

describe('cli: check', () => {
  let fake: FakeProvider;
  before(async () => {
    fake = await startFakeProvider();
  });
  after(() => fake.close());

  it('walks Python/JS/TS files, skipping what .gitignore lists (ignored.py, build/)', async () => {
    assert.ok(fs.existsSync(path.join(TREE, 'ignored.py')) && fs.existsSync(path.join(TREE, 'build/bundle.js')), 'the ignored files are there');
    assert.deepEqual(await list([TREE]), ['app.py', 'clean.py', 'src/chat.ts', 'src/gemini.mjs']);
    // A file named on the command line is checked even when ignored (as git does with a path).
    assert.deepEqual(await list([path.join(TREE, 'ignored.py')]), ['ignored.py']);
  });

  it('reports retired ids and typos in text, with exit 1 under --exit-code', async () => {
    const r = await runBuiltCli(['check', '--exit-code', ...TODAY], {}, TREE);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^app\.py:7:15: warning model-typo: OpenAI lists no model gpt4o\. Did you mean gpt-4o\?$/m);
    assert.match(r.stdout, /^app\.py:16:51: error retired-model: OpenAI retired gpt-4\.5-preview on 2025-07-14; calls to it fail\. Use gpt-4\.1\./m);
    assert.match(r.stdout, /^src\/chat\.ts:7:13: error retired-model: .*Use claude-sonnet-4-5\./m);
    assert.match(r.stdout, /4 model ids to look at in 3 of 4 files\./);
    assert.doesNotMatch(r.stdout, /text-davinci-003|gpt-4-32k|clean\.py/);
    const clean = await runBuiltCli(['check', '--exit-code', ...TODAY, 'clean.py'], {}, TREE);
    assert.equal(clean.code, 0);
    assert.match(clean.stdout, /No model id problems in 1 files\./);
  });

  it('prints problem-matcher lines and JSON records', async () => {
    const p = await runBuiltCli(['check', '--format', 'problems', ...TODAY, 'src'], {}, TREE);
    assert.deepEqual(
      p.stdout
        .trim()
        .split('\n')
        .map((l) => l.replace(/: .*$/, '')),
      ['src/chat.ts:7:13', 'src/gemini.mjs:4:60'],
    );
    assert.match(p.stdout, /^src\/chat\.ts:7:13: error retired-model: /m);
    const j = await runBuiltCli(['check', '--format', 'json', ...TODAY, 'app.py'], {}, TREE);
    const records = j.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      records.map((x) => [x.code, x.model, x.suggestion]),
      [
        ['model-typo', 'gpt4o', 'gpt-4o'],
        ['retired-model', 'gpt-4.5-preview', 'gpt-4.1'],
      ],
    );
    assert.equal(records[1].source, 'https://platform.openai.com/docs/deprecations');
  });

  it('--verify reports the ids the env token cannot reach, never printing the token', async () => {
    const env = { OPENAI_API_KEY: 'sk-test-canary42-valid' };
    const r = await runBuiltCli(['check', '--verify', '--format', 'json', ...TODAY, '--base-url', `openai=${fake.url}/v1`, 'app.py'], env, TREE);
    assert.equal(r.code, 0, r.stderr);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      records.map((x) => [x.code, x.model]),
      [
        ['model-typo', 'gpt4o'],
        ['retired-model', 'gpt-4.5-preview'],
        ['model-unreachable', 'gpt-4o'],
      ],
    );
    assert.equal(records[2].suggestion, 'gpt-4o-mini');
    assert.ok(
      fake.requests.some((q) => String(q.headers.authorization).includes('canary42')),
      'the token went to the fake provider',
    );
    assert.ok(!r.stdout.includes('canary42') && !r.stderr.includes('canary42'));
    // Without a token: a note, and no unreachable findings (positive control above).
    const none = await runBuiltCli(['check', '--verify', '--format', 'json', ...TODAY, '--base-url', `openai=${fake.url}/v1`, 'app.py'], {}, TREE);
    assert.doesNotMatch(none.stdout, /model-unreachable/);
    assert.match(none.stderr, /no OpenAI token in OPENAI_API_KEY/);
    const revoked = await runBuiltCli(
      ['check', '--verify', ...TODAY, '--base-url', `openai=${fake.url}/v1`, 'app.py'],
      { OPENAI_API_KEY: 'sk-test-canary42-revoked' },
      TREE,
    );
    assert.match(revoked.stderr, /rejected as invalid/);
    assert.ok(!revoked.stderr.includes('canary42'));
  });

  it('goes on after a path it cannot read, reports it, and exits 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aad-check-'));
    fs.writeFileSync(path.join(dir, 'a.py'), 'import openai\nc = openai.OpenAI()\nc.chat.completions.create(model="o1-preview")\n');
    const r = await runBuiltCli(['check', ...TODAY, path.join(dir, 'missing.py'), dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /skipped '.*missing\.py': no such file or folder/);
    assert.match(r.stdout, /a\.py:3:\d+: error retired-model: OpenAI retired o1-preview on 2025-07-28/);
  });

  it('refuses bad usage and an http base URL to another machine', async () => {
    assert.equal((await runBuiltCli(['check', '--format', 'xml'])).code, 2);
    assert.equal((await runBuiltCli(['check', '--today', 'tomorrow'])).code, 2);
    const http = await runBuiltCli(['check', '--verify', '--base-url', 'openai=http://gateway.example.com/v1', TREE]);
    assert.equal(http.code, 2);
    assert.match(http.stderr, /must use https/);
  });
});
