import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// MCP clients and agent SDKs printing a provider's refusal in their own records (held-out round h89).
describe('held-out MCP and agent-SDK reports', () => {
  it("reads Claude Code's stream-json record of a refused call (`error_status` beside its error type) as Anthropic's", () => {
    const retry = '{"type":"system","subtype":"api_retry","attempt":1,"max_retries":10,"error_status":401,"error":"authentication_failed"}';
    assert.deepEqual(read(retry), ['anthropic/invalid-token/401/null']);
    // Negative control: a rate limit in the same record is no access problem.
    const limited = '{"type":"system","subtype":"api_retry","attempt":1,"max_retries":10,"error_status":429,"error":"rate_limit"}';
    assert.deepEqual(read(limited), []);
    // Negative control: an MCP server's own JSON-RPC refusal of its key names no AI provider.
    assert.deepEqual(read('HTTP 401 {"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Invalid API key"}}'), []);
  });
});
