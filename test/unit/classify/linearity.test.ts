import * as assert from 'node:assert/strict';
import { bestOfInterleaved } from '../../../bench/output';
import { classifyTrace } from '../../../src/core/classify';
import { trace } from './helpers';

// Classification reads whole blocks with the carriers', hosts' and packs' patterns: a long
// near-miss line must cost what the same bytes in short lines cost (a ratio, never a time).
const PIECES = [
  'http://aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbb.cc/dddddddddddddddddddddddd/eeeeeeeeeeee ',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAException AAAAAAAAAAAAAAAAAAAAALanguageMode ',
  '@ai-sdk/aaaaaaaaaaaaaaaa litellm.llms.aaaaaaaaaaaaa langchain_aaaaaaaaaaaa ChatAAAAAAAAAAAAAAAA ',
  'Requests from referer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa are blocke ',
  "'type': 'error', 'error': {'typ 'message': 'Invalid API Ke Error code: 40 status code 4 ",
];

function lines(len: number, total: number): string[] {
  const out: string[] = [];
  let piece = 0;
  for (let size = 0; size < total; size += len) {
    let line = '';
    while (line.length < len) line += PIECES[piece++ % PIECES.length];
    out.push(line.slice(0, len));
  }
  return out;
}

describe('classify: linear per block', () => {
  it('classifies 16 KB near-miss messages at the cost of 1 KB ones, byte for byte', function () {
    this.timeout(120_000);
    const total = 256 * 1024;
    const long = lines(16 * 1024, total).map((l) => trace('Error', l, { status: 403 }));
    const short = lines(1024, total).map((l) => trace('Error', l, { status: 403 }));
    const run = (ts: typeof long) => () => {
      for (const t of ts) classifyTrace(t);
    };
    // Positive control: the pieces reach the patterns (a real one in the same shape is read).
    assert.ok(classifyTrace(trace('litellm.AuthenticationError', 'AnthropicException - invalid x-api-key')));
    run(short)();
    const [tLong, tShort] = bestOfInterleaved(5, run(long), run(short));
    assert.ok(tLong / tShort < 4, `16 KB messages cost ${(tLong / tShort).toFixed(1)}x 1 KB ones`);
  });
});
