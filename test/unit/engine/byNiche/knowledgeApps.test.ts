import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on document parsing, ingestion and personal knowledge apps
// (note apps' AI chat, paperless/bookmark taggers, PDF translators) missed.

describe('knowledge apps: OpenAI naming the path it got when the base URL lacks its version', () => {
  // A note app's Go kernel log: go-openai's status words, then the API's own `Invalid URL (…)` for
  // `/chat/completions` asked without `/v1` (a gateway base URL that drops it).
  const kernel = (path: string): string =>
    `E 2023/03/21 11:29:03 openai.go:64: create chat completion failed: error, status code: 404, message: Invalid URL (POST ${path})\n`;

  it('one of its own routes asked without the version is its wrong-path answer', () => {
    assert.deepEqual(verdicts(kernel('/chat/completions')), ['openai/destination-not-found/404/null']);
    assert.deepEqual(verdicts(kernel('/embeddings')), ['openai/destination-not-found/404/null']);
    // The versioned path keeps reading as before.
    assert.deepEqual(verdicts(kernel('/v1/chat/completions')), ['openai/destination-not-found/404/null']);
  });

  it("a copier's own prefix or a local server's route is nobody's", () => {
    // DashScope's compatible mode words its 404 the same way under its own prefix.
    assert.deepEqual(verdicts(kernel('/compatible-api/v1/embeddings')), []);
    // A local server's own route (Ollama's), and a route that only starts like one of the API's.
    assert.deepEqual(verdicts(kernel('/api/chat')), []);
    assert.deepEqual(verdicts(kernel('/chat/completions/stream')), []);
  });
});
