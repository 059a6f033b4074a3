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

describe("eval tool shapes: a result tag before the tool's own missing-key line", () => {
  it("`[FAIL] Error: Acme API key is not set. Set ACME_API_KEY …` names whose key; another service's key and a settings line stay silent", () => {
    const line = '[FAIL] Error: OpenAI API key is not set. Set OPENAI_API_KEY environment variable or pass it as an argument to the constructor.\n';
    assert.deepEqual(verdicts(line), ['openai/missing-token/null/null']);
    assert.deepEqual(
      verdicts('[FAIL] Error: Anthropic API key is not set. Set ANTHROPIC_API_KEY environment variable or pass it as an argument to the constructor.\n'),
      ['anthropic/missing-token/null/null'],
    );
    // Controls: a search tool's key is no AI provider's; `Settings` after the sentence is no instruction to set a key.
    assert.deepEqual(verdicts('[FAIL] Error: Tavily API key is not set. Set TAVILY_API_KEY environment variable.\n'), []);
    assert.deepEqual(verdicts('[PASS] The API key is not set. Settings were saved.\n'), []);
  });
});

describe("eval tool shapes: a gateway's own refusal raised through a provider's SDK", () => {
  it("`openai.AuthenticationError: Acme gateway error: … Invalid API Key` is the gateway's; the provider's own words through it stay the provider's", () => {
    const gateway = ['openai.AuthenticationError: Acme gateway error: auth failed', '  [401 Unauthorized]: Invalid API Key ... org: None', ''].join('\n');
    assert.deepEqual(verdicts(gateway), []);
    // Control: the same class and status without a gateway naming itself is the SDK's provider.
    assert.deepEqual(verdicts('openai.AuthenticationError: Error code: 401 - auth failed: Invalid API Key\n'), ['openai/invalid-token/401/null']);
    // Control: a gateway relaying the provider's own words is the provider's refusal.
    const relayed =
      'openai.AuthenticationError: Acme gateway error: Error code: 401 - {"error": {"message": "Incorrect API key provided: sk-abc***wxyz. You can find your API key at https://platform.openai.com/account/api-keys.", "code": "invalid_api_key"}}\n';
    assert.deepEqual(verdicts(relayed), ['openai/invalid-token/401/null']);
  });
});
