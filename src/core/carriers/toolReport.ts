// An IDE extension's error report that names the provider and status in field lines above the
// provider's words (Continue's "Error Details": `Model: <title>`, `Provider: groq`, `Status Code: 401`).
// The cutter keeps the fields with the error output (parse/layouts/surroundings.ts TOOL_REPORT_FIELD).
import type { Carrier } from './types';

export const toolReport: Carrier = {
  id: 'tool-report',
  name: "an IDE extension's error report",
  signs: [/^Provider: [\w-]+\s*$/m],
  providerWords: [/^Provider: ([\w-]+)\s*$/gm],
  statuses: [/^Status Code: (\d{3})\s*$/m],
  // The `Model:` field is the model's title (`Claude 3.7 Sonnet`, `GPT-5.2`): an id only in an id's
  // lowercase shape (`o3`, `llama3.1-405b`) or as an `owner/name` ref.
  models: [/^Model: ([a-z0-9][a-z0-9._:@-]*[a-z0-9]|[\w.-]+\/[\w.:@-]+)\s*$/m],
  packages: [],
};
