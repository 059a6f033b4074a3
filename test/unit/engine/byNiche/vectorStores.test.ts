import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes that vector databases and the RAG tools around them printed in a blind held-out round
// (Weaviate modules, LangChain toolkits inside Langflow and h2oGPT): the provider's words arrive
// without the client's error class that usually opens the report.

describe("vector stores: LangChain's missing-key sentence without its ValidationError class", () => {
  const report = (head: string, model: string, key: string) =>
    [
      `${head}: 1 validation error for ${model}`,
      '__root__',
      `Did not find ${key.toLowerCase()}, please add an environment variable \`${key}\` which contains it, or pass \`${key.toLowerCase()}\` as a named parameter. (type=value_error)`,
      '',
    ].join('\n');

  it("is the named provider's missing key under a tool's own head", () => {
    assert.deepEqual(verdicts(report('Error building node VectorStoreToolkit(ID:VectorStoreToolkit-1)', 'OpenAI', 'OPENAI_API_KEY')), [
      'openai/missing-token/null/null',
    ]);
    assert.deepEqual(verdicts(report('evaluate_nochat exception', 'ChatAnthropic', 'ANTHROPIC_API_KEY')), ['anthropic/missing-token/null/null']);
    // Control: the same sentence for a search API's key is no AI provider's.
    assert.deepEqual(verdicts(report('Error building node SerpAPIWrapper(ID:SerpAPIWrapper-1)', 'SerpAPIWrapper', 'SERPAPI_API_KEY')), []);
  });
});

describe("vector stores: Weaviate's module line for a missing provider key", () => {
  const line = (header: string, env: string) =>
    `remote client vectorize: ${header} API Key: no api key found neither in request header: X-${header}-Api-Key nor in environment variable under ${env}\n`;

  it('is read alone, with no client error class or `error` word, as the header names the provider', () => {
    assert.deepEqual(verdicts(line('Palm', 'PALM_APIKEY')), ['google/missing-token/null/null']);
    assert.deepEqual(verdicts(line('Cohere', 'COHERE_APIKEY')), ['cohere/missing-token/null/null']);
    // Control: a module for a service that is none of the nine.
    assert.deepEqual(verdicts(line('Voyageai', 'VOYAGEAI_APIKEY')), []);
  });
});

describe("vector stores: Visual Studio's copied details of an Azure SDK exception", () => {
  const details = (status: string, body: string) =>
    ['Azure.RequestFailedException', '  HResult=0x80131500', '  Message=Service request failed.', `Status: ${status}`, '', 'Content:', body, ''].join('\n');

  it('reads the message field, its status line and the Content body as one report', () => {
    const body =
      '{"detail":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}';
    assert.deepEqual(verdicts(details('404 (Not Found)', body)), ['azure-openai/model-access/404/null']);
    // Control: Blob Storage's refusal in the same display is no AI provider's.
    const blob =
      '{"error":{"code":"AuthorizationPermissionMismatch","message":"This request is not authorized to perform this operation using this permission."}}';
    assert.deepEqual(verdicts(details('403 (This request is not authorized to perform this operation using this permission.)', blob)), []);
  });
});

describe("vector stores: LlamaIndex's `No API key found for …` inside an exception's repr", () => {
  const task = (who: string) =>
    [
      'Task exception was never retrieved',
      `future: <Task finished name='create controller' coro=<Session.create_controller() done, defined at /srv/app/session.py:116> exception=ValueError("\\n******\\nCould not load ${who} embedding model.\\nOriginal error:\\nNo API key found for ${who}.\\nPlease set either the ${who.toUpperCase()}_API_KEY environment variable.\\n******")>`,
      '',
    ].join('\n');

  it("is the named provider's missing key though the traceback's last line is not shown", () => {
    assert.deepEqual(verdicts(task('OpenAI')), ['openai/missing-token/null/null']);
    // Control: the same words for a service that is none of the nine.
    assert.deepEqual(verdicts(task('Serper')), []);
  });
});

describe('vector stores: a key variable named as unset, with no `error` word', () => {
  it("is the named provider's missing key (Chroma's wording for its OpenAI embedding function)", () => {
    assert.deepEqual(verdicts("Failed to peek collection 'test5': The CHROMA_OPENAI_API_KEY environment variable is not set\n"), [
      'openai/missing-token/null/null',
    ]);
    // Control: the same words for a key that is no AI provider's.
    assert.deepEqual(verdicts("Failed to peek collection 'test5': The SERPER_API_KEY environment variable is not set\n"), []);
  });
});

describe("vector stores: Rust's reqwest `Response` debug print after an app's words", () => {
  const record = (host: string) =>
    `bionic-gpt 2025-07-11T11:15:44.055996Z ERROR embeddings_api: Problem with request: Response { url: Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("${host}")), port: None, path: "/v1/embeddings", query: None, fragment: None }, status: 401, headers: {"content-type": "application/json"} }\n`;

  it('is a report whose host says whose API refused the call', () => {
    assert.deepEqual(verdicts(record('api.openai.com')), ['openai/invalid-token/401/null']);
    // Control: the same print from a host that is none of the nine.
    assert.deepEqual(verdicts(record('embeddings.internal.example.com')), []);
  });
});
