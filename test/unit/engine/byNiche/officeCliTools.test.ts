import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { joinPieces } from '../../../../src/core/scan/hardWrap';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('engine: office add-ins and CLI tools from the held-out round', () => {
  it("Apps Script's UrlFetchApp states the status as `returned code N`; a host that is no provider's is no incident", () => {
    const fetchFailed = (host: string): string =>
      `Exception: Request failed for ${host} returned code 401. Truncated server response: { "error": { "message": "Incorrect API key provided: [sk-abc*****7su]. You can find your API key a... (use muteHttpExceptions option to examine full response)\n`;
    assert.deepEqual(read(fetchFailed('https://api.openai.com')), ['openai/invalid-token/401/null']);
    assert.deepEqual(
      read(`Exception: Request failed for https://www.googleapis.com returned code 401. Truncated server response: { "error": { "code": 401 } }\n`),
      [],
    );
  });

  it("a text utility's `Message from … (code N): …` states the status in brackets; a non-AI service's message in the same words is none", () => {
    const message = (from: string, body: string): string => `Message from ${from} (code 401): ${body}\n`;
    assert.deepEqual(read(message('OpenAI', "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.")), [
      'openai/missing-token/401/null',
    ]);
    assert.deepEqual(read(message('Notion', 'API token is invalid.')), []);
  });

  it("Go's go-anthropic error names Anthropic; its bare `Not Found` is a path, a rate limit in the same words is none", () => {
    const goError = (type: string, message: string, status: number): string =>
      `Messages stream error, type: ${type}, message: ${message}error, status code: ${status}, message: anthropic api error type: ${type}, message: ${message}\n`;
    assert.deepEqual(read(goError('not_found_error', 'Not Found', 404)), ['anthropic/destination-not-found/404/null']);
    assert.deepEqual(read(goError('rate_limit_error', 'Number of requests has exceeded your rate limit', 429)), []);
  });

  it("a log line restating a Python exception right below its closed body is a report of its own; a line without a status stays the message's", () => {
    const body =
      "{'error': {'message': 'Incorrect API key provided: abc***s8. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";
    const head = `  File "C:\\app\\Lib\\site-packages\\openai\\_base_client.py", line 1020, in _request\n    raise self._make_status_error_from_response(err.response) from None\nopenai.AuthenticationError: Error code: 401 - ${body}\n`;
    assert.deepEqual(read(`${head}Updating from thread EXCEPTION: Error code: 401 - ${body}\nState updated: idle\n`), [
      'openai/invalid-token/401/null',
      'openai/invalid-token/401/null',
    ]);
    assert.deepEqual(read(`${head}State updated: idle\n`), ['openai/invalid-token/401/null']);
  });

  it('Azure: a deployment base URL ending at the deployment names the model; the deployments list names none', () => {
    const dump = (endpoint: string): string =>
      `{\n  "endpoint": "${endpoint}",\n  "error": {\n    "code": "DeploymentNotFound",\n    "message": "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."\n  }\n}\n`;
    assert.deepEqual(read(dump('https://acme.openai.azure.com/openai/deployments/gpt-35-turbo')), ['azure-openai/model-access/null/gpt-35-turbo']);
    assert.deepEqual(read(dump('https://acme.openai.azure.com/openai/deployments?api-version=2023-05-15')), ['azure-openai/model-access/null/null']);
  });

  it("pieces an app wrapped inside its gutter lose the gutter's indent when joined; other pieces keep their spaces", () => {
    const join = (text: string): string => joinPieces(text, 0, text.length);
    assert.equal(join('    "reason":"API_KEY_INV\n    ALID","domain"'), '    "reason":"API_KEY_INVALID","domain"');
    assert.equal(join('  ⎿ API Error: 400 {"error":{"mes\n    sage":"x"}}'), '  ⎿ API Error: 400 {"error":{"message":"x"}}');
    assert.equal(join('\x1b[31m    "API_KEY_INV\x1b[0m\n\x1b[31m    ALID"\x1b[0m'), '\x1b[31m    "API_KEY_INV\x1b[0m\x1b[31mALID"\x1b[0m');
    // Deeper than the gutter (the text's own spaces), or no indent on the first piece: joined as they are.
    assert.equal(join('    a b c\n      d'), '    a b c      d');
    assert.equal(join('abc\n    def'), 'abc    def');
    const wrapped = [
      '> 1',
      '  ⎿ API Error: 400 {"error":{"code":400,"message":"API key not valid. ',
      '    Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"',
      '    @type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INV',
      '    ALID","domain":"googleapis.com","metadata":{"service":"generativelangua',
      '    ge.googleapis.com"}},{"@type":"type.googleapis.com/google.rpc.Localized',
      '    Message","locale":"en-US","message":"API key not valid. Please pass a ',
      '    valid API key."}]}}',
      '',
    ].join('\n');
    assert.deepEqual(read(wrapped), ['google/invalid-token/400/null']);
  });
});
