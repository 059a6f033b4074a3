// What the integration tests share: the extension's API, waiting, the terminal, the driver.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AiAccessDoctorApi } from '../../src/extension';
import type { StoredIncident } from '../../src/vscode/incidents';

export const EXTENSION_ID = 'ai-access-doctor.ai-access-doctor';
export const workspaceDir = process.env.AAD_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
export const repoDir = process.env.AAD_REPO ?? path.resolve(__dirname, '../../..');

/** Writes a line to the test run's output (the runner echoes it): counts, latencies, artifacts. */
export function report(line: string): void {
  const log = process.env.AAD_TEST_LOG;
  if (log) fs.appendFileSync(log, `    ${line}\n`);
  else console.log(`    ${line}`);
}

export async function api(): Promise<AiAccessDoctorApi> {
  const extension = vscode.extensions.getExtension<AiAccessDoctorApi>(EXTENSION_ID)!;
  return extension.activate();
}

export async function waitFor<T>(what: string, probe: () => T | undefined | PromiseLike<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A terminal whose shell integration is up, ready for commands. */
export async function shellTerminal(name: string): Promise<vscode.Terminal> {
  const terminal = vscode.window.createTerminal({ name, cwd: workspaceDir });
  terminal.show();
  await waitFor(`shell integration in ${name}`, () => terminal.shellIntegration, 20_000);
  return terminal;
}

/** Types a command into the terminal as a user would and resolves when it ends. */
export async function runInTerminal(
  terminal: vscode.Terminal,
  command: string,
  timeoutMs = 60_000,
): Promise<{ exitCode: number | undefined; endedAt: number }> {
  const ended = new Promise<{ exitCode: number | undefined; endedAt: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`command did not end: ${command}`)), timeoutMs);
    const listener = vscode.window.onDidEndTerminalShellExecution((event) => {
      if (event.terminal !== terminal) return;
      clearTimeout(timer);
      listener.dispose();
      resolve({ exitCode: event.exitCode, endedAt: Date.now() });
    });
  });
  terminal.sendText(command, true);
  return ended;
}

/** The next incident stored after now that matches. */
export function nextIncident(store: AiAccessDoctorApi['store'], match: (item: StoredIncident) => boolean, timeoutMs = 30_000): Promise<StoredIncident> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error('no incident appeared'));
    }, timeoutMs);
    const listener = store.onDidChange(() => {
      const found = store.all().find(match);
      if (found) {
        clearTimeout(timer);
        listener.dispose();
        resolve(found);
      }
    });
  });
}

/** Acts on the workbench through the runner (Playwright), as a user would; `text` reads it. */
export async function drive(
  action: 'screenshot' | 'type' | 'press' | 'click' | 'hover' | 'text' | 'viewport',
  params: Record<string, string>,
): Promise<string> {
  const base = process.env.AAD_DRIVER_URL;
  if (!base) throw new Error('AAD_DRIVER_URL is not set: run the suite with scripts/run-host-tests.mjs');
  const response = await fetch(`${base}/${action}?${new URLSearchParams(params)}`);
  const text = await response.text();
  if (!response.ok) throw new Error(`driver ${action} failed: ${text}`);
  return text;
}

/** Our diagnostics on a file. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'AI Access Doctor');
}

/** Env for scripts in the sample workspace: the local provider server, SDKs from the repo. */
export function scriptEnv(providerUrl: string, token = 'sk-test-valid'): string {
  return [
    `OPENAI_BASE_URL=${providerUrl}/v1`,
    `OPENAI_API_KEY=${token}`,
    `REPLICATE_BASE_URL=${providerUrl}/v1`,
    'REPLICATE_API_TOKEN=r8_test_valid',
    `NODE_PATH=${path.join(repoDir, 'node_modules')}`,
    'PYTHONPATH=vendor/site-packages',
  ].join(' ');
}

/** The text of hovers as VS Code returns them from vscode.executeHoverProvider. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Types `token` into the "Set AI Token" password box for `provider`. */
export async function setTokenByTyping(token: string, provider = 'openai'): Promise<void> {
  const done = vscode.commands.executeCommand<boolean>('aiAccessDoctor.setToken', provider);
  await drive('click', { selector: '.quick-input-widget input[type="password"]' });
  await drive('type', { text: token });
  await drive('press', { key: 'Enter' });
  const stored = await Promise.race([done, sleep(10_000).then(() => 'no answer')]);
  if (stored !== true) {
    await drive('screenshot', { name: 'set-token-failed' });
    await drive('press', { key: 'Escape' });
  }
  if (stored !== true) throw new Error('the token was not stored (see screenshots/set-token-failed.png)');
}

/**
 * Runs a command that may first ask (in a quick pick) whether to send a token to a host; picks
 * the item starting with `answer` if the question shows (the extension asks once per host).
 */
export async function runAnswering<T>(answer: string, command: string, ...args: unknown[]): Promise<T> {
  const done = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
  const first = await Promise.race([done.then(() => 'done'), sleep(3000).then(() => 'waiting')]);
  if (first === 'waiting') {
    try {
      await drive('click', { selector: '.quick-input-widget input' });
      await drive('type', { text: answer });
      await drive('press', { key: 'Enter' });
    } catch (error) {
      await drive('screenshot', { name: 'answer-failed' });
      throw error;
    }
  }
  return done;
}

/** `itemResolveCount` for vscode.executeCodeActionProvider: resolve every action, so each carries its edit. */
export const RESOLVE_ALL = 1000;

/**
 * The quick fixes VS Code lists at `range`, each resolved so it carries its edit, asked again
 * until `until` holds: right after an incident, or while a language server starts, the host can
 * cancel the request or answer with other providers' actions only. Returns the last list either
 * way, so the caller's assertion names what came.
 */
export async function quickFixes(
  uri: vscode.Uri,
  range: vscode.Range,
  until: (actions: vscode.CodeAction[]) => boolean = (actions) => actions.length > 0,
): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  await waitFor('quick fixes', () =>
    vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, RESOLVE_ALL).then(
      (found) => ((actions = found), until(found) || undefined),
      () => undefined,
    ),
  ).catch(() => undefined);
  return actions;
}

/** Every file under `dir` whose content contains `needle`, but those in `except` (for leak checks). */
export function filesContaining(dir: string, needle: string, except: string[] = []): string[] {
  const hits: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !except.includes(full) && fs.statSync(full).size < 50_000_000 && fs.readFileSync(full).includes(needle)) hits.push(full);
    }
  };
  if (dir && fs.existsSync(dir)) walk(dir);
  return hits;
}

/**
 * The panel's detail view as the webview shows it, read through the driver (inside the webview's
 * frame) once it shows the incident the panel selected and two reads in a row agree.
 */
export async function panelText(app: AiAccessDoctorApi): Promise<string> {
  let last = '';
  return waitFor('the panel to render the selected incident', async () => {
    const id = app.panel.selectedIncidentId;
    const cause = id ? app.store.get(id)?.incident.cause : undefined;
    const text = await drive('text', { selector: '#details:not([aria-busy="true"])', frames: '1' }).catch(() => '');
    const shown = cause ? await drive('text', { selector: '#details .cause-id', frames: '1' }).catch(() => '') : undefined;
    const settled = text !== '' && text === last && shown === cause;
    last = text;
    return settled ? text : undefined;
  });
}
