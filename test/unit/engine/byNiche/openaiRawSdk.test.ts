import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

const AZURE_STACK = [
  '    at Function.generate (/app/node_modules/@langchain/openai/node_modules/openai/src/error.ts:82:14)',
  '    at AzureOpenAI.makeStatusError (/app/node_modules/@langchain/openai/node_modules/openai/src/core.ts:435:21)',
  '    at AzureOpenAI.makeRequest (/app/node_modules/@langchain/openai/node_modules/openai/src/core.ts:499:24)',
];

// Raw openai SDK output as posted (held-out round h58).
describe('held-out raw openai SDK reports', () => {
  it("LangChain JS's troubleshooting link between a head and its stack belongs to that head, and names no cause of its own", () => {
    const link = 'Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND/';
    const dump = (message: string): string[] => [
      '    at async RetryOperation._fn (/app/node_modules/p-retry/index.js:50:12) {',
      '  status: 404,',
      `  error: { code: '404', message: '${message}' },`,
      "  lc_error_code: 'MODEL_NOT_FOUND'",
      '}',
    ];
    const resourceGone = ['NotFoundError: 404 Resource not found', '', link, '', ...AZURE_STACK, ...dump('Resource not found')].join('\n');
    assert.deepEqual(read(resourceGone), ['azure-openai/destination-not-found/404/null']);
    assert.equal(scanText(resourceGone)[0].errorClass, 'NotFoundError');
    // Positive control for the cause: a missing deployment under the same link is the model's.
    const noDeployment = [
      'NotFoundError: 404 The API deployment for this resource does not exist.',
      '',
      link,
      '',
      ...AZURE_STACK,
      ...dump('The API deployment for this resource does not exist.'),
    ].join('\n');
    assert.deepEqual(read(noDeployment), ['azure-openai/model-access/404/null']);
    // Negative control: another line after the blank (not the link) does not join the head's report.
    const other = ['NotFoundError: 404 Resource not found', '', 'Something else happened here', '', ...AZURE_STACK].join('\n');
    assert.notEqual(scanText(other)[0]?.errorClass, 'NotFoundError');
  });

  it("openai-node's error dump with unquoted keys states Azure's missing resource", () => {
    const head = ['Error: request failed', ...AZURE_STACK.map((l) => l.replace('/@langchain/openai/node_modules', ''))];
    const text = (message: string): string =>
      [...head.slice(0, -1), `${head[head.length - 1]} {`, '  status: 404,', `  error: { code: '404', message: '${message}' },`, '}'].join('\n');
    assert.deepEqual(read(text('Resource not found')), ['azure-openai/destination-not-found/404/null']);
    // Negative control: another message under the same code is not read as a missing resource.
    assert.notDeepEqual(read(text('Deployment gone')), ['azure-openai/destination-not-found/404/null']);
  });

  it("reads the status a tool's label puts before a body with two spaces between (`Error from OpenAI: 404  {`)", () => {
    const body = ['{', '    "error": {', '        "message": "The model: `gpt-4` does not exist",', '        "code": "model_not_found"', '    }', '}'];
    const report = (label: string): string => [`${label}  ${body[0]}`, ...body.slice(1)].join('\n');
    assert.deepEqual(read(report('Error from OpenAI: 404')), ['openai/model-access/404/gpt-4']);
    // Negative control: a number that is no status before the body states none.
    assert.deepEqual(read(report('Error from OpenAI: 1404')), ['openai/model-access/null/gpt-4']);
  });

  it("openai-python 0.x's 2021 missing-key wording is raised before any request: no status", () => {
    const hint =
      'openai.error.AuthenticationError: No API key provided. (HINT: set your API key using in code using "openai.api_key = <API-KEY>", or you can set the environment variable OPENAI_API_KEY=<API-KEY>). You can generate API keys in the OpenAI web interface. See https://onboard.openai.com for details, or email support@openai.com if you have any questions.';
    assert.deepEqual(read(hint), ['openai/missing-token/null/null']);
    // Positive control for the class's status: a refusal the API sent keeps the 401 the class implies.
    assert.deepEqual(
      read(
        'openai.error.AuthenticationError: Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.',
      ),
      ['openai/invalid-token/401/null'],
    );
  });

  it("OpenAI's retired-model refusal quoted alone is a report; another tool's deprecation notice is not", () => {
    const retired = 'The model `gpt-4-vision-preview` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations';
    assert.deepEqual(read(['UI Sketcher: Unable to create completion', `404 ${retired}`].join('\n')), ['openai/model-access/404/gpt-4-vision-preview']);
    assert.deepEqual(read(`"${retired}"\ntype: "invalid_request_error"`), ['openai/model-access/null/gpt-4-vision-preview']);
    // Negative control: a library's own deprecation notice in the same words names no provider's refusal.
    assert.deepEqual(read('Error: The option `gpt-style` has been deprecated, use `style` instead.'), []);
  });
});
