// LiteLLM (the Python library and its proxy): `litellm.AuthenticationError: AnthropicException - …`,
// `litellm.llms.anthropic.AnthropicError`, "Missing Anthropic API Key", the proxy's
// "key not allowed to access model". Tools such as aider print these inside their own lines.
import type { Carrier } from './types';

export const litellm: Carrier = {
  id: 'litellm',
  name: 'LiteLLM',
  signs: [/\blitellm\b/i, /\b[A-Z]\w*Exception - /, /\bkey not allowed to access model\b/],
  providerWords: [/\b([A-Z][A-Za-z]*?)Exception\s*-/g, /\blitellm[.\\/]llms[.\\/](\w+)/gi, /\bMissing (\w+) API Key\b/g],
  classes: [/\blitellm(?:\.exceptions)?\.(\w+Error)\b/],
  // The proxy names the model group the client asked for: `… Received Model Group=whisper`.
  models: [/\bReceived Model Group=([A-Za-z0-9][\w.:/@-]*[\w])/],
  packages: ['litellm'],
};
