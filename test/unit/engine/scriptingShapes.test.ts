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

  it("reads a PHP framework's namespaced exception head printed without PHP's ` in file:line` (Laravel Prism)", () => {
    const prism = [
      'EchoLabs\\Prism\\Exceptions\\PrismException: Anthropic Error: [not_found_error] model: claude-3-sonnet',
      '/app/vendor/echolabsdev/prism/src/Exceptions/PrismException.php:52',
      '/app/vendor/echolabsdev/prism/src/Providers/Anthropic/Handlers/Text.php:36',
    ].join('\n');
    assert.deepEqual(brief(prism), [{ provider: 'anthropic', cause: 'model-access', status: null, model: 'claude-3-sonnet' }]);
    // Controls: namespaced heads over a database error and over another API's refusal stay silent.
    assert.deepEqual(brief('Illuminate\\Database\\QueryException: SQLSTATE[HY000] [2002] Connection refused'), []);
    assert.deepEqual(brief('App\\Exceptions\\StripeException: 403 Forbidden: This API key does not have access'), []);
  });

  it("reads Qt's QNetworkReply error string a C++ app shows: the status as its reason phrase, the provider from the URL", () => {
    const url = 'https://api.openai.com/v1/chat/completions';
    assert.deepEqual(brief(`Error transferring ${url} - server replied: Not Found \n`), [
      { provider: 'openai', cause: 'model-access', status: 404, model: null },
    ]);
    assert.deepEqual(brief(`Error transferring ${url} - server replied: Unauthorized\n`), [
      { provider: 'openai', cause: 'invalid-token', status: 401, model: null },
    ]);
    // Controls: the same line from a host no provider owns, and a rate limit from OpenAI's.
    assert.deepEqual(brief('Error transferring https://api.example.com/v1/items - server replied: Forbidden\n'), []);
    assert.deepEqual(brief(`Error transferring ${url} - server replied: Too Many Requests\n`), []);
  });

  it("reads Ruby's uncaught exception: a message over several lines, the `from` frames, gems as library, the user's frame", () => {
    const gemini = [
      "/u/.rbenv/versions/3.3.4/lib/ruby/gems/3.3.0/bundler/gems/langchainrb-6e83c6c0a7b3/lib/langchain/llm/google_gemini.rb:79:in `chat': { (StandardError)",
      '  "error": {',
      '    "code": 400,',
      '    "message": "API key expired. Please renew the API key.",',
      '    "status": "INVALID_ARGUMENT"',
      '  }',
      '}',
      "\tfrom /u/.rbenv/versions/3.3.4/lib/ruby/gems/3.3.0/bundler/gems/langchainrb-6e83c6c0a7b3/lib/langchain/assistant.rb:324:in `chat_with_llm'",
      "\tfrom app/jobs/summarize_job.rb:14:in `perform'",
      "\tfrom bin/run.rb:3:in `<main>'",
    ].join('\n');
    const [incident] = scanText(gemini);
    assert.deepEqual(
      { provider: incident.provider, cause: incident.cause, status: incident.status, userFrame: incident.userFrame },
      { provider: 'google', cause: 'invalid-token', status: 400, userFrame: { file: 'app/jobs/summarize_job.rb', line: 14, function: 'perform' } },
    );
    // Controls: Google's body alone names no Gemini (every Google API sends it); a Ruby error of
    // another gem over the same frames stays silent.
    assert.deepEqual(brief(gemini.replace('langchain/llm/google_gemini.rb', 'storage/gcs_client.rb').replace(/langchainrb/g, 'gcloud')), []);
    assert.deepEqual(brief(gemini.replace(/\{ \(StandardError\)[\s\S]*?\n\}\n/, "undefined method `map' for nil (NoMethodError)\n")), []);
  });
});
