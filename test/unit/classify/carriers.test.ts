import * as assert from 'node:assert/strict';
import { CARRIER_PACKAGES, CARRIERS, carriedBy, providerNamed } from '../../../src/core/carriers';
import { PROVIDER_IDS } from '../../../src/core/types';
import { scanText } from '../../../src/core/engine';
import { frame, trace, verdict } from './helpers';

/** Azure's 404 for a deployment that does not exist, as openai-python prints it. */
const DEPLOYMENT_NOT_FOUND = "Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist.'}}";
/** Frames of LangChain's OpenAI base class, which AzureChatOpenAI and ChatOpenAI share. */
const LANGCHAIN_OPENAI_BASE = [
  frame('/venv/lib/python3.11/site-packages/langchain_openai/chat_models/base.py', 700, '_generate'),
  frame('/venv/lib/python3.11/site-packages/openai/_base_client.py', 1000, 'request'),
];

describe('carriers: wrapper libraries name the wrapped provider', () => {
  it('maps wrapper words to providers through the packs, and nothing else', () => {
    assert.equal(providerNamed('Anthropic'), 'anthropic');
    assert.equal(providerNamed('openai'), 'openai');
    assert.equal(providerNamed('AzureOpenAI'), 'azure-openai');
    assert.equal(providerNamed('GoogleGenerativeAI'), 'google');
    assert.equal(providerNamed('MistralAI'), 'mistral');
    for (const other of ['openai-compatible', 'OpenAICompatible', 'Bedrock', 'provider-utils', 'Ollama', 'Value'])
      assert.equal(providerNamed(other), null, other);
    // Every provider can be named by a wrapper.
    for (const id of PROVIDER_IDS) assert.ok(CARRIERS.length && providerNamed(id.replace('-openai', '')) !== null, id);
  });

  it('LiteLLM: the Exception prefix names the provider, over the SDK in use', () => {
    const msg = 'litellm.AuthenticationError: AnthropicException - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}';
    assert.equal(verdict(trace('litellm.AuthenticationError', msg.slice('litellm.AuthenticationError: '.length))), 'anthropic/invalid-token/401/null');
    // The same words through the openai package's frames are still Anthropic's.
    const viaOpenai = trace(
      'litellm.NotFoundError',
      'AnthropicException - b\'{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-5-sonnet-latest"}}\'',
      {
        frames: [frame('/venv/lib/python3.11/site-packages/openai/_base_client.py', 10, 'request')],
      },
    );
    assert.equal(verdict(viaOpenai), 'anthropic/model-access/404/claude-3-5-sonnet-latest');
    // Positive control for the provider word: OpenAIException is OpenAI.
    assert.equal(
      verdict(
        trace(
          'litellm.NotFoundError',
          "OpenAIException - Error code: 404 - {'error': {'message': 'The model `o1` does not exist or you do not have access to it.', 'code': 'model_not_found'}}",
        ),
      ),
      'openai/model-access/404/o1',
    );
  });

  it('LiteLLM: a tool printing it inside its own line (aider) and the status its class stands for', () => {
    const t = trace(
      '',
      'Unexpected error: litellm.NotFoundError: AnthropicException - {"type":"error","error":{"type":"not_found_error","message":"model: claude-3.5-sonnet"}}',
    );
    assert.equal(verdict(t), 'anthropic/model-access/404/claude-3.5-sonnet');
    // Two spaces after `model:` (aider on Windows) still name the id; a display name with spaces names none.
    const spaced = (id: string) =>
      verdict(
        trace(
          '',
          `Unexpected error: litellm.NotFoundError: AnthropicException - b'{"type":"error","error":{"type":"not_found_error","message":"model:  ${id}"}}'`,
        ),
      );
    assert.equal(spaced('anthropic.claude-3-5-sonnet-20240620-v1:0'), 'anthropic/model-access/404/anthropic.claude-3-5-sonnet-20240620-v1:0');
    assert.equal(spaced('Claude Sonnet 4.5'), 'anthropic/model-access/404/null');
    const c = carriedBy('Unexpected error: litellm.AuthenticationError: AnthropicException - x', []);
    assert.equal(c[0].carrier.id, 'litellm');
    assert.equal(c[0].status, 401);
  });

  it("LiteLLM proxy: a key's model allow-list is model access, even as 401", () => {
    const t = trace(
      '',
      'API Error: 401 {"error":{"message":"key not allowed to access model. This key can only access models=[\'gpt-5\']. Tried to access claude-sonnet-4-20250514","type":"key_model_access_denied"}}',
    );
    assert.equal(verdict(t), 'anthropic/model-access/401/claude-sonnet-4-20250514');
  });

  it('LiteLLM: an Exception prefix naming a service that is none of the packs is no incident, whatever its frames say', () => {
    // LiteLLM calls every OpenAI-compatible server through litellm/llms/openai.py and the openai package.
    const openaiFrames = [
      frame('/venv/lib/python3.12/site-packages/litellm/llms/openai.py', 1033, 'completion'),
      frame('/venv/lib/python3.12/site-packages/openai/_base_client.py', 1041, '_request'),
    ];
    const openrouter = trace(
      'litellm.AuthenticationError',
      "AuthenticationError: OpenrouterException - Error code: 401 - {'error': {'message': 'Missing Authentication header or invalid API key', 'code': 401}}",
      { frames: openaiFrames },
    );
    assert.equal(verdict(openrouter), null);
    assert.equal(
      carriedBy(
        `litellm.AuthenticationError: ${openrouter.message}`,
        openaiFrames.map((f) => f.file),
      )[0].foreign,
      true,
    );
    // An Anthropic model behind Bedrock is Bedrock's refusal.
    const bedrock = trace(
      '',
      '{"error":{"message":"litellm.PermissionDeniedError: BedrockException - {\\"Message\\":\\"User: arn:aws:iam::1:user/p is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1:1:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0\\"}","code":"403"}}',
      { status: 403 },
    );
    assert.equal(verdict(bedrock), null);
    // Positive control: the same trace naming OpenAI is OpenAI's, and a pack's name among the words wins.
    const openai = trace('litellm.AuthenticationError', openrouter.message.replace('OpenrouterException', 'OpenAIException'), { frames: openaiFrames });
    assert.equal(verdict(openai), 'openai/invalid-token/401/null');
    assert.equal(carriedBy('litellm.NotFoundError: Vertex_aiException - x', [])[0].foreign, false);
  });

  it("LiteLLM: its `llms/openai` code path serves every OpenAI-compatible server, so it names no provider; the body's words do", () => {
    const groq = trace(
      'litellm.llms.OpenAI.openai.OpenAIError',
      "Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
    );
    assert.equal(verdict(groq), 'groq/invalid-token/401/null');
    // Control: OpenAI's own words through the same path are OpenAI's.
    const openai = trace(
      'litellm.llms.OpenAI.openai.OpenAIError',
      "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-****abcd.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
    );
    assert.equal(verdict(openai), 'openai/invalid-token/401/null');
    assert.equal(carriedBy('litellm.llms.OpenAI.openai.OpenAIError: x', [])[0].provider, null);
    assert.equal(carriedBy('litellm.llms.anthropic.AnthropicError: x', [])[0].provider, 'anthropic');
  });

  it("smolagents carrying huggingface_hub's missing token for an Inference Provider", () => {
    const t = trace(
      'smolagents.utils.AgentGenerationError',
      'Error in generating model output:\nYou must provide an api_key to work with together API or log in with huggingface-cli login.',
    );
    assert.equal(verdict(t), 'huggingface/missing-token/null/null');
    // Control: the same demand from a client naming no Hugging Face login is no Hugging Face incident.
    assert.equal(
      verdict(trace('smolagents.utils.AgentGenerationError', 'Error in generating model output:\nYou must provide an api_key to work with together API.')),
      null,
    );
  });

  it("Anthropic's not_found_error whose whole message is the id names the model; a sentence does not", () => {
    const bare = trace(
      'litellm.exceptions.NotFoundError',
      'litellm.NotFoundError: AnthropicException - {"type":"error","error":{"type":"not_found_error","message":"claude-3-5-sonnet-20240620"},"request_id":"req_011CUpoi1RRkjokJ5wyh8hra"}',
    );
    assert.equal(verdict(bare), 'anthropic/model-access/404/claude-3-5-sonnet-20240620');
    const sentence = trace('litellm.NotFoundError', 'AnthropicException - {"type":"error","error":{"type":"not_found_error","message":"Not Found"}}');
    // `Not Found` alone is Anthropic's answer for a path it does not serve (an unknown model's names it): no model.
    assert.equal(verdict(sentence), 'anthropic/destination-not-found/404/null');
  });

  it("LiteLLM proxy: the model group it received is the model asked for, after the message's own words", () => {
    const t = trace(
      '',
      'Error fetching response:Error: 403 litellm.APIError: AzureException APIError - Key based authentication is disabled for this resource.. Received Model Group=gpt-4oAvailable Model Group Fallbacks=None',
      { status: 403 },
    );
    assert.equal(verdict(t), 'azure-openai/auth-method-disabled/403/gpt-4o');
    // The message naming the model itself decides (the group is the proxy's alias for it).
    const named = trace(
      '',
      'litellm.NotFoundError: AnthropicException - {"type":"error","error":{"type":"not_found_error","message":"model: claude-3-5-sonnet-latest"}}. Received Model Group=claude-3-5-sonnet\nAvailable Model Group Fallbacks=None',
    );
    assert.equal(verdict(named), 'anthropic/model-access/404/claude-3-5-sonnet-latest');
  });

  it('Vercel AI SDK: the @ai-sdk package in the frames names the provider', () => {
    const frames = [
      frame('file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs', 431),
      frame('file:///app/node_modules/@ai-sdk/mistral/dist/index.mjs', 12, 'MistralChatLanguageModel.doGenerate'),
    ];
    const t = trace('APICallError', 'Unauthorized', { body: 'APICallError [AI_APICallError]: Unauthorized\n  statusCode: 401,\n', frames });
    assert.equal(verdict(t), 'mistral/invalid-token/401/null');
    const key = trace('LoadAPIKeyError', "OpenAI API key is missing. Pass it using the 'apiKey' parameter or the OPENAI_API_KEY environment variable.");
    assert.equal(verdict(key), 'openai/missing-token/null/null');
  });

  it('Vercel AI SDK: an OpenAI-compatible provider that is none of the packs is no incident', () => {
    const frames = [
      frame(
        'file:///app/node_modules/@ai-sdk/openai-compatible/src/openai-compatible-chat-language-model.ts',
        250,
        'OpenAICompatibleChatLanguageModel.doGenerate',
      ),
    ];
    assert.equal(verdict(trace('APICallError', 'Authentication Fails (no such user)', { frames, status: 401 })), null);
    // Control: the same shape through @ai-sdk/openai is OpenAI's.
    const openaiFrames = [frame('file:///app/node_modules/@ai-sdk/openai/dist/index.mjs', 250, 'OpenAIChatLanguageModel.doGenerate')];
    assert.equal(
      verdict(trace('APICallError', 'Incorrect API key provided: sk-test-XXXX.', { frames: openaiFrames, status: 401 })),
      'openai/invalid-token/401/null',
    );
  });

  it('LangChain: ChatAnthropic / langchain_anthropic name the provider; troubleshooting codes do not mislead', () => {
    const frames = [frame('/venv/lib/python3.12/site-packages/langchain_anthropic/chat_models.py', 900, '_generate')];
    assert.equal(
      verdict(
        trace(
          'anthropic.AuthenticationError',
          "Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
          { frames },
        ),
      ),
      'anthropic/invalid-token/401/null',
    );
    const js = trace(
      '',
      '404 Invalid URL (POST /v1/images/generations/chat/completions) Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND/',
    );
    assert.equal(verdict(js), 'openai/destination-not-found/404/null');
    const key = trace(
      'ValueError',
      'Did not find OPENAI_API_KEY, please add an environment variable `OPENAI_API_KEY` which contains it, or pass  OPENAI_API_KEY as a named parameter.',
    );
    assert.equal(verdict(key), 'openai/missing-token/null/null');
  });

  it('LlamaIndex: llama_index.llms.<provider> names the provider', () => {
    const frames = [frame('/venv/lib/python3.11/site-packages/llama_index/llms/azure_openai/base.py', 80, 'chat')];
    const t = trace('NotFoundError', DEPLOYMENT_NOT_FOUND, { frames });
    assert.equal(verdict(t), 'azure-openai/model-access/404/null');
  });

  it("lists every carrier's package folders for the user-frame rule", () => {
    for (const p of ['litellm', 'langchain_openai', 'llama_index', '@ai-sdk']) assert.ok(CARRIER_PACKAGES.includes(p), p);
  });
});

describe('carriers: Azure through wrappers that reuse the OpenAI classes', () => {
  it('LangChain AzureChatOpenAI (in langchain_openai) is Azure; ChatOpenAI is OpenAI', () => {
    const azureFrames = [
      frame('/venv/lib/python3.11/site-packages/langchain_openai/chat_models/azure.py', 700, '_generate'),
      frame('/venv/lib/python3.11/site-packages/openai/_base_client.py', 1000, 'request'),
    ];
    assert.equal(verdict(trace('openai.NotFoundError', DEPLOYMENT_NOT_FOUND, { frames: azureFrames })), 'azure-openai/model-access/404/null');
    const openaiFrames = LANGCHAIN_OPENAI_BASE;
    assert.equal(
      verdict(
        trace(
          'openai.NotFoundError',
          "Error code: 404 - {'error': {'message': 'The model `gpt-5` does not exist or you do not have access to it.', 'code': 'model_not_found'}}",
          { frames: openaiFrames },
        ),
      ),
      'openai/model-access/404/gpt-5',
    );
  });
});

describe('carriers: a name Azure shares with OpenAI', () => {
  it("LangChain's shared base frames name openai; Azure's own words still make it Azure", () => {
    const frames = LANGCHAIN_OPENAI_BASE;
    assert.equal(verdict(trace('openai.NotFoundError', DEPLOYMENT_NOT_FOUND, { frames })), 'azure-openai/model-access/404/null');
    assert.equal(
      verdict(
        trace(
          'openai.AuthenticationError',
          "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-test-XXXX.', 'code': 'invalid_api_key'}}",
          { frames },
        ),
      ),
      'openai/invalid-token/401/null',
    );
  });
});

describe('carriers: LangChain Google and the status a wrapper quotes', () => {
  it('ChatGoogleGenerativeAIError from langchain_google_genai is Google, with the quoted status', () => {
    const frames = [frame('/venv/lib/python3.11/site-packages/langchain_google_genai/chat_models.py', 190, '_chat_with_retry')];
    const t = trace(
      'langchain_google_genai.chat_models.ChatGoogleGenerativeAIError',
      'Invalid argument provided to Gemini: 400 API key not valid. Please pass a valid API key.',
      { frames, status: null },
    );
    assert.equal(verdict(t), 'google/invalid-token/400/null');
  });
});

describe("carriers: Dify's plugin daemon", () => {
  const relayed = (provider: string) =>
    [
      `[${provider}] Error: PluginInvokeError: {`,
      '  "args": {},',
      '  "error_type": "ClientError",',
      `  "message": "403 PERMISSION_DENIED. {'error': {'code': 403, 'message': 'You do not have permission to access the File abc or it may not exist.', 'status': 'PERMISSION_DENIED'}}"`,
      '}',
      '',
    ].join('\n');
  it('the bracketed name before `Error: PluginInvokeError` is the wrapped provider; a service of none of the packs is none', () => {
    assert.deepEqual(
      scanText(relayed('google')).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['google/permission-denied/403'],
    );
    // Controls: the same relay naming a router that is none of the packs, and naming nothing (the body alone names no provider).
    assert.deepEqual(scanText(relayed('openrouter')), []);
    assert.deepEqual(scanText(relayed('google').replace('[google] Error: ', 'Error: ')), []);
  });
});

describe('carriers: Weaviate modules and RAGFlow name the provider they called', () => {
  const summary = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

  it("Weaviate's module words name the provider (outright over a name Azure only shares); another service's module is none", () => {
    assert.deepEqual(
      summary(
        'WeaviateQueryError: Query call with protocol GRPC search failed with message explorer: get class: vectorize params: vectorize keywords: remote client vectorize: API Key: no api key found neither in request header: X-Openai-Api-Key nor in environment variable under OPENAI_APIKEY.\n',
      ),
      ['openai/missing-token/null/null'],
    );
    assert.deepEqual(
      summary(
        "{'error': [{'message': 'update vector: connection to: OpenAI API failed with status: 401 error: Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.'}]}\n",
      ),
      ['openai/invalid-token/401/null'],
    );
    assert.deepEqual(summary("{'error': [{'message': 'connection to Cohere API failed with status: 401 error: invalid api token'}]}\n"), [
      'cohere/invalid-token/401/null',
    ]);
    // Controls: a module of a service that is none of the packs, and the module's words without a provider.
    assert.deepEqual(summary("{'error': [{'message': 'connection to Nvidia API failed with status: 401 error: Unauthorized'}]}\n"), []);
    assert.deepEqual(summary("{'error': [{'message': 'update vector: failed with status: 401'}]}\n"), []);
  });

  it("RAGFlow's `Fail to access model(…)` names the model (and its factory) before the provider's answer", () => {
    assert.deepEqual(
      summary(
        "ERROR: Fail to access model(Qwen/Qwen2.5-72B-Instruct___HuggingFace).**ERROR**: Error code: 400 - {'error': 'Authorization header is correct, but the token seems invalid'}\n",
      ),
      ['huggingface/invalid-token/400/Qwen/Qwen2.5-72B-Instruct'],
    );
    assert.deepEqual(
      summary(
        "Fail to access model(OpenAI/gpt-4o-mini).**ERROR**: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-XXXX.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n",
      ),
      ['openai/invalid-token/401/gpt-4o-mini'],
    );
    // Control: a factory that is none of the packs, through the openai SDK: the SDK alone does not make it OpenAI's.
    const dashscope = "openai.AuthenticationError: Error code: 401 - {'error': {'code': 'InvalidApiKey', 'message': 'Invalid API-key provided.'}}\n";
    assert.deepEqual(summary(`Fail to access model(qwen-plus___Tongyi-Qianwen).**ERROR**: ${dashscope}`), []);
    assert.deepEqual(summary(dashscope), ['openai/invalid-token/401/null']);
  });

  it("a label's wrapper module reads no provider: LangChain's retry naming its openai module before a foreign gateway's HTML", () => {
    const retry = (body: string) =>
      `2023-09-20 02:18:28,815 - before_sleep.py[line:65] - WARNING: Retrying langchain.chat_models.openai.acompletion_with_retry.<locals>._completion_with_retry in 4.0 seconds as it raised APIError: ${body}\n`;
    assert.deepEqual(summary(retry('HTTP code 403 from API (<html><title>403: Forbidden</title><body>403: Forbidden</body></html>).')), []);
    // Positive control: OpenAI's own words in the same line.
    assert.deepEqual(
      summary(
        retry(
          "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-XXXX.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        ),
      ),
      ['openai/invalid-token/401/null'],
    );
  });

  it("an assistant's `Error talking to <service>:` line names whose API answered in OpenAI's words", () => {
    const line = (service: string) =>
      `2025-06-26 17:01:35.033 ERROR (MainThread) [custom_components.acme_conversation] Error talking to ${service}: Error code: 404 - {'error': {'message': 'Invalid URL (POST /v1/responses)', 'type': 'invalid_request_error', 'param': None, 'code': None}}\n`;
    const summary = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
    assert.deepEqual(summary(line('Azure OpenAI')), ['azure-openai/destination-not-found/404/null']);
    assert.deepEqual(summary(line('OpenAI')), ['openai/destination-not-found/404/null']);
    // A lowercase word is no service's name: the answer's own words decide.
    assert.deepEqual(summary(line('api')), ['openai/destination-not-found/404/null']);
    // Controls: the same line over no refusal (a connection error, a rate limit) stays silent.
    assert.deepEqual(summary('ERROR (MainThread) [custom_components.acme_conversation] Error talking to Azure OpenAI: Connection error.\n'), []);
    assert.deepEqual(
      summary(
        "ERROR (MainThread) [custom_components.acme_conversation] Error talking to Azure OpenAI: Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation have exceeded call rate limit.'}}\n",
      ),
      [],
    );
  });
});
