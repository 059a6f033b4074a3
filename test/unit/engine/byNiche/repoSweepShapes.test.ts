import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { isLibraryFrame } from '../../../../src/core/parse/frames';

// Shapes from SDK and library repositories' issue threads (the repository-sweep round).
describe('repository sweep shapes', () => {
  it("reads a frozen app's relative HTTP-transport frames as library, so the user frame is the app's", () => {
    assert.equal(isLibraryFrame({ file: 'requests\\models.py', line: 1024, function: 'raise_for_status' }), true);
    assert.equal(isLibraryFrame({ file: 'httpx/_client.py', line: 1, function: 'send' }), true);
    // Control: a relative path in the user's own package stays the user's.
    assert.equal(isLibraryFrame({ file: 'tagger\\models.py', line: 12, function: 'load' }), false);
    const trace = [
      'Traceback (most recent call last):',
      '  File "huggingface_hub\\utils\\_http.py", line 406, in hf_raise_for_status',
      '  File "requests\\models.py", line 1024, in raise_for_status',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/acme/tagger/resolve/main/model.pth',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "threading.py", line 1041, in _bootstrap_inner',
      '  File "app_gui.py", line 65, in run_tagger',
      '  File "huggingface_hub\\file_download.py", line 862, in hf_hub_download',
    ].join('\n');
    const [incident] = scanText(trace);
    assert.deepEqual(incident.userFrame && { file: incident.userFrame.file, line: incident.userFrame.line }, { file: 'app_gui.py', line: 65 });
  });

  it("reads the Inference API's Pro-subscription refusal as Hugging Face model access", () => {
    const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
    const chained = [
      'Traceback (most recent call last):',
      '  File "/srv/venv/lib/python3.10/site-packages/huggingface_hub/utils/_errors.py", line 261, in hf_raise_for_status',
      '    response.raise_for_status()',
      'requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api-inference.huggingface.co/models/acme/big-chat',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/srv/venv/lib/python3.10/site-packages/huggingface_hub/utils/_errors.py", line 299, in hf_raise_for_status',
      '    raise BadRequestError(message, response=response) from e',
      'huggingface_hub.utils._errors.BadRequestError:  (Request ID: abc123)',
      '',
      'Bad request:',
      'Model requires a Pro subscription',
    ].join('\n');
    assert.deepEqual(brief(chained), ['huggingface/model-access/400/acme/big-chat']);
    assert.deepEqual(brief('> BadRequestError: Model requires a Pro subscription; check out hf.co/pricing to learn more.\n'), [
      'huggingface/model-access/400/null',
    ]);
    // Control: the same Bad Request for another reason is no access problem.
    assert.deepEqual(brief(chained.replace('Model requires a Pro subscription', 'Input validation error: inputs must have less than 1024 tokens')), []);
  });

  it("does not read a FastAPI `detail` body under openai-python's status line as OpenAI's", () => {
    const trace = (body: string): string =>
      [
        '  File "/srv/venv/lib/python3.11/site-packages/openai/_base_client.py", line 1034, in request',
        '    raise self._make_status_error_from_response(err.response) from None',
        `openai.AuthenticationError: Error code: 401 - ${body}`,
      ].join('\n');
    assert.deepEqual(scanText(trace("{'detail': 'Authentication required'}")), []);
    // Control: OpenAI's own envelope under the same line.
    const [own] = scanText(
      trace("{'error': {'message': 'Incorrect API key provided: sk-abc*****1234.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}"),
    );
    assert.deepEqual([own.provider, own.cause, own.status], ['openai', 'invalid-token', 401]);
  });

  it("reads the Anthropic SDK's newer no-key wording (`api_key, auth_token, or credentials`) as Anthropic's missing key", () => {
    const said = (expected: string): string =>
      `TypeError: "Could not resolve authentication method. Expected ${expected} to be set. Or for one of the \`X-Api-Key\` or \`Authorization\` headers to be explicitly omitted"`;
    const [newer] = scanText(said('one of api_key, auth_token, or credentials'));
    assert.deepEqual([newer.provider, newer.cause], ['anthropic', 'missing-token']);
    // Control: a client's own `Could not resolve …` with no Anthropic words stays silent.
    assert.deepEqual(scanText('TypeError: "Could not resolve authentication method for the webhook."'), []);
  });

  it("reads `<Vendor>'s API key not provided` as that vendor's missing key, one report per failed test", () => {
    const line = (test: string, vendor: string): string =>
      `FAILED tests/evals/test_classify.py::${test} - RuntimeError: ${vendor}'s API key not provided. Pass it as an argument to 'api_key' or set it in your environment: 'export OPENAI_API_KEY=sk-****'`;
    const found = scanText(`${line('test_llm_classify', 'OpenAI')}\n${line('test_classify_tolerance_to_exceptions', 'OpenAI')}\n`);
    assert.deepEqual(
      found.map((i) => `${i.provider}/${i.cause}`),
      ['openai/missing-token', 'openai/missing-token'],
    );
    // Control: the same words for a key that is not a provider's.
    assert.deepEqual(scanText("RuntimeError: Acme's API key not provided. Pass it as an argument to 'api_key'\n"), []);
  });

  it("reads Code Assist's `You don't have access to this model or the model name is invalid` in Gemini CLI's box as model access", () => {
    const box = (message: string): string =>
      [
        '✕ [API Error: [{',
        '    "error": {',
        '      "code": 400,',
        `      "message": "${message}",`,
        '      "status": "INVALID_ARGUMENT"',
        '    }',
        '  }',
        '  ]]',
      ].join('\n');
    const [found] = scanText(box("You don't have access to this model or the model name is invalid"));
    assert.deepEqual([found.provider, found.cause, found.status], ['google', 'model-access', 400]);
    // Control: another INVALID_ARGUMENT in the same box is a bad request, not access.
    assert.deepEqual(scanText(box('Request contains an invalid argument.')), []);
  });
});
