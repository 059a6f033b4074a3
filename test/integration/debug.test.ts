// A debug session of the Node script produces the same incident through the debug adapter tracker.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startFakeProvider } from '../support/fakeProvider';
import { api, drive, nextIncident, ourDiagnostics, repoDir, sleep, waitFor, workspaceDir } from './helpers';

const program = path.join(workspaceDir, 'ask_model.js');

/** A launch configuration of the Node script against the fake provider. */
function askModel(providerUrl: string, extra: Record<string, unknown> = {}): vscode.DebugConfiguration {
  return {
    type: 'node',
    request: 'launch',
    name: 'Ask model',
    program,
    cwd: workspaceDir,
    env: { OPENAI_BASE_URL: `${providerUrl}/v1`, OPENAI_API_KEY: 'sk-test-valid', NODE_PATH: path.join(repoDir, 'node_modules') },
    ...extra,
  };
}

/** Resolves when the session launched under this name (the parent) has ended. */
function sessionEnded(name: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.debug.onDidTerminateDebugSession((session) => {
      if (session.name === name && !session.parentSession) {
        listener.dispose();
        resolve();
      }
    });
  });
}

describe('debug console watching', function () {
  this.timeout(120_000);

  // js-debug's default report ("Uncaught PermissionDeniedError Error: …") drops the async frames,
  // so the line comes from the launched program; with outputCapture "std" the stack names it.
  for (const outputCapture of ['console', 'std'])
    it(`flags the openai 403 of a Node debug session on the call line (outputCapture ${outputCapture})`, async () => {
      const app = await api();
      const provider = await startFakeProvider();
      // What the debug adapter said, to show when the test fails.
      const seen: string[] = [];
      const recorder = vscode.debug.registerDebugAdapterTrackerFactory('*', {
        createDebugAdapterTracker: (session) => ({
          onDidSendMessage: (m: { type?: string; event?: string; command?: string; body?: { category?: string; output?: string } }) => {
            if (m.type === 'event' && m.event === 'output') seen.push(`[${session.type} ${m.body?.category}] ${m.body?.output}`);
            else if (m.type === 'response' && m.command === 'exceptionInfo') seen.push(`[exceptionInfo] ${JSON.stringify(m.body).slice(0, 400)}`);
          },
        }),
      });
      try {
        app.store.clear();
        const found = nextIncident(app.store, (item) => item.origin.startsWith('Debug:'), 60_000);
        const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders![0], askModel(provider.url, { outputCapture }));
        assert.equal(started, true, 'the debug session started');
        const { incident, location } = await found.catch((error: Error) => {
          throw new Error(`${error.message}; the adapter said:\n${seen.join('')}`);
        });
        assert.equal(incident.provider, 'openai');
        assert.equal(incident.cause, 'model-access');
        assert.equal(incident.model, 'gpt-4o');
        assert.equal(location?.uri.fsPath, program);
        assert.equal(location?.range.start.line, 6);
        await waitFor('the diagnostic', () => ourDiagnostics(vscode.Uri.file(program)).length > 0);
      } finally {
        recorder.dispose();
        await vscode.debug.stopDebugging();
        await provider.close();
      }
    });

  it('reads the exception details when the session pauses on the SDK error', async () => {
    const app = await api();
    const provider = await startFakeProvider();
    const folder = vscode.workspace.workspaceFolders![0];
    let paused = false;
    let details = 0;
    const stops: string[] = [];
    const recorder = vscode.debug.registerDebugAdapterTrackerFactory('*', {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type?: string; event?: string; command?: string; body?: { reason?: string; description?: string } }) => {
          if (m.type === 'event' && m.event === 'stopped') stops.push(`${m.body?.reason}: ${m.body?.description}`);
          if (m.type === 'event' && m.event === 'stopped' && m.body?.reason === 'exception') paused = true;
          else if (m.type === 'event' && m.event === 'continued') paused = false;
          else if (m.type === 'response' && m.command === 'exceptionInfo') details++;
        },
      }),
    });
    // The Breakpoints view lists js-debug's exception filters once a Node session has run.
    const warmedUp = sessionEnded('warm up');
    await vscode.debug.startDebugging(folder, { type: 'node', request: 'launch', name: 'warm up', runtimeArgs: ['-e', '0'] });
    await warmedUp;
    await vscode.commands.executeCommand('workbench.view.debug');
    // V8 predicts the SDK's rejection as handled (the SDK's own promise chain catches it), so
    // js-debug pauses on it under "Caught Exceptions", not "Uncaught Exceptions".
    const caught = '.monaco-list-row:has-text("Caught Exceptions"):not(:has-text("Uncaught")) [role=checkbox]';
    await drive('click', { selector: caught });
    try {
      app.store.clear();
      const found = nextIncident(app.store, (item) => item.origin.startsWith('Debug:'), 60_000);
      const ended = sessionEnded('Ask model');
      assert.equal(await vscode.debug.startDebugging(folder, askModel(provider.url)), true);
      await waitFor('the pause on the exception', () => paused || undefined, 60_000);
      // VS Code asks for the details when it shows the exception widget on the focused top
      // frame; it can miss that while the call stack loads. Focusing the top frame again, as a
      // click in Call Stack does, makes it ask.
      for (let tries = 0; details === 0 && tries < 10; tries++) {
        await sleep(500);
        if (details > 0) break;
        await vscode.commands.executeCommand('workbench.action.debug.callStackDown');
        await vscode.commands.executeCommand('workbench.action.debug.callStackUp');
      }
      assert.ok(details > 0, `VS Code asked for the exception details (stops: ${stops.join(' | ')})`);
      const { incident, location } = await found;
      assert.equal(paused, true, 'found while paused, before the process printed anything');
      assert.equal(incident.cause, 'model-access');
      // Only the exception details carry the async frame that names the user's function.
      assert.deepEqual([incident.userFrame?.function, incident.userFrame?.line], ['ask', 7]);
      assert.equal(location?.uri.fsPath, program);
      assert.equal(location?.range.start.line, 6);
      await drive('screenshot', { name: 'debug-exception' });
      await vscode.commands.executeCommand('workbench.action.debug.continue');
      await ended;
      assert.equal(app.store.all().length, 1, "the process's own report of the same error counts once");
    } finally {
      await drive('click', { selector: caught });
      await vscode.commands.executeCommand('workbench.view.explorer');
      recorder.dispose();
      await vscode.debug.stopDebugging();
      await provider.close();
    }
  });
});
