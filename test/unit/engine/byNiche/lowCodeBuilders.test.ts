import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes from low-code LLM app builders and flow editors (the h147 held-out round: Flowise, Langflow, AutoGen Studio…).
describe('Low-code builder held-out shapes', () => {
  it('reads a builder key lookup that found the key in neither place, naming the variable it fell back on', () => {
    const line = (key: string, envVar: string): string =>
      `Error occurred while processing message: ${key} is not present in llm_config or ${envVar} env variable for agent ** primary_assistant**. Update your workflow to provide an api_key to use the LLM\n`;
    assert.deepEqual(verdicts(line('api_key', 'OPENAI_API_KEY')), ['openai/missing-token/null/null']);
    // Controls: a variable none of the packs owns names nobody; a missing setting that is not the key is no access failure.
    assert.deepEqual(verdicts(line('api_key', 'DEEPSEEK_API_KEY')), []);
    assert.deepEqual(verdicts(line('model', 'OPENAI_API_KEY')), []);
    assert.deepEqual(verdicts('Error occurred while processing message: api_key is not present in the cached response; reusing the session token\n'), []);
  });
});
