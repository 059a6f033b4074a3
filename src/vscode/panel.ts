// The diagnostics webview: lists this window's incidents (from the store) and explains the
// selected one. The webview renders with DOM APIs only; every message from it is validated.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { problemMessage } from '../core/present/problemMessage';
import { PROVIDERS } from '../core/providers';
import type { Explanation, Frame, Incident } from '../core/types';
import type { IncidentStore, StoredIncident } from './incidents';
import { resolveFrameFile } from './locations';
import type { PanelInbound } from './panelProtocol';
import { NOTEBOOK_CELL_SCHEME, revealCellLine } from './notebookCells';
import { PANEL_WORDS } from './panelWords';
import { Commands, executeCommand } from './commandRegistry';

export interface PanelDeps {
  store: IncidentStore;
  explain(incident: Incident): Explanation;
  fixesFor(stored: StoredIncident): Promise<Array<{ kind: string; title: string; index: number }>>;
}

/** Messages the webview may send (panelProtocol.ts); anything else is ignored. */
type InboundMessage = PanelInbound;

/** A new incident takes the detail view unless the user used the panel this recently. */
const INTERACTION_GRACE_MS = 4_000;

export class DiagnosticsPanel implements vscode.Disposable {
  static readonly viewType = 'aiAccessDoctor.diagnostics';

  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly mediaRoot: vscode.Uri;
  private selectedId: string | undefined;
  /** The webview script has loaded and asked for state (false again once it is hidden and discarded). */
  private ready = false;
  /** Bumped on every refresh, so a slower refresh never posts over a newer one. */
  private version = 0;
  /** Fix indices offered for the selected incident, to validate applyFix messages. */
  private offeredFixes: { incidentId: string; indices: number[]; titles: Map<number, string> } | undefined;
  /** When the user last clicked, typed or scrolled in the panel (ms since epoch). */
  private lastInteraction = 0;
  /** How long after the user's last use of the panel a new incident waits (tests lengthen it). */
  interactionGraceMs = INTERACTION_GRACE_MS;
  /** The newest incident the panel has taken notice of. */
  private newestId: string | undefined;
  /** A newer incident than the one shown, held back because the user was busy in the panel. */
  private waitingId: string | undefined;

  constructor(
    context: vscode.ExtensionContext,
    private readonly deps: PanelDeps,
  ) {
    this.mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'media');
    this.disposables.push(
      deps.store.onDidChange(() => {
        this.takeNewIncident();
        void this.refresh();
      }),
    );
  }

  /** The incident in the detail view. */
  get selectedIncidentId(): string | undefined {
    return this.selectedId;
  }

  /** When the user last used the panel (ms since epoch; 0 if never). */
  get lastInteractionAt(): number {
    return this.lastInteraction;
  }

  /**
   * A new incident takes the detail view, unless the user is reading or acting in the panel
   * right now: then it waits behind a "new incident" notice.
   */
  private takeNewIncident(): void {
    const newest = this.deps.store.all()[0]?.incident.id;
    if (!newest || newest === this.newestId) return;
    this.newestId = newest;
    if (!this.selectedId || Date.now() - this.lastInteraction > this.interactionGraceMs) {
      this.selectedId = newest;
      this.waitingId = undefined;
    } else {
      this.waitingId = newest;
    }
  }

  get visible(): boolean {
    return !!this.panel?.visible;
  }

  /** Creates or reveals the panel and selects the incident (the newest by default). */
  show(incidentId?: string, preserveFocus = false): void {
    this.selectedId = incidentId && this.deps.store.get(incidentId) ? incidentId : undefined;
    if (!this.selectedId || this.selectedId === this.waitingId) this.waitingId = undefined;
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      void this.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      DiagnosticsPanel.viewType,
      'AI Access Doctor',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [this.mediaRoot] },
    );
    panel.iconPath = {
      light: vscode.Uri.joinPath(this.mediaRoot, 'panel-icon-light.svg'),
      dark: vscode.Uri.joinPath(this.mediaRoot, 'panel-icon-dark.svg'),
    };
    this.panel = panel;
    this.ready = false;
    this.panelDisposables = [
      panel.onDidDispose(() => this.disposePanel()),
      panel.onDidChangeViewState(() => {
        // Without retainContextWhenHidden the page is discarded when hidden; it says "ready" again when shown.
        if (!panel.visible) this.ready = false;
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
    ];
    panel.webview.html = this.html(panel.webview);
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposePanel();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private disposePanel(): void {
    this.panel = undefined;
    this.ready = false;
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }

  /** Builds the state and posts it, unless a newer refresh superseded this one. */
  private async refresh(): Promise<void> {
    const version = ++this.version;
    if (!this.panel || !this.ready) return;
    const state = await this.buildState();
    if (version !== this.version || !this.panel || !this.ready) return;
    void this.panel.webview.postMessage({ type: 'state', state: { ...state, words: this.words() } });
  }

  private wordsCache: Record<string, string> | undefined;

  /** The page's words in the user's language (the page keeps English for any it lacks). */
  private words(): Record<string, string> {
    this.wordsCache ??= Object.fromEntries(PANEL_WORDS.map((word) => [word, vscode.l10n.t(word)]));
    return this.wordsCache;
  }

  private async buildState() {
    const all = this.deps.store.all();
    let selected = this.selectedId ? this.deps.store.get(this.selectedId) : undefined;
    selected ??= all[0];
    this.selectedId = selected?.incident.id;
    const summaries = all.map((item) => this.summary(item));
    const waiting = this.waitingId && this.waitingId !== this.selectedId ? this.deps.store.get(this.waitingId) : undefined;
    const notice = waiting ? { incidentId: waiting.incident.id, headline: problemMessage(waiting.incident) } : null;
    if (!selected) {
      this.offeredFixes = undefined;
      return { incidents: summaries, selected: null, notice: null };
    }
    const { incident } = selected;
    let fixes: Array<{ kind: string; title: string; index: number }>;
    try {
      fixes = await this.deps.fixesFor(selected);
    } catch {
      fixes = [];
    }
    this.offeredFixes = { incidentId: incident.id, indices: fixes.map((fix) => fix.index), titles: new Map(fixes.map((fix) => [fix.index, fix.title])) };
    return {
      incidents: summaries,
      notice,
      selected: {
        ...this.summary(selected),
        language: incident.language,
        codeLanguage: codeLanguage(selected),
        canGoToLine: !!(selected.location || incident.userFrame),
        inNotebookCell: selected.location?.uri.scheme === NOTEBOOK_CELL_SCHEME,
        frames: incident.frames.map((frame) => ({
          file: frame.file,
          display: displayPath(frame.file),
          line: frame.line,
          function: frame.function,
          userFrame: isUserFrame(incident, frame),
        })),
        explanation: this.deps.explain(incident),
        fixes: fixes.map(({ kind, title, index }) => ({ kind, title, index })),
      },
    };
  }

  private summary(item: StoredIncident) {
    const { incident } = item;
    return {
      id: incident.id,
      provider: incident.provider,
      providerName: PROVIDERS[incident.provider]?.name ?? incident.provider,
      cause: incident.cause,
      title: this.deps.explain(incident).title,
      headline: problemMessage(incident),
      model: incident.model,
      status: incident.status,
      errorClass: incident.errorClass,
      message: incident.message,
      seenAt: item.seenAt,
      // The same trace seen live and in a saved log is one incident: both places are named.
      origin: [item.origin, ...(item.alsoSeenIn ?? [])].join(' and '),
    };
  }

  private onMessage(raw: unknown): void {
    const message = parseMessage(raw);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      void this.refresh();
      return;
    }
    // Anything else the page sends comes from the user's hand.
    this.lastInteraction = Date.now();
    if (message.type === 'interacted') return;
    if (message.type === 'clear') {
      void executeCommand(Commands.Clear);
      return;
    }
    const stored = this.deps.store.get(message.incidentId);
    if (!stored) return;
    switch (message.type) {
      case 'select':
        this.selectedId = message.incidentId;
        if (message.incidentId === this.waitingId) this.waitingId = undefined;
        void this.refresh();
        return;
      case 'goToLine':
        void this.goToLine(stored);
        return;
      case 'openFrame': {
        const frame = stored.incident.frames[message.frameIndex];
        if (frame) void this.openFrame(stored, frame);
        return;
      }
      case 'applyFix':
        if (this.offeredFixes?.incidentId === message.incidentId && this.offeredFixes.indices.includes(message.index)) {
          void executeCommand(Commands.ApplyFix, message.incidentId, message.index, this.offeredFixes.titles.get(message.index));
        }
        return;
      case 'verifyToken':
        void executeCommand(Commands.VerifyToken, message.incidentId);
        return;
      case 'copyTrace':
        void vscode.env.clipboard
          .writeText(stored.incident.trace)
          .then(() => vscode.window.setStatusBarMessage(vscode.l10n.t('Trace copied, secrets masked'), 3000));
        return;
    }
  }

  private async goToLine(stored: StoredIncident): Promise<void> {
    if (stored.location) {
      await this.open(stored.location.uri, stored.location.range.start.line);
    } else if (stored.incident.userFrame) {
      await this.openFrame(stored, stored.incident.userFrame);
    }
  }

  private async openFrame(stored: StoredIncident, frame: Frame): Promise<void> {
    if (stored.location && isUserFrame(stored.incident, frame)) {
      await this.open(stored.location.uri, stored.location.range.start.line);
      return;
    }
    // The same resolver as Problems: a frame the panel cannot open is one Problems cannot show.
    const uri = await resolveFrameFile(frame, stored.cwd);
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot find {0} in this workspace.', frame.file));
      return;
    }
    await this.open(uri, Math.max(0, frame.line - 1));
  }

  private async open(uri: vscode.Uri, line: number): Promise<void> {
    const position = new vscode.Position(line, 0);
    // Prefer an editor group other than the panel's, so the panel stays in view.
    const panelColumn = this.panel?.viewColumn;
    const viewColumn =
      vscode.window.visibleTextEditors.find((editor) => editor.viewColumn !== panelColumn)?.viewColumn ??
      (panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    try {
      if (uri.scheme === NOTEBOOK_CELL_SCHEME && (await revealCellLine(uri, line, viewColumn))) return;
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn, preview: true });
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot open {0}.', uri.fsPath || uri.toString()));
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, ...parts)).toString();
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link nonce="${nonce}" rel="stylesheet" href="${asset('codicons', 'codicon.css')}" id="vscode-codicon-stylesheet">
  <link nonce="${nonce}" rel="stylesheet" href="${asset('panel.css')}">
  <title>AI Access Doctor</title>
</head>
<body>
  <main id="app" class="layout" aria-busy="true"></main>
  <script nonce="${nonce}" src="${asset('panel.js')}"></script>
</body>
</html>`;
  }
}

/** Which language's code examples to show first: the failing file's. */
function codeLanguage(stored: StoredIncident): 'python' | 'javascript' {
  const file = stored.location?.uri.path ?? stored.incident.userFrame?.file ?? '';
  if (/\.py[iw]?$|\.ipynb$/i.test(file)) return 'python';
  if (/\.[cm]?[jt]sx?$/i.test(file)) return 'javascript';
  return stored.incident.language === 'python' ? 'python' : 'javascript';
}

/** A frame's file as the user knows it: relative to the workspace when inside it. */
function displayPath(file: string): string {
  if (!path.isAbsolute(file) && !file.startsWith('file://')) return file;
  const relative = vscode.workspace.asRelativePath(file.startsWith('file://') ? vscode.Uri.parse(file) : vscode.Uri.file(file), false);
  return relative || file;
}

function isUserFrame(incident: Incident, frame: Frame): boolean {
  const user = incident.userFrame;
  return !!user && user.file === frame.file && user.line === frame.line && user.function === frame.function;
}

const ID_TYPES = new Set(['select', 'goToLine', 'verifyToken', 'copyTrace']);

/** Validates a message from the webview; returns undefined for anything malformed. */
function parseMessage(raw: unknown): InboundMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < 512;
  const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
  switch (m.type) {
    case 'ready':
    case 'clear':
    case 'interacted':
      return { type: m.type };
    case 'openFrame':
      return isId(m.incidentId) && isIndex(m.frameIndex) ? { type: 'openFrame', incidentId: m.incidentId, frameIndex: m.frameIndex } : undefined;
    case 'applyFix':
      return isId(m.incidentId) && isIndex(m.index) ? { type: 'applyFix', incidentId: m.incidentId, index: m.index } : undefined;
    default:
      return typeof m.type === 'string' && ID_TYPES.has(m.type) && isId(m.incidentId) ? { type: m.type as 'select', incidentId: m.incidentId } : undefined;
  }
}
