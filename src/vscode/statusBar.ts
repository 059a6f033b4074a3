// Status bar: incidents in this window, which providers have a stored token and how their
// last verification went, and a plain word when a terminal cannot be watched.
import * as vscode from 'vscode';
import { PROVIDERS } from '../core/providers';
import { DisposableStore } from './disposables';
import type { IncidentStore } from './incidents';
import type { ProviderId } from '../core/types';
import type { TokenStore, VerificationRecord } from './tokens';
import { Commands } from './commandRegistry';

export class StatusBarSurface implements vscode.Disposable {
  private readonly disposables = new DisposableStore();
  private readonly item = this.disposables.add(vscode.window.createStatusBarItem('aiAccessDoctor.status', vscode.StatusBarAlignment.Left, 10));
  private unwatchedTerminal: string | undefined;

  constructor(
    private readonly store: IncidentStore,
    private readonly tokens: TokenStore,
  ) {
    this.item.name = 'AI Access Doctor';
    this.item.command = Commands.ShowDiagnostics;
    this.disposables.add(store.onDidChange(() => this.render()));
    this.disposables.add(tokens.onDidChange(() => this.render()));
    this.render();
    this.item.show();
  }

  /** Notes a terminal whose output cannot be read (no shell integration). */
  noteUnwatchedTerminal(name: string): void {
    this.unwatchedTerminal = name;
    this.render();
  }

  private render(): void {
    const count = this.store.all().length;
    const withToken = this.tokens.providersWithToken();
    const last = this.latestVerification(withToken);
    // The last verification stays in view: a check mark or a cross with the provider's name.
    const verified = last ? ` $(${last.record.outcome === 'valid' ? 'pass' : 'error'}) ${PROVIDERS[last.provider].name}` : '';
    this.item.text = `${count ? `$(shield) ${count}` : '$(shield)'}${verified}`;
    this.item.backgroundColor = count ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(
      `**AI Access Doctor**\n\n${count === 1 ? vscode.l10n.t('1 AI access problem in this window. Select to show it.') : count ? vscode.l10n.t('{0} AI access problems in this window. Select to show them.', count) : vscode.l10n.t('No AI access problems seen in this window.')}\n\n`,
    );
    if (withToken.length) {
      tooltip.appendMarkdown(`${vscode.l10n.t('Stored tokens:')}\n`);
      for (const provider of withToken) {
        const last = this.tokens.lastVerification(provider);
        tooltip.appendText(
          `\n- ${PROVIDERS[provider].name}: ${last ? `${last.outcome.replace(/-/g, ' ')} (${new Date(last.at).toLocaleString()})` : vscode.l10n.t('not verified yet')}`,
        );
      }
      tooltip.appendMarkdown('\n\n');
    } else {
      tooltip.appendMarkdown(`${vscode.l10n.t('No token stored. Run "AI Access Doctor: Set AI Token..." to verify one.')}\n\n`);
    }
    if (this.unwatchedTerminal) {
      tooltip.appendText(
        vscode.l10n.t(
          'Terminal "{0}" has no shell integration, so its output is not watched. Turn on terminal.integrated.shellIntegration.enabled or use "Run File with Watch".',
          this.unwatchedTerminal,
        ),
      );
    }
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = {
      label: last
        ? vscode.l10n.t(
            'AI Access Doctor: {0} problems, {1} stored tokens, last check: {2} {3}',
            count,
            withToken.length,
            PROVIDERS[last.provider].name,
            last.record.outcome.replace(/-/g, ' '),
          )
        : vscode.l10n.t('AI Access Doctor: {0} problems, {1} stored tokens', count, withToken.length),
    };
  }

  private latestVerification(providers: ProviderId[]): { provider: ProviderId; record: VerificationRecord } | undefined {
    let latest: { provider: ProviderId; record: VerificationRecord } | undefined;
    for (const provider of providers) {
      const record = this.tokens.lastVerification(provider);
      if (record && record.outcome !== 'cancelled' && (!latest || record.at > latest.record.at)) latest = { provider, record };
    }
    return latest;
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
