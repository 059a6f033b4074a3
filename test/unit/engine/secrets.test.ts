// The one masker (src/core/secrets.ts), and every Incident field that leaves the core.
import * as assert from 'node:assert/strict';
import { scanText, toScanRecord } from '../../../src/core/engine';
import { redact, secretEnvValues } from '../../../src/core/secrets';
import { maskSecrets } from '../../../src/core/verify';

// Placeholders only: long enough to look like a value, never a real-looking key.
const HEX32 = '0123456789abcdef0123456789abcdef';
const MISTRAL = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const COHERE = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wxyz';

describe('secrets: redact', () => {
  const cases: Array<[string, string]> = [
    ['key sk-proj-abcdefghij0123456789ab12 end', 'key sk-proj-…ab12 end'],
    ['sk-abcdefghijklmnop1234', 'sk-…1234'],
    ['x-api-key: sk-ant-api03-abcdefgh9876', 'x-api-key: sk-ant-…9876'],
    ['REPLICATE_API_TOKEN=r8_abcdefghijklmnopWXYZ', 'REPLICATE_API_TOKEN=r8_…WXYZ'],
    ['token hf_abcdefghijklmnopqrstu5678.', 'token hf_…5678.'],
    ["'authorization' => { value: 'Bearer r8_test_XXXX' }", "'authorization' => { value: 'Bearer r8_…' }"],
    ['Authorization: Bearer eyJhbGciOi.abc.def123', 'Authorization: Bearer …f123'],
    ['Incorrect API key provided: sk-test-XXXX.', 'Incorrect API key provided: sk-….'],
  ];
  for (const [input, want] of cases) {
    it(`masks ${input.slice(0, 40)}`, () => assert.equal(redact(input), want));
  }

  // Every carrier of issue 11 finding 4: the value goes whatever its shape.
  const carried: Array<[string, string]> = [
    [`api-key: ${HEX32}`, HEX32],
    [`'api-key': '${HEX32}'`, HEX32],
    [`x-api-key: ${MISTRAL}`, MISTRAL],
    [`x-goog-api-key: ${MISTRAL}`, MISTRAL],
    [`Ocp-Apim-Subscription-Key: ${HEX32}`, HEX32],
    [`GET https://example.com/v1beta/models?key=${MISTRAL}&alt=json`, MISTRAL],
    [`GET /v1/x?a=1&api_key=${COHERE}`, COHERE],
    [`callback#access_token=${COHERE}&x=1`, COHERE],
    [`authorization: bearer ${COHERE}`, COHERE],
    [`lowercase bearer ${MISTRAL}`, MISTRAL],
    [`Authorization: Token ${COHERE}`, COHERE],
    [`Authorization: Basic dXNlcjpwYXNzd29yZA==`, 'dXNlcjpwYXNzd29yZA=='],
    [`{"api_key": "${MISTRAL}"}`, MISTRAL],
    [`{'api_key': '${COHERE}'}`, COHERE],
    [`client = Mistral(api_key="${MISTRAL}")`, MISTRAL],
    [`new CohereClient({ token: '${COHERE}' })`, COHERE],
    [`MISTRAL_API_KEY=${MISTRAL}`, MISTRAL],
    [`export CO_API_KEY="${COHERE}"`, COHERE],
    [`os.environ["AZURE_OPENAI_API_KEY"] = "${HEX32}"`, HEX32],
    [`Incorrect API key provided: ${MISTRAL}.`, MISTRAL],
    ['xai key xai-AbCdEfGhIjKl0123', 'AbCdEfGhIjKl0123'],
    ['token ya29.a0AbCdEfGhIjKl0123', 'a0AbCdEfGhIjKl0123'],
    ['{"detail":"bad key:\\nsk-test-abcdef0123"}', 'abcdef0123'],
    ['{"detail":"bad key:\\\\nsk-test-abcdef0123"}', 'abcdef0123'],
    ['MY_KEY_sk-proj-abcdefghij0123456789', 'abcdefghij0123456789'],
    ['OPENAI_KEY_r8_AbCdEfGhIjKlMnOpQr', 'AbCdEfGhIjKlMnOpQr'],
  ];
  for (const [input, secret] of carried) {
    it(`masks the value in ${input.slice(0, 48)}`, () => {
      const out = redact(input);
      assert.ok(!out.includes(secret), out);
      assert.equal(redact(out), out, 'idempotent');
    });
  }

  it('leaves ordinary text alone and is idempotent', () => {
    const plain = [
      'task-force risk-management',
      'disk-usage 80%',
      'sk- short',
      'the r8 engine',
      '',
      'load_hf_model(name)',
      'a bearer credential',
      'Token expired',
      'max_tokens=100',
      'https://example.com/v1/models?alt=json&x=1',
      'request-id: 0123456789abcdef0123456789abcdef',
      'whisk-ai and meta/meta-llama-3-8b-instruct',
      // Function names in a trace's frames that start like a key.
      'File "huggingface_hub/utils/_errors.py", line 286, in hf_raise_for_status',
      'hf_hub_download(repo_id="google/gemma-7b")',
    ];
    for (const s of plain) assert.equal(redact(s), s);
    for (const [input] of [...cases, ...carried]) {
      const once = redact(input);
      assert.equal(redact(once), once, input);
    }
  });

  it('masks a key of lowercase letters only when it has no underscore between words', () => {
    // Controls for the identifier rule above: a random body in one case is still a key.
    // Built here, so no key-shaped literal sits in the repository.
    assert.equal(redact(`token hf_${'abcdefgh'.repeat(4)}`), 'token hf_…efgh');
    assert.equal(redact('token hf_AbCdEfGhIjKlMnOpQrStUvWxYz'), 'token hf_…WxYz');
  });

  it('masks exact known values (stored tokens, own env keys), raw and URL-encoded', () => {
    const own = 'my+own/secret=value';
    const text = `raw ${own} encoded ${encodeURIComponent(own)} other-word`;
    const out = redact(text, [own]);
    assert.ok(!out.includes(own) && !out.includes(encodeURIComponent(own)), out);
    assert.match(out, /other-word/);
    // positive control: without the known value, this odd shape is not a token
    assert.ok(redact(text).includes(own));
  });

  it('collects the values of *_API_KEY / *_TOKEN variables, not of others', () => {
    const values = secretEnvValues({ OPENAI_API_KEY: MISTRAL, HF_TOKEN: COHERE, HOME: '/home/dev', SHORT_TOKEN: '1', PATH: '/usr/bin' });
    assert.deepEqual(values.sort(), [COHERE, MISTRAL].sort());
  });

  it('the verifier masks with the same masker', () => {
    const text = `api-key: ${HEX32} and Bearer ${COHERE}`;
    assert.equal(maskSecrets(text), redact(text));
    assert.ok(!maskSecrets(text).includes(HEX32));
  });
});

describe('secrets: every incident field is masked', () => {
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

  it('a quoted token in "The model `…` does not exist" never becomes the model', () => {
    const trace = (model: string) => `NotFoundError: 404 The model \`${model}\` does not exist or you do not have access to it.
    at APIError.generate (file:///home/dev/app/node_modules/openai/core/error.mjs:50:20)
    at OpenAI.makeStatusError (file:///home/dev/app/node_modules/openai/client.mjs:446:32)
    at async ask (file:///home/dev/app/app.mjs:6:17) {
  status: 404
}
`;
    const [control] = scanText(trace('gpt-5-pro'));
    assert.equal(control?.model, 'gpt-5-pro', 'positive control');
    const [attack] = scanText(trace('sk-proj-abcdefghij0123456789zz99'));
    assert.ok(attack, 'still an incident');
    const record = JSON.stringify(toScanRecord(attack));
    assert.ok(!record.includes('abcdefghij'), record);
    assert.equal(attack.model, null);
  });

  it('an error class that is not a class name is neither kept nor leaks', () => {
    const trace = (last: string) => `Traceback (most recent call last):
  File "/home/dev/app.py", line 3, in <module>
    client.chat.completions.create(model="gpt-4o")
  File "/home/dev/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request
    raise self._make_status_error_from_response(err.response) from None
${last}
`;
    const [control] = scanText(
      trace("openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model gpt-4o', 'code': 'model_not_found'}}"),
    );
    assert.equal(control.errorClass, 'openai.PermissionDeniedError', 'positive control');
    // An interleaved log line where `Class: message` should be.
    const [attack] = scanText(trace(`2024-05-01 12:00:00 worker-2 sent x-api-key=${MISTRAL} status 403 PermissionDeniedError model_not_found openai`));
    assert.ok(attack, 'still an incident');
    assert.equal(attack.errorClass, 'Error');
    assert.ok(!JSON.stringify(toScanRecord(attack)).includes(MISTRAL));
  });
});
