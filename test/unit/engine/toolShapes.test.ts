import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { statusFrom } from '../../../src/core/parse/frames';

// Shapes read on output that coding agents, IDE extensions and chat servers printed for a provider's
// refusal (the held-out round on tool output): Gemini Code Assist's body under a tool's localised
// caption, a hand-spaced `"code" : 403`.

function verdicts(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

/** Google's PERMISSION_DENIED body, unindented as Kilo Code prints it, for the service given. */
function permissionDenied(service: string): string {
  return [
    'Gemini CLI API 错误：[{',
    '"error": {',
    '"code": 403,',
    '"message": "Permission denied on resource project default.",',
    '"status": "PERMISSION_DENIED",',
    '"details": [',
    '{',
    '"@type": "type.googleapis.com/google.rpc.ErrorInfo",',
    '"reason": "CONSUMER_INVALID",',
    '"domain": "googleapis.com",',
    '"metadata": {',
    `"service": "${service}",`,
    '"consumer": "projects/default"',
    '}',
    '}',
    ']',
    '}',
    '}',
    ']',
    '',
  ].join('\n');
}

describe('tool shapes: Google services behind AI tools', () => {
  it("Gemini Code Assist's service (Gemini CLI's sign-in) is Google's AI API, under any caption", () => {
    assert.deepEqual(verdicts(permissionDenied('cloudaicompanion.googleapis.com')), ['google/permission-denied/403/null']);
    // Control: the same refusal from a Google API that is no AI service.
    assert.deepEqual(verdicts(permissionDenied('storage.googleapis.com')), []);
  });
});

describe('tool shapes: statuses in hand-spaced bodies', () => {
  it('reads `"code" : 403` with a space before the colon, and no word code', () => {
    assert.equal(statusFrom('[API Error: [{ "error" : { "code" : 403, "message" : "denied" } }]]'), 403);
    assert.equal(statusFrom(`{ "error" : { "code" : "401", "message" : "x" } }`), 401);
    // Controls: a word code, a four-digit one.
    assert.equal(statusFrom('{ "error" : { "code" : "invalid_api_key" } }'), null);
    assert.equal(statusFrom('{ "error" : { "code" : 1002 } }'), null);
  });
});
