import * as assert from 'node:assert/strict';
import { verdicts } from './helpers';

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
