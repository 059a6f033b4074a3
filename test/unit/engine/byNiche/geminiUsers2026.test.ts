import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('engine: Gemini users in 2025–2026 posts (held-out round h101)', () => {
  it("a server error around a provider's 401 (LiteLLM's fallback class, a proxy's 500) is the refusal; a server error around a server error is nothing", () => {
    assert.deepEqual(
      read(
        'litellm.InternalServerError: VertexAIException InternalServerError - 401 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.\n',
      ),
      ['google/invalid-token/401/null'],
    );
    assert.deepEqual(
      read(
        "openai.InternalServerError: Error code: 500 - {'error': {'message': 'litellm.AuthenticationError: VertexAIException AuthenticationError - Request had invalid authentication credentials. Received Model Group=gemini-pro\\nAvailable Model Group Fallbacks=None', 'type': None, 'param': None, 'code': '500'}}\n",
      ),
      ['google/invalid-token/401/gemini-pro'],
    );
    // Controls: the same wrappers around a provider's own 500, and a proxy's 500 with no refusal inside.
    assert.deepEqual(read('litellm.InternalServerError: VertexAIException InternalServerError - 500 Internal error encountered.\n'), []);
    assert.deepEqual(
      read(
        "openai.InternalServerError: Error code: 500 - {'error': {'message': 'litellm.APIConnectionError: VertexAIException - Server disconnected', 'code': '500'}}\n",
      ),
      [],
    );
  });

  it("Google's Java SDK: its `ClientException` names Google, its `401 .` (empty status) is the status, a typographic `Exception in thread “main”` is the JVM's head", () => {
    const keys = 'API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal.';
    assert.deepEqual(read(`Exception in thread “main” com.google.genai.errors.ClientException: 401 . ${keys}\n`), ['google/missing-token/401/null']);
    assert.deepEqual(read(`Exception in thread "main" com.google.genai.errors.ClientException: 401 . ${keys}\n`), ['google/missing-token/401/null']);
    // Controls: another package's class of the same name names no provider; a quoted sentence is no head.
    assert.deepEqual(read(`Exception in thread “main” com.acme.genai.errors.ClientException: 401 . ${keys}\n`), []);
    assert.deepEqual(read(`He said “main” com.google.genai.errors.ClientException is thrown for a bad key.\n`), []);
  });

  it("google-auth's `RefreshError: Reauthentication is needed` under Vertex AI's frames is an expired credential; under another Google API's client it is nothing", () => {
    const trace = (lib: string, call: string) =>
      [
        'Traceback (most recent call last):',
        '  File "/home/u/app/main.py", line 12, in <module>',
        `    response = ${call}`,
        `  File "/home/u/.venv/lib/python3.11/site-packages/${lib}", line 407, in run`,
        '    return self._run(',
        'google.auth.exceptions.RefreshError: Reauthentication is needed. Please run `gcloud auth application-default login` to reauthenticate.',
        '',
      ].join('\n');
    assert.deepEqual(read(trace('vertexai/generative_models/_generative_models.py', 'model.generate_content("Hello")')), ['google/invalid-token/null/null']);
    // Control: the same expired sign-in under the Calendar API's client is no AI API's refusal.
    assert.deepEqual(read(trace('googleapiclient/http.py', 'service.events().list().execute()')), []);
  });
});
