import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

const brief = (text: string) => scanText(text).map((i) => ({ provider: i.provider, cause: i.cause, status: i.status, model: i.model }));

// What scripting-language clients print for an access failure: Ruby's hashes (ruby-openai,
// Faraday), Elixir's tuples and Logger lines, Perl's module errors, shell scripts' raw bodies.
describe('scripting-language shapes', () => {
  it("reads OpenAI's 2023 refusal of a model in single quotes, as ruby-openai prints the body as a Ruby hash", () => {
    const ruby = `{"error"=>{"message"=>"The model 'gpt-4-32k' does not exist", "type"=>"invalid_request_error", "param"=>"model", "code"=>"model_not_found"}}`;
    assert.deepEqual(brief(ruby), [{ provider: 'openai', cause: 'model-access', status: null, model: 'gpt-4-32k' }]);
    const json = `{"error": {"message": "The model 'gpt-4-32k' does not exist", "type": "invalid_request_error", "param": "model", "code": "model_not_found"}}`;
    assert.deepEqual(brief(json), [{ provider: 'openai', cause: 'model-access', status: null, model: 'gpt-4-32k' }]);
    // Controls: a local server's id in the same words names no provider; a single-quoted id that is
    // OpenAI's in a sentence about something else is no refusal.
    assert.deepEqual(brief(ruby.replace('gpt-4-32k', 'llama3:8b')), []);
    assert.deepEqual(brief(`Error: The model 'gpt-4o' is loading, please wait`), []);
  });
});
