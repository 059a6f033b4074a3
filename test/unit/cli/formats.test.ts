// The CI formats: SARIF 2.1.0 validated against the official schema, GitHub workflow commands
// against golden files and the runner's escaping rules, and no secret or control character in
// either, whatever the trace says.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeData, escapeProperty, githubCommand } from '../../../src/core/cli/formats/github';
import { SCAN_RULES, CHECK_RULE_LIST } from '../../../src/core/cli/formats/rules';
import { sarifLog } from '../../../src/core/cli/formats/sarif';
import { CAUSE_IDS } from '../../../src/core/types';
import { CHECK_CODES } from '../../../src/core/check';
import { runBuiltCli, ROOT } from '../../support/runCli';
import { sarifErrors } from '../../support/sarifSchema';

const TRACES = path.join(ROOT, 'test/fixtures/traces');
const TREE = path.join(ROOT, 'test/fixtures/check-tree');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden');

/** A hostile trace: a path with `,` and `:`, a message with `%`, a CR, a C1 OSC, a bidi override and a key. */
const HOSTILE = [
  'Traceback (most recent call last):',
  '  File "/home/dev/app/we,ird:name.py", line 9, in ask',
  '    client.chat.completions.create(model="gpt-4o", messages=[])',
  '  File "/home/dev/app/.venv/lib/python3.11/site-packages/openai/_base_client.py", line 10, in _request',
  '    raise _make_error()',
  "openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model: gpt-4o 100% \\r::set-output name=x::y \u009d]0;pwn\u0007 \u202e key sk-test-canary42abcdef', 'code': 'model_not_found'}}",
  '',
].join('\n');

describe('cli: CI formats', () => {
  it('escapes workflow command data and properties as the Actions toolkit does', () => {
    assert.equal(escapeData('50%\r\nnext'), '50%25%0D%0Anext');
    assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
    const line = githubCommand({
      ruleId: 'model-typo',
      level: 'warning',
      title: 'T: x, y',
      message: 'm\n::error::injected',
      file: 'a,b:c.py',
      line: 3,
      column: 2,
      endColumn: 9,
    });
    assert.equal(line, '::warning file=a%2Cb%3Ac.py,line=3,col=2,endColumn=9,title=T%3A x%2C y::m%0A::error::injected [model-typo]\n');
    assert.equal(line.split('\n').length, 2, 'one command, one line');
  });

  it('has one SARIF rule per cause and per check finding, each with help text', () => {
    assert.deepEqual(
      SCAN_RULES.map((r) => r.id),
      [...CAUSE_IDS],
    );
    assert.deepEqual(
      CHECK_RULE_LIST.map((r) => r.id),
      [...CHECK_CODES],
    );
    for (const r of [...SCAN_RULES, ...CHECK_RULE_LIST]) {
      assert.ok(r.title.length > 10 && r.help.length > 30 && !/[{}]/.test(r.help), `${r.id}: ${r.help}`);
    }
  });

  it('schema check catches an invalid log (positive control for the validations below)', () => {
    assert.notEqual(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), '');
    assert.equal(sarifErrors(sarifLog('scan', SCAN_RULES, [])), '');
  });

  it('scan --format sarif is valid SARIF 2.1.0 with rules, a result and its location', async () => {
    const r = await runBuiltCli([
      'scan',
      '--format',
      'sarif',
      '--exit-code',
      path.join(TRACES, 'py-openai-403-model-plain.txt'),
      path.join(TRACES, 'node-replicate-404-owner-inspect.txt'),
    ]);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.equal(sarifErrors(log), '');
    const run = log.runs[0];
    assert.equal(run.tool.driver.rules.length, CAUSE_IDS.length);
    assert.equal(run.results.length, 2);
    const first = run.results[0];
    assert.equal(first.ruleId, 'model-access');
    assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'model-access');
    assert.deepEqual(first.locations[0].physicalLocation, { artifactLocation: { uri: 'file:///home/dev/app/app.py' }, region: { startLine: 7 } });
  });

  it('check --format sarif is valid SARIF 2.1.0 with relative locations and columns', async () => {
    const r = await runBuiltCli(['check', '--format', 'sarif', '--today', '2026-12-01'], {}, TREE);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.equal(sarifErrors(log), '');
    const results = log.runs[0].results;
    assert.deepEqual(
      results.map((x: { ruleId: string }) => x.ruleId),
      ['model-typo', 'retired-model', 'retired-model', 'retired-model'],
    );
    assert.deepEqual(results[2].locations[0].physicalLocation, {
      artifactLocation: { uri: 'src/chat.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 13, endColumn: 39 },
    });
  });

  it('scan --format github matches its golden output', async () => {
    const r = await runBuiltCli([
      'scan',
      '--format',
      'github',
      path.join(TRACES, 'py-openai-403-model-plain.txt'),
      path.join(TRACES, 'node-replicate-404-owner-inspect.txt'),
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, fs.readFileSync(path.join(GOLDEN, 'scan-github.txt'), 'utf8'));
  });

  it('check --format github matches its golden output', async () => {
    const r = await runBuiltCli(['check', '--format', 'github', '--today', '2026-12-01'], {}, TREE);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, fs.readFileSync(path.join(GOLDEN, 'check-github.txt'), 'utf8'));
  });

  it('a hostile trace cannot add a command, leak the key or reach the terminal with controls', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aad-hostile-')), 'ci.log');
    fs.writeFileSync(file, HOSTILE);
    const github = await runBuiltCli(['scan', '--format', 'github', file]);
    const lines = github.stdout.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, github.stdout);
    assert.match(
      lines[0]!,
      /^::error file=\/home\/dev\/app\/we%2Cird%3Aname\.py,line=9,title=OpenAI%3A The key cannot use this model%2C or the model does not exist::/,
    );
    assert.match(lines[0]!, /100%25/);
    const sarif = await runBuiltCli(['scan', '--format', 'sarif', file]);
    assert.equal(sarifErrors(JSON.parse(sarif.stdout)), '');
    for (const out of [github.stdout, sarif.stdout, (await runBuiltCli(['scan', '--format', 'problems', file])).stdout]) {
      assert.ok(out.includes('gpt-4o'), 'positive control: the incident is there');
      assert.ok(!out.includes('canary42'), out);
      assert.doesNotMatch(out, /[\u0080-\u009f\u202e\u0007\r]/);
    }
  });
});
