import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { statusFrom } from '../../../../src/core/parse/frames';

const summary = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}`);

// Replicate's and Anthropic's errors as reporters quote them in an issue's title or text: no class, no trace.
describe('held-out Replicate and Anthropic quotes', () => {
  it("reads replicate-python's missing-token sentence quoted alone, and not a docs line naming the variable", () => {
    assert.deepEqual(
      summary(
        'No API token provided. You need to set the REPLICATE_API_TOKEN environment variable or create a client with `replicate.Client(api_token=...)`.\n',
      ),
      ['replicate/missing-token/null'],
    );
    // Controls: the variable named without a refusal; the sentence naming no provider.
    assert.deepEqual(summary('Set the REPLICATE_API_TOKEN environment variable before running.\n'), []);
    assert.deepEqual(summary('No API token provided. You need to set the GITHUB_TOKEN environment variable\n'), []);
  });

  it("reads Replicate's 401 detail quoted in a title, and keeps it in the ReplicateError Details block below a head", () => {
    assert.deepEqual(summary('"Error: You did not pass an authentication token" with notebook/agentchat_lmm_llava.ipynb\n'), ['replicate/missing-token/null']);
    const details = [
      '!!! Exception during processing !!! ReplicateError Details:',
      'title: Unauthenticated',
      'status: 401',
      'detail: You did not pass a valid authentication token',
    ].join('\n');
    assert.deepEqual(summary(details), ['replicate/invalid-token/401']);
    // Control: the same quoting around words that are no refusal.
    assert.deepEqual(summary('"Error: You did not pass the test" with notebook/x.ipynb\n'), []);
  });

  it("reads an app's card naming Anthropic as the provider it could not authenticate with, and not one naming none", () => {
    const card = ['Authentication Failed', 'Authentication Failed: Unable to authenticate with Anthropic. Your API key may be invalid or expired.', ''].join(
      '\n',
    );
    assert.deepEqual(summary(card), ['anthropic/invalid-token/null']);
    // Controls: the same words naming no provider; another service.
    assert.deepEqual(summary('Authentication Failed: Your API key may be invalid or expired.\n'), []);
    assert.deepEqual(summary('Error: Unable to authenticate with the database. Check your password.\n'), []);
  });

  it('reads a status right before a JSON body in a sentence, and no count or line number', () => {
    assert.equal(
      statusFrom('However, when I use the TypeScript language, I get a 403 {"error":{"type":"forbidden","message":"Request not allowed"}} response.'),
      403,
    );
    assert.deepEqual(
      summary('However, when I use the TypeScript language, I get a 403 {"error":{"type":"forbidden","message":"Request not allowed"}} response.\n'),
      ['anthropic/unsupported-region/403'],
    );
    // Controls: a number before a brace that opens no JSON object with a quoted key; a duration.
    assert.equal(statusFrom('at line 404 {a: 1} and took 403 ms'), null);
  });

  it("names a Replicate model as owner/name: without LiteLLM's route prefix nor a pinned version", () => {
    const model = (text: string): Array<string | null> => scanText(text).map((i) => i.model);
    const routed =
      'Error with model replicate/acme-llm-8b: ReplicateException - Failed to start prediction {"title":"Invalid version or not permitted","detail":"The specified version does not exist (or perhaps you don\'t have permission to use it?)","status":422}\n';
    assert.deepEqual(model(routed), ['acme-llm-8b']);
    const pinned = [
      'LiteLLM completion() model= acme/x-1:5c7d5dc6dd8b...e55c; provider = replicate',
      "litellm.APIError: ReplicateException - Client error '404 Not Found' for url 'https://api.replicate.com/v1/models/5c7d5dc6dd8b/predictions'",
      '',
    ].join('\n');
    assert.deepEqual(model(pinned), ['acme/x-1']);
    // Controls: Replicate's own model echoed in its models path keeps its owner; another provider's id keeps its colon.
    assert.deepEqual(
      model(
        'ApiError: Request to https://api.replicate.com/v1/models/replicate/hello-world/predictions failed with status 404 Not Found: {"detail":"The requested resource could not be found.","status":404}\n',
      ),
      ['replicate/hello-world'],
    );
    assert.deepEqual(
      model(
        "openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `ft:gpt-4o-mini:acme:abc123` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'code': 'model_not_found'}}\n",
      ),
      ['ft:gpt-4o-mini:acme:abc123'],
    );
  });
});
