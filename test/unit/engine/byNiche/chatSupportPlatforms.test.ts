import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes from team-chat, support and chatbot platforms' threads (the chat/support-platform held-out round).
describe('Chat and support platform held-out shapes', () => {
  it("reads the status in openai-python 0.x's error repr logged by the app above it, so each log line is its own report", () => {
    const repr = (status: string): string =>
      `error=AuthenticationError(message='Incorrect API key provided: your_ope************here. You can find your API key at https://platform.openai.com/account/api-keys.', ${status}, request_id=None)`;
    const log = (status: string): string =>
      `2024-08-28 08:00:21 ERROR    rasa.flow_retrieval  - [error    ] Failed to populate the store. ${repr(status)} event_key=a.not_populated\n` +
      `2024-08-28 08:00:21 ERROR    rasa.command_generator  - [error    ] Flow retrieval store inaccessible. ${repr(status)} event_key=b.train.failed\n`;
    assert.deepEqual(brief(log('http_status=401')), ['openai/invalid-token/401/null', 'openai/invalid-token/401/null']);
    // Control: without a stated status, the second line is the first one's restatement.
    assert.deepEqual(brief(log('http_status=None')), ['openai/invalid-token/null/null']);
  });

  it('reads a bare numeric `code:` field of a JavaScript object dump as the status', () => {
    const dump = (code: string): string =>
      `  options: {\n    type: 'API',\n    data: {\n      endpoint: '/chat/completions',\n      code: ${code},\n      id: 'invalid_request_error',\n      message: 'The model: \`gpt-4\` does not exist'\n`;
    assert.deepEqual(brief(dump('404')), ['openai/model-access/404/gpt-4']);
    // Control: a code that is no HTTP error status states none.
    assert.deepEqual(brief(dump('1')), ['openai/model-access/null/gpt-4']);
  });

  it('reads a Go client\'s `POST "url": 404 Not Found` with no body as a path the API does not serve', () => {
    const log = (tail: string): string =>
      `{"level":"error","msg":"Failed to generate title","plugin_id":"mattermost-ai","error":"failed to get title: POST \\"https://api.mistral.ai/v1/chat/completions/responses\\": 404 Not Found ${tail}\\"}\n`;
    assert.deepEqual(brief(log('')), ['mistral/destination-not-found/404/null']);
    // Control: with the API's body after it, the body says what was not found.
    assert.deepEqual(brief(log('{\\"object\\":\\"error\\",\\"message\\":\\"Invalid model: mistral-huge\\",\\"type\\":\\"invalid_model\\"}')), [
      'mistral/model-access/404/mistral-huge',
    ]);
  });
});
