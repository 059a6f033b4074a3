// Runs the same integration suite in desktop VS Code with @vscode/test-electron.
// It downloads VS Code, so it needs internet: use it on a developer machine, not in CI
// (CI runs the suite in the VS Code server host: scripts/run-host-tests.mjs).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'aad-electron-'));
  fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  const output = path.join(root, '.test-output');
  fs.mkdirSync(output, { recursive: true });
  await runTests({
    version: process.env.AAD_VSCODE_VERSION ?? '1.139.1',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { AAD_TEST_OUTPUT: output, AAD_TEST_LABEL: 'integration (electron)', AAD_WORKSPACE: workspace },
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
