import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { traceFromExceptionInfo } from '../../../src/core/parse';

describe('engine: debug adapter exception details', () => {
  it("puts js-debug's exceptionId line above its Node frames", () => {
    // The shape js-debug sent for ask_model.js in the host test (paths shortened).
    const trace = traceFromExceptionInfo({
      exceptionId: 'Error: 403 You do not have access to model gpt-4o. Project `proj_fake` does not have access to model `gpt-4o`',
      details: {
        stackTrace:
          '  at APIError.generate (/app/node_modules/openai/core/error.js:51:20)\n' +
          '    at OpenAI.makeStatusError (/app/node_modules/openai/client.js:449:32)\n' +
          '    at OpenAI.makeRequest (/app/node_modules/openai/client.js:1017:30)\n' +
          '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n' +
          '    at async ask (/app/ask_model.js:7:17)',
      },
    });
    assert.ok(trace?.startsWith('Error: 403 You do not have access to model gpt-4o.'), trace);
    const [incident] = scanText(trace!);
    assert.equal(incident.provider, 'openai');
    assert.equal(incident.cause, 'model-access');
    assert.equal(incident.model, 'gpt-4o');
    assert.deepEqual(incident.userFrame, { file: '/app/ask_model.js', line: 7, function: 'ask' });
  });

  it("gives debugpy's frames the Traceback header they lack", () => {
    const message = "Error code: 403 - {'error': {'message': 'You do not have access to model: gpt-4o', 'code': 'model_not_found'}}";
    const trace = traceFromExceptionInfo({
      exceptionId: 'PermissionDeniedError       (note: full exception trace is shown but execution is paused at: <module>)',
      description: message,
      details: {
        typeName: 'PermissionDeniedError       (note: full exception trace is shown but execution is paused at: <module>)',
        message,
        stackTrace:
          '  File "/app/ask_model.py", line 8, in <module>\n    reply = client.chat.completions.create(model="gpt-4o", messages=[])\n' +
          '  File "/app/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request\n    raise self._make_status_error_from_response(err.response) from None\n' +
          `openai.PermissionDeniedError: ${message}\n`,
      },
    });
    assert.ok(trace?.startsWith('Traceback (most recent call last):\n  File "/app/ask_model.py", line 8'), trace);
    assert.equal(trace!.match(/PermissionDeniedError: /g)?.length, 1, 'the error line is not repeated');
    const [incident] = scanText(trace!);
    assert.equal(incident.cause, 'model-access');
    assert.equal(incident.errorClass, 'openai.PermissionDeniedError');
    assert.deepEqual([incident.userFrame?.file, incident.userFrame?.line], ['/app/ask_model.py', 8]);
  });

  it('adds the error line when Python frames come without one', () => {
    const trace = traceFromExceptionInfo({
      details: {
        typeName: 'openai.AuthenticationError',
        message: "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-test-XXXX.', 'code': 'invalid_api_key'}}",
        stackTrace: '  File "/app/main.py", line 3, in <module>\n    client.models.list()\n',
      },
    });
    assert.match(trace!, /\n {4}client\.models\.list\(\)\nopenai\.AuthenticationError: Error code: 401/);
    assert.equal(scanText(trace!)[0]?.cause, 'invalid-token');
  });

  it('passes a whole trace through and gives nothing for an empty body', () => {
    const whole = 'Traceback (most recent call last):\n  File "/app/a.py", line 1, in <module>\nValueError: nope';
    assert.equal(traceFromExceptionInfo({ details: { stackTrace: whole } }), `${whole}\n`);
    assert.equal(traceFromExceptionInfo({ details: { typeName: 'TypeError', message: 'x is undefined' } }), 'TypeError: x is undefined\n');
    assert.equal(traceFromExceptionInfo({}), undefined);
    assert.equal(traceFromExceptionInfo(undefined), undefined);
    assert.equal(traceFromExceptionInfo({ details: { stackTrace: '    at f (/app/a.js:1:1)' } }), undefined);
  });
});
