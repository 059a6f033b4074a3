// The "AI Access" view: per provider, where its key comes from (secret storage, a `.env` file,
// the environment; masked), the last verification, the models the key reaches and the model
// ids this workspace's calls use, reachable or not. Reads TokenStore and WorkspaceModels only.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { dotenvKeyLines } from '../core/access/envFiles';
import { keyWorks, maskKey, outcomeWords, reaches, verifiedWhen } from '../core/access/keyStatus';
import { PROVIDERS } from '../core/providers';
import { PROVIDER_IDS, type ProviderId } from '../core/types';
import type { TokenStore } from './tokens';
import type { WorkspaceModels, WorkspaceModelSite } from './workspaceModels';

export const ACCESS_VIEW_ID = 'aiAccessDoctor.access';

const SECRET_STORAGE = (): string => vscode.l10n.t('Secret storage');
const ENVIRONMENT = (): string => vscode.l10n.t('Environment');

export type AccessNode =
  | { kind: 'provider'; provider: ProviderId; stored: boolean }
  | { kind: 'source'; provider: ProviderId; label: string; masked: string; detail?: string; open?: vscode.Location }
  | { kind: 'verification'; provider: ProviderId }
  | { kind: 'reached'; provider: ProviderId; models: string[] }
  | { kind: 'model'; provider: ProviderId; model: string }
  | { kind: 'used'; provider: ProviderId; sites: WorkspaceModelSite[] }
  | { kind: 'usedModel'; provider: ProviderId; model: string; site: WorkspaceModelSite; reachable: boolean | undefined };

interface KeySource {
  label: string;
  masked: string;
  detail?: string;
  open?: vscode.Location;
}

export class AccessView implements vscode.TreeDataProvider<AccessNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AccessNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private dotenvKeys = new Map<ProviderId, KeySource[]>();
  private dotenvLoaded: Promise<void> | undefined;

  constructor(
    private readonly tokens: TokenStore,
    private readonly models: WorkspaceModels,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.env*');
    const reloadDotenv = (): void => {
      this.dotenvLoaded = undefined;
      this.refresh();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reloadDotenv),
      watcher.onDidChange(reloadDotenv),
      watcher.onDidDelete(reloadDotenv),
      tokens.onDidChange(() => this.refresh()),
      models.onDidChange(() => this.refresh()),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: AccessNode): Promise<AccessNode[]> {
    if (!node) return this.providers();
    const { provider } = node;
    switch (node.kind) {
      case 'provider': {
        const out: AccessNode[] = (await this.sources(provider)).map((source) => ({ kind: 'source', provider, ...source }));
        out.push({ kind: 'verification', provider });
        const record = this.tokens.lastVerification(provider);
        if (record && keyWorks(record.outcome) && record.models.length) out.push({ kind: 'reached', provider, models: record.models });
        const sites = (await this.models.sites()).filter((site) => site.provider === provider);
        if (sites.length) out.push({ kind: 'used', provider, sites });
        return out;
      }
      case 'reached':
        return node.models.map((model) => ({ kind: 'model', provider, model }));
      case 'used': {
        const record = this.tokens.lastVerification(provider);
        const known = record && keyWorks(record.outcome) && record.models.length ? record.models : undefined;
        const first = new Map<string, WorkspaceModelSite>();
        for (const site of node.sites) if (!first.has(site.model)) first.set(site.model, site);
        return [...first.values()].map((site) => ({
          kind: 'usedModel',
          provider,
          model: site.model,
          site,
          reachable: known ? reaches(known, site.model) : undefined,
        }));
      }
      default:
        return [];
    }
  }

  getTreeItem(node: AccessNode): vscode.TreeItem {
    const name = PROVIDERS[node.provider].name;
    switch (node.kind) {
      case 'provider': {
        const record = this.tokens.lastVerification(node.provider);
        const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `provider:${node.provider}`;
        item.description = record
          ? `${outcomeWords(record.outcome)} · ${verifiedWhen(record.at, Date.now())}`
          : node.stored
            ? vscode.l10n.t('not verified')
            : vscode.l10n.t('no stored key');
        item.iconPath = new vscode.ThemeIcon(record ? (keyWorks(record.outcome) ? 'pass' : 'error') : 'key');
        item.contextValue = node.stored ? 'aiAccessProvider.stored' : 'aiAccessProvider';
        return item;
      }
      case 'source': {
        const item = new vscode.TreeItem(node.label);
        item.description = [node.masked, node.detail].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(node.label === SECRET_STORAGE() ? 'lock' : node.label === ENVIRONMENT() ? 'terminal' : 'file');
        item.tooltip = vscode.l10n.t('Where the {0} key comes from', name);
        if (node.open) item.command = { command: 'vscode.open', title: 'Open', arguments: [node.open.uri, { selection: node.open.range }] };
        return item;
      }
      case 'verification': {
        const record = this.tokens.lastVerification(node.provider);
        const item = new vscode.TreeItem(vscode.l10n.t('Last verification'));
        item.iconPath = new vscode.ThemeIcon('history');
        item.description = record
          ? `${outcomeWords(record.outcome)}${record.model ? ` (${record.model})` : ''} · ${verifiedWhen(record.at, Date.now())}`
          : vscode.l10n.t('never');
        item.tooltip = record?.message;
        return item;
      }
      case 'reached': {
        // A short list is worth seeing at once; OpenAI's full list runs to dozens.
        const state = node.models.length <= 8 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(
          node.models.length === 1 ? vscode.l10n.t('Reaches 1 model') : vscode.l10n.t('Reaches {0} models', node.models.length),
          state,
        );
        item.id = `reached:${node.provider}`;
        item.iconPath = new vscode.ThemeIcon('list-unordered');
        return item;
      }
      case 'model': {
        const item = new vscode.TreeItem(node.model);
        item.iconPath = new vscode.ThemeIcon('symbol-constant');
        return item;
      }
      case 'used': {
        const count = new Set(node.sites.map((s) => s.model)).size;
        const item = new vscode.TreeItem(vscode.l10n.t('Used in this workspace ({0})', count), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `used:${node.provider}`;
        item.iconPath = new vscode.ThemeIcon('code');
        return item;
      }
      case 'usedModel': {
        const item = new vscode.TreeItem(node.model);
        const where = `${path.basename(node.site.uri.fsPath)}:${node.site.line}`;
        item.description = `${node.reachable === undefined ? vscode.l10n.t('not verified') : node.reachable ? vscode.l10n.t('reachable') : vscode.l10n.t('not reachable')} · ${where}`;
        item.iconPath =
          node.reachable === undefined
            ? new vscode.ThemeIcon('question')
            : new vscode.ThemeIcon(node.reachable ? 'pass' : 'error', new vscode.ThemeColor(node.reachable ? 'testing.iconPassed' : 'list.errorForeground'));
        const at = new vscode.Position(node.site.line - 1, node.site.column - 1);
        item.command = { command: 'vscode.open', title: 'Open', arguments: [node.site.uri, { selection: new vscode.Range(at, at) }] };
        return item;
      }
    }
  }

  /** Providers worth a row: a key somewhere, a verification on record, or calls in the workspace. */
  private async providers(): Promise<AccessNode[]> {
    const stored = new Set(this.tokens.providersWithToken());
    const used = new Set((await this.models.sites()).map((s) => s.provider));
    await this.loadDotenv();
    return PROVIDER_IDS.filter(
      (id) =>
        stored.has(id) || used.has(id) || this.tokens.lastVerification(id) || this.dotenvKeys.has(id) || PROVIDERS[id].tokenEnvVars.some((v) => process.env[v]),
    ).map((provider) => ({ kind: 'provider', provider, stored: stored.has(provider) }));
  }

  private async sources(provider: ProviderId): Promise<KeySource[]> {
    const out: KeySource[] = [];
    const stored = this.tokens.providersWithToken().includes(provider) ? await this.tokens.get(provider) : undefined;
    if (stored) out.push({ label: SECRET_STORAGE(), masked: maskKey(stored) });
    await this.loadDotenv();
    out.push(...(this.dotenvKeys.get(provider) ?? []));
    for (const name of PROVIDERS[provider].tokenEnvVars) {
      const value = process.env[name];
      if (value?.trim()) out.push({ label: ENVIRONMENT(), masked: maskKey(value), detail: name });
    }
    return out;
  }

  /** `.env` files at the workspace folders' roots and one level down (where SDK loaders look). */
  private loadDotenv(): Promise<void> {
    this.dotenvLoaded ??= (async () => {
      const found = new Map<ProviderId, KeySource[]>();
      const files = await vscode.workspace.findFiles('{.env,*/.env,.env.local,*/.env.local}', '**/node_modules/**', 20);
      for (const uri of files) {
        let text: string;
        try {
          text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          continue;
        }
        for (const key of dotenvKeyLines(text)) {
          const list = found.get(key.provider) ?? [];
          list.push({
            label: vscode.workspace.asRelativePath(uri),
            masked: maskKey(key.value),
            detail: vscode.l10n.t('{0}, line {1}', key.name, key.line + 1),
            open: new vscode.Location(uri, new vscode.Position(key.line, key.nameStart)),
          });
          found.set(key.provider, list);
        }
      }
      this.dotenvKeys = found;
    })();
    return this.dotenvLoaded;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The view's inline actions get the node; the token commands take a provider id. */
export function registerAccessViewCommands(): vscode.Disposable[] {
  const forward = (id: string, target: string) =>
    vscode.commands.registerCommand(id, (node?: AccessNode) => vscode.commands.executeCommand(target, node?.provider));
  return [
    forward('aiAccessDoctor.access.verify', 'aiAccessDoctor.verifyToken'),
    forward('aiAccessDoctor.access.setToken', 'aiAccessDoctor.setToken'),
    forward('aiAccessDoctor.access.forgetToken', 'aiAccessDoctor.forgetToken'),
  ];
}
