import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { isLibraryFrame } from '../../../src/core/parse';
import { parseNodeFrame } from '../../../src/core/parse/nodeFrame';

// Shapes read on what test runners and CI jobs printed (the held-out round on pytest, Vitest and
// GitHub Actions output): pytest's short summary posted alone, its collection errors, Vitest's `❯`
// frames, an action's bundled code under the runner's `_actions`, claude-code-action's log. Each
// with a look-alike or a control.

function verdicts(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

const KEY_401 =
  "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-test-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";

describe('test runners: pytest', () => {
  it("reads a short-summary line posted alone, each failed test's line once, not a test's own assertion", () => {
    assert.deepEqual(verdicts(`FAILED tests/test_chat.py::test_reply - ${KEY_401}\n`), ['openai/invalid-token/401/null']);
    // Two tests failing alike: two failures.
    assert.deepEqual(verdicts(`FAILED tests/test_chat.py::test_a - ${KEY_401}\nFAILED tests/test_chat.py::test_b - ${KEY_401}\n`), [
      'openai/invalid-token/401/null',
      'openai/invalid-token/401/null',
    ]);
    assert.deepEqual(verdicts('FAILED app/test.py::test_auth - assert 403 == 200\n'), []);
  });

  it('reads a failure once when the summary repeats the entry printed above it (control: the entry alone)', () => {
    const entry = [
      '_________________________________ test_reply _________________________________',
      '',
      '    def test_reply():',
      '>       ask("hi")',
      '',
      'tests/test_chat.py:7: ',
      '_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _',
      '    def ask(q):',
      '>       return client.chat.completions.create(model="gpt-4o", messages=[])',
      '',
      'app/chat.py:12: ',
      '',
      `E   ${KEY_401}`,
      '',
      '.venv/lib/python3.12/site-packages/openai/_base_client.py:1020: AuthenticationError',
    ].join('\n');
    const one = verdicts(`${entry}\n`);
    assert.equal(one.length, 1);
    const summary = `=========================== short test summary info ============================\nFAILED tests/test_chat.py::test_reply - ${KEY_401.slice(0, 60)}...\n`;
    assert.deepEqual(verdicts(`${entry}\n${summary}`), one);
  });

  it("keeps a collection error's frames apart from a long source line above them, and two sections apart", () => {
    const section = (test: string) =>
      [
        `________________ ERROR collecting ${test} ________________`,
        `${test}:3: in <module>`,
        '    from app.chat_gpt_client import get_chat_response_with_history, Message, MessageRole',
        'app/chat_gpt_client.py:29: in <module>',
        '    client = AsyncOpenAI(api_key=os.getenv("OPENAI_API_KEY"))',
        '.venv/lib/python3.10/site-packages/openai/_client.py:316: in __init__',
        '    raise OpenAIError(',
        'E   openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
      ].join('\n');
    const text = `${section('tests/test_chat.py')}\n${section('tests/test_main.py')}\n`;
    const got = scanText(text);
    assert.deepEqual(
      got.map((i) => `${i.cause}@${i.userFrame?.file}:${i.userFrame?.line}`),
      ['missing-token@app/chat_gpt_client.py:29', 'missing-token@app/chat_gpt_client.py:29'],
    );
  });

  it('reads `ERROR` summary lines from their exception, each its own, the class naming the cause when the words do not', () => {
    const line = (test: string, cls: string) =>
      `ERROR tests/metrics/test_comet.py::${test} - huggingface_hub.utils._errors.${cls}: 404 Client Error. (Request ID: Root=1-642c0cf6-01a418f1433996a919d94c44)\n`;
    assert.deepEqual(verdicts(line('test_basic', 'RepositoryNotFoundError') + line('test_multiple_ref', 'RepositoryNotFoundError')), [
      'huggingface/model-access/404/null',
      'huggingface/model-access/404/null',
    ]);
    // A file missing from a repository that exists is no access problem.
    assert.deepEqual(verdicts(line('test_basic', 'EntryNotFoundError')), []);
  });

  it("reads another vendor's name in a summary line's test id as that vendor's answer (control: a pack's own name)", () => {
    const line = (id: string) =>
      `FAILED tests/integration/test_reasoning.py::test_completion_reasoning[${id}] - openai.NotFoundError: Error code: 404 - {'error': {'message': 'Not found the model kimi-thinking-preview or Permission denied', 'type': 'resource_not_found_error'}}\n`;
    assert.deepEqual(verdicts(line('moonshot')), []);
    assert.deepEqual(verdicts(line('openai')), ['openai/model-access/404/null']);
  });
});

describe('test runners: Vitest and Node', () => {
  it("reads Vitest's `❯ fn file:line:col` frames, the function as printed", () => {
    assert.deepEqual(parseNodeFrame(' ❯ new VoiceAiService src/services/voice/VoiceAiService.js:9:19'), {
      file: 'src/services/voice/VoiceAiService.js',
      line: 9,
      function: 'new VoiceAiService',
    });
    assert.deepEqual(parseNodeFrame(' ❯ src/ai.test.ts:8:5'), { file: 'src/ai.test.ts', line: 8, function: null });
    const text = [
      "Error: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).",
      '❯ new OpenAI ../../node_modules/openai/src/index.ts:272:12',
      '❯ new VoiceAiService src/services/voice/VoiceAiService.js:9:19',
      '',
    ].join('\n');
    const [incident] = scanText(text);
    assert.equal(incident.cause, 'missing-token');
    assert.deepEqual(incident.userFrame && [incident.userFrame.file, incident.userFrame.line], ['src/services/voice/VoiceAiService.js', 9]);
  });

  it("reads Vitest's `Serialized Error:` after the frames as the error's own, its URL naming another Azure service (control: Azure OpenAI's)", () => {
    const text = (url: string) =>
      [
        'RestError: Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        ' ❯ handleErrorResponse ../../core/core-client/dist/browser/deserializationPolicy.js:255:16',
        '',
        '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯',
        `Serialized Error: { code: '401', statusCode: 401, request: { url: '${url}' } }`,
        '',
      ].join('\n');
    assert.deepEqual(verdicts(text('https://textanalytics-t1.cognitiveservices.azure.com//text/analytics/v3.1/sentiment')), []);
    const control = scanText(text('https://myres.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01'));
    assert.deepEqual(
      control.map((i) => `${i.provider}/${i.cause}/${i.model}`),
      ['azure-openai/invalid-token/gpt-4o'],
    );
  });

  it('leaves a prompt that starts with `❯` out of the frames (control: a frame line)', () => {
    assert.equal(parseNodeFrame('❯ npm test'), null);
    const text = `Error: 401 Incorrect API key provided: sk-test-XXXX.\n    at main (/home/u/app/review.mjs:12:5)\n❯ npm test\n`;
    const [incident] = scanText(text);
    assert.deepEqual(
      incident.frames.map((f) => f.file),
      ['/home/u/app/review.mjs'],
    );
  });

  it("counts an action's bundle under the runner's `_actions` as library code, the repository's own files not", () => {
    assert.equal(isLibraryFrame({ file: '/home/runner/work/_actions/anc95/ChatGPT-CodeReview/main/action/index.cjs', line: 1, function: null }), true);
    assert.equal(isLibraryFrame({ file: 'D:\\a\\_actions\\owner\\tool\\v2\\dist\\index.js', line: 1, function: null }), true);
    assert.equal(isLibraryFrame({ file: '/home/runner/work/app/app/scripts/review.mjs', line: 12, function: 'main' }), false);
    assert.equal(isLibraryFrame({ file: 'src/_actions/user.js', line: 3, function: null }), false);
  });
});

describe('test runners: tools naming the provider', () => {
  it('reads `Anthropic error:` / `Anthropic API error:` as the provider answering (control: another vendor named alike)', () => {
    assert.deepEqual(verdicts('Error: Anthropic error: Handshake status 401 None\n'), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(verdicts('Error: Cerebras error: Handshake status 401 None\n'), []);
  });
});

describe('test runners: Hugging Face in CI', () => {
  it("reads the Hub's `Access to model … is restricted` sentence quoted alone, once inside its full message (control: another site's wording)", () => {
    const tail = 'Access to model meta-llama/Llama-4-Scout-17B-16E is restricted. You must have access to it and be authenticated to access it. Please log in.';
    assert.deepEqual(verdicts(`${tail}\n`), ['huggingface/gated-repo/null/meta-llama/Llama-4-Scout-17B-16E']);
    const full = [
      'huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-6)',
      '',
      'Cannot access gated repo for url https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E/resolve/main/config.json.',
      tail,
      '',
    ].join('\n');
    assert.deepEqual(verdicts(full), ['huggingface/gated-repo/401/meta-llama/Llama-4-Scout-17B-16E']);
    assert.deepEqual(verdicts('Access to this page is restricted. You must sign in to continue.\n'), []);
  });
});

describe('test runners: GitHub Actions debug output', () => {
  it("reads a Gemini API refusal cut off before its host in an action's debug line (control: a non-AI Google API's)", () => {
    const line = (api: string) =>
      `##[debug]Set output gemini_errors = [API Error: {"error":{"code":403,"message":"${api} has not been used in project 580640415319 before or it is disabled. Enable it by\n`;
    assert.deepEqual(verdicts(line('Generative Language API')), ['google/api-not-enabled/403/null']);
    assert.deepEqual(verdicts(line('Cloud Billing API')), []);
  });
});

describe('test runners: agents in CI', () => {
  it("reads Codex's `unexpected status 401` line with OpenAI's missing-key words alone (control: another service's words)", () => {
    assert.deepEqual(verdicts('unexpected status 401 Unauthorized: Missing bearer or basic authentication in header\nurl: (api.openai.com/redacted)\n'), [
      'openai/missing-token/401/null',
    ]);
    assert.deepEqual(verdicts('unexpected status 401 Unauthorized: Missing bearer token\n'), []);
  });
});

describe('test runners: claude-code-action', () => {
  it("reads the Agent SDK's `Claude Code returned an error result:` line (control: the same words from another tool)", () => {
    assert.deepEqual(verdicts('error: Claude Code returned an error result: Invalid API key\n'), ['anthropic/invalid-token/null/null']);
    assert.deepEqual(verdicts('error: Windsurf returned an error result: Invalid API key\n'), []);
  });

  it("reads an organization that disabled subscription access for Claude Code, wrapped, as the auth method's refusal", () => {
    const text =
      'error: Claude Code returned an error result: Your organization has disabled\nClaude subscription access for Claude Code · Use an Anthropic API key instead,\nor ask your admin to enable access\n';
    assert.deepEqual(verdicts(text), ['anthropic/auth-method-disabled/null/null']);
  });

  it("reads Claude Code's 404 that prints only `model: <id>` as model access (control: a 401 naming the model)", () => {
    assert.deepEqual(verdicts('API Error: 404 model: claude-sonnet-4-20250514\n'), ['anthropic/model-access/404/claude-sonnet-4-20250514']);
    assert.deepEqual(verdicts('API Error: 401 model: claude-sonnet-4-20250514 invalid x-api-key\n'), ['anthropic/invalid-token/401/claude-sonnet-4-20250514']);
  });
});

describe('test runners: .NET test results', () => {
  // A test result as Azure DevOps and VSTest lay it out: the message and the exception's sections,
  // a blank line, then `Stack trace` and its frames, which name the service the test called.
  const result = (message: string, status: string, frame: string): string =>
    [
      'Error message',
      `Azure.RequestFailedException : ${message}`,
      status,
      'ErrorCode: 401',
      '',
      'Content:',
      '{"error":{"code":"401","message":"…"}}',
      '',
      '',
      'Stack trace',
      `   at ${frame}`,
      '',
    ].join('\n');
  const BAD_KEY =
    'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';

  it('reads the frames under a `Stack trace` heading after a blank line as the same report (control: Azure OpenAI frames)', () => {
    const openai =
      'Azure.AI.OpenAI.OpenAIClient.GetChatCompletionsAsync(String deploymentOrModelName) in /_/sdk/openai/Azure.AI.OpenAI/src/OpenAIClient.cs:line 90';
    assert.deepEqual(verdicts(result(BAD_KEY, 'Status: 401 (PermissionDenied)', openai)), ['azure-openai/invalid-token/401/null']);
    const textAnalytics =
      'Azure.AI.TextAnalytics.TextAnalyticsClient.AnalyzeAsync(String document) in /_/sdk/textanalytics/Azure.AI.TextAnalytics/src/TextAnalyticsClient.cs:line 90';
    assert.deepEqual(verdicts(result(BAD_KEY, 'Status: 401 (PermissionDenied)', textAnalytics)), []);
  });

  it("leaves Azure AI Translator's `Principal does not have access` to it (control: Azure OpenAI's)", () => {
    const principal = 'Principal does not have access to API/Operation.';
    const translator =
      'Azure.AI.Translation.Document.DocumentTranslationClient.GetDocumentFormats(CancellationToken cancellationToken) in /_/sdk/translation/src/DocumentTranslationClient.cs:line 357';
    assert.deepEqual(verdicts(result(principal, 'Status: 401 (PermissionDenied)', translator)), []);
    const openai =
      'Azure.AI.OpenAI.OpenAIClient.GetChatCompletionsAsync(String deploymentOrModelName) in /_/sdk/openai/Azure.AI.OpenAI/src/OpenAIClient.cs:line 90';
    assert.deepEqual(verdicts(result(principal, 'Status: 401 (PermissionDenied)', openai)), ['azure-openai/principal-no-access/401/null']);
  });

  it('reads the same result quoted in a list item, its blockquote under indentation (control: Azure OpenAI frames)', () => {
    const quoted = (text: string): string =>
      text
        .split('\n')
        .map((l) => (l ? `  > ${l}` : '  >'))
        .join('\n');
    const principal = 'Principal does not have access to API/Operation.';
    const translator =
      'Azure.AI.Translation.Document.DocumentTranslationClient.GetDocumentFormats(CancellationToken cancellationToken) in /_/sdk/translation/src/DocumentTranslationClient.cs:line 357';
    assert.deepEqual(verdicts(quoted(result(principal, 'Status: 401 (PermissionDenied)', translator))), []);
    const openai =
      'Azure.AI.OpenAI.OpenAIClient.GetChatCompletionsAsync(String deploymentOrModelName) in /_/sdk/openai/Azure.AI.OpenAI/src/OpenAIClient.cs:line 90';
    assert.deepEqual(verdicts(quoted(result(principal, 'Status: 401 (PermissionDenied)', openai))), ['azure-openai/principal-no-access/401/null']);
  });
});

describe('test runners: validation errors listing their problems', () => {
  const HEAD = 'Error: Action failed with error: Error: Environment variable validation failed:';

  it('reads the problems indented under a head that ends in `:` as its message (controls: the head alone, other problems)', () => {
    const listed = `${HEAD}\n  - Either ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN is required when using direct Anthropic API.\nError: Process completed with exit code 1.\n`;
    assert.deepEqual(verdicts(listed), ['anthropic/missing-token/null/null']);
    assert.deepEqual(verdicts(`${HEAD}\nError: Process completed with exit code 1.\n`), []);
    assert.deepEqual(
      verdicts(`${HEAD}\n  - INPUT_TIMEOUT_MINUTES must be a number\n  - INPUT_MAX_TURNS must be a number\nError: Process completed with exit code 1.\n`),
      [],
    );
  });
});

describe('test runners: Gemini CLI in a workflow', () => {
  const body = (message: string, reason: string): string =>
    `[API Error: {"error":{"code":401,"message":"${message}","status":"UNAUTHENTICATED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"${reason}","domain":"googleapis.com","metadata":{"service":"aiplatform.googleapis.com"}}]}}]\n`;

  it("reads Google's 401 for a request with no credential as a missing token (control: an invalid one)", () => {
    const missing =
      'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.';
    assert.deepEqual(verdicts(body(missing, 'CREDENTIALS_MISSING')), ['google/missing-token/401/null']);
    const invalid = 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.';
    assert.deepEqual(verdicts(body(invalid, 'ACCESS_TOKEN_TYPE_UNSUPPORTED')), ['google/invalid-token/401/null']);
  });
});

describe('test runners: code frames', () => {
  const KEY = 'AuthenticationError: 401 Incorrect API key provided: sk-test. You can find your API key at https://platform.openai.com/account/api-keys.';

  it("reads the model from Jest's code frame of the failing line in the user's frame (control: a frame at another line)", () => {
    const jest = (atLine: number): string =>
      [
        '  ● chat › replies',
        '',
        `    ${KEY}`,
        '',
        "      12 |   it('replies', async () => {",
        "    > 13 |     const r = await client.chat.completions.create({ model: 'gpt-4o', messages });",
        '         |               ^',
        '',
        '      at Function.generate (node_modules/openai/src/error.ts:70:14)',
        '      at OpenAI.makeRequest (node_modules/openai/src/core.ts:460:24)',
        `      at Object.<anonymous> (src/chat.test.ts:${atLine}:15)`,
        '',
      ].join('\n');
    assert.deepEqual(verdicts(jest(13)), ['openai/invalid-token/401/gpt-4o']);
    assert.deepEqual(verdicts(jest(40)), ['openai/invalid-token/401/null']);
  });

  it("reads the model from Vitest's code frame under the user's frame (control: only library frames)", () => {
    const vitest = (frame: string): string =>
      [
        KEY,
        ' ❯ Function.generate node_modules/openai/src/error.ts:70:14',
        ` ❯ ${frame}`,
        "     11|   it('replies', async () => {",
        '     12|     const r = await client.chat.completions.create({',
        "     13|       model: 'gpt-4o',",
        '       |       ^',
        '',
      ].join('\n');
    assert.deepEqual(verdicts(vitest('src/chat.test.ts:13:15')), ['openai/invalid-token/401/gpt-4o']);
    assert.deepEqual(verdicts(vitest('OpenAI.makeRequest node_modules/openai/src/core.ts:13:24')), ['openai/invalid-token/401/null']);
  });
});
