import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on output that CI bots and code-review automation printed for a provider's refusal (the
// held-out round on CI actions, PR reviewers and commit-message generators): an action's own checks
// quoted in a pull request's description without the head the job log put above them.

describe('CI review bots: an action’s key check quoted alone', () => {
  it('reads `Either ACME_API_KEY or … is required` quoted without its validation head', () => {
    const line = (key: string): string => `  > Either ${key} or CLAUDE_CODE_OAUTH_TOKEN is required when using direct Anthropic API.\n`;
    assert.deepEqual(verdicts(line('ANTHROPIC_API_KEY')), ['anthropic/missing-token/null/null']);
    // Controls: a variable no provider's pack names, and an instruction that requires nothing.
    assert.deepEqual(verdicts('  > Either ACME_API_KEY or ACME_OAUTH_TOKEN is required when using the direct API.\n'), []);
    assert.deepEqual(verdicts('Set ANTHROPIC_API_KEY or pass --api-key to use this command.\n'), []);
    assert.deepEqual(verdicts('Either GITHUB_TOKEN or GH_TOKEN is required to post the review.\n'), []);
  });
});
