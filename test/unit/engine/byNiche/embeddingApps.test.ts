import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { withoutOwnSlug } from '../../../../src/core/findModel';

// Shapes that vector databases, embedding pipelines and self-hosted RAG apps printed in a blind
// held-out round: a missing key in an app's own words, a routed model id, Gemini's refusal carried
// by the OpenAI SDK, transformers.js's 401 from the Hub, and collector prefixes on their logs.

function verdicts(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

describe('embedding apps: a missing key in a log record or a tool line', () => {
  it("`OpenAI API key not found` and OpenAI's `You didn't provide an API key.` alone are reports", () => {
    assert.deepEqual(
      verdicts(
        '2026-02-11 21:19:37.852 | ERROR    | commands.embedding_commands:embed_source_command:422 - Failed to embed source source:zz5 (command: command:gud): OpenAI API key not found\n',
      ),
      ['openai/missing-token/null/null'],
    );
    assert.deepEqual(
      verdicts("Embedding error: LLM embedding request failed (model=openai/text-embedding-3-small): authentication failed: You didn't provide an API key.\n"),
      ['openai/missing-token/null/text-embedding-3-small'],
    );
    // Control: the same words with no provider's.
    assert.deepEqual(verdicts('2026-02-11 21:19:37.852 | ERROR    | app:run:1 - Failed to embed source: API key not found\n'), []);
  });

  it("only the provider's own router prefix comes off a model id", () => {
    assert.equal(withoutOwnSlug('openai', 'openai/text-embedding-3-small'), 'text-embedding-3-small');
    assert.equal(withoutOwnSlug('openai', 'anthropic/claude-3-5-sonnet-20241022'), 'anthropic/claude-3-5-sonnet-20241022');
    assert.equal(withoutOwnSlug('huggingface', 'google/gemma-2b'), 'google/gemma-2b');
    assert.equal(withoutOwnSlug('google', 'google/gemini-2.0-flash'), 'gemini-2.0-flash');
  });

  it("a routed id the provider's not-found answer names as the model it did not find keeps its prefix: the call sent it so", () => {
    // A Rust CLI's own line over the answer: the prefix is why the call failed.
    assert.deepEqual(
      verdicts('error: api returned 404 Not Found (not_found_error) [trace req_011CbeAAAAAAAAAAAAAAAAAAAA]: model: anthropic/claude-opus-4-6\n'),
      ['anthropic/model-access/404/anthropic/claude-opus-4-6'],
    );
    // Control: the answer names the bare id and a run line below names the routed one (LiteLLM's): the prefix comes off.
    assert.equal(
      withoutOwnSlug(
        'anthropic',
        'anthropic/claude-opus-4-6',
        '{"type":"not_found_error","message":"model: claude-opus-4-6"}\nmodel: anthropic/claude-opus-4-6',
      ),
      'claude-opus-4-6',
    );
  });
});

describe("embedding apps: the answering provider's own words over the SDK that carried them", () => {
  const tb = (msg: string) =>
    [
      'Traceback (most recent call last):',
      '  File "/app/src/server/services/embeddings/embedding_service.py", line 224, in create_embeddings_batch',
      '    response = await client.embeddings.create(',
      '  File "/venv/lib/python3.12/site-packages/openai/_base_client.py", line 1562, in _request',
      '    raise self._make_status_error_from_response(err.response) from None',
      `openai.NotFoundError: Error code: 404 - ${msg}`,
      '',
    ].join('\n');

  it("Gemini's unknown-model refusal through the OpenAI SDK is Google's; OpenAI's own is OpenAI's", () => {
    assert.deepEqual(
      verdicts(
        tb(
          "{'error': {'code': 404, 'message': 'models/text-embedding-3-small is not found for API version v1main, or is not supported for embedContent. Call ListModels to see the list of available models and their supported methods.', 'status': 'NOT_FOUND'}}",
        ),
      ),
      ['google/model-access/404/text-embedding-3-small'],
    );
    assert.deepEqual(
      verdicts(
        tb(
          "{'error': {'message': 'The model `text-embedding-4` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}",
        ),
      ),
      ['openai/model-access/404/text-embedding-4'],
    );
  });
});

describe("embedding apps: transformers.js's 401 from the Hub", () => {
  it('`Unauthorized access to file: "https://huggingface.co/…"` printed alone is an incident; another host is not', () => {
    assert.deepEqual(verdicts('Unauthorized access to file: "https://huggingface.co/all-mpnet-base-v2/resolve/main/config.json".\n'), [
      'huggingface/model-access/null/all-mpnet-base-v2',
    ]);
    assert.deepEqual(verdicts('Error: Unauthorized access to file: "https://huggingface.co/Xenova/gemma-2b/resolve/main/tokenizer.json".\n'), [
      'huggingface/model-access/null/Xenova/gemma-2b',
    ]);
    assert.deepEqual(verdicts('Unauthorized access to file: "https://example.com/models/config.json".\n'), []);
  });
});

describe('embedding apps: collector prefixes on a traceback', () => {
  it("Docker Desktop's time before a chained traceback and the CRI stream tag keep one incident per failure", () => {
    const desktop = [
      '2025-03-06 09:28:36   File "/app/.venv/lib/python3.12/site-packages/openai/_client.py", line 337, in __init__',
      '2025-03-06 09:28:36     raise OpenAIError(',
      '2025-03-06 09:28:36 openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
      '2025-03-06 09:28:36 ',
      '2025-03-06 09:28:36 During handling of the above exception, another exception occurred:',
      '2025-03-06 09:28:36 ',
      '2025-03-06 09:28:36 Traceback (most recent call last):',
      '2025-03-06 09:28:36   File "/app/.venv/lib/python3.12/site-packages/litellm/llms/openai/openai.py", line 1111, in aembedding',
      '2025-03-06 09:28:36     raise OpenAIError(',
      '2025-03-06 09:28:36 litellm.llms.openai.common_utils.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(desktop), ['openai/missing-token/null/null']);
    const cri = [
      '2024-03-11T13:11:09.012791092Z stderr F huggingface_hub.utils._errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-65ef)',
      '2024-03-11T13:11:09.012796082Z stderr F ',
      '2024-03-11T13:11:09.012800981Z stderr F Cannot access gated repo for url https://huggingface.co/maidalun1020/bce-reranker-base_v1/resolve/main/config.json.',
      '2024-03-11T13:11:09.01280601Z stderr F Repo model maidalun1020/bce-reranker-base_v1 is gated. You must be authenticated to access it.',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(cri), ['huggingface/gated-repo/401/maidalun1020/bce-reranker-base_v1']);
    // Control: the same lines without the stream tag read the same.
    assert.deepEqual(verdicts(cri.replace(/stderr F /g, '')), ['huggingface/gated-repo/401/maidalun1020/bce-reranker-base_v1']);
  });
});

describe('embedding apps: a status named by its .NET name, a retired endpoint, a missing environment variable', () => {
  it("Azure AI Search's `Web Api response status: 'NotFound'` states 404", () => {
    const line = (status: string) =>
      `Web Api response status: '${status}', Web Api response details: '{"error":{"code":"DeploymentNotFound", "message":"The API deployment for this resource does not exist."}}'\n`;
    assert.deepEqual(verdicts(line('NotFound')), ['azure-openai/model-access/404/null']);
    // Control: a status name that is no reason phrase states none.
    assert.deepEqual(verdicts(line('Pending')), ['azure-openai/model-access/null/null']);
  });

  it("cohere 3.x's `embed is not an available endpoint on this model` is the model's refusal", () => {
    assert.deepEqual(verdicts('cohere.error.CohereError: embed is not an available endpoint on this model\n'), ['cohere/model-access/null/null']);
    assert.deepEqual(verdicts('cohere.error.CohereError: too many tokens\n'), []);
  });

  it("`KeyError: 'OPENAI_API_KEY'` is a missing key; a dict's lowercase key is not", () => {
    const tb = (key: string) =>
      [
        'Traceback (most recent call last):',
        '  File "/app/main.py", line 3, in <module>',
        '    key = os.environ[KEY]',
        '  File "/venv/lib/python3.11/site-packages/openai/_base_client.py", line 10, in request',
        '    page = body[KEY]',
        `KeyError: '${key}'`,
        '',
      ].join('\n');
    assert.deepEqual(verdicts(tb('OPENAI_API_KEY')), ['openai/missing-token/null/null']);
    // Control, with the openai package's frame as evidence: a lowercase dict key is no missing key.
    assert.deepEqual(verdicts(tb('next_token')), []);
  });
});

describe("embedding apps: openai-python 0.x's PermissionError is no file's", () => {
  it("`openai.error.PermissionError` is a 403 from OpenAI; Python's own `PermissionError` stays silent", () => {
    assert.deepEqual(verdicts('openai.error.PermissionError: You are not allowed to generate embeddings from this model\n'), ['openai/model-access/403/null']);
    const osError = [
      'Traceback (most recent call last):',
      '  File "/venv/lib/python3.11/site-packages/openai/api_requestor.py", line 10, in request',
      '    open(path)',
      "PermissionError: [Errno 13] Permission denied: '/root/.openai'",
      '',
    ].join('\n');
    assert.deepEqual(verdicts(osError), []);
  });
});

describe('embedding apps: a log record ending in the error, then its stack', () => {
  const stack = (head: string) =>
    [
      `2025-01-16T10:37:34.729Z error: [inference][25] inference job failed: Error: 403 Country, region, or territory not supported   `,
      head,
      '    at APIError.generate (/app/node_modules/openai/error.js:51:20)',
      '    at async inferTagsFromText (/app/apps/workers/openaiWorker.ts:6:3029)',
      '',
    ].join('\n');
  it('is one failure, read with its stack; another error under the record is another', () => {
    assert.deepEqual(verdicts(stack('Error: 403 Country, region, or territory not supported')), ['openai/unsupported-region/403/null']);
    assert.equal(scanText(stack('Error: 403 Country, region, or territory not supported'))[0].userFrame?.file, '/app/apps/workers/openaiWorker.ts');
    // Control: a different error's stack under the record is its own incident.
    assert.deepEqual(
      verdicts(stack('Error: 401 Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.')),
      ['openai/unsupported-region/403/null', 'openai/invalid-token/401/null'],
    );
  });
});

describe("embedding apps: a chat page's bare `Error` caption above the provider's words", () => {
  const body =
    'API key not valid. Please pass a valid API key. [{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]';
  it('is read with the spaces a terminal copy leaves after it', () => {
    assert.deepEqual(verdicts(`Error\n${body}\n`), ['google/invalid-token/null/null']);
    assert.deepEqual(verdicts(`Error   \n${body}   \n`), ['google/invalid-token/null/null']);
    // Control: the caption above words of no provider's.
    assert.deepEqual(verdicts('Error   \nSomething went wrong, please try again.\n'), []);
  });
});

describe("embedding apps: Azure.Core's RequestFailedException without its Content body", () => {
  const lines = [
    '---> Azure.RequestFailedException: Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    'Status: 401 (PermissionDenied)',
    'ErrorCode: 401',
    '',
  ];
  it('is found by its own name however long the lines a collector made, and its Status line alone is not', () => {
    const stamped = lines.map((l) => `2025-04-16T23:19:50.1234567Z ${l}`).join('\n');
    assert.deepEqual(verdicts(lines.join('\n')), ['azure-openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(stamped), ['azure-openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(lines.slice(1).join('\n')), []);
  });
});
