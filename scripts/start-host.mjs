// `npm start`: builds the extension and starts it in a real VS Code (the server from
// code-server), then prints the address to open in a browser. Ctrl+C stops it.
//   npm start -- [FOLDER]      folder to open (default: a copy of the sample workspace)
//   AAD_PORT=8080 npm start    fixed port (default: a free one); AAD_HOST=0.0.0.0 to listen beyond loopback
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureHost, root, startServer, workbenchUrl } from './lib/vscode-host.mjs';

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const host = ensureHost();
const scratch = mkdtempSync(join(tmpdir(), 'aad-start-'));
let folder = process.argv[2] ? resolve(process.argv[2]) : undefined;
if (!folder) {
  folder = join(scratch, 'workspace');
  cpSync(join(root, 'test/fixtures/workspace'), folder, { recursive: true });
}
const server = await startServer(host, {
  dataDir: join(root, '.vscode-test/start'),
  port: Number(process.env.AAD_PORT || 0),
  listenHost: process.env.AAD_HOST || '127.0.0.1',
  log: (text) => process.env.AAD_HOST_LOG && process.stderr.write(text),
});
console.log(`\nAI Access Doctor is running in a VS Code host. Open this address in a browser:\n\n  ${workbenchUrl(server.url, { folder, extensionPath: root })}\n\nPress Ctrl+C to stop.`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
