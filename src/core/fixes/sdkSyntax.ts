// How each provider's SDK shows up in source code: import names, client classes, where the token
// and the model are passed. Data only (complements rules/providers.ts); the fix builders read it
// and never branch on a provider id.
import type { ProviderId } from '../types';

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

export const SDK_SYNTAX: Record<ProviderId, ProviderSyntax> = {
  openai: {
    modelArgs: ['model'],
    python: { modules: ['openai'], clients: ['OpenAI', 'AsyncOpenAI'], tokenArgs: ['api_key'], tokenAttributes: ['api_key'], modelCalls: ['models.retrieve'] },
    node: { modules: ['openai'], clients: ['OpenAI'], tokenArgs: ['apiKey'], modelCalls: ['models.retrieve'] },
  },
  'azure-openai': {
    modelArgs: ['model', 'azure_deployment', 'deployment'],
    python: { modules: ['openai'], clients: ['AzureOpenAI', 'AsyncAzureOpenAI'], tokenArgs: ['api_key'] },
    node: { modules: ['openai'], clients: ['AzureOpenAI'], tokenArgs: ['apiKey'] },
  },
  anthropic: {
    modelArgs: ['model'],
    python: { modules: ['anthropic'], clients: ['Anthropic', 'AsyncAnthropic'], tokenArgs: ['api_key'], modelCalls: ['models.retrieve'] },
    node: { modules: ['@anthropic-ai/sdk'], clients: ['Anthropic'], tokenArgs: ['apiKey'], modelCalls: ['models.retrieve'] },
  },
  replicate: {
    modelArgs: ['model', 'ref'],
    ownerNameRefs: true,
    python: {
      modules: ['replicate'],
      clients: ['Client'],
      functions: ['run', 'stream', 'async_run', 'use'],
      tokenArgs: ['api_token'],
    },
    node: { modules: ['replicate'], clients: ['Replicate'], tokenArgs: ['auth'] },
  },
  google: {
    modelArgs: ['model', 'model_name'],
    python: {
      modules: ['google.genai', 'google.generativeai'],
      clients: ['Client', 'GenerativeModel'],
      tokenArgs: ['api_key'],
      modelCalls: ['GenerativeModel'],
    },
    node: { modules: ['@google/genai', '@google/generative-ai'], clients: ['GoogleGenAI', 'GoogleGenerativeAI'], tokenArgs: ['apiKey'], positionalClients: ['GoogleGenerativeAI'] },
  },
  mistral: {
    modelArgs: ['model'],
    python: { modules: ['mistralai'], clients: ['Mistral', 'MistralClient'], tokenArgs: ['api_key'] },
    node: { modules: ['@mistralai/mistralai'], clients: ['Mistral'], tokenArgs: ['apiKey'] },
  },
  cohere: {
    modelArgs: ['model'],
    python: { modules: ['cohere'], clients: ['Client', 'ClientV2', 'AsyncClient', 'AsyncClientV2'], tokenArgs: ['api_key'], positionalClients: ['Client', 'ClientV2'] },
    node: { modules: ['cohere-ai'], clients: ['CohereClient', 'CohereClientV2'], tokenArgs: ['token'] },
  },
  groq: {
    modelArgs: ['model'],
    python: { modules: ['groq'], clients: ['Groq', 'AsyncGroq'], tokenArgs: ['api_key'] },
    node: { modules: ['groq-sdk'], clients: ['Groq'], tokenArgs: ['apiKey'] },
  },
  huggingface: {
    modelArgs: ['model', 'repo_id', 'repo'],
    python: {
      modules: ['huggingface_hub'],
      clients: ['InferenceClient', 'AsyncInferenceClient', 'HfApi'],
      functions: ['hf_hub_download', 'snapshot_download', 'model_info', 'auth_check'],
      tokenArgs: ['token', 'api_key'],
      modelCalls: ['InferenceClient', 'AsyncInferenceClient', 'hf_hub_download', 'snapshot_download', 'model_info', 'auth_check'],
    },
    node: {
      modules: ['@huggingface/inference', '@huggingface/hub'],
      clients: ['InferenceClient', 'HfInference'],
      functions: ['downloadFile', 'listFiles', 'modelInfo'],
      tokenArgs: ['accessToken'],
      positionalClients: ['HfInference', 'InferenceClient'],
    },
  },
};

/** Shapes of provider tokens, to recognise a hard-coded key in a string literal. */
export const TOKEN_SHAPES: RegExp[] = [
  /^sk-[A-Za-z0-9_-]{4,}/,
  /^r8_[A-Za-z0-9]{4,}/,
  /^hf_[A-Za-z0-9]{4,}/,
  /^gsk_[A-Za-z0-9]{4,}/,
  /^AIza[0-9A-Za-z_-]{8,}/,
];

/** Variable / property names that hold a token. */
export const TOKEN_NAME = /(^|_)(api_?key|apikey|token|auth|secret|access_?token)$/i;
