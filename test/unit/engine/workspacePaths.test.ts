// Incidents are located only in files inside a workspace folder after symbolic links resolve.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isSymlink, realPathInside } from '../../../src/core/workspacePaths';

describe('workspace paths: a trace cannot point outside the workspace', () => {
  let base: string;
  let workspace: string;
  let outside: string;
  before(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'aad-paths-')));
    workspace = path.join(base, 'workspace');
    outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(workspace, 'src'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(workspace, 'src', 'app.py'), 'x = 1\n');
    fs.writeFileSync(path.join(outside, 'secret.py'), 'y = 2\n');
    fs.writeFileSync(path.join(outside, 'gitignore'), 'node_modules\n');
    fs.symlinkSync(path.join(outside, 'secret.py'), path.join(workspace, 'src', 'linked.py'));
    fs.symlinkSync(outside, path.join(workspace, 'linked-dir'));
    fs.symlinkSync(path.join(outside, 'gitignore'), path.join(workspace, '.gitignore'));
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  it('a file inside a workspace folder is located (control)', async () => {
    assert.equal(await realPathInside(path.join(workspace, 'src', 'app.py'), [workspace]), path.join(workspace, 'src', 'app.py'));
  });

  it('absolute paths, ../ and symbolic links that lead out are not', async () => {
    for (const file of [
      path.join(outside, 'secret.py'),
      path.join(workspace, '..', 'outside', 'secret.py'),
      path.join(workspace, 'src', 'linked.py'),
      path.join(workspace, 'linked-dir', 'secret.py'),
      '/etc/passwd',
    ]) {
      assert.equal(await realPathInside(file, [workspace]), undefined, file);
    }
  });

  it('a symbolic link is recognised as one (a linked .gitignore is never written)', async () => {
    assert.equal(await isSymlink(path.join(workspace, '.gitignore')), true);
    assert.equal(await isSymlink(path.join(workspace, 'src', 'app.py')), false);
  });
});
