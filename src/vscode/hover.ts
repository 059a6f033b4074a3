// Hover on flagged lines: what failed, why, the provider's message, the first fix, and links.
import * as vscode from 'vscode';
import { causeTitle } from '../core/causes';
import { explanationFor } from '../core/explanations';
import { PROVIDERS } from '../core/providers';
import type { IncidentStore, StoredIncident } from './incidents';

/** Only these commands may run from hover links. */
const LINK_COMMANDS = ['aiAccessDoctor.showDiagnostics', 'aiAccessDoctor.applyFix', 'aiAccessDoctor.verifyToken'];

/** Escapes Markdown without turning spaces into &nbsp; (MarkdownString.appendText does), so text wraps. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#!|<>~]/g, '\\$&');
}

function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/**
 * The hover in two parts. The first holds only the extension's own words and is trusted for
 * its three commands; everything read from the trace (class, model, the provider's message)
 * goes into the second, untrusted part, where a fence it closes or a link it forms cannot run
 * a command.
 */
export function hoverMarkdown(item: StoredIncident): vscode.MarkdownString[] {
  const { incident } = item;
  const explanation = explanationFor(incident.provider, incident.cause);
  const provider = PROVIDERS[incident.provider].name;
  const status = incident.status ? ` ${incident.status}` : '';
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: LINK_COMMANDS };
  md.appendMarkdown(`**AI Access Doctor: ${causeTitle(incident.cause)}**\n\n`);
  md.appendMarkdown(plain(`${provider}${status}`));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(plain(explanation.why));
  md.appendMarkdown('\n\n');
  const first = explanation.causes[0];
  if (first) {
    md.appendMarkdown(`\n**First fix:** ${plain(first.fix)}`);
    md.appendMarkdown('\n\n');
  }
  md.appendMarkdown(
    [
      commandLink('$(info) Open diagnostics', 'aiAccessDoctor.showDiagnostics', [incident.id]),
      commandLink('$(lightbulb) Apply a quick fix', 'aiAccessDoctor.applyFix', [incident.id]),
      commandLink('$(key) Verify token', 'aiAccessDoctor.verifyToken', [incident.id]),
    ].join(' &nbsp;·&nbsp; '),
  );
  return [md, traceMarkdown(item)];
}

/** What the trace said, untrusted: no command links, no HTML, no theme icons. */
export function traceMarkdown(item: StoredIncident): vscode.MarkdownString {
  const { incident } = item;
  const untrusted = new vscode.MarkdownString(undefined, false);
  untrusted.isTrusted = false;
  untrusted.supportHtml = false;
  untrusted.appendText(`${incident.errorClass}${incident.model ? ` · model ${incident.model}` : ''}`);
  untrusted.appendMarkdown('\n\n');
  untrusted.appendCodeblock(incident.message, 'text');
  return untrusted;
}

export class HoverSurface implements vscode.HoverProvider {
  constructor(private readonly store: IncidentStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const uri = document.uri.toString();
    const item = this.store
      .all()
      .find((entry) => entry.location?.uri.toString() === uri && entry.location.range.start.line === position.line);
    if (!item) return undefined;
    return new vscode.Hover(hoverMarkdown(item), document.lineAt(position.line).range);
  }
}
