// Running failing scripts in the integrated terminal, as a user would, produces a Problems
// entry on the call line, a hover and a panel entry; a benign failure produces nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AiAccessDoctorApi } from '../../src/extension';
import { startFakeProvider } from '../support/fakeProvider';
import {
  api,
  drive,
  hoverText,
  nextIncident,
  ourDiagnostics,
  report,
  runInTerminal,
  scriptEnv,
  shellTerminal,
  sleep,
  waitFor,
  workspaceDir,
  panelText,
} from './helpers';

const file = (name: string) => vscode.Uri.file(path.join(workspaceDir, name));

describe('terminal watching', function () {
  this.timeout(240_000);
  let app: AiAccessDoctorApi;
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;
  let terminal: vscode.Terminal;

  before(async () => {
    app = await api();
    provider = await startFakeProvider();
    terminal = await shellTerminal('scripts');
    await runInTerminal(terminal, `export ${scriptEnv(provider.url)}`);
  });

  after(async () => {
    terminal?.dispose();
    await provider?.close();
  });

  it('flags the Python 403 on the line that called the model', async () => {
    app.store.clear();
    const found = nextIncident(app.store, (item) => item.incident.language === 'python');
    await runInTerminal(terminal, 'python3 ask_model.py');
    const { incident, location } = await found;
    assert.equal(incident.provider, 'openai');
    assert.equal(incident.cause, 'model-access');
    assert.equal(incident.status, 403);
    assert.equal(incident.model, 'gpt-4o');
    assert.equal(location?.uri.fsPath, file('ask_model.py').fsPath);

    const [diagnostic] = ourDiagnostics(file('ask_model.py'));
    assert.ok(diagnostic, 'a Problems entry on ask_model.py');
    assert.equal(diagnostic.range.start.line, 7);
    assert.equal(diagnostic.range.start.character, 4, 'from the call, not the indentation');
    assert.equal(diagnostic.range.end.character, '    reply = client.chat.completions.create('.length);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal((diagnostic.code as { value: string }).value, 'model-access');
    // Short and self-contained: what Problems, Copilot and Error Lens show. The provider's own
    // words ("You do not have access…") are the hover's and the panel's.
    assert.equal(diagnostic.message, 'OpenAI 403: this key cannot use gpt-4o');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', file('ask_model.py'), new vscode.Position(7, 12));
    const text = hoverText(hovers);
    assert.match(text, /AI Access Doctor/);
    assert.match(text, /command:aiAccessDoctor\.verifyToken/);
    assert.doesNotMatch(text, /sk-test-valid/);
    // Title, cause, fix and links come first; the provider's message once, after them.
    const ours = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value));
    const links = text.indexOf('command:aiAccessDoctor.applyFix');
    const providerWords = text.indexOf('You do not have access to model gpt-4o');
    assert.ok(links !== -1 && providerWords > links, 'the provider message follows the links');
    assert.equal(text.split('You do not have access to model gpt-4o').length, 2, 'the provider message appears once');
    assert.ok(
      ours.some((part) => part.includes('You do not have access') && !part.includes('command:')),
      'the provider message sits apart from the command links',
    );

    await vscode.window.showTextDocument(file('ask_model.py'), { selection: new vscode.Range(7, 4, 7, 4) });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(500);
    report(`screenshot: ${await drive('screenshot', { name: 'wt-watch', selector: '.part.panel' })}`);
    await vscode.commands.executeCommand('workbench.action.terminal.focus');

    app.panel.show(incident.id);
    const rendered = await panelText(app);
    assert.match(rendered, /Why it happens/);
    assert.match(rendered, /gpt-4o/);
    assert.match(rendered, /ask_model\.py/);
    report(`screenshot: ${await drive('screenshot', { name: 'panel' })}`);
  });

  it('shows the hover and the quick-fix list on the flagged line', async () => {
    const editor = await vscode.window.showTextDocument(file('ask_model.py'), { viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(7, 12, 7, 12);
    // The picture shows the hover with the room a usual layout gives it (no terminal panel below).
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1200);
    report(`screenshot: ${await drive('screenshot', { name: 'hover' })}`);
    report(`screenshot: ${await drive('screenshot', { name: 'hover-widget', selector: '.monaco-hover:visible' })}`);
    await drive('press', { key: 'Escape' });
    await vscode.commands.executeCommand('workbench.action.terminal.focus');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(1200);
    report(`screenshot: ${await drive('screenshot', { name: 'quick-fixes' })}`);
    await drive('press', { key: 'Escape' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      file('ask_model.py'),
      new vscode.Range(7, 0, 7, 0),
    );
    assert.ok(
      actions.some((action) => /try/.test(action.title)),
      `a wrap-in-try fix among: ${actions.map((a) => a.title).join(' | ')}`,
    );
  });

  it('flags the Node openai SDK 403 (uncaught) on the awaited call', async () => {
    const found = nextIncident(app.store, (item) => item.incident.language === 'node' && item.incident.provider === 'openai');
    await runInTerminal(terminal, 'node ask_model.js');
    const { incident, location } = await found;
    assert.equal(incident.cause, 'model-access');
    assert.equal(incident.status, 403);
    assert.equal(incident.model, 'gpt-4o');
    assert.equal(location?.uri.fsPath, file('ask_model.js').fsPath);
    assert.equal(location?.range.start.line, 6);
    await waitFor('diagnostic on ask_model.js', () => ourDiagnostics(file('ask_model.js')).length > 0);
  });

  it('flags the Replicate private model error from the replicate SDK', async () => {
    const found = nextIncident(app.store, (item) => item.incident.provider === 'replicate');
    await runInTerminal(terminal, 'node run_private_model.js');
    const { incident, location } = await found;
    assert.equal(incident.model, 'acme/private-model');
    assert.ok(['destination-not-found', 'model-access', 'permission-denied'].includes(incident.cause), incident.cause);
    assert.equal(location?.uri.fsPath, file('run_private_model.js').fsPath);
    assert.equal(location?.range.start.line, 6);
  });

  it('ignores failures that are not AI access problems', async () => {
    const before = app.store.all().length;
    const earlier = new Set(app.store.all().map((item) => item.incident.id));
    // Positive control in the same command: the 403 of ask_model.py at the end is flagged, so the
    // watcher read this run and the failures before it were seen and passed over.
    const control = nextIncident(app.store, (item) => !earlier.has(item.incident.id) && item.incident.cause === 'model-access');
    await runInTerminal(
      terminal,
      `echo "remote: Permission to acme/app.git denied to dev."; echo "fatal: unable to access 'https://github.com/acme/app.git/': The requested URL returned error: 403"; ` +
        `python3 -c "open('/proc/1/mem', 'w')"; echo "npm error code E403"; echo "npm error 403 403 Forbidden - PUT https://registry.npmjs.org/acme"; python3 ask_model.py`,
    );
    const flagged = await control;
    await sleep(2500); // longer than the engine's quiet period
    assert.equal(app.store.all().filter((item) => item.incident.id !== flagged.incident.id).length, before);
  });

  it('works from the keyboard in the panel: arrows pick an incident, Enter and Tab reach its actions', async () => {
    const [newest, next] = app.store.all();
    assert.ok(newest && next?.location, 'two incidents from the tests above, the older with a line');
    app.panel.show(newest.incident.id);
    await panelText(app);
    const inPanel = (selector: string) => ({ selector, frames: '1' });
    await drive('click', inPanel('#incident-list [role="option"][aria-selected="true"]'));
    await drive('press', { key: 'ArrowDown' });
    const model = next.incident.model!;
    assert.notEqual(model, newest.incident.model, 'the two incidents name different models');
    const option = await drive('text', inPanel('#incident-list [role="option"][aria-selected="true"]'));
    assert.match(option, new RegExp(model), 'ArrowDown selected the next incident');
    await waitFor('its details', async () => (await drive('text', inPanel('#details .facts'))).includes(model) || undefined);
    // Enter moves to the details; the first Tab stop after the title is "Go to Line".
    await drive('press', { key: 'Enter' });
    await drive('press', { key: 'Tab' });
    assert.equal(await drive('text', inPanel('button:focus')), 'Go to Line');
    await drive('press', { key: 'Enter' });
    const editor = await waitFor("the editor at the incident's line", () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.fsPath === next.location!.uri.fsPath && active.selection.active.line === next.location!.range.start.line ? active : undefined;
    });
    assert.ok(editor);
  });

  it('captures every one of 20 runs and reports the latency to the diagnostic', async () => {
    const lastByteFile = path.join(os.tmpdir(), `aad-last-byte-${process.pid}`);
    const uri = file('ask_model.py');
    const latencies: number[] = [];
    let captured = 0;
    for (let run = 0; run < 20; run++) {
      app.store.clear();
      const diagnosed = new Promise<number | undefined>((resolve) => {
        const timer = setTimeout(() => {
          listener.dispose();
          resolve(undefined);
        }, 15_000);
        const listener = vscode.languages.onDidChangeDiagnostics((event) => {
          if (event.uris.some((u) => u.fsPath === uri.fsPath) && ourDiagnostics(uri).length > 0) {
            clearTimeout(timer);
            listener.dispose();
            resolve(Date.now());
          }
        });
      });
      // bash's $EPOCHREALTIME right after the script exits marks the trace's last byte.
      await runInTerminal(terminal, `python3 ask_model.py; echo $EPOCHREALTIME > ${lastByteFile}`);
      const at = await diagnosed;
      if (at === undefined) continue;
      captured++;
      latencies.push(at - Math.round(Number(fs.readFileSync(lastByteFile, 'utf8').trim()) * 1000));
    }
    latencies.sort((a, b) => a - b);
    report(`capture: ${captured}/20 runs of "python3 ask_model.py" in the terminal produced the diagnostic`);
    if (latencies.length) {
      report(
        `latency, trace's last byte -> diagnostic: median ${latencies[Math.floor(latencies.length / 2)]} ms, ` +
          `max ${latencies[latencies.length - 1]} ms (n=${latencies.length})`,
      );
    }
    assert.equal(captured, 20);
  });
});
