// action.yml: a composite action whose script runs the built CLI with the inputs from env only.
// The script is cut out of the file and run with bash as the runner would.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../../support/runCli';

const ACTION = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');

function script(): string {
  const lines = ACTION.split('\n');
  const start = lines.findIndex((l) => /^\s+run: \|$/.test(l));
  const indent = /^\s*/.exec(lines[start + 1]!)![0].length;
  const body: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.trim() && /^\s*/.exec(l)![0].length < indent) break;
    body.push(l.slice(indent));
  }
  return body.join('\n');
}

function runAction(inputs: Record<string, string>, cwd: string): Promise<{ code: number; stdout: string; output: string }> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aad-action-')), 'github_output');
  fs.writeFileSync(out, '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_OUTPUT: out,
    AAD_ARGS: '',
    AAD_FORMAT: '',
    AAD_OUTPUT: '',
    AAD_VERSION: 'latest',
    ...inputs,
  };
  return new Promise((resolve) => {
    execFile('bash', ['-c', script()], { cwd, env, encoding: 'utf8' }, (err, stdout) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? -1) : 0, stdout, output: fs.readFileSync(out, 'utf8') });
    });
  });
}

describe('action.yml', () => {
  it('is a composite action that passes every input through env, never into the script', () => {
    assert.match(ACTION, /^runs:\n {2}using: composite$/m);
    const s = script();
    assert.doesNotMatch(s, /\$\{\{/, 'no expression inside the script');
    for (const input of ['command', 'args', 'format', 'output', 'version']) assert.match(ACTION, new RegExp(`AAD_\\w+: \\$\\{\\{ inputs\\.${input} \\}\\}`));
  });

  it('runs check with GitHub annotations by default and reports the exit code', async () => {
    const r = await runAction({ AAD_COMMAND: 'check', AAD_ARGS: '--today 2026-12-01 --exit-code' }, path.join(ROOT, 'test/fixtures/check-tree'));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error file=src\/chat\.ts,line=7,col=13,/m);
    assert.equal(r.output.trim(), 'exit-code=1');
  });

  it('writes SARIF to a file, and refuses an unknown command or a hostile argument without running it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aad-action-sarif-'));
    const sarif = path.join(dir, 'out.sarif');
    const ok = await runAction(
      { AAD_COMMAND: 'check', AAD_FORMAT: 'sarif', AAD_OUTPUT: sarif, AAD_ARGS: '--today 2026-12-01' },
      path.join(ROOT, 'test/fixtures/check-tree'),
    );
    assert.equal(ok.code, 0);
    assert.equal(JSON.parse(fs.readFileSync(sarif, 'utf8')).version, '2.1.0');
    assert.equal((await runAction({ AAD_COMMAND: 'rm -rf /' }, dir)).code, 2);
    const marker = path.join(dir, 'PWNED');
    await runAction({ AAD_COMMAND: 'check', AAD_ARGS: `$(touch ${marker}) ; touch ${marker}` }, dir);
    assert.ok(!fs.existsSync(marker));
  });
});
