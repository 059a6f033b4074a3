// Mocha's spec reporter plus a closing line "<label>: N passed, N failed" that CI reads,
// and (when AAD_SUMMARY_FILE is set) the counts as JSON for scripts/test.mjs to add up.
import * as fs from 'node:fs';
import Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const label = process.env.AAD_TEST_LABEL ?? 'tests';
    runner.once('end', () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      const skipped = pending ? `, ${pending} skipped` : '';
      Mocha.reporters.Base.consoleLog(`${label}: ${passes} passed, ${failures} failed${skipped}`);
      const file = process.env.AAD_SUMMARY_FILE;
      if (file) fs.writeFileSync(file, JSON.stringify({ label, passes, failures, pending }));
    });
  }
}

export = SummaryReporter;
