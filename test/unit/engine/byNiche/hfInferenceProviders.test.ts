import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes from Hugging Face Inference Providers users' posts (the router, huggingface.js, token scopes).
describe('Hugging Face Inference Providers held-out shapes', () => {
  const nm = '/Users/a/bot/node_modules/@huggingface/inference/dist/index.cjs';
  const trace = (message: string): string =>
    [
      `Error in userMessage: Error: ${message}`,
      `    at makeRequestOptions (${nm}:1473:11)`,
      '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
      `    at async chatCompletion (${nm}:2021:30)`,
      '    at async userMessage (/Users/a/bot/app.js:115:29)',
      '',
    ].join('\n');

  it('reads huggingface.js finding no Inference Provider for the model as model access, with the model', () => {
    const found = scanText(trace('We have not been able to find inference provider information for model Qwen/Qwen2.5-Coder-32B-Instruct.'));
    assert.deepEqual(
      found.map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`),
      ['huggingface/model-access/null/Qwen/Qwen2.5-Coder-32B-Instruct'],
    );
    assert.equal(found[0]?.userFrame?.file, '/Users/a/bot/app.js');
    // Control: the same client's error that is no access problem (a bad argument) stays silent.
    assert.deepEqual(brief(trace('Invalid inference output: Expected Array<{generated_text: string}>.')), []);
  });

  it('reads the same sentence quoted alone, without the frames that name the client', () => {
    assert.deepEqual(brief('Error: We have not been able to find inference provider information for model meta-llama/Llama-3.2-3B.\n'), [
      'huggingface/model-access/null/meta-llama/Llama-3.2-3B',
    ]);
    // Control: another client's missing-provider words name no provider.
    assert.deepEqual(brief('Error: We have not been able to find a provider for this request.\n'), []);
  });
});

describe('Hugging Face Hub refusals as terminals wrap them', () => {
  const report = (outer: string): string =>
    [
      '  File "/root/env/lib/python3.11/site-packages/huggingface_hub/utils/_errors.py", ',
      'line 333, in hf_raise_for_status',
      '    raise HfHubHTTPError(str(e), response=response) from e',
      'huggingface_hub.utils._errors.HfHubHTTPError: 403 Client Error: Forbidden for url: ',
      'https://huggingface.co/api/models/mistralai/Mistral-7B-v0.1/revision/main (Request ID: ',
      'Root=1-6666ee5f-399cf03367d0ba5c0195c2f8;ade0d03f-5211-4dee-b4ae-fc1a9942aaf6)',
      '',
      'Authorization error.',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      `  File "${outer}", line 492, in handle_input_exception`,
      '    yield',
      '',
    ].join('\n');

  it("reads the Hub's reason under a head wrapped at its URL and request id, and skips Modal's runtime frames", () => {
    const found = scanText(report('/pkg/modal/_container_io_manager.py'));
    assert.deepEqual(
      found.map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`),
      ['huggingface/missing-scopes/403/mistralai/Mistral-7B-v0.1'],
    );
    assert.equal(found[0]?.userFrame, null);
    // Control: the same trace from the user's own file keeps that frame.
    assert.equal(scanText(report('/root/app/train.py'))[0]?.userFrame?.file, '/root/app/train.py');
  });

  it('keeps the plain 403 without the reason line a permission refusal', () => {
    const bare = report('/root/app/train.py').replace('Authorization error.\n', '');
    assert.deepEqual(brief(bare), ['huggingface/permission-denied/403/mistralai/Mistral-7B-v0.1']);
  });
});
