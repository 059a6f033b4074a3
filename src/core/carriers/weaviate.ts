// Weaviate's model modules (text2vec-*, generative-*, reranker-*) call the provider from the
// database server and put its answer in their own words: `connection to: OpenAI API failed with
// status: 401 error: Incorrect API key provided: …`, `connection to Cohere API failed with status:
// 401 error: invalid api token`, or, with no key at all, `API Key: no api key found neither in
// request header: X-Openai-Api-Key nor in environment variable under OPENAI_APIKEY`.
// Modules for other services (Nvidia, Qwen, FriendliAI…) say so in the same place.
import type { Carrier } from './types';

const CONNECTION = /\bconnection to:? ([A-Za-z][\w-]{1,30})(?: API)? failed with status\b/g;
const KEY_HEADER = /\bno api key found neither in request header: X-([A-Za-z][\w]{1,30})-Api-Key\b/gi;

export const weaviate: Carrier = {
  id: 'weaviate',
  name: 'Weaviate',
  signs: [
    /\bconnection to:? [A-Za-z][\w-]{1,30}(?: API)? failed with status\b/,
    /\bno api key found neither in request header: X-/i,
    /\bWeaviate\w*(?:Error|Exception)\b/,
  ],
  providerWords: [CONNECTION, KEY_HEADER],
  calledWords: [CONNECTION, KEY_HEADER],
  statuses: [/\bconnection to:? [A-Za-z][\w-]{1,30}(?: API)? failed with status:? (\d{3})\b/],
  packages: ['weaviate'],
};
