// The token store: the only module that reads SecretStorage. Tokens never leave it except
// to the verifier and, when the user opts in, to new terminals and debug sessions.
import * as vscode from 'vscode';
import { PROVIDER_IDS, type ProviderId } from '../core/types';

const KEY_PREFIX = 'aiAccessDoctor.token.';
const RESULTS_KEY = 'aiAccessDoctor.verifyResults';

/** What the last verification said; no secret in it, kept in workspace-independent state. */
export interface VerificationRecord {
  outcome: string;
  message: string;
  model: string | null;
  models: string[];
  at: number;
}

export class TokenStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a token is stored or removed, or a verification is recorded. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private stored = new Set<ProviderId>();
  /** The stored values, kept so incidents can mask them exactly (never shown, never written). */
  private values: string[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.subscription = context.secrets.onDidChange(async (event) => {
      if (event.key.startsWith(KEY_PREFIX)) await this.refresh();
    });
  }

  /** Loads which providers have a stored token. */
  async refresh(): Promise<void> {
    const keys = await this.context.secrets.keys();
    this.stored = new Set(PROVIDER_IDS.filter((id) => keys.includes(KEY_PREFIX + id)));
    const values = await Promise.all([...this.stored].map((id) => this.context.secrets.get(KEY_PREFIX + id)));
    this.values = values.filter((value): value is string => !!value);
    this.changed.fire();
  }

  /** Stored token values, for masking only. */
  knownValues(): readonly string[] {
    return this.values;
  }

  providersWithToken(): ProviderId[] {
    return PROVIDER_IDS.filter((id) => this.stored.has(id));
  }

  get(provider: ProviderId): Thenable<string | undefined> {
    return this.context.secrets.get(KEY_PREFIX + provider);
  }

  async set(provider: ProviderId, token: string): Promise<void> {
    await this.context.secrets.store(KEY_PREFIX + provider, token);
    await this.recordVerification(provider, undefined);
    await this.refresh();
  }

  async forget(provider: ProviderId): Promise<void> {
    await this.context.secrets.delete(KEY_PREFIX + provider);
    await this.recordVerification(provider, undefined);
    await this.refresh();
  }

  lastVerification(provider: ProviderId): VerificationRecord | undefined {
    return this.context.globalState.get<Record<string, VerificationRecord>>(RESULTS_KEY, {})[provider];
  }

  /** Models the stored token reached at its last verification (feeds "swap model"). */
  reachableModels(provider: ProviderId): string[] {
    return this.lastVerification(provider)?.models ?? [];
  }

  async recordVerification(provider: ProviderId, record: VerificationRecord | undefined): Promise<void> {
    const all = { ...this.context.globalState.get<Record<string, VerificationRecord>>(RESULTS_KEY, {}) };
    if (record) all[provider] = record;
    else delete all[provider];
    await this.context.globalState.update(RESULTS_KEY, all);
    this.changed.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
