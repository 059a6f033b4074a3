import * as assert from 'node:assert/strict';
import { located, verdicts } from '../helpers';

// Content generators (novel writers, slide and video makers, quiz and podcast tools): what their users paste.

const frozenTrace = (frames: string[], head: string) =>
  ['ERROR:root:定稿章节时出错', 'Traceback (most recent call last):', ...frames.map((f) => `  File "${f}`), head].join('\n');

const embeddingsTrace = (requestUrl: string, message: string) =>
  [
    `2025-02-05 16:15:11,881 [INFO] HTTP Request: POST ${requestUrl} "HTTP/1.1 401 Unauthorized"`,
    '2025-02-05 16:15:11,882 [ERROR] 生成章节草稿时出错',
    'Traceback (most recent call last):',
    '  File "novel_generator.py", line 327, in get_relevant_context_from_vector_store',
    '  File "langchain_chroma\\vectorstores.py", line 703, in similarity_search_with_score',
    '  File "langchain_openai\\embeddings\\base.py", line 629, in embed_query',
    '  File "openai\\_base_client.py", line 1064, in _request',
    `openai.AuthenticationError: Error code: 401 - ${message}`,
  ].join('\n');

describe('content generators', () => {
  it('a frozen app’s relative frames: the validation library and LangChain’s partner packages are library code', () => {
    const head =
      'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable';
    const frames = [
      'ui\\generation_handlers.py", line 360, in task',
      'embedding_adapters.py", line 37, in __init__',
      'pydantic\\main.py", line 214, in __init__',
      'langchain_openai\\embeddings\\base.py", line 338, in validate_environment',
      'openai\\_client.py", line 110, in __init__',
    ];
    assert.deepEqual(
      located(frozenTrace(frames, head)).map((i) => i.userFrame),
      ['embedding_adapters.py:37'],
    );
    // Control: the app's own package whose name only starts like the library's stays the user's.
    const own = frames.map((f) => f.replace('pydantic\\main.py', 'pydantic_models\\settings.py'));
    assert.deepEqual(
      located(frozenTrace(own, head)).map((i) => i.userFrame),
      ['pydantic_models\\settings.py:214'],
    );
  });

  it('a refused request to another vendor’s host logged above the error is that vendor’s answer, whatever client the wrapper names', () => {
    assert.deepEqual(verdicts(embeddingsTrace('https://api.siliconflow.cn/v1/embeddings', 'Api key is invalid')), []);
    // Control: the same request on the provider's own host is its refusal.
    assert.deepEqual(verdicts(embeddingsTrace('https://api.openai.com/v1/embeddings', 'Api key is invalid')), ['openai/invalid-token/401/null']);
    // Control: a proxy forwarding the provider's own words is still its refusal.
    const forwarded =
      "{'error': {'message': 'Incorrect API key provided: sk-abc***wxyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}";
    assert.deepEqual(verdicts(embeddingsTrace('https://oai.proxy-vendor.io/v1/embeddings', forwarded)), ['openai/invalid-token/401/null']);
  });

  it('that request’s log line cut by a terminal at a width no other line shows still reads as the refused request', () => {
    const cut = (text: string, width: number) => {
      const [first, ...rest] = text.split('\n');
      return [...(first.match(new RegExp(`.{1,${width}}`, 'g')) ?? [first]), ...rest].join('\n');
    };
    const foreign = embeddingsTrace('https://api.siliconflow.cn/v1/embeddings', 'Api key is invalid');
    for (const width of [100, 90]) assert.deepEqual(verdicts(cut(foreign, width)), [], `cut at ${width}`);
    // Control: the same cut line of a request that succeeded is no refused request; the error stands.
    const succeeded = foreign.replace('401 Unauthorized"', '200 OK"');
    assert.deepEqual(verdicts(cut(succeeded, 100)), ['openai/invalid-token/401/null']);
  });

  it('an app’s config check labelled with the provider’s id, after a log record’s words, is a missing key', () => {
    const line = (label: string) =>
      `2025-05-23 10:33:48.712 | ERROR    | app.services.llm:generate_script:362 - failed to generate video script: Error: ${label}: api_key is not set, please set it in the config.toml file.`;
    assert.deepEqual(verdicts(line('openai')), ['openai/missing-token/null/null']);
    // Control: the same check for a vendor that is none of the providers.
    assert.deepEqual(verdicts(line('deepseek')), []);
  });

  it('Anthropic’s not-found body copied by hand (no space after `model:`, its closing quote lost) still names the model', () => {
    const copied = (id: string) =>
      `404 {"type": "error","error": {"type":"not_found_error","message":"model:${id}},\n"request_id":"req_01CWdAvRdsytp5wWjxWjwUU}`;
    assert.deepEqual(verdicts(copied('claude-3-opus-20240229')), ['anthropic/model-access/404/claude-3-opus-20240229']);
    // Control: a display name sent as the id is no id.
    assert.deepEqual(verdicts(copied('Claude Opus 3')), ['anthropic/model-access/404/null']);
  });
});
