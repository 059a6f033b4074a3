import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { isLibraryFrame } from '../../../src/core/parse/frames';
import { stripLinePrefix } from '../../../src/core/scan/linePrefix';
import { frame } from './helpers';

/** Each incident as provider/cause/status/model, then the user's frame. */
function read(text: string): string[] {
  return scanText(text).map(
    (i) => `${i.provider}/${i.cause}/${i.status}/${i.model} @ ${i.userFrame ? `${i.userFrame.file}:${i.userFrame.line} ${i.userFrame.function}` : 'none'}`,
  );
}

// Output copied from cloud and serverless platforms' log viewers (Vercel, Netlify, Lambda, HF Spaces).
describe('platform logs: deploy and function logs as users copy them', () => {
  it("a Vercel build log's time column and Turborepo's task column come off; replicate-js without a token is Replicate's", () => {
    const build = [
      '17:40:04.825 | next-replicate:build: Error: Missing required parameter: auth',
      '17:40:04.825 | next-replicate:build:     at new c (/vercel/path0/apps/web/.next/server/app/api/chat/route.js:18:22360)',
      '17:40:04.826 | next-replicate:build:     at __webpack_require__ (/vercel/path0/apps/web/.next/server/edge-runtime-webpack.js:25:42)',
    ].join('\n');
    assert.deepEqual(read(build), ['replicate/missing-token/null/null @ /vercel/path0/apps/web/.next/server/app/api/chat/route.js:18 new c']);
    // The newer viewer's bracketed clock reads the same.
    assert.deepEqual(read(build.replace(/^17:40:04\.82\d \| /gm, '[17:40:04.825] ')), read(build));
    // Negative control: another library's missing `authToken` parameter is not Replicate's.
    assert.deepEqual(read(build.replace('parameter: auth', 'parameter: authToken')), []);
  });

  it("a Lambda record's columns come off (Node's console, Python's logging)", () => {
    const node = [
      '2024-05-01T12:00:00.123Z\t8f5e1c2a-1b2c-4d3e-9f00-0123456789ab\tERROR\tError: 401 Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
      '2024-05-01T12:00:00.123Z\t8f5e1c2a-1b2c-4d3e-9f00-0123456789ab\tERROR\t    at APIError.generate (/var/task/node_modules/openai/error.js:44:20)',
      '2024-05-01T12:00:00.123Z\t8f5e1c2a-1b2c-4d3e-9f00-0123456789ab\tERROR\t    at async handler (/var/task/index.mjs:9:16)',
    ].join('\n');
    assert.deepEqual(read(node), ['openai/invalid-token/401/null @ /var/task/index.mjs:9 handler']);
    const python =
      "[ERROR]\t2024-05-01T12:00:00.123Z\t8f5e1c2a-1b2c-4d3e-9f00-0123456789ab\topenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}";
    assert.deepEqual(read(python), ['openai/invalid-token/401/null @ none']);
    // Negative control: a rate limit in the same record stays silent.
    assert.deepEqual(read(node.replace(/401 Incorrect API key provided: .*$/m, '429 Rate limit reached for gpt-4o')), []);
  });

  it("a Lambda Node record's Invoke Error JSON: its stack printed as a list of lines is one trace", () => {
    const record = (stack: string[]): string =>
      `2024-05-01T12:00:00.123Z\t8f5e1c2a-1b2c-4d3e-9f00-0123456789ab\tERROR\tInvoke Error \t${JSON.stringify({
        errorType: 'AuthenticationError',
        errorMessage: '401 Incorrect API key provided: sk-proj-****abcd.',
        status: 401,
        stack,
      })}`;
    const stack = [
      'Error: 401 Incorrect API key provided: sk-proj-****abcd.',
      '    at APIError.generate (file:///var/task/node_modules/openai/error.mjs:44:20)',
      '    at async Runtime.handler (file:///var/task/index.mjs:9:16)',
    ];
    assert.deepEqual(read(record(stack)), ['openai/invalid-token/401/null @ /var/task/index.mjs:9 Runtime.handler']);
    // Control: a list of separate messages (no frame lines) is still read item by item, with no frame.
    const items = read(record([stack[0], stack[0].replace('abcd', 'efgh')]));
    assert.ok(items.length > 0);
    assert.deepEqual(
      items.filter((r) => !r.endsWith('@ none')),
      [],
    );
  });

  it("a Lambda layer's Python packages (/opt/python/) are library code", () => {
    assert.equal(isLibraryFrame(frame('/opt/python/openai/_base_client.py', 1059, '_request')), true);
    assert.equal(isLibraryFrame(frame('/var/task/lambda_function.py', 12, 'lambda_handler')), false);
  });

  it("Lambda's own runtime (/var/runtime/) is library code: the handler's frame below it is the user's", () => {
    // A CloudWatch record of a handler that calls `context.fail(err)`: the runtime's frames come first.
    const invokeError =
      '2024-05-01T12:00:00.000Z\t6d2a1c3e-1111-2222-3333-444455556666\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"401 Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.","stack":["Error: 401 Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.","    at intoError (file:///var/runtime/index.mjs:46:16)","    at postError (file:///var/runtime/index.mjs:711:51)","    at Object.fail (file:///var/runtime/index.mjs:782:20)","    at /var/task/index.js:43:25","    at IncomingMessage.emit (node:events:539:35)"]}';
    assert.deepEqual(read(invokeError), ['openai/invalid-token/401/null @ /var/task/index.js:43 null']);
    assert.equal(isLibraryFrame(frame('/var/runtime/bootstrap.py', 60, 'handle_event_request')), true);
    // Negative control: the deployment package's own files (the handler under /var/task/) stay the user's.
    assert.equal(isLibraryFrame(frame('/var/task/index.mjs', 12, 'Runtime.handler')), false);
  });

  it("Azure Container Apps' log stream (a JSON record per line, `Log` after the F tag) reads as the container's lines", () => {
    const record = (log: string): string =>
      JSON.stringify({ TimeStamp: '2025-08-14T11:50:20.6074532+00:00', Log: log }).replace(/","/g, '", "').replace(/":"/g, '": "');
    const stream = [
      'F Traceback (most recent call last):',
      'F   File "/app/backend/app.py", line 42, in chat',
      'F     resp = await client.chat.completions.create(model="gpt-4o", messages=m)',
      'F   File "/usr/local/lib/python3.11/site-packages/openai/_base_client.py", line 1634, in _request',
      'F     raise self._make_status_error_from_response(err.response) from None',
      "F openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to API/Operation.'}}",
    ];
    assert.equal(record(stream[1]), '{"TimeStamp": "2025-08-14T11:50:20.6074532+00:00", "Log": "F   File \\"/app/backend/app.py\\", line 42, in chat"}');
    assert.deepEqual(read(stream.map(record).join('\n')), ['azure-openai/principal-no-access/403/gpt-4o @ /app/backend/app.py:42 chat']);
    // Negative control: the same records around Azure AI Search's own refusal (no AI provider's call) say nothing.
    const search = stream
      .slice(0, 2)
      .concat(['F azure.core.exceptions.HttpResponseError: () Authorization failed.', 'F Code: ', 'F Message: Authorization failed.']);
    assert.deepEqual(read(search.map(record).join('\n')), []);
  });

  it("a Lambda console's error JSON, its trace pretty-printed an item a line, keeps its frames", () => {
    const result = (message: string, frames: string[]): string =>
      [
        '{',
        '  "errorType": "Error",',
        `  "errorMessage": "${message}",`,
        '  "trace": [',
        `    "Error: ${message}",`,
        ...frames.map((f) => `    "    at ${f}",`),
        '  ]',
        '}',
      ].join('\n');
    const badKey = '401 Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.';
    const sdkFrames = [
      'APIError.generate (/var/task/node_modules/openai/error.js:44:20)',
      'OpenAI.makeStatusError (/var/task/node_modules/openai/core.js:275:33)',
      'async Runtime.handler (file:///var/task/index.mjs:12:20)',
    ];
    assert.deepEqual(read(result(badKey, sdkFrames)), ['openai/invalid-token/401/null @ /var/task/index.mjs:12 Runtime.handler']);
    assert.equal(
      stripLinePrefix('    "    at async Runtime.handler (file:///var/task/index.mjs:12:20)",'),
      '    at async Runtime.handler (file:///var/task/index.mjs:12:20)',
    );
    // Negative controls: a keyed string stays as printed, and OpenSearch's refusal of a Lambda's bulk write says nothing.
    assert.equal(stripLinePrefix('  "message": "    at least one field is required",'), '  "message": "    at least one field is required",');
    const refused = String.raw`{\"statusCode\":403,\"responseBody\":{\"error\":{\"type\":\"security_exception\",\"reason\":\"no permissions for [indices:data/write/bulk]\"},\"status\":403}}`;
    assert.deepEqual(read(result(refused, ['intoError (file:///var/runtime/index.mjs:46:16)', '/var/task/index.js:43:25'])), []);
  });

  it("Lambda's Runtime.UnhandledPromiseRejection record is one failure: the reason's stack, not the wrapper's repeat", () => {
    const message = '401 Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.';
    const reason = {
      errorType: 'Error',
      errorMessage: message,
      stack: [
        `Error: ${message}`,
        '    at OpenAI.makeStatusError (file:///var/task/node_modules/openai/core.mjs:275:33)',
        '    at async ask (file:///var/task/index.mjs:12:20)',
      ],
    };
    const wrapper = [
      `Runtime.UnhandledPromiseRejection: Error: ${message}`,
      '    at process.<anonymous> (file:///var/runtime/index.mjs:1194:17)',
      '    at process.emit (node:events:513:28)',
    ];
    const record = (fields: object): string =>
      `2023-02-16T00:42:01.764Z\t1f67eff4-2749-4ac9-bf2e-8b9575264edf\tERROR\tUnhandled Promise Rejection \t${JSON.stringify({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: `Error: ${message}`, ...fields })}`;
    assert.deepEqual(read(record({ reason, promise: {}, stack: wrapper })), ['openai/invalid-token/401/null @ /var/task/index.mjs:12 ask']);
    // Negative control: without the reason's stack the wrapper is the only trace and stays (its runtime frames are no user's).
    assert.deepEqual(read(record({ reason: { errorType: 'Error', errorMessage: message }, promise: {}, stack: wrapper })), [
      'openai/invalid-token/401/null @ none',
    ]);
  });

  it("a Lambda deployment package's bundled SDK (/var/task/openai/) is library code beside the handler", () => {
    const trace = (handler: string): string =>
      [
        "[ERROR] AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        'Traceback (most recent call last):',
        `  File "${handler}", line 12, in lambda_handler`,
        '    resp = client.chat.completions.create(model="gpt-4o", messages=messages)',
        '  File "/var/task/openai/_utils/_utils.py", line 274, in wrapper',
        '    return func(*args, **kwargs)',
        '  File "/var/task/openai/_base_client.py", line 1041, in _request',
        '    raise self._make_status_error_from_response(err.response) from None',
      ].join('\n');
    assert.deepEqual(read(trace('/var/task/lambda_function.py')), ['openai/invalid-token/401/gpt-4o @ /var/task/lambda_function.py:12 lambda_handler']);
    // Negative control: the package's own folders (not an SDK's name) stay the user's.
    assert.deepEqual(read(trace('/var/task/app/handler.py')), ['openai/invalid-token/401/gpt-4o @ /var/task/app/handler.py:12 lambda_handler']);
    assert.equal(isLibraryFrame(frame('/var/task/app/handler.py', 12, 'lambda_handler')), false);
  });

  it("a Python Lambda's invoke response (errorMessage, errorType, stackTrace) reads as the traceback it stands for", () => {
    const response = (errorType: string, errorMessage: string, frames: string[]): string =>
      JSON.stringify({ errorMessage, errorType, requestId: '6d2a1c3e-1111-2222-3333-444455556666', stackTrace: frames });
    const frames = [
      '  File "/var/task/lambda_function.py", line 10, in lambda_handler\n    response = client.chat.completions.create(model="gpt-4o", messages=m)\n',
      '  File "/var/task/openai/_base_client.py", line 1010, in _request\n    raise self._make_status_error_from_response(err.response) from None\n',
    ];
    const badKey =
      "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";
    assert.deepEqual(read(response('AuthenticationError', badKey, frames)), [
      'openai/invalid-token/401/gpt-4o @ /var/task/lambda_function.py:10 lambda_handler',
    ]);
    // Negative control: S3 refusing the same handler's read (boto's ClientError, no AI provider) says nothing.
    const s3 = [
      '  File "/var/task/lambda_function.py", line 8, in lambda_handler\n    obj = s3.get_object(Bucket=b, Key=k)\n',
      '  File "/var/runtime/botocore/client.py", line 1009, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n',
    ];
    assert.deepEqual(read(response('ClientError', 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied', s3)), []);
  });

  it("Gradio's gr.load without a Hugging Face token (a Space's runtime error) is a missing token", () => {
    const space = [
      'Traceback (most recent call last):',
      '  File "/home/user/app/app.py", line 3, in <module>',
      '    gr.load("models/meta-llama/Llama-3.1-8B-Instruct").launch()',
      '  File "/usr/local/lib/python3.10/site-packages/gradio/external.py", line 149, in from_model',
      '    response.status_code == 200',
      'AssertionError: Could not find model: meta-llama/Llama-3.1-8B-Instruct. If it is a private or gated model, please provide your Hugging Face access token (https://huggingface.co/settings/tokens) as the argument for the `hf_token` parameter.',
    ].join('\n');
    assert.deepEqual(read(space), ['huggingface/missing-token/null/meta-llama/Llama-3.1-8B-Instruct @ /home/user/app/app.py:3 <module>']);
    // Negative control: the model that does not exist at all (no token asked for) says nothing of access.
    assert.deepEqual(read(space.replace(/ If it is a private.*$/m, '')), []);
  });

  it("the CloudWatch console's table pasted as Markdown reads as the record; an API route is no repo's name", () => {
    const rows = (messages: string[]): string =>
      messages
        .map((m, i) => `${i ? '  | ' : ''}2023-07-05T22:00:23.165+08:00${m} | ${m}`)
        .join('\n')
        .replace('\n', '\n-- | --\n');
    const notFound = (url: string): string =>
      rows([
        'huggingface_hub.utils._errors.RepositoryNotFoundError: 401 Client Error. (Request ID: 87df43d5-70cb-4d04-9e51-14a5b760ced1)',
        `Repository Not Found for url: ${url}.`,
        'Please make sure you specified the correct `repo_id` and `repo_type`.',
      ]);
    assert.deepEqual(read(notFound('https://huggingface.co/api/models/None/tree/float16?recursive=True')), ['huggingface/model-access/401/null @ none']);
    // Control: an owner/name repo is still the model, before the API's route.
    assert.deepEqual(read(notFound('https://huggingface.co/api/models/acme/private-model/revision/main')), [
      'huggingface/model-access/401/acme/private-model @ none',
    ]);
  });

  it("a Netlify edge function's log: the first @anthropic-ai/sdk's Sampling error, with Anthropic named", () => {
    const log = [
      'Apr 25, 12:36:49 PM: error  [entry] Anthropic API Error:  Error: Sampling error: 401 Unauthorized',
      'Apr 25, 12:36:49 PM: error  [entry]     at Client.<anonymous> (file:///root/.netlify/edge-functions/entry.js:69157:24)',
    ].join('\n');
    assert.deepEqual(read(log), ['anthropic/invalid-token/401/null @ /root/.netlify/edge-functions/entry.js:69157 Client.<anonymous>']);
    // Control: the same words with no vendor named are no one's.
    assert.deepEqual(read(log.replace('Anthropic API Error:  ', '')), []);
  });

  it("a Cloudflare Worker's `(error) {` dump of an APICallError is one report however many header lines it prints", () => {
    const headers = Array.from({ length: 30 }, (_, i) => `    'x-header-${i}': 'value-${i}',`);
    const dump = [
      '(error) {',
      "  name: 'AI_APICallError',",
      "  message: 'User location is not supported for the API use.',",
      "  url: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash-latest:generateContent',",
      '  statusCode: 400,',
      '  responseHeaders: {',
      ...headers,
      '  },',
      "  responseBody: '{\\n' +",
      `    '    "message": "User location is not supported for the API use.",\\n' +`,
      `    '    "status": "FAILED_PRECONDITION"\\n' +`,
      "    '}\\n',",
      '  isRetryable: false',
      '}',
    ].join('\n');
    assert.deepEqual(read(dump), ['google/unsupported-region/400/gemini-1.5-flash-latest @ none']);
  });

  it("Gemini's older region words without `is`, shown alone by a chat app, are read", () => {
    assert.deepEqual(read('User location not supported for the API use.'), ['google/unsupported-region/null/null @ none']);
    // Control: a location that is merely not set is nobody's refusal.
    assert.deepEqual(read('User location not set; using the default timezone.'), []);
  });

  it("a Worker's own log of Claude's status over Cloudflare's plain-text refusal (`wrangler tail`) is a network block", () => {
    const line = '(error) [ai-analysis] Claude API returned 403: error code: 1000';
    assert.deepEqual(read(line), ['anthropic/network-block/403/null @ none']);
    assert.deepEqual(read('Error: Claude API returned 403: error code: 1020'), ['anthropic/network-block/403/null @ none']);
    // Negative controls: another API behind the same refusal is nobody's here; Cloudflare's rate limit
    // (1015) and a server error are no access failure.
    assert.deepEqual(read(line.replace('Claude API', 'Weather API')), []);
    assert.deepEqual(read('(error) Claude API returned 429: error code: 1015'), []);
    assert.deepEqual(read('(error) Claude API returned 502: error code: 1000'), []);
    assert.deepEqual(read('(log) processed 1000 items, error code: 1000 records skipped'), []);
  });

  it("huggingface_hub's hint lines under an app's `401 Client Error` head stay one report, the server's reason last", () => {
    const text = [
      'Failed to create sandbox: 401 Client Error. (Request ID: Root=1-69f78f14-27d385ec61caa7e828ef0896;f6203fe6-f998-48d5-af63-3d6f038f0d5e)',
      '',
      'Repository Not Found for url: https://huggingface.co/api/spaces/someone/sandbox-a8642dad/hardware.',
      'Please make sure you specified the correct `repo_id` and `repo_type`.',
      'If you are trying to access a private or gated repo, make sure you are authenticated and your token has the required permissions.',
      'For more details, see https://huggingface.co/docs/huggingface_hub/authentication',
      'Invalid username or password.',
    ].join('\n');
    assert.deepEqual(read(text), ['huggingface/invalid-token/401/null @ none']);
    // Control: without the server's reason, the hint alone says the repository is not found.
    assert.deepEqual(read(text.replace(/\nInvalid username or password\.$/, '')), ['huggingface/model-access/401/null @ none']);
    // Control: another report after the hint is still its own.
    assert.equal(read(`${text}\n\nError code: 401 - {'error': {'message': 'Incorrect API key provided: sk-****abcd.', 'code': 'invalid_api_key'}}`).length, 2);
  });

  it("a Cython-compiled module's frame (package-relative file, qualified function) is library code", () => {
    assert.equal(isLibraryFrame(frame('pydantic/main.py', 341, 'pydantic.main.BaseModel.__init__')), true);
    assert.equal(isLibraryFrame(frame('grpc/_cython/_cygrpc/aio/call.pyx.pxi', 110, 'grpc._cython.cygrpc._AioCall.unary_unary')), true);
    // Negative controls: the user's relative file with a plain function, or a function named after another package.
    assert.equal(isLibraryFrame(frame('app/main.py', 12, 'main')), false);
    assert.equal(isLibraryFrame(frame('app.py', 2, '<module>')), false);
    assert.equal(isLibraryFrame(frame('bot/handlers.py', 8, 'pydantic.main.BaseModel.__init__')), false);
  });
});
