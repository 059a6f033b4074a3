// A chat or voice assistant's own line around the provider's message, naming whose API it talked to: Home
// Assistant's conversation agents and the custom integrations that copy them (`Error talking to Acme Cloud: Error
// code: 404 - {…}`, `Sorry, I had a problem talking to Acme: …`), for every service they call, packs' or not.
import type { Carrier } from './types';

/** The service's name as the line writes it (capitalised words up to the colon), group 1 its first word. */
const NAMED = [/\b(?:Error|problem) talking to ([A-Z][\w.]*)(?: [A-Z][\w.]*)*: /g];

export const talkingTo: Carrier = {
  id: 'talking-to',
  name: "an assistant's 'talking to' line",
  signs: [/\b(?:Error|problem) talking to [A-Z][\w.]*(?: [A-Z][\w.]*)*: /],
  providerWords: NAMED,
  // `Error talking to Acme Local: …`: a service that is none of the packs answered.
  calledWords: NAMED,
  packages: [],
};
