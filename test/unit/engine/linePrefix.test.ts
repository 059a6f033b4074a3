import * as assert from 'node:assert/strict';
import { stripLinePrefix } from '../../../src/core/scan/linePrefix';

// Collector and task-runner prefixes come off; a trace's own text (and a provider's tag) stays.
describe('line prefixes', () => {
  const LINE = 'openai.PermissionDeniedError: Error code: 403';

  it('removes each collector prefix', () => {
    for (const prefix of [
      '2025-04-16T23:19:50.1234567Z ',
      '2025-04-16T23:19:50+02:00 ',
      '2024-03-11T13:11:09.012759123Z stderr F ',
      '2024-03-11T13:11:09.0128Z stdout P ',
      '2025-03-06 09:28:36 ',
      '2025-04-16T23:19:50.123456Z 01O ',
      '2025-04-16T23:19:50.123456Z 00E+ ',
      '[2025-04-16T23:19:50.123Z] ',
      '2025-04-16T23:19:50.123456+00:00 app[web.1]: ',
      'Apr 16 23:19:50 box python3[1234]: ',
      'Dec  6 09:01:02 host-1 app: ',
      '0|app      | ',
      'web-1  | ',
      'web.1.5i9c5kwt9m4r@manager1    | ',
      // foreman and honcho running a Procfile.
      '12:00:00 web.1  | ',
      'web-1  | 2024-05-01T12:00:00.123456789Z ',
      // A container's `docker logs -t` stamp inside a CI job's raw log or Jenkins' console text.
      '2025-04-16T23:19:50.1234567Z 2024-04-09T04:20:55.274779115Z ',
      '[2025-04-16T23:19:50.123Z] 2024-04-09T04:20:55.274779115Z ',
      '2024-05-01T12:00:00Z app[3d8d9e5c] iad [info]',
      'May  1 12:00:00 PM  ',
      '2024-05-01 12:00:00.123 CEST  ',
      '2024-05-01 12:00:00\t',
      '[pod/api-7d9f/app] ',
      '[1] ',
      'web:dev: ',
      '@acme/web:build: ',
      '[09:00:41] [INFO] [dku.utils]  - ',
      '> ',
      '> > ',
      '>',
      // Deploy platforms' log viewers: Vercel's build log (older and newer), Netlify's deploy log.
      '17:40:04.825 | ',
      '17:40:04.825 | next-replicate:build: ',
      '[22:07:50.970] ',
      '4:09:02 PM: ',
      // Netlify's function logs (edge: level and function; serverless: request id and level).
      'Apr 25, 12:36:49 PM: error  [entry] ',
      'Apr 25, 12:36:49 PM: 2a1b3c4d ERROR  ',
      // AWS Lambda's records in CloudWatch (Node's console, Python's logging) and the console's table.
      '2023-04-02T13:23:32.644Z\tdf3a5f89-d9f8-41d6-827f-f892dce7b4d5\tERROR\t',
      '[ERROR]\t2024-05-01T12:00:00.123Z\t8f5e1c2a-1b2c-4d3e-9f00-0123456789ab\t',
      // …copied from the console with its tabs as spaces.
      '2023-04-02T13:23:32.644Z  df3a5f89-d9f8-41d6-827f-f892dce7b4d5    ERROR   ',
      '[ERROR]  2024-05-01T12:00:00.123Z  8f5e1c2a-1b2c-4d3e-9f00-0123456789ab  ',
      '| 2023-06-28T16:55:35.852+08:00 | ',
    ]) {
      assert.equal(stripLinePrefix(prefix + LINE), LINE, prefix);
    }
    // The CloudWatch console's table pasted as Markdown: the time glued to the message, the message again, the header's rule.
    assert.equal(stripLinePrefix(`2023-07-05T22:00:23.165+08:00${LINE} | ${LINE}`), LINE);
    assert.equal(stripLinePrefix(`  | 2023-07-05T22:00:23.165+08:00${LINE} | ${LINE}`), LINE);
    assert.equal(stripLinePrefix('-- | --'), '');
    // Control: spaced columns whose id is no Lambda request id keep the id and level (only the time goes).
    assert.equal(stripLinePrefix(`2023-04-02T13:23:32.644Z  df3a5f89    ERROR   ${LINE}`).trim(), `df3a5f89    ERROR   ${LINE}`);
  });

  it("takes Docker Desktop's time off a Python traceback's own lines only", () => {
    const stamp = '2025-03-06 09:28:36 ';
    for (const line of [
      'Traceback (most recent call last):',
      'During handling of the above exception, another exception occurred:',
      '',
      'litellm.llms.openai.common_utils.OpenAIError: The api_key client option must be set',
    ]) {
      assert.equal(stripLinePrefix(stamp + line), line, line);
    }
    // …and a line of an HTML page an exception printed.
    for (const line of [
      '<!DOCTYPE html>',
      '<!--[if IE 7]>    <html class="no-js ie7 oldie" lang="en-US"> <![endif]-->',
      '<head>',
      '<title>Attention Required! | Cloudflare</title>',
    ]) {
      assert.equal(stripLinePrefix(stamp + line), line, line);
    }
    // A logger's own record keeps its stamp (positive control above, same stamp), also one whose message starts with `<`.
    assert.equal(stripLinePrefix(stamp + 'error: boom'), stamp + 'error: boom');
    assert.equal(stripLinePrefix(stamp + '<-- 401 Unauthorized'), stamp + '<-- 401 Unauthorized');
  });

  it("takes Docker Desktop's time and a compose service column off together, not a logger's level column", () => {
    for (const prefix of ['2025-08-19 06:33:45 Archon-Server  | ', '2024-08-21 15:38:05 api-1         | ']) {
      assert.equal(stripLinePrefix(prefix + '  File "/app/src/emb.py", line 217, in create'), '  File "/app/src/emb.py", line 217, in create', prefix);
      assert.equal(stripLinePrefix(prefix + LINE), LINE, prefix);
    }
    assert.equal(stripLinePrefix('2025-08-19 06:33:45 api-1  |'), '');
    // Controls: a logger's padded level column and its own columns after its stamp stay.
    const loguru = '2024-05-01 12:00:00 INFO     | app:main:12 - Error code: 401';
    assert.equal(stripLinePrefix(loguru), loguru);
    const columns = '2025-08-19 10:33:45 | search | ERROR | Batch 0 failed: Error code: 404';
    assert.equal(stripLinePrefix(columns), columns);
  });

  it('takes the CRI stream tag off with its timestamp only', () => {
    assert.equal(stripLinePrefix('2024-03-11T13:11:09.01Z stderr F ' + LINE), LINE);
    assert.equal(stripLinePrefix('2024-03-11T13:11:09.01Z stderr F'), '');
    assert.equal(stripLinePrefix('stderr F ' + LINE), 'stderr F ' + LINE);
  });

  it("takes a viewer's zone-stamped time column off, not a logger's padded level column", () => {
    const record = 'src.bot -> Error while sending message: That model does not exist';
    assert.equal(stripLinePrefix(`2023-03-03 08:09:21 CEST  ${record}`), record);
    assert.equal(stripLinePrefix(`2023-03-03 08:09:21 ERROR    ${record}`), `2023-03-03 08:09:21 ERROR    ${record}`);
    assert.equal(stripLinePrefix(`2023-03-03 08:09:21 WARN  ${record}`), `2023-03-03 08:09:21 WARN  ${record}`);
  });

  it("takes journalctl's other short modes off (precise, ISO, full), not two words and a colon after a stamp", () => {
    for (const prefix of [
      'Dec 06 12:00:00.123456 host gunicorn[1234]: ',
      '2023-09-08T17:20:30+0200 tarta r710_fan_controller.sh[20911]: ',
      '2023-09-08T17:20:30.655028+02:00 tarta r710_fan_controller.sh[20911]: ',
      'Fri 2024-12-06 12:00:00 UTC host gunicorn[1234]: ',
    ]) {
      assert.equal(stripLinePrefix(prefix + LINE), LINE, prefix);
    }
    // After a `docker logs -t` stamp, the output's own words stay.
    assert.equal(stripLinePrefix('2024-12-06T12:00:00.123456789Z Error code: 401 - {}'), 'Error code: 401 - {}');
  });

  it("takes pm2's time column off after its process column, not a logger's own stamp", () => {
    for (const prefix of ['0|name     | 2019-07-11T15:02:13: ', '2|b | 2026-07-07T18:29:54: ', '0|server   | 2017-03-25 18:29:46.4920: ']) {
      assert.equal(stripLinePrefix(prefix + LINE), LINE, prefix);
    }
    // A logger's record under pm2 keeps its stamp: one space, then the level.
    assert.equal(stripLinePrefix(`0|app  | 2025-04-16 23:19:50 error: ${LINE}`), `2025-04-16 23:19:50 error: ${LINE}`);
  });

  it("takes a log viewer's time glued to each line off (TrueNAS' app logs), not a logger's own stamp", () => {
    assert.equal(stripLinePrefix(`2025-08-27 15:25:06.530287+00:00[backend] error: ${LINE}`), `[backend] error: ${LINE}`);
    assert.equal(
      stripLinePrefix('2025-08-27 15:25:06.530388+00:00at new OpenAI (/app/server/node_modules/openai/index.js:72:19)'),
      'at new OpenAI (/app/server/node_modules/openai/index.js:72:19)',
    );
    assert.equal(stripLinePrefix(`2025-08-27T15:25:06.5Z${LINE}`), LINE);
    // Controls: a stamp followed by a space is the record; one without a fraction and an offset is no viewer's column.
    assert.equal(stripLinePrefix(`2025-08-27 15:25:06.530287+00:00 error: ${LINE}`), `2025-08-27 15:25:06.530287+00:00 error: ${LINE}`);
    assert.equal(stripLinePrefix(`2025-08-27 15:25:06[backend] ${LINE}`), `2025-08-27 15:25:06[backend] ${LINE}`);
    assert.equal(stripLinePrefix(`2025-08-27 15:25:06.530287[backend] ${LINE}`), `2025-08-27 15:25:06.530287[backend] ${LINE}`);
  });

  it("takes Android logcat's brief and threadtime columns off, not a path or a logger's own record", () => {
    assert.equal(stripLinePrefix(`E/AndroidRuntime( 2345): ${LINE}`), LINE);
    assert.equal(
      stripLinePrefix('E/AndroidRuntime(2345): \tat com.example.chat.MainActivity.ask(MainActivity.kt:42)'),
      '\tat com.example.chat.MainActivity.ask(MainActivity.kt:42)',
    );
    assert.equal(stripLinePrefix(`12-18 00:16:52.025 26751 26782 E AndroidRuntime: ${LINE}`), LINE);
    // Controls: a Windows path and a logger's record with a date are no logcat columns.
    assert.equal(stripLinePrefix('C/Users/dev(1): note'), 'C/Users/dev(1): note');
    assert.equal(stripLinePrefix(`2024-12-18 00:16:52.025 ERROR ${LINE}`), `2024-12-18 00:16:52.025 ERROR ${LINE}`);
  });

  it('keeps what only looks like a prefix', () => {
    for (const line of [
      LINE,
      '[ANTHROPIC] 401 {"type":"error"}',
      '[GoogleGenerativeAI Error]: Error fetching from https://…',
      '[INFO] request failed',
      '[09:00:41] [INFO] request failed',
      // A logger's own bracketed stamp (space, comma) is the record, not a CI runner's prefix.
      '[2025-04-16 23:19:50,123] ERROR openai: 401 Incorrect API key provided',
      '2025-04-16 23:19:50 error: 401 Incorrect API key provided',
      '2024-05-01 12:00:00.123 CEST error: 401 Incorrect API key provided',
      '2025-04-16 23:19:50 Error: 401 Incorrect API key provided',
      '2025-04-16 23:19:50 INFO request failed',
      // Python logging's padded level column after its own stamp: the record, not a viewer's zone and gap.
      '2023-03-03 08:09:21 ERROR    src.bot -> Error while sending message: That model does not exist',
      '2023-03-03 08:09:20 INFO     src.bot -> User#2199 : hello',
      'TypeError: fetch failed: other side closed',
      'Error: 401 status code (no body)',
      '    at Object.<anonymous> (/app/index.js:3:1)',
      'Traceback (most recent call last):',
      '>>> client.models.list()',
      // A logger's own clock (no milliseconds and pipe, no AM/PM and colon), a table row, a numbered list.
      '12:00:01.123 ERROR openai: 401 Incorrect API key provided',
      '12:00:01 | request failed',
      '| model | status |',
      '1: openai.AuthenticationError',
      '[ERROR] openai.AuthenticationError: Error code: 401',
      // A table row whose cells differ is a table's, not the console's copy of one message.
      `2023-07-05T22:00:23.165+08:00${LINE} | another cell`,
    ]) {
      assert.equal(stripLinePrefix(line), line, line);
    }
    // Under a collector's stamp, a logger's own date (one space, no zone) stays: it is the record.
    assert.equal(
      stripLinePrefix('2025-04-16T23:19:50.1234567Z 2025-04-16 23:19:50 error: 401 Incorrect API key provided'),
      '2025-04-16 23:19:50 error: 401 Incorrect API key provided',
    );
  });
});

describe("line prefixes: a post's markup around the output (fences, collapsible sections)", () => {
  it('reads a fence line as the blank line it stands for', () => {
    for (const fence of [
      '```',
      '```python',
      '```text ',
      '~~~',
      '````',
      '> ```',
      '   ```js',
      '<details>',
      '</details>',
      '<summary>Error log</summary>',
      '<pre>',
    ])
      assert.equal(stripLinePrefix(fence), '', fence);
  });

  it("keeps lines that only hold backticks among other text (a model id, a source line's quoting)", () => {
    for (const line of ['`gpt-4o`', '```python print(1)```', 'Error: ```', '    raise e', '<html>', '<summary>x</summary> and more'])
      assert.equal(stripLinePrefix(line), line);
  });

  it("drops a blockquote's marker under indentation, the indentation kept (controls: Jest's code frame, pytest's source mark)", () => {
    assert.equal(
      stripLinePrefix('  > Azure.RequestFailedException : Principal does not have access to API/Operation.'),
      '  Azure.RequestFailedException : Principal does not have access to API/Operation.',
    );
    assert.equal(stripLinePrefix('  >'), '  ');
    assert.equal(
      stripLinePrefix('    > 12 |     const reply = await client.chat.completions.create({'),
      '    > 12 |     const reply = await client.chat.completions.create({',
    );
    assert.equal(
      stripLinePrefix('  >       raise self._make_status_error_from_response(err.response) from None'),
      '  >       raise self._make_status_error_from_response(err.response) from None',
    );
  });
});
