// What commands work with; built once in extension.ts.
import type * as vscode from 'vscode';
import type { FixEdits } from '../fixEdits';
import type { IncidentFeed } from '../incidentFeed';
import type { IncidentStore } from '../incidents';
import type { DiagnosticsPanel } from '../panel';
import type { WatchRuns } from '../sources/watchRunner';
import type { TokenStore } from '../tokens';

export interface CommandContext {
  extension: vscode.ExtensionContext;
  store: IncidentStore;
  tokens: TokenStore;
  feed: IncidentFeed;
  panel: DiagnosticsPanel;
  fixes: FixEdits;
  log: vscode.LogOutputChannel;
  runs: WatchRuns;
}
