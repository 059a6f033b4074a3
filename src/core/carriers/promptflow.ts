// Prompt flow (Microsoft): its OpenAI tools wrap the SDK's error in their own and name the SDK's
// class in words: `WrappedOpenAIError: OpenAI API hits AuthenticationError: Principal does not
// have access to API/Operation. …` (the class stands for the status).
import type { Carrier } from './types';

export const promptflow: Carrier = {
  id: 'promptflow',
  name: 'Prompt flow',
  signs: [/\bWrappedOpenAIError\b/, /\bOpenAI API hits \w+Error\b/, /\bpromptflow\b/],
  // The OpenAI SDK, also for Azure OpenAI (its own words decide between them).
  providerWords: [/\b(OpenAI) API hits \w+Error\b/g],
  classes: [/\bOpenAI API hits (\w+Error)\b/],
  packages: ['promptflow'],
};
