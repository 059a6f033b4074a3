// SDK facts per provider: names, env vars, error classes. Data only; every surface reads it.
import type { ProviderId } from '../types';

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
  /**
   * Guard that tells the provider's API error apart, `{err}` standing for the caught value:
   * `{err} instanceof OpenAI.APIError`.
   */
  errorGuard: string;
  statusErrorGuards?: Partial<Record<number, string>>;
}

export interface ProviderFacts {
  id: ProviderId;
  /** As users know it: "OpenAI". */
  name: string;
  /** Env vars the SDKs read the token from, the documented one first. */
  tokenEnvVars: string[];
  /** Env var the SDKs read a base URL (proxy, gateway) from, if any. */
  baseUrlEnvVar?: string;
  /** Where tokens and model access are managed. */
  consoleUrl: string;
  python?: PythonSdkFacts;
  node?: NodeSdkFacts;
}

export const PROVIDERS: Record<ProviderId, ProviderFacts> = {
  openai: {
    id: 'openai',
    name: 'OpenAI',
    tokenEnvVars: ['OPENAI_API_KEY'],
    baseUrlEnvVar: 'OPENAI_BASE_URL',
    consoleUrl: 'https://platform.openai.com/settings/organization/api-keys',
    python: {
      pipPackage: 'openai',
      module: 'openai',
      importLine: 'import openai',
      baseErrorClass: 'openai.APIStatusError',
      statusErrorClasses: {
        401: 'openai.AuthenticationError',
        403: 'openai.PermissionDeniedError',
        404: 'openai.NotFoundError',
      },
    },
    node: {
      npmPackage: 'openai',
      importName: 'OpenAI',
      importStyle: 'default',
      errorGuard: '{err} instanceof OpenAI.APIError',
      statusErrorGuards: {
        401: '{err} instanceof OpenAI.AuthenticationError',
        403: '{err} instanceof OpenAI.PermissionDeniedError',
        404: '{err} instanceof OpenAI.NotFoundError',
      },
    },
  },
  'azure-openai': {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    tokenEnvVars: ['AZURE_OPENAI_API_KEY'],
    baseUrlEnvVar: 'AZURE_OPENAI_ENDPOINT',
    consoleUrl: 'https://portal.azure.com/',
    python: {
      pipPackage: 'openai',
      module: 'openai',
      importLine: 'import openai',
      baseErrorClass: 'openai.APIStatusError',
      statusErrorClasses: {
        401: 'openai.AuthenticationError',
        403: 'openai.PermissionDeniedError',
        404: 'openai.NotFoundError',
      },
    },
    node: {
      npmPackage: 'openai',
      importName: 'OpenAI',
      importStyle: 'default',
      errorGuard: '{err} instanceof OpenAI.APIError',
      statusErrorGuards: {
        401: '{err} instanceof OpenAI.AuthenticationError',
        403: '{err} instanceof OpenAI.PermissionDeniedError',
        404: '{err} instanceof OpenAI.NotFoundError',
      },
    },
  },
  anthropic: {
    id: 'anthropic',
    name: 'Anthropic',
    tokenEnvVars: ['ANTHROPIC_API_KEY'],
    baseUrlEnvVar: 'ANTHROPIC_BASE_URL',
    consoleUrl: 'https://console.anthropic.com/settings/keys',
    python: {
      pipPackage: 'anthropic',
      module: 'anthropic',
      importLine: 'import anthropic',
      baseErrorClass: 'anthropic.APIStatusError',
      statusErrorClasses: {
        401: 'anthropic.AuthenticationError',
        403: 'anthropic.PermissionDeniedError',
        404: 'anthropic.NotFoundError',
      },
    },
    node: {
      npmPackage: '@anthropic-ai/sdk',
      importName: 'Anthropic',
      importStyle: 'default',
      errorGuard: '{err} instanceof Anthropic.APIError',
      statusErrorGuards: {
        401: '{err} instanceof Anthropic.AuthenticationError',
        403: '{err} instanceof Anthropic.PermissionDeniedError',
        404: '{err} instanceof Anthropic.NotFoundError',
      },
    },
  },
  replicate: {
    id: 'replicate',
    name: 'Replicate',
    tokenEnvVars: ['REPLICATE_API_TOKEN'],
    baseUrlEnvVar: 'REPLICATE_BASE_URL',
    consoleUrl: 'https://replicate.com/account/api-tokens',
    python: {
      pipPackage: 'replicate',
      module: 'replicate',
      importLine: 'import replicate.exceptions',
      baseErrorClass: 'replicate.exceptions.ReplicateError',
    },
    node: {
      npmPackage: 'replicate',
      importName: 'Replicate',
      importStyle: 'default',
      // replicate-js throws ApiError but does not export the class.
      errorGuard: "{err} instanceof Error && {err}.name === 'ApiError'",
    },
  },
  google: {
    id: 'google',
    name: 'Google Gemini',
    tokenEnvVars: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    baseUrlEnvVar: 'GOOGLE_GEMINI_BASE_URL',
    consoleUrl: 'https://aistudio.google.com/app/apikey',
    python: {
      pipPackage: 'google-genai',
      module: 'google.genai',
      importLine: 'from google.genai import errors',
      baseErrorClass: 'errors.APIError',
      statusErrorClasses: { 401: 'errors.ClientError', 403: 'errors.ClientError', 404: 'errors.ClientError' },
    },
    node: {
      npmPackage: '@google/genai',
      importName: 'ApiError',
      importStyle: 'named',
      errorGuard: '{err} instanceof ApiError',
    },
  },
  mistral: {
    id: 'mistral',
    name: 'Mistral',
    tokenEnvVars: ['MISTRAL_API_KEY'],
    consoleUrl: 'https://console.mistral.ai/api-keys',
    python: {
      pipPackage: 'mistralai',
      module: 'mistralai',
      importLine: 'from mistralai import models',
      baseErrorClass: 'models.SDKError',
    },
    node: {
      npmPackage: '@mistralai/mistralai',
      importName: 'SDKError',
      importStyle: 'named',
      errorGuard: '{err} instanceof SDKError',
    },
  },
  cohere: {
    id: 'cohere',
    name: 'Cohere',
    tokenEnvVars: ['CO_API_KEY', 'COHERE_API_KEY'],
    consoleUrl: 'https://dashboard.cohere.com/api-keys',
    python: {
      pipPackage: 'cohere',
      module: 'cohere',
      importLine: 'import cohere',
      baseErrorClass: 'cohere.core.ApiError',
      statusErrorClasses: { 401: 'cohere.errors.UnauthorizedError', 403: 'cohere.errors.ForbiddenError', 404: 'cohere.errors.NotFoundError' },
    },
    node: {
      npmPackage: 'cohere-ai',
      importName: 'CohereError',
      importStyle: 'named',
      errorGuard: '{err} instanceof CohereError',
    },
  },
  groq: {
    id: 'groq',
    name: 'Groq',
    tokenEnvVars: ['GROQ_API_KEY'],
    baseUrlEnvVar: 'GROQ_BASE_URL',
    consoleUrl: 'https://console.groq.com/keys',
    python: {
      pipPackage: 'groq',
      module: 'groq',
      importLine: 'import groq',
      baseErrorClass: 'groq.APIStatusError',
      statusErrorClasses: { 401: 'groq.AuthenticationError', 403: 'groq.PermissionDeniedError', 404: 'groq.NotFoundError' },
    },
    node: {
      npmPackage: 'groq-sdk',
      importName: 'Groq',
      importStyle: 'default',
      errorGuard: '{err} instanceof Groq.APIError',
      statusErrorGuards: {
        401: '{err} instanceof Groq.AuthenticationError',
        403: '{err} instanceof Groq.PermissionDeniedError',
        404: '{err} instanceof Groq.NotFoundError',
      },
    },
  },
  huggingface: {
    id: 'huggingface',
    name: 'Hugging Face',
    tokenEnvVars: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'],
    baseUrlEnvVar: 'HF_ENDPOINT',
    consoleUrl: 'https://huggingface.co/settings/tokens',
    python: {
      pipPackage: 'huggingface_hub',
      module: 'huggingface_hub',
      importLine: 'from huggingface_hub import errors as hf_errors',
      baseErrorClass: 'hf_errors.HfHubHTTPError',
      statusErrorClasses: { 401: 'hf_errors.RepositoryNotFoundError', 403: 'hf_errors.GatedRepoError', 404: 'hf_errors.RepositoryNotFoundError' },
    },
    node: {
      npmPackage: '@huggingface/hub',
      importName: 'HubApiError',
      importStyle: 'named',
      errorGuard: '{err} instanceof HubApiError',
    },
  },
};

export function providerFacts(id: ProviderId): ProviderFacts {
  return PROVIDERS[id];
}
