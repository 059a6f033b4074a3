import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { isLibraryFrame, statusFrom } from '../../../src/core/parse/frames';
import { stripLinePrefix } from '../../../src/core/scan/linePrefix';

const brief = (text: string) => scanText(text).map((i) => ({ provider: i.provider, cause: i.cause, status: i.status }));

// What programs outside Python and JavaScript print for an access failure: R's rlang conditions
// (httr2, ellmer), R reprexes, an R package's own report line.
describe('other languages', () => {
  it("reads R's condition as one report: head, `!` message and cli bullets, a chained `Caused by error`", () => {
    const azure = [
      'Error in `req_perform_connection()` at elmer/R/httr2.R:36:3:',
      '! HTTP 401 Unauthorized.',
      '• PermissionDenied: Principal does not have access to API/Operation.',
    ].join('\n');
    assert.deepEqual(brief(azure), [{ provider: 'azure-openai', cause: 'principal-no-access', status: 401 }]);
    const mistral = [
      'Error in `mistral.ai::chat()`:',
      '✖ with endpoint <https://api.mistral.ai/v1/models>',
      'ℹ Make sure your api key is valid <https://console.mistral.ai/api-keys/>',
      'Caused by error in `req_perform()` at mistral.ai/R/httr2.R:22:3:',
      '! HTTP 401 Unauthorized.',
      '---',
      'Backtrace:',
    ].join('\n');
    assert.deepEqual(brief(mistral), [{ provider: 'mistral', cause: 'invalid-token', status: 401 }]);
    // Controls: the same head over a rate limit, over a host that is no provider's, and a caption
    // ending in a colon above ordinary lines.
    assert.deepEqual(brief(['Error in `req_perform()`:', '! HTTP 429 Too Many Requests.', 'ℹ Rate limit reached for gpt-4o'].join('\n')), []);
    assert.deepEqual(brief(['Error in `req_perform()`:', '! HTTP 401 Unauthorized.', 'ℹ with endpoint <https://api.example.org/v1/items>'].join('\n')), []);
    assert.deepEqual(brief(['Error:', 'the build failed in 3 steps', 'HTTP 401 Unauthorized'].join('\n')), []);
  });

  it("takes an R reprex's `#> ` off its output lines, and only there", () => {
    assert.equal(stripLinePrefix('#> ! HTTP 401 Unauthorized.'), '! HTTP 401 Unauthorized.');
    assert.equal(stripLinePrefix('#>'), '');
    assert.equal(stripLinePrefix('# > not a reprex line'), '# > not a reprex line');
    assert.equal(stripLinePrefix('#!/usr/bin/env Rscript'), '#!/usr/bin/env Rscript');
    const reprex = [
      'mistral.ai::chat("hello")',
      '#> Error in `mistral.ai::chat()`:',
      '#> ✖ with endpoint <https://api.mistral.ai/v1/models>',
      '#> Caused by error in `req_perform()`:',
      '#> ! HTTP 401 Unauthorized.',
    ];
    assert.deepEqual(brief(reprex.join('\n')), [{ provider: 'mistral', cause: 'invalid-token', status: 401 }]);
  });

  it("reads the status of a client's `Code: 401, message: …` report", () => {
    assert.equal(statusFrom("Request completed with error. Code: 401, message: You didn't provide an API key."), 401);
    // Controls: a code that is no HTTP status, a code without the message after it.
    assert.equal(statusFrom('Request completed with error. Code: 1002, message: busy'), null);
    assert.equal(statusFrom('Exit Code: 401 lines written'), null);
  });

  it("reads a Laravel log's Tectalic OpenAI client exception, its status after `HTTP status code:`", () => {
    const line = (cls: string, path: string) =>
      `Unsuccessful response. HTTP status code: 401 (Unauthorized). {"userId":1,"exception":"[object] (${cls}(code: 0): Unsuccessful response. HTTP status code: 401 (Unauthorized). at /srv/app/vendor/${path}/src/Handlers/ChatCompletions.php:150)`;
    assert.deepEqual(brief(line('Tectalic\\\\OpenAi\\\\ClientException', 'tectalic/openai')), [{ provider: 'openai', cause: 'invalid-token', status: 401 }]);
    // Control: the same log line from another vendor's client names no provider.
    assert.deepEqual(brief(line('Acme\\\\Billing\\\\ClientException', 'acme/billing')), []);
  });

  it("takes Anthropic's request id as a sign of its own, beside its error type, when the model id carries a router's slug", () => {
    const line = (id: string) => `error: api returned 404 Not Found (not_found_error) [trace ${id}]: model: anthropic/claude-opus-4-6`;
    assert.deepEqual(brief(line('req_011CbeHEJfz1FXzBqpXocpWv')), [{ provider: 'anthropic', cause: 'model-access', status: 404 }]);
    // Control: a router's own request id says nothing about who answered.
    assert.deepEqual(brief(line('gen-1712345678-abcdef')), []);
  });

  it("reads Xcode's description of a Swift error as one report: the dump's status field and its sibling fields", () => {
    const dump = (status: string) =>
      [
        'Printing description of error:',
        '▿ GenerateContentError',
        '  ▿ internalError : 1 element',
        '    ▿ underlying : RPCError',
        `      - httpResponseCode : ${status}`,
        '      - message : "API key not valid. Please pass a valid API key."',
        '      - status : GoogleGenerativeAI.RPCStatus.invalidArgument',
      ].join('\n');
    assert.deepEqual(brief(dump('400')), [{ provider: 'google', cause: 'invalid-token', status: 400 }]);
    assert.equal(statusFrom('- httpResponseCode : 403 - message : "x"'), 403);
    // Controls: a server error in the same dump, and a dump field that is no status.
    assert.deepEqual(brief(dump('503')), []);
    assert.equal(statusFrom('- retryCount : 404 - message : "x"'), null);
  });

  it("reads Julia's REPL error and its stack: OpenAI.jl's frames are the library's, the user's script frame is the user's", () => {
    const trace = (message: string) =>
      [
        `ERROR: ArgumentError: ${message}`,
        'Stacktrace:',
        ' [1] auth_header(::OpenAI.OpenAIProvider, api_key::String)',
        '   @ OpenAI ~/.julia/packages/OpenAI/wLQsT/src/OpenAI.jl:40',
        ' [2] create_chat',
        '   @ ~/.julia/packages/OpenAI/wLQsT/src/OpenAI.jl:362 [inlined]',
        ' [3] ask(q::String)',
        '   @ Main ~/proj/ask.jl:7',
        ' [4] top-level scope',
        '   @ REPL[3]:1',
      ].join('\n');
    const [incident] = scanText(trace('api_key cannot be empty'));
    assert.deepEqual(
      { provider: incident?.provider, cause: incident?.cause, userFrame: incident?.userFrame },
      { provider: 'openai', cause: 'missing-token', userFrame: { file: '~/proj/ask.jl', line: 7, function: 'ask' } },
    );
    // Controls: the same stack over an error that is no access failure; Base's own files are the library's.
    assert.deepEqual(brief(trace('invalid index: 0 of type Int64')), []);
    assert.equal(isLibraryFrame({ file: './boot.jl', line: 373, function: 'eval' }), true);
    assert.equal(isLibraryFrame({ file: '~/proj/ask.jl', line: 7, function: 'ask' }), false);
  });
});
