import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText, toScanRecord, TraceEngine } from '../../../src/core/engine';
import { innermostUserFrame, isLibraryFrame, parseBlock, parseNodeFrame } from '../../../src/core/parse';
import { nodeHead } from '../../../src/core/parse/layouts/node';
import { lineReportStart } from '../../../src/core/parse/layouts/reportStart';
import { BlockCutter } from '../../../src/core/scan/blockCutter';
import { StreamScanner } from '../../../src/core/scan/streamScanner';
import type { CutBlock } from '../../../src/core/parse/layouts/block';

const SEEDS = path.resolve(__dirname, '../../../../test/fixtures/seeds');

function cut(text: string): CutBlock[] {
  const s = new StreamScanner();
  return [...s.push(text), ...s.flush()];
}

function frameOf(text: string): { file: string; line: number; function: string | null } | null {
  const [i] = scanText(text);
  return i?.userFrame ? { file: i.userFrame.file, line: i.userFrame.line, function: i.userFrame.function } : null;
}

const OPENAI_403 = `Error code: 403 - {'error': {'message': 'You do not have access to model: gpt-4o', 'type': 'permission_denied', 'code': 'permission_denied'}}`;

describe('layouts: one table for the cutter and the parsers', () => {
  it('cuts what the Node parser reads: `Error:msg` without a space (positive control with one)', () => {
    for (const head of [
      'PermissionDeniedError:403 You do not have access to model gpt-4o',
      'PermissionDeniedError: 403 You do not have access to model gpt-4o',
    ]) {
      const blocks = cut(`${head}\n    at ask (/home/dev/app/index.js:7:20)\n`);
      assert.equal(blocks.length, 1, head);
      assert.equal(blocks[0].layout, 'node');
      assert.equal(parseBlock(blocks[0])?.frames[0].file, '/home/dev/app/index.js');
    }
  });

  it('reads Next.js, Deno and js-debug heads', () => {
    assert.deepEqual(nodeHead(' ⨯ Error: 401 Incorrect API key provided'), { errorClass: 'Error', message: '401 Incorrect API key provided' });
    assert.deepEqual(nodeHead(' ⨯ [Error: 401 Incorrect API key provided]'), { errorClass: 'Error', message: '401 Incorrect API key provided' });
    assert.deepEqual(nodeHead('error: Uncaught (in promise) PermissionDeniedError: 403 no'), { errorClass: 'PermissionDeniedError', message: '403 no' });
    assert.deepEqual(nodeHead('Uncaught PermissionDeniedError Error: 403 no'), { errorClass: 'PermissionDeniedError', message: '403 no' });
    assert.equal(nodeHead('Compiled successfully'), null);
  });
});

describe("huggingface_hub's gated-repo message cut by a terminal's width", () => {
  const wrapped = [
    '✗ Inference error: You are trying to access a gated repo.',
    'Make sure to have access to it at ',
    'https://huggingface.co/acme/gated-model.',
    '401 Client Error. (Request ID: ',
    'Root=1-68f5db8a-33457286395d034133228d4b;7759b2aa-d58b-452e-b9c4-6f82b9fdf5af)',
    '',
    'Cannot access gated repo for url ',
    'https://huggingface.co/acme/gated-model/resolve/main/config.json.',
    'Access to model acme/gated-model is restricted. You must have access',
    'to it and be authenticated to access it. Please log in.',
    '',
  ].join('\n');
  const verdicts = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

  it('keeps the request id cut inside its bracket with its status line, and the message after the blank line in the same report', () => {
    assert.equal(cut(wrapped).length, 1);
    assert.deepEqual(verdicts(wrapped), ['huggingface/gated-repo/401/acme/gated-model']);
    // Positive control: the same message unwrapped is one report too.
    const unwrapped = wrapped.replace('(Request ID: \nRoot=', '(Request ID: Root=');
    assert.deepEqual(verdicts(unwrapped), ['huggingface/gated-repo/401/acme/gated-model']);
  });

  it('joins a bracket cut at the line end only under a status line', () => {
    // Control: another line cut inside the same bracket words is no status line; the gated message below stands alone.
    const other = wrapped.replace('401 Client Error. (Request ID: ', 'Starting download (Request ID: ');
    assert.deepEqual(
      cut(other).map((b) => b.text.split('\n')[0]),
      ['✗ Inference error: You are trying to access a gated repo.', 'Cannot access gated repo for url '],
    );
  });
});

describe('parse: Node frame lines by hand', () => {
  const cases: Array<[string, { file: string; line: number; function: string | null } | null]> = [
    ['    at ask (/home/dev/app/index.js:7:20)', { file: '/home/dev/app/index.js', line: 7, function: 'ask' }],
    ['    at async ask (file:///C:/dev/app.mjs:3:9)', { file: 'C:/dev/app.mjs', line: 3, function: 'ask' }],
    ['    at main (C:\\Users\\dev\\app\\index.js:12:5)', { file: 'C:\\Users\\dev\\app\\index.js', line: 12, function: 'main' }],
    ['    at file:///home/dev/app.mjs:4:1', { file: '/home/dev/app.mjs', line: 4, function: null }],
    ['    at POST (webpack-internal:///(rsc)/./app/api/chat/route.ts:20:22)', { file: './app/api/chat/route.ts', line: 20, function: 'POST' }],
    ['    at handler (webpack-internal:///(api)/./pages/api/chat.ts:12:3)', { file: './pages/api/chat.ts', line: 12, function: 'handler' }],
    ['    at Object.<anonymous> (/app/src/index.ts:5:1)', { file: '/app/src/index.ts', line: 5, function: 'Object.<anonymous>' }],
    ['    at Foo.bar [as baz] (/a/b.js:1:2)', { file: '/a/b.js', line: 1, function: 'Foo.bar [as baz]' }],
    ['    at eval (eval at run (/a/b.js:1:1), <anonymous>:3:7)', { file: '<anonymous>', line: 3, function: 'eval' }],
    ['    at async Promise.all (index 0)', { file: '<anonymous>', line: 0, function: 'Promise.all' }],
    ['    at generate (/$bunfs/root/src/cli.js:12:68)', { file: '/$bunfs/root/src/cli.js', line: 12, function: 'generate' }],
    // Bundled servers (Nitro, workers) print an anonymous function as `at (file…)`.
    ['  at (index.mjs:1:117486)  ', { file: 'index.mjs', line: 1, function: null }],
    // V8 marks an awaited frame inside the parentheses: `(async file:///…)`.
    ['    at null.<anonymous> (async file:///app/worker.js:30634:22)', { file: '/app/worker.js', line: 30634, function: 'null.<anonymous>' }],
    ['    at somewhere', null],
  ];
  for (const [line, want] of cases) {
    it(line.trim(), () => assert.deepEqual(parseNodeFrame(line), want));
  }
});

describe('where the trace is printed', () => {
  it('the Replicate seed: message first, then File lines; relative SDK paths are library code', () => {
    const text = fs.readFileSync(path.join(SEEDS, 'replicate-permission-denied.txt'), 'utf8');
    const [i] = scanText(text);
    assert.equal(i.provider, 'replicate');
    assert.deepEqual(frameOf(text), { file: 'app.py', line: 42, function: 'run_model' });
    assert.equal(i.frames.length, 2);
  });

  it('the OpenAI seed: a one-line report without frames', () => {
    const text = fs.readFileSync(path.join(SEEDS, 'openai-permission-denied.txt'), 'utf8');
    const got = scanText(text).map(toScanRecord);
    assert.equal(got.length, 1);
    assert.deepEqual([got[0].provider, got[0].status, got[0].model, got[0].frames, got[0].userFrame], ['openai', 403, 'gpt-4o', [], null]);
  });

  it("Streamlit's display: message, blank, Traceback:, blank-separated frames", () => {
    const text = `${OPENAI_403}\n\nTraceback:\n\nFile "/app/.venv/lib/python3.11/site-packages/streamlit/runtime/scriptrunner/exec_code.py", line 88, in exec_func_with_error_handling\n    result = func()\n\nFile "/app/app.py", line 42, in <module>\n    r = client.chat.completions.create(model="gpt-4o", messages=m)\n\nFile "/app/.venv/lib/python3.11/site-packages/openai/_base_client.py", line 1020, in request\n    raise self._make_status_error_from_response(err.response) from None\n`;
    assert.deepEqual(frameOf(text), { file: '/app/app.py', line: 42, function: '<module>' });
  });

  it('a Streamlit display rendered as Markdown: indentation gone, `<module>` eaten as a tag after `in`', () => {
    const frames = [
      'File "G:\\app\\webui\\Main.py", line 154, in',
      'asyncio.run(tm.start(task_id=task_id))',
      'File "G:\\app\\services\\llm.py", line 42, in _generate_response',
      'response = client.chat.completions.create(',
      'File "G:\\envs\\app\\lib\\site-packages\\openai\\_base_client.py", line 1020, in request',
      'raise x',
    ];
    const text = `NotFoundError: ${OPENAI_403}\nTraceback:\n${frames.join('\n')}\n`;
    assert.deepEqual(frameOf(text), { file: 'G:\\app\\services\\llm.py', line: 42, function: '_generate_response' });
    // The eaten function is none; the frame still counts (control: without llm.py, Main.py is the user's).
    assert.deepEqual(frameOf(`NotFoundError: ${OPENAI_403}\nTraceback:\n${[...frames.slice(0, 2), ...frames.slice(4)].join('\n')}\n`), {
      file: 'G:\\app\\webui\\Main.py',
      line: 154,
      function: null,
    });
  });

  it('Windows paths in Python and Node traces are kept as printed', () => {
    const py = `Traceback (most recent call last):\n  File "C:\\Users\\dev\\app\\main.py", line 9, in <module>\n    client.models.retrieve("gpt-4o")\n  File "C:\\Users\\dev\\app\\.venv\\Lib\\site-packages\\openai\\_base_client.py", line 1020, in request\n    raise x\nopenai.${OPENAI_403.replace('Error code', 'PermissionDeniedError: Error code')}\n`;
    assert.deepEqual(frameOf(py), { file: 'C:\\Users\\dev\\app\\main.py', line: 9, function: '<module>' });
    const node = `PermissionDeniedError: 403 You do not have access to model gpt-4o\n    at APIError.generate (file:///C:/dev/app/node_modules/openai/error.mjs:57:20)\n    at async main (file:///C:/dev/app/index.mjs:8:3)\n`;
    assert.deepEqual(frameOf(node), { file: 'C:/dev/app/index.mjs', line: 8, function: 'main' });
  });

  it('Next.js dev output: ⨯ head, webpack-internal frames, bundled chunks are library code', () => {
    const text = ` ⨯ Error: 403 You do not have access to model gpt-4o\n    at APIError.generate (webpack-internal:///(rsc)/./node_modules/openai/error.mjs:57:20)\n    at OpenAI.makeStatusError (/app/.next/server/chunks/842.js:1:2345)\n    at async POST (webpack-internal:///(rsc)/./app/api/chat/route.ts:20:22)\n    at async /app/.next/server/chunks/123.js:6:9\n`;
    const blocks = cut(text);
    assert.equal(blocks.length, 1);
    const t = parseBlock(blocks[0])!;
    assert.equal(t.frames.length, 4);
    const user = t.frames.filter((f) => !/node_modules|\.next/.test(f.file));
    assert.deepEqual(
      user.map((f) => f.file),
      ['./app/api/chat/route.ts'],
    );
    assert.equal(frameOf(text.replace('Error: 403', 'PermissionDeniedError: 403'))?.file, './app/api/chat/route.ts');
  });

  it('Deno: error: Uncaught (in promise) head, npm cache frames are library code', () => {
    const text = `error: Uncaught (in promise) PermissionDeniedError: 403 You do not have access to model gpt-4o\n    at APIError.generate (file:///home/dev/.cache/deno/npm/registry.npmjs.org/openai/4.52.0/error.mjs:57:20)\n    at async file:///home/dev/app/main.ts:5:13\n`;
    const [block] = cut(text);
    const t = parseBlock(block)!;
    assert.deepEqual([t.errorClass, t.status], ['PermissionDeniedError', 403]);
    assert.deepEqual(innermostUserFrame(t.frames), { file: '/home/dev/app/main.ts', line: 5, function: null });
    assert.ok(isLibraryFrame(t.frames[1]), 'the npm cache frame');
  });
});

describe('where it is logged', () => {
  it('a pino line: the stack in err.stack is decoded and read', () => {
    const stack =
      'PermissionDeniedError: 403 You do not have access to model gpt-4o\n    at APIError.generate (/srv/app/node_modules/openai/error.js:57:20)\n    at async ask (/srv/app/src/ask.js:14:9)';
    const line = JSON.stringify({ level: 50, time: 1, msg: 'request failed', err: { type: 'PermissionDeniedError', message: '403 …', stack } });
    const text = `{"level":30,"msg":"listening"}\n${line}\n{"level":30,"msg":"done"}\n`;
    assert.deepEqual(frameOf(text), { file: '/srv/app/src/ask.js', line: 14, function: 'ask' });
  });

  it('a structlog line: the traceback in exception is decoded and read', () => {
    const tb = `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 31, in run\n    client.chat.completions.create(model="gpt-4o", messages=m)\n  File "/srv/app/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1020, in request\n    raise x\nopenai.PermissionDeniedError: ${OPENAI_403}`;
    const text = `${JSON.stringify({ event: 'llm call failed', level: 'error', timestamp: '2025-04-16T23:19:50Z', exception: tb })}\n`;
    assert.deepEqual(frameOf(text), { file: '/srv/app/worker.py', line: 31, function: 'run' });
  });

  it('a head ending in a colon keeps its body across one blank line (.NET, Java)', () => {
    const body =
      '{\n  "error": {\n    "code": 403,\n    "message": "Method doesn\'t allow unregistered callers.",\n    "status": "PERMISSION_DENIED"\n  }\n}\n';
    const head =
      'Unhandled exception. GenerativeAI.Exceptions.GenerativeAIException: Error while requesting https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent';
    const joined = cut(`${head}:\n\n${body}`);
    assert.equal(joined.length, 1);
    assert.deepEqual(
      scanText(`${head}:\n\n${body}`).map((i) => [i.provider, i.cause, i.status, i.model]),
      [['google', 'missing-token', 403, 'gemini-pro']],
    );
    // Control: a head that ends its sentence is a report of its own; the body below is another.
    assert.equal(cut(`${head} failed.\n\n${body}`).length, 2);
  });

  it('a JSON record names the model beside its error text: the model is read from it', () => {
    const body = JSON.stringify({ error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } });
    const withModel = `${JSON.stringify({ message: body, status: 403, modelId: 'gemini-2.5-pro', providerId: 'gemini' })}\n`;
    assert.deepEqual(
      scanText(withModel).map((i) => [i.provider, i.cause, i.status, i.model]),
      [['google', 'permission-denied', 403, 'gemini-2.5-pro']],
    );
    // Control: the same record without its model field names no model (and no provider to go on).
    assert.deepEqual(scanText(`${JSON.stringify({ message: body, status: 403 })}\n`), []);
  });

  it('logger-prefixed one-line reports, several in one stream: several incidents', () => {
    const text = [
      'INFO:root:starting',
      `Letta.llm_api - ERROR - ${OPENAI_403}`,
      'INFO:root:retrying',
      `2025-04-16 23:19:50 error: openai.PermissionDeniedError: ${OPENAI_403}`,
      `ERROR:root:${OPENAI_403}`,
      '',
    ].join('\n');
    const traces = cut(text).map((b) => parseBlock(b)!);
    assert.deepEqual(
      traces.map((t) => [t.errorClass, t.status, t.frames.length]),
      [
        ['', 403, 0],
        ['openai.PermissionDeniedError', 403, 0],
        ['', 403, 0],
      ],
    );
    for (const t of traces) assert.ok(t.message.startsWith('Error code: 403 - {'), t.message);
    // Classification names the provider from the class here (the bare bodies are the packs' job).
    assert.deepEqual(
      scanText(text).map((i) => [i.provider, i.status, i.model, i.userFrame]),
      [['openai', 403, 'gpt-4o', null]],
    );
  });

  it('a report hard-wrapped at the terminal width is joined back', () => {
    const wrapped = OPENAI_403.match(/.{1,60}/g)!.join('\n');
    const [i] = scanText(`openai.PermissionDeniedError: ${wrapped}\n`);
    assert.equal(i.model, 'gpt-4o');
    assert.equal(i.status, 403);
  });

  it("replicate-js's failed-with-status line without a stack", () => {
    const line =
      '2025-01-01T00:00:00Z app error: Request to https://api.replicate.com/v1/models/a/b failed with status 403 Forbidden: {"detail":"You do not have permission"}.';
    assert.ok(line.slice(lineReportStart(line)).startsWith('Request to https://api.replicate.com/'));
  });

  it('a caption line, then the pretty-printed body on the lines below, is one report', () => {
    for (const caption of ['Error code: 404', '(status code 404)']) {
      const text = `${caption}\n{\n  "type": "error",\n  "error": {\n    "type": "not_found_error",\n    "message": "model: claude-3-opus-20240229"\n  }\n}\n`;
      const blocks = cut(`npm start\n${text}done\n`);
      assert.equal(blocks.length, 1, caption);
      const t = parseBlock(blocks[0])!;
      assert.equal(t.status, 404, caption);
      assert.match(t.message, /not_found_error/);
    }
    const [block] = cut('litellm.NotFoundError: AnthropicException -\n{"type":"error","error":{"type":"not_found_error","message":"model: x"}}\n');
    assert.match(parseBlock(block)!.message, /^AnthropicException -\{"type":"error"/);
  });

  it('report phrases make a line a report without an `error` word; benign lines near them stay quiet', () => {
    const reports = [
      '400 Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.',
      'Environment variable REPLICATE_API_TOKEN is required',
      'Something went wrong during completion. Reason: Country, region, or territory not supported',
      "Models could not be loaded: Client error: 'GET https://api.mistral.ai/v1/models' resulted in a '401 Unauthorized' response:",
    ];
    // Each found by the scanner among benign lines (the prefilter knows the phrases too) and classified.
    const got = reports.map((r) => scanText(`$ run\n${r}\n$ \n`).map((i) => [i.provider, i.cause]));
    assert.deepEqual(got, [
      [['openai', 'org-verification-required']],
      [['replicate', 'missing-token']],
      [['openai', 'unsupported-region']],
      [['mistral', 'invalid-token']],
    ]);
    // A report anchor cut across two chunks is still found.
    const line = 'Something went wrong during completion. Reason: Country, region, or territory not supported\n';
    const cutAt = line.indexOf('territory') + 4;
    const s = new StreamScanner();
    const split = [...s.push('x'.repeat(100) + '\n' + line.slice(0, cutAt)), ...s.push(line.slice(cutAt)), ...s.flush()];
    assert.equal(split.length, 1);
    // Near misses: the same words without the phrase, and the phrase with no provider in sight.
    for (const l of ['Your organization settings were verified', 'Environment variable NODE_ENV is set', 'Region not supported for this build target'])
      assert.equal(lineReportStart(l), -1, l);
    assert.deepEqual(scanText('Environment variable MY_APP_API_KEY is required\n'), []);
  });

  it("reads an app's `<VAR>_API_KEY is not set.` sentence printed alone as the key's provider missing it", () => {
    const line = 'GEMINI_API_KEY is not set. See https://ai.google.dev/gemini-api/docs/api-key to obtain one.\n';
    assert.deepEqual(
      scanText(`$ npm run start\nBuild is up-to-date.\n${line}`).map((i) => `${i.provider}/${i.cause}`),
      ['google/missing-token'],
    );
    // Controls: a clause of an SDK's warning that goes on without the key; a variable no pack names.
    assert.deepEqual(scanText('**OPENAI_API_KEY is not set, skipping trace export**\n'), []);
    assert.deepEqual(scanText('MY_APP_API_KEY is not set. See the README.\n'), []);
  });

  it("huggingface_hub's message below a blank line and transformers' quoted HTTP error belong to the report", () => {
    const hub =
      '403 Client Error. (Request ID: Root=1-abc)\n\nCannot access gated repo for url https://huggingface.co/org/m-1/resolve/main/config.json.\nAccess to model org/m-1 is restricted.\n';
    const oserror =
      'OSError: You are trying to access a gated repo.\nMake sure to have access to it at https://huggingface.co/org/m-2.\n401 Client Error. (Request ID: Root=1-abc)\n\nCannot access gated repo for url https://huggingface.co/org/m-2/resolve/main/config.json.\n';
    const older =
      'Error downloading tokenizer: You are trying to access a gated repo.\nMake sure to request access at https://huggingface.co/org/m-3 and pass a token having permission to this repo.\n';
    const got = [hub, oserror, older].map((t) => scanText(`$ python app.py\n${t}$ \n`).map((i) => [i.provider, i.cause, i.status, i.model]));
    assert.deepEqual(got, [
      [['huggingface', 'gated-repo', 403, 'org/m-1']],
      [['huggingface', 'gated-repo', 401, 'org/m-2']],
      [['huggingface', 'gated-repo', null, 'org/m-3']],
    ]);
    // Negative: after another kind of head, or a second time, the line below a blank is not the message.
    const blocks = cut('Error code: 401 - {"error": "bad"}\n\nStarting server on :8080\n');
    assert.deepEqual(
      blocks.map((b) => b.text),
      ['Error code: 401 - {"error": "bad"}'],
    );
    const twice = cut(
      '404 Client Error. (Request ID: x)\n\nRepository Not Found for url: https://huggingface.co/api/models/a/b.\n\nStarting server on :8080\n',
    );
    assert.equal(twice.length, 1);
    assert.ok(!twice[0].text.includes('Starting server'), twice[0].text);
  });

  it('the same report repeated on one line, or listed in a JSON array, is one incident each', () => {
    const body = `{"error":{"message":"Incorrect API key provided: sk-test-XXXX.","type":"invalid_request_error","code":"invalid_api_key"}}`;
    const twice = `Server Error: Request failed with status code 401 and body ${body}Server Error: Request failed with status code 401 and body ${body}\n`;
    assert.deepEqual(
      scanText(twice).map((i) => [i.provider, i.cause, i.status]),
      [
        ['openai', 'invalid-token', 401],
        ['openai', 'invalid-token', 401],
      ],
    );
    const az = "Error code: 403 - {'error': {'code': 'AuthenticationTypeDisabled', 'message': 'Key based authentication is disabled for this resource.'}}";
    const listed = `["${az}", "${az}"]\n`;
    assert.equal(scanText(listed).length, 2);
    // Negative: a body followed by something else (the error's own stack in a log cell) stays one report.
    const blocks = cut(`message:401 - ${body}name:AxiosErrorstack:AxiosError: Request failed with status code 401\n`);
    assert.equal(blocks.length, 1);
    assert.ok(blocks[0].text.includes('AxiosError'), blocks[0].text);
    // An object's fields repeating one error are one report.
    assert.equal(scanText(`{"level":50,"msg":"${az}","err":{"message":"${az}"}}\n`).length, 1);
  });

  it("LangChain JS's troubleshooting link makes a line a report; the provider's own words decide", () => {
    const link = (code: string) => `Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/${code}/`;
    const notFound = `404 Invalid URL (POST /v1/images/generations/chat/completions) ${link('MODEL_NOT_FOUND')}`;
    assert.deepEqual(
      scanText(`Something went wrong, please check.\n${notFound}\n$ \n`).map((i) => [i.provider, i.cause, i.status]),
      [['openai', 'destination-not-found', 404]],
    );
    // Negatives: a rate limit behind the same kind of link, a link naming no provider's words, a docs mention.
    assert.deepEqual(scanText(`429 Rate limit reached for requests ${link('MODEL_RATE_LIMIT')}\n`), []);
    assert.deepEqual(scanText(`404 Not Found ${link('MODEL_NOT_FOUND')}\n`), []);
    assert.deepEqual(scanText('See https://js.langchain.com/docs/troubleshooting/ for help.\n'), []);
  });

  it("an SDK error's object dump printed or pasted without its head: one block, its status and message", () => {
    const dump = [
      'status: 403,',
      '  headers: {',
      "    'content-type': 'application/json',",
      "    server: 'cloudflare'",
      '  },',
      '  request_id: undefined,',
      "  error: { error: { type: 'forbidden', message: 'Request not allowed' } }",
      '}',
    ].join('\n');
    const blocks = cut(`$ npx tsx example/google.ts\n${dump}\nTraceback (most recent call last):\n  File "app.py", line 3, in <module>\nKeyError: 'x'\n`);
    assert.deepEqual(
      blocks.map((b) => b.layout),
      ['node', 'python'],
    );
    const t = parseBlock(blocks[0])!;
    assert.deepEqual([t.status, t.message, t.frames.length], [403, 'Request not allowed', 0]);
    assert.deepEqual(
      scanText(`${dump}\n`).map((i) => [i.provider, i.cause, i.status, i.userFrame]),
      [['anthropic', 'unsupported-region', 403, null]],
    );
    // After its head (the stack left out) the dump belongs to that head's block: one incident, not two.
    const head = 'AuthenticationError: 401 {"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}';
    const withHead = cut(`${head}\nstatus: 401,\n  headers: {\n    'x-groq-region': 'us-west-1'\n  }\n}\n`);
    assert.equal(withHead.length, 1);
    assert.equal(parseBlock(withHead[0])!.message, head.slice('AuthenticationError: '.length));
    // Negatives: a status line that opens no dump ends at the next column-0 line; a non-AI 403 dump stays quiet.
    const lone = cut("status: 404,\n  error: { message: 'x' },\nStarting server on :8080\n");
    assert.deepEqual(
      lone.map((b) => b.text),
      ["status: 404,\n  error: { message: 'x' },"],
    );
    assert.deepEqual(scanText("status: 403,\n  headers: { server: 'GitHub.com' },\n  error: { message: 'Resource not accessible by integration' }\n}\n"), []);
  });

  it("a request a tool echoed right above the error gives the failing call's model, and only then", () => {
    const echo = (url: string, model: string) =>
      `${url}\n{\n  ${model},\n  temperature: 0.8,\n  stop: [ '<|im_end|>' ],\n  prompt: 'Hello\\n' +\n    'ChatGPT:\\n'\n}\n`;
    const error =
      'Error: Failed to send message. HTTP 404 - {\n    "error": {\n        "message": "That model does not exist",\n        "type": "invalid_request_error",\n        "param": null,\n        "code": null\n    }\n}\n\n    at ChatGPTClient.getCompletion (file:///home/dev/bot/src/ChatGPTClient.js:172:27)\n';
    const model = (text: string) => scanText(text).map((i) => [i.provider, i.cause, i.model]);
    const openaiEcho = echo('https://api.openai.com/v1/completions', "model: 'text-chat-davinci-002'");
    assert.deepEqual(model(`${openaiEcho}\n${error}`), [['openai', 'model-access', 'text-chat-davinci-002']]);
    // One block: the echo goes with the error, not on its own.
    const blocks = cut(`${openaiEcho}\n${error}`);
    assert.equal(blocks.length, 1);
    assert.match(blocks[0].request ?? '', /^https:\/\/api\.openai\.com/);
    // Negatives: an echo to another host, output between echo and error, a nested model key, no error after it.
    assert.deepEqual(model(`${echo('https://relay.example.com/v1/completions', "model: 'gpt-x'")}\n${error}`), [['openai', 'model-access', null]]);
    assert.deepEqual(model(`${openaiEcho}Retrying in 2s\n${error}`), [['openai', 'model-access', null]]);
    assert.deepEqual(model(`${echo('https://api.openai.com/v1/completions', "options: {\n    model: 'gpt-x'\n  }")}\n${error}`), [
      ['openai', 'model-access', null],
    ]);
    assert.deepEqual(scanText(`${openaiEcho}\nDone.\n`), []);
  });

  it('benign lines that say error are not reports (positive control above)', () => {
    for (const l of ['Found 0 errors. Watching for file changes.', 'error handling: retry on timeout', 'TypeError: x is undefined'])
      assert.equal(lineReportStart(l), -1, l);
  });
});

describe('scanner hygiene', () => {
  it('strips C1 controls, U+009D (OSC) included, from every field', () => {
    const text = `openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model: gpt-4o\u009d0;evil\u0007\u0085', 'code': 'permission_denied'}}\n`;
    const [i] = scanText(text);
    const out = JSON.stringify(toScanRecord(i)) + i.trace;
    assert.doesNotMatch(out, /[\u0080-\u009f]/);
    assert.equal(i.provider, 'openai');
  });

  it('keeps an error line over 64 KB, truncated, instead of dropping it', () => {
    const long = `openai.PermissionDeniedError: ${OPENAI_403.replace("'}}", "', 'detail': '" + 'x'.repeat(80 * 1024) + "'}}")}`;
    const text = `Traceback (most recent call last):\n  File "/srv/app.py", line 3, in <module>\n    client.models.retrieve("gpt-4o")\n${long}\n`;
    for (const chunk of [text.length, 4096]) {
      const e = new TraceEngine();
      const got = [];
      for (let k = 0; k < text.length; k += chunk) got.push(...e.push('long', text.slice(k, k + chunk)));
      got.push(...e.end('long'));
      assert.equal(got.length, 1, `chunks of ${chunk}`);
      assert.deepEqual(got[0].userFrame && [got[0].userFrame.file, got[0].userFrame.line], ['/srv/app.py', 3]);
      assert.ok(got[0].message.length < 20 * 1024);
    }
  });

  it('a lone block cutter finishes a report on its own', () => {
    const c = new BlockCutter({ maxBlockBytes: 1e6, maxBlockLines: 1e4 });
    const out: CutBlock[] = [];
    c.feed(`x - ERROR - ${OPENAI_403}`, false, out);
    c.finish(out);
    assert.deepEqual(
      out.map((b) => b.layout),
      ['line-report'],
    );
  });
});
