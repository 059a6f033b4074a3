import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes from business apps' AI features (CRM, ERP, helpdesk, project tools, mail clients): the business-apps held-out round.
describe('Business app held-out shapes', () => {
  it("reads an app's own `Missing API key for provider: <name>` as that provider's missing key, printed alone", () => {
    assert.deepEqual(verdicts('Missing API key for provider: OpenAI\n'), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts('Missing API key for provider: Anthropic\n'), ['anthropic/missing-token/null/null']);
    // Controls: the same words for a service that is none of the packs, or for no service, stay silent.
    assert.deepEqual(verdicts('Missing API key for provider: OpenRouter\n'), []);
    assert.deepEqual(verdicts('Missing API key for the webhook\n'), []);
    assert.deepEqual(verdicts('Error: Missing API Key for OpenRouter.\n'), []);
  });
});
