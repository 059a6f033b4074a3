// The maintained fallback table for the "swap model" quick fix: per provider, a model id (or a
// model id prefix) and the models to try instead, most similar first. Data only.
//
// Used when no live model list is known for the key (no stored token). A key that cannot reach
// a model usually can reach the smaller or older sibling of the same family, so each entry
// lists those first. Keys match exactly, or as the longest prefix of a dated/suffixed id
// (`gpt-4o-2024-08-06` uses the `gpt-4o` entry).
import type { ProviderId } from '../types';

export type FallbackTable = Record<string, string[]>;

const OPENAI: FallbackTable = {
  'gpt-5': ['gpt-5-mini', 'gpt-4.1', 'gpt-4o'],
  'gpt-5-mini': ['gpt-5-nano', 'gpt-4.1-mini', 'gpt-4o-mini'],
  'gpt-5-nano': ['gpt-4.1-nano', 'gpt-4o-mini'],
  'gpt-4.5-preview': ['gpt-4.1', 'gpt-4o'],
  'gpt-4.1': ['gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini'],
  'gpt-4.1-mini': ['gpt-4.1-nano', 'gpt-4o-mini'],
  'gpt-4.1-nano': ['gpt-4o-mini'],
  'gpt-4o': ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano'],
  'gpt-4o-mini': ['gpt-4.1-nano', 'gpt-4.1-mini'],
  'gpt-4o-audio-preview': ['gpt-4o-mini-audio-preview'],
  'gpt-4o-realtime-preview': ['gpt-4o-mini-realtime-preview'],
  'gpt-4-turbo': ['gpt-4o', 'gpt-4o-mini'],
  'gpt-4-32k': ['gpt-4o', 'gpt-4o-mini'],
  'gpt-4': ['gpt-4o-mini', 'gpt-4.1-mini'],
  'gpt-3.5-turbo': ['gpt-4o-mini'],
  o1: ['o3-mini', 'o1-mini', 'gpt-4o'],
  'o1-pro': ['o1', 'o3-mini'],
  'o1-preview': ['o1-mini', 'o3-mini'],
  'o1-mini': ['o3-mini', 'gpt-4o-mini'],
  o3: ['o4-mini', 'o3-mini', 'gpt-4.1'],
  'o3-pro': ['o3', 'o4-mini'],
  'o3-mini': ['o4-mini', 'o1-mini', 'gpt-4o-mini'],
  'o4-mini': ['o3-mini', 'gpt-4.1-mini'],
  'dall-e-3': ['dall-e-2'],
  'gpt-image-1': ['dall-e-3', 'dall-e-2'],
  'text-embedding-3-large': ['text-embedding-3-small', 'text-embedding-ada-002'],
  'text-embedding-3-small': ['text-embedding-ada-002'],
  'tts-1-hd': ['tts-1'],
  'whisper-1': ['gpt-4o-mini-transcribe'],
};

export const MODEL_FALLBACKS: Record<ProviderId, FallbackTable> = {
  openai: OPENAI,
  // Azure uses deployment names chosen by the customer; the base model names still help when
  // deployments are named after them (the common default).
  'azure-openai': {
    'gpt-4o': ['gpt-4o-mini', 'gpt-35-turbo'],
    'gpt-4o-mini': ['gpt-35-turbo'],
    'gpt-4.1': ['gpt-4.1-mini', 'gpt-4o'],
    'gpt-4.1-mini': ['gpt-4.1-nano', 'gpt-4o-mini'],
    'gpt-4': ['gpt-4o-mini', 'gpt-35-turbo'],
    'gpt-35-turbo': ['gpt-4o-mini'],
    o1: ['o3-mini', 'o1-mini'],
    'o3-mini': ['o1-mini', 'gpt-4o-mini'],
  },
  anthropic: {
    'claude-opus-4-1': ['claude-sonnet-4-5', 'claude-sonnet-4-0', 'claude-3-7-sonnet-latest'],
    'claude-opus-4': ['claude-sonnet-4-0', 'claude-3-7-sonnet-latest', 'claude-3-5-haiku-latest'],
    'claude-sonnet-4-5': ['claude-sonnet-4-0', 'claude-3-7-sonnet-latest', 'claude-haiku-4-5'],
    'claude-sonnet-4': ['claude-3-7-sonnet-latest', 'claude-3-5-sonnet-latest', 'claude-3-5-haiku-latest'],
    'claude-haiku-4-5': ['claude-3-5-haiku-latest', 'claude-3-haiku-20240307'],
    'claude-3-7-sonnet': ['claude-3-5-sonnet-latest', 'claude-3-5-haiku-latest'],
    'claude-3-5-sonnet': ['claude-3-5-haiku-latest', 'claude-3-haiku-20240307'],
    'claude-3-5-haiku': ['claude-3-haiku-20240307'],
    'claude-3-opus': ['claude-3-5-sonnet-latest', 'claude-3-sonnet-20240229', 'claude-3-haiku-20240307'],
    'claude-3-sonnet': ['claude-3-haiku-20240307'],
    'claude-2': ['claude-3-5-haiku-latest', 'claude-3-haiku-20240307'],
  },
  replicate: {
    // Official models anyone with a token can run; private or gated ones fall back to them.
    'meta/meta-llama-3.1-405b-instruct': ['meta/meta-llama-3-70b-instruct', 'meta/meta-llama-3-8b-instruct'],
    'meta/meta-llama-3-70b-instruct': ['meta/meta-llama-3-8b-instruct'],
    'meta/llama-2-70b-chat': ['meta/meta-llama-3-70b-instruct', 'meta/llama-2-13b-chat'],
    'meta/llama-2-13b-chat': ['meta/meta-llama-3-8b-instruct', 'meta/llama-2-7b-chat'],
    'black-forest-labs/flux-1.1-pro-ultra': ['black-forest-labs/flux-1.1-pro', 'black-forest-labs/flux-dev'],
    'black-forest-labs/flux-1.1-pro': ['black-forest-labs/flux-dev', 'black-forest-labs/flux-schnell'],
    'black-forest-labs/flux-pro': ['black-forest-labs/flux-dev', 'black-forest-labs/flux-schnell'],
    'black-forest-labs/flux-dev': ['black-forest-labs/flux-schnell'],
    'stability-ai/stable-diffusion-3.5-large': ['stability-ai/stable-diffusion-3.5-medium', 'stability-ai/sdxl'],
    'stability-ai/stable-diffusion-3': ['stability-ai/stable-diffusion-3.5-medium', 'stability-ai/sdxl'],
    'stability-ai/sdxl': ['black-forest-labs/flux-schnell'],
    'mistralai/mixtral-8x7b-instruct-v0.1': ['mistralai/mistral-7b-instruct-v0.2'],
    'openai/whisper': ['vaswanth/whisper-large-v3'],
  },
  google: {
    'gemini-2.5-pro': ['gemini-2.5-flash', 'gemini-2.0-flash', 'gemini-1.5-pro'],
    'gemini-2.5-flash': ['gemini-2.5-flash-lite', 'gemini-2.0-flash', 'gemini-1.5-flash'],
    'gemini-2.5-flash-lite': ['gemini-2.0-flash-lite', 'gemini-1.5-flash-8b'],
    'gemini-2.0-pro': ['gemini-2.0-flash', 'gemini-1.5-pro'],
    'gemini-2.0-flash': ['gemini-2.0-flash-lite', 'gemini-1.5-flash'],
    'gemini-2.0-flash-lite': ['gemini-1.5-flash-8b'],
    'gemini-1.5-pro': ['gemini-1.5-flash', 'gemini-2.0-flash'],
    'gemini-1.5-flash': ['gemini-1.5-flash-8b', 'gemini-2.0-flash-lite'],
    'gemini-pro': ['gemini-1.5-flash', 'gemini-2.0-flash'],
  },
  mistral: {
    'mistral-large-latest': ['mistral-medium-latest', 'mistral-small-latest'],
    'mistral-large': ['mistral-medium-latest', 'mistral-small-latest'],
    'mistral-medium-latest': ['mistral-small-latest', 'open-mistral-nemo'],
    'mistral-medium': ['mistral-small-latest', 'open-mistral-nemo'],
    'mistral-small-latest': ['open-mistral-nemo', 'ministral-8b-latest'],
    'codestral-latest': ['mistral-small-latest', 'open-codestral-mamba'],
    'pixtral-large-latest': ['pixtral-12b-2409', 'mistral-small-latest'],
    'magistral-medium-latest': ['magistral-small-latest', 'mistral-medium-latest'],
  },
  cohere: {
    'command-a': ['command-r-plus', 'command-r', 'command-r7b-12-2024'],
    'command-r-plus': ['command-r', 'command-r7b-12-2024'],
    'command-r': ['command-r7b-12-2024', 'command-light'],
    command: ['command-r', 'command-light'],
    'embed-v4.0': ['embed-english-v3.0', 'embed-multilingual-v3.0'],
    'embed-english-v3.0': ['embed-english-light-v3.0'],
    'rerank-v3.5': ['rerank-english-v3.0'],
  },
  groq: {
    'llama-3.3-70b-versatile': ['llama-3.1-8b-instant', 'gemma2-9b-it'],
    'llama-3.1-70b-versatile': ['llama-3.3-70b-versatile', 'llama-3.1-8b-instant'],
    'llama3-70b-8192': ['llama-3.3-70b-versatile', 'llama3-8b-8192'],
    'llama3-8b-8192': ['llama-3.1-8b-instant'],
    'mixtral-8x7b-32768': ['llama-3.3-70b-versatile', 'gemma2-9b-it'],
    'deepseek-r1-distill-llama-70b': ['llama-3.3-70b-versatile', 'qwen-qwq-32b'],
    'openai/gpt-oss-120b': ['openai/gpt-oss-20b', 'llama-3.3-70b-versatile'],
  },
  huggingface: {
    'meta-llama/Llama-3.3-70B-Instruct': ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-72B-Instruct'],
    'meta-llama/Meta-Llama-3.1-70B-Instruct': ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-72B-Instruct'],
    'meta-llama/Meta-Llama-3-8B-Instruct': ['Qwen/Qwen2.5-7B-Instruct', 'microsoft/Phi-3-mini-4k-instruct'],
    'meta-llama/Llama-3.1-8B-Instruct': ['Qwen/Qwen2.5-7B-Instruct', 'microsoft/Phi-3-mini-4k-instruct'],
    'meta-llama/Llama-2-7b-chat-hf': ['Qwen/Qwen2.5-7B-Instruct', 'HuggingFaceH4/zephyr-7b-beta'],
    'mistralai/Mistral-7B-Instruct-v0.3': ['Qwen/Qwen2.5-7B-Instruct', 'HuggingFaceH4/zephyr-7b-beta'],
    'mistralai/Mixtral-8x7B-Instruct-v0.1': ['Qwen/Qwen2.5-72B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3'],
    'google/gemma-2-9b-it': ['Qwen/Qwen2.5-7B-Instruct', 'microsoft/Phi-3-mini-4k-instruct'],
    'google/gemma-7b': ['Qwen/Qwen2.5-7B-Instruct'],
    'black-forest-labs/FLUX.1-dev': ['black-forest-labs/FLUX.1-schnell', 'stabilityai/stable-diffusion-xl-base-1.0'],
    'stabilityai/stable-diffusion-3-medium-diffusers': ['stabilityai/stable-diffusion-xl-base-1.0'],
  },
};

/**
 * The fallbacks for a model: the exact entry, else the entry whose key is the longest prefix of
 * the id (followed by `-`, `:` or `@`), else []. Never returns the model itself.
 */
export function fallbacksFor(provider: ProviderId, model: string): string[] {
  const table = MODEL_FALLBACKS[provider];
  const id = model.trim();
  let list = table[id];
  if (!list) {
    // Replicate `owner/name:version` uses `owner/name`.
    const base = id.replace(/:[0-9a-f]{8,}$/i, '');
    list = table[base];
    if (!list) {
      let best = '';
      for (const key of Object.keys(table)) {
        if (key.length > best.length && base.startsWith(key) && /^[-:@.]/.test(base.slice(key.length))) best = key;
      }
      if (best) list = table[best];
    }
  }
  return (list ?? []).filter((m) => m !== id);
}
