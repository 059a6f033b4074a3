import * as vscode from 'vscode';
import { readSettings, setSetting } from '../settings';

/** Toggles giving stored tokens to new terminals and to debug sessions. */
export function registerShareTokens(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('aiAccessDoctor.toggleTokensInTerminals', async () => {
      const on = !readSettings().shareTokensWithTerminals;
      await setSetting('tokens.shareWithTerminals', on);
      void vscode.window.showInformationMessage(
        on
          ? vscode.l10n.t('New terminals now get your stored AI tokens as environment variables. Open terminals keep theirs.')
          : vscode.l10n.t('New terminals no longer get your stored AI tokens.'),
      );
    }),
    vscode.commands.registerCommand('aiAccessDoctor.toggleTokensInDebugSessions', async () => {
      const on = !readSettings().shareTokensWithDebugSessions;
      await setSetting('tokens.shareWithDebugSessions', on);
      void vscode.window.showInformationMessage(
        on ? vscode.l10n.t('Debug sessions now get your stored AI tokens in their environment.') : vscode.l10n.t('Debug sessions no longer get your stored AI tokens.'),
      );
    }),
  ];
}
