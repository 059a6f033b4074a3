import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { verdicts } from '../helpers';

// Shapes from the held-out round on the providers with the fewest fixtures (Mistral, Cohere, Groq,
// Hugging Face, Replicate, Azure OpenAI): each read, with a look-alike that stays silent or reads otherwise.

describe('held-out shapes on the thin providers', () => {
  it("a tenacity retry warning names the class it raised (LangChain's Cohere LLM); a retry on a rate limit stays silent", () => {
    const retry = (raised: string) =>
      `Retrying langchain.llms.cohere.completion_with_retry.<locals>._completion_with_retry in 4.0 seconds as it raised ${raised}.\n`;
    assert.deepEqual(verdicts(retry('CohereAPIError: model not found, make sure the correct model ID was used and that you have access to the model.')), [
      'cohere/model-access/null/null',
    ]);
    assert.deepEqual(verdicts(retry('CohereAPIError: You are using a Trial key, which is limited to 10 API calls / minute. rate limit exceeded')), []);
    // A class named in prose without the retry's words is no report.
    assert.deepEqual(verdicts('I think it raised CohereAPIError: model not found\n'), []);
  });

  it("Dataiku's `[hh:mm:ss] [LEVEL] [logger]  - ` on every line comes off, also under a collector's prefix", () => {
    const lines = [
      'Traceback (most recent call last):',
      '  File "/home/dataiku/lib/project/embedding.py", line 122, in create_embed_job',
      '    embed_job = self.co.embed_jobs.create(',
      '  File "/opt/dataiku/code-env/lib/python3.9/site-packages/cohere/embed_jobs/client.py", line 174, in create',
      '    raise ApiError(status_code=_response.status_code, body=_response_json)',
      "cohere.core.api_error.ApiError: status_code: 404, body: {'message': \"model 'embed-x' not found, make sure the correct model ID was used\"}",
    ];
    const want = ['cohere/model-access/404/embed-x'];
    assert.deepEqual(verdicts(lines.map((l) => `[09:00:41] [INFO] [dku.utils]  - ${l}\n`).join('')), want);
    assert.deepEqual(verdicts(lines.map((l) => `2024-10-03T09:00:41Z [09:00:41] [INFO] [dku.utils]  - ${l}\n`).join('')), want);
    // Control: the same trace as printed.
    assert.deepEqual(verdicts(`${lines.join('\n')}\n`), want);
  });

  it('Mistral: Guzzle prints the body under its status line; a 429 body there stays silent', () => {
    const head = '  "error" => "Client error: `POST https://api.mistral.ai/v1/chat/completions` resulted in a `400 Bad Request` response",';
    const body = (b: string) => `  "response" => "${b}"`;
    assert.deepEqual(verdicts(`${head}\n${body('{"object":"error","message":"Invalid model: open-mixtral-8x22b","type":"invalid_model"}')}\n`), [
      'mistral/model-access/400/open-mixtral-8x22b',
    ]);
    assert.deepEqual(verdicts(`${head.replace('400 Bad Request', '429 Too Many Requests')}\n${body('{"message":"Requests rate limit exceeded"}')}\n`), []);
  });

  it("LiteLLM's provider prefix with dashes names the provider (`Text-completion-codestralException`); an unknown one names none", () => {
    assert.deepEqual(verdicts('litellm.AuthenticationError: Text-completion-codestralException - {"message":"Unauthorized"}\n'), [
      'mistral/invalid-token/401/null',
    ]);
    assert.deepEqual(verdicts('litellm.AuthenticationError: Text-completion-someotherException - {"message":"Unauthorized"}\n'), []);
  });

  it("Hugging Face: the server's message right under `401 Client Error. (Request ID: …)` belongs to it (control: with the blank line)", () => {
    const head = 'GatedRepoError: 401 Client Error. (Request ID: Root=1-66389f5d-0f09a9387397c642253a3cab)';
    const msg =
      'Cannot access gated repo for url https://huggingface.co/api/models/mistralai/Mistral-7B-Instruct-v0.2/revision/main.\nAccess to model mistralai/Mistral-7B-Instruct-v0.2 is restricted. You must be authenticated to access it.';
    const want = ['huggingface/gated-repo/401/mistralai/Mistral-7B-Instruct-v0.2'];
    assert.deepEqual(verdicts(`${head}\n${msg}\n`), want);
    assert.deepEqual(verdicts(`${head}\n\n${msg}\n`), want);
    // A requests status line has no request id: the next line is not its message.
    assert.equal(
      scanText('requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/whoami-v2\nsome other line\n').length,
      1,
    );
  });

  it("Hugging Face's `Invalid user token` (whoami, `huggingface-cli login`) is a bad token; the words alone in another error are not Hugging Face's", () => {
    assert.deepEqual(verdicts('requests.exceptions.HTTPError: Invalid user token\n'), ['huggingface/invalid-token/null/null']);
    assert.deepEqual(verdicts('requests.exceptions.HTTPError: Invalid token\n'), []);
  });

  it("Azure OpenAI's API Management front without a key, as the openai SDK prints it; the same words from another service are not", () => {
    const body =
      "{'statusCode': 401, 'message': 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.'}";
    assert.deepEqual(verdicts(`AuthenticationError: \nError code: 401 - ${body}\n`), ['azure-openai/missing-token/401/null']);
    assert.deepEqual(verdicts(`{"statusCode": 401, "message": "Access denied due to missing subscription key."}\n`), []);
  });

  it("Prompt flow's wrapped OpenAI error states the SDK's class, which gives the status (control: without the wrapper's words)", () => {
    const msg = 'Principal does not have access to API/Operation. If you are using azure openai connection, please make sure you have proper role assignment';
    assert.deepEqual(verdicts(`WrappedOpenAIError: OpenAI API hits AuthenticationError: ${msg}\n`), ['azure-openai/principal-no-access/401/null']);
    assert.deepEqual(verdicts(`WrappedOpenAIError: ${msg}\n`), ['azure-openai/principal-no-access/null/null']);
  });

  it('replicate-js 0.x: `API request failed: Not Found` from its frames is a 404; the same words from another client are no incident', () => {
    // Another client's own class and package (replicate-js's method names alone name Replicate, even bundled).
    const stack = (pkg: string, cls: string) =>
      [
        'Error: API request failed: Not Found',
        `    at ${cls}.request (/app/node_modules/${pkg}/index.js:155:13)`,
        `    at async ${cls}.run (/app/node_modules/${pkg}/index.js:104:24)`,
        '    at async file:///app/index.js:24:16',
        '',
      ].join('\n');
    assert.deepEqual(verdicts(stack('replicate', 'Replicate')), ['replicate/destination-not-found/404/null']);
    assert.deepEqual(verdicts(stack('some-client', 'SomeClient')), []);
  });
});

describe('held-out shapes on the thin providers: how the trace was pasted', () => {
  const trace = (open: string, close: string, gap: boolean) => {
    const lines = [
      'Traceback (most recent call last):',
      `File ${open}/home/u/tgw/download-model.py${close}, line 75, in get_download_links`,
      '`r.raise_for_status()`',
      `File ${open}/home/u/env/lib/site-packages/requests/models.py${close}, line 1021, in raise_for_status`,
      '`raise HTTPError(http_error_msg, response=self)`',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/tiiuae/falcon-180B/tree/main',
    ];
    return `${lines.join(gap ? '\n\n' : '\n')}\n`;
  };
  const userFrame = (text: string) => scanText(text).map((i) => (i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : null));

  it('typographic quotes and a blank line between each frame and its source still give the frames (control: straight quotes, no blanks)', () => {
    const want = ['/home/u/tgw/download-model.py:75'];
    assert.deepEqual(userFrame(trace('\u201c', '\u201d', true)), want);
    assert.deepEqual(userFrame(trace('\u201c', '\u201d', false)), want);
    assert.deepEqual(userFrame(trace('"', '"', true)), want);
    assert.deepEqual(userFrame(trace('"', '"', false)), want);
    // The exception after a frame and a blank line is the exception, not the frame's source.
    const short = [
      'Traceback (most recent call last):',
      'File "/home/u/app.py", line 3, in <module>',
      '',
      'requests.exceptions.HTTPError: Invalid user token',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(short), ['huggingface/invalid-token/null/null']);
    assert.deepEqual(userFrame(short), ['/home/u/app.py:3']);
  });

  it('a source line as wide as its carets is no terminal wrap, also with CRLF line ends (control: LF)', () => {
    const call =
      'links, sha256, is_lora, is_llamacpp = downloader.get_download_links_from_huggingface(model, branch, text_only=args.text_only, specific_file=specific_file)';
    const src = `    ${call}`;
    const carets = `${' '.repeat(src.length - 118)}${'^'.repeat(118)}`;
    assert.equal(carets.length, src.length);
    const lines = [
      'Traceback (most recent call last):',
      '  File "/home/u/tgw/download-model.py", line 265, in <module>',
      src,
      carets,
      '  File "/home/u/tgw/download-model.py", line 75, in get_download_links',
      '    r.raise_for_status()',
      '  File "/home/u/env/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/meta-llama/Llama-2-13b-chat-hf/tree/main',
      '',
    ];
    const want = ['/home/u/tgw/download-model.py:75'];
    assert.deepEqual(userFrame(lines.join('\n')), want);
    assert.deepEqual(userFrame(lines.join('\r\n')), want);
  });

  it('a whole trace flattened onto one line is not taken for one frame (it stays a report)', () => {
    const line =
      'File “/home/u/tgw/download-model.py”, line 102, in get_download_links r.raise_for_status() File “/home/u/env/lib/site-packages/requests/models.py”, line 1021, in raise_for_status raise HTTPError(http_error_msg, response=self) requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/bigcode/starcoder/tree/main\n';
    assert.deepEqual(verdicts(line), ['huggingface/invalid-token/401/bigcode/starcoder']);
  });

  it("a tool's label before `401: ` gives the status (control: without the status, the same report with none)", () => {
    const msg =
      'The principal `u@example.com` lacks the required data action `Microsoft.CognitiveServices/accounts/AIServices/agents/read` to perform `GET /api/projects/{projectName}/assistants` operation.';
    assert.deepEqual(verdicts(`Error type: HTTPError\nError Message: 401: ${msg}\n`), ['azure-openai/principal-no-access/401/null']);
    // Without a status the refusal's own words still make it the report (the extension prints it so: round h40).
    assert.deepEqual(verdicts(`Error type: HTTPError\nError Message: ${msg}\n`), ['azure-openai/principal-no-access/null/null']);
  });

  it('Replicate: a version id where the owner belongs names no model; an owner/name does', () => {
    const err = (path: string) =>
      `litellm.APIError: ReplicateException - Client error '404 Not Found' for url 'https://api.replicate.com/v1/models/${path}/predictions'\n`;
    assert.deepEqual(verdicts(err('c1bc50532a265a8f27a72f4a81831e55c')), ['replicate/destination-not-found/404/null']);
    assert.deepEqual(verdicts(err('abc/xyz')), ['replicate/destination-not-found/404/abc/xyz']);
  });
});
