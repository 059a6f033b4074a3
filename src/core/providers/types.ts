// The shape of a provider pack: everything the project knows about one provider, as data.
// Every per-concern table (recognition, SDK syntax, snippets, fallbacks, verification, token
// shapes) is a view over these packs (see index.ts).
import type { CauseId, ProviderId } from '../types';
import type { ProviderCheck } from '../verify/checks';

/** A sign that a trace comes from a provider's SDK or API. */
export interface Evidence {
  /**
   * `class`: the printed error class; `frames`: any frame's file; `functions`: any frame's
   * qualified function (JVM and .NET frames print their package there, not in a folder);
   * `text`: message and trace.
   */
  in: 'class' | 'frames' | 'functions' | 'text';
  re: RegExp;
  weight: number;
  /**
   * The entry reads model ids: the id a refusal names (`The model X does not exist or you do not
   * have access to it`) is what the caller asked for, not who answered, and is left out. Nor is
   * an id the provider's own words: a relay the output names serves the same ids.
   */
  modelIds?: true;
  /**
   * The provider's product name as anyone writes it (an app's `Error calling Gemini API: …`): it
   * points at the provider, but is not the provider's own words, so a request to another public
   * host (a relay) still needs those.
   */
  named?: true;
}

/** A message shape that names the cause. */
export interface CauseSignal {
  cause: CauseId;
  re: RegExp;
  /** Only when the status is one of these (null: status unknown). */
  statuses?: Array<number | null>;
}

/** A signal only this provider's answers carry; tried after the shared signals of `after`. */
export interface PackSignal extends CauseSignal {
  /** Default: the signal's own cause. */
  after?: CauseId;
}

export interface Recognition {
  /** Summed per matching entry; the best provider needs at least MIN_EVIDENCE. */
  evidence: Evidence[];
  /** Causes this provider can produce; signals for other causes are not tried. */
  causes: CauseId[];
  /** Cause when no signal matched but the status alone says "access problem". */
  fallback: Partial<Record<number, CauseId>>;
  /** Message shapes only this provider uses (the shared ones are in signals.ts). */
  signals?: PackSignal[];
  /** Where this provider's request URLs and messages name the model (group 1), tried before the shared patterns. */
  modelPatterns?: RegExp[];
  /**
   * Org slugs routers and gateways (OpenRouter, Vercel's AI Gateway) put before this provider's
   * model ids (`google/gemini-2.5-flash`): an id written so says a router was asked, not who answered.
   */
  routerSlugs?: string[];
  /** Java/Kotlin packages of its SDKs (`com.openai`): JVM frames print no folder, the package says whose code it is. */
  jvmPackages?: string[];
  /**
   * PHP namespaces of its SDKs (`OpenAI`, openai-php/client's): a frame inside one of their classes
   * is library code; and their composer packages (`openai-php/client`), whose files are library code
   * wherever they sit (a post may shorten the `vendor/` folder away).
   */
  phpNamespaces?: string[];
  composerPackages?: string[];
  /**
   * The words wrapper libraries use for this provider (LiteLLM's `AnthropicException`,
   * `@ai-sdk/anthropic`, `langchain_anthropic`, `ChatAnthropic`): a whole word, any case.
   */
  names: RegExp;
  /**
   * Providers whose name a wrapper may use for this one too: Azure OpenAI is reached through the
   * OpenAI classes (`langchain_openai`, `OpenAIException`), so being named `openai` counts for it.
   */
  namedAlsoAs?: ProviderId[];
  /**
   * Marks of another service answering in this provider's words: the vendor's other services
   * (every Azure AI service refuses a bad key alike), or vendors copying its error envelope with
   * their own request ids. Output bearing one is that service's, unless a wrapper or the request
   * URL names this provider.
   */
  lookAlikes?: RegExp;
}

export interface PythonSdkFacts {
  /** The pip package and the module users import. */
  pipPackage: string;
  module: string;
  /** Import line a fix adds so `errorClass` resolves: `import openai`. */
  importLine: string;
  /** The class to catch for any API status error, as written after that import. */
  baseErrorClass: string;
  /** Finer classes by HTTP status where the SDK has them. */
  statusErrorClasses?: Partial<Record<number, string>>;
}

export interface NodeSdkFacts {
  npmPackage: string;
  /** Default-import name users give the client: `OpenAI`. */
  importName: string;
  /** `import X from 'pkg'` is the SDK's documented form (ESM); CJS uses `require`. */
  importStyle: 'default' | 'named';
  /** Guard that tells the provider's API error apart, `{err}` standing for the caught value. */
  errorGuard: string;
  statusErrorGuards?: Partial<Record<number, string>>;
}

/** How the SDK shows up in source code, per language. */
export interface LanguageSyntax {
  /** Python modules (`openai`, `google.genai`) or npm packages (`openai`, `@google/genai`). */
  modules: string[];
  /** Client classes whose construction binds a client variable: `OpenAI`, `AsyncOpenAI`. */
  clients: string[];
  /** Functions the module exposes that call the API directly (`replicate.run`, `hf_hub_download`). */
  functions?: string[];
  /** Keyword arguments / option properties carrying the token, the documented one first. */
  tokenArgs: string[];
  /** Client classes whose constructor takes the token as first positional argument (`new HfInference(tok)`). */
  positionalClients?: string[];
  /** Module attributes users set the token on: `openai.api_key = "…"`. */
  tokenAttributes?: string[];
  /** Calls (dotted tails) whose first positional argument is the model id: `GenerativeModel("gemini-pro")`. */
  modelCalls?: string[];
}

export interface ProviderSyntax {
  /** Keyword arguments / properties naming the model, most usual first. */
  modelArgs: string[];
  /** Model ids are `owner/name[:version]` refs, also passed positionally (`replicate.run(ref)`). */
  ownerNameRefs?: boolean;
  python: LanguageSyntax;
  node: LanguageSyntax;
}

/** Code shapes the explanations fill in, per language. */
export interface LangSnippet {
  /** Import lines, including what the error check needs. */
  imports: string;
  /** Client construction; `key` is an expression for the token, or undefined for the default. */
  client: (key?: string) => string;
  /** The failing call for a model id. */
  call: (model: string) => string;
}

export interface ProviderSnippets {
  /** A model id that typically fails with access problems, and one most accounts can use. */
  model: string;
  altModel: string;
  python: LangSnippet;
  javascript: LangSnippet;
}

/** Where an organization / project is chosen, for providers that have them (org-mismatch). */
export interface OrganizationFacts {
  envVars: string[];
  /** Client construction naming a stale organization and project, per language. */
  python: string;
  javascript: string;
}

/** What a plausible token looks like. */
export interface TokenShape {
  /** Literal prefix the provider's tokens start with, if any. */
  prefix?: string;
  /** The whole token. */
  pattern: RegExp;
  /** Shown when the pattern does not match. */
  hint: string;
}

/** Per provider: a model id (or id prefix) and the models to try instead, most similar first. */
export type FallbackTable = Record<string, string[]>;

/** A model the provider shuts down: the ids written in code, the day, the successor, the page that says so. */
export interface Retirement {
  /** Model ids exactly as written in code (snapshots and aliases retired together). */
  ids: string[];
  /** The day the provider turns the model off (UTC, YYYY-MM-DD). */
  date: string;
  /** The replacement the provider's page recommends. */
  successor: string;
  /** The page the date and successor were read from. */
  source: string;
}

/** Model lifecycle facts the model-id check reads (src/core/check). */
export interface ModelLifecycle {
  /** Read on the provider's own deprecation page; a handful of well-sourced ids beats guesses. */
  retirements: Retirement[];
  /** Model ids form a closed vocabulary worth spell-checking (not `owner/name` repos or deployment names). */
  spellCheck: boolean;
  /** A verified key's model list is every id its calls can use (not Azure, whose calls name deployments). */
  listIsComplete: boolean;
  /** Current ids the fallbacks do not name, so that they are not taken for typos. */
  knownIds?: string[];
}

export interface ProviderPack {
  id: ProviderId;
  /** As users know it: "OpenAI". */
  name: string;
  /** Env vars the SDKs read the token from, the documented one first. */
  tokenEnvVars: string[];
  /** Env var the SDKs read a base URL (proxy, gateway) from, if any. */
  baseUrlEnvVar?: string;
  /**
   * The provider's own API hosts: exact names, or `*.domain` for any subdomain (Azure resources).
   * A token may go to these without the user naming the host.
   */
  hosts: string[];
  /** API path segments that mark a URL as a request to this provider's API, besides the common ones (`/v1`, `/chat/completions`…). */
  requestPaths?: string[];
  /** Where tokens are managed: the page every cause without its own link points to. */
  consoleUrl: string;
  /**
   * Per cause, the page that fixes it when that is not the token page (model limits, supported
   * countries, organization verification…), each checked against the provider's documentation.
   * Read through fixLink(), so hover, panel, inserted handler code and verify messages agree.
   */
  fixLinks?: Partial<Record<CauseId, string>>;
  token: TokenShape;
  organization?: OrganizationFacts;
  recognition: Recognition;
  python: PythonSdkFacts;
  node: NodeSdkFacts;
  syntax: ProviderSyntax;
  snippets: ProviderSnippets;
  /** Keys match exactly, or as the longest prefix of a dated/suffixed id. */
  modelFallbacks: FallbackTable;
  models: ModelLifecycle;
  check: ProviderCheck;
}
