// The Vercel AI SDK (`ai`, `@ai-sdk/*`): `APICallError [AI_APICallError]: …`, Next.js's
// ` ⨯ AI_APICallError: …`, `LoadAPIKeyError`, and the `{ url, statusCode, responseBody }` dump.
// The provider is the `@ai-sdk/<provider>` package in the frames or its language model class.
import type { Carrier } from './types';

export const vercelAi: Carrier = {
  id: 'vercel-ai',
  name: 'Vercel AI SDK',
  signs: [/\bAI_\w+Error\b|\b(?:APICallError|LoadAPIKeyError)\b|vercel\.ai\.error|@ai-sdk[\\/+]/],
  providerWords: [
    // `@ai-sdk/azure` before the OpenAI classes it reuses.
    /@ai-sdk[\\/+](azure)\b/g,
    /@ai-sdk[\\/+]([\w-]+)/g,
    // `OpenAIChatLanguageModel`, `AnthropicMessagesLanguageModel`, `GoogleGenerativeAILanguageModel`.
    /\b([A-Z][A-Za-z]*?)(?:Chat|Messages|Completion|Responses|GenerativeAI)?LanguageModel\b/g,
    // LoadAPIKeyError's words: "OpenAI API key is missing".
    /\b(\w+) API key is missing\b/g,
  ],
  statuses: [/\bstatusCode:\s*(\d{3})\b/],
  // The dump's request body names the model the call asked for: `requestBodyValues: {\n    model: 'claude-3-5-sonnet-20240620',`
  // (util.inspect), `"requestBodyValues":{"model":"gpt-4o",` (JSON).
  models: [/\brequestBodyValues"?:\s*\{\s*"?model"?:\s*['"]([\w.:/@-]+)['"]/],
  packages: ['ai', '@ai-sdk'],
};
