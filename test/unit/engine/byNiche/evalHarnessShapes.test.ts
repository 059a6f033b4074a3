import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { verdicts } from '../helpers';

// Shapes from evaluation harnesses and paper code (lm-evaluation-harness, evalchemy, AlpacaEval…)
// that the held-out reading of that niche missed.

describe('eval harness shapes: a harness asking for the key before any request', () => {
  it('`ValueError: Please set OPENAI_API_KEY` is a missing key; a hint to set it correctly after a 401 is not', () => {
    const trace = [
      '  File "/home/u/evalchemy/eval/eval.py", line 292, in cli_evaluate',
      '    raise ValueError("Please set OPENAI_API_KEY")',
      'ValueError: Please set OPENAI_API_KEY',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(trace), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts('ValueError: Incorrect API key provided: sk-abc. Please set OPENAI_API_KEY correctly\n'), ['openai/invalid-token/null/null']);
    // A setting that is not a credential stays silent.
    assert.deepEqual(verdicts('ValueError: Please set OPENAI_API_TYPE\n'), []);
  });
});

describe('eval harness shapes: torchrun worker ranks', () => {
  it("a worker's trace behind `[rank0]: ` reads as the trace; a rank's non-access error stays silent", () => {
    const trace = [
      '[rank0]: Traceback (most recent call last):',
      '[rank0]:   File "/home/u/run_eval.py", line 12, in <module>',
      '[rank0]:     tok = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B")',
      '[rank0]:   File "/usr/lib/python3.10/site-packages/transformers/utils/hub.py", line 420, in cached_file',
      '[rank0]:     raise EnvironmentError(',
      '[rank0]: OSError: You are trying to access a gated repo.',
      '[rank0]: Make sure to have access to it at https://huggingface.co/meta-llama/Llama-3.1-8B.',
      '[rank0]: 401 Client Error. (Request ID: Root=1-abc)',
      '',
    ].join('\n');
    const [incident, ...rest] = scanText(trace);
    assert.equal(rest.length, 0);
    assert.deepEqual([incident.provider, incident.cause, incident.status, incident.model], ['huggingface', 'gated-repo', 401, 'meta-llama/Llama-3.1-8B']);
    assert.deepEqual(incident.userFrame && [incident.userFrame.file, incident.userFrame.line], ['/home/u/run_eval.py', 12]);
    assert.deepEqual(verdicts('[rank1]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB\n'), []);
  });
});

describe('eval harness shapes: the app names the API it called', () => {
  it("`Qwen API request failed: Incorrect API key provided.` is DashScope's answer; OpenAI's named the same way is OpenAI's", () => {
    assert.deepEqual(verdicts('2025-07-01 00:33:59 - llmcelltype - INFO - ERROR: Qwen API request failed: Incorrect API key provided. \n'), []);
    assert.deepEqual(
      verdicts(
        '2025-07-01 00:33:59 - llmcelltype - INFO - ERROR: OpenAI API request failed: Incorrect API key provided: sk-abc***wxyz. You can find your API key at https://platform.openai.com/account/api-keys.\n',
      ),
      ['openai/invalid-token/null/null'],
    );
  });
});
