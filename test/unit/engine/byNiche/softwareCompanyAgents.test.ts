import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes from multi-agent "software company" and simulation projects and the agents like them (the h150 held-out round).
describe('Software-company agent held-out shapes', () => {
  it('reads a logged head whose message a word-wrapping logger moved to the next line as one report', () => {
    // A Rich-style logger pads each wrapped line to the width; the cut fell right after the class's colon.
    const wrapped = (cls: string, message: string): string =>
      [
        `agent: ERROR: Error running agent: litellm.${cls}:`.padEnd(80),
        `${cls}: ${message}`.padEnd(80),
        'either by passing api_key to the client or by setting the ACME_API_KEY'.padEnd(80),
        'environment variable.',
        '',
      ].join('\n');
    assert.deepEqual(brief(wrapped('AuthenticationError', 'OpenAIException - The api_key client option must be set')), ['openai/missing-token/401/null']);
    // Control: the same wrap around a rate limit stays silent.
    assert.deepEqual(brief(wrapped('RateLimitError', 'OpenAIException - Rate limit reached for requests')), []);
    // Control: a head with a message of its own does not take the exception line below it as its message.
    assert.deepEqual(
      brief('agent: ERROR: step failed: acme.ToolError: no such tool\nAuthenticationError: OpenAIException - The api_key client option must be set\n'),
      ['openai/missing-token/null/null'],
    );
  });
});
