import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { statusFrom } from '../../../src/core/parse/frames';

// Where output states the HTTP status in shapes the SDKs' own words do not: Azure's string
// `code`, .NET's HttpRequestException, a dump's `code: '401'`, a CLI's glyph before the status.
describe('status shapes', () => {
  it('reads the status from each shape, and nothing from look-alikes', () => {
    assert.equal(statusFrom('{"error":{"code":"401","message":"Access denied due to invalid subscription key"}}'), 401);
    assert.equal(statusFrom('Response status code does not indicate success: 401 (PermissionDenied).'), 401);
    assert.equal(statusFrom('Error in non-streaming fallback: 403 {"type":"error","error":{"type":"permission_error"}}'), 403);
    assert.equal(statusFrom('"errorDetails": { "httpCode": "401" }'), 401);
    // Controls: a provider's word code, a four-digit code.
    assert.equal(statusFrom(`{'error': {'code': 'invalid_api_key'}}`), null);
    assert.equal(statusFrom('{"error":{"code":"1002","message":"x"}}'), null);
    // A provider's exception class printed with the status before its message; controls: no colon after it, a 2xx.
    assert.equal(statusFrom('AcmeException 404: models/acme-3.1-pro is not found for API version v1alpha'), 404);
    assert.equal(statusFrom('IndexOutOfBoundsException 404 times in the last run'), null);
    assert.equal(statusFrom('AcmeException 200: ok'), null);
  });

  it("takes the status from a Node dump's `code: '401'` and from after a CLI's `✖`", () => {
    const dump = [
      'OpenAIError: Access denied due to invalid subscription key or wrong API endpoint.',
      '    at OpenAIStream (webpack-internal:///(api)/./utils/server/index.ts:84:19) {',
      '  type: undefined,',
      "  code: '401'",
      '}',
    ].join('\n');
    assert.deepEqual(
      scanText(dump).map((i) => i.status),
      [401],
    );
    assert.deepEqual(
      scanText('✖ 403 {"error":{"type":"forbidden","message":"Request not allowed"}}\n').map((i) => `${i.provider}/${i.status}`),
      ['anthropic/403'],
    );
    // Control: the glyph before a line that is no provider's error.
    assert.deepEqual(scanText('✖ 403 {"error":{"message":"repository not found"}}\n'), []);
  });
});

describe('model shapes', () => {
  it("takes an Azure deployment from the request URL and a logfmt record's `model=`", () => {
    const azure = [
      'APICallError [AI_APICallError]: Access denied due to invalid subscription key or wrong API endpoint.',
      '    at file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:431:14 {',
      "  url: 'https://acme.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-02-15-preview',",
      '  statusCode: 401,',
      '}',
    ].join('\n');
    assert.deepEqual(
      scanText(azure).map((i) => `${i.provider}/${i.model}`),
      ['azure-openai/gpt-4o-mini'],
    );
    const logfmt = 'ts=2026-03-25T07:27:01Z level=warn model=claude-haiku-4-5 provider=anthropic error="HTTP 401 authentication_error: Invalid bearer token"\n';
    assert.deepEqual(
      scanText(logfmt).map((i) => `${i.provider}/${i.model}`),
      ['anthropic/claude-haiku-4-5'],
    );
    // Control: another key that ends in `model=` is not the model.
    assert.deepEqual(
      scanText(logfmt.replace('model=', 'fallback_model=')).map((i) => i.model),
      [null],
    );
  });
});

describe('report phrases', () => {
  it("gemini-cli's `[API Error: User location is not supported …]` is a report, wrapped or not; a 429 in the same shape is not", () => {
    const line = '✕ [API Error: User location is not supported for the API use. (Status: FAILED_PRECONDITION)]';
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}`);
    assert.deepEqual(read(line + '\n'), ['google/unsupported-region']);
    assert.deepEqual(read(line.replace('(Status: ', '(Status: \n  ') + '\n'), ['google/unsupported-region']);
    assert.deepEqual(read(' [API Error: got status: 429 Too Many Requests. Please wait and try again later.]\n'), []);
  });
});

describe('heads and bodies apart', () => {
  it("aiohttp's `401, message='Unauthorized'`; a status head, a blank line, then the body: one report", () => {
    assert.equal(statusFrom("401, message='Unauthorized', url=URL('https://api.openai.com/v1/chat/completions')"), 401);
    const continued = [
      'Error: HTTP 401 Unauthorized from https://api.openai.com/v1/chat/completions',
      '',
      '{',
      '  "error": {',
      '    "message": "Incorrect API key provided: sk-XXXX.",',
      '    "code": "invalid_api_key"',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(
      scanText(continued).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['openai/invalid-token/401'],
    );
    // Control: a head without a status keeps the body apart: the body alone is read, with no status.
    assert.deepEqual(
      scanText(continued.replace('HTTP 401 Unauthorized from', 'request to')).map((i) => i.status),
      [null],
    );
  });

  it("reads a Go CLI's `[404:invalid_request_error]` tag; a slice or a 2xx tag is no status", () => {
    assert.equal(statusFrom('Error: [404:invalid_request_error] The model: `gpt-4` does not exist'), 404);
    assert.equal(statusFrom('items[1:2] and [200:ok]'), null);
  });

  it("go-openai's errors logged after a program's words are reports; the same words with another vendor's body are not", () => {
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
    assert.deepEqual(
      read(
        'CreateChatCompletion Failed err=error, status code: 404, message: The model gpt-4-32k does not exist or you do not have access to it. Learn more: https://help.openai.com/en/articles/7102672-how-can-i-access-gpt-4\n',
      ),
      ['openai/model-access/404/gpt-4-32k'],
    );
    // Its older wording, the id in backticks, with no status.
    assert.deepEqual(read('error: The model: `gpt-4` does not exist\n'), ['openai/model-access/null/gpt-4']);
    // Controls: a file that does not exist, and a 404 from a service that is no provider.
    assert.deepEqual(read('error: The file: `config.yaml` does not exist\n'), []);
    assert.deepEqual(read('GetUser Failed err=error, status code: 404, message: user 42 not found. Learn more: https://help.example.com/404\n'), []);
  });

  it("OpenAI's older refusal names its legacy models too (`code-davinci-002`); the same words for another vendor's model name no provider", () => {
    const rust = (model: string) =>
      `Error: ApiError(ApiError { message: "The model: \`${model}\` does not exist", type: "invalid_request_error", param: None, code: Some(String("model_not_found")) })\n`;
    assert.deepEqual(
      scanText(rust('code-davinci-002')).map((i) => `${i.provider}/${i.cause}/${i.model}`),
      ['openai/model-access/code-davinci-002'],
    );
    assert.deepEqual(scanText(rust('llama-3-70b-instruct')), []);
  });

  it("reads a Java app's upper-case `ERROR CODE: 404` and a body printed as a Java Map; a rate limit in either shape says nothing", () => {
    const read = (text: string) => scanText(`${text}\n`).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
    assert.deepEqual(
      read(
        'Gemini translation request failed! Trying again.. (ERROR CODE: 404 | MESSAGE: models/gemini-pro is not found for API version v1, or is not supported for generateContent.)',
      ),
      ['google/model-access/404/gemini-pro'],
    );
    assert.deepEqual(read('Getting the Error generating response, {error={code=404, message=Resource not found}}'), [
      'azure-openai/destination-not-found/404/null',
    ]);
    // Controls: the same shapes carrying a rate limit, and a Map whose code is no HTTP status.
    assert.deepEqual(
      read('Gemini translation request failed! Trying again.. (ERROR CODE: 429 | MESSAGE: Resource has been exhausted (e.g. check quota).)'),
      [],
    );
    assert.deepEqual(read('Getting the Error generating response, {error={code=429, message=Rate limit is exceeded. Try again in 30 seconds.}}'), []);
    assert.equal(statusFrom('{error={code=1002, message=x}}'), null);
  });

  it("reads a gateway's bracketed upstream status before a colon, not a message that states none", () => {
    const disabled = 'Cloud Code Private API has not been used in project 132337893218 before or it is disabled';
    assert.deepEqual(
      scanText(`403 [403]: ${disabled}\n`).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['google/api-not-enabled/403'],
    );
    // Control: the same refusal with no status stated.
    assert.deepEqual(
      scanText(`${disabled}\n`).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['google/api-not-enabled/null'],
    );
  });
});
