import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { parseNodeFrame } from '../../../src/core/parse/nodeFrame';

// A .NET exception as Azure.Core prints it in full: message, `Status:`, `ErrorCode:`, then its
// `Content:` and `Headers:` sections and its stack, whose frames say `in <file>:line <n>`.
function requestFailed(code: string, message: string, body: string): string {
  return [
    `Unhandled exception. Azure.RequestFailedException: ${message}`,
    'Status: 404 (Not Found)',
    `ErrorCode: ${code}`,
    '',
    'Content:',
    body,
    '',
    'Headers:',
    'x-ms-client-request-id: 2b4c8f0e-0000-0000-0000-000000000000',
    'apim-request-id: REDACTED',
    'Date: Tue, 23 Jan 2024 10:00:00 GMT',
    'Content-Length: 197',
    'Content-Type: application/json',
    '',
    '   at Azure.Core.HttpPipelineExtensions.ProcessMessageAsync(HttpPipeline pipeline, HttpMessage message, RequestContext requestContext, CancellationToken cancellationToken)',
    '   at Azure.AI.OpenAI.OpenAIClient.GetChatCompletionsAsync(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken) in /_/sdk/openai/Azure.AI.OpenAI/src/Custom/OpenAIClient.cs:line 291',
    '   at Demo.Chat.AskAsync(String question) in C:\\src\\demo\\Chat.cs:line 40',
    '   at Program.<Main>$(String[] args) in C:\\src\\demo\\Program.cs:line 12',
    '   at Program.<Main>(String[] args)',
    '',
  ].join('\n');
}

describe('.NET exceptions in full', () => {
  it('one incident for the whole exception, with the innermost frame in the user’s code', () => {
    const deployment =
      'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.';
    const text = requestFailed('DeploymentNotFound', deployment, `{"error":{"code":"DeploymentNotFound", "message":"${deployment}"}}`);
    const got = scanText(text).map((i) => ({ provider: i.provider, cause: i.cause, status: i.status, frame: i.userFrame }));
    assert.deepEqual(got, [
      { provider: 'azure-openai', cause: 'model-access', status: 404, frame: { file: 'C:\\src\\demo\\Chat.cs', line: 40, function: 'Demo.Chat.AskAsync' } },
    ]);
    // The message keeps the provider's body and leaves out the response headers.
    const message = scanText(text)[0].message;
    assert.match(message, /ErrorCode: DeploymentNotFound[\s\S]*"code":"DeploymentNotFound"/);
    assert.doesNotMatch(message, /apim-request-id|Content-Length/);
  });

  it('says nothing for an Azure Storage failure printed the same way (control above)', () => {
    const text = requestFailed(
      'ContainerNotFound',
      'The specified container does not exist.',
      '<?xml version="1.0"?><Error><Code>ContainerNotFound</Code></Error>',
    );
    assert.deepEqual(scanText(text), []);
  });

  it('reads .NET frames: the method, its file and line; a frame without source names no place', () => {
    assert.deepEqual(parseNodeFrame('   at Demo.Chat.AskAsync(String question) in /home/dev/demo/Chat.cs:line 40'), {
      file: '/home/dev/demo/Chat.cs',
      line: 40,
      function: 'Demo.Chat.AskAsync',
    });
    assert.equal(parseNodeFrame('   at Azure.Core.HttpPipelineExtensions.ProcessMessageAsync(HttpPipeline pipeline, HttpMessage message)'), null);
    // Node's own frames read as before.
    assert.deepEqual(parseNodeFrame('    at main (/app/index.js:3:1)'), { file: '/app/index.js', line: 3, function: 'main' });
  });

  it("System.ClientModel's `HTTP 401 (code)` head, a blank line, then the provider's message: one report", () => {
    const message = 'Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.';
    for (const prefix of ['', 'Unhandled exception. ']) {
      const text = [
        `${prefix}System.ClientModel.ClientResultException: HTTP 401 (invalid_request_error: invalid_api_key)`,
        '',
        message,
        '   at OpenAI.ClientPipelineExtensions.ProcessMessageAsync(ClientPipeline pipeline, PipelineMessage message, RequestOptions options)',
        '   at Program.<Main>$(String[] args) in /home/dev/app/Program.cs:line 9',
        '',
      ].join('\n');
      const got = scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.userFrame?.file}:${i.userFrame?.line}`);
      assert.deepEqual(got, ['openai/invalid-token/401//home/dev/app/Program.cs:9'], JSON.stringify(prefix));
    }
    // Control: a storage service's failure in the same shape says nothing.
    const storage =
      'System.ClientModel.ClientResultException: HTTP 404 (BlobNotFound)\n\nThe specified blob does not exist.\n   at Program.<Main>$(String[] args) in /home/dev/app/Program.cs:line 9\n';
    assert.deepEqual(scanText(storage), []);
  });

  it("an outer exception's sections, then ` ---> ` and the inner one: one report (control: two failures, two)", () => {
    const deployment =
      'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.';
    const exception = (cls: string) => [
      `${cls}: ${deployment}`,
      'Status: 404 (Not Found)',
      'ErrorCode: DeploymentNotFound',
      '',
      'Content:',
      `{"error":{"code":"DeploymentNotFound", "message":"${deployment}"}}`,
      '',
      'Headers:',
      'apim-request-id: REDACTED',
      'Content-Type: application/json',
      '',
    ];
    const inner = [...exception('Error: Microsoft.SemanticKernel.HttpOperationException'), ...exception('---> Azure.RequestFailedException')].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}`);
    assert.deepEqual(read(inner), ['azure-openai/model-access/404']);
    const twice = [...exception('Azure.RequestFailedException'), 'done', '', ...exception('Azure.RequestFailedException')].join('\n');
    assert.deepEqual(read(twice), ['azure-openai/model-access/404', 'azure-openai/model-access/404']);
  });

  it("the inner exception's ` ---> ` line heads its `Status:` line, the arrow's indentation not the output's", () => {
    const text = [
      'Headers:',
      'Date: Fri, 08 Mar 2024 23:43:08 GMT',
      '',
      ' ---> Azure.RequestFailedException: The API deployment for this resource does not exist.',
      'Status: 404 (Not Found)',
      'ErrorCode: DeploymentNotFound',
      '',
    ].join('\n');
    assert.deepEqual(
      scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['azure-openai/model-access/404'],
    );
    // Control: a line indented as a whole output is still read up to its indentation's end.
    const quoted = '  openai.AuthenticationError: Error code: 401 - {"error": {"code": "invalid_api_key"}}\nnext\n';
    assert.deepEqual(
      scanText(quoted).map((i) => `${i.provider}/${i.status}`),
      ['openai/401'],
    );
  });

  it("a logging policy's `Error response [id] 404 DeploymentNotFound` line is a report (control: a 200 response)", () => {
    const log = (status: string) =>
      ['warn: System.ClientModel.Primitives.MessageLoggingPolicy[8]', `      Error response [3d125785-6d67-4a01-8c01-f1a2581f7e1b] ${status} (00.2s)`].join(
        '\n',
      );
    assert.deepEqual(
      scanText(log('404 DeploymentNotFound')).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['azure-openai/model-access/404'],
    );
    assert.deepEqual(scanText(log('200 OK').replace('Error response', 'Response')), []);
  });

  it("a bare 401 whose only sign is the Azure OpenAI SDK's source-less frames is Azure OpenAI's (control: Azure Storage's)", () => {
    const text = (frame: string) =>
      [
        'System.ClientModel.ClientResultException: Service request failed.',
        'Status: 401 (Unauthorized)',
        '',
        `   at ${frame}(ClientPipeline pipeline, PipelineMessage message)`,
        '',
      ].join('\n');
    assert.deepEqual(
      scanText(text('Azure.AI.OpenAI.ClientPipelineExtensions.ProcessMessageAsync')).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['azure-openai/invalid-token/401'],
    );
    assert.deepEqual(scanText(text('Azure.Storage.Blobs.BlobRestClient.DownloadAsync')), []);
  });
});

describe('.NET: the inner exception right under the outer message', () => {
  const message =
    'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.';

  it('is the same failure: one incident, the status from the inner line', () => {
    const got = scanText(`${message}\n ---> System.ClientModel.ClientResultException: HTTP 404 (: DeploymentNotFound)\n`);
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['azure-openai/model-access/404'],
    );
  });

  it('without the inner line, the message alone is still read (no status); a line after a blank one is not joined', () => {
    assert.deepEqual(
      scanText(`${message}\n`).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['azure-openai/model-access/null'],
    );
    assert.equal(scanText(`${message}\n\n ---> System.IO.IOException: disk full\n`).length, 1);
  });
});

describe(".NET: the OpenAI SDK printing Azure OpenAI's 404 for a path it does not serve", () => {
  it('reads `HTTP 404 (: 404)` over `Resource not found` as that 404; the same status over other words says nothing', () => {
    const text = (words: string) =>
      [
        `Failed to generate commit message: System.ClientModel.ClientResultException: HTTP 404 (: 404)`,
        ' ',
        words,
        '   at OpenAI.ClientPipelineExtensions.<ProcessMessageAsync>d__0.MoveNext() + 0x29a',
        '',
      ].join('\n');
    assert.deepEqual(
      scanText(text('Resource not found')).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['azure-openai/destination-not-found/404'],
    );
    assert.deepEqual(scanText(text('The specified blob does not exist.')), []);
  });
});

describe(".NET: Semantic Kernel around the OpenAI SDK, the inner exception under the outer one's message", () => {
  const sk = (head: string, message: string) =>
    [
      `Unhandled exception. Microsoft.SemanticKernel.HttpOperationException: ${head}`,
      '',
      message,
      ` ---> System.ClientModel.ClientResultException: ${head}`,
      '',
      message,
      '   at OpenAI.ClientPipelineExtensions.ProcessMessageAsync(ClientPipeline pipeline, PipelineMessage message, RequestOptions options)',
      '   --- End of inner exception stack trace ---',
      '   at Microsoft.SemanticKernel.Connectors.OpenAI.ClientCore.RunRequestAsync[T](Func`1 request)',
      '   at Program.<Main>$(String[] args) in C:\\dev\\SkDemo\\Program.cs:line 18',
      '   at Program.<Main>(String[] args)',
      '',
    ].join('\n');

  it("is one failure, with the user's frame below the inner stack's end", () => {
    const got = scanText(sk('HTTP 404 (invalid_request_error: model_not_found)', 'The model `gpt-5-turbo` does not exist or you do not have access to it.'));
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}/${i.userFrame?.file}:${i.userFrame?.line}`),
      ['openai/model-access/404/gpt-5-turbo/C:\\dev\\SkDemo\\Program.cs:18'],
    );
  });

  it('says nothing for the same shape carrying a rate limit (control above)', () => {
    assert.deepEqual(
      scanText(
        sk(
          'HTTP 429 (requests: rate_limit_exceeded)',
          'Rate limit reached for gpt-4o in organization org-abc on requests per min (RPM): Limit 3, Used 3, Requested 1.',
        ),
      ),
      [],
    );
  });
});

// Windows in another language: .NET words its frames (`bei … in …:Zeile 12.`, `в … в …:строка 12`) and the
// message of `EnsureSuccessStatusCode()` its own way, the reason phrase too on .NET Framework.
describe('.NET in the UI language', () => {
  it('reads a localized frame with its source (German, Spanish, French, Portuguese, Russian, Korean); prose and a frame without source name no place', () => {
    const place = { file: 'C:\\src\\App\\Chat.cs', line: 42, function: 'App.Chat.AskAsync' };
    for (const line of [
      '   bei App.Chat.AskAsync(String prompt) in C:\\src\\App\\Chat.cs:Zeile 42.',
      '   en App.Chat.AskAsync(String prompt) en C:\\src\\App\\Chat.cs:línea 42',
      '   à App.Chat.AskAsync(String prompt) dans C:\\src\\App\\Chat.cs:ligne 42',
      '   em App.Chat.AskAsync(String prompt) na C:\\src\\App\\Chat.cs:linha 42',
      '   в App.Chat.AskAsync(String prompt) в C:\\src\\App\\Chat.cs:строка 42',
      '   위치: App.Chat.AskAsync(String prompt) 파일 C:\\src\\App\\Chat.cs:줄 42',
    ]) {
      assert.deepEqual(parseNodeFrame(line), place, line);
    }
    // Controls: a frame without its source, and Spanish prose that starts the same way.
    assert.equal(parseNodeFrame('   bei System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()'), null);
    assert.equal(parseNodeFrame('   en la línea 42 del archivo Chat.cs'), null);
  });

  const body = (message: string, code: string): string => ['{', '  "error": {', `    "message": "${message}",`, `    "code": "${code}"`, '  }', '}'].join('\n');
  const trace = (head: string, errorBody: string): string =>
    [
      head,
      '   bei System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()',
      '   bei App.Chat.<AskAsync>d__4.MoveNext() in C:\\src\\App\\Chat.cs:Zeile 42.',
      '--- Ende der Stapelüberwachung vom vorhergehenden Ort, an dem die Ausnahme ausgelöst wurde ---',
      '   bei System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw()',
      '   bei App.Program.Main(String[] args) in C:\\src\\App\\Program.cs:Zeile 12.',
      errorBody,
      '',
    ].join('\n');
  const read = (text: string): string[] =>
    scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : null}`);

  it('reads a localized EnsureSuccessStatusCode head over frames with sources and the body under them: the status and the user frame', () => {
    const key = body(
      'Incorrect API key provided: sk-abc***1234. You can find your API key at https://platform.openai.com/account/api-keys.',
      'invalid_api_key',
    );
    assert.deepEqual(read(trace('Der Antwortstatuscode gibt keinen Erfolg an: 401 (Nicht autorisiert).', key)), [
      'openai/invalid-token/401/C:\\src\\App\\Chat.cs:42',
    ]);
    // The reason phrase in Russian (.NET Framework) states the status the same way.
    assert.deepEqual(read(trace('Код состояния ответа не указывает на успешное выполнение: 401 (Не авторизован).', key)), [
      'openai/invalid-token/401/C:\\src\\App\\Chat.cs:42',
    ]);
    // Control: the same trace carrying a quota refusal says nothing.
    const quota = body('You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota');
    assert.deepEqual(read(trace('Der Antwortstatuscode gibt keinen Erfolg an: 429 (Too Many Requests).', quota)), []);
  });
});

describe("System.ClientModel's message logging (the .NET SDKs built on it)", () => {
  const id = '3d125785-6d67-4a01-8c01-f1a2581f7e1b';
  const log = (requestId: string, stamp = ''): string =>
    [
      'info: System.ClientModel.Primitives.MessageLoggingPolicy[1]',
      `      Request [${requestId}] POST https://res.openai.azure.com/openai/deployments/my-gpt/chat/completions?api-version=2025-03-01-preview`,
      '      [Content-Type, application/json], [api-key, REDACTED]',
      'warn: System.ClientModel.Primitives.MessageLoggingPolicy[8]',
      `      Error response [${id}] 404 DeploymentNotFound (00.2s)`,
      '',
    ]
      .map((l) => stamp + l)
      .join('\n');
  const read = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

  it('takes the request logged under the same id as the error response: its URL names the deployment', () => {
    assert.deepEqual(read(log(id)), ['azure-openai/model-access/404/my-gpt']);
    assert.deepEqual(read(log(id, '2025-08-06T21:27:59.5662649Z ')), ['azure-openai/model-access/404/my-gpt']);
  });

  it("another request's line (another id) names no model of this response (control)", () => {
    assert.deepEqual(read(log('0b7f6c1e-0000-4a01-8c01-f1a2581f7e1b')), ['azure-openai/model-access/404/null']);
  });
});
