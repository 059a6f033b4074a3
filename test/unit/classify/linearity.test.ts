import * as assert from 'node:assert/strict';
import { nearMissMessages } from '../../../bench/output';
import { classifyTrace } from '../../../src/core/classify';
import { backtrackCounts } from '../../support/backtracks';
import { trace } from './helpers';

// Classification reads whole blocks with the carriers', hosts' and packs' patterns: on a 16 KB
// near-miss message no match attempt may backtrack over twice its length (counted, not timed;
// the times are the benchmark's, `npm run bench`).
describe('classify: linear per block', () => {
  it('classifies 16 KB near-miss messages without a match attempt that backtracks over twice the message', function () {
    this.timeout(120_000);
    // Positive control: the pieces reach the patterns (a real one in the same shape is read)…
    assert.ok(classifyTrace(trace('litellm.AuthenticationError', 'AnthropicException - invalid x-api-key')));
    assert.equal(nearMissMessages(16 * 1024, 32 * 1024).length, 2);
    const found = backtrackCounts(32 * 1024, ['control', 'classify']);
    // …and a nested quantifier's attempt is counted in the same process.
    assert.deepEqual(found.get('control'), ['(a+)+b']);
    assert.deepEqual(found.get('classify'), []);
  });
});
