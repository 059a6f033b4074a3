import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes from DevOps, data and security assistants (k8sgpt, HolmesGPT, text-to-SQL tools, pentest agents, review bots).
describe('Ops, data and security assistants held-out shapes', () => {
  it("reads Azure's 404 as go-openai prints it once k8sgpt names its azureopenai backend", () => {
    const line = (backend: string, version = ''): string =>
      `Error: failed while calling AI provider ${backend}: error, status code: 404, ${version}message: Resource not found\n`;
    assert.deepEqual(verdicts(line('azureopenai')), ['azure-openai/destination-not-found/404/null']);
    assert.deepEqual(verdicts(line('azureopenai', 'status: 404 Not Found, ')), ['azure-openai/destination-not-found/404/null']);
    // Controls: the same words from a backend that is none of the packs, or from OpenAI's own, say nothing.
    assert.deepEqual(verdicts(line('localai')), []);
    assert.deepEqual(verdicts(line('openai')), []);
  });

  it("reads a key variable said to be not available as a missing key, after a review bot's own words", () => {
    const line = (what: string): string =>
      `Warning: Skipped: failed to create summary bot, please check your openai_api_key: Error: Unable to initialize the OpenAI API, ${what} are not available\n`;
    assert.deepEqual(verdicts(line("both 'OPENAI_API_KEY' environment variable")), ['openai/missing-token/null/null']);
    // Control: the same words about something that is no key variable say nothing.
    assert.deepEqual(verdicts(line('the config files')), []);
  });

  it("a gateway's flat `{'code', 'msg'}` body under the openai SDK's class is another host's", () => {
    const report = (body: string): string => `openai.AuthenticationError: Error code: 401\n${body}\n`;
    assert.deepEqual(verdicts(report("{'code': 401, 'msg': 'API Key解析失败'}")), []);
    // Control: OpenAI's own body under the same head is OpenAI's.
    assert.deepEqual(
      verdicts(
        report(
          "{'error': {'message': 'Incorrect API key provided: sk-abc***xyz.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        ),
      ),
      ['openai/invalid-token/401/null'],
    );
  });

  it("reads the Azure SDK for Go's response error: its request line, status line and rules over the body", () => {
    const rule = '-'.repeat(80);
    const body = [
      '{',
      '  "error": {',
      '    "code": "DeploymentNotFound",',
      '    "message": "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."',
      '  }',
      '}',
      rule,
    ];
    const block = (indent: string, head: string[]): string => [...head, ...body].map((l) => indent + l).join('\n') + '\n';
    const goSdk = [
      'POST https://res.openai.azure.com/openai/deployments/gpt-4o/chat/completions',
      rule,
      'RESPONSE 404: 404 Not Found',
      'ERROR CODE: DeploymentNotFound',
      rule,
    ];
    // At column 0 (its 80-dash rule is no line pasted twice), and indented under klog's `err=<` head.
    assert.deepEqual(verdicts(block('', goSdk)), ['azure-openai/model-access/404/gpt-4o']);
    assert.deepEqual(verdicts(`E1103 12:00:13.858995    6040 conversation.go:478] "error sending streaming LLM response" err=<\n${block('        ', goSdk)}`), [
      'azure-openai/model-access/404/gpt-4o',
    ]);
    // Control: a line of prose between the request and the body: the request is not this body's, its status not read.
    const prose = [...goSdk.slice(0, 4), 'see the details below', rule];
    assert.deepEqual(verdicts(block('', prose)), ['azure-openai/model-access/null/null']);
  });
});
