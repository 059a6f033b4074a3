import * as assert from 'node:assert/strict';
import { TraceEngine } from '../../../src/core/engine';
import { verdicts } from './helpers';

// A line printed below a failure that names the model of the call that failed (a retry loop's last words:
// agno's `Last error using Groq(llama-3.1-8b-instant)`, PR-Agent's `Failed to generate prediction with …`):
// a failure that names no model takes it, when it is its provider's, from its own block up to the next one.

const OPENAI_401 =
  "Error during LLM inference: litellm.AuthenticationError: AuthenticationError: OpenAIException - Error code: 401 - {'error': {'message': 'Incorrect API key provided: dummy_key. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n";
const GROQ_404 = "ERROR    Error calling Groq API: Error code: 404 - {'error': {'message': 'Not Found'}}\n";

describe('run trailers: the model a line below a failure names', () => {
  it("takes agno's last retry line by the client class it names, else by the id's shape", () => {
    const attempt = 'WARNING  Attempt 1/1 failed: {"error":{"message":"Not Found"}}\n';
    const last = (client: string): string => `ERROR    Failed after 1 attempts. Last error using ${client}\n`;
    assert.deepEqual(verdicts(`${GROQ_404}${attempt}${last('Groq(llama-3.1-8b-instant)')}`), ['groq/destination-not-found/404/llama-3.1-8b-instant']);
    // Controls: without the line no model; another client's class and an id of no Groq shape give none.
    assert.deepEqual(verdicts(`${GROQ_404}${attempt}`), ['groq/destination-not-found/404/null']);
    assert.deepEqual(verdicts(`${GROQ_404}${attempt}${last('Ollama(llama-3.1-8b-instant)')}`), ['groq/destination-not-found/404/null']);
    // A class that names no pack (`OpenAIChat`): the id in OpenAI's own shape is OpenAI's failure's model.
    assert.deepEqual(verdicts(`${OPENAI_401}${last('OpenAIChat(gpt-4o)')}`), ['openai/invalid-token/401/gpt-4o']);
  });

  it("takes an agent's token-usage record led by the model id below the failure, its log record's head too", () => {
    const failure = '2025-03-17 14:34:17 | INFO     | Response: {"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}\n';
    const usage = (model: string): string => `2025-03-17 14:34:17 | DEBUG    | ${model} Usage: {}\n`;
    assert.deepEqual(verdicts(`${failure}${usage('claude-3-5-sonnet-20241022')}`), ['anthropic/invalid-token/null/claude-3-5-sonnet-20241022']);
    assert.deepEqual(verdicts(`${failure}claude-3-5-haiku-20241022 Usage: {}\n`), ['anthropic/invalid-token/null/claude-3-5-haiku-20241022']);
    // Controls: another vendor's model gives none; so do the words without the usage record's brace.
    assert.deepEqual(verdicts(`${failure}${usage('gpt-4o')}`), ['anthropic/invalid-token/null/null']);
    assert.deepEqual(verdicts(`${failure}2025-03-17 14:34:17 | DEBUG    | claude-3-5-sonnet-20241022 Usage: none\n`), ['anthropic/invalid-token/null/null']);
  });

  it("reads PR-Agent's fallback line for each failure of its retry loop above it, the nearest line first", () => {
    const fallback = (model: string): string => `Failed to generate prediction with ${model}\n`;
    assert.deepEqual(verdicts(`${OPENAI_401}${fallback('gpt-4o-2024-11-20')}`), ['openai/invalid-token/401/gpt-4o-2024-11-20']);
    // A retry loop's two failures, then the line: both were calls to that model.
    const second = OPENAI_401.replace('dummy_key', 'other_key');
    assert.deepEqual(verdicts(`${OPENAI_401}\n${second}${fallback('gpt-4o')}`), ['openai/invalid-token/401/gpt-4o', 'openai/invalid-token/401/gpt-4o']);
    // Each failure with its own line below it: each takes its own.
    assert.deepEqual(verdicts(`${OPENAI_401}${fallback('gpt-4o')}${second}${fallback('gpt-4o-mini')}`), [
      'openai/invalid-token/401/gpt-4o',
      'openai/invalid-token/401/gpt-4o-mini',
    ]);
    // Control: a command typed between them ran another call, its line is not this failure's.
    assert.deepEqual(verdicts(`${OPENAI_401}$ pr-agent review\n${fallback('gpt-4o')}`), ['openai/invalid-token/401/null']);
  });

  it("reads an error tracker's tag line under the message, not a model= in prose", () => {
    const rust = 'OpenAI chat API error (401 Unauthorized): {"error":{"message":"Incorrect API key provided: sk-XXXX","code":"invalid_api_key"}}\n\n';
    assert.deepEqual(verdicts(`${rust}domain=chat · operation=openai_chat · failure=non_2xx · model=gpt-4o-mini\n`), ['openai/invalid-token/401/gpt-4o-mini']);
    assert.deepEqual(verdicts(`${rust}I had set model=gpt-4o-mini in the config\n`), ['openai/invalid-token/401/null']);
  });

  it("takes an embedding model's id from the tag line by Cohere's own id shape, not an id of no Cohere shape", () => {
    const cohere = 'Cohere embed API error (401 Unauthorized): {"message":"no api key supplied"}\n\n';
    const tags = (model: string): string => `domain=embeddings · operation=cohere_embed · failure=non_2xx · model=${model}\n`;
    assert.deepEqual(verdicts(`${cohere}${tags('embed-multilingual-v3.0')}`), ['cohere/missing-token/401/embed-multilingual-v3.0']);
    assert.deepEqual(verdicts(`${cohere}${tags('rerank-v3.5')}`), ['cohere/missing-token/401/rerank-v3.5']);
    // Control: another vendor's embedding id on the same line is not the Cohere call's model.
    assert.deepEqual(verdicts(`${cohere}${tags('text-embedding-3-small')}`), ['cohere/missing-token/401/null']);
  });

  it('waits in a stream for the lines below a failure that names no model, and tells incidents in order', () => {
    const fallback = 'Failed to generate prediction with gpt-4o-2024-11-20\n';
    const named = OPENAI_401.replace("'param': None", "'param': 'model gpt-4o-mini'").replace(
      'Error during LLM inference: ',
      'The model `gpt-4o-mini` failed: ',
    );
    // Line by line, as a terminal brings it: the failure waits for the line below, which names its model.
    const engine = new TraceEngine();
    const told: string[] = [];
    for (const line of `${OPENAI_401}Retrying with the fallback models\n${fallback}`.split(/(?<=\n)/))
      told.push(...engine.push('t', line, 0).map((i) => `${i.model}`));
    // (It waits until as much has come in below it as the look reaches, or the stream ends or goes quiet.)
    assert.deepEqual(told, []);
    assert.deepEqual(
      engine.end('t').map((i) => i.model),
      ['gpt-4o-2024-11-20'],
    );
    // Control: the stream goes quiet first: the failure is told then, with no model, and the later line changes nothing.
    const quiet = new TraceEngine({ quietMs: 100 });
    const first = [...quiet.push('q', `${OPENAI_401}Retrying with the fallback models\n`, 0), ...quiet.flushIdle(1000)];
    const later = [...quiet.push('q', fallback, 2000), ...quiet.end('q')];
    assert.deepEqual(
      [...first, ...later].map((i) => i.model),
      [null],
    );
    // The shell's prompt back below it: the run is over, the failure is told at once.
    const traceback = `Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\n    client.chat.completions.create(**args)\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: dummy_key.', 'code': 'invalid_api_key'}}\nINFO:app:shutting down\n`;
    assert.deepEqual(
      new TraceEngine().push('p', `${traceback}dev@box:~/app$ ls\nREADME.md\n`, 0).map((i) => i.model),
      [null],
    );
    // Control: the same without the prompt waits for more.
    assert.deepEqual(new TraceEngine().push('p', `${traceback}Retrying\nREADME.md\n`, 0), []);
    // A failure found while another waits is told after it.
    const order = new TraceEngine();
    const got = [...order.push('o', OPENAI_401, 0), ...order.push('o', `\n${named}`, 0), ...order.end('o')];
    assert.deepEqual(
      got.map((i) => i.id),
      ['o#1', 'o#2'],
    );
    assert.equal(got[0].model, null);
  });
});
