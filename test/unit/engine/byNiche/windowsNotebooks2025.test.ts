import * as assert from 'node:assert/strict';
import { located } from '../helpers';

// httpx's status error as LiteLLM's Gemini client raises it in a Windows venv (`uv run` in PowerShell).
const httpxTrace = (url: string) =>
  [
    'Traceback (most recent call last):',
    '  File "C:\\Users\\dev\\proj\\.venv\\Lib\\site-packages\\httpx\\_models.py", line 829, in raise_for_status',
    '    raise HTTPStatusError(message, request=request, response=self)',
    `httpx.HTTPStatusError: Client error '400 Bad Request' for url '${url}'`,
    'For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/400',
    '',
  ].join('\n');

describe('held-out Windows and notebook posts (2025-2026)', () => {
  it("reads the Gemini API's key parameter sent as None as a missing key", () => {
    const url = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash-exp:generateContent';
    assert.deepEqual(located(httpxTrace(`${url}?key=None`)), [
      { provider: 'google', cause: 'missing-token', status: 400, model: 'gemini-2.0-flash-exp', userFrame: null },
    ]);
    assert.equal(located(httpxTrace(`${url}?alt=sse&key=undefined`))[0]?.cause, 'missing-token');
    // Controls: a key that is set is no missing key, and a `key=None` on a host that is no AI API is nothing.
    assert.notEqual(located(httpxTrace(`${url}?key=AIzaXXXX`))[0]?.cause, 'missing-token');
    assert.notEqual(located(httpxTrace(`${url}?key=Nonesuch`))[0]?.cause, 'missing-token');
    assert.deepEqual(located(httpxTrace('https://maps.example.com/api/geocode?key=None')), []);
  });

  it("reads transformers' private-repo hint after a printed `\\n` inside a log record's dumped error", () => {
    const id = 'acme/Qwen3-4B-GGUF';
    const hint = 'If this is a private repository, make sure to pass a token having permission to this repo';
    const record = (between: string) =>
      JSON.stringify({
        level: 'warning',
        event: `Vision check failed for '${id}': ${JSON.stringify({ error: `${id} is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'${between}` })}`,
      });
    assert.deepEqual(located(`${record(`\n${hint}`)}\n`), [{ provider: 'huggingface', cause: 'model-access', status: null, model: id, userFrame: null }]);
    // Controls: the identifier sentence without the hint may be a typo, and another sentence after the `\n` is no hint.
    assert.deepEqual(located(`${record('')}\n`), []);
    assert.deepEqual(located(`${record('\nPlease check the spelling of the name.')}\n`), []);
  });

  it("reads Claude Code's refusal of an API key for web sessions as a credential kind not accepted", () => {
    const refusal =
      'Error: Claude Code web sessions require authentication with a Claude.ai account. API key authentication is not sufficient. Please run /login to authenticate, or check your authentication status with /status.';
    const want = [{ provider: 'anthropic', cause: 'auth-method-disabled', status: null, model: null, userFrame: null }];
    assert.deepEqual(located(`${refusal}\n`), want);
    // Wrapped by a terminal, the same words on two lines.
    assert.deepEqual(located(`${refusal.replace(' API key authentication', '\n  API key authentication')}\n`), want);
    // Control: the documentation's sentence about web sessions, no refusal of a key, is nothing.
    assert.deepEqual(located('Note: Claude Code web sessions require authentication with a Claude.ai account.\n'), []);
  });
});
