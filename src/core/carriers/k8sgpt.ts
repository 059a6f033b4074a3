// k8sgpt (`k8sgpt analyze --explain`): it names the backend it called in its own words (`Error:
// failed while calling AI provider openai: error, status code: 401, message: …`), go-openai's
// status after it. A backend that is none of the packs (`localai`, `ollama`, `amazonbedrock`) called that service.
import type { Carrier } from './types';

const BACKEND = /\bfailed while calling AI provider ([a-z]+):/g;

export const k8sgpt: Carrier = {
  id: 'k8sgpt',
  name: 'k8sgpt',
  signs: [/\bfailed while calling AI provider [a-z]+:/],
  providerWords: [BACKEND],
  calledWords: [BACKEND],
  statuses: [/\bfailed while calling AI provider [a-z]+: error, status code: (\d{3})\b/],
  packages: [],
};
