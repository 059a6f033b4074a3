// Hover on flagged lines, short: title, one sentence of cause, the first fix and the actions
// first; then the provider's message once, shortened. The rest is the panel's job.
// Two parts: ours (trusted, the only place with command links, holding no text read from the
// trace) and the provider's words (untrusted: no commands, no HTML, no theme icons), where a
// fence it closes or a link it forms cannot run a command.
import * as vscode from 'vscode';
import { causeTitle } from '../core/causes';
import { explanationFor } from '../core/explanations';
import { PROVIDERS } from '../core/providers';
import type { IncidentStore, StoredIncident } from './incidents';
import { commandLinkTarget, Commands, type CommandId } from './commandRegistry';

/** Only these commands may run from hover links. */
const LINK_COMMANDS: CommandId[] = [Commands.ShowDiagnostics, Commands.ApplyFix, Commands.VerifyToken];

/** The provider's message is cut here; the panel shows it whole. */
const MAX_PROVIDER_MESSAGE = 240;

/** Escapes Markdown without turning spaces into &nbsp; (MarkdownString.appendText does), so text wraps. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#!|<>~]/g, '\\$&');
}

function commandLink(label: string, target: string, tooltip: string): string {
  return `[${label}](${target} "${tooltip}")`;
}

/** The first sentence of a paragraph. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** An error body's own "message" field ({'error': {'message': '…'}}), else the whole text. */
function innerMessage(message: string): string {
  const inner = /["']message["']\s*:\s*(["'])((?:\\.|(?!\1)[^\\])*)\1/.exec(message);
  return inner ? inner[2] : message;
}

/** The provider's message on one line, cut to a length a hover can show. */
function shortProviderMessage(message: string): string {
  const flat = innerMessage(message).replace(/\s+/g, ' ').replace(/`{3,}/g, '``').trim();
  return flat.length > MAX_PROVIDER_MESSAGE ? `${flat.slice(0, MAX_PROVIDER_MESSAGE - 1)}…` : flat;
}

/** Ours: trusted for our own commands only, and holding no text read from output. */
function hoverSummary(item: StoredIncident): vscode.MarkdownString {
  const { incident } = item;
  const explanation = explanationFor(incident.provider, incident.cause);
  const provider = PROVIDERS[incident.provider].name;
  const status = incident.status ? ` ${incident.status}` : '';
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: LINK_COMMANDS };
  md.appendMarkdown(`**${plain(causeTitle(incident.cause))}** · ${plain(`${provider}${status}`)}\n\n`);
  md.appendMarkdown(`${plain(firstSentence(explanation.why))}\n\n`);
  const first = explanation.causes[0];
  if (first) md.appendMarkdown(`**${plain(vscode.l10n.t('Fix:'))}** ${plain(first.fix)}\n\n`);
  md.appendMarkdown(
    [
      commandLink(
        `$(lightbulb) ${plain(vscode.l10n.t('Quick Fix…'))}`,
        commandLinkTarget(Commands.ApplyFix, incident.id),
        vscode.l10n.t('Choose a fix for this line'),
      ),
      commandLink(
        `$(key) ${plain(vscode.l10n.t('Verify Token'))}`,
        commandLinkTarget(Commands.VerifyToken, incident.id),
        vscode.l10n.t('Check the {0} token against this model', provider),
      ),
      commandLink(
        `$(info) ${plain(vscode.l10n.t('Details'))}`,
        commandLinkTarget(Commands.ShowDiagnostics, incident.id),
        vscode.l10n.t('Open the incident in the AI Access Doctor panel'),
      ),
    ].join(' &nbsp;·&nbsp; '),
  );
  return md;
}

/** The provider's words, once and shortened: untrusted, so links in it cannot run commands. */
function traceMarkdown(item: StoredIncident): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendCodeblock(shortProviderMessage(item.incident.message), 'text');
  return md;
}

/** The hover's two parts: ours (trusted for our commands only), then the provider's words (untrusted). */
function hoverMarkdown(item: StoredIncident): vscode.MarkdownString[] {
  return [hoverSummary(item), traceMarkdown(item)];
}

export class HoverSurface implements vscode.HoverProvider {
  constructor(private readonly store: IncidentStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const uri = document.uri.toString();
    const item = this.store.all().find((entry) => entry.location?.uri.toString() === uri && entry.location.range.start.line === position.line);
    if (!item) return undefined;
    return new vscode.Hover(hoverMarkdown(item), item.location!.range);
  }
}
