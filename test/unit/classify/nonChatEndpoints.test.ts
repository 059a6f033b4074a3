import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model per incident. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

describe('classify: errors of the non-chat endpoints (images, fine-tuning, Imagen/Veo, Hub checks)', () => {
  it('OpenAI "not allowed to sample from this model" is model access (control: another "not allowed to" stays permission-denied)', () => {
    assert.deepEqual(
      read(
        "PermissionDeniedError: Error code: 403 - {'error': {'message': 'You are not allowed to sample from this model', 'type': 'invalid_request_error', 'param': None, 'code': None}}",
      ),
      ['openai/model-access/403/null'],
    );
    assert.deepEqual(
      read(
        "[ERROR]Embedding error:Error code: 403 - {'error': {'message': 'You are not allowed to generate embeddings from this model', 'type': 'invalid_request_error', 'param': None, 'code': None}}",
      ),
      ['openai/model-access/403/null'],
    );
    assert.deepEqual(
      read(
        "PermissionDeniedError: Error code: 403 - {'error': {'message': 'You are not allowed to perform this action', 'type': 'invalid_request_error', 'param': None, 'code': None}}",
      ),
      ['openai/permission-denied/403/null'],
    );
  });

  it('the fine-tuning API refusing a model names it (control: a fine-tuning file error is no incident)', () => {
    assert.deepEqual(read('openai.error.InvalidRequestError: Model ft:gpt-3.5-turbo-0613:acme::abc123 is not available for fine-tuning or does not exist.'), [
      'openai/model-access/null/ft:gpt-3.5-turbo-0613:acme::abc123',
    ]);
    assert.deepEqual(read('openai.error.InvalidRequestError: Invalid file format for Fine-Tuning API. Must be .jsonl'), []);
  });

  it("an SDK's PermissionError is its 403 (control: Python's own PermissionError stays silent)", () => {
    assert.deepEqual(read('openai.error.PermissionError: Project `proj_abc` does not have access to model dall-e-2.'), ['openai/model-access/403/dall-e-2']);
    assert.deepEqual(read("PermissionError: [Errno 13] Permission denied: '/root/.cache/openai'"), []);
    assert.deepEqual(read("builtins.PermissionError: [Errno 13] Permission denied: '/root/.cache/openai'"), []);
  });

  it('Imagen and Veo ids refused by the Gemini API are Google model access (control: another API\'s "not found" stays silent)', () => {
    assert.deepEqual(
      read(
        "google.genai.errors.ClientError: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'models/veo-2.0-generate-001 is not found for API version v1beta, or is not supported for predictLongRunning. Call ListModels to see the list of available models and their supported methods.', 'status': 'NOT_FOUND'}}",
      ),
      ['google/model-access/404/veo-2.0-generate-001'],
    );
    assert.deepEqual(
      read("{'error': {'code': 404, 'message': 'models/imagen-3.0-generate-002 is not found for API version v1beta, or is not supported for predict.'}}"),
      ['google/model-access/404/imagen-3.0-generate-002'],
    );
    assert.deepEqual(read("{'error': {'code': 404, 'message': 'Requested entity was not found.', 'status': 'NOT_FOUND'}}"), []);
  });

  it("LangChain's Hub token check is an invalid Hugging Face token (control: another HuggingFaceEndpoint validation error is none)", () => {
    assert.deepEqual(
      read(
        'ValidationError: 1 validation error for HuggingFaceEndpoint __root__ Could not authenticate with huggingface_hub. Please check your API token. (type=value_error)',
      ),
      ['huggingface/invalid-token/null/null'],
    );
    assert.deepEqual(
      read("ValidationError: 1 validation error for HuggingFaceEndpoint __root__ Parameters {'max_length'} should be specified explicitly. (type=value_error)"),
      [],
    );
  });

  it("Anthropic's 404 for a path it does not serve is no model refusal (control: its unknown-model 404 names the model)", () => {
    assert.deepEqual(
      read(
        "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'Not found'}, 'request_id': 'req_011CbkLgZ1ns3Q9bdbENkLy5'}",
      ),
      ['anthropic/destination-not-found/404/null'],
    );
    assert.deepEqual(
      read("anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-3-opus-20240229'}}"),
      ['anthropic/model-access/404/claude-3-opus-20240229'],
    );
  });

  it('Gemini\'s older "Model is not found: models/… for api version" is model access (control: the same words for no model stay silent)', () => {
    assert.deepEqual(read('{"error":{"code":404,"message":"Model is not found: models/gemini-pro for api version v1beta","status":"NOT_FOUND"}}'), [
      'google/model-access/404/gemini-pro',
    ]);
    assert.deepEqual(read('{"error":{"code":404,"message":"Dataset is not found: datasets/sales for api version v2","status":"NOT_FOUND"}}'), []);
  });

  it('Cohere\'s "no api key supplied" is a missing token (control: the same words from an unnamed API stay silent)', () => {
    assert.deepEqual(read('Cohere embed API error (401 Unauthorized): {"message":"no api key supplied"}'), ['cohere/missing-token/401/null']);
    assert.deepEqual(read('Search API error (401 Unauthorized): {"message":"no api key supplied"}'), []);
  });
});
