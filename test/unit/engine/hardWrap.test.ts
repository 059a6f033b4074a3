import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText, TraceEngine } from '../../../src/core/engine';
import type { Incident } from '../../../src/core/types';
import { joinPieces, wrapWidth, wrappedLineEnd, wrappedLineStart } from '../../../src/core/scan/hardWrap';
import { REAL_FIXTURES, realFixtures, realSummary } from '../../support/realFixtures';

// Output copied from a terminal that cuts long lines at its width (Windows console, tmux, a CLI
// that wraps its own output): JSON log lines, model ids, URLs and messages broken across lines
// at one column. The pieces are read as the line they were cut from.

/** What such a terminal shows: every line longer than `width` cut into pieces of `width`. */
function wrapAt(text: string, width: number): string {
  return text
    .split('\n')
    .map((l) => (l.length > width ? (l.match(new RegExp(`.{1,${width}}`, 'g')) ?? [l]).join('\n') : l))
    .join('\n');
}

function verdicts(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}/${i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : null}`);
}

const STACK = [
  'Error: 401 Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
  '    at APIError.generate (/app/node_modules/openai/error.js:44:20)',
  '    at OpenAI.makeStatusError (/app/node_modules/openai/core.js:263:33)',
  '    at async ask (/app/src/chat.js:12:5)',
].join('\n');
const PINO = JSON.stringify({ level: 50, time: 1745000000000, pid: 7, msg: 'chat failed', err: { type: 'AuthenticationError', stack: STACK } });
const PINO_QUOTA = PINO.replace(
  /401 Incorrect API key provided: sk-proj-\*{4}abcd\./g,
  '429 You exceeded your current quota, please check your plan and billing details.',
);
const PINO_INCIDENT = 'openai/invalid-token/401/null//app/src/chat.js:12';

describe('hard wraps: the width a terminal cut lines at', () => {
  const W80 = { columns: 80, twice: true };
  const NONE = { columns: 0, twice: false };
  const a = 'the quick brown fox jumps over the lazy dog, '.repeat(2).slice(0, 80);
  const b = 'pack my box with five dozen liquor jugs; '.repeat(2).slice(0, 80);

  it('is the widest line when two different lines reach it (controls: the same line twice, a narrow width, a wider line)', () => {
    assert.deepEqual(wrapWidth([a, b, 'tail'].join('\n')), W80);
    assert.deepEqual(wrapWidth([a, a, 'tail'].join('\n')), { columns: 80, twice: false });
    assert.deepEqual(wrapWidth([a.slice(0, 50), b.slice(0, 50), 'tail'].join('\n')), NONE);
    // A wider line anywhere: these lines were not cut at 80.
    assert.deepEqual(wrapWidth([a, b, `${b} and more`].join('\n')), { columns: b.length + ' and more'.length, twice: false });
  });

  it('one widest line is a piece only when the cut splits a word (controls: a space, a prompt, a log record next; narrower than 80)', () => {
    const cutWord = 'x'.repeat(70) + ' https://api.mi';
    const one = (text: string) => wrappedLineEnd(text, 0, text.indexOf('\n'), () => wrapWidth(text), true);
    const head = `${cutWord.padStart(80, '-')}`;
    assert.equal(one(`${head}\nstral.ai/v1/models\n`), head.length + 1 + 'stral.ai/v1/models'.length);
    assert.equal(one(`${head}\n stral.ai/v1/models\n`), head.length);
    assert.equal(one(`${head}\ndev@box:~/app$ \n`), head.length);
    assert.equal(one(`${head}\nERROR: next record\n`), head.length);
    // An id cut after a hyphen inside it (control: a dash between words).
    const id = `${'x'.repeat(50)} (Request ID: Root=1-66f4b037-`.padStart(80, '-');
    assert.equal(one(`${id}\n8fd8-4ed8)\n`), id.length + 1 + '8fd8-4ed8)'.length);
    const dash = `${id.slice(0, -2)} -`;
    assert.equal(one(`${dash}\n8fd8-4ed8)\n`), dash.length);
    // A model id cut before its hyphen (control: a Markdown bullet next).
    const model = `${'x'.repeat(30)} https://huggingface.co/meta-llama/Llama-3.2-1B`.padStart(80, '-');
    assert.equal(one(`${model}\n-Instruct.\n`), model.length + 1 + '-Instruct.'.length);
    assert.equal(one(`${model}\n- Instruct.\n`), model.length);
    // A path cut after its `/`.
    const url = `${'x'.repeat(50)} https://api-inference.huggingface.co/models/Qwen/`.padStart(80, '-');
    assert.equal(one(`${url}\nQwen2.5-Coder-32B-Instruct/v1/chat/completions\n`), url.length + 1 + 'Qwen2.5-Coder-32B-Instruct/v1/chat/completions'.length);
    assert.equal(one(`${url}\n{"error": "x"}\n`), url.length);
    // A REST client's request line and its first header (control: the same line cut inside its URL).
    const request = `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=${'q'.repeat(12)}`;
    assert.equal(one(`${request}\nContent-Type: application/json\n`), request.length);
    assert.equal(one(`${request.slice(0, 90)}\n${request.slice(90)}\n`), request.length + 1);
    const narrow = head.slice(10);
    assert.equal(one(`${narrow}\nstral.ai/v1/models\n`), narrow.length);
  });

  it('counts what a terminal shows: colour and a CRLF left out', () => {
    const coloured = `\x1b[31m${a}\x1b[0m\r`;
    assert.deepEqual(wrapWidth([coloured, b, 'tail'].join('\n')), W80);
    assert.deepEqual(wrapWidth([`\x1b[31m${a.slice(0, 70)}\x1b[0m`, b, 'tail'].join('\n')), { columns: 80, twice: false });
  });

  it('does not join a line that a collector put its own prefix on (control: the same lines unprefixed)', () => {
    const text = [`web-1  | ${a.slice(0, 71)}`, `web-1  | ${b.slice(0, 71)}`, 'web-1  | tail', ''].join('\n');
    assert.deepEqual(wrapWidth(text), W80);
    assert.equal(
      wrappedLineEnd(text, 0, text.indexOf('\n'), () => wrapWidth(text), true),
      text.indexOf('\n'),
    );
    const bare = [a, b, 'tail', ''].join('\n');
    assert.equal(
      joinPieces(
        bare,
        0,
        wrappedLineEnd(bare, 0, a.length, () => wrapWidth(bare), true),
      ),
      `${a}${b}tail`,
    );
  });

  it('joins a run of full-width pieces up to the first narrower one, not across a blank line', () => {
    const text = [a, b, 'end of the line', 'next line', ''].join('\n');
    const end = wrappedLineEnd(text, 0, a.length, () => W80, true);
    assert.equal(joinPieces(text, 0, end), `${a}${b}end of the line`);
    const blankAfter = [a, '', b, 'next', ''].join('\n');
    assert.equal(
      wrappedLineEnd(blankAfter, 0, a.length, () => W80, true),
      a.length,
    );
    // The line after a long one has not arrived: wait for it (controls: the text is complete; a short line).
    assert.equal(
      wrappedLineEnd(`${a}\n${b}`, 0, a.length, () => W80, false),
      -1,
    );
    assert.equal(
      wrappedLineEnd(`short\n${b}`, 0, 5, () => W80, false),
      5,
    );
    assert.equal(
      wrappedLineEnd(`${a}\n`, 0, a.length, () => W80, true),
      a.length,
    );
  });

  it('leaves lines that fill the width on purpose: rules and box edges (control: text of that width)', () => {
    const rule = '='.repeat(30) + ' FAILURES ' + '='.repeat(40);
    const edge = '╭' + '─'.repeat(78) + '╮';
    const side = '│ ' + b.slice(0, 76) + ' │';
    for (const line of [rule, edge, side]) {
      const text = `${line}\nnext\n`;
      assert.equal(
        wrappedLineEnd(text, 0, line.length, () => W80, true),
        line.length,
        line,
      );
    }
    assert.equal(
      wrappedLineEnd(`${a}\nnext\n`, 0, a.length, () => W80, true),
      a.length + 1 + 'next'.length,
    );
  });

  it('does not join a whole JSON record or a line above an error head, though lines of its length repeat (controls: a cut record, prose)', () => {
    const record = (status: number, path: string) => JSON.stringify({ level: 'info', time: 1732370354585, msg: 'cache miss', status, path });
    const r1 = record(404, '/v1/items?page=2');
    const r2 = record(304, '/v1/items?page=7');
    assert.equal(r1.length, r2.length);
    const text = `${r1}\n${r2}\nnext request served\n`;
    const at = r1.length + 1;
    const widthOf = (e: number, c: number) => wrapWidth(text.slice(0, e), c);
    assert.deepEqual(widthOf(text.length - 1, r2.length), { columns: r2.length, twice: true });
    assert.equal(wrappedLineEnd(text, at, at + r2.length, widthOf, true), at + r2.length);
    // Control: the same record cut short is a piece.
    const cut = `${r1}\n${r2.slice(0, -2)}\nce"}\n`;
    const cutWidth = (e: number) => ({ columns: r2.length - 2, twice: e > 0 });
    assert.equal(wrappedLineEnd(cut, at, at + r2.length - 2, cutWidth, true), cut.length - 1);
    // An error head below a line of the width is a line of its own (control: prose below it).
    assert.equal(
      wrappedLineEnd(`${a}\nTypeError: x is not a function\n`, 0, a.length, () => W80, true),
      a.length,
    );
    assert.equal(
      wrappedLineEnd(`${a}\nis not a function\n`, 0, a.length, () => W80, true),
      a.length + 1 + 'is not a function'.length,
    );
  });

  it('finds the first piece of the line an anchor sits in', () => {
    const text = ['before', a, b, 'rest with the anchor', ''].join('\n');
    const anchorLine = text.indexOf('rest');
    assert.equal(
      wrappedLineStart(text, 0, anchorLine, () => W80),
      text.indexOf(a),
    );
    // No width: the line is its own (control).
    assert.equal(
      wrappedLineStart(text, 0, anchorLine, () => NONE),
      anchorLine,
    );
  });
});

describe('hard wraps: what is read from the pieces', () => {
  it('a JSON log line cut into pieces parses again (controls: as printed; a 429 record stays silent either way)', () => {
    assert.deepEqual(verdicts(`${PINO}\n`), [PINO_INCIDENT]);
    for (const width of [60, 80, 120]) {
      assert.ok(wrapAt(PINO, width).split('\n').length > 2, `cut at ${width}`);
      assert.deepEqual(verdicts(`${wrapAt(PINO, width)}\n`), [PINO_INCIDENT], `cut at ${width}`);
      assert.deepEqual(verdicts(`${wrapAt(PINO_QUOTA, width)}\n`), [], `quota cut at ${width}`);
    }
    assert.deepEqual(verdicts(`${PINO_QUOTA}\n`), []);
  });

  it('reads the same incident wherever a chunk boundary falls in the pieces', function () {
    this.timeout(60_000);
    const text = `starting worker\n${wrapAt(PINO, 80)}\nworker stopped\n`;
    const want = JSON.stringify([PINO_INCIDENT]);
    for (let k = 0; k <= text.length; k++) {
      const e = new TraceEngine();
      const got: Incident[] = [...e.push('t', text.slice(0, k)), ...e.push('t', text.slice(k)), ...e.end('t')];
      const seen = JSON.stringify(
        got.map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}/${i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : null}`),
      );
      if (seen !== want) assert.fail(`split at ${k}: ${seen}`);
    }
  });

  it('an error a log line names past the cut is read from the line start, the model id cut in two whole again', () => {
    const line =
      "2025-04-16 23:19:50,123 - app.worker - WARNING - gave up after 3 attempts, last one: openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-4o-2024-08-06` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}";
    const wrapped = wrapAt(line, 80);
    // The error's class sits in the second piece, the model id is cut between two.
    assert.ok(wrapped.split('\n')[0].indexOf('Error') < 0);
    assert.ok(wrapped.split('\n').every((l) => !l.includes('gpt-4o-2024-08-06')));
    assert.deepEqual(verdicts(`${line}\n`), ['openai/model-access/404/gpt-4o-2024-08-06/null']);
    assert.deepEqual(verdicts(`${wrapped}\n`), ['openai/model-access/404/gpt-4o-2024-08-06/null']);
  });

  it('a line exactly as wide as the widest is not joined to an exception line or a frame below it (control: a piece is)', () => {
    const raise = '    raise self._make_status_error_from_response(request, err.response) from None';
    assert.equal(raise.length, 80);
    const frame = '  File "D:\\Python310\\anthropic\\lib\\site-packages\\anthropic\\_base_client.py", line 761, in _request';
    const text = [
      'Traceback (most recent call last):',
      wrapAt(frame, 80),
      raise,
      wrapAt("anthropic.AuthenticationError: Error code: 401 - {'error': {'type': 'authentication_error', 'message': 'Invalid API Key'}}", 80),
      '',
    ].join('\n');
    assert.ok(text.split('\n').filter((l) => l.length === 80).length >= 3);
    assert.deepEqual(verdicts(text), ['anthropic/invalid-token/401/null/null']);
    assert.equal(scanText(text)[0].errorClass, 'anthropic.AuthenticationError');
  });

  it('a message cut above its .NET `Status:` line is read from its first piece (control: as printed)', () => {
    const message =
      '---> Azure.RequestFailedException: Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';
    const text = (m: string) => [m, '      Status: 401 (PermissionDenied)', '      ErrorCode: 401', ''].join('\n');
    assert.deepEqual(verdicts(text(message)), ['azure-openai/invalid-token/401/null/null']);
    assert.equal(wrapAt(message, 120).split('\n').length, 2);
    assert.deepEqual(verdicts(text(wrapAt(message, 120))), ['azure-openai/invalid-token/401/null/null']);
  });

  it('a cut before the colon after a word (`Error code` / `: 401 - {…}`) is a piece (control: a space before the cut is no split)', () => {
    const first = 'Unexpected error: litellm.AuthenticationError: AuthenticationError: OpenAIException - Error code';
    const rest = ": 401 - {'error': {'message': 'Incorrect API key provided: sk-****abcd'}}";
    assert.ok(first.length >= 80 && rest.length < first.length);
    const joined = scanText(`${first}\n${rest}\n`);
    assert.equal(joined.length, 1);
    assert.match(joined[0].message, /OpenAIException - Error code: 401/);
    // The same next line after a line ending in a space: the cut split no word, the line is not joined.
    const apart = scanText(`${first} \n${rest}\n`);
    assert.ok(apart.every((i) => !/OpenAIException - Error code ?: 401/.test(i.message)));
  });

  it('a line exactly as wide as the widest, when no other line is, is not joined to the next (control: the next is read alone)', () => {
    const head = "openai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}}";
    const text = `${head}\nopenai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}}\n`;
    // Two reports, the same line twice: no width, two incidents.
    assert.equal(scanText(text).length, 2);
    assert.equal(scanText(`${head}\n`).length, 1);
  });

  it("the Hub's `401 Client Error.` line after a widest line ending in a model id is a line of its own (control: a cut id is joined)", () => {
    const hint = 'Make sure to have access to it at https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2';
    const own = `OSError: You are trying to access a gated repo.\n${hint}\n401 Client Error. \n`;
    assert.deepEqual(verdicts(own), ['huggingface/gated-repo/401/mistralai/Mistral-7B-Instruct-v0.2/null']);
    // Control: the id itself cut at that width still reads as one id.
    const cut = `OSError: You are trying to access a gated repo.\n${hint.slice(0, -6)}\nt-v0.2.\n401 Client Error.\n`;
    assert.deepEqual(verdicts(cut), ['huggingface/gated-repo/401/mistralai/Mistral-7B-Instruct-v0.2/null']);
  });
});

describe('hard wraps: the rest of a cut frame on its own line', () => {
  it('is no head of a report of its own', () => {
    const stack = (head: string): string =>
      [
        'got this from the server',
        head,
        '    at APIError.generate (/Users/dev/Github/acme/gateway/tests/node_modules/openai/error.js:47:20)',
        '    at OpenAI.makeStatusError (/Users/dev/Github/acme/gateway/tests/node_modules/openai/core.js:255:33)',
        '    at async run (/Users/dev/Github/acme/gateway/tests/run.js:12:22) {',
        '  status: 401,',
        '}',
      ].join('\n');
    const cut = (text: string): string =>
      text.replace('gateway/tests/node_modules/openai/error.js', 'gateway/tests\n/node_modules/openai/error.js').replace(':255:33)', ':255:33\n)');
    // A gateway's 401 without a body is no provider's answer, cut or not.
    assert.deepEqual(verdicts(stack('AuthenticationError: 401 status code (no body)')), []);
    assert.deepEqual(verdicts(cut(stack('AuthenticationError: 401 status code (no body)'))), []);
    // Control: OpenAI's own refusal over the same cut stack is still one report.
    const openai =
      'AuthenticationError: 401 Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.';
    assert.deepEqual(verdicts(cut(stack(openai))).length, 1);
    assert.match(verdicts(cut(stack(openai)))[0], /^openai\/invalid-token\/401\//);
  });
});

describe('hard wraps: decided from the lines up to the continuation only', () => {
  it('a wider line after the pieces does not undo them, so a stream read line by line decides alike', () => {
    const pieces = wrapAt(PINO, 80);
    const later = `worker ${'z'.repeat(120)} stopped`;
    assert.deepEqual(verdicts(`${pieces}\n${later}\n`), [PINO_INCIDENT]);
    const e = new TraceEngine();
    const got: Incident[] = [];
    for (const line of `${pieces}\n${later}\n`.split(/(?<=\n)/)) got.push(...e.push('t', line));
    got.push(...e.end('t'));
    assert.equal(got.length, 1);
    assert.equal(got[0].userFrame?.file, '/app/src/chat.js');
    // Control: a wider line before the pieces says they were not cut at 80: the record stays in
    // pieces, its stack's frames unread.
    assert.deepEqual(verdicts(`${later}\n${pieces}\n`), ['openai/invalid-token/401/null/null']);
  });
});

describe('hard wraps: the real fixtures cut at a terminal width', () => {
  const pendingFile = path.join(REAL_FIXTURES, 'pending.json');
  const pending = JSON.parse(fs.readFileSync(pendingFile, 'utf8')) as Record<string, string>;
  const readRight = realFixtures().filter((f) => pending[f.name] === undefined);
  const same = (text: string, f: (typeof readRight)[number]) => JSON.stringify(scanText(text, f.name).map((i) => realSummary(i))) === JSON.stringify(f.expect);

  // Floors measured when the pieces were first joined back (before: 399 at 120, 376 at 100, 343 at 80 of 448).
  const FLOORS: Record<number, number> = { 120: 446, 100: 438, 80: 433 };
  for (const [width, floor] of Object.entries(FLOORS)) {
    it(`reads at least ${floor} fixtures the same cut at ${width} columns, and no negative flags`, function () {
      // Each reads every real fixture twice; a machine busy with other work took over the default 20 s.
      this.timeout(120_000);
      const asPosted = readRight.filter((f) => same(f.text, f)).length;
      assert.equal(asPosted, readRight.length);
      let unchanged = 0;
      const flagged: string[] = [];
      for (const f of readRight) {
        const text = wrapAt(f.text, Number(width));
        if (same(text, f)) unchanged++;
        if (f.expect.length === 0 && scanText(text, f.name).length > 0) flagged.push(f.name);
      }
      assert.deepEqual(flagged, []);
      // Read line by line as a terminal streams it: the same incidents as in one piece.
      const streamed = readRight.filter((f) => {
        const text = wrapAt(f.text, Number(width));
        const e = new TraceEngine();
        const got: Incident[] = [];
        for (const line of text.split(/(?<=\n)/)) got.push(...e.push('t', line));
        got.push(...e.end('t'));
        return JSON.stringify(got.map((i) => realSummary(i))) !== JSON.stringify(scanText(text, f.name).map((i) => realSummary(i)));
      });
      assert.deepEqual(
        streamed.map((f) => f.name),
        [],
      );
      assert.ok(readRight.filter((f) => f.expect.length === 0).length > 100);
      assert.ok(unchanged >= floor, `${unchanged} of ${readRight.length} unchanged at ${width}`);
    });
  }
});
