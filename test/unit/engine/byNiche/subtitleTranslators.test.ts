import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

// Subtitle and video translators (Subtitle Edit, GPT-Subtrans, pyVideoTrans…): what their users paste.
const brief = (text: string) => scanText(text).map((i) => ({ provider: i.provider, cause: i.cause, status: i.status, model: i.model }));

const dotnetStack = [
  '   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()',
  '   at Demo.Translate.ChatClient.<Translate>d__19.MoveNext()',
  '--- End of stack trace from previous location where exception was thrown ---',
  '   at System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw()',
  '   at Demo.Translate.Form.<buttonTranslate_Click>d__33.MoveNext()',
];
const modelBody = [
  '{',
  '  "error": {',
  '    "message": "The model `gpt-4o` does not exist or you do not have access to it.",',
  '    "type": "invalid_request_error",',
  '  }',
  '}',
];

describe('subtitle and video translators', () => {
  it('.NET’s status exception above its bare async stack states the status of the body printed under it', () => {
    const withHead = ['Response status code does not indicate success: 404 (Not Found).', ...dotnetStack, ...modelBody].join('\n');
    assert.deepEqual(brief(withHead), [{ provider: 'openai', cause: 'model-access', status: 404, model: 'gpt-4o' }]);
    // Control: the same stack and body under a line that states no status.
    const noHead = ['Translation failed.', ...dotnetStack, ...modelBody].join('\n');
    assert.deepEqual(brief(noHead), [{ provider: 'openai', cause: 'model-access', status: null, model: 'gpt-4o' }]);
  });

  it('a masked key that looks like a model id is not the model', () => {
    assert.deepEqual(brief('Incorrect API key provided: gpt-4-11******view'), [{ provider: 'openai', cause: 'invalid-token', status: null, model: null }]);
    // Control: a model id in the label, unmasked, still names the call's model.
    assert.deepEqual(brief('gpt-4o-mini: Incorrect API key provided: sk-abc12***************************************wxyz.'), [
      { provider: 'openai', cause: 'invalid-token', status: null, model: 'gpt-4o-mini' },
    ]);
  });

  it('OpenAI’s early missing-key sentence quoted alone (a blockquote in an issue) is a missing key', () => {
    const early =
      'You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you’re accessing the API from your browser. You can obtain an API key from https://beta.openai.com.';
    assert.deepEqual(brief(`>${early}`), [{ provider: 'openai', cause: 'missing-token', status: null, model: null }]);
    // Control: the same sentence sending the reader to another vendor's key page is that vendor's, not OpenAI's.
    assert.deepEqual(brief(early.replace('https://beta.openai.com', 'https://api.together.xyz/settings/api-keys')), []);
  });

  it('an app’s `Traceback:` label over Python’s own header keeps the frames with the message printed first', () => {
    const body =
      'Exception: API request failed with status code 400: {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "status": "INVALID_ARGUMENT", "details": [{"reason": "API_KEY_INVALID", "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com"}}]}}';
    const trace = [
      'Traceback (most recent call last):',
      '  File "C:\\app\\worker.py", line 30, in run',
      '    result = self.fn()',
      '  File "C:\\app\\pipeline.py", line 99, in translate_image',
      '    self.handler.translate(block)',
    ];
    const frame = (text: string) => scanText(text).map((i) => (i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : null));
    assert.deepEqual(frame([body, '', 'Traceback:', ...trace].join('\n')), ['C:\\app\\pipeline.py:99']);
    // Control: without the label, a traceback below a blank line that ends in no exception line is not the message's.
    assert.deepEqual(frame([body, '', ...trace].join('\n')), [null]);
  });

  it('mechanize’s HTTPError (a class local to a function) states its status, and its relative frames are library code', () => {
    const trace = (transport: string) =>
      [
        'Traceback (most recent call last):',
        '  File "plugins.translator.base", line 196, in get_result',
        '    br.open(request)',
        `  File "${transport}/_mechanize.py", line 313, in _mech_open`,
        'mechanize._response.get_seek_wrapper_class.<locals>.httperror_seek_wrapper: HTTP Error 404: Not Found',
        '',
        '{"error": {"message": "The model `gpt-4o` does not exist or you do not have access to it.", "type": "invalid_request_error", "param": null, "code": "model_not_found"}}',
      ].join('\n');
    const got = (text: string) =>
      scanText(text).map((i) => ({ status: i.status, model: i.model, frame: i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : null }));
    assert.deepEqual(got(trace('mechanize')), [{ status: 404, model: 'gpt-4o', frame: 'plugins.translator.base:196' }]);
    // Control: a relative path in a package the engine does not know stays the user's own.
    assert.deepEqual(got(trace('mytranslator')), [{ status: 404, model: 'gpt-4o', frame: 'mytranslator/_mechanize.py:313' }]);
  });

  it('Azure OpenAI refusing a key whose resource tier lacks the operation (a Translator key) is a key problem', () => {
    const refusal = (api: string) =>
      `[AzureGPT] request failed: Error code: 401 - {'error': {'code': '401', 'message': 'The ChatCompletions_Create Operation under ${api} API version 2023-05-15 is not supported with the current subscription key and pricing tier TextTranslator.S1.'}}`;
    assert.deepEqual(brief(refusal('Azure OpenAI')), [{ provider: 'azure-openai', cause: 'invalid-token', status: 401, model: null }]);
    // Control: the same words about another Azure API name no AI provider.
    assert.deepEqual(brief(refusal('Translator Text')), []);
  });
});
