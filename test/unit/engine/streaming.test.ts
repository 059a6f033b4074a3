import * as assert from 'node:assert/strict';
import { IncidentIds, scanText, TraceEngine } from '../../../src/core/engine';
import type { Incident } from '../../../src/core/types';
import { expectations, fixture, summary } from './helpers';

const SPLIT_FIXTURES = [
  'py-openai-403-model-plain.txt',
  'py-openai-missing-scopes-color313.txt',
  'py-openai-403-generic-crlf.txt',
  'node-openai-404-model-esm.txt',
  'node-openai-proxy-html-cjs.txt',
  'py-hf-gated-401-chained.txt',
  'py-groq-404-model-pytest.txt',
];

function run(chunks: string[], id = 's'): Incident[] {
  const e = new TraceEngine();
  const out: Incident[] = [];
  for (const c of chunks) out.push(...e.push(id, c));
  out.push(...e.end(id));
  return out;
}

describe('engine: streaming', () => {
  const exp = expectations();

  for (const name of SPLIT_FIXTURES) {
    it(`${name}: same incident when split at every offset`, () => {
      const text = fixture(name);
      const want = JSON.stringify(exp[name]);
      for (let k = 0; k <= text.length; k++) {
        const got = run([text.slice(0, k), text.slice(k)]).map(summary);
        if (JSON.stringify(got) !== want) assert.fail(`split at ${k}: ${JSON.stringify(got)}`);
      }
    });
  }

  it('emits before the stream ends, wherever the split falls', () => {
    for (const name of ['py-openai-invalid-key-logging.txt', 'node-openai-missing-scopes-stack.txt']) {
      const text = fixture(name).replace(/dev@box:~\/app\$ $/, 'dev@box:~/app$ ls\nREADME.md\n');
      for (let k = 1; k < text.length; k++) {
        const e = new TraceEngine();
        const got = [...e.push('p', text.slice(0, k)), ...e.push('p', text.slice(k))];
        if (got.length !== 1) assert.fail(`${name} split at ${k}: ${got.length} incidents before end`);
        assert.deepEqual(e.end('p'), []);
      }
    }
  });

  it('handles one character per chunk and random chunk sizes', () => {
    const name = 'node-replicate-401-invalid-esm.txt';
    const text = fixture(name);
    assert.deepEqual(run(text.split('')).map(summary), exp[name]);
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 20; round++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length;) {
        const n = 1 + Math.floor(rnd() * 300);
        chunks.push(text.slice(i, i + n));
        i += n;
      }
      assert.deepEqual(run(chunks).map(summary), exp[name]);
    }
  });

  it('keeps interleaved streams apart', () => {
    const a = fixture('py-openai-region-async.txt');
    const b = fixture('node-openai-invalid-key-inspect.txt');
    const e = new TraceEngine();
    const out: Incident[] = [];
    const step = 37;
    for (let i = 0; i < Math.max(a.length, b.length); i += step) {
      if (i < a.length) out.push(...e.push('term-a', a.slice(i, i + step)));
      if (i < b.length) out.push(...e.push('term-b', b.slice(i, i + step)));
    }
    out.push(...e.end('term-a'), ...e.end('term-b'));
    const byStream = Object.fromEntries(out.map((i) => [i.streamId, summary(i)]));
    assert.deepEqual(byStream['term-a'], exp['py-openai-region-async.txt'][0]);
    assert.deepEqual(byStream['term-b'], exp['node-openai-invalid-key-inspect.txt'][0]);
    assert.equal(out.length, 2);
  });

  it('strips ANSI colour and VS Code OSC 633 marks, and ends the trace at the next prompt mark', () => {
    const trace = fixture('py-openai-403-model-plain.txt')
      .replace(/^dev@box:~\/app\$ python app\.py\n/, '')
      .replace(/dev@box:~\/app\$ $/, '');
    const coloured = trace.replace(/openai\.PermissionDeniedError/, '\x1b[1;35mopenai.PermissionDeniedError\x1b[0m').replace(/\n/g, '\r\n');
    const e = new TraceEngine();
    const text = `\x1b]633;A\x07dev@box:~/app$ \x1b]633;B\x07python app.py\r\n\x1b]633;E;python app.py;nonce\x07\x1b]633;C\x07${coloured}\x1b]633;D;1\x07\x1b]633;A\x07dev@box:~/app$ \x1b]633;B\x07`;
    const got = e.push('t', text, 1000);
    assert.equal(got.length, 1, 'emitted at the prompt, before the stream ends');
    assert.equal(got[0].model, 'gpt-4o');
    assert.equal(got[0].cause, 'model-access');
    assert.ok(!got[0].trace.includes('\x1b'), 'no escapes in the trace');
    assert.ok(!got[0].message.includes('\r'));
    assert.deepEqual(e.end('t'), []);
  });

  it('emits a Node trace as soon as the line after it arrives', () => {
    const text = fixture('node-openai-404-model-esm.txt');
    const e = new TraceEngine();
    const cut = text.indexOf('Node.js v20');
    const first = e.push('n', text.slice(0, cut));
    assert.equal(first.length, 1);
    assert.deepEqual(e.push('n', text.slice(cut)), []);
    assert.deepEqual(e.end('n'), []);
  });

  it('completes an open trace when the stream goes quiet (flushIdle)', () => {
    const text = fixture('py-openai-invalid-key-logging.txt');
    const withoutLast = text.slice(0, text.indexOf('INFO:app:shutting down'));
    const e = new TraceEngine({ quietMs: 1500 });
    assert.deepEqual(e.push('q', withoutLast, 10_000), []);
    assert.deepEqual(e.flushIdle(11_000), [], 'not quiet long enough');
    const got = e.flushIdle(11_600);
    assert.equal(got.length, 1);
    assert.equal(got[0].cause, 'invalid-token');
    assert.deepEqual(e.flushIdle(20_000), []);
  });

  it('gives ids unique across engines that share an id source', () => {
    const t = fixture('py-openai-403-model-plain.txt');
    const source = { ids: new IncidentIds() };
    const ids = [...scanText(t, 'x', source), ...scanText(t, 'x', source), ...scanText(t + t, 'y', source)].map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.match(ids[0], /^x#\d+$/);
  });

  it('handles \\r progress bars and CRLF line ends', () => {
    const text = 'Downloading 10%\rDownloading 50%\rDownloading 100%\r\n' + fixture('py-replicate-403-crlf.txt');
    assert.equal(run([text])[0].cause, 'permission-denied');
  });
});
