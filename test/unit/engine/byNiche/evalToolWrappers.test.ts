import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

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

describe('eval tool shapes: a missing-key sentence quoted without its class', () => {
  it("the Stainless SDKs' `… environment variable is missing or empty` after a user's words names whose key; another service's stays silent", () => {
    const quoted =
      'This throws me an Error: "The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option."\n';
    assert.deepEqual(verdicts(quoted), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts('The ANTHROPIC_API_KEY environment variable is missing or empty; either provide it.\n'), ['anthropic/missing-token/null/null']);
    // Control: an observability platform's own key is no AI provider's.
    assert.deepEqual(verdicts('The COMET_API_KEY environment variable is missing or empty; either provide it.\n'), []);
  });

  it("promptfoo's `API key is not set. Set the … environment variable` quoted alone reads by the variable it names", () => {
    const quoted = '**Actual:** Fails with `"API key is not set. Set the OPENAI_API_KEY environment variable or add apiKey to the provider config."`\n';
    assert.deepEqual(verdicts(quoted), ['openai/missing-token/null/null']);
    // Control: a gateway's variable (LiteLLM proxy) or a tracing service's names none of the providers.
    assert.deepEqual(verdicts('API key is not set. Set the LITELLM_API_KEY environment variable or add `apiKey` to the provider config.\n'), []);
    assert.deepEqual(verdicts('API key is not set. Set the WANDB_API_KEY environment variable.\n'), []);
  });
});

describe("eval tool shapes: Azure's refusal of a token from another tenant", () => {
  it("`Tenant provided in token does not match resource token` after a tool's words is an Azure OpenAI token refusal; a sibling service's stays silent", () => {
    const graded = 'API response error: Tenant provided in token does not match resource token.\nToken tenant f3211d0e does not match resource tenant.\n';
    assert.deepEqual(verdicts(graded), ['azure-openai/invalid-token/null/null']);
    // Control: the same words from Azure Speech (its token endpoint named) are no Azure OpenAI refusal.
    const speech =
      'API response error: Tenant provided in token does not match resource token. https://myspeech.cognitiveservices.azure.com/sts/v1.0/issueToken\n';
    assert.deepEqual(verdicts(speech), []);
  });
});
