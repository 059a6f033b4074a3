// Each quick fix, picked from the lightbulb list on a flagged line, changes the document as intended.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AiAccessDoctorApi } from '../../src/extension';
import { startFakeProvider } from '../support/fakeProvider';
import { api, nextIncident, ourDiagnostics, runInTerminal, scriptEnv, shellTerminal, waitFor, workspaceDir, quickFixes } from './helpers';

describe('quick fixes', function () {
  this.timeout(180_000);
  let app: AiAccessDoctorApi;

  async function flagged(script: string, command: string, token?: string): Promise<vscode.TextDocument> {
    const provider = await startFakeProvider();
    const terminal = await shellTerminal(`fix ${script}`);
    try {
      app.store.clear();
      const found = nextIncident(app.store, (item) => item.location?.uri.fsPath === path.join(workspaceDir, script));
      await runInTerminal(terminal, `${scriptEnv(provider.url, token)} ${command}`);
      await found;
    } finally {
      terminal.dispose();
      await provider.close();
    }
    return vscode.workspace.openTextDocument(path.join(workspaceDir, script));
  }

  async function applyFromList(document: vscode.TextDocument, title: RegExp): Promise<string> {
    const diagnostic = await waitFor('our diagnostic', () => ourDiagnostics(document.uri)[0]);
    // Asked again until ours are there: the TypeScript server starting on a JS file cancels requests.
    const actions = await quickFixes(document.uri, diagnostic.range, (found) => found.some((candidate) => title.test(candidate.title)));
    const action = actions.find((candidate) => title.test(candidate.title));
    assert.ok(action, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(action.edit, 'the action carries its edit');
    assert.equal(await vscode.workspace.applyEdit(action.edit), true);
    return document.getText();
  }

  async function revert(document: vscode.TextDocument, original: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
    await vscode.workspace.applyEdit(edit);
    await document.save();
  }

  before(async () => {
    app = await api();
  });

  for (const [script, command] of [
    ['ask_model.py', 'python3 ask_model.py'],
    ['ask_model.js', 'node ask_model.js'],
  ] as const) {
    it(`applies wrap-in-catch, swap-model and env-token on ${script}`, async () => {
      let document = await flagged(script, command);
      const original = document.getText();
      const python = script.endsWith('.py');
      try {
        const wrapped = await applyFromList(document, /^Wrap/);
        assert.match(
          wrapped,
          python ? /try:\n[\s\S]*except \(?openai\.\w+Error[\w., ]*\)? as \w+:/ : /try \{[\s\S]*catch \((\w+)\) \{[\s\S]*instanceof OpenAI\.\w+/,
        );
        assert.match(wrapped, python ? /\n\s+raise\n/ : /throw \w+/);
        await revert(document, original);

        document = await flagged(script, command);
        // Only fixes that address the cause: a model-access 403 on a client that already reads
        // OPENAI_API_KEY gets no "read the key from OPENAI_API_KEY".
        const diagnostic = await waitFor('our diagnostic', () => ourDiagnostics(document.uri)[0]);
        const titles = (await quickFixes(document.uri, diagnostic.range, (found) => found.some((a) => /gpt-4o-mini/.test(a.title)))).map((a) => a.title);
        assert.ok(!titles.some((t) => /OPENAI_API_KEY/.test(t)), titles.join(' | '));
        const swapped = await applyFromList(document, /gpt-4o-mini/);
        assert.match(swapped, /["']gpt-4o-mini["']/);
        assert.doesNotMatch(swapped, /["']gpt-4o["']/);
        await revert(document, original);

        // A revoked key (401): reading the key from the environment is offered.
        document = await flagged(script, command, 'sk-test-revoked');
        const withEnv = await applyFromList(document, /OPENAI_API_KEY/);
        assert.match(withEnv, python ? /os\.environ\[["']OPENAI_API_KEY["']\]/ : /process\.env\.OPENAI_API_KEY/);
      } finally {
        await revert(document, original);
      }
    });
  }

  it('offers the fixes on a recognised SDK call even before anything failed', async () => {
    app.store.clear();
    const uri = vscode.Uri.file(path.join(workspaceDir, 'run_private_model.js'));
    await vscode.window.showTextDocument(uri);
    const actions = await quickFixes(uri, new vscode.Range(6, 4, 6, 4));
    const titles = actions.map((action) => action.title);
    assert.ok(
      titles.some((title) => /^Wrap in try\/catch/.test(title)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((title) => /REPLICATE_API_TOKEN/.test(title)),
      titles.join(' | '),
    );
  });
});
