// How incidents come and go: Run File with Watch, edits, a later success, the clear command,
// the settings that turn watching off, and stored tokens given to new terminals.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AiAccessDoctorApi } from '../../src/extension';
import type { IncidentChange } from '../../src/vscode/incidents';
import { startFakeProvider } from '../support/fakeProvider';
import {
  api,
  drive,
  hoverText,
  nextIncident,
  repoDir,
  ourDiagnostics,
  runInTerminal,
  scriptEnv,
  shellTerminal,
  sleep,
  waitFor,
  workspaceDir,
  RESOLVE_ALL,
  quickFixes,
} from './helpers';

const script = vscode.Uri.file(path.join(workspaceDir, 'ask_model.py'));

describe('incident lifecycle', function () {
  this.timeout(180_000);
  let app: AiAccessDoctorApi;
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;
  let terminal: vscode.Terminal;
  const config = () => vscode.workspace.getConfiguration('aiAccessDoctor');

  before(async () => {
    app = await api();
    provider = await startFakeProvider();
    terminal = await shellTerminal('lifecycle');
    await runInTerminal(terminal, `export ${scriptEnv(provider.url)}`);
  });

  after(async () => {
    terminal.dispose();
    await provider.close();
  });

  async function flag(): Promise<void> {
    app.store.clear();
    const found = nextIncident(app.store, (item) => item.location?.uri.fsPath === script.fsPath);
    await runInTerminal(terminal, 'python3 ask_model.py');
    await found;
    assert.equal(ourDiagnostics(script).length, 1);
  }

  it('runs the active file in its own watched terminal ("Run File with Watch")', async () => {
    app.store.clear();
    await vscode.window.showTextDocument(script);
    const saved = { ...process.env };
    Object.assign(process.env, { OPENAI_BASE_URL: `${provider.url}/v1`, OPENAI_API_KEY: 'sk-test-valid', PYTHONPATH: 'vendor/site-packages' });
    try {
      const found = nextIncident(app.store, (item) => item.origin.startsWith('Run:'));
      const exitCode = await vscode.commands.executeCommand<number>('aiAccessDoctor.runFileWithWatch');
      assert.equal(exitCode, 1);
      const { incident, location } = await found;
      assert.equal(incident.cause, 'model-access');
      assert.equal(location?.range.start.line, 7);
    } finally {
      for (const key of ['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'PYTHONPATH']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
      vscode.window.terminals.filter((t) => t.name.startsWith('Watch:')).forEach((t) => t.dispose());
    }
  });

  it('drops the Problems entry when the flagged line is edited', async () => {
    await flag();
    const editor = await vscode.window.showTextDocument(script);
    const original = editor.document.getText();
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(7, 4), '# note\n    '));
      await waitFor('the entry to go', () => ourDiagnostics(script).length === 0);
      assert.ok(app.store.all().length > 0, 'the panel keeps the incident');
    } finally {
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), original));
      await editor.document.save();
    }
  });

  it('brings the Problems entry back when a quick fix of its line is undone', async () => {
    await flag();
    const editor = await vscode.window.showTextDocument(script);
    const original = editor.document.getText();
    try {
      const wrap = (await quickFixes(script, ourDiagnostics(script)[0]!.range, (found) => found.some((a) => a.title.startsWith('Wrap')))).find((a) =>
        a.title.startsWith('Wrap'),
      );
      assert.ok(wrap?.edit, 'the wrap fix is offered with its edit');
      assert.equal(await vscode.workspace.applyEdit(wrap.edit), true);
      await waitFor('the entry to go', () => ourDiagnostics(script).length === 0);
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      await waitFor('the text restored', () => editor.document.getText() === original);
      const back = await waitFor('the entry back', () => ourDiagnostics(script)[0]);
      assert.equal(back.range.start.line, 7);
    } finally {
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), original));
      await editor.document.save();
    }
  });

  it('counts the same trace from a saved log of the same run once, with both origins', async () => {
    app.store.clear();
    const live = nextIncident(app.store, (item) => item.location?.uri.fsPath === script.fsPath);
    await runInTerminal(terminal, 'python3 ask_model.py 2>&1 | tee same-run.log');
    const { incident } = await live;
    const log = vscode.Uri.file(path.join(workspaceDir, 'same-run.log'));
    try {
      assert.equal(await vscode.commands.executeCommand<number>('aiAccessDoctor.scanLog', log), 1);
      assert.equal(app.store.all().length, 1, 'one incident');
      assert.deepEqual(app.store.get(incident.id)?.alsoSeenIn, ['Log: same-run.log']);
      // Positive control: the log alone is an incident of its own.
      app.store.clear();
      assert.equal(await vscode.commands.executeCommand<number>('aiAccessDoctor.scanLog', log), 1);
      assert.equal(app.store.all()[0]?.origin, 'Log: same-run.log');
    } finally {
      await vscode.workspace.fs.delete(log);
    }
  });

  it('moves the Problems entry with its line when lines are inserted above', async () => {
    await flag();
    const editor = await vscode.window.showTextDocument(script);
    const original = editor.document.getText();
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# one\n# two\n'));
      await waitFor('the entry to move', () => ourDiagnostics(script)[0]?.range.start.line === 9);
      assert.match(editor.document.lineAt(9).text, /client\.chat\.completions\.create/);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', script, new vscode.Position(9, 12));
      assert.match(hoverText(hovers), /AI Access Doctor/, 'the hover moved too');
    } finally {
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), original));
      await editor.document.save();
    }
  });

  it('hands out frozen entries and says in each change what it added, changed or removed', async () => {
    const events: IncidentChange[] = [];
    const listener = app.store.onDidChange((change) => events.push(change));
    const editor = await vscode.window.showTextDocument(script);
    const original = editor.document.getText();
    try {
      await flag();
      const added = events.flatMap((change) => change.added).find((item) => item.location?.uri.fsPath === script.fsPath);
      assert.ok(added, 'the new entry came in an event as added');
      assert.ok(Object.isFrozen(added) && Object.isFrozen(added.incident) && Object.isFrozen(added.related));
      assert.throws(() => Object.assign(added, { location: undefined }), TypeError);
      events.length = 0;
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# one\n'));
      const moved = await waitFor('a change event for the moved entry', () =>
        events.flatMap((change) => change.changed).find(({ before }) => before.incident.id === added.incident.id),
      );
      assert.equal(moved.after.location?.range.start.line, 8);
      assert.equal(added.location?.range.start.line, 7, 'the entry handed out before the edit did not change');
      events.length = 0;
      app.store.clear();
      assert.ok(events.some((change) => change.removed.some((item) => item.incident.id === added.incident.id)));
    } finally {
      listener.dispose();
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), original));
      await editor.document.save();
    }
  });

  it('drops the Problems entry once the same command succeeds', async () => {
    await flag();
    const editor = await vscode.window.showTextDocument(script);
    const original = editor.document.getText();
    try {
      // The user switches the model on its own line (not the flagged one) and runs again.
      const modelLine = editor.document.lineAt(8);
      await editor.edit((edit) => edit.replace(modelLine.range, modelLine.text.replace('"gpt-4o"', '"gpt-4o-mini"')));
      await editor.document.save();
      assert.equal(ourDiagnostics(script).length, 1, 'editing another line keeps the entry');
      const { exitCode } = await runInTerminal(terminal, 'python3 ask_model.py');
      assert.equal(exitCode, 0);
      await waitFor('the entry to go', () => ourDiagnostics(script).length === 0);
    } finally {
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), original));
      await editor.document.save();
    }
  });

  it('clears the panel, Problems and hovers with "Clear Incidents"', async () => {
    await flag();
    await vscode.commands.executeCommand('aiAccessDoctor.clear');
    assert.equal(app.store.all().length, 0);
    assert.equal(ourDiagnostics(script).length, 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', script, new vscode.Position(7, 12));
    assert.doesNotMatch(hoverText(hovers), /AI Access Doctor/);
  });

  it('watches nothing in the terminal when turned off in settings', async () => {
    await config().update('watch.terminal', false, vscode.ConfigurationTarget.Global);
    try {
      app.store.clear();
      await runInTerminal(terminal, 'python3 ask_model.py');
      await sleep(2500);
      assert.equal(app.store.all().length, 0);
    } finally {
      await config().update('watch.terminal', undefined, vscode.ConfigurationTarget.Global);
    }
    // Positive control: the same run, watched again, is flagged.
    await flag();
  });

  it('gives the stored token to new terminals only when asked to', async () => {
    const stored = vscode.commands.executeCommand<boolean>('aiAccessDoctor.setToken', 'openai');
    await drive('click', { selector: '.quick-input-widget input[type="password"]' });
    await drive('type', { text: 'sk-test-shared' });
    await drive('press', { key: 'Enter' });
    assert.equal(await stored, true);
    const probe = 'test "$OPENAI_API_KEY" = sk-test-shared';
    const before = await shellTerminal('no tokens');
    assert.notEqual((await runInTerminal(before, probe)).exitCode, 0, 'not shared by default');
    before.dispose();
    await vscode.commands.executeCommand('aiAccessDoctor.toggleTokensInTerminals');
    try {
      await waitFor('the terminal environment', () => config().get('tokens.shareWithTerminals') === true);
      await sleep(500);
      const after = await shellTerminal('with tokens');
      assert.equal((await runInTerminal(after, probe)).exitCode, 0, 'shared once turned on');
      after.dispose();
    } finally {
      await vscode.commands.executeCommand('aiAccessDoctor.toggleTokensInTerminals');
      await vscode.commands.executeCommand('aiAccessDoctor.forgetToken', 'openai');
    }
  });

  it('says once, plainly, when a terminal has no shell integration', async () => {
    const said = new Promise<string>((resolve) => app.terminals.onNoShellIntegration(resolve));
    const plain = vscode.window.createTerminal({ name: 'plain sh', shellPath: '/bin/sh' });
    try {
      const name = await Promise.race([said, sleep(15_000).then(() => 'nothing said')]);
      assert.equal(name, 'plain sh');
    } finally {
      plain.dispose();
    }
  });

  it('watches a shell task too', async () => {
    app.store.clear();
    const found = nextIncident(app.store, (item) => item.location?.uri.fsPath === script.fsPath);
    const task = new vscode.Task(
      { type: 'shell' },
      vscode.TaskScope.Workspace,
      'ask model',
      'test',
      new vscode.ShellExecution(`${scriptEnv(provider.url)} python3 ask_model.py`, { cwd: workspaceDir }),
    );
    await vscode.tasks.executeTask(task);
    const { incident } = await found;
    assert.equal(incident.cause, 'model-access');
  });

  it('gives the stored token to debug sessions only when asked to', async () => {
    const stored = vscode.commands.executeCommand<boolean>('aiAccessDoctor.setToken', 'openai');
    await drive('click', { selector: '.quick-input-widget input[type="password"]' });
    await drive('type', { text: 'sk-test-shared' });
    await drive('press', { key: 'Enter' });
    assert.equal(await stored, true);
    /** What a Node debug session sees in OPENAI_API_KEY (it prints a verdict, never the value). */
    const debugSees = async (): Promise<string> => {
      const outputs: string[] = [];
      const recorder = vscode.debug.registerDebugAdapterTrackerFactory('*', {
        createDebugAdapterTracker: () => ({
          onDidSendMessage: (m: { type?: string; event?: string; body?: { category?: string; output?: string } }) => {
            if (m.type === 'event' && m.event === 'output' && m.body?.category !== 'telemetry' && m.body?.output) outputs.push(m.body.output);
          },
        }),
      });
      try {
        await vscode.debug.startDebugging(vscode.workspace.workspaceFolders![0], {
          type: 'node',
          request: 'launch',
          name: 'env probe',
          // Prints a verdict line, never the value; js-debug also echoes this command line.
          runtimeArgs: ['-e', 'console.log("token: " + (process.env.OPENAI_API_KEY === "sk-test-shared" ? "shared" : "absent"))'],
        });
        return await waitFor("the probe's verdict", () => /^token: (shared|absent)\b/m.exec(outputs.join(''))?.[1], 15_000).catch(
          (error: Error) => `${error.message}: ${JSON.stringify(outputs)}`,
        );
      } finally {
        recorder.dispose();
        await vscode.debug.stopDebugging();
      }
    };
    try {
      assert.equal(await debugSees(), 'absent');
      await vscode.commands.executeCommand('aiAccessDoctor.toggleTokensInDebugSessions');
      assert.equal(await debugSees(), 'shared');
    } finally {
      await config().update('tokens.shareWithDebugSessions', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('aiAccessDoctor.forgetToken', 'openai');
    }
  });

  it('fills Problems from a task through the $ai-access-doctor problem matcher, with quick fixes', async () => {
    app.store.clear();
    const cli = path.join(repoDir, 'dist/cli.js');
    const task = new vscode.Task(
      { type: 'shell' },
      vscode.TaskScope.Workspace,
      'scan log',
      'test',
      new vscode.ShellExecution(`${scriptEnv(provider.url)} python3 ask_model.py > run.log 2>&1; node ${cli} scan --format problems run.log`, {
        cwd: workspaceDir,
      }),
      ['$ai-access-doctor'],
    );
    await vscode.tasks.executeTask(task);
    const entry = await waitFor("the task's Problems entry", () => vscode.languages.getDiagnostics(script).find((d) => d.source === 'AI Access Doctor (task)'));
    assert.equal(entry.range.start.line, 7);
    assert.equal(entry.severity, vscode.DiagnosticSeverity.Error);
    assert.match(entry.message, /gpt-4o/);
    assert.equal(typeof entry.code === 'object' ? entry.code.value : entry.code, 'model-access');

    // The Problems entry offers the fixes from its row once the file is open, as for any quick fix.
    const editor = await vscode.window.showTextDocument(script, { selection: new vscode.Range(7, 12, 7, 12) });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const row = '.markers-panel .monaco-list-row:has-text("AI Access Doctor (task)")';
    await drive('hover', { selector: row });
    await drive('click', { selector: `${row} [class*="quickfix"]` });
    const menu = await waitFor('the quick fix menu', async () => (await drive('text', { selector: '.context-view .action-label' })) || undefined);
    await drive('screenshot', { name: 'task-quick-fixes' });
    await drive('press', { key: 'Escape' });
    assert.match(menu, /^Use gpt-4o-mini instead of gpt-4o$/m);
    assert.match(menu, /^Wrap in try\/except \(openai\.PermissionDeniedError/m);

    // The fixes are tied to the entry: the first is preferred, so Auto Fix applies it from
    // anywhere on the line (the entry itself sits at column 1).
    await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(7, 12, 7, 12) });
    const original = editor.document.getText();
    const [first] = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      script,
      new vscode.Range(7, 12, 7, 12),
      vscode.CodeActionKind.QuickFix.value,
      RESOLVE_ALL,
    );
    assert.equal(first?.title, 'Use gpt-4o-mini instead of gpt-4o');
    assert.equal(first?.isPreferred, true);
    try {
      await vscode.commands.executeCommand('editor.action.autoFix');
      await waitFor('the preferred fix applied', () => editor.document.getText().includes('model="gpt-4o-mini"') || undefined, 10_000);
    } finally {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(script, new vscode.Range(0, 0, editor.document.lineCount, 0), original);
      await vscode.workspace.applyEdit(edit);
      await editor.document.save();
      // A later run of a task with the matcher that finds nothing clears the entry.
      const clean = new vscode.Task(
        { type: 'shell' },
        vscode.TaskScope.Workspace,
        'scan nothing',
        'test',
        new vscode.ShellExecution('true', { cwd: workspaceDir }),
        ['$ai-access-doctor'],
      );
      await vscode.tasks.executeTask(clean);
      await waitFor(
        'the task entry cleared',
        () => !vscode.languages.getDiagnostics(script).some((d) => d.source === 'AI Access Doctor (task)') || undefined,
        15_000,
      );
    }
  });
});
