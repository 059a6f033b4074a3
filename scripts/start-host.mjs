// `npm start`: builds the extension and starts it in a real VS Code (the server from
// code-server) that behaves like a user's: no test-only flags, so notifications and dialogs show.
// Then prints the address to open in a browser. Ctrl+C stops it.
//   npm start -- [FOLDER]      folder to open (default: a fresh copy of the sample workspace, with
//                              a local server on 127.0.0.1 answering like OpenAI and Replicate,
//                              so its scripts fail the way they do against the real APIs)
//   AAD_PORT=8080 npm start    fixed port (default: a free one); AAD_HOST=0.0.0.0 to listen beyond loopback
// State (settings, stored tokens, the sample copy) lives in .vscode-test/start and is kept.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startDemo } from './lib/demo-host.mjs';
import { ensureHost, root } from './lib/vscode-host.mjs';

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = await startDemo(ensureHost(), {
  dataDir: join(root, '.vscode-test/start'),
  folder: process.argv[2] ? resolve(process.argv[2]) : undefined,
  port: Number(process.env.AAD_PORT || 0),
  listenHost: process.env.AAD_HOST || '127.0.0.1',
  log: (text) => process.env.AAD_HOST_LOG && process.stderr.write(text),
});
console.log(`\nAI Access Doctor is running in a VS Code host. Open this address in a browser:\n\n  ${demo.url}\n`);
if (demo.sample) {
  console.log(`Sample workspace: ${demo.workspace}`);
  console.log('  a fresh copy of test/fixtures/workspace on every start, kept after you stop so you can look at it.');
  console.log(`  In its terminal, run "python3 ask_model.py" or "node run_private_model.js" (they call a local server at ${demo.provider.url}).`);
  console.log('  The walkthrough: Help > Welcome > "Fix AI Access Errors".\n');
}
console.log(`Settings and stored tokens of this host: ${join(root, '.vscode-test/start')} (kept).`);
console.log('Press Ctrl+C to stop.');
const stop = async () => {
  await demo.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
