import * as vscode from 'vscode';
import { readSettings, setSetting } from '../settings';
import { DEBUG_TYPES_WITH_ENV } from '../../core/debugTypes';

/** Toggles giving stored tokens to new terminals and to debug sessions; says what now holds. */
export function registerShareTokens(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('aiAccessDoctor.toggleTokensInTerminals', async () => {
      await setSetting('tokens.shareWithTerminals', !readSettings().shareTokensWithTerminals);
      // Report what is in effect after the change, not what was asked for.
      const on = readSettings().shareTokensWithTerminals;
      void vscode.window.showInformationMessage(
        on
          ? vscode.l10n.t('New terminals now get your stored AI tokens as environment variables. Open terminals keep theirs.')
          : vscode.l10n.t('New terminals do not get your stored AI tokens.'),
      );
      return on;
    }),
    vscode.commands.registerCommand('aiAccessDoctor.toggleTokensInDebugSessions', async () => {
      await setSetting('tokens.shareWithDebugSessions', !readSettings().shareTokensWithDebugSessions);
      const on = readSettings().shareTokensWithDebugSessions;
      void vscode.window.showInformationMessage(
        on
          ? vscode.l10n.t('Debug sessions that launch a program ({0}) now get your stored AI tokens in their environment.', DEBUG_TYPES_WITH_ENV.join(', '))
          : vscode.l10n.t('Debug sessions do not get your stored AI tokens.'),
      );
      return on;
    }),
  ];
}
