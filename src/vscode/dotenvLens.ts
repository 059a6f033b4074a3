// "Verify" on the key lines of `.env` files and launch configurations: checks the value written
// there against the provider's own host (src/core/access/ownHost.ts), only when clicked, and
// shows the result on the line. The value is read from the document at the click and handed
// to the verifier only: never stored, logged, put in a command argument or sent elsewhere.
import * as vscode from 'vscode';
import { dotenvKeyLines, launchEnvKeyLines, type KeyLine } from '../core/access/envFiles';
import { lensSummary } from '../core/access/keyStatus';
import { ownHostBaseUrl } from '../core/access/ownHost';
import { PROVIDERS } from '../core/providers';
import { hostOf } from '../core/verify/baseUrl';
import { verifyToken } from '../core/verify';
import type { WorkspaceModels } from './workspaceModels';

const VERIFY_KEY_COMMAND = 'aiAccessDoctor.verifyKeyInFile';

export const KEY_FILE_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', pattern: '**/.env' },
  { scheme: 'file', pattern: '**/.env.*' },
  { scheme: 'file', pattern: '**/*.env' },
  { scheme: 'file', pattern: '**/.vscode/launch.json' },
];

function keyLinesOf(document: vscode.TextDocument): KeyLine[] {
  if (document.getText().length > 1_000_000) return [];
  return /\.vscode[\\/]launch\.json$/.test(document.uri.path) ? launchEnvKeyLines(document.getText()) : dotenvKeyLines(document.getText());
}

interface LensResult {
  version: number;
  title: string;
  tooltip: string;
}

export class KeyLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  /** Per document and line: the last result, while the document is unchanged. */
  private readonly results = new Map<string, LensResult>();
  private readonly running = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly models: WorkspaceModels) {
    this.disposables = [
      this.changed,
      vscode.commands.registerCommand(VERIFY_KEY_COMMAND, (uri: unknown, line: unknown) => this.verifyAt(uri, line)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const lenses: vscode.CodeLens[] = [];
    for (const key of keyLinesOf(document)) {
      const range = new vscode.Range(key.line, key.nameStart, key.line, key.nameEnd);
      const id = this.keyOf(document.uri, key.line);
      const name = PROVIDERS[key.provider].name;
      const base = ownHostBaseUrl(key.provider, process.env);
      if (!base) {
        lenses.push(
          new vscode.CodeLens(range, {
            title: vscode.l10n.t('{0} keys are checked against their resource\'s endpoint: use "Verify AI Token"', name),
            command: '',
          }),
        );
        continue;
      }
      const result = this.results.get(id);
      const fresh = result && result.version === document.version;
      lenses.push(
        new vscode.CodeLens(range, {
          title: this.running.has(id) ? `$(sync~spin) ${vscode.l10n.t('Verifying…')}` : fresh ? vscode.l10n.t('Verify again') : vscode.l10n.t('Verify'),
          tooltip: vscode.l10n.t('Check this {0} key with {1}. It is not stored or sent anywhere else.', name, hostOf(base)),
          command: VERIFY_KEY_COMMAND,
          arguments: [document.uri, key.line],
        }),
      );
      if (fresh) lenses.push(new vscode.CodeLens(range, { title: result.title, tooltip: result.tooltip, command: '' }));
    }
    return lenses;
  }

  /** The lens's command: verify the key on `line` of `uri` as the document says now. */
  async verifyAt(uriArg: unknown, lineArg: unknown): Promise<string | undefined> {
    if (!(uriArg instanceof vscode.Uri) || typeof lineArg !== 'number') return undefined;
    const document = await vscode.workspace.openTextDocument(uriArg);
    const key = keyLinesOf(document).find((k) => k.line === lineArg);
    if (!key) return undefined;
    const baseUrl = ownHostBaseUrl(key.provider, process.env);
    if (!baseUrl) return undefined;
    const id = this.keyOf(document.uri, key.line);
    const version = document.version;
    this.running.add(id);
    this.changed.fire();
    try {
      const result = await verifyToken({ provider: key.provider, token: key.value, baseUrl });
      const used = await this.models.modelsFor(key.provider);
      const title = lensSummary({ outcome: result.outcome, models: result.models }, used);
      this.results.set(id, { version, title, tooltip: `${result.message} ${result.nextStep}`.trim() });
      return title;
    } finally {
      this.running.delete(id);
      this.changed.fire();
    }
  }

  private keyOf(uri: vscode.Uri, line: number): string {
    return `${uri.toString()}#${line}`;
  }

  private forget(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}#`;
    for (const id of [...this.results.keys()]) if (id.startsWith(prefix)) this.results.delete(id);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
