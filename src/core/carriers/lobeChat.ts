// LobeChat's error details: the provider's error, then the endpoint it called and the provider it
// chose (`{"error": {…}, "endpoint": "https://…/openai/v1", "provider": "groq"}`), also when the
// host is masked or the provider answers in OpenAI's words (Groq's OpenAI-compatible API).
import type { Carrier } from './types';

/** The two keys LobeChat prints together at the top level of its error details. */
const ENDPOINT_PROVIDER = /"endpoint": ?"[^"\n]{0,300}",\s*"provider": ?"([\w-]+)"/g;

export const lobeChat: Carrier = {
  id: 'lobechat',
  name: 'LobeChat',
  signs: [/"endpoint": ?"[^"\n]{0,300}",\s*"provider": ?"[\w-]+"/],
  providerWords: [ENDPOINT_PROVIDER],
  packages: [],
};
