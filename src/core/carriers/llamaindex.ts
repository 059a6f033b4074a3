// LlamaIndex, Python and TS: `llama_index.llms.openai`, `llama-index-llms-anthropic`,
// `@llamaindex/openai`.
import type { Carrier } from './types';

export const llamaindex: Carrier = {
  id: 'llamaindex',
  name: 'LlamaIndex',
  signs: [/llama[_-]?index/i],
  providerWords: [
    /\bllama_index[.\\/](?:llms|embeddings|core[.\\/]llms)[.\\/](\w+)/g,
    /\bllama-index-(?:llms|embeddings)-(\w+)/g,
    /@llamaindex[\\/+]([\w-]+)/g,
  ],
  packages: ['llama_index', 'llamaindex', '@llamaindex'],
};
