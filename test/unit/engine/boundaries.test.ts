// Run File with Watch quotes the file for the shell; the CLI goes on after an unreadable file.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanCommand } from '../../../src/core/cli/scanCommand';
import { shellQuote } from '../../../src/core/shellQuote';
import { memoryIo } from '../../support/cliIo';
import { FIXTURES } from './helpers';

describe('boundaries: shell quoting for Run File with Watch', () => {
  it('a file name with $(…), backticks or quotes reaches sh as one literal word and runs nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aad-quote-'));
    try {
      for (const name of ['app.py', 'my app.py', 'app$(touch PWNED).py', 'app`touch PWNED`.py', 'it\'s $HOME "x".py']) {
        const quoted = shellQuote(path.join(dir, name), 'linux');
        assert.ok(quoted);
        // What spawn(commandLine, { shell: true }) does on POSIX: /bin/sh -c "<command> <file>".
        const r = spawnSync('/bin/sh', ['-c', `printf %s ${quoted}`], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.stdout, path.join(dir, name), name);
      }
      assert.ok(!fs.existsSync(path.join(dir, 'PWNED')), 'no command in a file name ran');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cmd.exe gets double quotes, or nothing when it cannot carry the name safely', () => {
    assert.equal(shellQuote('C:\\w\\my app.py', 'win32'), '"C:\\w\\my app.py"');
    for (const bad of ['C:\\w\\%PATH%.py', 'C:\\w\\a"b.py', 'C:\\w\\x!y!.py']) assert.equal(shellQuote(bad, 'win32'), null, bad);
  });
});

describe('boundaries: scan goes on after an unreadable file', () => {
  it('reports each unreadable file, scans the rest, exits 2 at the end', async () => {
    const t = memoryIo();
    const missing = path.join(os.tmpdir(), 'aad-no-such-file.log');
    const code = await scanCommand([missing, path.join(FIXTURES, 'py-openai-403-model-plain.txt'), os.tmpdir()], t.io);
    assert.equal(code, 2);
    assert.equal(t.out().trim().split('\n').length, 1, 'the readable file was scanned');
    assert.match(t.err(), /cannot read '.*aad-no-such-file\.log': no such file/);
    assert.match(t.err(), /is a directory/);
  });
});
