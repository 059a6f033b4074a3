// Zed's agent panel and assistants: they name the provider whose API answered in their own words
// around its message (`Failed to connect to Mistral API: 401 Unauthorized {"detail":"Unauthorized"}`,
// `The API key for Anthropic is invalid or has expired.`), for every provider, packs' or not (Ollama).
import type { Carrier } from './types';

/** The provider's name as Zed writes it, group 1 its first word (`Google AI` → `Google`, `xAI`). */
const NAMED = [/\bFailed to connect to ([A-Za-z]\w*)(?: [A-Z]\w*)* API: /g, /\bThe API key for ([A-Za-z]\w*)(?: [A-Z]\w*)* is invalid or has expired\b/g];

export const zed: Carrier = {
  id: 'zed',
  name: 'Zed',
  signs: [/\bFailed to connect to [A-Za-z][\w ]{0,40} API: /, /\bThe API key for [A-Za-z][\w ]{0,40} is invalid or has expired\b/],
  providerWords: NAMED,
  // `Failed to connect to Ollama API: 401 Unauthorized unauthorized`: another vendor answered.
  calledWords: NAMED,
  packages: [],
};
