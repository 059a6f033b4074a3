import * as assert from 'node:assert/strict';
import { verdicts } from './helpers';

// A provider's retired model, in Groq's words (`The model `x` has been decommissioned …`, code
// `model_decommissioned`): read as OpenAI's `has been deprecated` is, the model no longer the caller's to use.

describe('retired model shapes', () => {
  it("Groq's decommissioned model is a model-access refusal, with the model it names", () => {
    const body = (subject: string): string =>
      `groq.BadRequestError: Error code: 400 - {'error': {'message': '${subject} has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.', 'type': 'invalid_request_error', 'code': 'model_decommissioned'}}\n`;
    assert.deepEqual(verdicts(body('The model `qwen-2.5-32b`')), ['groq/model-access/400/qwen-2.5-32b']);
    // Control: a 400 of the same shape about the request, not the model, is no access failure.
    const invalid =
      "groq.BadRequestError: Error code: 400 - {'error': {'message': 'messages.0.content must be a string', 'type': 'invalid_request_error', 'code': 'invalid_value'}}\n";
    assert.deepEqual(verdicts(invalid), []);
  });
});
