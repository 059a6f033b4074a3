import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Next.js and AI SDK apps on Groq as their users report them: an app's label over an OpenAI-shaped body, a
// restriction quoted after the user's words.
describe('AI SDK and Next.js apps (Groq reports)', () => {
  it("takes an app's `Groq error 404:` label over the OpenAI words Groq's body copies (control: the same body unlabelled)", () => {
    const body =
      '{"error":{"message":"The model `llama-3.3-70b-versatile` does not exist or you do not have access to it.","type":"invalid_request_error","code":"model_not_found"}}';
    assert.deepEqual(verdicts(`Groq error 404: ${body}\n`), ['groq/model-access/404/llama-3.3-70b-versatile']);
    assert.deepEqual(verdicts(`Error 404: ${body.replace('llama-3.3-70b-versatile', 'gpt-4o')}\n`), ['openai/model-access/404/gpt-4o']);
    assert.deepEqual(verdicts('Groq error 500: {"error":{"message":"Internal Server Error"}}\n'), []);
  });

  it("reads Groq's restricted organization quoted after a user's words (control: another restriction stays silent)", () => {
    const line = 'It show: Error: Organization has been restricted. Please reach out to support if you believe this was in error.\n';
    assert.deepEqual(verdicts(line), ['groq/account-disabled/null/null']);
    assert.deepEqual(verdicts('It show: Error: The project has been restricted for now.\n'), []);
  });
});
