import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on output that computer-use and desktop-automation agents printed (the held-out round
// on computer-use agents): GUI agents driving a vision model through an OpenAI-compatible client.

describe("computer-use agents: a vendor's refusal of its model or endpoint id", () => {
  const ark = (id: string): string =>
    `Error: 404 The model or endpoint ${id} does not exist or you do not have access to it. Request id: 0217000000000000000000000000000000000000000000000000000\n`;

  it('is silent on the refusal that names a model or an endpoint, however the id is spelt', () => {
    assert.deepEqual(verdicts(ark('ep-20250101000000-abcde')), []);
    assert.deepEqual(verdicts(ark('doubao-1-5-ui-tars-250428')), []);
    assert.deepEqual(verdicts('the model or endpoint doubao-1-5-ui-tars-250428 does not exist or you do not have access to it.\n'), []);
  });

  it("still reads the provider's own refusal of a model, and an app's hint that only mentions a model or endpoint", () => {
    // Controls: the same sentence naming a model alone, and an app's own hint sentence beside it.
    assert.deepEqual(verdicts('Error: 404 The model `gpt-4o` does not exist or you do not have access to it.\n'), ['openai/model-access/404/gpt-4o']);
    assert.deepEqual(
      verdicts(
        'Access denied. The model or endpoint may be unavailable for your account.\nError: 404 The model `gpt-4o` does not exist or you do not have access to it.\n',
      ),
      ['openai/model-access/404/gpt-4o'],
    );
  });
});

describe('computer-use agents: a config check that says the key variable must be a non-empty string', () => {
  it('reads the unset key variable as a missing token', () => {
    assert.deepEqual(verdicts('Error: The OPENAI_API_KEY must be a non-empty string, but got: undefined. Please check your config.\n'), [
      'openai/missing-token/null/null',
    ]);
  });

  it('stays silent when the variable that must be non-empty is not a key', () => {
    // Controls: the same check on a model name or a base URL variable is a config slip, not access.
    assert.deepEqual(verdicts('Error: The OPENAI_MODEL_NAME must be a non-empty string, but got: undefined. Please check your config.\n'), []);
    assert.deepEqual(verdicts('Error: The OPENAI_BASE_URL must be a non-empty string, but got: undefined.\n'), []);
  });
});

describe("computer-use agents: an SDK error class carrying Anthropic's newer unknown-model message", () => {
  it('reads the message after the class name, its suggestion left out of the model id', () => {
    assert.deepEqual(verdicts('AI_APICallError: model: claude-opus-4.7 was not found. Did you mean claude-opus-4-7?\n'), [
      'anthropic/model-access/null/claude-opus-4.7',
    ]);
    assert.deepEqual(verdicts('Error: model: claude-opus-4.7 was not found. Did you mean claude-opus-4-7?\n'), ['anthropic/model-access/null/claude-opus-4.7']);
  });

  it("stays silent on a config line and on an app's own not-found sentence about a model", () => {
    // Controls: a settings dump's `model:` line, and an app's words that only look like the refusal.
    assert.deepEqual(verdicts('model: claude-opus-4.7\nmax_tokens: 4096\n'), []);
    assert.deepEqual(verdicts('ConfigError: model: claude-opus-4-7 was not found in models.yaml\n'), []);
  });
});
