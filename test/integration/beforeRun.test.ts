// Issue 16, in a real host: model ids checked as you type, "Verify" on `.env` key lines, the
// "AI Access" view and the agent-mode tools.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TEST_ORIGIN_ENV } from '../../src/core/access/ownHost';
import type { AiAccessDoctorApi } from '../../src/extension';
import { startFakeProvider } from '../support/fakeProvider';
import {
  api,
  drive,
  nextIncident,
  report,
  runAnswering,
  runInTerminal,
  scriptEnv,
  shellTerminal,
  sleep,
  waitFor,
  workspaceDir,
  quickFixes,
  filesContaining,
} from './helpers';

const MODEL_CODES = ['model-unreachable', 'retired-model', 'retiring-model', 'model-typo'];

function modelDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => {
    const value = String(typeof d.code === 'object' ? d.code.value : d.code);
    return d.source === 'AI Access Doctor' && MODEL_CODES.includes(value) && (!code || value === code);
  });
}

async function writeAndShow(name: string, text: string): Promise<vscode.TextDocument> {
  const file = path.join(workspaceDir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const document = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(document);
  return document;
}

function actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, want: RegExp): Promise<vscode.CodeAction[]> {
  return quickFixes(document.uri, diagnostic.range, (found) => found.some((a) => want.test(a.title)));
}

async function textOf(result: vscode.LanguageModelToolResult): Promise<string> {
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}

describe('before the run (issue 16)', function () {
  this.timeout(180_000);
  let app: AiAccessDoctorApi;
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;
  const created: string[] = [];

  before(async () => {
    app = await api();
    provider = await startFakeProvider();
    await vscode.workspace.getConfiguration('aiAccessDoctor').update('verify.baseUrls', { openai: `${provider.url}/v1` }, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    delete process.env[TEST_ORIGIN_ENV];
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of created) fs.rmSync(path.join(workspaceDir, file), { force: true });
    await vscode.workspace.getConfiguration('aiAccessDoctor').update('verify.baseUrls', undefined, vscode.ConfigurationTarget.Global);
    await app.tokens.forget('openai');
    await provider.close();
  });

  async function storeAndVerify(token: string): Promise<void> {
    await app.tokens.set('openai', token);
    app.store.clear();
    // The first time, the extension asks whether the token may go to the local server's host.
    const result = await runAnswering<{ outcome: string; models: string[] }>('Send it', 'aiAccessDoctor.verifyToken', 'openai');
    assert.equal(result.outcome, 'valid');
    assert.deepEqual(app.tokens.reachableModels('openai'), ['gpt-4o-mini', 'gpt-4.1-mini', 'text-embedding-3-small']);
  }

  it('warns about a retired id and a misspelled id without any key', async () => {
    await app.tokens.forget('openai');
    created.push('retired_model.js');
    const document = await writeAndShow(
      'retired_model.js',
      "import OpenAI from 'openai';\nconst client = new OpenAI();\nconst old = await client.completions.create({ model: 'text-davinci-003', prompt: 'Hi' });\nconst typo = await client.chat.completions.create({ model: 'gpt4o', messages: [] });\n",
    );
    const retired = await waitFor('retired-model diagnostic', () => modelDiagnostics(document.uri, 'retired-model')[0]);
    assert.equal(retired.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(retired.message, /retired text-davinci-003 on 2024-01-04/);
    assert.equal(retired.range.start.line, 2);
    assert.equal(document.getText(retired.range), 'text-davinci-003');
    const typo = await waitFor('model-typo diagnostic', () => modelDiagnostics(document.uri, 'model-typo')[0]);
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Information);
    assert.match(typo.message, /Did you mean gpt-4o\?/);
    // No key: nothing can be "unreachable".
    assert.equal(modelDiagnostics(document.uri, 'model-unreachable').length, 0);

    const actions = await actionsFor(document, typo, /^Use gpt-4o$/);
    const fix = actions.find((a) => a.title === 'Use gpt-4o');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(document.getText(), /model: 'gpt-4o', messages/);
    await waitFor('typo gone', () => modelDiagnostics(document.uri, 'model-typo').length === 0 || undefined);

    // The setting turns the retired check off; the positive control above showed it on.
    await vscode.workspace.getConfiguration('aiAccessDoctor').update('check.retiredModels', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('retired check off', () => modelDiagnostics(document.uri, 'retired-model').length === 0 || undefined);
    } finally {
      await vscode.workspace.getConfiguration('aiAccessDoctor').update('check.retiredModels', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('retired check on again', () => modelDiagnostics(document.uri, 'retired-model')[0]);
  });

  it('warns when the verified key cannot reach a model, and the fix swaps to the closest reachable', async () => {
    await storeAndVerify('sk-test-valid');
    created.push('model_check.py');
    const document = await writeAndShow(
      'model_check.py',
      'from openai import OpenAI\n\nclient = OpenAI()\nMODEL = "gpt-4o"\nreply = client.chat.completions.create(model=MODEL, messages=[])\nsmall = client.chat.completions.create(model="gpt-4o-mini", messages=[])\n',
    );
    const warning = await waitFor('model-unreachable diagnostic', () => modelDiagnostics(document.uri, 'model-unreachable')[0]);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /^The stored OpenAI key cannot use gpt-4o \(verified today \d\d:\d\d\)\.$/);
    assert.equal(warning.range.start.line, 3, 'on the variable the call passes');
    // gpt-4o-mini is reachable: one warning only.
    assert.equal(modelDiagnostics(document.uri, 'model-unreachable').length, 1);

    const actions = await actionsFor(document, warning, /^Use gpt-4o-mini$/);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Verify again'), titles.join(' | '));
    const use = actions.find((a) => a.title === 'Use gpt-4o-mini');
    assert.ok(use?.edit, titles.join(' | '));
    assert.equal(await vscode.workspace.applyEdit(use.edit), true);
    assert.match(document.getText(), /MODEL = "gpt-4o-mini"\n/);
    await waitFor('warning gone after the fix', () => modelDiagnostics(document.uri, 'model-unreachable').length === 0 || undefined);
    await drive('screenshot', { name: 'model-check-fixed' });
  });

  it('shows the warning in the editor (screenshot)', async () => {
    created.push('unreachable_demo.py');
    const document = await writeAndShow(
      'unreachable_demo.py',
      'from openai import OpenAI\n\nclient = OpenAI()\nreply = client.chat.completions.create(\n    model="gpt-4o",\n    messages=[{"role": "user", "content": "Hello"}],\n)\n',
    );
    const warning = await waitFor('model-unreachable diagnostic', () => modelDiagnostics(document.uri, 'model-unreachable')[0]);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(warning.range.start, warning.range.start);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500);
    const shot = await drive('screenshot', { name: 'model-check-warning' });
    report(`screenshot: ${shot}`);
    await drive('press', { key: 'Escape' });
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(1500);
    await drive('screenshot', { name: 'model-check-fixes' });
    await drive('press', { key: 'Escape' });
  });

  it("verifies a .env key against the provider's own host on click and shows the result on the line; the key goes nowhere else", async () => {
    process.env[TEST_ORIGIN_ENV] = provider.url;
    const canary = 'sk-test-lens-canary-valid';
    created.push('.env', '.vscode/launch.json');
    // A base URL in the same .env must not route the key: the lens uses the provider's own host.
    const document = await writeAndShow('.env', `OPENAI_BASE_URL=http://127.0.0.1:9/v1\nOPENAI_API_KEY=${canary}\nOTHER=1\n`);
    const lenses = await waitFor('Verify lens', () =>
      vscode.commands
        .executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)
        .then((found) => (found.some((l) => l.command?.title === 'Verify') ? found : undefined)),
    );
    const verify = lenses.find((l) => l.command?.title === 'Verify')!;
    assert.equal(verify.range.start.line, 1);
    assert.ok(!JSON.stringify(verify.command?.arguments ?? []).includes(canary), 'the key is not a command argument');
    const before = provider.requests.length;
    assert.ok(!provider.requests.some((r) => String(r.headers.authorization).includes(canary)), 'nothing sent before the click');
    await vscode.commands.executeCommand(verify.command!.command, ...(verify.command!.arguments ?? []));
    const result = await waitFor('result lens', () =>
      vscode.commands
        .executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)
        .then((found) => found.find((l) => /Valid/.test(l.command?.title ?? ''))),
    );
    report(`lens: ${result.command?.title}`);
    assert.match(result.command!.title, /Valid · reaches 3 models · cannot reach gpt-4o/);
    const sent = provider.requests.slice(before);
    assert.ok(
      sent.length > 0 && sent.every((r) => r.path.startsWith('/v1/') && r.headers.authorization === `Bearer ${canary}`),
      JSON.stringify(sent.map((r) => r.path)),
    );
    await sleep(800);
    await drive('screenshot', { name: 'dotenv-lens' });

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(1500); // let logs and state flush
    const hits = [...filesContaining(workspaceDir, canary, [path.join(workspaceDir, '.env')]), ...filesContaining(process.env.AAD_DATA_DIR ?? '', canary)];
    assert.deepEqual(hits, [], 'the key is in no log, setting or state file');
    assert.ok(!JSON.stringify(vscode.workspace.getConfiguration('aiAccessDoctor')).includes(canary), 'settings');

    // A debug configuration's literal key gets the same lens. (VS Code itself caches launch.json
    // in its state, so this uses another placeholder than the canary above.)
    const launch = await writeAndShow(
      '.vscode/launch.json',
      '{\n  "configurations": [{\n    "type": "node", "request": "launch", "name": "app",\n    "env": { "OPENAI_API_KEY": "sk-test-launch-valid" }\n  }]\n}\n',
    );
    const launchLenses = await waitFor('launch.json lens', () =>
      vscode.commands
        .executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', launch.uri)
        .then((found) => (found.some((l) => l.command?.title === 'Verify') ? found : undefined)),
    );
    const launchVerify = launchLenses.find((l) => l.command?.title === 'Verify')!;
    assert.equal(launchVerify.range.start.line, 3);
    assert.match(
      String(await vscode.commands.executeCommand(launchVerify.command!.command, ...(launchVerify.command!.arguments ?? []))),
      /^\$\(pass\) Valid · reaches 3 models/,
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("the AI Access view shows where the key comes from, what it reaches and the workspace's models", async () => {
    const roots = await app.access.getChildren();
    const openai = roots.find((n) => n.kind === 'provider' && n.provider === 'openai');
    assert.ok(openai, JSON.stringify(roots));
    const rows = await app.access.getChildren(openai);
    const items = rows.map((n) => ({ node: n, item: app.access.getTreeItem(n) }));
    const label = (i: vscode.TreeItem) => (typeof i.label === 'string' ? i.label : (i.label?.label ?? ''));
    const storage = items.find((r) => label(r.item) === 'Secret storage');
    assert.equal(storage?.item.description, 'sk-…alid');
    const dotenv = items.find((r) => label(r.item) === '.env');
    assert.match(String(dotenv?.item.description), /^sk-…alid · OPENAI_API_KEY, line 2$/);
    assert.match(String(items.find((r) => label(r.item) === 'Last verification')?.item.description), /^Valid · today \d\d:\d\d$/);
    const reached = items.find((r) => r.node.kind === 'reached')!;
    assert.equal(label(reached.item), 'Reaches 3 models');
    assert.deepEqual(
      (await app.access.getChildren(reached.node)).map((n) => label(app.access.getTreeItem(n))),
      ['gpt-4o-mini', 'gpt-4.1-mini', 'text-embedding-3-small'],
    );
    const used = items.find((r) => r.node.kind === 'used')!;
    const usedRows = (await app.access.getChildren(used.node)).map((n) => app.access.getTreeItem(n));
    const gpt4o = usedRows.find((i) => label(i) === 'gpt-4o');
    assert.match(String(gpt4o?.description), /^not reachable · /);
    assert.match(String(usedRows.find((i) => label(i) === 'gpt-4o-mini')?.description), /^reachable · /);

    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('aiAccessDoctor.access.focus');
    // Widen the side bar for the screenshot: the resize commands act on the part that was
    // focused last, which here is the editor area (measured: "increase" narrowed the side bar).
    for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await sleep(1500);
    const shown = await drive('text', { selector: '.part.sidebar .monaco-list-rows' });
    report(`view text: ${shown.replace(/\n/g, ' | ').slice(0, 300)}`);
    const shot = await drive('screenshot', { name: 'access-view' });
    report(`screenshot: ${shot}`);
    assert.match(shown, /OpenAI/);
    assert.match(shown, /Reaches 3 models/);
  });

  it('agent tools: incidents of this window and what the stored key can use', async () => {
    const names = vscode.lm.tools.map((t) => t.name);
    assert.ok(names.includes('aiAccessDoctor_incidents') && names.includes('aiAccessDoctor_modelAccess'), names.join(', '));

    const access = await textOf(
      await vscode.lm.invokeTool('aiAccessDoctor_modelAccess', { input: { provider: 'openai', model: 'gpt-4o' }, toolInvocationToken: undefined }),
    );
    report(`modelAccess: ${access.replace(/\n/g, ' | ')}`);
    assert.match(access, /verified today \d\d:\d\d and works/);
    assert.match(access, /cannot use gpt-4o: .*Closest it can use: gpt-4o-mini/);
    assert.match(access, /Models it can use \(3\): gpt-4o-mini, gpt-4\.1-mini, text-embedding-3-small/);
    assert.ok(!access.includes('sk-test-valid'));

    const terminal = await shellTerminal('tools');
    app.store.clear();
    const found = nextIncident(app.store, (item) => item.incident.provider === 'openai');
    await runInTerminal(terminal, `${scriptEnv(provider.url)} python3 ask_model.py`);
    await found;
    terminal.dispose();
    const incidents = await textOf(await vscode.lm.invokeTool('aiAccessDoctor_incidents', { input: {}, toolInvocationToken: undefined }));
    report(`incidents: ${incidents.replace(/\n/g, ' | ')}`);
    assert.match(incidents, /^1 AI access incident in this window/);
    assert.match(incidents, /OpenAI; cause model-access .*; model gpt-4o; at ask_model\.py:\d+; first fix: Use gpt-4o-mini/);
    assert.equal(app.store.all().length, 1, 'the tool reads the store, never writes it');
  });

  it('agent tools: a fresh verification is confirmed first; without it nothing is sent', async () => {
    await storeAndVerify('sk-test-valid');
    // Answering from the last verification sends nothing (the control for the count below).
    let count = provider.requests.length;
    await vscode.lm.invokeTool('aiAccessDoctor_modelAccess', { input: { provider: 'openai', model: 'gpt-4o' }, toolInvocationToken: undefined });
    assert.equal(provider.requests.length, count, 'no request without "verify"');
    assert.equal(app.modelAccessTool.prepareInvocation({ input: { provider: 'openai' } }).confirmationMessages, undefined);

    // With "verify", VS Code shows this confirmation before it calls invoke (in a chat inline,
    // elsewhere as a modal dialog; an extension test host like this one auto-confirms it).
    const prepared = app.modelAccessTool.prepareInvocation({ input: { provider: 'openai', model: 'gpt-4o', verify: true } });
    report(`confirmation: ${prepared.confirmationMessages?.title} ${prepared.confirmationMessages?.message}`);
    assert.equal(prepared.confirmationMessages?.title, 'Verify the stored OpenAI key?');
    assert.match(String(prepared.confirmationMessages?.message), /sends the OpenAI key stored in VS Code to 127\.0\.0\.1:\d+ to list the models/);
    count = provider.requests.length;
    const answer = await textOf(
      await vscode.lm.invokeTool('aiAccessDoctor_modelAccess', {
        input: { provider: 'openai', model: 'gpt-4o', verify: true },
        toolInvocationToken: undefined,
      }),
    );
    report(`after confirmation: ${answer.replace(/\n/g, ' | ')}`);
    assert.ok(provider.requests.length > count, 'verified after confirmation');
    assert.match(answer, /cannot use gpt-4o/);

    // The view's inline "forget" acts on the provider row it is on; the view follows.
    const row = (await app.access.getChildren()).find((n) => n.kind === 'provider' && n.provider === 'openai');
    assert.equal(app.access.getTreeItem(row!).contextValue, 'aiAccessProvider.stored');
    await vscode.commands.executeCommand('aiAccessDoctor.access.forgetToken', row);
    assert.deepEqual(app.tokens.providersWithToken(), []);
    const after = (await app.access.getChildren()).find((n) => n.kind === 'provider' && n.provider === 'openai');
    assert.equal(app.access.getTreeItem(after!).description, 'no stored key');
  });
});
