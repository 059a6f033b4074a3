// Continue (the IDE extension) refusing to send a request for a model whose key is unset, in its own
// words: `Request not sent. You have an Anthropic model configured in your config.yaml, but the API
// key is not set.` (`config.json` before 1.0). It names the provider whose key is missing.
import type { Carrier } from './types';

const NAMED = /\bYou have an? ([A-Za-z]\w*)(?: [A-Z]\w*)* model configured in your config\.(?:json|yaml)\b/g;

export const continueDev: Carrier = {
  id: 'continue',
  name: 'Continue',
  signs: [/\bYou have an? [A-Za-z][\w ]{0,40} model configured in your config\.(?:json|yaml)\b/],
  providerWords: [NAMED],
  packages: [],
};
