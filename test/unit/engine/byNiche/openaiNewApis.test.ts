import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

/** The Agents SDK's trace exporter printing the body of a refusal it got, pretty-printed. */
function tracingError(status: number, message: string, code: string): string {
  return [
    `[non-fatal] Tracing client error ${status}: {`,
    '  "error": {',
    `    "message": "${message}",`,
    '    "type": "invalid_request_error",',
    '    "param": null,',
    `    "code": "${code}"`,
    '  }',
    '}',
  ].join('\n');
}

// OpenAI's newer APIs as apps and their users paste the failures (held-out round h102).
describe('held-out OpenAI newer-API reports', () => {
  it("the Agents SDK's trace exporter is OpenAI's: a 403 it quotes without a host is read, a 400 stays silent", () => {
    const zdr = tracingError(403, 'Traces ingestion is not permitted for zero data retention organizations.', 'zdr_forbidden');
    assert.deepEqual(read(zdr), ['openai/permission-denied/403/null']);
    // Negative control: the same body without the exporter's prefix names no provider.
    assert.deepEqual(read(zdr.replace('[non-fatal] Tracing client error 403: ', 'Error 403: ')), []);
    // Negative control: the exporter's 400 (a span field it rejects) is not an access problem.
    const badSpan = tracingError(400, "Unknown parameter: 'data[2].span_data.usage.total_tokens'.", 'unknown_parameter');
    assert.deepEqual(read(badSpan), []);
  });
});
