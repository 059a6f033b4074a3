import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('classify: gateways in front of a provider (held-out round on gateways and proxies)', () => {
  const apim = (url: string) =>
    `HTTP 401 Access Denied from ${url} { "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }\n`;

  it("a client's status line with its body on the same line; Azure OpenAI's REST path on a company's API Management host", () => {
    assert.deepEqual(read(apim('https://gw.example.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21')), [
      'azure-openai/missing-token/401/gpt4o',
    ]);
    // Controls: the same API Management refusal for another API behind the gateway names no provider,
    // and a gateway route of that shape without Azure's api-version query is no Azure request.
    assert.deepEqual(read(apim('https://gw.example.com/orders/v2/items?page=1')), []);
    assert.deepEqual(read(apim('https://gw.example.com/openai/deployments/gpt4o/chat/completions')), []);
  });

  it("API Management's body without `error` words is found (its `statusCode` anchor), the body below the status line as before", () => {
    const below =
      'HTTP 401 Unauthorized from https://gw.example.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21\n{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }\n';
    assert.deepEqual(read(below), ['azure-openai/missing-token/401/gpt4o']);
    // Control: another API's 4xx body of that shape (the anchor finds it) names no provider.
    assert.deepEqual(read('request failed: { "statusCode": 404, "message": "Order 42 not found." }\n'), []);
  });

  it("API Management's refusal as the openai SDK prints its body, also after a reporter's retold head; another service's body of that shape is not", () => {
    const body =
      "{'statusCode': 401, 'message': 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.'}";
    assert.deepEqual(read(`Here, I get the following Authentication Error: 401 - ${body}\n`), ['azure-openai/missing-token/401/null']);
    assert.deepEqual(read(`openai.AuthenticationError: Error code: 401 - ${body}\n`), ['azure-openai/missing-token/401/null']);
    // Control: the same head over another body of API Management's shape names no provider.
    assert.deepEqual(read("Here, I get the following Authentication Error: 401 - {'statusCode': 401, 'message': 'Invalid JWT.'}\n"), []);
  });

  it("a relay's envelope around the provider's refusal (`Error from provider (…): Upstream request failed: [code] …`) is the relay's answer", () => {
    const words = '[unsupported_country_region_territory] Country, region, or territory not supported';
    assert.deepEqual(read(`{"model": "gpt-5", "error": {"param": null, "message": "Error from provider (Console): Upstream request failed: ${words}"}}\n`), []);
    // Control: OpenAI's own body with those words is OpenAI's.
    assert.deepEqual(
      read(
        '{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}\n',
      ),
      ['openai/unsupported-region/null/null'],
    );
  });

  it("a model id in OpenCode's gateway namespace (`opencode/claude-…`) is the gateway's, not Anthropic's; the bare id is Anthropic's", () => {
    assert.deepEqual(read('Error: Model not found: opencode/claude-sonnet-4-6. Did you mean: claude-sonnet-4-6?\n'), []);
    assert.deepEqual(read('Error: Model not found: opencode-go/claude-sonnet-4-6.\n'), []);
    // Controls: the same refusal naming only the provider's own id is read, and a config path through an
    // `opencode/` folder is no gateway's model id.
    assert.deepEqual(read('Error: Model not found: claude-sonnet-4-6.\n'), ['anthropic/model-access/null/claude-sonnet-4-6']);
    assert.deepEqual(read('Loaded ~/.config/opencode/opencode2.json\nError: Model not found: claude-sonnet-4-6.\n'), [
      'anthropic/model-access/null/claude-sonnet-4-6',
    ]);
  });

  it("a language's empty value where the model would be (`model=None`) is no model id; a real id there is", () => {
    const repr = (model: string) =>
      `ChatCompletion(id=None, choices=None, created=None, model=${model}, object=None, usage=None, error={'code': 400, 'message': 'User location is not supported for the API use.', 'status': 'FAILED_PRECONDITION'})\n`;
    assert.deepEqual(read(repr('None')), ['google/unsupported-region/400/null']);
    assert.deepEqual(read(repr('gemini-1.5-pro')), ['google/unsupported-region/400/gemini-1.5-pro']);
  });
});
