import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { summary } from './helpers';

// Server and worker logs people deploy themselves: a logger's record, then the traceback it
// logged, often cut short by the copy (a container's view, a Docker Desktop log pane).

const FRAMES = [
  'Traceback (most recent call last):',
  '  File "/srv/bot/responses.py", line 11, in handle_response',
  '    response = await chatbot.ask(message)',
  '  File "/usr/local/lib/python3.10/site-packages/openai/api_resources/completion.py", line 45, in acreate',
];
const USER = { file: '/srv/bot/responses.py', line: 11, function: 'handle_response' };

function read(lines: string[]): ReturnType<typeof summary>[] {
  return scanText(lines.join('\n') + '\n').map(summary);
}

describe("server logs: a logger's padded level column before a cut traceback", () => {
  it('keeps the record whole, so the traceback under it is its own', () => {
    const [got] = read(['2023-03-03 08:09:21 ERROR    src.bot -> Error while sending message: That model does not exist', ...FRAMES]);
    assert.deepEqual(got, { provider: 'openai', cause: 'model-access', model: null, status: null, userFrame: USER });
    // The same record about a chat platform's refusal, raised in its client, is no incident.
    const discord = [...FRAMES.slice(0, 3), '  File "/usr/local/lib/python3.10/site-packages/discord/http.py", line 739, in request'];
    assert.deepEqual(
      read(['2023-03-03 08:09:21 ERROR    src.bot -> Error while sending message: 403 Forbidden (error code: 50013): Missing Permissions', ...discord]),
      [],
    );
  });
});

describe("server logs: a copy that starts inside an exception's message, then its chain line", () => {
  const message = [
    'Cannot access gated repo for url https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2/resolve/main/config.json.',
    'Repo model mistralai/Mistral-7B-Instruct-v0.2 is gated. You must be authenticated to access it.',
  ];
  const chained = ['', 'The above exception was the direct cause of the following exception:', '', ...FRAMES.slice(0, 3)];
  const want = { provider: 'huggingface', cause: 'gated-repo', model: 'mistralai/Mistral-7B-Instruct-v0.2', status: null, userFrame: USER };

  it('reads the traceback raised from it as the same failure, stamped or not', () => {
    assert.deepEqual(read([...message, ...chained]), [want]);
    const stamp = '2024-04-22 16:54:03 ';
    assert.deepEqual(read([...message, ...chained].map((l) => stamp + l)), [want]);
  });

  it('does not take another record logged in between for the message', () => {
    const lines = [`2024-04-22 16:54:03 ${message[0]}`, '2024-04-22 16:54:05 Loading embeddings model', ...chained.map((l) => `2024-04-22 16:54:05 ${l}`)];
    assert.deepEqual(read(lines), [{ ...want, userFrame: null }]);
  });
});

describe("server logs: pm2's time column (`pm2 start --time`)", () => {
  const stamp = '0|api      | 2024-12-06T12:00:00: ';
  const stack = (head: string, sdk: string): string[] => [
    head,
    `    at APIError.generate (/app/node_modules/${sdk}/error.js:48:20)`,
    '    at async ask (/app/src/chat.js:12:20)',
  ];

  it('reads the stack under it, the user frame included', () => {
    const lines = stack('Error: 403 Project `proj_abc` does not have access to model `gpt-4o`', 'openai').map((l) => stamp + l);
    assert.deepEqual(read(lines), [
      { provider: 'openai', cause: 'model-access', model: 'gpt-4o', status: 403, userFrame: { file: '/app/src/chat.js', line: 12, function: 'ask' } },
    ]);
    // A chat platform's 403 under the same column is no incident.
    assert.deepEqual(read(stack('DiscordAPIError[50013]: Missing Permissions', '@discordjs/rest').map((l) => stamp + l)), []);
  });
});

describe("server logs: NestJS's logger record, then the error's stack", () => {
  const record = '[Nest] 123  - 12/06/2024, 12:00:00 PM   ERROR [ExceptionsHandler] ';
  const message = '401 Incorrect API key provided: sk-abc****wxyz. You can find your API key at https://platform.openai.com/account/api-keys.';
  const stack = ['    at APIError.generate (/app/node_modules/openai/error.js:45:20)', '    at async ChatService.ask (/app/dist/chat/chat.service.js:21:22)'];

  it('is one failure: the record logs the message, the stack below names its class', () => {
    assert.deepEqual(read([record + message, `Error: ${message}`, ...stack]), [
      {
        provider: 'openai',
        cause: 'invalid-token',
        model: null,
        status: 401,
        userFrame: { file: '/app/dist/chat/chat.service.js', line: 21, function: 'ChatService.ask' },
      },
    ]);
    // Another error's stack below the record is its own report.
    const other = '401 Incorrect API key provided: sk-def****wxyz. You can find your API key at https://platform.openai.com/account/api-keys.';
    assert.equal(read([record + message, `Error: ${other}`, ...stack]).length, 2);
  });
});

describe("server logs: journalctl's ISO and precise modes", () => {
  const traceback = (exception: string): string[] => [...FRAMES.slice(0, 3), exception];

  it('reads the traceback under `-o short-iso` and `-o short-precise` with its user frame', () => {
    const refusal = 'openai.error.InvalidRequestError: The model `gpt-4` does not exist or you do not have access to it.';
    const want = [{ provider: 'openai', cause: 'model-access', model: 'gpt-4', status: null, userFrame: USER }];
    for (const stamp of ['2024-12-06T12:00:00+0000 box gunicorn[1234]: ', 'Dec 06 12:00:00.123456 box gunicorn[1234]: ']) {
      assert.deepEqual(read(traceback(refusal).map((l) => stamp + l)), want, stamp);
      // The same service failing to write its own log file is no incident.
      assert.deepEqual(read(traceback("PermissionError: [Errno 13] Permission denied: '/var/log/bot.log'").map((l) => stamp + l)), [], stamp);
    }
  });
});

describe("server logs: Django's copy-and-paste debug view", () => {
  // The view prints the frames, a blank line, then `Exception Type: X at /path/` and
  // `Exception Value: message` where Python prints `X: message`.
  const trace = (cls: string, value: string): string[] => [
    'Traceback (most recent call last):',
    '  File "/srv/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner',
    '    response = get_response(request)',
    '  File "/srv/site/chat/views.py", line 12, in ask',
    '    response = client.chat.completions.create(',
    '  File "/srv/venv/lib/python3.11/site-packages/openai/_base_client.py", line 1020, in _request',
    '    raise self._make_status_error_from_response(err.response) from None',
    '',
    `Exception Type: ${cls} at /chat/`,
    `Exception Value: ${value}`,
  ];

  it('reads the type and value as the exception line, so the view frame is the user frame', () => {
    const value =
      "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc1*****wxyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";
    assert.deepEqual(read(trace('AuthenticationError', value)), [
      { provider: 'openai', cause: 'invalid-token', model: null, status: 401, userFrame: { file: '/srv/site/chat/views.py', line: 12, function: 'ask' } },
    ]);
    // The same view over a database error in the same frames is no incident.
    assert.deepEqual(read(trace('OperationalError', 'no such table: chat_message')), []);
  });
});

describe("server logs: Spring WebClient's `403 Forbidden from POST https://…`", () => {
  it('reads the status, host and model, on one line or with the URL wrapped below, and no other host', () => {
    const want = { provider: 'google', cause: 'permission-denied', model: 'gemini-2.5-flash', status: 403, userFrame: null };
    const url = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';
    assert.deepEqual(read([`org.springframework.web.reactive.function.client.WebClientResponseException$Forbidden: 403 Forbidden from POST ${url}`]), [want]);
    assert.deepEqual(read(['2026-04-21 15:00:04 ERROR 요청 실패: 403 Forbidden from POST', url]), [want]);
    // The same refusal from a host that is no AI provider is no incident.
    assert.deepEqual(read(['WebClientResponseException$Unauthorized: 401 Unauthorized from GET https://api.github.com/repos/acme/app/issues']), []);
  });
});
