// AstrBot (a chat bot for QQ, Telegram and other platforms): its agent runner logs the provider and
// model it called before the provider's error (`Chat Model openai/gpt-4.1-mini request error: Error
// code: 401 - {…}`).
import type { Carrier } from './types';

/** The runner's words, the model as `<provider id>/<model>`. */
const CHAT_MODEL = /\bChat Model ([\w-]+)\/([\w.:@-]+) request error: /g;

export const astrBot: Carrier = {
  id: 'astrbot',
  name: 'AstrBot',
  signs: [/\bChat Model [\w-]+\/[\w.:@-]+ request error: /],
  providerWords: [CHAT_MODEL],
  models: [/\bChat Model [\w-]+\/([\w.:@-]+) request error: /],
  packages: [],
};
