import * as assert from 'node:assert/strict';
import { located } from '../helpers';

// openai-python 0.x with `openai.log = "debug"` (or a root logger at DEBUG) on a Windows console.
const RESPONSE_RECORD =
  "2023-02-23 10:44:01,464 - openai - DEBUG - message='OpenAI API response' path=https://api.openai.com/v1/engines/text-chat-davinci-002-20230126/completions processing_ms=None request_id=f9f36e0c response_code=404";
const ERROR_RECORD =
  "2023-02-23 10:44:01,466 - openai - INFO - error_code=None error_message='That model does not exist' error_param=None error_type=invalid_request_error message='OpenAI API error received' stream_error=False";
const TRACE = [
  'Traceback (most recent call last):',
  '  File "create_page.py", line 83, in main',
  '    chat_response = chatbot.ask(chat_message_content)',
  '  File "C:\\Users\\dev\\Anaconda3\\lib\\site-packages\\openai\\api_resources\\completion.py", line 25, in create',
  '    return super().create(*args, **kwargs)',
].join('\n');

describe('notebook and Windows console shapes', () => {
  it('reads the status and the engine URL from the response record logged above the error record', () => {
    assert.deepEqual(located(`${RESPONSE_RECORD}\n${ERROR_RECORD}\n${TRACE}\n`), [
      { provider: 'openai', cause: 'model-access', status: 404, model: 'text-chat-davinci-002-20230126', userFrame: 'create_page.py:83' },
    ]);
    // Control: the error record alone states neither.
    assert.deepEqual(located(`${ERROR_RECORD}\n${TRACE}\n`), [
      { provider: 'openai', cause: 'model-access', status: null, model: null, userFrame: 'create_page.py:83' },
    ]);
  });

  it('leaves a response record above other output alone', () => {
    const ok = RESPONSE_RECORD.replace('response_code=404', 'response_code=200');
    assert.deepEqual(located(`${ok}\nINFO - wrote page 12\n`), []);
    // A refused request's record above a line that is no error record: nothing to report either.
    assert.deepEqual(located(`${RESPONSE_RECORD}\nINFO - retrying in 2 s\n`), []);
    // Positive control: the same record above the error record is one incident.
    assert.equal(located(`${RESPONSE_RECORD}\n${ERROR_RECORD}\n`).length, 1);
  });

  it("reads Claude Code's own refusal of the model it was set to", () => {
    const line =
      "There's an issue with the selected model (claude-haiku-4-5-20251001). It may not exist or you may not have access to it. Run /model to pick a different model.";
    assert.deepEqual(located(`${line}\n`), [
      { provider: 'anthropic', cause: 'model-access', status: null, model: 'claude-haiku-4-5-20251001', userFrame: null },
    ]);
    // Controls: the slash command alone, and the sentence about no selected model, are no report.
    assert.deepEqual(located('Tip: Run /model to pick a different model.\n'), []);
    assert.deepEqual(located('The selected model may not exist yet. Run /model to pick a different model.\n'), []);
    // Claude Code pointed at another vendor's Anthropic-compatible endpoint: that vendor answered for its own model.
    const other = (model: string) =>
      `There's an issue with the selected model (${model}). It may not exist or you may not have access to it. Run /model to pick a different model.\n`;
    assert.deepEqual(located(other('glm-4.6')), []);
    assert.deepEqual(located(other('kimi-k2-0905-preview')), []);
    assert.deepEqual(
      located(other('opus')).map((i) => i.provider),
      ['anthropic'],
    );
  });

  it('reads the SDKs\' missing-key message cut short (a title or a log column cut it inside "must be set")', () => {
    const head = 'AuthenticationError: litellm.AuthenticationError: AuthenticationError: OpenAIException - The api_key client option must be s';
    assert.deepEqual(located(`${head}\n`), [{ provider: 'openai', cause: 'missing-token', status: 401, model: null, userFrame: null }]);
    // Positive control: the whole message reads the same.
    assert.deepEqual(located(`${head}et either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable\n`), [
      { provider: 'openai', cause: 'missing-token', status: 401, model: null, userFrame: null },
    ]);
    // Negative control: another client option that must be set is no missing key.
    assert.deepEqual(located('ValueError: The timeout client option must be a number\n'), []);
  });

  it("tells no user frame in a traceback printed with file names only (aider's uncaught-exception report)", () => {
    const tail = `openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project \`proj_abc\` does not have access to model \`gpt-4o\`', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`;
    const stripped = [
      'Traceback (most recent call last):',
      '  File "base.py", line 42, in send',
      '    response = client.chat.completions.create(',
      '  File "_base_client.py", line 1041, in _request',
      '    raise self._make_status_error_from_response(err.response) from None',
      tail,
    ].join('\n');
    assert.equal(located(`${stripped}\n`)[0].userFrame, null);
    // Controls: the user's own script run from its folder keeps its frame, beside full library paths or alone.
    const own = stripped.replace('"_base_client.py"', '"/usr/lib/python3.12/site-packages/openai/_base_client.py"');
    assert.equal(located(`${own}\n`)[0].userFrame, 'base.py:42');
    assert.equal(located(`${stripped.replace('"_base_client.py"', '"client.py"')}\n`)[0].userFrame, 'client.py:1041');
  });

  it('tells one incident for an exception line posted above its own traceback (a summary, then the trace)', () => {
    const line = `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc*****xyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;
    const python = [
      'Traceback (most recent call last):',
      '  File "app.py", line 3, in <module>',
      '    client.models.list()',
      '  File "/venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
      '    raise self._make_status_error_from_response(err.response) from None',
      line,
    ].join('\n');
    const ipython = [
      '---------------------------------------------------------------------------',
      'AuthenticationError                       Traceback (most recent call last)',
      'Cell In[13], line 1',
      '----> 1 client.models.list()',
      '',
      line.replace('openai.AuthenticationError', 'AuthenticationError'),
    ].join('\n');
    assert.deepEqual(located(`${line}\n\n${python}\n`), [{ provider: 'openai', cause: 'invalid-token', status: 401, model: null, userFrame: 'app.py:3' }]);
    assert.deepEqual(located(`${line}\n\n${ipython}\n`), [
      { provider: 'openai', cause: 'invalid-token', status: 401, model: null, userFrame: 'Cell In[13]:1' },
    ]);
    // …also with IPython's unqualified class on the line above.
    assert.equal(located(`${line.replace('openai.AuthenticationError', 'AuthenticationError')}\n\n${ipython}\n`).length, 1);
    // Control: a line that is no exception above the traceback stays out of it, and prose is no report.
    assert.deepEqual(located(`Here is what I get:\n\n${ipython}\n`), [
      { provider: 'openai', cause: 'invalid-token', status: 401, model: null, userFrame: 'Cell In[13]:1' },
    ]);
  });
});
