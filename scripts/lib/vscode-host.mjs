// Starts a real VS Code host offline: the VS Code server bundled in the npm package
// `code-server`, and Debian's Chromium (through playwright-core) as the workbench client.
// Facts behind every flag: shared/TESTING.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cache = process.env.AAD_HOST_CACHE || join(homedir(), '.cache/ai-access-doctor/host');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Paths of Node 24, the server and Chromium; installs them (cached) when missing. */
export function ensureHost() {
  const hostFile = join(cache, 'host.json');
  const ready = () => {
    if (!existsSync(hostFile)) return undefined;
    const host = JSON.parse(readFileSync(hostFile, 'utf8'));
    return [host.node, host.serverMain, host.chromium].every((p) => p && existsSync(p)) ? host : undefined;
  };
  let host = ready();
  if (!host) {
    const result = spawnSync('bash', [join(root, 'scripts/install-vscode-host.sh')], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error('installing the VS Code host failed');
    host = ready();
    if (!host) throw new Error(`the VS Code host install left no usable ${hostFile}`);
  }
  return host;
}

/**
 * Starts the server on a free loopback port. Resolves with its URL and a stop().
 * `env` reaches the extension host (it inherits the server's environment).
 * `testDriver` adds --enable-smoke-test-driver, which the test runner needs (it honours the
 * extensionDevelopmentPath/extensionTestsPath payload and reports the exit code) but which
 * also hides notifications and dialogs: `npm start` runs without it, as a user's VS Code does.
 */
export async function startServer(host, { dataDir, env = {}, log = () => {}, port = 0, listenHost = '127.0.0.1', testDriver = false }) {
  for (const sub of ['user', 'server', 'ext']) mkdirSync(join(dataDir, sub), { recursive: true });
  const args = [
    host.serverMain,
    '--host',
    listenHost,
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    ...(testDriver ? ['--enable-smoke-test-driver'] : []),
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--user-data-dir',
    join(dataDir, 'user'),
    '--server-data-dir',
    join(dataDir, 'server'),
    '--extensions-dir',
    join(dataDir, 'ext'),
  ];
  // Own process group, so stop() also ends the pty host and extension host.
  const child = spawn(host.node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const listening = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error('the VS Code server did not start within 60 s')), 60_000);
    let seen = '';
    const onData = (data) => {
      const text = data.toString();
      log(text);
      seen += text;
      const match = /Extension host agent listening on (\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (data) => log(data.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the VS Code server exited early (code ${code})`));
    });
  });
  return { url: `http://127.0.0.1:${listening}`, port: listening, stop, child };
}

/**
 * Installs the extension at `extensionPath` into the server's extensions folder as a link, so a
 * host without the test driver loads it like any installed extension (and sees rebuilds).
 */
export function linkExtension(dataDir, extensionPath) {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  const extDir = join(dataDir, 'ext');
  mkdirSync(extDir, { recursive: true });
  const name = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
  const link = join(extDir, name);
  rmSync(link, { recursive: true, force: true });
  symlinkSync(extensionPath, link, 'dir');
  // The server lists installed extensions in extensions.json; without an entry it ignores the folder.
  const listFile = join(extDir, 'extensions.json');
  let list = [];
  try {
    list = JSON.parse(readFileSync(listFile, 'utf8'));
  } catch {
    /* first start */
  }
  const id = `${manifest.publisher}.${manifest.name}`;
  list = list.filter((entry) => entry?.identifier?.id !== id);
  list.push({
    identifier: { id },
    version: manifest.version,
    location: { $mid: 1, path: link, scheme: 'file' },
    relativeLocation: name,
    metadata: { installedTimestamp: Date.now(), source: 'vsix' },
  });
  writeFileSync(listFile, JSON.stringify(list));
  return link;
}

/** Workbench URL that opens `folder` with the extension under development and its tests. */
export function workbenchUrl(serverUrl, { folder, extensionPath, testsPath }) {
  if (!extensionPath) return `${serverUrl}/?folder=${encodeURIComponent(folder)}`;
  const remote = (p) => `vscode-remote://${new URL(serverUrl).host}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Writes workspace settings that keep the test host quiet and predictable. */
export function writeWorkspaceSettings(folder, settings) {
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  writeFileSync(join(folder, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
}

export { root };
