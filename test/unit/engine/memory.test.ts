import * as assert from 'node:assert/strict';
import { MAX_BUFFERED_PER_STREAM, TraceEngine } from '../../../src/core/engine';
import { fixture } from './helpers';

describe('engine: bounded memory', () => {
  it('holds at most 256 KiB for 100 MB without a newline', function () {
    this.timeout(60_000);
    const e = new TraceEngine();
    const chunk = 'x'.repeat(60 * 1024) + 'Error: ' + 'y'.repeat(4 * 1024);
    let peak = 0;
    let sent = 0;
    while (sent < 100 * 1024 * 1024) {
      assert.deepEqual(e.push('big', chunk), []);
      sent += chunk.length;
      peak = Math.max(peak, e.bufferedBytes('big'));
    }
    assert.ok(peak <= MAX_BUFFERED_PER_STREAM, `peak ${peak}`);
    // Still works afterwards.
    const got = e.push('big', '\n' + fixture('py-openai-403-model-plain.txt'));
    assert.equal([...got, ...e.end('big')].length, 1);
  });

  it('survives binary garbage and stays bounded', function () {
    this.timeout(60_000);
    const e = new TraceEngine();
    let seed = 1;
    let peak = 0;
    for (let n = 0; n < 400; n++) {
      let s = '';
      for (let i = 0; i < 16 * 1024; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        s += String.fromCharCode(seed % 256);
      }
      s += n % 7 === 0 ? '\nTypeError: x\n    at f (/a.js:1:1) {\n' : '';
      assert.deepEqual(e.push('bin', s), []);
      peak = Math.max(peak, e.bufferedBytes('bin'));
    }
    assert.ok(peak <= MAX_BUFFERED_PER_STREAM, `peak ${peak}`);
    assert.deepEqual(e.end('bin'), []);
  });

  it('bounds an endless object dump', () => {
    const e = new TraceEngine();
    e.push('d', fixture('node-openai-403-model-cjs.txt').split('  status: 403')[0]);
    let peak = 0;
    for (let i = 0; i < 20000; i++) {
      e.push('d', `  field${i}: 'Error value ${i}',\n`);
      peak = Math.max(peak, e.bufferedBytes('d'));
    }
    assert.ok(peak <= MAX_BUFFERED_PER_STREAM, `peak ${peak}`);
  });
});
