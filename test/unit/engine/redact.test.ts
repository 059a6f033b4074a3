import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { redact } from '../../../src/core/redact';

describe('engine: redaction', () => {
  const cases: Array<[string, string]> = [
    ['key sk-proj-abcdefghij0123456789ab12 end', 'key sk-proj-…ab12 end'],
    ['sk-abcdefghijklmnop1234', 'sk-…1234'],
    ['x-api-key: sk-ant-api03-abcdefgh9876', 'x-api-key: sk-ant-api03-…9876'],
    ['REPLICATE_API_TOKEN=r8_abcdefghijklmnopWXYZ', 'REPLICATE_API_TOKEN=r8_…WXYZ'],
    ['token hf_abcdefghijklmnopqrstu5678.', 'token hf_…5678.'],
    ["'authorization' => { value: 'Bearer r8_test_XXXX' }", "'authorization' => { value: 'Bearer …XXXX' }"],
    ['Authorization: Bearer eyJhbGciOi.abc.def123', 'Authorization: Bearer …f123'],
    ['Incorrect API key provided: sk-test-XXXX.', 'Incorrect API key provided: sk-….'],
  ];
  for (const [input, want] of cases) {
    it(`masks ${input.slice(0, 40)}`, () => assert.equal(redact(input), want));
  }

  it('leaves ordinary text alone and is idempotent', () => {
    for (const s of ['task-force risk-management', 'disk-usage 80%', 'sk- short', 'the r8 engine', '']) assert.equal(redact(s), s);
    const once = redact('sk-proj-abcdefghij0123456789ab12');
    assert.equal(redact(once), once);
  });

  it('redacts what the engine returns', () => {
    const [i] = scanText(`Traceback (most recent call last):
  File "/home/dev/app.py", line 3, in <module>
    client = OpenAI(api_key="sk-proj-abcdefghij0123456789zz99")
  File "/home/dev/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request
    raise self._make_status_error_from_response(err.response) from None
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-abcdefghij0123456789zz99.', 'code': 'invalid_api_key'}}
`);
    assert.equal(i.cause, 'invalid-token');
    assert.ok(!i.message.includes('abcdefghij'), i.message);
    assert.ok(!i.trace.includes('abcdefghij'));
    assert.ok(!JSON.stringify(i.frames).includes('abcdefghij'));
    assert.match(i.message, /sk-proj-…zz99/);
  });
});
