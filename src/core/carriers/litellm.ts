// LiteLLM (the Python library and its proxy): `litellm.AuthenticationError: AnthropicException - …`,
// `litellm.llms.anthropic.AnthropicError`, "Missing Anthropic API Key", the proxy's
// "key not allowed to access model". Tools such as aider print these inside their own lines.
// Its provider prefix may hold dashes and underscores: `Text-completion-codestralException - …`,
// `Vertex_aiException - …` (the provider id capitalised). Newer releases put the error type between the
// prefix and the dash: `VertexAIException BadRequestError - …`, `AzureException APIError - …`.
import type { Carrier } from './types';

// Words only its proxy answers with: its virtual-key checks (`Invalid proxy server token passed`, `invalid user
// key - token does not exist`, read by its start as a terminal may wrap the rest, `LiteLLM_VerificationTokenTable`)
// and its role checks naming the caller's proxy role (`… model call. Your role=internal_user. You can only make
// model calls if you are a PROXY_ADMIN …`, `Only proxy admin can be used to …`). They are a sign of it too.
const OWN_REFUSALS =
  /\bInvalid proxy server token passed\b|\bLiteLLM Virtual Key expected\b|\bYour role=[a-z_]+\b|\bOnly proxy admin can be used to\b|\binvalid user key - token\b|\bLiteLLM_VerificationTokenTable\b/;

export const litellm: Carrier = {
  id: 'litellm',
  name: 'LiteLLM',
  signs: [/\blitellm\b/i, /\b[A-Z]\w*Exception - /, /\bkey not allowed to access model\b/i, OWN_REFUSALS],
  // `litellm/llms/openai.py` serves every OpenAI-compatible server (Groq, Together, DeepSeek…): that
  // path names no provider; the others (`llms/anthropic`, `llms/vertex_ai`) do.
  providerWords: [
    /\b([A-Z][A-Za-z_]*?(?:-[a-z]+)*?)Exception(?: [A-Z]\w{0,30}Error)?\s*-/g,
    /\blitellm[.\\/]llms[.\\/](?!openai\b)(\w+)/gi,
    /\bMissing (\w+) API Key\b/g,
  ],
  calledWords: [/\b([A-Z][A-Za-z_]*?(?:-[a-z]+)*?)Exception(?: [A-Z]\w{0,30}Error)?\s*-/g],
  ownRefusals: [OWN_REFUSALS],
  classes: [/\blitellm(?:\.exceptions)?\.(\w+Error)\b/],
  // The proxy names the model group the client asked for (`… Received Model Group=whisper`), on the
  // line above its `Available Model Group Fallbacks=…` (a long first line may have been joined to it), or before
  // that line's escaped newline when a client quotes the proxy's message in its own body (`…=pco-llama3\\nAvailable …`).
  models: [/\bReceived Model Group=([A-Za-z0-9][\w.:/@-]*?[\w])(?=\s|\\n|Available Model Group|$)/],
  packages: ['litellm'],
};
