import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Typed and structured-output LLM libraries (Pydantic AI, instructor) and the apps built on them (held-out round h143).
describe('held-out typed-output library reports', () => {
  it("reads Pydantic AI's missing-key UserError (`Set the `ACME_API_KEY` environment variable …`) as no key given", () => {
    const google =
      'pydantic_ai.exceptions.UserError: Set the `GEMINI_API_KEY` environment variable or pass it via `GoogleGLAProvider(api_key=...)`to use the Google GLA provider.';
    assert.deepEqual(verdicts(google), ['google/missing-token/null/null']);
    // Hard-wrapped, as a tutorial quotes it, with the library's hint line under it.
    const wrapped = [
      'pydantic_ai.exceptions.UserError: Set the `OPENAI_API_KEY` environment variable or',
      'pass it via `OpenAIProvider(api_key=...)` to use the OpenAI provider.',
      "To try Pydantic AI without an API key, use the built-in test model: `Agent('test')`.",
    ].join('\n');
    assert.deepEqual(verdicts(wrapped), ['openai/missing-token/null/null']);
    // A token variable, as its Hugging Face provider names it.
    const hub =
      'pydantic_ai.exceptions.UserError: Set the `HF_TOKEN` environment variable or pass it via `HuggingFaceProvider(api_key=...)` to use the HuggingFace provider.';
    assert.deepEqual(verdicts(hub), ['huggingface/missing-token/null/null']);
    // Negative control: a README's setup step saying the same words is no error.
    assert.deepEqual(verdicts('Set the `HF_TOKEN` environment variable with your Hugging Face access token.'), []);
    // Negative control: the same check for a provider outside the packs names no incident.
    const router =
      'pydantic_ai.exceptions.UserError: Set the `OPENROUTER_API_KEY` environment variable or pass it via `OpenRouterProvider(api_key=...)`to use the OpenRouter provider.';
    assert.deepEqual(verdicts(router), []);
    // Negative control: a refusal of a key that only ends by telling where a key goes is a wrong key, not a missing one.
    const wrong =
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***xyz. Set the OPENAI_API_KEY environment variable to a valid key.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}";
    assert.deepEqual(verdicts(wrong), ['openai/invalid-token/401/null']);
  });

  it("reads the model of Pydantic AI's ModelHTTPError logged as its text alone (`status_code: …, model_name: …, body: …`)", () => {
    const report =
      "**Error**: status_code: 404, model_name: gpt-5.2, body: {'type': 'invalid_request_error', 'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.'}";
    assert.deepEqual(verdicts(report), ['azure-openai/model-access/404/gpt-5.2']);
    // Negative control: the same fields around a Responses API item the server did not keep are no access failure.
    const item =
      "Agent error: status_code: 404, model_name: gpt-5.6-sol, body: {'message': \"Item with id 'rs_06adf3bb2187' not found.\", 'type': 'invalid_request_error', 'param': 'input', 'code': None}";
    assert.deepEqual(verdicts(item), []);
    // Negative control: a local server's empty 403 in those fields names no provider.
    assert.deepEqual(verdicts('Stream error: status_code: 403, model_name: llama3.1:8b, body:'), []);
  });

  it('reads a client sentence broken at its URL (`Error fetching from`, the URL, then `[400 Bad Request] …`) as one report', () => {
    const broken = [
      '[GoogleGenerativeAI Error]: Error fetching from',
      'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash-exp:generateContent:',
      '[400 Bad Request] API key expired. Please renew the API key.',
    ].join('\n');
    assert.deepEqual(verdicts(broken), ['google/invalid-token/400/gemini-2.0-flash-exp']);
    // Negative control: the same break around a non-AI Google service's refusal names no incident.
    const firebase = [
      '[FirebaseError]: Error fetching from',
      'https://firebaseinstallations.googleapis.com/v1/projects/demo/installations:',
      '[400 Bad Request] API key expired. Please renew the API key.',
    ].join('\n');
    assert.deepEqual(verdicts(firebase), []);
  });

  it("reads the body's fields printed one a line under a `status_code: …, model_name: …` head as the same report", () => {
    const fields = [
      'Error: status_code: 400, model_name: gemini-2.5-flash',
      "message: 'API key not valid. Please pass a valid API key.'",
      "status: 'INVALID_ARGUMENT'",
    ].join('\n');
    assert.deepEqual(verdicts(fields), ['google/invalid-token/400/gemini-2.5-flash']);
    // Negative control: the same fields around a context-length refusal are no access failure.
    const tooLong = [
      'Error: status_code: 400, model_name: gemini-2.5-flash',
      "message: 'The input token count exceeds the maximum number of tokens allowed (1048576).'",
      "status: 'INVALID_ARGUMENT'",
    ].join('\n');
    assert.deepEqual(verdicts(tooLong), []);
    // Negative control: a local model's name in the head names no provider for the key words below it.
    const local = ['Error: status_code: 400, model_name: llama3.1:8b', "message: 'API key not valid. Please pass a valid API key.'"].join('\n');
    assert.deepEqual(verdicts(local), []);
  });
});
