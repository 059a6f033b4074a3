// The diagnostics panel as a user meets it: a new incident takes the detail view unless the
// user is working in the panel (then it waits behind a notice), code examples in the failing
// file's language, frame paths relative to the workspace, a clean narrow layout.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AiAccessDoctorApi } from '../../src/extension';
import type { StoredIncident } from '../../src/vscode/incidents';
import { startFakeProvider } from '../support/fakeProvider';
import { api, drive, nextIncident, report, runInTerminal, scriptEnv, shellTerminal, waitFor, workspaceDir, panelText } from './helpers';

const inPanel = (selector: string) => ({ selector, frames: '1' });

describe('diagnostics panel', function () {
  this.timeout(180_000);
  let app: AiAccessDoctorApi;
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;
  let terminal: vscode.Terminal;
  let python: StoredIncident;
  let node: StoredIncident;

  before(async () => {
    app = await api();
    provider = await startFakeProvider();
    terminal = await shellTerminal('panel');
    await runInTerminal(terminal, `export ${scriptEnv(provider.url)}`);
  });

  after(async () => {
    app.panel.interactionGraceMs = 4_000;
    terminal?.dispose();
    await provider?.close();
  });

  async function run(command: string, match: (item: StoredIncident) => boolean): Promise<StoredIncident> {
    const found = nextIncident(app.store, match);
    await runInTerminal(terminal, command);
    return found;
  }

  it('a second incident takes the detail view', async () => {
    app.store.clear();
    python = await run('python3 ask_model.py', (item) => item.incident.provider === 'openai');
    app.panel.show();
    await panelText(app);
    assert.equal(app.panel.selectedIncidentId, python.incident.id);
    node = await run('node run_private_model.js', (item) => item.incident.provider === 'replicate');
    await waitFor('the new incident in the detail view', () => app.panel.selectedIncidentId === node.incident.id);
    const text = await panelText(app);
    assert.match(text, /destination-not-found/, 'the cause id shows as a code');
    assert.doesNotMatch(text, /New incident/, 'no notice when the panel simply follows');
  });

  it('a new incident waits behind a notice while the user works in the panel', async () => {
    app.panel.interactionGraceMs = 10 * 60_000; // "a few seconds", stretched so a slow host cannot race it
    try {
      const before = app.panel.lastInteractionAt;
      await drive('click', inPanel('#details-title'));
      await waitFor('the panel to note the click', () => app.panel.lastInteractionAt > before);
      const third = await run('python3 ask_model.py', (item) => item.incident.id !== python.incident.id && item.incident.provider === 'openai');
      const text = await waitFor('the notice', async () => {
        const rendered = await panelText(app);
        return rendered.includes('New incident') ? rendered : undefined;
      });
      assert.equal(app.panel.selectedIncidentId, node.incident.id, 'the detail view stays on what the user reads');
      assert.match(text, /New incident: OpenAI 403: this key cannot use gpt-4o/);
      report(`screenshot: ${await drive('screenshot', { name: 'panel-new-incident-notice' })}`);
      await drive('click', inPanel('.notice button'));
      await waitFor('the waiting incident shown', () => app.panel.selectedIncidentId === third.incident.id);
      assert.doesNotMatch(await panelText(app), /New incident/);
    } finally {
      app.panel.interactionGraceMs = 4_000;
    }
  });

  it("shows code examples in the failing file's language only, the others behind a toggle", async () => {
    app.panel.show(python.incident.id);
    let text = await panelText(app);
    assert.match(text, /from openai import OpenAI/, 'Python for a Python file');
    assert.doesNotMatch(text, /new OpenAI\(\)/, 'no JavaScript until asked for');
    assert.match(text, /Show in JavaScript/);
    // The changed line is marked, and wraps rather than being cut off.
    const changed = await drive('text', inPanel('figure.fixed .line.changed'));
    assert.match(changed, /gpt-4o-mini/);
    // A clean, wide picture: the panel beside its file, no chat or terminal.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.window.showTextDocument(python.location!.uri, { viewColumn: vscode.ViewColumn.One, preserveFocus: true });
    app.panel.show(python.incident.id);
    await panelText(app);
    await new Promise((resolve) => setTimeout(resolve, 800));
    report(`screenshot: ${await drive('screenshot', { name: 'panel-wide' })}`);
    report(`screenshot: ${await drive('screenshot', { name: 'wt-panel', selector: '.part.editor' })}`);
    await drive('click', inPanel('figure.fixed pre'));
    await drive('press', { key: 'End' });
    report(`screenshot: ${await drive('screenshot', { name: 'panel-code' })}`);

    app.panel.show(node.incident.id);
    text = await panelText(app);
    assert.match(text, /replicate/i);
    assert.match(text, /Show in Python/, 'JavaScript first for a Node file');
    await drive('click', inPanel('.other-languages summary'));
    const python2 = await drive('text', inPanel('.other-languages'));
    assert.match(python2, /import replicate|replicate\./, 'the toggle shows the other language');
  });

  it('shows frame paths relative to the workspace and the title once', async () => {
    app.panel.show(python.incident.id);
    await panelText(app);
    const frames = await drive('text', inPanel('.frames'));
    assert.match(frames, /^ask_model\.py:8/m);
    assert.ok(!frames.includes(workspaceDir), `no absolute workspace path: ${frames}`);
    const list = await drive('text', inPanel('#incident-list'));
    const title = await drive('text', inPanel('#details-title'));
    assert.ok(!list.includes(title), 'the list names the failure, the heading the cause');
    assert.equal(await drive('text', inPanel('.eyebrow code')), 'model-access');
  });

  it('lays out cleanly when narrow', async () => {
    app.panel.show(python.incident.id);
    await panelText(app);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await drive('viewport', { width: '900', height: '900' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 800));
      report(`screenshot: ${await drive('screenshot', { name: 'panel-narrow' })}`);
      // Narrow: list above details, each fix on its own line.
      const fixes = await drive('text', inPanel('.fix-list li'));
      assert.ok(fixes.split('\n').length >= 1, 'the fixes are listed');
    } finally {
      await drive('viewport', { width: '1440', height: '900' });
      await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
      await vscode.commands.executeCommand('workbench.action.togglePanel');
    }
    assert.ok(path.basename(python.location!.uri.fsPath) === 'ask_model.py');
  });
});
