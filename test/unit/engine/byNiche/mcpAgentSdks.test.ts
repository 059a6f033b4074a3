import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

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
    // Negative control: another app's record with the same keys and its own error word is not Claude Code's.
    assert.deepEqual(read('{"level":"error","error_status":403,"error":"forbidden","path":"/api/upload"}'), []);
    // Negative control: an MCP server's own JSON-RPC refusal of its key names no AI provider.
    assert.deepEqual(read('HTTP 401 {"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Invalid API key"}}'), []);
  });

  it("reads each record's stack in a JSON array cut short (Claude Code's Errors list), not only the first", () => {
    const entry = (status: number, type: string, message: string): string =>
      `{"error":"Error: ${status} {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"${type}\\",\\"message\\":\\"${message}\\"}}\\n    at V4.generate (file:///opt/homebrew/lib/node_modules/@anthropic-ai/claude-code/cli.js:962:2517)\\n    at jP.makeRequest (file:///opt/homebrew/lib/node_modules/@anthropic-ai/claude-code/cli.js:979:5344)","timestamp":"2026-04-10T19:58:57.921Z"}`;
    const cut = (second: string): string =>
      `[${entry(404, 'not_found_error', 'model: claude-3-5-haiku-20241022')},${second.slice(0, second.lastIndexOf('\\n'))}`;
    const notFound = entry(404, 'not_found_error', 'model: claude-3-5-haiku-20241022');
    assert.deepEqual(read(cut(notFound)), ['anthropic/model-access/404/claude-3-5-haiku-20241022', 'anthropic/model-access/404/claude-3-5-haiku-20241022']);
    // Negative control: a rate limit in the cut second record adds no incident.
    assert.deepEqual(read(cut(entry(429, 'rate_limit_error', 'Number of requests has exceeded your rate limit'))), [
      'anthropic/model-access/404/claude-3-5-haiku-20241022',
    ]);
  });

  it("reads the Agent SDK's error result for an expired subscription login as Anthropic's refusal of the credential", () => {
    const expired = 'Error: Claude Code returned an error result: Failed to authenticate: OAuth session expired and could not be refreshed';
    assert.deepEqual(read(expired), ['anthropic/invalid-token/null/null']);
    // Negative control: the SDK's opaque error result states no access problem.
    assert.deepEqual(read('Exception: Claude Code returned an error result: success'), []);
  });
});
