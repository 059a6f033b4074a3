import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { verdicts } from './helpers';

// Voice agents and realtime APIs: their refusals come as websocket closes (Python websockets'
// `received 1008 (policy violation) <reason>`, the reason cut at 123 bytes) and refused handshakes
// whose URL names the model in its query.

describe('voice and realtime shapes', () => {
  it("a Gemini Live 1008 close in pipecat's log lines is read, and a 1008 close for another reason is not", () => {
    const line =
      "2025-03-18 16:23:26.955 | ERROR    | pipecat.services.gemini_multimodal_live.gemini:_ws_send:475 - Error sending message to websocket: received 1008 (policy violation) Request trace id: 1e5df89917798ea3, Method doesn't allow unregistered callers (callers without established identity). Pleas; then sent 1008 (policy violation) Request trace id: 1e5df89917798ea3, Method doesn't allow unregistered callers (callers without established identity). Pleas\n";
    assert.deepEqual(verdicts(line), ['google/missing-token/null/null']);
    // Negatives: a model-side 1008 on the same client, and another service's 1008 (ElevenLabs TTS).
    assert.deepEqual(verdicts(line.replace(/Request trace id: \w+, Method[^;]*/g, 'Operation is not implemented, or supported, or enabled.')), []);
    assert.deepEqual(
      verdicts(
        '2025-03-21 09:36:22.558 | ERROR    | pipecat.services.elevenlabs:_disconnect_websocket:381 - ElevenLabsTTSService#0 error closing websocket: received 1008 (policy violation) We are sorry, something went wrong. You are not charged for this request.; then sent 1008 (policy violation) We are sorry, something went wrong. You are not charged for this request.\n',
      ),
      [],
    );
  });

  it("Gemini's not-found refusal cut by the websocket (`… for API v;`) is still a model refusal, not any cut word", () => {
    const close = (model: string, cut: string) =>
      `websockets.exceptions.ConnectionClosedError: received 1008 (policy violation) Request trace id: dce7e7e3b7eb1acc, [ORIGINAL ERROR] generic::not_found: models/${model} is not found for API ${cut}; then sent 1008 (policy violation) x\n`;
    assert.deepEqual(verdicts(close('gemini-2.0-flash-001', 'v')), ['google/model-access/null/gemini-2.0-flash-001']);
    assert.deepEqual(verdicts(close('gemini-2.0-flash', 'versi')), ['google/model-access/null/gemini-2.0-flash']);
    // Negative: a word that only starts like `version` is no cut.
    assert.deepEqual(verdicts(close('gemini-2.0-flash', 'vault')), []);
  });

  it("Vertex AI's `Publisher Model` refusal cut inside its backtick by the close frame is a model refusal with no id", () => {
    const close = (reason: string) =>
      `websockets.exceptions.ConnectionClosedError: received 1008 (policy violation) ${reason}; then sent 1008 (policy violation) ${reason}\n`;
    const cut = 'Publisher Model `projects/acme-proj/locations/global/publishers/google/models/gemini-live-2.5-flash-preview-na';
    assert.deepEqual(verdicts(close(cut)), ['google/model-access/null/null']);
    // The whole refusal, its backtick closed, still names its model.
    const whole =
      'Publisher Model `projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash` was not found or your project does not have access to it.';
    assert.deepEqual(verdicts(`google.api_core.exceptions.NotFound: 404 ${whole}\n`), ['google/model-access/404/gemini-2.0-flash']);
    // Negative: another service's 1008 reason, cut the same way.
    assert.deepEqual(verdicts(close('voice_settings field must be provided in the first message and then either be not provided or not')), []);
  });

  it("a close refusing the credential in Google's words is Google's, also without the trace-id head; another service's is not", () => {
    assert.deepEqual(
      verdicts(
        'Connection closed: received 1008 (policy violation) API keys are not supported by this API. \nExpected OAuth2 access token or other authentication credentials that assert a principal.\n',
      ),
      ['google/missing-token/null/null'],
    );
    // Control: a TTS vendor's own 1008 for a bad key names none of the nine.
    assert.deepEqual(verdicts('Connection closed: received 1008 (policy violation) Invalid API key provided for this voice.\n'), []);
  });

  it("the Python SDK's `1008 None. Publisher Model` close, cut in the id over a wrap, is a model refusal with no id", () => {
    assert.deepEqual(
      verdicts(
        'google.genai.errors.APIError: 1008 None. Publisher Model\nprojects/.../locations/asia-south1/publishers/google/models/gemini-live-2.5-flash-n\n',
      ),
      ['google/model-access/null/null'],
    );
    // Controls: the bare refusal with its words keeps its id; another 1008 of the same SDK (a feature it lacks) is no refusal.
    assert.deepEqual(
      verdicts('google.api_core.exceptions.NotFound: 404 Publisher Model projects/p/locations/global/publishers/google/models/gemini-2.0-flash not found.\n'),
      ['google/model-access/404/gemini-2.0-flash'],
    );
    assert.deepEqual(verdicts('google.genai.errors.APIError: 1008 None. Operation is not implemented, or supported, or enabled.\n'), []);
  });

  it("the Live API's close for a project that does not exist is Google's, and the words alone, or another close reason, are not", () => {
    const close = (reason: string) =>
      `websockets.exceptions.ConnectionClosedError: received 1008 (policy violation) Request trace id: f7ae7f8ad1a75738, ${reason}; then sent 1008 (policy violation) Request trace id: f7ae7f8ad1a75738, ${reason}\n`;
    assert.deepEqual(verdicts(close("Project 'projects/  my-proj ' not found or deleted.")), ['google/destination-not-found/null/null']);
    // Negatives: the Live API's close for a stale session, and gcloud's own words for a missing project (no AI API in sight).
    assert.deepEqual(verdicts(close('BidiGenerateContent session not found')), []);
    assert.deepEqual(verdicts("ERROR: (gcloud.projects.describe) NOT_FOUND: Project 'projects/my-proj' not found or deleted.\n"), []);
  });

  it("a Realtime socket closed with the error event's own `type.code` right below it restates that event", () => {
    const event = (type: string) =>
      `Model error: {\n  type: 'error',\n  event_id: 'event_1',\n  error: {\n    type: '${type}',\n    code: 'invalid_api_key',\n    message: 'Incorrect API key provided: sk-proj-...abcd. You can find your API key at https://platform.openai.com/account/api-keys.',\n    param: null,\n    event_id: null\n  }\n}\n`;
    const close = 'OpenAI Realtime API closed: 3000 invalid_request_error.invalid_api_key\n';
    assert.deepEqual(verdicts(event('invalid_request_error') + close), ['openai/invalid-token/null/null']);
    // Control: a close naming another type than the event's is not its restatement.
    assert.deepEqual(verdicts(event('authentication_error') + close), ['openai/invalid-token/null/null', 'openai/invalid-token/null/null']);
  });

  it('two like lines refusing two models are two incidents; the same refusal restated below is one', () => {
    const close = (model: string) =>
      `websockets.exceptions.ConnectionClosedError: received 1008 (policy violation) [ORIGINAL ERROR] generic::not_found: models/${model} is not found for API version v1beta, or is not supported for bidiGenerateContent\n`;
    const two = scanText(close('gemini-2.0-flash-001') + close('gemini-2.0-flash'));
    assert.deepEqual(
      two.map((i) => i.model),
      ['gemini-2.0-flash-001', 'gemini-2.0-flash'],
    );
    const restated = scanText(
      close('gemini-2.0-flash-001') + close('gemini-2.0-flash-001').replace('websockets.exceptions.ConnectionClosedError:', 'WebSocket error:'),
    );
    assert.deepEqual(
      restated.map((i) => i.model),
      ['gemini-2.0-flash-001'],
    );
  });

  it("the Realtime API's websocket URL names the model of a refused handshake", () => {
    const dump = (host: string) =>
      `aiohttp.client_exceptions.WSServerHandshakeError: 403, message='Invalid response status', url='https://${host}/v1/realtime?model=gpt-4o-realtime-preview-2024-10-01'\n`;
    assert.deepEqual(
      scanText(dump('api.openai.com')).map((i) => [i.provider, i.cause, i.status, i.model]),
      [['openai', 'permission-denied', 403, 'gpt-4o-realtime-preview-2024-10-01']],
    );
    // Negative control: another host's realtime URL gives no OpenAI model (nor an incident).
    assert.deepEqual(
      scanText(dump('realtime.example.com')).map((i) => i.model),
      [],
    );
  });

  it("Azure's Realtime handshake names its deployment in the URL query, OpenAI's its model", () => {
    const azure = (query: string) =>
      `aiohttp.client_exceptions.WSServerHandshakeError: 401, message='Invalid response status', url=URL('wss://res.openai.azure.com/openai/realtime?${query}')\n`;
    assert.deepEqual(verdicts(azure('api-version=2024-10-01-preview&deployment=gpt4o-rt')), ['azure-openai/invalid-token/401/gpt4o-rt']);
    // Negative control: no deployment in the query, no model.
    assert.deepEqual(verdicts(azure('api-version=2024-10-01-preview')), ['azure-openai/invalid-token/401/null']);
  });

  it("a bodiless 404 on Azure's Realtime websocket is a path it does not serve; a 404 elsewhere or a 429 there is nothing", () => {
    const handshake = (status: number, url: string) =>
      `aiohttp.client_exceptions.WSServerHandshakeError: ${status}, message='Invalid response status', url=URL('${url}')\n`;
    assert.deepEqual(verdicts(handshake(404, 'wss://res.openai.azure.com/realtime?api-version=alpha')), ['azure-openai/destination-not-found/404/null']);
    assert.deepEqual(verdicts(handshake(404, 'wss://res.openai.azure.com/openai/realtime?api-version=2024-10-01-preview&deployment=rt')), [
      'azure-openai/destination-not-found/404/rt',
    ]);
    // Negatives: a rate limit on the same URL, and a 404 from a LiveKit server's websocket.
    assert.deepEqual(verdicts(handshake(429, 'wss://res.openai.azure.com/openai/realtime?api-version=2024-10-01-preview')), []);
    assert.deepEqual(verdicts(handshake(404, 'wss://demo.livekit.cloud/agent')), []);
  });

  it("Gemini's region refusal cut by a Live API close (`… for the A;`) is Google's; a 1007 for a bad request is nothing", () => {
    assert.deepEqual(
      verdicts(
        'websockets.exceptions.ConnectionClosedError: received 1007 (invalid frame payload data) Request trace id: 6e8473cab002a9c9, [ORIGINAL ERROR] generic::failed_precondition: User location is not supported for the A; then sent 1007 (invalid frame payload data) x\n',
      ),
      ['google/unsupported-region/null/null'],
    );
    assert.deepEqual(
      verdicts(
        'websockets.exceptions.ConnectionClosedError: received 1007 (invalid frame payload data) Request contains an invalid argument.; then sent 1007\n',
      ),
      [],
    );
  });

  it("an app's `error='… requires OPENAI_API_KEY'` in a structlog line is a missing key; other requirements are not", () => {
    const line = (what: string) =>
      `2026-02-04T13:54:49.844655-07:00 [error    ] Failed to start provider session [src.engine] call_id=1 error='OpenAI Realtime provider requires ${what}' service=ai-engine\n`;
    assert.deepEqual(verdicts(line('OPENAI_API_KEY')), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts(line('audio input')), []);
  });

  it("a Realtime error event refusing a model's session mode is no refusal, and its envelope is not Anthropic's", () => {
    assert.deepEqual(
      verdicts(
        '{"type":"error","error":{"type":"invalid_request_error","code":"invalid_model",\n "message":"Model \\"gpt-4o-mini-transcribe\\" is not supported in transcription mode."}}\n',
      ),
      [],
    );
    // Positive controls: Anthropic's own envelope (no `code`) and a Realtime refusal of a model it does not serve this key.
    assert.deepEqual(verdicts('{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-5-sonnet-20241022"}}\n'), [
      'anthropic/model-access/null/claude-3-5-sonnet-20241022',
    ]);
    assert.deepEqual(
      verdicts(
        '{"type":"error","error":{"type":"invalid_request_error","code":"model_not_found","message":"The model `gpt-realtime` does not exist or you do not have access to it."}}\n',
      ),
      ['openai/model-access/null/gpt-realtime'],
    );
  });
});
