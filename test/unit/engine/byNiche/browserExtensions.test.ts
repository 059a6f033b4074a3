import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on what browser extensions, userscripts and their sidebars show when a provider refuses the
// browser's call (the held-out round on extension and userscript posts): the provider's sentence quoted alone in
// the extension's panel, after a bare status or none.
describe('browser extensions and userscripts', () => {
  it("reads a provider's refusal of a browser request without its opt-in header, quoted alone after the status", () => {
    const header = "CORS requests must set 'anthropic-dangerous-direct-browser-access' header";
    assert.deepEqual(verdicts(`401 ${header}\n`), ['anthropic/permission-denied/401/null']);
    assert.deepEqual(verdicts(`${header}\n`), ['anthropic/permission-denied/null/null']);
    // Controls: another header's name in the same words names no provider; prose about HTTPS requests is no report.
    assert.deepEqual(verdicts("401 CORS requests must set 'x-acme-browser-access' header\n"), []);
    assert.deepEqual(verdicts('Note: HTTPS requests must set a valid origin header before they are sent.\n'), []);
  });

  it('gives a body the bare status its panel printed alone on the line above it', () => {
    const body = '{"error":{"type":"permission_error","message":"Invalid model","code":"model_not_allowed"}}';
    assert.deepEqual(verdicts(`403\n${body}\n`), ['anthropic/model-access/403/null']);
    // …also over the body printed an item a line.
    assert.deepEqual(verdicts('403\n{\n  "error": {\n    "type": "permission_error",\n    "message": "Invalid model"\n  }\n}\n'), [
      'anthropic/model-access/403/null',
    ]);
    // Controls: a number that is no client-error status, or a bare status over a line that opens no body, gives none.
    assert.deepEqual(verdicts(`200\n${body}\n`), ['anthropic/model-access/null/null']);
    assert.deepEqual(verdicts(`403\n${body.replace('{"error"', 'x {"error"')}\n`), ['anthropic/model-access/null/null']);
    // …and a quota body under a bare status stays no incident.
    assert.deepEqual(
      verdicts('429\n{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota"}}\n'),
      [],
    );
  });
});
