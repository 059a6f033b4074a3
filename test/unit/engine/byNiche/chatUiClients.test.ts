import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on self-hosted chat UIs and desktop/terminal chat clients
// (Open WebUI, LibreChat, Chatbox, LobeChat, Jan, tgpt, FlexiGPT…) missed: a relay's envelope that states
// the status only as a status line in one of its fields, around the provider's own error object; and
// axios's response printed field by field, its status alone on the line below the body (STATUS_BELOW_BODY).

describe("chat clients: a relay's envelope stating the status as a status line", () => {
  const envelope = (statusLine: string, code: string, message: string): string =>
    `{"error":{"code":"error","message":{"code":"${code}","message":"${message}","param":null,"type":"invalid_request_error"},"param":null,"type":"${statusLine}"}}`;
  const deactivated =
    'Your OpenAI account has been deactivated, please check your email for more information. If you feel this is an error, contact us through our help center at help.openai.com.';

  it('reads the envelope\'s "401 Unauthorized" as the status of the error object it nests', () => {
    assert.deepEqual(verdicts(envelope('401 Unauthorized', 'account_deactivated', deactivated)), ['openai/account-disabled/401/null']);
    // Below the client's own status line too (tgpt's "Some error has occurred. Statuscode: 401").
    assert.deepEqual(verdicts(`:~$ tgpt hi\nSome error has occurred. Statuscode: 401\n${envelope('401 Unauthorized', 'account_deactivated', deactivated)}\n`), [
      'openai/account-disabled/401/null',
    ]);
  });

  it('a 5xx status line states no client-error status, and a quota body in the same envelope stays silent', () => {
    assert.deepEqual(verdicts(envelope('502 Bad Gateway', 'account_deactivated', deactivated)), ['openai/account-disabled/null/null']);
    assert.deepEqual(
      verdicts(
        envelope(
          '429 Too Many Requests',
          'insufficient_quota',
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        ),
      ),
      [],
    );
  });
});

describe("chat clients: axios's response printed field by field (data, then status alone, then headers)", () => {
  const body = (message: string, code: string): string[] => [
    '[ERROR] AxiosError: {',
    '"error": {',
    `"message": "${message}",`,
    '"type": "invalid_request_error",',
    '"param": null,',
    `"code": "${code}"`,
    '}',
    '}',
  ];
  const headers = ['{', '"content-type": "application/json",', '"connection": "close"', '}', '', 'Request failed with status code 401'];
  const invalid = 'Incorrect API key provided: sk-test-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.';

  it("reads the status printed alone right below the body's closing brace as the body's", () => {
    assert.deepEqual(verdicts([...body(invalid, 'invalid_api_key'), '401', ...headers, ''].join('\n')), ['openai/invalid-token/401/null']);
  });

  it('a number set apart from the body by a blank line is not its status, and a quota body with its 429 stays silent', () => {
    assert.deepEqual(verdicts([...body(invalid, 'invalid_api_key'), '', '401', ''].join('\n')), ['openai/invalid-token/null/null']);
    const quota = 'You exceeded your current quota, please check your plan and billing details.';
    assert.deepEqual(verdicts([...body(quota, 'insufficient_quota'), '429', ...headers.slice(0, 4), ''].join('\n')), []);
  });
});
