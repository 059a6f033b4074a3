import * as assert from 'node:assert/strict';
import { isProviderSite, requestHosts } from '../../../src/core/requestHost';
import { scanText } from '../../../src/core/engine';

describe('requestHosts: where the failing request went', () => {
  it('names a provider from its own API host, whatever the path', () => {
    assert.deepEqual([...requestHosts("url: 'https://api.groq.com/openai/v1/chat/completions'").providers], ['groq']);
    assert.deepEqual([...requestHosts('POST https://my-res.openai.azure.com/openai/deployments/gpt4/chat/completions').providers], ['azure-openai']);
    assert.equal(requestHosts('POST https://api.openai.com.evil.example/v1/chat/completions').providers.size, 0);
  });

  it('a public API request to no provider is foreign; docs links and private gateways are not', () => {
    assert.equal(requestHosts('POST https://openrouter.ai/api/v1/chat/completions').foreign, true);
    assert.equal(requestHosts('path=https://hz.example-relay.com:26693?token=x/chat/completions').foreign, true);
    assert.equal(requestHosts('See https://docs.example.com/errors for help').foreign, false);
    // A pack's own API path (Azure's `openai/deployments`) marks a request too.
    assert.equal(requestHosts('GET https://gateway.example.io/openai/deployments/gpt4').foreign, true);
    assert.deepEqual([...requestHosts('GET https://myres.openai.azure.com/openai/deployments/gpt4').providers], ['azure-openai']);
    assert.equal(requestHosts('POST http://localhost:4000/v1/chat/completions').foreign, false);
    assert.equal(requestHosts('GET http://gateway.internal:8080/v1/models/acme/m').foreign, false);
    assert.equal(requestHosts('POST http://litellm:4000/v1/messages').foreign, false);
    assert.equal(requestHosts('POST https://api.anthropic.com/v1/messages').foreign, false);
  });

  it('the key page a message links to names the vendor that wrote it', () => {
    assert.deepEqual(requestHosts('You can obtain an API key from https://console.x.ai.').keySites, ['x.ai']);
    assert.deepEqual(requestHosts('You can find your API key at https://platform.openai.com/account/api-keys.').keySites, ['openai.com']);
    assert.deepEqual(requestHosts('See https://console.x.ai for help').keySites, []);
    assert.equal(isProviderSite('openai', 'openai.com'), true);
    assert.equal(isProviderSite('openai', 'x.ai'), false);
  });
});

describe('OpenAI wording copied by another vendor', () => {
  it('is no incident when the message sends the reader to that vendor for a key', () => {
    const body = (site: string) => `400 "Incorrect API key provided: na***ys. You can obtain an API key from https://${site}."`;
    assert.deepEqual(scanText(body('console.x.ai')), []);
    // Control: OpenAI's own key page keeps it OpenAI's.
    const own = '401 "Incorrect API key provided: na***ys. You can find your API key at https://platform.openai.com/account/api-keys."';
    assert.deepEqual(
      scanText(own).map((i) => [i.provider, i.cause]),
      [['openai', 'invalid-token']],
    );
  });
});
