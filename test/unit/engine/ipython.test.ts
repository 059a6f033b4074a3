// IPython / Jupyter / Colab tracebacks: saved notebook outputs as Jupyter stores them, posted
// Colab copies, and the trace built from a notebook error output item.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText, toScanRecord } from '../../../src/core/engine';
import { innermostUserFrame, parseBlock, traceFromNotebookError } from '../../../src/core/parse';
import { stripAnsi } from '../../../src/core/scan/ansi';
import { StreamScanner } from '../../../src/core/scan/streamScanner';

const REAL = path.resolve(__dirname, '../../../../test/fixtures/real/jupyter');

/** A fixture file in the FIXTURES.md format: header, `---`, the output as posted. */
function readFixture(name: string): { expect: unknown[]; text: string } {
  const raw = fs.readFileSync(path.join(REAL, name), 'utf8');
  const cut = raw.indexOf('\n---\n');
  const header = raw.slice(0, cut);
  const expect = JSON.parse(/^expect: (.*)$/m.exec(header)![1]) as unknown[];
  return { expect, text: raw.slice(cut + 5) };
}

function summary(text: string) {
  return scanText(text).map((i) => {
    const r = toScanRecord(i);
    return { provider: r.provider, cause: r.cause, status: r.status, model: r.model, userFrame: r.userFrame };
  });
}

const E = '\x1b';
/** A 403 the way IPython 8 formats it in Jupyter (colour as the kernel sends it). */
function ipython8(cell = 28): string {
  return [
    `${E}[0;31m---------------------------------------------------------------------------${E}[0m`,
    `${E}[0;31mPermissionDeniedError${E}[0m                     Traceback (most recent call last)`,
    `Cell ${E}[0;32mIn[${cell}], line 3${E}[0m\n${E}[1;32m      1${E}[0m ${E}[38;5;28;01mfrom${E}[39;00m openai ${E}[38;5;28;01mimport${E}[39;00m OpenAI\n${E}[1;32m      2${E}[0m client ${E}[38;5;241m=${E}[39m OpenAI()\n${E}[0;32m----> 3${E}[0m reply ${E}[38;5;241m=${E}[39m client${E}[38;5;241m.${E}[39mchat${E}[38;5;241m.${E}[39mcompletions${E}[38;5;241m.${E}[39mcreate(\n${E}[1;32m      4${E}[0m     model${E}[38;5;241m=${E}[39m${E}[38;5;124m"${E}[39m${E}[38;5;124mgpt-4o${E}[39m${E}[38;5;124m"${E}[39m,\n${E}[1;32m      5${E}[0m     messages${E}[38;5;241m=${E}[39m[{${E}[38;5;124m"${E}[39m${E}[38;5;124mrole${E}[39m${E}[38;5;124m"${E}[39m: ${E}[38;5;124m"${E}[39m${E}[38;5;124muser${E}[39m${E}[38;5;124m"${E}[39m, ${E}[38;5;124m"${E}[39m${E}[38;5;124mcontent${E}[39m${E}[38;5;124m"${E}[39m: ${E}[38;5;124m"${E}[39m${E}[38;5;124mhi${E}[39m${E}[38;5;124m"${E}[39m}],\n${E}[1;32m      6${E}[0m )\n${E}[1;32m      7${E}[0m ${E}[38;5;28mprint${E}[39m(reply)\n`,
    `File ${E}[0;32m~/.venv/lib/python3.12/site-packages/openai/_utils/_utils.py:287${E}[0m, in ${E}[0;36mrequired_args.<locals>.inner.<locals>.wrapper${E}[0;34m(*args, **kwargs)${E}[0m\n${E}[1;32m    285${E}[0m             msg ${E}[38;5;241m=${E}[39m ${E}[38;5;124mf${E}[39m${E}[38;5;124m"${E}[39m${E}[38;5;124mMissing required argument: ${E}[39m${E}[38;5;124m"${E}[39m\n${E}[1;32m    286${E}[0m     ${E}[38;5;28;01mraise${E}[39;00m ${E}[38;5;167;01mTypeError${E}[39;00m(msg)\n${E}[0;32m--> 287${E}[0m ${E}[38;5;28;01mreturn${E}[39;00m func(${E}[38;5;241m*${E}[39margs, ${E}[38;5;241m*${E}[39m${E}[38;5;241m*${E}[39mkwargs)\n`,
    `File ${E}[0;32m~/.venv/lib/python3.12/site-packages/openai/_base_client.py:1047${E}[0m, in ${E}[0;36mSyncAPIClient.request${E}[0;34m(self, cast_to, options, stream, stream_cls)${E}[0m\n${E}[1;32m   1044${E}[0m         err${E}[38;5;241m.${E}[39mresponse${E}[38;5;241m.${E}[39mread()\n${E}[0;32m-> 1047${E}[0m     ${E}[38;5;28;01mraise${E}[39;00m ${E}[38;5;28mself${E}[39m${E}[38;5;241m.${E}[39m_make_status_error_from_response(err${E}[38;5;241m.${E}[39mresponse) ${E}[38;5;28;01mfrom${E}[39;00m ${E}[38;5;28;01mNone${E}[39;00m\n`,
    `${E}[0;31mPermissionDeniedError${E}[0m: Error code: 403 - {'error': {'message': 'Project \`proj_test\` does not have access to model \`gpt-4o\`', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`,
  ].join('\n');
}

describe('engine: IPython and Jupyter tracebacks', () => {
  // Whole expectations for the fixtures whose provider knowledge is in the packs already; for
  // every jupyter fixture, the layout contract this parser owns: the frames and the user frame.
  const WHOLE = new Set(['colab-openai-missing-key-markdown-links.txt', 'openai-missing-key-windows-ipython8.txt']);
  for (const name of fs
    .readdirSync(REAL)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    it(`real output ${name}: the user frame${WHOLE.has(name) ? ' and the incident' : ''}`, () => {
      const { expect, text } = readFixture(name);
      if (WHOLE.has(name)) assert.deepEqual(summary(text), expect);
      const blocks = new StreamScanner();
      const traces = [...blocks.push(text), ...blocks.flush()].map(parseBlock).filter((t) => t !== null);
      assert.ok(traces.length >= expect.length && traces.length > 0, 'a trace is cut out and parsed');
      const user = (expect[0] as { userFrame: unknown } | undefined)?.userFrame ?? null;
      const got = innermostUserFrame(traces[0]!.frames);
      assert.deepEqual(got && { file: got.file, line: got.line, function: got.function }, user);
    });
  }

  it('reads an IPython 8 error output: cell frame, marked line as source, unqualified class', () => {
    const stack = ipython8();
    const [incident] = scanText(traceFromNotebookError({ name: 'PermissionDeniedError', message: 'ignored: the stack ends with it', stack })!);
    assert.equal(incident.provider, 'openai');
    assert.equal(incident.cause, 'model-access');
    assert.equal(incident.status, 403);
    assert.equal(incident.model, 'gpt-4o');
    assert.equal(incident.errorClass, 'PermissionDeniedError');
    assert.deepEqual(toScanRecord(incident).userFrame, { file: 'Cell In[28]', line: 3, function: null });
    assert.equal(incident.frames.length, 3);
    assert.deepEqual(
      incident.frames.map((f) => [f.file, f.line, f.function]),
      [
        ['Cell In[28]', 3, null],
        ['~/.venv/lib/python3.12/site-packages/openai/_utils/_utils.py', 287, 'required_args.<locals>.inner.<locals>.wrapper'],
        ['~/.venv/lib/python3.12/site-packages/openai/_base_client.py', 1047, 'SyncAPIClient.request'],
      ],
    );
    assert.match(incident.userFrame!.source!, /^reply = client\.chat\.completions\.create\(\nmodel="gpt-4o",/);
    assert.doesNotMatch(incident.trace, /\x1b/);
  });

  it("finds the same trace printed to a stream (the kernel's stderr, chunk by chunk)", () => {
    const text = `some output\n${ipython8(3)}\n`;
    const whole = summary(text);
    assert.equal(whole.length, 1);
    assert.deepEqual(whole[0].userFrame, { file: 'Cell In[3]', line: 3, function: null });
  });

  it('reads frames as VS Code Jupyter links them (HTML anchors) and a function defined in another cell', () => {
    const text = [
      '---------------------------------------------------------------------------',
      'PermissionDeniedError                     Traceback (most recent call last)',
      'Cell In[7], line 1',
      '----> <a href=\'vscode-notebook-cell:/home/u/analysis.ipynb#X11sZmlsZQ%3D%3D?line=0\'>1</a> ask("hi")',
      '',
      'Cell In[6], line 4, in ask(prompt)',
      '      2 def ask(prompt):',
      '----> 4     return client.chat.completions.create(model=\'gpt-4o\', messages=[{"role": "user", "content": prompt}])',
      '',
      "File <a href='file:///home/u/.venv/lib/python3.12/site-packages/openai/_base_client.py:1047'>~/.venv/lib/python3.12/site-packages/openai/_base_client.py:1047</a>, in SyncAPIClient.request(self, cast_to, options, stream, stream_cls)",
      '-> 1047     raise self._make_status_error_from_response(err.response) from None',
      '',
      "PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model gpt-4o', 'code': 'model_not_found'}}",
    ].join('\n');
    assert.deepEqual(summary(text), [
      { provider: 'openai', cause: 'model-access', status: 403, model: 'gpt-4o', userFrame: { file: 'Cell In[6]', line: 4, function: 'ask' } },
    ]);
  });

  it('reads the older IPython layout: <ipython-input-…> in <module>() and library frames by path', () => {
    const text = [
      '---------------------------------------------------------------------------',
      'PermissionDeniedError                     Traceback (most recent call last)',
      '<ipython-input-12-4f2a9c1d0b7e> in <module>',
      '      1 from openai import OpenAI',
      '      2 client = OpenAI()',
      '----> 3 client.models.retrieve("gpt-4o")',
      '',
      '/usr/local/lib/python3.10/dist-packages/openai/resources/models.py in retrieve(self, model, extra_headers, extra_query, extra_body, timeout)',
      '     52         return self._get(',
      '---> 53             f"/models/{model}",',
      '',
      "PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model gpt-4o', 'code': 'model_not_found'}}",
    ].join('\n');
    assert.deepEqual(summary(text), [
      {
        provider: 'openai',
        cause: 'model-access',
        status: 403,
        model: 'gpt-4o',
        userFrame: { file: '<ipython-input-12-4f2a9c1d0b7e>', line: 3, function: '<module>' },
      },
    ]);
  });

  it('reads a Databricks cell frame (`File <command-…>, line 5`) as the cell, not a library file', () => {
    const trace = (cellFrame: string): string =>
      [
        '---------------------------------------------------------------------------',
        'AuthenticationError                       Traceback (most recent call last)',
        cellFrame,
        '      3 client = OpenAI()',
        '----> 5 resp = client.chat.completions.create(model="gpt-4o", messages=msgs)',
        '',
        'File /local_disk0/.ephemeral_nfs/envs/pythonEnv-936782d0/lib/python3.10/site-packages/openai/_base_client.py:1047, in SyncAPIClient.request(self, cast_to, options)',
        '-> 1047     raise self._make_status_error_from_response(err.response) from None',
        '',
        "AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      ].join('\n');
    const incident = { provider: 'openai', cause: 'invalid-token', status: 401, model: 'gpt-4o' };
    assert.deepEqual(summary(trace('File <command-2381926542358720>, line 5')), [
      { ...incident, userFrame: { file: '<command-2381926542358720>', line: 5, function: null } },
    ]);
    assert.deepEqual(summary(trace('File <command-2381926542358720>, line 5, in ask(prompt)')), [
      { ...incident, userFrame: { file: '<command-2381926542358720>', line: 5, function: 'ask' } },
    ]);
    // Negative control: without IPython's `File ` label the bracketed name is no frame line.
    assert.deepEqual(summary(trace('<command-2381926542358720>, line 5')), [{ ...incident, userFrame: null }]);
  });

  it('reads a traceback whose colour codes lost their ESC bytes (a Read the Docs log, a paste of one)', () => {
    const bare = [
      '[0;31m---------------------------------------------------------------------------[0m',
      '[0;31mAuthenticationError[0m                       Traceback (most recent call last)',
      'Cell [0;32mIn[6], line 12[0m',
      '[1;32m     10[0m start_time [38;5;241m=[39m time[38;5;241m.[39mtime()',
      '[0;32m---> 12[0m stream [38;5;241m=[39m client[38;5;241m.[39mchat[38;5;241m.[39mcompletions[38;5;241m.[39mcreate(model[38;5;241m=[39m[38;5;124m"[39m[38;5;124mllama3-70b-8192[39m[38;5;124m"[39m)',
      '',
      'File [0;32m~/venv/lib/python3.11/site-packages/groq/_base_client.py:1020[0m, in [0;36mSyncAPIClient._request[0;34m(self, cast_to, options)[0m',
      '[0;32m-> 1020[0m     [38;5;28;01mraise[39;00m [38;5;28mself[39m[38;5;241m.[39m_make_status_error_from_response(err[38;5;241m.[39mresponse) [38;5;28;01mfrom[39;00m [38;5;28;01mNone[39;00m',
      '',
      "[0;31mAuthenticationError[0m: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
    ].join('\n');
    assert.deepEqual(summary(bare), [
      { provider: 'groq', cause: 'invalid-token', status: 401, model: 'llama3-70b-8192', userFrame: { file: 'Cell In[6]', line: 12, function: null } },
    ]);
    // Negative controls: text in brackets with no reset beside it stays (a model id's `[1m]`, a test id's `[moonshot]`).
    assert.equal(stripAnsi('model: claude-sonnet-4-5-20250929[1m]'), 'model: claude-sonnet-4-5-20250929[1m]');
    assert.equal(stripAnsi('\x1b[31mFAILED test_reasoning[moonshot] - openai.NotFoundError\x1b[0m'), 'FAILED test_reasoning[moonshot] - openai.NotFoundError');
  });

  it("reads IPython 8.0-8.4's `Input In [20], in <cell line: 5>()` as the cell, its line from the marker", () => {
    const trace = (cellFrame: string): string =>
      [
        '---------------------------------------------------------------------------',
        'AuthenticationError                       Traceback (most recent call last)',
        cellFrame,
        '      1 client = openai.OpenAI(api_key=openai.api_key)',
        '----> 5 resp = client.chat.completions.create(model="gpt-4", messages=m)',
        '',
        'File /anaconda/envs/azureml_py38/lib/python3.8/site-packages/openai/_base_client.py:877, in SyncAPIClient._request(self, cast_to, options)',
        '--> 877     raise self._make_status_error_from_response(err.response) from None',
        '',
        "AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      ].join('\n');
    const incident = { provider: 'openai', cause: 'invalid-token', status: 401, model: 'gpt-4' };
    assert.deepEqual(summary(trace('Input In [20], in <cell line: 5>()')), [
      { ...incident, userFrame: { file: 'Input In [20]', line: 5, function: '<cell line: 5>' } },
    ]);
    // Negative control: without IPython's `, in` the line names no frame.
    assert.deepEqual(summary(trace('Input In [20] <cell line: 5>()')), [{ ...incident, userFrame: null }]);
  });

  it("keeps a chained IPython traceback together and reads the provider's error in it", () => {
    const text = [
      '---------------------------------------------------------------------------',
      'PermissionDeniedError                     Traceback (most recent call last)',
      'Cell In[2], line 2',
      '      1 try:',
      '----> 2     client.models.retrieve("gpt-4o")',
      '      3 except Exception as e:',
      '',
      'File ~/.venv/lib/python3.12/site-packages/openai/resources/models.py:52, in Models.retrieve(self, model)',
      '---> 52 return self._get(f"/models/{model}")',
      '',
      "PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model gpt-4o', 'code': 'model_not_found'}}",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'RuntimeError                              Traceback (most recent call last)',
      'Cell In[2], line 4',
      '      3 except Exception as e:',
      '----> 4     raise RuntimeError("model check failed")',
      '',
      'RuntimeError: model check failed',
    ].join('\n');
    const trace = parseBlock({ layout: 'ipython', text: text.slice(text.indexOf('\n') + 1) })!;
    assert.equal(trace.chain?.length, 2);
    assert.equal(trace.errorClass, 'RuntimeError');
    assert.deepEqual(
      summary(text).map((s) => [s.provider, s.cause]),
      [['openai', 'model-access']],
    );
  });

  it('reads a class left alone under the chain line (a copy cut there) as the exception raised last', () => {
    const head = [
      '---------------------------------------------------------------------------',
      'HTTPError                                 Traceback (most recent call last)',
      '[/usr/local/lib/python3.10/dist-packages/huggingface_hub/utils/_errors.py](https://localhost:8080/#) in hf_raise_for_status(response)',
      '--> 286         response.raise_for_status()',
      '',
      '14 frames',
      'HTTPError: 403 Client Error: Forbidden for url: https://huggingface.co/acme/llm-7b/resolve/main/config.json',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
    ];
    assert.deepEqual(
      summary([...head, 'GatedRepoError'].join('\n')).map((s) => [s.provider, s.cause, s.status, s.model]),
      [['huggingface', 'gated-repo', 403, 'acme/llm-7b']],
    );
    // Control: without the class below the chain line, only the 403 speaks.
    assert.deepEqual(
      summary(head.join('\n')).map((s) => [s.provider, s.cause]),
      [['huggingface', 'permission-denied']],
    );
  });

  it('keeps a copy that starts at the first exception line with the traceback chained below it', () => {
    const report = 'HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/acme/tiny/resolve/main/config.json';
    const tb = [
      'RepositoryNotFoundError                   Traceback (most recent call last)',
      'Cell In[4], line 2',
      '      1 from transformers import AutoConfig',
      '----> 2 AutoConfig.from_pretrained("acme/tiny")',
      '',
      'RepositoryNotFoundError: 401 Client Error. (Request ID: Root=1-1)',
      '',
      'Repository Not Found for url: https://huggingface.co/acme/tiny/resolve/main/config.json.',
      'Invalid username or password.',
    ];
    const chained = summary([report, '', 'The above exception was the direct cause of the following exception:', '', ...tb].join('\n'));
    assert.deepEqual(
      chained.map((s) => [s.provider, s.cause, s.status, s.model, s.userFrame?.file, s.userFrame?.line]),
      [['huggingface', 'invalid-token', 401, 'acme/tiny', 'Cell In[4]', 2]],
    );
    // Control: with no chain line between them they are two outputs, each its own incident.
    assert.equal(summary([report, '', ...tb].join('\n')).length, 2);
  });

  it("reads the provider's error that opens such a copy when the traceback below is cut after its header", () => {
    const text = [
      "AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***xyz.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'OpenAIError                               Traceback (most recent call last)',
    ];
    assert.deepEqual(
      summary(text.join('\n')).map((s) => [s.provider, s.cause, s.status]),
      [['openai', 'invalid-token', 401]],
    );
    // Control: prose above a traceback is not an exception line.
    const prose = ['I got this error after running the cell:', '', ...text.slice(2)];
    assert.deepEqual(summary(prose.join('\n')), []);
  });

  it("keeps IPython 8.0-8.5's `Cell In [10]` as printed, and finds the user's cell in the traceback raised later", () => {
    const text = (cell: string) =>
      [
        'HTTPError                                 Traceback (most recent call last)',
        'File /venv/lib/python3.10/site-packages/requests/models.py:943, in Response.raise_for_status(self)',
        '--> 943     raise HTTPError(http_error_msg, response=self)',
        '',
        'HTTPError: 403 Client Error: Forbidden for url: https://huggingface.co/acme/tiny/resolve/main/model.bin',
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'HfHubHTTPError                            Traceback (most recent call last)',
        `${cell}, line 5`,
        '----> 5 path = hf_hub_download(repo_id="acme/tiny", filename="model.bin")',
      ].join('\n');
    assert.deepEqual(
      summary(text('Cell In [10]')).map((s) => [s.cause, s.status, s.userFrame]),
      [['permission-denied', 403, { file: 'Cell In [10]', line: 5, function: null }]],
    );
    // Control: the later layout, and the same without the chained traceback (no user frame to find).
    assert.deepEqual(summary(text('Cell In[10]'))[0]?.userFrame, { file: 'Cell In[10]', line: 5, function: null });
    assert.equal(summary(text('Cell In[10]').split('\n').slice(0, 5).join('\n'))[0]?.userFrame, null);
  });

  it('finds nothing in notebook failures that are not access problems (and the 403 beside them)', () => {
    const negatives = [
      traceFromNotebookError({
        name: 'ZeroDivisionError',
        message: 'division by zero',
        stack: `${E}[0;31m---------------------------------------------------------------------------${E}[0m\n${E}[0;31mZeroDivisionError${E}[0m                         Traceback (most recent call last)\nCell ${E}[0;32mIn[4], line 1${E}[0m\n${E}[0;32m----> 1${E}[0m ${E}[38;5;241m1${E}[39m${E}[38;5;241m/${E}[39m${E}[38;5;241m0${E}[39m\n\n${E}[0;31mZeroDivisionError${E}[0m: division by zero`,
      }),
      traceFromNotebookError({
        name: 'RateLimitError',
        message: "Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota', 'code': 'insufficient_quota'}}",
        stack: '',
      }),
      traceFromNotebookError({ name: 'PermissionError', message: "[Errno 13] Permission denied: '/data/model.bin'", stack: '' }),
    ];
    for (const text of negatives) assert.deepEqual(summary(text!), [], text);
    assert.equal(summary(`${negatives.join('\n')}\n${ipython8()}\n`).length, 1);
  });

  it('builds the trace from a notebook error item', () => {
    assert.equal(traceFromNotebookError(undefined), undefined);
    assert.equal(traceFromNotebookError({ name: 'PermissionDeniedError', message: 'Error code: 403', stack: '' }), 'PermissionDeniedError: Error code: 403\n');
    // A stack that does not end with the error line (another kernel) gets it added.
    assert.equal(
      traceFromNotebookError({ name: 'Error', message: '403 nope', stack: '    at ask (app.js:1:1)' }),
      '    at ask (app.js:1:1)\nError: 403 nope\n',
    );
    const stack = ipython8();
    assert.equal(traceFromNotebookError({ name: 'PermissionDeniedError', message: 'x', stack }), `${stack}\n`);
  });
});
