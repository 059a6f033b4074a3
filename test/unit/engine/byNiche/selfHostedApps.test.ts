import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../../src/core/engine';
import type { Incident } from '../../../../src/core/types';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on self-hosted AI apps' container logs (docker compose, kubectl)
// missed: httpx's refused request above an app's own error, a JSON record cut at its start, and
// the compose column alone on an empty line.

describe("self-hosted apps: httpx's refused request above the app's own error", () => {
  const log = (request: string): string =>
    [
      'app_container  | 2025-09-02 12:36:27,569            http INFO     app.integrations: create a ML client',
      `app_container  | 2025-09-02 12:36:28,134 SpawnProcess-1:3 INFO     httpx: HTTP Request: ${request}`,
      'app_container  | 2025-09-02 12:36:28,136            http ERROR    app.api.sql: Error query processing:',
      'app_container  | RuntimeError: Exception: Invalid api key',
      'app_container  |',
      '',
    ].join('\n');

  it("names the provider, the status and the retrieved model from the request's URL, across an indented log record", () => {
    assert.deepEqual(verdicts(log('GET https://api.openai.com/v1/models/gpt-4o "HTTP/1.1 401 Unauthorized"')), ['openai/invalid-token/401/gpt-4o']);
    // The compose column alone on the empty line is no part of the message.
    assert.equal(scanText(log('GET https://api.openai.com/v1/models/gpt-4o "HTTP/1.1 401 Unauthorized"'))[0]?.message, 'Exception: Invalid api key');
  });

  it("streamed line by line, the anchor line fed again counts once toward the request's age", () => {
    const e = new TraceEngine();
    const got: Incident[] = [];
    for (const line of log('GET https://api.openai.com/v1/models/gpt-4o "HTTP/1.1 401 Unauthorized"').split(/(?<=\n)/)) got.push(...e.push('t', line));
    got.push(...e.end('t'));
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.status}/${i.model}`),
      ['openai/401/gpt-4o'],
    );
    // Control: three more idle lines between, the request is too far above to be the error's.
    const far = log('GET https://api.openai.com/v1/models/gpt-4o "HTTP/1.1 401 Unauthorized"').replace(
      'app_container  | RuntimeError',
      'app_container  | retrying\napp_container  | retrying again\napp_container  | giving up\napp_container  | RuntimeError',
    );
    assert.deepEqual(verdicts(far), []);
  });

  it('a request that succeeded, or went to a local server, names no provider', () => {
    assert.deepEqual(verdicts(log('GET https://api.openai.com/v1/models/gpt-4o "HTTP/1.1 200 OK"')), []);
    assert.deepEqual(verdicts(log('POST http://0.0.0.0:47334/api/projects/p/agents/a/completions "HTTP/1.1 401 UNAUTHORIZED"')), []);
  });
});

describe('self-hosted apps: a JSON log record cut at its start', () => {
  const record = (stack: string): string =>
    `one","x-request-id":"req_447f"},"level":"error","message":"[/assistants] Error listing assistants 401 Incorrect API key provided: sk-abc***Cf6e. You can find your API key at https://platform.openai.com/account/api-keys.","param":null,"stack":"${stack}","status":401,"type":"invalid_request_e\nrror"}\n`;

  it("reads its escaped stack: the user's frame is the last one, without the fields after it", () => {
    const stack =
      'Error: 401 Incorrect API key provided: sk-abc***Cf6e.\\n    at APIError.generate (/app/api/node_modules/openai/error.js:47:20)\\n    at OpenAI.makeRequest (/app/api/node_modules/openai/core.js:306:30)\\n    at async /app/api/server/routes/assistants/assistants.js:162:19';
    const [incident] = scanText(record(stack));
    assert.equal(`${incident?.provider}/${incident?.cause}/${incident?.status}`, 'openai/invalid-token/401');
    assert.deepEqual(incident?.userFrame && { ...incident.userFrame }, {
      file: '/app/api/server/routes/assistants/assistants.js',
      line: 162,
      function: null,
    });
  });

  it('without a stack in it, the same record has no frames to read', () => {
    const [incident] = scanText(record('Error: 401 Incorrect API key provided: sk-abc***Cf6e.'));
    assert.equal(incident?.provider, 'openai');
    assert.equal(incident?.userFrame, null);
  });
});
