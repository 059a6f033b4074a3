import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

const summary = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Raw HTTP clients print the refused request in their own words: wget's exchange for one URL,
// httpx's message logged without its class.
describe('raw HTTP clients', () => {
  const wget = (url: string, status: string, after: string[] = []): string => {
    const host = new URL(url).host;
    return [
      `--2023-05-06 13:37:02--  ${url}`,
      `Resolving ${host} (${host})... 13.32.230.100, 13.32.230.67, ...`,
      `Connecting to ${host} (${host})|13.32.230.100|:443... connected.`,
      `HTTP request sent, awaiting response... ${status}`,
      ...after,
      '',
    ].join('\n');
  };

  it("reads wget's refused download with the URL of its request line, and stays silent on other hosts and on success", () => {
    assert.deepEqual(
      summary(
        wget('https://huggingface.co/TheBloke/vicuna-13B-GGML/resolve/main/model.bin', '401 Unauthorized', ['', 'Username/Password Authentication Failed.']),
      ),
      ['huggingface/invalid-token/401/TheBloke/vicuna-13B-GGML'],
    );
    // Its `ERROR 403: Forbidden.` line after the status is the same refusal.
    assert.deepEqual(
      summary(wget('https://huggingface.co/meta-llama/Llama-2-7b/resolve/main/config.json', '403 Forbidden', ['2023-05-06 13:37:02 ERROR 403: Forbidden.'])),
      ['huggingface/permission-denied/403/meta-llama/Llama-2-7b'],
    );
    // Controls: the same refusal from a host that is no provider's, the status line without its
    // request line, a redirect followed to a download that succeeds.
    assert.deepEqual(summary(wget('https://civitai.com/api/download/models/201259', '401 Unauthorized', ['', 'Username/Password Authentication Failed.'])), []);
    assert.deepEqual(summary('HTTP request sent, awaiting response... 401 Unauthorized\n\nUsername/Password Authentication Failed.\n'), []);
    assert.deepEqual(
      summary(
        wget('https://huggingface.co/google/gemma-2b/resolve/main/config.json', '302 Found', [
          'Location: https://cdn-lfs.huggingface.co/x [following]',
          '--2023-05-06 13:37:03--  https://cdn-lfs.huggingface.co/x',
          'Reusing existing connection to cdn-lfs.huggingface.co:443.',
          'HTTP request sent, awaiting response... 200 OK',
          'Length: 100',
        ]),
      ),
      [],
    );
  });

  it("reads httpx's client-error message logged without its class (`for url` or `for URL`); a server error or another host is none", () => {
    assert.deepEqual(summary("HTTPStatus Exception:\nClient error '401 Unauthorized' for URL 'https://api.openai.com/v1/chat/completions'\n"), [
      'openai/invalid-token/401/null',
    ]);
    assert.deepEqual(summary("Client error '401 Unauthorized' for url 'https://api.anthropic.com/v1/messages'\n"), ['anthropic/invalid-token/401/null']);
    // Controls: a 5xx from a provider, a 404 from a host that is no provider's.
    assert.deepEqual(summary("Server error '503 Service Unavailable' for url 'https://api.openai.com/v1/chat/completions'\n"), []);
    assert.deepEqual(summary("Client error '404 Not Found' for url 'https://example.com/api/v1/items'\n"), []);
  });
});
