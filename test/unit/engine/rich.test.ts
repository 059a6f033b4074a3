// Rich tracebacks (`rich.traceback`, Typer's pretty exceptions, RichHandler logs, Streamlit's log):
// the box Rich draws, its frame headers (`path:line in func`, wrapped at the box width), the `❱`
// line, locals panels, the exception after the box, and the variants (legacy Windows, indented,
// without sides, cut). Each negative sits next to its positive control.
import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../src/core/engine';
import { innermostUserFrame, parseBlock } from '../../../src/core/parse';
import { parseRichTraceback } from '../../../src/core/parse/rich';
import type { CutBlock } from '../../../src/core/parse/layouts/block';
import { StreamScanner } from '../../../src/core/scan/streamScanner';
import type { Incident } from '../../../src/core/types';

const TITLE = ' Traceback (most recent call last) ';

/** A Rich box of `width` columns around `lines` (`╭…╮`, `│ … │`, `╰…╯`, or legacy Windows' `┌…┐`). */
function box(lines: string[], opts: { width?: number; legacy?: boolean; indent?: string } = {}): string[] {
  const width = opts.width ?? 80;
  const [tl, tr, bl, br] = opts.legacy ? ['┌', '┐', '└', '┘'] : ['╭', '╮', '╰', '╯'];
  const side = width - 2 - TITLE.length;
  const top = `${tl}${'─'.repeat(Math.floor(side / 2))}${TITLE}${'─'.repeat(Math.ceil(side / 2))}${tr}`;
  const body = lines.map((l) => `│ ${l.padEnd(width - 4)} │`);
  return [top, ...body, `${bl}${'─'.repeat(width - 2)}${br}`].map((l) => (opts.indent ?? '') + l);
}

const USER_FRAME = [
  '/home/dev/bot/main.py:12 in <module>',
  '',
  '    9 client = OpenAI()',
  '   11 if __name__ == "__main__":',
  '❱ 12 │   reply = client.chat.completions.create(model="gpt-4o", messages=m)',
  '   13 │   print(reply)',
];
const SDK_FRAME = [
  '',
  '/home/dev/bot/.venv/lib/python3.12/site-packages/openai/_base_client.py:1047',
  'in request',
  '',
  '❱ 1047 │   │   │   raise self._make_status_error_from_response(err.response)',
];
const DENIED = [
  "PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project ",
  "`proj_abc` does not have access to model `gpt-4o`', 'type': ",
  "'invalid_request_error', 'param': None, 'code': 'model_not_found'}}",
];
const QUOTA = [
  "RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check ",
  "your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
];
const PLAIN = [
  'Traceback (most recent call last):',
  '  File "/home/dev/bot/main.py", line 12, in <module>',
  '    reply = client.chat.completions.create(model="gpt-4o", messages=m)',
  '  File "/home/dev/bot/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
  '    raise self._make_status_error_from_response(err.response) from None',
  ...DENIED.map((l, i) => (i === 0 ? `openai.${l}` : l)),
];
const TYPER = [...box([...USER_FRAME, ...SDK_FRAME]), ...DENIED].join('\n') + '\n';

function cut(text: string): CutBlock[] {
  const s = new StreamScanner();
  return [...s.push(text), ...s.flush()];
}

function summary(incidents: Incident[]) {
  return incidents.map((i) => ({
    provider: i.provider,
    cause: i.cause,
    status: i.status,
    model: i.model,
    userFrame: i.userFrame && { file: i.userFrame.file, line: i.userFrame.line, function: i.userFrame.function },
  }));
}

const DENIED_INCIDENT = {
  provider: 'openai',
  cause: 'model-access',
  status: 403,
  model: 'gpt-4o',
  userFrame: { file: '/home/dev/bot/main.py', line: 12, function: '<module>' },
};

describe('engine: Rich tracebacks', () => {
  it('reads a box: frames from the headers, the marked line as source, the exception after the box (a plain traceback is not read as Rich)', () => {
    const t = parseRichTraceback(TYPER);
    assert.ok(t);
    assert.equal(t.errorClass, 'PermissionDeniedError');
    assert.equal(t.status, 403);
    assert.match(t.message, /^Error code: 403 - .*Project\n`proj_abc` does not have access to model `gpt-4o`/s);
    assert.deepEqual(
      t.frames.map((f) => [f.file, f.line, f.function]),
      [
        ['/home/dev/bot/main.py', 12, '<module>'],
        ['/home/dev/bot/.venv/lib/python3.12/site-packages/openai/_base_client.py', 1047, 'request'],
      ],
    );
    assert.equal(t.frames[0].source, 'reply = client.chat.completions.create(model="gpt-4o", messages=m)');
    assert.equal(innermostUserFrame(t.frames)?.file, '/home/dev/bot/main.py');
    // Control: the same failure as Python prints it is no Rich box.
    assert.equal(parseRichTraceback(PLAIN.join('\n')), null);
  });

  it('cuts the block from the box, not from the exception line, and finds the incident (a 429 in the same box stays silent)', () => {
    const blocks = cut(`$ python main.py\n${TYPER}$ \n`);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].layout, 'rich');
    assert.ok(blocks[0].text.startsWith('╭'), blocks[0].text.slice(0, 40));
    assert.deepEqual(summary(scanText(TYPER)), [DENIED_INCIDENT]);
    const quota = [...box([...USER_FRAME, ...SDK_FRAME]), ...QUOTA].join('\n') + '\n';
    assert.equal(cut(quota)[0].layout, 'rich');
    assert.deepEqual(scanText(quota), []);
  });

  it('joins a frame header Rich wrapped at the box width, inside a word or at a space', () => {
    const text = [
      ...box([
        '/home/dev/app/agent/run.py:4',
        '2 in ask',
        '',
        '/home/dev/app/.venv/lib/python3.12/site-packages/anthropic/resources/messages/messages.py:1003 in',
        'create',
        '',
        'C:\\Users\\dev\\app\\main.py:44',
        'in main',
      ]),
      "AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
    ].join('\n');
    const t = parseRichTraceback(text);
    assert.deepEqual(
      t?.frames.map((f) => [f.file, f.line, f.function]),
      [
        ['/home/dev/app/agent/run.py', 42, 'ask'],
        ['/home/dev/app/.venv/lib/python3.12/site-packages/anthropic/resources/messages/messages.py', 1003, 'create'],
        ['C:\\Users\\dev\\app\\main.py', 44, 'main'],
      ],
    );
  });

  it('reads legacy Windows boxes (`┌…┐`, `>` marker) and skips locals panels', () => {
    const text = [
      ...box(
        [
          'C:\\Users\\Admin\\projects\\writer\\main.py:44 in main',
          '',
          '> 44 │   ai = client.messages.create(model="claude-3-opus-20240229", max_tokens=10)',
          '',
          '┌─────────────────── locals ───────────────────┐',
          '│ client = <anthropic.Anthropic object at 0x2> │',
          '│ prompt = "hi"                                │',
          '└──────────────────────────────────────────────┘',
          '',
          'C:\\Python310\\lib\\site-packages\\anthropic\\_base_client.py:1041 in _request',
        ],
        { width: 100, legacy: true },
      ),
      "AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
    ].join('\n');
    assert.deepEqual(summary(scanText(text)), [
      {
        provider: 'anthropic',
        cause: 'invalid-token',
        status: 401,
        model: 'claude-3-opus-20240229',
        userFrame: { file: 'C:\\Users\\Admin\\projects\\writer\\main.py', line: 44, function: 'main' },
      },
    ]);
  });

  it('leaves out a frame whose file Rich could not read (`in <module>:3`), keeps one it could', () => {
    const frames = (header: string) => parseRichTraceback([...box([header, '', ...SDK_FRAME]), ...DENIED].join('\n'))?.frames.map((f) => f.file);
    assert.deepEqual(frames('in <module>:3'), ['/home/dev/bot/.venv/lib/python3.12/site-packages/openai/_base_client.py']);
    assert.deepEqual(frames('/home/dev/bot/main.py:3 in <module>'), [
      '/home/dev/bot/main.py',
      '/home/dev/bot/.venv/lib/python3.12/site-packages/openai/_base_client.py',
    ]);
  });

  it("reads RichHandler output: indented boxes chained by Python's sentence, one block up to the next log record", () => {
    const pad = '           ';
    const text = [
      '[23:34:09] ERROR    Call failed                                          app.py:88',
      ...box(['/srv/agent/app.py:80 in ask', '', '❱  80 │   │   return litellm.completion(model="gpt-4o", messages=m)'], { width: 69, indent: pad }),
      `${pad}OpenAIError: The api_key client option must be set either by passing `,
      `${pad}api_key to the client or by setting the OPENAI_API_KEY environment   `,
      `${pad}variable`,
      pad,
      `${pad}During handling of the above exception, another exception occurred:  `,
      pad,
      ...box(['/srv/agent/app.py:84 in ask', '', '❱  84 │   │   raise RuntimeError("model call failed") from e'], { width: 69, indent: pad }),
      `${pad}RuntimeError: model call failed`,
      '[23:34:10] INFO     done',
    ].join('\n');
    const blocks = cut(text);
    const rich = blocks.filter((b) => b.layout === 'rich');
    assert.equal(rich.length, 1);
    const t = parseBlock(rich[0]);
    assert.deepEqual(
      t?.chain?.map((c) => c.errorClass),
      ['OpenAIError', 'RuntimeError'],
    );
    assert.match(t!.chain![0].message, /OPENAI_API_KEY environment\nvariable$/);
    assert.deepEqual(summary(scanText(text)), [
      { provider: 'openai', cause: 'missing-token', status: null, model: 'gpt-4o', userFrame: { file: '/srv/agent/app.py', line: 80, function: 'ask' } },
    ]);
  });

  it("reads Streamlit's log: no sides, two rules, doubled line breaks; a call over several lines gives the model", () => {
    const lines = [
      '────────────────────── Traceback (most recent call last) ───────────────────────',
      '  /home/adminuser/venv/lib/python3.12/site-packages/streamlit/runtime/scriptru  ',
      '  nner/exec_code.py:121 in exec_func_with_error_handling                        ',
      '                                                                                ',
      '  /mount/src/chat-app/app.py:118 in get_answer                                  ',
      '                                                                                ',
      '    117 │   │   return "cached"                                                 ',
      '  ❱ 118 │   response = client.chat.completions.create(                          ',
      '    119 │   │   model="gpt-4o-mini",                                            ',
      '    120 │   │   messages=[{"role": "user", "content": q}])                       ',
      '                                                                                ',
      '  /home/adminuser/venv/lib/python3.12/site-packages/openai/_base_client.py:104  ',
      '  7 in request                                                                  ',
      '────────────────────────────────────────────────────────────────────────────────',
      "AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key ",
      'provided: sk-proj-****abcd. You can find your API key at ',
      "https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', ",
      "'param': None, 'code': 'invalid_api_key'}}",
      '[09:07:30] 🐙 Pulling code changes from Github...',
    ];
    const want = [
      {
        provider: 'openai',
        cause: 'invalid-token',
        status: 401,
        model: 'gpt-4o-mini',
        userFrame: { file: '/mount/src/chat-app/app.py', line: 118, function: 'get_answer' },
      },
    ];
    assert.deepEqual(summary(scanText(lines.join('\n'))), want);
    // The log as Streamlit Cloud's page copies it: a blank line after every line.
    assert.deepEqual(summary(scanText(lines.join('\n\n'))), want);
  });

  it('reads a box whose bottom a copy cut off: the first column line after it is the exception (control: with the bottom)', () => {
    const lines = box([...USER_FRAME, ...SDK_FRAME]);
    assert.deepEqual(summary(scanText([...lines.slice(0, -1), ...DENIED].join('\n'))), [DENIED_INCIDENT]);
    assert.deepEqual(summary(scanText([...lines, ...DENIED].join('\n'))), [DENIED_INCIDENT]);
  });

  it('keeps reading a box whose lines a narrower terminal wrapped (control: unwrapped)', () => {
    const wide = box([...USER_FRAME, ...SDK_FRAME], { width: 110 });
    const wrapped = wide.flatMap((l) => (l.startsWith('│') ? [l.slice(0, 90), l.slice(90)] : [l]));
    assert.deepEqual(summary(scanText([...wrapped, ...DENIED].join('\n'))), [DENIED_INCIDENT]);
    assert.deepEqual(summary(scanText([...wide, ...DENIED].join('\n'))), [DENIED_INCIDENT]);
  });

  it('reports the failure once when a plain traceback repeats it right after the box (each alone: once)', () => {
    const rich = [...box([...USER_FRAME, ...SDK_FRAME]), ...DENIED];
    assert.deepEqual(summary(scanText([...rich, ...PLAIN].join('\n'))), [DENIED_INCIDENT]);
    assert.deepEqual(summary(scanText(rich.join('\n'))), [DENIED_INCIDENT]);
    assert.deepEqual(summary(scanText(PLAIN.join('\n'))), [DENIED_INCIDENT]);
  });

  it('stays silent on a PermissionError [Errno 13] in a box (control: the 403 in the same box)', () => {
    const box13 = [
      ...box(['/opt/venv/lib/python3.12/site-packages/cli/main.py:956 in run_analysis', '', '❱ 956 │   os.makedirs(cache_dir, exist_ok=True)', ...SDK_FRAME]),
    ];
    assert.deepEqual(scanText([...box13, "PermissionError: [Errno 13] Permission denied: '/home/appuser/.cache'"].join('\n')), []);
    assert.equal(scanText([...box13, ...DENIED].join('\n')).length, 1);
  });

  it('reads the box through colour and finds the same incident wherever a chunk boundary falls', () => {
    const E = '\x1b';
    const coloured = TYPER.replace('/home/dev/bot/main.py', `${E}[33m/home/dev/bot/${E}[0m${E}[1;33mmain.py${E}[0m`).replace('❱', `${E}[31m❱${E}[0m`);
    assert.deepEqual(summary(scanText(coloured)), [DENIED_INCIDENT]);
    const want = JSON.stringify([DENIED_INCIDENT]);
    for (let k = 0; k <= TYPER.length; k += 7) {
      const e = new TraceEngine();
      const got = summary([...e.push('t', TYPER.slice(0, k)), ...e.push('t', TYPER.slice(k)), ...e.end('t')]);
      if (JSON.stringify(got) !== want) assert.fail(`split at ${k}: ${JSON.stringify(got)}`);
    }
  });

  it('finds the box header far above the exception when the output streams in line by line (control: in one piece)', () => {
    const locals = Array.from({ length: 150 }, (_, i) => `│ │ value_${String(i).padStart(2, '0')} = 'x' │`.padEnd(60, ' '));
    const text =
      [...box([...USER_FRAME, '', '╭──── locals ────╮', ...locals.map((l) => l.slice(2)), '╰────────────────╯', ...SDK_FRAME]), ...DENIED].join('\n') + '\n';
    assert.ok(text.length > 8 * 1024);
    const e = new TraceEngine();
    const streamed: Incident[] = [];
    for (const line of text.split(/(?<=\n)/)) streamed.push(...e.push('s', line));
    streamed.push(...e.end('s'));
    assert.deepEqual(summary(streamed), [DENIED_INCIDENT]);
    assert.deepEqual(summary(scanText(text)), [DENIED_INCIDENT]);
  });
});
