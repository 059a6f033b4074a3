import * as assert from 'node:assert/strict';
import { nextAnchor } from '../../../../src/core/scan/anchors';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on notebook and data-platform posts found unread: older
// huggingface_hub's gated sentence quoted alone, Vertex AI's publisher-model path quoted bare.

describe('notebook held-out round: lines read alone', () => {
  it("older huggingface_hub's `Repo model owner/name is gated. You must be authenticated` alone is a gated repo", () => {
    assert.deepEqual(verdicts('Repo model meta-llama/Llama-2-7b-hf is gated. You must be authenticated to access it.\n'), [
      'huggingface/gated-repo/null/meta-llama/Llama-2-7b-hf',
    ]);
    assert.ok(nextAnchor('Repo model acme/big-2 is gated. You must be authenticated to access it.') >= 0);
    // Negatives: a sentence about gating with neither the Hub's words nor a repo id, and the words without their capital.
    assert.deepEqual(verdicts('The model is gated. You must accept the terms on the website first.\n'), []);
    assert.equal(nextAnchor('the garden is gated. you must close it'), -1);
  });

  it("Vertex AI's `Publisher Model `publishers/google/models/…`` names the model though the path starts bare", () => {
    assert.deepEqual(verdicts('google.api_core.exceptions.NotFound: 404 Publisher Model `publishers/google/models/text-bison` is not found.\n'), [
      'google/model-access/404/text-bison',
    ]);
    // Negative control: `publishers` inside a longer segment (`our-publishers/…`) is no Vertex path: the same refusal, no model.
    assert.deepEqual(verdicts('google.api_core.exceptions.NotFound: 404 Publisher Model `our-publishers/google/models/text-bison` is not found.\n'), [
      'google/model-access/404/null',
    ]);
  });

  it("Hugging Face's message lines, then the traceback that raised them, are one report (the traceback has no exception line)", () => {
    const gated = 'Cannot access gated repo for url https://huggingface.co/api/models/acme/big-2/revision/main.\n';
    const trace = 'Traceback (most recent call last):\n  File "/root/app/generate.py", line 221, in main\n    bot = build(config)\n';
    assert.deepEqual(verdicts(gated + 'Repo model acme/big-2 is gated. You must be authenticated to access it.\n' + trace), [
      'huggingface/gated-repo/null/acme/big-2',
    ]);
    assert.deepEqual(verdicts(gated + 'Access to model acme/big-2 is restricted. You must have access to it.\n' + trace), [
      'huggingface/gated-repo/null/acme/big-2',
    ]);
    // Negative control: a line that is another report (not the message's rest) is still read on its own.
    assert.deepEqual(
      verdicts(gated + 'Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.\n' + trace),
      ['huggingface/gated-repo/null/acme/big-2', 'openai/invalid-token/null/null'],
    );
  });

  it("transformers' `owner/name is not a local folder … valid model identifier` with its private-repo hint is a refused Hub repo", () => {
    const hint = ' If this is a private repository, make sure to pass a token having permission to this repo with `use_auth_token`\n';
    const line = (id: string): string => `OSError: ${id} is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'\n`;
    assert.deepEqual(verdicts(line('meta-llama/Llama-2-13b-hf') + hint), ['huggingface/model-access/null/meta-llama/Llama-2-13b-hf']);
    // Negatives: an id without its owner and a path (a typo, a missing folder), and the line without the hint.
    assert.deepEqual(verdicts(line('bert-base-uncased2') + hint), []);
    assert.deepEqual(verdicts(line('./models/llama-2') + hint), []);
    assert.deepEqual(verdicts(line('meta-llama/Llama-2-13b-hf')), []);
  });
});
