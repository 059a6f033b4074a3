import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes from the blind held-out round on Cohere, Mistral and Groq (issue #13): each read, with a
// look-alike in the same words that stays silent.

describe('held-out shapes: Cohere, Mistral, Groq', () => {
  it("Cohere's model refusal printed alone after an app's words names Cohere; the same words without its sentence name none", () => {
    const line = (m: string) => `Error while extracting keywords from text: ${m}\n`;
    assert.deepEqual(verdicts(line('model not found, make sure the correct model ID was used and that you have access to the model.')), [
      'cohere/model-access/null/null',
    ]);
    // Its v2 wording names the model.
    assert.deepEqual(verdicts(line("model 'embed-v9' not found, make sure the correct model ID was used and that you have access to the model.")), [
      'cohere/model-access/null/embed-v9',
    ]);
    assert.deepEqual(verdicts(line('model not found')), []);
  });

  it("Groq's retirement sentence after an app's words is Groq's model-access; the same words about a busy model say nothing", () => {
    const line = (m: string) => `Error while chatting: The model \`llama3-70b-8192\` ${m}\n`;
    assert.deepEqual(
      verdicts(line('has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation.')),
      ['groq/model-access/null/llama3-70b-8192'],
    );
    assert.deepEqual(verdicts(line('is busy. Please refer to https://console.groq.com/docs for more.')), []);
  });

  it("Groq's retirement sentence quoted alone, with no `error` word before it, is still read; a busy model there stays silent", () => {
    const line = (m: string) => `An error occurred while processing your request. The model \`llama3-groq-70b-8192-tool-use-preview\` ${m}\n`;
    assert.deepEqual(
      verdicts(line('has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation.')),
      ['groq/model-access/null/llama3-groq-70b-8192-tool-use-preview'],
    );
    assert.deepEqual(verdicts(line('is busy and has been queued. Please refer to https://console.groq.com/docs for more.')), []);
  });

  it("Groq's restricted organization reads as account-disabled, its status from a Chinese client's label; a rate limit there stays silent", () => {
    const line = (status: number, message: string, code: string) =>
      `请求失败，状态码: ${status},内容: {'error': {'message': '${message}', 'type': 'invalid_request_error', 'param': '', 'code': '${code}'}}\n`;
    assert.deepEqual(
      verdicts(line(400, 'Organization has been restricted. Please reach out to support if you believe this was in error.', 'organization_restricted')),
      ['groq/account-disabled/400/null'],
    );
    assert.deepEqual(verdicts(line(429, 'Rate limit reached for model `llama3-8b-8192` in organization `org_x`.', 'rate_limit_exceeded')), []);
  });

  it("a CLI's error head over a field list is one report, its status the first field, indented or not; a rate limit there stays silent", () => {
    const report = (indent: string, status: string, body: string) =>
      [
        'Error: API error from mistral (model: mistral-vibe-cli-latest): LLM backend error [mistral]',
        ...[`status: ${status}`, 'reason: Bad Request', 'request_id: N/A', 'endpoint: https://api.mistral.ai', `body_excerpt: ${body}`].map((f) => indent + f),
        '',
      ].join('\n');
    const invalid = '{"object":"error","message":"Invalid model: mistral-medium-3.5","type":"invalid_model","param":null,"code":"1500"}';
    const limited = '{"object":"error","message":"Requests rate limit exceeded","type":"rate_limited","code":"1300"}';
    for (const indent of ['  ', '']) {
      assert.deepEqual(verdicts(report(indent, '400 Bad Request', invalid)), ['mistral/model-access/400/mistral-medium-3.5']);
      assert.deepEqual(verdicts(report(indent, '429 Too Many Requests', limited)), []);
    }
  });

  it("Elasticsearch's inference API states the provider's status in brackets; the same record about a rate limit stays silent", () => {
    const record = (status: number, body: string) =>
      [
        '{',
        '    "error": {',
        '        "root_cause": [',
        '            {',
        '                "type": "status_exception",',
        `                "reason": "Resource not found at [https://api.mistral.ai/v1/chat/completions] for request from inference entity id [mistral-completion] status [${status}]. Error message: [${body}]"`,
        '            }',
        '        ],',
        '        "type": "status_exception"',
        '    },',
        '    "status": 400',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(verdicts(record(404, '{\\"detail\\":\\"Not Found\\"}')), ['mistral/destination-not-found/404/null']);
    assert.deepEqual(verdicts(record(429, '{\\"message\\":\\"Rate limit exceeded\\"}')), []);
  });

  it("a gateway's log names the model after the status (`… 403 for model X`, `(model: X, …)`); a word there is no model", () => {
    const line = (tail: string) => `[WARNING] - [2024-12-08 12:34:32] - [channel] caught error request failed with status code: 403 ${tail}\n`;
    assert.deepEqual(verdicts(line('for model llama-3.3-70b-versatile at channel Groq')), ['groq/permission-denied/403/llama-3.3-70b-versatile']);
    assert.deepEqual(verdicts(line('(model: llama-3.1-8b-instant, client: x) at channel Groq')), ['groq/permission-denied/403/llama-3.1-8b-instant']);
    assert.deepEqual(verdicts(line('for model loading at channel Groq')), ['groq/permission-denied/403/null']);
  });

  it("Groq's refusal of a model whose terms the org has not accepted is model-access; its 400 for an unsupported feature stays silent", () => {
    const block = (message: string, code: string) =>
      `Error while updating the Component\n\n    Error code: 400 - {'error': {'message': '${message}', 'type': 'invalid_request_error'${code}}}\n`;
    assert.deepEqual(
      verdicts(
        block(
          'The model canopylabs/orpheus-arabic-saudi requires terms acceptance. Please have the org admin accept the terms at https://console.groq.com/playground?model=canopylabs%2Forpheus-arabic-saudi',
          ", 'code': 'model_terms_required'",
        ),
      ),
      ['groq/model-access/400/canopylabs/orpheus-arabic-saudi'],
    );
    assert.deepEqual(verdicts(block('The model canopylabs/orpheus-arabic-saudi does not support chat completions', '')), []);
  });
});
