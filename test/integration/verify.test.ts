// Set a token through the real SecretStorage (typed into the password box), verify it against
// the local provider server with the real SDK, and make sure it is never written anywhere.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VerifyResult } from '../../src/core/verify';
import type { AiAccessDoctorApi } from '../../src/extension';
import { startFakeProvider } from '../support/fakeProvider';
import {
  api,
  drive,
  nextIncident,
  runAnswering,
  setTokenByTyping,
  ourDiagnostics,
  runInTerminal,
  scriptEnv,
  shellTerminal,
  sleep,
  workspaceDir,
  panelText,
  quickFixes,
  filesContaining,
} from './helpers';

describe('verify AI token', function () {
  this.timeout(180_000);
  let app: AiAccessDoctorApi;
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;

  before(async () => {
    app = await api();
    provider = await startFakeProvider();
    await vscode.workspace.getConfiguration('aiAccessDoctor').update('verify.baseUrls', { openai: `${provider.url}/v1` }, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('aiAccessDoctor').update('verify.baseUrls', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('aiAccessDoctor.forgetToken', 'openai');
    await provider.close();
  });

  it("reports no access to the incident's model, and the models the key can reach", async () => {
    const terminal = await shellTerminal('verify');
    app.store.clear();
    const found = nextIncident(app.store, (item) => item.incident.provider === 'openai');
    await runInTerminal(terminal, `${scriptEnv(provider.url)} python3 ask_model.py`);
    const { incident } = await found;
    terminal.dispose();

    await setTokenByTyping('sk-test-valid');
    // 127.0.0.1 is not OpenAI's host: the first verification asks before sending the token.
    const result = await runAnswering<VerifyResult>('Send it', 'aiAccessDoctor.verifyToken', incident.id);
    assert.equal(result.outcome, 'no-access');
    assert.equal(result.model, 'gpt-4o');
    assert.ok(result.models.includes('gpt-4o-mini'), result.models.join(', '));
    assert.match(result.message, /gpt-4o/);
    assert.ok(provider.requests.some((r) => r.path.startsWith('/v1/models') && String(r.headers.authorization) === 'Bearer sk-test-valid'));

    // The verified list now feeds "swap model": only models the key can reach are offered.
    const location = app.store.get(incident.id)?.location;
    assert.ok(location, 'the incident still points at its line');
    const actions = await quickFixes(location.uri, location.range, (found) => found.some((a) => a.title.includes('gpt-4.1-mini')));
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Use '));
    assert.ok(
      titles.some((t) => t.includes('gpt-4.1-mini')),
      titles.join(' | '),
    );
    assert.ok(
      titles.every((t) => /gpt-4o-mini|gpt-4\.1-mini/.test(t)),
      `only reachable models: ${titles.join(' | ')}`,
    );
  });

  it('with no stored token, asks for one right away and verifies it at once', async () => {
    await vscode.commands.executeCommand('aiAccessDoctor.forgetToken', 'openai');
    app.store.clear(); // no incident: the token alone is checked
    const verified = vscode.commands.executeCommand<VerifyResult | undefined>('aiAccessDoctor.verifyToken', 'openai');
    await drive('click', { selector: '.quick-input-widget input[type="password"]' });
    await drive('type', { text: 'sk-test-valid' });
    await drive('press', { key: 'Enter' });
    const result = await verified;
    assert.equal(result?.outcome, 'valid');
    // Positive control for the prompt: a stored token is used without asking.
    const again = await vscode.commands.executeCommand<VerifyResult | undefined>('aiAccessDoctor.verifyToken', 'openai');
    assert.equal(again?.outcome, 'valid');
    const status = await drive('text', { selector: '.statusbar-item[aria-label^="AI Access Doctor"]' });
    assert.match(status, /OpenAI/, 'the status bar shows the last check');
  });

  it('reports an invalid (401) token plainly', async () => {
    await setTokenByTyping('sk-test-revoked');
    const result = await runAnswering<VerifyResult>('Send it', 'aiAccessDoctor.verifyToken', 'openai');
    assert.equal(result.outcome, 'invalid-token');
    assert.equal(result.status, 401);
    assert.doesNotMatch(`${result.message} ${result.nextStep}`, /sk-test-revoked/);
  });

  it('never writes a stored token to logs, settings, the panel, Problems or the workspace', async () => {
    const token = 'sk-test-secret-canary';
    await setTokenByTyping(token);
    await runAnswering('Send it', 'aiAccessDoctor.verifyToken', 'openai');
    app.panel.show();
    const shownText = await panelText(app);
    assert.ok(!shownText.includes(token), 'panel');
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      assert.ok(!diagnostics.some((d) => d.message.includes(token)), 'Problems');
    }
    assert.ok(!JSON.stringify(vscode.workspace.getConfiguration('aiAccessDoctor')).includes(token), 'settings');
    await sleep(1500); // let log files flush
    const hits = [...filesContaining(workspaceDir, token), ...filesContaining(process.env.AAD_DATA_DIR ?? '', token)];
    assert.deepEqual(hits, []);
    assert.equal(
      ourDiagnostics(vscode.Uri.file(path.join(workspaceDir, 'ask_model.py'))).some((d) => d.message.includes(token)),
      false,
    );
  });
});
