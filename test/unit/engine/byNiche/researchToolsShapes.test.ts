import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on what data, translation and research tools print around a provider's refusal
// (the held-out round on pandas-ai, STORM, paper-qa, Skyvern and the like).

describe('research tools: the provider refusal inside their own logs', () => {
  it("OpenAI's `Invalid URL` refusal of a legacy engines path names the engine the call used", () => {
    const log = (path: string) =>
      `openai : INFO     : error_code=None error_message='Invalid URL (POST /v1/${path})' error_param=None error_type=invalid_request_error message='OpenAI API error received' stream_error=False\n`;
    assert.deepEqual(verdicts(log('engines/gpt-35-turbo-16k/chat/completions')), ['openai/destination-not-found/null/gpt-35-turbo-16k']);
    // Control: the same refusal of a path that names no engine names no model.
    assert.deepEqual(verdicts(log('chat/completions/extra')), ['openai/destination-not-found/null/null']);
  });
});
