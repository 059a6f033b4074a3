import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../../src/core/engine';
import type { Incident } from '../../../../src/core/types';
import { verdicts } from '../helpers';

// Shapes read on output that applications posted publicly (servers, workers, their logs) which a
// blind held-out round missed: OpenAI's project allow-list with an abbreviated project id,
// openai-python 0.x's logfmt record with an empty message, a billing refusal behind Bedrock.

describe('app shapes: OpenAI project allow-list', () => {
  it('a project id abbreviated or mis-quoted in the post is still the allow-list refusal', () => {
    assert.deepEqual(verdicts('403 Project  `proj_S4...` does not have access to model `gpt-4o`\n'), ['openai/model-access/403/gpt-4o']);
    assert.deepEqual(verdicts("Project `my key' does not have access to model `gpt-4o`\n"), ['openai/model-access/null/gpt-4o']);
    // The same words about something that is not a model are no incident.
    assert.deepEqual(verdicts('403 Project `alpha` does not have access to the repository `beta`\n'), []);
  });
});

describe("app shapes: openai-python 0.x's logfmt record", () => {
  it('is read with an empty error_message, behind a compose column and a Celery prefix', () => {
    const line =
      "docsgpt-worker-1    | [2023-06-16 14:06:35,528: INFO/ForkPoolWorker-1] error_code=invalid_api_key error_message= error_param=None error_type=invalid_request_error message='OpenAI API error received' stream_error=False\n";
    assert.deepEqual(verdicts(line), ['openai/invalid-token/null/null']);
    // Another program's error_code key is no report of OpenAI's.
    assert.deepEqual(verdicts('worker-1    | [2023-06-16 14:06:35,528: INFO/ForkPoolWorker-1] job done error_code=0 error_message= retries=0\n'), []);
  });
});

describe('app shapes: a billing refusal is not an access failure', () => {
  it("AWS Marketplace's INVALID_PAYMENT_INSTRUMENT behind the anthropic SDK stays silent; a permission refusal is read", () => {
    const billing =
      "anthropic.PermissionDeniedError: Error code: 403 - {'message': 'Model access is denied due to\nINVALID_PAYMENT_INSTRUMENT: A valid payment instrument must be provided.. Your AWS Marketplace\nsubscription for this model cannot be completed at this time.'}\n";
    assert.deepEqual(verdicts(billing), []);
    const denied =
      "anthropic.PermissionDeniedError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Your API key does not have permission to use the specified resource.'}}\n";
    assert.deepEqual(verdicts(denied), ['anthropic/permission-denied/403/null']);
  });
});

describe("app shapes: huggingface_hub's message right under its head", () => {
  it('a GatedRepoError whose server message follows on the next line, no blank line between, is one report', () => {
    const hub = [
      'huggingface_hub.errors.GatedRepoError: 403 Client Error.',
      'Cannot access gated repo for url https://huggingface.co/org/model/resolve/main/config.json.',
      'Access to model org/model is restricted and you are not in the authorized list.',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(hub), ['huggingface/gated-repo/403/org/model']);
    // requests' `Client Error: … for url` says it all on its line: the line below is its own report.
    const requests = [
      'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://huggingface.co/api/models/org/model',
      "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      '',
    ].join('\n');
    assert.equal(verdicts(requests).length, 2);
  });
});

describe("app shapes: Python 3.13's whole call statement in a frame", () => {
  it('the model argument on a source line below the call is the model', () => {
    const trace = (args: string[]) =>
      [
        'Traceback (most recent call last):',
        '  File "D:\\app\\generate_answer.py", line 126, in call_gemini',
        '    response = client.models.generate_content(',
        ...args,
        '    )',
        '  File "D:\\app\\env\\Lib\\site-packages\\google\\genai\\models.py", line 6270, in generate_content',
        '    response = self._generate_content(',
        "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT'}}",
        '',
      ].join('\n');
    assert.deepEqual(verdicts(trace(['        model="gemini-2.5-flash",', '    ...<4 lines>...', '        ),'])), [
      'google/invalid-token/400/gemini-2.5-flash',
    ]);
    // A statement that closed on its first line takes nothing from the lines below it.
    const closed = trace([]).replace('generate_content(\n', 'generate_content(contents=prompt)\n        model="gemini-2.5-flash",\n');
    assert.deepEqual(verdicts(closed), ['google/invalid-token/400/null']);
  });
});

describe('app shapes: a long traceback read line by line', () => {
  // A Python traceback whose first anchor (`APIError`) comes more than 2 KiB after its header.
  const frames = Array.from({ length: 30 }, (_, i) => [
    `  File "D:\\app\\env\\Lib\\site-packages\\tenacity\\__init__.py", line ${400 + i}, in step_${i}`,
    `    result = action(retry_state_${i})`,
  ]).flat();
  const text = [
    'Traceback (most recent call last):',
    '  File "D:\\app\\generate_answer.py", line 126, in call_gemini',
    '    response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)',
    ...frames,
    '  File "D:\\app\\env\\Lib\\site-packages\\google\\genai\\_api_client.py", line 1511, in _request_once',
    '    errors.APIError.raise_for_response(response)',
    "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT'}}",
    '',
  ].join('\n');
  const streamed = (t: string): Incident[] => {
    const e = new TraceEngine();
    const got: Incident[] = [];
    for (const line of t.split(/(?<=\n)/)) got.push(...e.push('t', line));
    return [...got, ...e.end('t')];
  };
  const where = (i: Incident[]) => i.map((x) => `${x.model} ${x.userFrame?.file}:${x.userFrame?.line}`);
  const wrap = (t: string, w: number) =>
    t
      .split('\n')
      .map((l) => (l.match(new RegExp(`.{1,${w}}`, 'g')) ?? [l]).join('\n'))
      .join('\n');

  it('keeps its header and user frame as when read whole, lines cut at 80 columns too', () => {
    assert.ok(text.indexOf('APIError') > 2048);
    assert.deepEqual(where(scanText(text)), ['gemini-2.5-flash D:\\app\\generate_answer.py:126']);
    assert.deepEqual(where(streamed(text)), where(scanText(text)));
    assert.deepEqual(where(streamed(wrap(text, 80))), where(scanText(wrap(text, 80))));
  });
});

describe('app shapes: a Markdown fence between a report and its traceback', () => {
  const report = "- **Error:** Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}";
  const trace = [
    'Traceback (most recent call last):',
    '  File "C:\\app\\runner.py", line 50, in run_all_tests',
    '    client.models.list()',
    '  File "C:\\app\\venv\\Lib\\site-packages\\groq\\_base_client.py", line 1071, in request',
    '    raise self._make_status_error_from_response(err.response) from None',
    "groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
  ];

  it("joins the report to the traceback under the fence: one incident, the traceback's frame", () => {
    for (const fence of ['`python', '```python', '```']) {
      const got = scanText([report, fence, ...trace, '`', ''].join('\n'));
      assert.deepEqual(
        got.map((i) => `${i.provider}/${i.status}/${i.userFrame?.file}:${i.userFrame?.line}`),
        ['groq/401/C:\\app\\runner.py:50'],
        fence,
      );
    }
    // A fence followed by another report: two reports, two incidents.
    const second = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc.', 'code': 'invalid_api_key'}}";
    assert.equal(scanText([report, '```', second, '```', ''].join('\n')).length, 2);
  });
});

describe("app shapes: the model a report's line names before the error", () => {
  it("an app's per-model list item gives each failure its model, in the provider's own id shape", () => {
    const lines = [
      "  - claude-opus-5: grounded=None, error=Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}, summary=None",
      "  - gemini-2.5-pro: grounded=None, error=400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT'}}, summary=None",
      '',
    ].join('\n');
    assert.deepEqual(verdicts(lines), ['anthropic/invalid-token/401/claude-opus-5', 'google/invalid-token/400/gemini-2.5-pro']);
    // Another provider's id in the label is not this call's model.
    assert.deepEqual(
      verdicts("  - gpt-5.5 fallback: error=Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}\n"),
      ['anthropic/invalid-token/401/null'],
    );
  });
});

describe("app shapes: a status head's message on the line below", () => {
  it('an indented message line or the same logger tag joins the head: one incident with its status', () => {
    assert.deepEqual(verdicts('[ERROR] OpenAI API Error: 401 Unauthorized\n  Message: "Incorrect API key provided."\n'), ['openai/invalid-token/401/null']);
    assert.deepEqual(verdicts('[ERROR] OpenAI API error: 401 Unauthorized\n[ERROR] Incorrect API key provided\n'), ['openai/invalid-token/401/null']);
    // Another logger's line is not the head's message: read alone, it states no status.
    assert.deepEqual(verdicts('[ERROR] OpenAI API error: 401 Unauthorized\n[worker] Incorrect API key provided\n'), ['openai/invalid-token/null/null']);
  });
});

describe("app shapes: OpenAI's 404 for a retired model", () => {
  it('`The model `…` has been deprecated` is the key not reaching that model; a deprecation notice without the 404 is not', () => {
    assert.deepEqual(verdicts('NotFoundError: 404 The model `gpt-4-vision-preview` has been deprecated\n'), ['openai/model-access/404/gpt-4-vision-preview']);
    assert.deepEqual(verdicts('DeprecationWarning: the `gpt-4-vision-preview` preview has been deprecated, use gpt-4o\n'), []);
  });
});
