import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes from DevOps, data and security assistants (k8sgpt, HolmesGPT, text-to-SQL tools, pentest agents, review bots).
describe('Ops, data and security assistants held-out shapes', () => {
  it("reads Azure's 404 as go-openai prints it once k8sgpt names its azureopenai backend", () => {
    const line = (backend: string, version = ''): string =>
      `Error: failed while calling AI provider ${backend}: error, status code: 404, ${version}message: Resource not found\n`;
    assert.deepEqual(verdicts(line('azureopenai')), ['azure-openai/destination-not-found/404/null']);
    assert.deepEqual(verdicts(line('azureopenai', 'status: 404 Not Found, ')), ['azure-openai/destination-not-found/404/null']);
    // Controls: the same words from a backend that is none of the packs, or from OpenAI's own, say nothing.
    assert.deepEqual(verdicts(line('localai')), []);
    assert.deepEqual(verdicts(line('openai')), []);
  });
});
