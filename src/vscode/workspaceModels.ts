// The model ids this workspace's SDK calls use, per provider (for the access view, the `.env`
// lens and the agent tools). Built lazily on first use, from open documents when they are open
// and from disk otherwise; kept current on edits and file changes.
import * as vscode from 'vscode';
import { modelIdSites, type ModelIdSite } from '../core/check';
import { languageFromId } from '../core/fixes';
import type { ProviderId } from '../core/types';

const SOURCE_GLOB = '**/*.{py,js,mjs,cjs,jsx,ts,mts,cts,tsx}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.venv,venv,env,site-packages,dist,out,build,__pycache__}/**';
const MAX_FILES = 2000;
const MAX_BYTES = 1_000_000;

export interface WorkspaceModelSite extends ModelIdSite {
  uri: vscode.Uri;
}

export class WorkspaceModels implements vscode.Disposable {
  private readonly byFile = new Map<string, WorkspaceModelSite[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Set<vscode.TextDocument>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(SOURCE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.loaded() && void this.readFromDisk(uri)),
      watcher.onDidChange((uri) => this.loaded() && !this.isOpen(uri) && void this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.loaded() && this.set(uri, [])),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!this.loaded() || event.contentChanges.length === 0 || !languageFromId(event.document.languageId)) return;
        this.pending.add(event.document);
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.flush(), 500);
      }),
    );
  }

  /** Every site, loading the workspace on first call. */
  async sites(): Promise<WorkspaceModelSite[]> {
    this.loading ??= this.load();
    await this.loading;
    return [...this.byFile.values()].flat();
  }

  /** Model ids the workspace's calls to `provider` use, each once, in first-seen order. */
  async modelsFor(provider: ProviderId): Promise<string[]> {
    return [...new Set((await this.sites()).filter((s) => s.provider === provider).map((s) => s.model))];
  }

  private loaded(): boolean {
    return this.loading !== undefined;
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
  }

  private async load(): Promise<void> {
    const files = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE_GLOB, MAX_FILES);
    for (const uri of files) await this.readFromDisk(uri, false);
    this.changed.fire();
  }

  private async readFromDisk(uri: vscode.Uri, notify = true): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string | undefined = open?.getText();
    if (text === undefined) {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_BYTES) return;
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return;
      }
    }
    this.set(uri, this.scan(uri, text), notify);
  }

  private flush(): void {
    for (const document of this.pending) this.set(document.uri, this.scan(document.uri, document.getText()), false);
    this.pending.clear();
    this.changed.fire();
  }

  private scan(uri: vscode.Uri, text: string): WorkspaceModelSite[] {
    const language = languageFromId(uri.path);
    if (!language || text.length > MAX_BYTES) return [];
    return modelIdSites(text, language).map((site) => ({ ...site, uri }));
  }

  private set(uri: vscode.Uri, sites: WorkspaceModelSite[], notify = true): void {
    const key = uri.toString();
    const before = this.byFile.get(key) ?? [];
    if (sites.length) this.byFile.set(key, sites);
    else this.byFile.delete(key);
    if (notify && (before.length || sites.length)) this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
