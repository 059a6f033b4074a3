// Tools for agent mode: this window's incidents (read from the store, redacted), and what the
// stored key can use (from the last verification; a fresh check only after the user agrees).
import * as vscode from 'vscode';
import { incidentsAnswer, modelAccessAnswer, type IncidentFacts } from '../core/access/toolAnswers';
import { causeTitle } from '../core/causes';
import { PROVIDERS } from '../core/providers';
import { PROVIDER_IDS, type ProviderId } from '../core/types';
import { hostOf, effectiveBaseUrl } from '../core/verify/baseUrl';
import { resolveBaseUrl } from '../core/verify';
import type { FixEdits } from './fixEdits';
import type { IncidentStore } from './incidents';
import { readSettings } from './settings';
import type { TokenStore } from './tokens';
import { Commands, executeCommand } from './commandRegistry';

const INCIDENTS_TOOL = 'aiAccessDoctor_incidents';
const MODEL_ACCESS_TOOL = 'aiAccessDoctor_modelAccess';

interface IncidentsInput {
  provider?: string;
  max?: number;
}

interface ModelAccessInput {
  provider: string;
  model?: string;
  verify?: boolean;
}

const text = (value: string): vscode.LanguageModelToolResult => new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(value)]);

function asProvider(value: unknown): ProviderId | undefined {
  const wanted = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return PROVIDER_IDS.find((id) => id === wanted || PROVIDERS[id].name.toLowerCase() === wanted);
}

class IncidentsTool implements vscode.LanguageModelTool<IncidentsInput> {
  constructor(
    private readonly store: IncidentStore,
    private readonly fixes: FixEdits,
  ) {}

  async invoke(options: vscode.LanguageModelToolInvocationOptions<IncidentsInput>): Promise<vscode.LanguageModelToolResult> {
    const provider = options.input?.provider ? asProvider(options.input.provider) : undefined;
    const max = Math.max(1, Math.min(50, Math.floor(Number(options.input?.max) || 20)));
    const items = this.store.all().filter((item) => !provider || item.incident.provider === provider);
    const facts: IncidentFacts[] = [];
    for (const item of items.slice(0, max)) {
      const { incident } = item;
      const fact: IncidentFacts = { provider: incident.provider, cause: incident.cause, causeTitle: causeTitle(incident.cause), model: incident.model };
      if (item.location) {
        fact.file = vscode.workspace.asRelativePath(item.location.uri);
        fact.line = item.location.range.start.line + 1;
        try {
          const document = await vscode.workspace.openTextDocument(item.location.uri);
          fact.firstFix = (await this.fixes.fixesAt(document, item.location.range.start.line, incident))[0]?.title;
        } catch {
          // The file is gone: the incident is still worth listing.
        }
      }
      facts.push(fact);
    }
    return text(incidentsAnswer(facts, max) + (items.length > max ? `\n(${items.length - max} more not listed)` : ''));
  }
}

export class ModelAccessTool implements vscode.LanguageModelTool<ModelAccessInput> {
  constructor(private readonly tokens: TokenStore) {}

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<ModelAccessInput>): vscode.PreparedToolInvocation {
    const provider = asProvider(options.input?.provider);
    if (!provider) return { invocationMessage: 'Checking AI model access' };
    const name = PROVIDERS[provider].name;
    if (!options.input.verify || !this.tokens.providersWithToken().includes(provider)) {
      return { invocationMessage: `Reading what the stored ${name} key can use` };
    }
    const host = hostOf(effectiveBaseUrl(provider, resolveBaseUrl(provider, process.env, readSettings().baseUrls[provider])));
    return {
      invocationMessage: `Verifying the stored ${name} key with ${host}`,
      confirmationMessages: {
        title: `Verify the stored ${name} key?`,
        message: `This sends the ${name} key stored in VS Code to ${host} to list the models it can use. Nothing else is sent.`,
      },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<ModelAccessInput>): Promise<vscode.LanguageModelToolResult> {
    const provider = asProvider(options.input?.provider);
    if (!provider) return text(`Unknown provider "${String(options.input?.provider).slice(0, 40)}". Use one of: ${PROVIDER_IDS.join(', ')}.`);
    const model = typeof options.input.model === 'string' && options.input.model.trim() ? options.input.model.trim() : undefined;
    const hasStoredKey = this.tokens.providersWithToken().includes(provider);
    // VS Code asks prepareInvocation's confirmation before it calls invoke: inline in a chat,
    // as a modal dialog when invoked outside one (extension test hosts auto-confirm it).
    if (options.input.verify && hasStoredKey) await executeCommand(Commands.VerifyToken, provider);
    const record = this.tokens.lastVerification(provider);
    return text(modelAccessAnswer({ provider, model, hasStoredKey, record, now: Date.now() }));
  }
}

export interface LanguageModelTools {
  modelAccess: ModelAccessTool;
  disposables: vscode.Disposable[];
}

export function registerLanguageModelTools(store: IncidentStore, tokens: TokenStore, fixes: FixEdits): LanguageModelTools {
  const modelAccess = new ModelAccessTool(tokens);
  // Hosts without the language model API (older or stripped-down builds) simply get no tools.
  if (typeof vscode.lm?.registerTool !== 'function') return { modelAccess, disposables: [] };
  return {
    modelAccess,
    disposables: [vscode.lm.registerTool(INCIDENTS_TOOL, new IncidentsTool(store, fixes)), vscode.lm.registerTool(MODEL_ACCESS_TOOL, modelAccess)],
  };
}
