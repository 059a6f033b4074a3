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

  it('a bare SDK class that opens a quoted or labelled message states its status; elsewhere in it, or a plain class, does not', () => {
    const words = 'Your organization must be verified to use the model `gpt-image-1`';
    // A README's bold, quoted heading and a tool's `type(e).__name__` after its own `Error:` label.
    assert.deepEqual(read(`**"PermissionDeniedError: ${words}"**`), ['openai/org-verification-required/403/gpt-image-1']);
    assert.deepEqual(read(`Error: PermissionDeniedError: ${words}`), ['openai/org-verification-required/403/gpt-image-1']);
    // Negative controls: a class that states no status, and the class further inside the tool's own sentence.
    assert.deepEqual(read(`Error: ValueError: ${words}`), ['openai/org-verification-required/null/gpt-image-1']);
    assert.deepEqual(read(`Error: image call failed after PermissionDeniedError: ${words}`), ['openai/org-verification-required/null/gpt-image-1']);
  });

  it("a post's sentence gives the status that the quoted refusal follows, not another status it mentions", () => {
    const sentence = (tail: string): string => `Every call to the socket returns 500, and HTTP to \`/v1/responses\` returns ${tail}. Decoded the JWT.`;
    assert.deepEqual(read(sentence('401 "Missing scopes: model.request"')), ['openai/missing-scopes/401/null']);
    // Negative controls: a status that no quoted refusal follows states none, and a 5xx is not read as one.
    assert.deepEqual(read(sentence('401 for "Missing scopes: model.request"')), ['openai/missing-scopes/null/null']);
    assert.deepEqual(read('HTTP to /v1/responses returns 500 "Missing scopes: model.request".'), ['openai/missing-scopes/null/null']);
  });

  it("a client's `HTTP 401: <sentence>.` line heads the refusal that goes on below it, when that line states no status", () => {
    const head = 'HTTP 401: You have insufficient permissions for this operation.';
    assert.deepEqual(read(`${head}\nMissing scopes: model.request.`), ['openai/missing-scopes/401/null']);
    // Negative controls: a blank line between them parts them, and a report with its own status keeps it.
    assert.deepEqual(read(`${head}\n\nMissing scopes: model.request.`), ['openai/missing-scopes/null/null']);
    assert.deepEqual(read('HTTP 404: Page not found.\nError: 403 Missing scopes: model.request.'), ['openai/missing-scopes/403/null']);
  });
});
