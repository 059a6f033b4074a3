// Simon Willison's LLM (the `llm` CLI and Python library) and its model plugins: the plugin's module
// names the provider (`llm_gemini.py`, `llm_anthropic.py`, `llm_claude_3.py`; OpenAI's models are
// built in, `llm/default_plugins/openai_models.py`), and the library re-raises the provider's
// message as `llm.errors.ModelError: API key not valid. …` without its status.
import type { Carrier } from './types';

/** A plugin's module, installed or checked out: `…/site-packages/llm_gemini.py`, `…/llm-gemini/llm_gemini.py`. */
const PLUGIN_MODULE = /[\\/]llm_([a-z]+)(?:_\d+)?\.py\b/g;

export const llmCli: Carrier = {
  id: 'llm-cli',
  name: 'LLM (the llm CLI)',
  signs: [/\bllm\.(?:errors\.)?ModelError\b/, /[\\/]site-packages[\\/]llm[\\/](?:models|cli|default_plugins)\b/],
  providerWords: [PLUGIN_MODULE, /[\\/]llm[\\/]default_plugins[\\/]([a-z]+)_models\.py\b/g],
  // A plugin for a service that is none of the packs (`llm_ollama.py`, `llm_openrouter.py`) called that service.
  calledWords: [PLUGIN_MODULE],
  // `llm` is also a common folder name in users' projects: its relative frames stay the user's.
  packages: [],
};
