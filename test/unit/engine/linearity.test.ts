import * as assert from 'node:assert/strict';
import { backtrackCounts } from '../../support/backtracks';

// Linear per line, counted rather than timed: no match attempt of any pattern the engine runs on
// 16 KB near-miss lines backtracks more than twice the line's length, as nested quantifiers or two
// `.*` runs in one pattern would. A pattern whose attempt from each position reads on to the line's
// end (linear per attempt, quadratic per line) stays under the count: the benchmark times the same
// workloads for that (`npm run bench`, 16 KB lines against 1 KB ones).
describe('engine: linear per line', () => {
  it('scans 16 KB near-miss lines without a match attempt that backtracks over twice the line', function () {
    this.timeout(120_000);
    const found = backtrackCounts(32 * 1024, ['control', 'scan']);
    // Positive control in the same process: a nested quantifier's attempt is counted and named.
    assert.deepEqual(found.get('control'), ['(a+)+b']);
    assert.deepEqual(found.get('scan'), []);
  });

  it('counts an attempt over a whole 16 KB line once the limit is below it (the limit is what decides)', function () {
    this.timeout(120_000);
    // The engine's own patterns on the same lines: some attempt does run over most of a line
    // (a frame pattern anchored at the line's start), so a limit of 2 KB names at least one.
    const found = backtrackCounts(2 * 1024, ['scan']);
    assert.ok((found.get('scan') ?? []).length > 0, 'no attempt backtracked over 2 KB');
  });
});
