// "Scan Log for AI Access Errors": a CI log's trace lands on the workspace file it names, even
// though the path in the log is the CI runner's.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, drive, ourDiagnostics, sleep, waitFor, workspaceDir } from './helpers';

const script = vscode.Uri.file(path.join(workspaceDir, 'ask_model.py'));

/** A GitHub Actions log of ask_model.py failing on the runner. */
const CI_LOG = [
  '##[group]Run python ask_model.py',
  'Traceback (most recent call last):',
  '  File "/home/runner/work/app/app/ask_model.py", line 16, in <module>',
  '    print(ask("Write a haiku about permissions."))',
  '  File "/home/runner/work/app/app/ask_model.py", line 8, in ask',
  '    reply = client.chat.completions.create(',
  '  File "/opt/hostedtoolcache/Python/3.12.4/x64/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
  '    raise self._make_status_error_from_response(err.response) from None',
  "openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model gpt-4o', 'code': 'model_not_found'}}",
  '##[error]Process completed with exit code 1.',
  '',
].join('\n');

describe('log scanning', function () {
  this.timeout(60_000);
  const written: string[] = [];
  const write = (name: string, text: string) => {
    const file = path.join(workspaceDir, name);
    fs.writeFileSync(file, text);
    written.push(file);
    return vscode.Uri.file(file);
  };

  after(() => written.forEach((file) => fs.rmSync(file, { force: true })));

  it("puts a CI log's error on the workspace line its trace names", async () => {
    const app = await api();
    app.store.clear();
    const count = await vscode.commands.executeCommand<number>('aiAccessDoctor.scanLog', write('ci.log', CI_LOG));
    assert.equal(count, 1);
    const [item] = app.store.all();
    assert.equal(item?.origin, 'Log: ci.log');
    assert.equal(item.incident.cause, 'model-access');
    assert.equal(item.location?.uri.fsPath, script.fsPath);
    assert.equal(item.location?.range.start.line, 7);
    assert.deepEqual(
      item.related.map((location) => location.range.start.line),
      [15],
    );
    await waitFor('the Problems entry', () => ourDiagnostics(script).length === 1 || undefined);
  });

  it('says when a log holds no AI access errors, and stores nothing', async () => {
    const app = await api();
    app.store.clear();
    const log = write('build.log', 'npm error code E403\nnpm error 403 403 Forbidden - PUT https://registry.npmjs.org/acme\n');
    assert.equal(await vscode.commands.executeCommand<number>('aiAccessDoctor.scanLog', log), 0);
    assert.equal(app.store.all().length, 0);
  });

  it('scans a log pasted into an untitled editor', async () => {
    const app = await api();
    app.store.clear();
    const document = await vscode.workspace.openTextDocument({ content: CI_LOG, language: 'log' });
    await vscode.window.showTextDocument(document);
    try {
      assert.equal(await vscode.commands.executeCommand<number>('aiAccessDoctor.scanLog'), 1);
      assert.equal(app.store.all()[0]?.location?.range.start.line, 7);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it("scans the sample CI log from the Explorer's context menu", async () => {
    const app = await api();
    app.store.clear();
    await vscode.commands.executeCommand('workbench.view.explorer');
    const scanned = () => app.store.all().find((item) => item.origin === 'Log: ci-run.log');
    const row = '.explorer-folders-view .monaco-list-row:has-text("ci-run.log")';
    const item = '.context-view .action-label:has-text("Scan Log for AI Access Errors")';
    // A menu opened by a synthetic right-click can drop the first click on an item while it
    // settles: point at the item first, and open the menu again if nothing was scanned.
    for (let attempt = 0; attempt < 2 && !scanned(); attempt++) {
      await drive('click', { selector: row, button: 'right' });
      await drive('hover', { selector: item });
      await sleep(300);
      await drive('screenshot', { name: 'scan-log-menu' });
      await drive('screenshot', { name: 'wt-scan', clip: '0,0,760,720' });
      await drive('click', { selector: item });
      await waitFor('the scanned log', scanned, 10_000).catch(() => undefined);
    }
    const location = scanned()?.location;
    assert.equal(location?.uri.fsPath, script.fsPath);
    assert.equal(location?.range.start.line, 7);
  });
});
