// `npm start`: builds the extension and starts it in a real VS Code (the server from
// code-server), then prints the address to open in a browser. Ctrl+C stops it.
//   npm start -- [FOLDER]      folder to open (default: a copy of the sample workspace, with a
//                              local server on 127.0.0.1 answering like OpenAI and Replicate,
//                              so its scripts fail the way they do against the real APIs)
//   AAD_PORT=8080 npm start    fixed port (default: a free one); AAD_HOST=0.0.0.0 to listen beyond loopback
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureHost, root, startServer, workbenchUrl } from './lib/vscode-host.mjs';

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const host = ensureHost();
const scratch = mkdtempSync(join(tmpdir(), 'aad-start-'));
let folder = process.argv[2] ? resolve(process.argv[2]) : undefined;
let env = {};
let demo;
if (!folder) {
  folder = join(scratch, 'workspace');
  cpSync(join(root, 'test/fixtures/workspace'), folder, { recursive: true });
  // The sample scripts talk to the tests' local provider server (compiled from test/support).
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  const { startFakeProvider } = createRequire(import.meta.url)(join(root, 'out/test/support/fakeProvider.js'));
  demo = await startFakeProvider();
  env = {
    OPENAI_BASE_URL: `${demo.url}/v1`,
    OPENAI_API_KEY: 'sk-test-valid',
    REPLICATE_BASE_URL: `${demo.url}/v1`,
    REPLICATE_API_TOKEN: 'r8_test_valid',
    NODE_PATH: join(root, 'node_modules'),
    PYTHONPATH: 'vendor/site-packages',
  };
}
const server = await startServer(host, {
  env,
  dataDir: join(root, '.vscode-test/start'),
  port: Number(process.env.AAD_PORT || 0),
  listenHost: process.env.AAD_HOST || '127.0.0.1',
  log: (text) => process.env.AAD_HOST_LOG && process.stderr.write(text),
});
console.log(`\nAI Access Doctor is running in a VS Code host. Open this address in a browser:\n\n  ${workbenchUrl(server.url, { folder, extensionPath: root })}\n`);
if (demo) console.log(`In its terminal, run "python3 ask_model.py" or "node run_private_model.js" (they call a local server at ${demo.url}).\n`);
console.log('Press Ctrl+C to stop.');
const stop = () => {
  server.stop();
  demo?.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
