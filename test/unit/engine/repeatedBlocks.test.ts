import * as assert from 'node:assert/strict';
import { TraceEngine } from '../../../src/core/engine';
import { RejectedBlocks } from '../../../src/core/rejectedBlocks';
import type { Incident } from '../../../src/core/types';
import { fixture } from './helpers';

// The engine remembers blocks it rejected so a repeat skips parse and classify: that must never
// hide an incident, and the memory must stay bounded.
const BENIGN =
  "TypeError: Cannot read properties of undefined (reading 'id')\n    at render (/home/dev/app/src/view.js:12:7)\n    at main (/home/dev/app/src/index.js:3:1)\n";

function run(text: string): Incident[] {
  const e = new TraceEngine();
  return [...e.push('r', text), ...e.end('r')];
}

describe('engine: repeated blocks', () => {
  it('reports a repeated incident every time, between repeated rejected blocks', () => {
    const trace = fixture('py-openai-403-model-plain.txt');
    const once = run(trace);
    assert.equal(once.length, 1);
    const sep = 'done\n';
    const many = run([BENIGN, trace, BENIGN, BENIGN, trace, BENIGN].join(sep) + sep);
    assert.equal(many.length, 2);
    assert.deepEqual(
      many.map((i) => [i.provider, i.cause, i.status]),
      [0, 1].map(() => [once[0].provider, once[0].cause, once[0].status]),
    );
  });

  it('remembers a bounded number of short blocks, newest kept', () => {
    const r = new RejectedBlocks();
    const block = (n: number) => ({ layout: 'node' as const, text: `Error: ${n}\n` });
    for (let n = 0; n < 100; n++) r.add(block(n));
    assert.equal(r.has(block(99)), true);
    assert.equal(r.has(block(0)), false);
    const long = { layout: 'node' as const, text: 'Error: x\n' + 'a'.repeat(8 * 1024) };
    r.add(long);
    assert.equal(r.has(long), false);
    // Same text in another layout is another block.
    assert.equal(r.has({ layout: 'python', text: block(99).text }), false);
  });

  it('reads a report pasted twice on one line (the line break between the copies lost) as two', () => {
    const report =
      'Error: The model `llama3-70b-8192` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.';
    const twice = run(report + report + '\n');
    assert.deepEqual(
      twice.map((i) => [i.provider, i.cause, i.model]),
      [0, 1].map(() => ['groq', 'model-access', 'llama3-70b-8192']),
    );
    // The same report once, and a line that only starts to repeat, stay one.
    assert.equal(run(report + '\n').length, 1);
    assert.equal(run(report + report.slice(0, 60) + '\n').length, 1);
  });
});
