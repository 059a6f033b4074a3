// Dify's plugin daemon relays a model plugin's failure with the provider's name in brackets:
// `[google] Error: PluginInvokeError: {"error_type": "ClientError", "message": "403 PERMISSION_DENIED. {…}"}`,
// `[openrouter] Error: req_id: 11ba6b0acb PluginInvokeError: {…}` (a service that is none of the packs).
import type { Carrier } from './types';

export const dify: Carrier = {
  id: 'dify',
  name: 'Dify',
  signs: [/\bPluginInvokeError\b/],
  providerWords: [/^\[([\w-]{2,40})\] Error: (?:req_id: \w+ )?PluginInvokeError\b/gm],
  calledWords: [/^\[([\w-]{2,40})\] Error: (?:req_id: \w+ )?PluginInvokeError\b/gm],
  packages: [],
};
