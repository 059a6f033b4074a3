import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// Research code and benchmarks calling AI APIs from scripts (held-out round h83).
describe('held-out research-repo reports', () => {
  it("reads CAMEL's pre-flight `Missing or empty required API keys` as the named key's missing token", () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "/app/owl/run.py", line 47, in construct_society',
      '    "user": ModelFactory.create(',
      '  File "/usr/local/lib/python3.10/site-packages/camel/utils/commons.py", line 355, in wrapper',
      '    raise ValueError(',
      'ValueError: Missing or empty required API keys in environment variables: OPENAI_API_KEY.',
      'You can obtain the API key from https://platform.openai.com/docs/overview',
    ].join('\n');
    assert.deepEqual(read(trace), ['openai/missing-token/null/null']);
    assert.equal(scanText(trace)[0]?.userFrame?.file, '/app/owl/run.py');
    // Negative control: the same decorator's words for a field that is not a key name no access problem.
    assert.deepEqual(read(trace.replace('required API keys in environment variables: OPENAI_API_KEY', 'required fields: name')), []);
  });

  it("reads the status from an app's `<Name> API 400 Error:` label before the provider's words", () => {
    assert.deepEqual(read('Google Gemini API 400 Error: "User location is not supported"'), ['google/unsupported-region/400/null']);
    // Negative control: a count of API calls before the word errors states no status.
    assert.deepEqual(read('Google Gemini API 400 errors so far: "User location is not supported"'), ['google/unsupported-region/null/null']);
  });

  it("reads Positron's notebook display: the message first, then the cell's frame and its `Hide Traceback` toggle", () => {
    const shown = [
      "AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      'Cell In[16], line 1',
      '----> 1 chat.chat("hello")',
      'Hide Traceback',
      'File ~/.venv/lib/python3.12/site-packages/chatlas/_chat.py:858, in Chat.chat(self, *args)',
      '--> 858     for _ in response:',
      '    859         pass',
    ].join('\n');
    const [incident] = scanText(shown);
    assert.deepEqual(read(shown), ['openai/invalid-token/401/null']);
    assert.deepEqual(incident?.userFrame && { file: incident.userFrame.file, line: incident.userFrame.line }, { file: 'Cell In[16]', line: 1 });
    // Negative control: a line that only names a cell is no frame; the report stays a report without one.
    const prose = [shown.split('\n')[0], 'Cell 16 failed; see above'].join('\n');
    assert.deepEqual(read(prose), ['openai/invalid-token/401/null']);
    assert.equal(scanText(prose)[0]?.userFrame, null);
  });
});
