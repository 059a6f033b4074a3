// Trust boundaries in a real host: a workspace's settings cannot route the stored token, and
// text from a trace cannot put a trusted command link into the hover.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Incident } from '../../src/core/types';
import type { VerifyResult } from '../../src/core/verify';
import type { AiAccessDoctorApi } from '../../src/extension';
import { startFakeProvider, type FakeProvider } from '../support/fakeProvider';
import { api, drive, runAnswering, setTokenByTyping, sleep, waitFor, workspaceDir, quickFixes } from './helpers';

const config = () => vscode.workspace.getConfiguration('aiAccessDoctor');

describe('trust boundaries', function () {
  this.timeout(180_000);
  let app: AiAccessDoctorApi;
  let attacker: FakeProvider;
  const settingsFile = path.join(workspaceDir, '.vscode', 'settings.json');
  let savedSettings: string;

  before(async () => {
    app = await api();
    attacker = await startFakeProvider();
    savedSettings = fs.readFileSync(settingsFile, 'utf8');
  });

  after(async () => {
    fs.writeFileSync(settingsFile, savedSettings);
    await config().update('verify.baseUrls', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('aiAccessDoctor.forgetToken', 'openai');
    await attacker.close();
  });

  it("a cloned repo's .vscode/settings.json cannot send the stored token to its server", async () => {
    app.store.clear(); // no incident's model: a plain token check
    const routed = { openai: `${attacker.url}/v1` };
    // What a cloned repository ships:
    const settings = { ...JSON.parse(savedSettings), 'aiAccessDoctor.verify.baseUrls': routed, 'aiAccessDoctor.tokens.shareWithTerminals': true };
    fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
    await sleep(2500); // the host reads the file again
    await setTokenByTyping('sk-test-valid');

    // Attack: the workspace value is ignored; the check goes to OpenAI's own host (unreachable
    // here) and the attacker sees nothing.
    attacker.requests.length = 0;
    const attacked = await vscode.commands.executeCommand<VerifyResult | undefined>('aiAccessDoctor.verifyToken', 'openai');
    assert.ok(attacked, 'the check ran');
    assert.notEqual(attacked.outcome, 'valid');
    assert.deepEqual(
      attacker.requests.map((r) => r.url),
      [],
      'no request reached the workspace-chosen server',
    );
    const shared = await vscode.commands.executeCommand<boolean>('aiAccessDoctor.toggleTokensInTerminals');
    assert.equal(shared, true, 'the toggle reports the user value it set, not the workspace one');
    await vscode.commands.executeCommand('aiAccessDoctor.toggleTokensInTerminals');

    // Positive control: the same URL in the user's own settings is used, after asking once.
    fs.writeFileSync(settingsFile, savedSettings);
    await config().update('verify.baseUrls', routed, vscode.ConfigurationTarget.Global);
    const chosen = await runAnswering<VerifyResult>('Send it', 'aiAccessDoctor.verifyToken', 'openai');
    assert.equal(chosen.outcome, 'valid', chosen.message);
    assert.ok(attacker.requests.some((r) => r.headers.authorization === 'Bearer sk-test-valid'));
  });

  it('a provider message cannot break out of the hover into trusted Markdown', async () => {
    const file = vscode.Uri.file(path.join(workspaceDir, 'ask_model.py'));
    const link = `[Apply now](command:aiAccessDoctor.applyFix?${encodeURIComponent(JSON.stringify(['x', 0]))})`;
    const message = `You do not have access to model gpt-4o\n   \`\`\`\n${link}\n\`\`\`\n`;
    const incident: Incident = {
      id: 'trust-hover#1',
      provider: 'openai',
      cause: 'model-access',
      status: 403,
      errorClass: 'openai.PermissionDeniedError',
      model: 'gpt-4o',
      message,
      frames: [],
      userFrame: { file: file.fsPath, line: 1, function: null },
      language: 'python',
      trace: message,
      streamId: 'trust-hover',
    };
    app.store.clear();
    app.store.add({ incident, location: new vscode.Location(file, new vscode.Range(0, 0, 0, 1000)), related: [], seenAt: Date.now(), origin: 'test' });
    await vscode.workspace.openTextDocument(file);
    const hovers = await waitFor('our hover', () =>
      vscode.commands
        .executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', file, new vscode.Position(0, 0))
        .then((list) =>
          list.some((h) => h.contents.some((c) => typeof c !== 'string' && 'value' in c && c.value.includes('AI Access Doctor'))) ? list : undefined,
        ),
    );
    const parts = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c);
    const trusted = parts.filter((p) => p.isTrusted);
    const untrusted = parts.filter((p) => !p.isTrusted);
    assert.ok(
      trusted.some((p) => p.value.includes('command:aiAccessDoctor.applyFix')),
      'positive control: our own link is trusted',
    );
    assert.ok(
      untrusted.some((p) => p.value.includes('Apply now')),
      'the message is shown, untrusted',
    );
    for (const p of trusted) assert.ok(!p.value.includes('Apply now') && !p.value.includes('gpt-4o\n'), `trusted part holds trace text: ${p.value}`);
    app.store.clear();
  });

  it('the .gitignore edit keeps unsaved changes and never writes through a symbolic link', async () => {
    const gitignore = path.join(workspaceDir, '.gitignore');
    const dotenv = path.join(workspaceDir, '.env');
    const script = path.join(workspaceDir, 'trust_key.py');
    const outsideDir = fs.mkdtempSync(path.join(path.dirname(workspaceDir), 'outside-'));
    const outsideFile = path.join(outsideDir, 'gitignore');
    fs.writeFileSync(dotenv, 'OPENAI_API_KEY=sk-test-XXXX\n');
    fs.writeFileSync(
      script,
      'from openai import OpenAI\nclient = OpenAI(api_key="sk-test-XXXX")\nr = client.chat.completions.create(model="gpt-4o", messages=[])\n',
    );
    fs.writeFileSync(gitignore, 'node_modules\n');
    const dotenvFix = async () => {
      const uri = vscode.Uri.file(script);
      await vscode.window.showTextDocument(uri);
      const actions = await quickFixes(uri, new vscode.Range(2, 4, 2, 4), (found) => found.some((a) => /from \.env/.test(a.title) && a.edit !== undefined));
      const fix = actions.find((a) => /from \.env/.test(a.title));
      assert.ok(fix?.edit, `the .env fix among: ${actions.map((a) => a.title).join(' | ')}`);
      return fix.edit;
    };
    try {
      // Unsaved edits in an open .gitignore survive the fix.
      const doc = await vscode.workspace.openTextDocument(gitignore);
      const unsaved = new vscode.WorkspaceEdit();
      unsaved.insert(doc.uri, new vscode.Position(0, 0), '# mine, unsaved\n');
      assert.ok(await vscode.workspace.applyEdit(unsaved));
      assert.ok(await vscode.workspace.applyEdit(await dotenvFix()));
      assert.match(doc.getText(), /# mine, unsaved\nnode_modules\n\.env/);
      await vscode.commands.executeCommand('workbench.action.files.revert', doc.uri);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');

      // A .gitignore that links outside the workspace is left alone (control: the .env fix still applies to the script).
      fs.rmSync(gitignore);
      fs.writeFileSync(outsideFile, 'outside\n');
      fs.symlinkSync(outsideFile, gitignore);
      const edit = await dotenvFix();
      assert.ok(
        edit.entries().some(([uri]) => uri.fsPath === script),
        'positive control: the script is edited',
      );
      assert.ok(!edit.entries().some(([uri]) => uri.fsPath === gitignore), 'no edit through the link');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(fs.readFileSync(outsideFile, 'utf8'), 'outside\n');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const file of [gitignore, dotenv, script]) fs.rmSync(file, { force: true });
      fs.rmSync(outsideDir, { recursive: true, force: true });
    }
  });

  it('applyFix with an index alone (a link) asks; only the shown title applies directly', async () => {
    const file = vscode.Uri.file(path.join(workspaceDir, 'ask_model.py'));
    const original = fs.readFileSync(file.fsPath, 'utf8');
    const incident: Incident = {
      id: 'trust-apply#1',
      provider: 'openai',
      cause: 'model-access',
      status: 403,
      errorClass: 'openai.PermissionDeniedError',
      model: 'gpt-4o',
      message: 'You do not have access to model gpt-4o',
      frames: [],
      userFrame: { file: file.fsPath, line: 8, function: 'ask' },
      language: 'python',
      trace: '',
      streamId: 'trust-apply',
    };
    app.store.clear();
    app.store.add({ incident, location: new vscode.Location(file, new vscode.Range(7, 0, 7, 1000)), related: [], seenAt: Date.now(), origin: 'test' });
    const document = await vscode.workspace.openTextDocument(file);
    try {
      // Attack: an index without the title the panel showed opens the picker instead of applying.
      const asked = Promise.resolve(vscode.commands.executeCommand<boolean>('aiAccessDoctor.applyFix', incident.id, 0));
      await drive('click', { selector: '.quick-input-widget input' });
      await drive('press', { key: 'Escape' });
      assert.equal(await asked, false);
      assert.equal(document.getText(), original, 'nothing was applied without a choice');
      // Control: the panel's call (index and the title it showed) applies that fix.
      const applied = await vscode.commands.executeCommand<boolean>('aiAccessDoctor.applyFix', incident.id, 0, 'Use gpt-4o-mini instead of gpt-4o');
      assert.equal(applied, true);
      assert.match(document.getText(), /model="gpt-4o-mini"/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert', file);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.writeFileSync(file.fsPath, original);
      app.store.clear();
    }
  });
});
