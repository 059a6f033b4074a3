import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Hugging Face Spaces, Gradio apps and the Hub's clients as users paste them, found in a blind held-out round.

describe('held-out HF Spaces: the Hub mirror and its look-alikes', () => {
  it("a bare 401 for a file on the Hub's public mirror (hf-mirror.com) is the Hub's refusal", () => {
    const line = (host: string): string =>
      `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://${host}/briaai/RMBG-1.4/resolve/main/model.safetensors\n`;
    assert.deepEqual(verdicts(line('hf-mirror.com')), ['huggingface/invalid-token/401/briaai/RMBG-1.4']);
    assert.deepEqual(verdicts(line('huggingface.co')), ['huggingface/invalid-token/401/briaai/RMBG-1.4']);
    // Control: the same line for a host that is none of the providers' is not an AI access failure.
    assert.deepEqual(verdicts(line('files.example-cdn.com')), []);
    // The mirror's model API names the model as the Hub's does; a route with no owner names none.
    const api = (path: string): string => `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://hf-mirror.com/api/models/${path}\n`;
    assert.deepEqual(verdicts(api('Qwen/Qwen2.5-VL-3B-Instruct/revision/main')), ['huggingface/invalid-token/401/Qwen/Qwen2.5-VL-3B-Instruct']);
    assert.deepEqual(verdicts(api('None/tree/float16')), ['huggingface/invalid-token/401/null']);
  });

  it("the serverless API's URL names an owner-less model (`/models/gpt2`) as the model", () => {
    const report = (path: string): string =>
      `HfHubHTTPError: 401 Client Error: Unauthorized for url: https://api-inference.huggingface.co/models/${path} (Request ID: abc)\n\nInvalid credentials in Authorization header\n`;
    assert.deepEqual(verdicts(report('gpt2')), ['huggingface/invalid-token/401/gpt2']);
    assert.deepEqual(verdicts(report('gpt2/v1/chat/completions')), ['huggingface/invalid-token/401/gpt2']);
    // Control: an owner/name id is still read whole, not cut at its owner.
    assert.deepEqual(verdicts(report('Qwen/Qwen2.5-Coder-32B-Instruct/v1/chat/completions')), [
      'huggingface/invalid-token/401/Qwen/Qwen2.5-Coder-32B-Instruct',
    ]);
  });

  it("transformers' gated hint line quoted alone (a blockquote) is the gated refusal of the repo it names", () => {
    const quoted = (url: string): string => `The error message says as follows.\n\n> Make sure to have access to it at ${url}.\n\n[err.txt](https://x)\n`;
    assert.deepEqual(verdicts(quoted('https://huggingface.co/google/paligemma-3b-pt-224')), ['huggingface/gated-repo/null/google/paligemma-3b-pt-224']);
    // …and under transformers' class-less first line, printed without the Hub's status lines.
    assert.deepEqual(verdicts('You are trying to access a gated repo.\nMake sure to have access to it at https://huggingface.co/org/model.\n'), [
      'huggingface/gated-repo/null/org/model',
    ]);
    // Control: the same words naming another site's page are no Hub refusal.
    assert.deepEqual(verdicts(quoted('https://example.com/google/paligemma-3b-pt-224')), []);
  });
});
