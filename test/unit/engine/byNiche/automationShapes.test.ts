import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../../src/core/engine';
import { statusFrom } from '../../../../src/core/parse/frames';
import { stripLinePrefix } from '../../../../src/core/scan/linePrefix';
import type { Incident } from '../../../../src/core/types';
import { verdicts } from '../helpers';

// Shapes read on output that workflow and automation tools, self-hosted servers and chat bots
// printed for a provider's refusal (the held-out round on automation tools): Home Assistant's
// replies, bot logs, a JSON log line a container cut short.

describe('automation shapes: a tool quoting an SDK error after its own words', () => {
  it('reads the status a tool prints after its colon, and no count with a unit', () => {
    assert.equal(statusFrom('Sorry, I had a problem talking to Google Generative AI: 404 models/gemini-pro is not found'), 404);
    assert.equal(statusFrom('Error sending message: 403 Permission denied'), 403);
    // Controls: a duration and a size after a colon.
    assert.equal(statusFrom('request took: 500 ms'), null);
    assert.equal(statusFrom('response size: 404 bytes'), null);
  });

  it("reads Google's PaLM-era 404 (v1beta2, generateMessage) named as Google Generative AI", () => {
    const reply =
      '"Sorry, I had a problem talking to Google Generative AI: 404 models/gemini-pro is not found for API version v1beta2, or is not supported for generateMessage. Call ListModels to see the list of available models and their supported methods."\n';
    assert.deepEqual(verdicts(reply), ['google/model-access/404/gemini-pro']);
    // Control: the same words from a tool that names no Google API and no Gemini model.
    assert.deepEqual(
      verdicts('Sorry, I had a problem talking to the server: 404 models/pro is not found for API version v1beta2, or is not supported for chatMessage.\n'),
      [],
    );
  });
});

describe('automation shapes: openai-python 0.x behind a bot', () => {
  it('reads the status of `APIError: HTTP code 403 from API (<html…>` and no other `HTTP code`', () => {
    assert.equal(statusFrom('openai.error.APIError: HTTP code 403 from API (<!DOCTYPE html>'), 403);
    // Control: a code that is no HTTP status of an API answer.
    assert.equal(statusFrom('the HTTP code path was taken 403 times'), null);
  });
});

describe('automation shapes: a JSON log line a container cut short', () => {
  const record = (agent: string): string =>
    `bot-1  | {"level":"ERROR","msg":"Request failed with status code 401","err":{"name":"Error","stack":"Error: Request failed with status code 401\\n    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\\n    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)","config":{"headers":{"Accept":"application/json","User-Agent":"${agent}","Authorization":"Bearer sk_HIDDEN"},"method":"post","data":"{\\"messages\\":[{\\"role\\":\\"system\\",\\"content\\":\\"You are\n`;

  it("names OpenAI from openai-node 3's User-Agent in the JSON a logger wrote of its axios error", () => {
    assert.deepEqual(verdicts(record('OpenAI/NodeJS/3.2.1')), ['openai/invalid-token/401/null']);
    // Control: the same record from a plain axios call names no provider.
    assert.deepEqual(verdicts(record('axios/0.27.2')), []);
  });
});

describe("automation shapes: a bot's reply quoting the provider's words alone", () => {
  it("reads OpenAI's missing-key sentence with no class, status or `error` word", () => {
    const reply = (url: string): string =>
      `"You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from ${url}."\n`;
    assert.deepEqual(verdicts(reply('https://platform.openai.com/account/api-keys')), ['openai/missing-token/null/null']);
    // Control: the same sentence from a service that is no provider.
    assert.deepEqual(verdicts(reply('https://weather.example.com/keys')), []);
  });
});

describe('automation shapes: an OpenAI-compatible server answering under an OpenAI model name', () => {
  it("is no incident when the server types its error by an exception class (vLLM's ErrorInfo)", () => {
    const vllm =
      "ERROR 01-09 08:22:48 [serving_chat.py:179] Error with model error=ErrorInfo(message='The model `gpt-4o` does not exist.', type='NotFoundError', param=None, code=404)\n";
    assert.deepEqual(verdicts(vllm), []);
    // Control: OpenAI's own refusal of the same model, typed in its snake_case words.
    const openai =
      "Error code: 404 - {'error': {'message': 'The model `gpt-4o` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}\n";
    assert.deepEqual(verdicts(openai), ['openai/model-access/404/gpt-4o']);
  });
});

describe("automation shapes: a server's log copied from a log viewer, then collected again", () => {
  // AnythingLLM's log as Docker Desktop shows it: the viewer's time column on every line.
  const log = [
    "2025-03-07 17:49:56 [backend] error: Error: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).",
    '2025-03-07 17:49:56     at new OpenAI (/app/server/node_modules/openai/index.js:53:19)',
    '2025-03-07 17:49:56     at openAiModels (/app/server/utils/helpers/customModels.js:91:18)',
    '',
  ];
  const frame = (lines: string[]): string[] => scanText(lines.join('\n')).map((i) => `${i.provider}/${i.cause}/${i.userFrame?.file}:${i.userFrame?.line}`);
  const want = ['openai/missing-token//app/server/utils/helpers/customModels.js:91'];

  it('takes off the time column after a collector prefix, and keeps a logger stamp followed by one space', () => {
    assert.equal(stripLinePrefix('[pod/api-7d9f/app] 2025-03-07 17:49:56     at new OpenAI (x.js:1:2)'), '   at new OpenAI (x.js:1:2)');
    assert.equal(stripLinePrefix('web-1  | 2025-03-07 17:49:56\tat new OpenAI (x.js:1:2)'), 'at new OpenAI (x.js:1:2)');
    // Control: a logger's own stamp, one space after it, is the record and stays.
    assert.equal(stripLinePrefix('[pod/api-7d9f/app] 2025-03-07 17:49:56 [backend] error: x'), '2025-03-07 17:49:56 [backend] error: x');
  });

  it('reads the head over its stack under any collector prefix', () => {
    assert.deepEqual(frame(log), want);
    for (const prefix of ['[pod/api-7d9f/app] ', 'web-1  | ', '> ']) assert.deepEqual(frame(log.map((l) => (l ? prefix + l : l))), want, prefix);
    // Control: the same head over a line that is no frame is the SDK's sentence alone (a one-line report): the
    // stack below is what gives it a user frame.
    assert.deepEqual(frame([log[0], '2025-03-07 17:49:56     retrying in 5s', '']), ['openai/missing-token/undefined:undefined']);
  });

  it('reads it the same line by line when a terminal cut the head and its frames', () => {
    const cut = log.map((l) => (l.length > 80 ? (l.match(/.{1,80}/g) ?? [l]).join('\n') : l)).join('\n');
    const e = new TraceEngine();
    const got: Incident[] = [];
    for (const line of cut.split(/(?<=\n)/)) got.push(...e.push('t', line));
    got.push(...e.end('t'));
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.cause}/${i.userFrame?.file}:${i.userFrame?.line}`),
      want,
    );
    // Control: in one piece, the same.
    assert.deepEqual(
      scanText(cut).map((i) => `${i.provider}/${i.cause}/${i.userFrame?.file}:${i.userFrame?.line}`),
      want,
    );
  });
});

describe('automation shapes: refusals a self-hosted proxy or a bot logs after its own words', () => {
  it("reads OpenAI's region refusal of a sign-in after a proxy's `Error occurred:`", () => {
    const line = (who: string): string => `Error occurred: access_denied: ${who} services are not available in your country. (error=unsupported_country)\n`;
    assert.deepEqual(verdicts(line("OpenAI's")), ['openai/unsupported-region/null/null']);
    // Control: a streaming service's words alike name no provider.
    assert.deepEqual(verdicts(line("The video's")), []);
  });

  it('reads `The model: gpt-4 does not exist` whose backticks a post ate', () => {
    assert.deepEqual(verdicts('Error: Failed to get response. The model: gpt-4 does not exist\n'), ['openai/model-access/null/gpt-4']);
    // Control: a local server's model name is no OpenAI model.
    assert.deepEqual(verdicts('Error: Failed to get response. The model: llama3 does not exist\n'), []);
  });
});

describe("automation shapes: another package's own key error in a custom integration's traceback", () => {
  const traceback = (raised: string): string =>
    [
      'Unexpected exception',
      'Traceback (most recent call last):',
      '  File "/config/custom_components/acme_energy/config_flow.py", line 59, in async_step_user',
      '    data = await acme_api.request(assets=ASSETS)',
      '  File "/usr/local/lib/python3.12/site-packages/pyacmeapi/api.py", line 89, in request',
      '    raise AcmeAuthenticationError("Invalid API Key")',
      `${raised}: Invalid API Key`,
      '',
    ].join('\n');

  it("reads no provider from `Invalid API Key` raised by a class another package's modules qualify", () => {
    assert.deepEqual(verdicts(traceback('pyacmeapi.exceptions.AcmeAuthenticationError')), []);
  });

  it('still reads the words alone after a bare class as the Groq answer (control)', () => {
    assert.deepEqual(
      verdicts('APICallError [AI_APICallError]: Invalid API Key\n    at postToApi (/app/node_modules/@ai-sdk/provider-utils/dist/index.js:445:14)\n'),
      ['groq/invalid-token/null/null'],
    );
  });
});
