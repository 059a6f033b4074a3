// Entry point the VS Code host loads (extensionTestsPath): runs every *.test.js here with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha = require('mocha');

export async function run(): Promise<void> {
  // The host does not forward console output reliably: mocha writes to a log the runner tails.
  const log = process.env.AAD_TEST_LOG;
  if (log) {
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => fs.appendFileSync(log, `${util.format(...args)}\n`);
  }
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    reporter: path.join(__dirname, '../support/summaryReporter.js'),
    // "a|b" runs the tests matching either; anything else is a plain substring.
    grep: process.env.AAD_GREP?.includes('|') ? new RegExp(process.env.AAD_GREP) : process.env.AAD_GREP,
  });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js'));
  for (const name of files.sort()) mocha.addFile(path.join(__dirname, name));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
