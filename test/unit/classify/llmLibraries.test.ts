import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status per incident. */
const read = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}`);

describe('LLM libraries and eval harnesses that check for a key themselves', () => {
  it("guidance's assertion for its OpenAI LLM without a key is a missing key; another assertion is not", () => {
    const assertion = (msg: string) => `AssertionError: ${msg}`;
    assert.deepEqual(
      read(
        assertion(
          'You must provide an OpenAI API key to use the OpenAI LLM. Either pass it in the constructor, set the OPENAI_API_KEY environment variable, or create the file ~/.openai_api_key with your key in it.',
        ),
      ),
      ['openai/missing-token/null'],
    );
    assert.deepEqual(read(assertion('You must provide a prompt to use the OpenAI LLM.')), []);
  });

  it("an eval harness's `Please set OPENAI_API_KEY` is a missing key; `Please set` of anything else is not", () => {
    const trace = (msg: string) => `  File "/home/u/harness/eval/eval.py", line 292, in cli_evaluate\n    raise ValueError("${msg}")\nValueError: ${msg}`;
    assert.deepEqual(read(trace('Please set OPENAI_API_KEY')), ['openai/missing-token/null']);
    assert.deepEqual(read(trace('Please set OPENAI_TIMEOUT')), []);
  });

  it("an app's own check naming the key's variable in quotes is a missing key; a quoted non-key variable is not", () => {
    const thrown = (name: string) =>
      `Error: API key "${name}" not found in keys.json or environment variables!\n    at getKey (file:///C:/Users/u/bot/src/utils/keys.js:17:15)\n    at new GPT (file:///C:/Users/u/bot/src/models/gpt.js:15:25)\n`;
    assert.deepEqual(read(thrown('OPENAI_API_KEY')), ['openai/missing-token/null']);
    assert.deepEqual(read(thrown('OPENAI_TIMEOUT')), []);
  });

  it("spacy-llm's warnings line for a REST model without its key is a report; its other warnings are not", () => {
    const warning = (msg: string) => `C:\\Python311\\Lib\\site-packages\\spacy_llm\\models\\rest\\openai\\model.py:25: UserWarning: ${msg}`;
    assert.deepEqual(
      read(
        warning(
          "Could not find the API key to access the OpenAI API. Ensure you have an API key set up via https://platform.openai.com/account/api-keys, then make it available as an environment variable 'OPENAI_API_KEY'.",
        ),
      ),
      ['openai/missing-token/null'],
    );
    assert.deepEqual(read(warning("Could not find the model 'gpt-5-turbo' in the OpenAI API's model list.")), []);
  });
});

describe("Azure OpenAI's API Management front", () => {
  const retry = (body: string) => `openai request failed <class 'openai.NotFoundError'>=Error code: 404 - ${body}. Retries remaining=3.`;

  it("its `{'statusCode': 404, 'message': 'Resource not found'}` body is a wrong destination; another 404 message is not", () => {
    assert.deepEqual(read(retry("{'statusCode': 404, 'message': 'Resource not found'}")), ['azure-openai/destination-not-found/404']);
    assert.deepEqual(read(retry("{'statusCode': 404, 'message': 'Customer not found'}")), []);
  });
});

describe('eval harnesses and structured-output tools that print the request', () => {
  it("OpenAI's refusal of another organization's fine-tuned model is model access, with the id; another reason is not", () => {
    const body = (end: string) =>
      `2025-04-16 19:50:40 - ERROR - __main__ - Error Body Details: {'message': "Model 'ft:gpt-4o-mini-2024-07-18:acme::abc123' ${end}", 'type': 'invalid_request_error', 'param': None, 'code': None}`;
    const withModel = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
    assert.deepEqual(withModel(body('is not a valid model for your organization.')), ['openai/model-access/null/ft:gpt-4o-mini-2024-07-18:acme::abc123']);
    assert.deepEqual(withModel(body('is not a valid model for chat completions.')), []);
  });

  it("BAML's `Request options:` after the error names the model; options without one name none", () => {
    const report = (options: string) =>
      `InvalidAuthentication (401) Request failed with status code: 401 Unauthorized,  {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CSfm5h69cpazhJ2jd6jQY"}  ${options}`;
    const model = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.model}`);
    assert.deepEqual(model(report('Request options: {"model":"claude-opus-4-1-20250805","max_tokens":4096}')), [
      'anthropic/invalid-token/claude-opus-4-1-20250805',
    ]);
    assert.deepEqual(model(report('Request options: {"temperature":0.2,"max_tokens":4096}')), ['anthropic/invalid-token/null']);
  });
});

describe("a Rust struct's Debug print of the failing call (BAML's LLMErrorResponse)", () => {
  const response = (model: string) =>
    `baml_py.internal_monkeypatch.BamlClientHttpError: LLM call failed: LLMErrorResponse { client: "CustomGPT4o", model: ${model}, message: "Request failed with status code: 401 Unauthorized. {\\"error\\": {\\"message\\": \\"Incorrect API key provided: sk-proj-****wxyz. You can find your API key at https://platform.openai.com/account/api-keys.\\", \\"type\\": \\"invalid_request_error\\", \\"param\\": null, \\"code\\": \\"invalid_api_key\\"}}", code: InvalidAuthentication }`;
  const model = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.model}`);

  it('`model: Some("gpt-4o")` names gpt-4o; `model: None` names no model (not `Some` or `None`)', () => {
    assert.deepEqual(model(response('Some("gpt-4o")')), ['openai/invalid-token/gpt-4o']);
    assert.deepEqual(model(response('None')), ['openai/invalid-token/null']);
  });
});
