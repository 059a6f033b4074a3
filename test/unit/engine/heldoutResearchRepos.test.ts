import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

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
});
