import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanCommand } from '../../../src/core/cli/scanCommand';
import { memoryIo } from '../../support/cliIo';
import { FIXTURES, fixture } from './helpers';

const io = memoryIo;

describe('engine: scan command', () => {
  it('prints one JSON line per incident for files, exit 0', async () => {
    const t = io();
    const code = await scanCommand(
      [
        path.join(FIXTURES, 'py-openai-403-model-plain.txt'),
        path.join(FIXTURES, 'neg-npm-e403.txt'),
        path.join(FIXTURES, 'node-replicate-404-owner-inspect.txt'),
      ],
      t.io,
    );
    assert.equal(code, 0);
    const lines = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual(lines[0].userFrame, { file: '/home/dev/app/app.py', line: 7, function: 'ask' });
    assert.equal(lines[0].errorClass, 'openai.PermissionDeniedError');
    assert.equal(lines[1].cause, 'destination-not-found');
  });

  it('reads stdin and honours --exit-code', async () => {
    const t = io(fixture('py-hf-gated-plain.txt'));
    assert.equal(await scanCommand(['--exit-code'], t.io), 1);
    assert.equal(JSON.parse(t.out()).cause, 'gated-repo');
    const n = io(fixture('neg-git-push-403.txt'));
    assert.equal(await scanCommand(['--exit-code'], n.io), 0);
    assert.equal(n.out(), '');
  });

  it('prints a plain text summary without colour when not a TTY', async () => {
    const saved = process.env.FORCE_COLOR;
    delete process.env.FORCE_COLOR;
    try {
      const t = io(fixture('py-google-leaked-plain.txt'));
      assert.equal(await scanCommand(['--format', 'text'], t.io), 0);
      assert.ok(!t.out().includes('\x1b['));
      assert.match(t.out(), /The key was disabled because it leaked/);
      assert.match(t.out(), /Fix: /);
    } finally {
      if (saved !== undefined) process.env.FORCE_COLOR = saved;
    }
  });

  it('exits 2 on bad usage and unreadable files', async () => {
    const a = io();
    assert.equal(await scanCommand(['--format', 'xml'], a.io), 2);
    assert.match(a.err(), /--format must be json, text, problems, sarif or github/);
    const b = io();
    assert.equal(await scanCommand([path.join(os.tmpdir(), 'no-such-file-aad.txt')], b.io), 2);
    assert.match(b.err(), /cannot read .*no such file/);
  });

  it('works as the built CLI (node out/src/cli.js scan)', () => {
    const cli = path.resolve(__dirname, '../../../src/cli.js');
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aad-cli-')), 'log.txt');
    fs.writeFileSync(log, fixture('node-openai-403-model-cjs.txt') + fixture('neg-curl-nginx-403.txt'));
    const r = spawnSync(process.execPath, [cli, 'scan', '--exit-code', log], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const rec = JSON.parse(r.stdout);
    assert.equal(rec.provider, 'openai');
    assert.equal(rec.model, 'gpt-4o');
    const piped = spawnSync(process.execPath, [cli, 'scan'], { input: fixture('py-mistral-401-plain.txt'), encoding: 'utf8' });
    assert.equal(piped.status, 0);
    assert.equal(JSON.parse(piped.stdout).provider, 'mistral');
  });
});
