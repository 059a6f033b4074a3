// Pydantic AI (and the frameworks that vendor it): `pydantic_ai.exceptions.ModelHTTPError:
// status_code: 401, model_name: gpt-4o, body: {…}`, the provider's body after `body:`. An app often logs the
// exception's text alone (`Agent error: status_code: 404, model_name: acme-1, body: {…}`): the same fields, no class.
import type { Carrier } from './types';

export const pydanticAi: Carrier = {
  id: 'pydantic-ai',
  name: 'Pydantic AI',
  signs: [/\bpydantic_ai\b/, /\bModelHTTPError: status_code: \d{3}\b/, /\bstatus_code: \d{3}, model_name: [\w.:/@-]+, body:/],
  // Its `providers/<name>.py` is the service's own; `models/openai.py` serves every OpenAI-compatible
  // server (DeepSeek, OpenRouter, a local one), so that path names no provider.
  providerWords: [/\bpydantic_ai[.\\/]providers[.\\/](\w+)/g, /\bpydantic_ai[.\\/]models[.\\/](?!openai\b)(\w+)/g],
  statuses: [/\bModelHTTPError: status_code: (\d{3})\b/, /\bstatus_code: (\d{3}), model_name: [\w.:/@-]+, body:/],
  models: [/\b(?:ModelHTTPError: )?status_code: \d{3}, model_name: ([A-Za-z0-9][\w.:/@-]*[\w])/],
  packages: ['pydantic_ai'],
};
