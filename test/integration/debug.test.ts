// A debug session of the Node script produces the same incident through the debug adapter tracker.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startFakeProvider } from '../support/fakeProvider';
import { api, nextIncident, ourDiagnostics, repoDir, waitFor, workspaceDir } from './helpers';

describe('debug console watching', function () {
  this.timeout(120_000);

  // js-debug's default report ("Uncaught PermissionDeniedError Error: …") drops the async frames,
  // so the line comes from the launched program; with outputCapture "std" the stack names it.
  for (const outputCapture of ['console', 'std']) it(`flags the openai 403 of a Node debug session on the call line (outputCapture ${outputCapture})`, async () => {
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
      const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders![0], {
        type: 'node',
        request: 'launch',
        name: 'Ask model',
        program: path.join(workspaceDir, 'ask_model.js'),
        cwd: workspaceDir,
        outputCapture,
        env: {
          OPENAI_BASE_URL: `${provider.url}/v1`,
          OPENAI_API_KEY: 'sk-test-valid',
          NODE_PATH: path.join(repoDir, 'node_modules'),
        },
      });
      assert.equal(started, true, 'the debug session started');
      const { incident, location } = await found.catch((error: Error) => {
        throw new Error(`${error.message}; the adapter said:\n${seen.join('')}`);
      });
      assert.equal(incident.provider, 'openai');
      assert.equal(incident.cause, 'model-access');
      assert.equal(incident.model, 'gpt-4o');
      assert.equal(location?.uri.fsPath, path.join(workspaceDir, 'ask_model.js'));
      assert.equal(location?.range.start.line, 6);
      await waitFor('the diagnostic', () => ourDiagnostics(vscode.Uri.file(path.join(workspaceDir, 'ask_model.js'))).length > 0);
    } finally {
      recorder.dispose();
      await vscode.debug.stopDebugging();
      await provider.close();
    }
  });
});
