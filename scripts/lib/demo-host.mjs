// The demo host `npm start` runs, shared with the test that checks it (scripts/run-demo-host-test.mjs):
// a VS Code server without test-only flags, the extension installed as a user installs one,
// and a fresh copy of the sample workspace whose scripts call a local stand-in for the providers.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { linkExtension, root, startServer, workbenchUrl, writeWorkspaceSettings } from './vscode-host.mjs';

/** Compiles test/support (the local provider server) and starts it on 127.0.0.1. */
async function startSampleProvider() {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error('compiling the sample provider failed');
  const { startFakeProvider } = createRequire(import.meta.url)(join(root, 'out/test/support/fakeProvider.js'));
  return startFakeProvider();
}

/**
 * Starts the demo. `folder` opens a folder of the user's instead of the sample.
 * The sample workspace is `<dataDir>/workspace`, copied afresh on each start and kept after stop
 * so what happened there can still be looked at.
 */
export async function startDemo(host, { dataDir, folder, port = 0, listenHost = '127.0.0.1', log = () => {} }) {
  let env = {};
  let provider;
  let workspace = folder;
  if (!workspace) {
    workspace = join(dataDir, 'workspace');
    rmSync(workspace, { recursive: true, force: true });
    cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
    // Open on the sample's README (it points at the walkthrough), not the host's welcome page.
    writeWorkspaceSettings(workspace, { 'workbench.startupEditor': 'readme' });
    provider = await startSampleProvider();
    env = {
      OPENAI_BASE_URL: `${provider.url}/v1`,
      OPENAI_API_KEY: 'sk-test-valid',
      REPLICATE_BASE_URL: `${provider.url}/v1`,
      REPLICATE_API_TOKEN: 'r8_test_valid',
      NODE_PATH: join(root, 'node_modules'),
      PYTHONPATH: 'vendor/site-packages',
    };
  }
  linkExtension(dataDir, root);
  const server = await startServer(host, { env, dataDir, port, listenHost, log });
  return {
    server,
    provider,
    workspace,
    sample: !folder,
    url: workbenchUrl(server.url, { folder: workspace }),
    stop: async () => {
      server.stop();
      await provider?.close();
    },
  };
}
