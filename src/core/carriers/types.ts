// The shape of a carrier: a wrapper library (or a tool printing one) that carries a provider's
// error inside its own output. Data only; classify.ts reads it.

export interface Carrier {
  id: string;
  /** As users know it: "LiteLLM". */
  name: string;
  /** Signs that the output passed through this wrapper (class, message, trace or frame files); one is enough. */
  signs: RegExp[];
  /**
   * Where the wrapper names the wrapped provider; group 1 is a word matched against each pack's
   * `names` (`AnthropicException` → `Anthropic`, `@ai-sdk/openai` → `openai`). Global flag required;
   * the first pattern that names a provider decides, so the more specific come first.
   */
  providerWords: RegExp[];
  /**
   * Where the wrapper names the service it called, whichever it is (group 1, global flag):
   * LiteLLM's `OpenrouterException -`. When every such word names none of the packs, the error is
   * another vendor's (OpenRouter, Bedrock, a local server), whatever else says a pack's name (LiteLLM
   * calls all OpenAI-compatible servers through `litellm/llms/openai.py`).
   */
  calledWords?: RegExp[];
  /**
   * Words only the wrapper's own server answers with (the LiteLLM proxy refusing its own virtual key:
   * `Invalid proxy server token passed`): that server refused the call, whichever provider the
   * wrapper names (`OpenAIException -` for a client that reached the proxy as OpenAI-compatible).
   */
  ownRefusals?: RegExp[];
  /** Where the wrapper states the status the provider answered with (group 1), beyond the usual shapes. */
  statuses?: RegExp[];
  /** Where it names its own error class (group 1), which stands for a status (`litellm.NotFoundError` → 404). */
  classes?: RegExp[];
  /** Where it names the model the call asked for (group 1), read when the provider's own words name none. */
  models?: RegExp[];
  /** First segments of relative frame paths that are the wrapper's own code (`litellm/main.py`). */
  packages: string[];
}
