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

describe('CI review bots: a coding CLI’s start-up check in a CI step', () => {
  it('reads `Please set an Auth method in your …/settings.json or specify …` with or without an `Error:` head', () => {
    const line = (vars: string): string =>
      `Please set an Auth method in your /home/runner/.gemini/settings.json or specify one of the following environment variables before running: ${vars}\n`;
    assert.deepEqual(verdicts(line('GEMINI_API_KEY, GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_GENAI_USE_GCA')), ['google/missing-token/null/null']);
    assert.deepEqual(verdicts(`Error: ${line('GEMINI_API_KEY, GOOGLE_GENAI_USE_VERTEXAI')}`), ['google/missing-token/null/null']);
    // Control: variables no provider's pack names.
    assert.deepEqual(verdicts(line('ACME_API_KEY, ACME_USE_CLOUD')), []);
  });
});

describe('CI review bots: a cloud’s refusal behind a provider’s client', () => {
  it('leaves AWS’s signature refusal behind Claude Code’s `Failed to authenticate. API Error: 403` unflagged', () => {
    const head = 'Error: Action failed with error: SDK execution error: Error: Claude Code returned an error result: Failed to authenticate. API Error: 403 ';
    assert.deepEqual(verdicts(`${head}Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter.\n`), []);
    // Control: the provider's own refusal in the same frame stays the provider's.
    assert.deepEqual(
      verdicts(
        `${head}{"type":"error","error":{"type":"permission_error","message":"OAuth authentication is currently not allowed for this organization."}}\n`,
      ),
      ['anthropic/auth-method-disabled/403/null'],
    );
  });
});

describe('CI review bots: an organization turning off a way to sign in, quoted alone', () => {
  it('reads `Your organization has disabled … subscription access …` without an `Error` head', () => {
    assert.deepEqual(
      verdicts(
        '> Your organization has disabled Claude subscription access for Claude Code · Use an Anthropic API key instead, or ask your admin to enable access\n',
      ),
      ['anthropic/auth-method-disabled/null/null'],
    );
    // Controls: the same words about another vendor's tool, and about creating keys.
    assert.deepEqual(
      verdicts('> Your organization has disabled Copilot Chat in the IDE · Use a GitHub API key instead, or ask your admin to enable access\n'),
      [],
    );
    assert.deepEqual(verdicts('Your organization has disabled personal API key creation · Ask your admin to enable access\n'), []);
  });
});
