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
});
