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

  it("Cohere's removed model is a model-access refusal, named by its docs link even under another library's class", () => {
    const removed = (model: string): string =>
      `pydantic_ai.exceptions.ModelHTTPError: status_code: 404, model_name: ${model}, body: {'id': 'b078', 'message': "model '${model}' was removed on September 15, 2025. See https://docs.cohere.com/docs/models#command for a list of models you can use instead."}\n`;
    assert.deepEqual(verdicts(removed('command-r')), ['cohere/model-access/404/command-r']);
    // Control: the same class and status without Cohere's words is nobody's.
    assert.deepEqual(verdicts("pydantic_ai.exceptions.ModelHTTPError: status_code: 404, model_name: command-r, body: {'message': 'Not Found'}\n"), []);
  });

  it("Vertex AI's 404 for a publisher model its location does not serve, written without backticks", () => {
    const notFound = (path: string): string =>
      `google.genai.errors.ClientError: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'Publisher Model ${path} not found.', 'status': 'NOT_FOUND'}}\n`;
    assert.deepEqual(verdicts(notFound('projects/p1/locations/global/publishers/google/models/gemini-2.0-flash')), [
      'google/model-access/404/gemini-2.0-flash',
    ]);
    // Control: another resource of the project not found is no model refusal.
    assert.deepEqual(verdicts(notFound('projects/p1/locations/global/endpoints/12345')), []);
  });

  it("Mistral's error envelope (a four-digit code as a string) names it; an OpenAI-compatible server's numeric code does not", () => {
    assert.deepEqual(verdicts('{"object":"error","message":"Invalid model: ","type":"invalid_model","param":null,"code":"1500"}\n'), [
      'mistral/model-access/null/null',
    ]);
    assert.deepEqual(verdicts('{"object":"error","message":"Invalid model: foo","type":"invalid_model","param":null,"code":400}\n'), []);
  });
});
