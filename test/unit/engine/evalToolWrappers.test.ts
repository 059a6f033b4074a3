import * as assert from 'node:assert/strict';
import { verdicts } from './helpers';

// Shapes from evaluation and red-team tools (deepeval/deepteam, ragas, promptfoo, Langfuse, PyRIT…)
// that the held-out reading of that niche missed.

describe('eval tool shapes: a judge model with no key configured', () => {
  it('`API key is not configured` is a missing key, wrapped or not; a configured-but-unused setting stays silent', () => {
    const wrapped = [
      '    DeepEvalError: OpenAI API key is not configured. Set OPENAI_API_KEY in your ',
      '    environment or pass `_openai_api_key` to GPTModel(...).',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(wrapped), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts('DeepEvalError: OpenAI API key is not configured.\n'), ['openai/missing-token/null/null']);
    // Control: a logging or tracing setting that is not configured is no credential.
    assert.deepEqual(verdicts('DeepEvalError: OpenAI tracing is not configured. Set OPENAI_LOG in your environment.\n'), []);
  });
});
